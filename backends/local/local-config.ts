import type { Body } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { ConversionError, convert, formatConversionError } from "../../lang/types/convert.js";
import { StringType } from "../../lang/types/type.js";
import type { LocalBackendSettings } from "./local-backend.js";

// Decoding a `backend "local" { path = "...", workspace_dir = "..." }` block with the local backend's
// schema (both optional strings, null meaning unset) and its PrepareConfig checks (neither may be empty).

const SCHEMA = { attributes: [{ name: "path" }, { name: "workspace_dir" }] };

/** The settings of a `backend "local"` block, or diagnostics about it. */
export function decodeLocalBackendConfig(body: Body): { settings: LocalBackendSettings; diagnostics: Diagnostic[] } {
  const { content, diagnostics } = body.content(SCHEMA);
  const path = content.attributes.get("path");
  const dir = content.attributes.get("workspace_dir");
  const p = path ? stringArgument(path.expr, diagnostics) : undefined;
  const w = dir ? stringArgument(dir.expr, diagnostics) : undefined;
  if (p === "") diagnostics.push(errorDiag("Invalid local state file path", 'The "path" attribute value must not be empty.', path!.expr.range));
  if (w === "") {
    diagnostics.push(errorDiag("Invalid local workspace directory path", 'The "workspace_dir" attribute value must not be empty.', dir!.expr.range));
  }
  return { settings: { ...(p ? { path: p } : {}), ...(w ? { workspaceDir: w } : {}) }, diagnostics };
}

// A constant string (backend blocks may not refer to anything); null is the same as not set.
function stringArgument(expr: Expression, diagnostics: Diagnostic[]): string | undefined {
  const r = expr.value(null);
  diagnostics.push(...r.diagnostics);
  if (r.diagnostics.some((d) => d.severity === "error")) return undefined;
  const v = convert(r.value.unmark(), StringType);
  if (v instanceof ConversionError) {
    diagnostics.push(errorDiag("Incorrect attribute value type", `Inappropriate value for attribute: ${formatConversionError(v)}.`, expr.range));
    return undefined;
  }
  if (v.isNull) return undefined;
  if (!v.isWhollyKnown) {
    diagnostics.push(errorDiag("Invalid backend configuration", "The backend configuration must be known.", expr.range));
    return undefined;
  }
  return v.asString();
}
