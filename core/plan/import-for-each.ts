import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { Value } from "../../lang/values/value.js";
import type { RepetitionData } from "../expand/expansion.js";

// The `for_each` of an import block (forEachEvaluator.ImportValues): unlike a resource's, any
// collection is accepted — a map or object gives its keys, a set its elements, a list or tuple its
// indexes as each.key — and the value must be wholly known. Marks on the whole value stay on each.value.

const SUMMARY = "Invalid for_each argument";
const UNKNOWN =
  'The "for_each" expression includes values derived from other resource attributes that cannot be determined until apply, and so Terrane cannot determine the full set of values that might be used to import this resource.';

/** The `each.key`/`each.value` of every element, or the errors. */
export function importForEachValues(v: Value, subject: Range): { data?: RepetitionData[]; diagnostics: Diagnostic[] } {
  if (!v.isWhollyKnown) return { diagnostics: [errorDiag(SUMMARY, UNKNOWN, subject)] };
  if (v.isNull) return { data: [], diagnostics: [] };
  const marks = v.marks;
  const plain = v.unmark();
  const withMarks = (e: Value): Value => e.mark(marks);
  switch (plain.type.kind) {
    case "map":
    case "object":
      return { data: [...plain.entries()].map(([k, e]) => ({ eachKey: Value.string(k), eachValue: withMarks(e) })), diagnostics: [] };
    case "set":
      return { data: plain.elements().map((e) => ({ eachKey: e, eachValue: withMarks(e) })), diagnostics: [] };
    case "list":
    case "tuple":
      return { data: plain.elements().map((e, i) => ({ eachKey: Value.numberFrom(i), eachValue: withMarks(e) })), diagnostics: [] };
    default:
      return { diagnostics: [errorDiag(SUMMARY, 'The "for_each" expression must be a collection.', subject)] };
  }
}
