import { normalize } from "node:path";
import { decodeString } from "../../core/configs/decode-value.js";
import { parseProviderSource, providerSourceString } from "../../core/configs/provider-source.js";
import type { Attribute, Block } from "../../lang/hcl/body.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { InstallationLocation, InstallationMethod, ProviderInstallation } from "./cli-config.js";
import { sourceless, stringList } from "./decode-helpers.js";

// The provider_installation block (cliconfig.decodeProviderInstallationFromConfig): its method blocks
// direct, filesystem_mirror, network_mirror (each with include and exclude), and dev_overrides, which
// must come first. Problems are Terraform's sourceless diagnostics naming "LINE:COLUMN" positions.

const METHODS = ["direct", "filesystem_mirror", "network_mirror"] as const;
const INVALID_METHOD = "Invalid provider_installation method block";

/** Decodes one provider_installation block, appending problems to `diags` in source order. */
export function decodeProviderInstallation(block: Block, diags: Diagnostic[]): ProviderInstallation {
  const at = pos(block.typeRange);
  const schema = { attributes: [{ name: "dev_overrides" }], blocks: METHODS.map((type) => ({ type })) };
  const { content, diagnostics } = block.body.content(schema);
  const found: { byte: number; diag: Diagnostic }[] = diagnostics.map((d) => ({ byte: d.subject?.start.byte ?? 0, diag: translate(d, at) }));
  const overrides = content.attributes.get("dev_overrides");
  const methods: InstallationMethod[] = [];
  for (const method of content.blocks) {
    const problems: Diagnostic[] = [];
    const m = decodeMethod(method, at, problems);
    if (m) methods.push(m);
    found.push(...problems.map((diag) => ({ byte: method.typeRange.start.byte, diag })));
  }
  let devOverrides = new Map<string, string>();
  if (overrides && content.blocks.some((b) => before(b.typeRange, overrides.nameRange))) {
    const detail = `The dev_overrides block at at ${pos(overrides.nameRange)} must appear before all other installation methods, because development overrides always have the highest priority.`;
    found.push({ byte: overrides.nameRange.start.byte, diag: sourceless(INVALID_METHOD, detail) });
  } else if (overrides) {
    const problems: Diagnostic[] = [];
    devOverrides = decodeDevOverrides(overrides, at, problems);
    found.push(...problems.map((diag) => ({ byte: overrides.nameRange.start.byte, diag })));
  }
  diags.push(...found.sort((a, b) => a.byte - b.byte).map((f) => f.diag));
  return { methods, devOverrides };
}

function decodeMethod(block: Block, at: string, diags: Diagnostic[]): InstallationMethod | undefined {
  const type = block.type as (typeof METHODS)[number];
  const required = type === "filesystem_mirror" ? "path" : type === "network_mirror" ? "url" : undefined;
  const attrs = [{ name: "include" }, { name: "exclude" }, ...(required ? [{ name: required }] : [])];
  const { content } = block.body.partialContent({ attributes: attrs });
  const problems: Diagnostic[] = [];
  const list = (name: string) => {
    const a = content.attributes.get(name);
    return a ? stringList(a.expr, (d) => problems.push(d)) : [];
  };
  const include = list("include");
  const exclude = list("exclude");
  let value = "";
  const req = required ? content.attributes.get(required) : undefined;
  if (req) {
    const r = decodeString(req.expr);
    problems.push(...r.diagnostics);
    value = r.value ?? "";
  }
  if (problems.length > 0) {
    diags.push(sourceless(INVALID_METHOD, `Invalid ${type} block at ${at}: ${problems[0]!.detail ?? problems[0]!.summary}.`));
    return undefined;
  }
  if (required && value === "") {
    diags.push(sourceless(INVALID_METHOD, `Invalid ${type} block at ${at}: "${required}" argument is required.`));
    return undefined;
  }
  const location: InstallationLocation =
    type === "direct" ? { kind: "direct" } : type === "filesystem_mirror" ? { kind: type, path: value } : { kind: type, url: value };
  return { location, include, exclude };
}

function decodeDevOverrides(attr: Attribute, at: string, diags: Diagnostic[]): Map<string, string> {
  const out = new Map<string, string>();
  const r = attr.expr.value(null);
  const v = r.value.unmark();
  if (!v.isWhollyKnown || v.isNull || !(v.type.kind === "object" || v.type.kind === "map")) {
    diags.push(sourceless(INVALID_METHOD, `Invalid dev_overrides block at ${at}: the overrides must be a map of strings.`));
    return out;
  }
  for (const [rawAddr, rawPath] of v.entries()) {
    const addr = parseProviderSource(rawAddr);
    if ("summary" in addr) {
      const detail = `The entry ${JSON.stringify(rawAddr)} in ${at} is not a valid provider source string.\n\n${addr.summary}: ${addr.detail}`;
      diags.push(sourceless("Invalid provider installation dev overrides", detail));
      continue;
    }
    if (rawPath.type.kind !== "string" || rawPath.isNull) continue;
    out.set(providerSourceString(addr), cleanPath(rawPath.asString()));
  }
  return out;
}

// Turns the HCL 2 decoder's complaints about the block's contents into Terraform's texts.
function translate(d: Diagnostic, at: string): Diagnostic {
  const name = /"([^"]+)"/.exec(d.detail ?? "")?.[1];
  if (d.summary === "Unsupported argument") return sourceless(INVALID_METHOD, `The items inside the provider_installation block at ${at} must all be blocks.`);
  if ((d.summary === "Unsupported block type" || d.summary === "Extraneous JSON object property") && name && d.subject) {
    return sourceless(INVALID_METHOD, `Unknown provider installation method ${JSON.stringify(name)} at ${pos(d.subject)}.`);
  }
  if (d.summary.startsWith("Extraneous label") || d.summary.startsWith("Too many labels")) {
    return sourceless(INVALID_METHOD, `The blocks inside the provider_installation block at ${at} may not have any labels.`);
  }
  return d;
}

/** Go's filepath.Clean, near enough: normalized, without a trailing separator. */
function cleanPath(p: string): string {
  const n = normalize(p);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}

function pos(r: Range): string {
  return `${r.start.line}:${r.start.column}`;
}

function before(a: Range, b: Range): boolean {
  return a.start.byte < b.start.byte;
}
