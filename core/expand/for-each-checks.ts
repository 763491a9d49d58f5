import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { typeFriendlyName } from "../../lang/types/type.js";
import { Mark, type Marks } from "../../lang/values/marks.js";
import type { Value } from "../../lang/values/value.js";

// What Terraform requires of a `for_each` value (terraform/eval_for_each.go): known keys, no sensitive or
// ephemeral marks, a map, object or set of strings, no null set elements. Texts are Terraform v1.11's.

const SUMMARY = "Invalid for_each argument";
const SET_SUMMARY = "Invalid for_each set argument";
const UNSUITABLE = 'The given "for_each" argument value is unsuitable:';

const UNKNOWN_MAP =
  'The "for_each" map includes keys derived from resource attributes that cannot be determined until apply, and so ' +
  "Terraform cannot determine the full set of keys that will identify the instances of this resource.\n\n" +
  "When working with unknown values in for_each, it's better to define the map keys statically in your configuration " +
  "and place apply-time results only in the map values.\n\n" +
  "Alternatively, you could use the -target planning option to first apply only the resources that the for_each value " +
  "depends on, and then apply a second time to fully converge.";

const UNKNOWN_SET =
  'The "for_each" set includes values derived from resource attributes that cannot be determined until apply, and so ' +
  "Terraform cannot determine the full set of keys that will identify the instances of this resource.\n\n" +
  "When working with unknown values in for_each, it's better to use a map value where the keys are defined statically " +
  "in your configuration and where only the values contain apply-time results.\n\n" +
  "Alternatively, you could use the -target planning option to first apply only the resources that the for_each value " +
  "depends on, and then apply a second time to fully converge.";

const SENSITIVE =
  "Sensitive values, or values derived from sensitive values, cannot be used as for_each arguments. If used, the " +
  "sensitive value could be exposed as a resource instance key.";

const EPHEMERAL =
  'The given "for_each" value is derived from an ephemeral value, which means that Terraform cannot persist it between ' +
  "plan/apply rounds. Use only non-ephemeral values to specify a resource's instance keys.";

/** The error for a value whose keys are not all known yet (ensureKnownForResource); [] when they are. */
export function unknownKeyDiagnostics(v: Value, subject: Range): Diagnostic[] {
  const isSet = v.type.kind === "set";
  if (!v.isKnown) return [errorDiag(SUMMARY, isSet ? UNKNOWN_SET : UNKNOWN_MAP, subject)];
  if (isSet && !v.isWhollyKnown) return [errorDiag(SUMMARY, UNKNOWN_SET, subject)];
  return [];
}

/** The errors for a value that cannot give instance keys, unknowns aside (validateResource). */
export function forEachValueDiagnostics(v: Value, subject: Range): Diagnostic[] {
  const marks = ownMarks(v);
  const out: Diagnostic[] = [];
  if (marks & Mark.Sensitive) out.push(errorDiag(SUMMARY, SENSITIVE, subject));
  if (marks & Mark.Ephemeral) out.push(errorDiag(SUMMARY, EPHEMERAL, subject));
  if (out.length > 0) return out;
  const problem = shapeProblem(v);
  return problem === undefined ? [] : [errorDiag(problem.summary, problem.detail, subject)];
}

/** True when the value's keys can be listed: known, and wholly known for a set. */
export function keysKnown(v: Value): boolean {
  return v.isKnown && (v.type.kind !== "set" || v.isWhollyKnown);
}

// cty cannot hold marked set elements: their marks belong to the set, so they count as the set's own.
function ownMarks(v: Value): Marks {
  let marks = v.marks;
  if (v.type.kind === "set" && v.isKnown && !v.isNull) for (const e of v.elements()) marks |= e.marks;
  return marks;
}

function shapeProblem(v: Value): { summary: string; detail: string } | undefined {
  const t = v.type;
  if (v.isNull) {
    return { summary: SUMMARY, detail: `${UNSUITABLE} the given "for_each" argument value is null. A map, or set of strings is allowed.` };
  }
  if (t.kind === "dynamic") return undefined;
  if (t.kind !== "map" && t.kind !== "set" && t.kind !== "object") {
    const detail = `${UNSUITABLE} the "for_each" argument must be a map, or set of strings, and you have provided a value of type ${typeFriendlyName(t)}.`;
    return { summary: SUMMARY, detail };
  }
  if (t.kind !== "set" || !v.isWhollyKnown || v.length === 0) return undefined;
  if (t.element.kind !== "string") {
    const detail = `${UNSUITABLE} "for_each" supports maps and sets of strings, but you have provided a set containing type ${typeFriendlyName(t.element)}.`;
    return { summary: SET_SUMMARY, detail };
  }
  if (v.elements().some((e) => e.isNull)) {
    return { summary: SET_SUMMARY, detail: `${UNSUITABLE} "for_each" sets must not contain null values.` };
  }
  return undefined;
}
