import type { Attribute } from "../../lang/hcl/body.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { ConversionError, convert } from "../../lang/types/convert.js";
import { StringType } from "../../lang/types/type.js";
import type { CoreVersionConstraint } from "./file-contents.js";
import { parseConstraints } from "./version-constraint.js";

/** The detail Terraform gives for any malformed constraint string. */
export const BAD_CONSTRAINT_DETAIL = "This string does not use correct version constraint syntax.";

/**
 * Reads a version constraint argument (`required_version`, a module's `version`, a provider block's
 * legacy `version`) as configs.decodeVersionConstraint does. A null or unknown value gives no
 * constraint and no error.
 */
export function decodeVersionConstraint(attr: Attribute): { constraint?: CoreVersionConstraint; diagnostics: Diagnostic[] } {
  const r = attr.expr.value(null);
  const diagnostics = [...r.diagnostics];
  if (hasErrors(diagnostics)) return { diagnostics };
  const s = convert(r.value.unmark(), StringType);
  if (s instanceof ConversionError) {
    diagnostics.push(errorDiag("Invalid version constraint", `A string value is required for ${attr.name}.`, attr.expr.range));
    return { diagnostics };
  }
  if (s.isNull || !s.isWhollyKnown) return { diagnostics };
  const text = s.asString();
  const constraints = parseConstraints(text);
  if (!constraints) {
    diagnostics.push(errorDiag("Invalid version constraint", BAD_CONSTRAINT_DETAIL, attr.expr.range));
    return { diagnostics };
  }
  return { constraint: { constraints, text, range: attr.range }, diagnostics };
}
