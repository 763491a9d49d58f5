// The values a diagnostic's expression used, as Terraform lists them under the source snippet
// ("var.n is 3") and in the JSON snippet's `values` (views/json/diagnostic.go): each reference the
// expression makes is looked up in the context it was evaluated in, shortened until it resolves,
// and described compactly; sensitive and unknown values are mentioned only when they caused the
// problem. Sorted by traversal text.
import type { DiagnosticExpression } from "../../lang/source/diagnostics.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { traverseAbs } from "../../lang/eval/traversal.js";
import { literalValue } from "../../lang/eval/literal.js";
import { hasErrors } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import { isCollection, sortedAttributeNames, typeFriendlyName } from "../../lang/types/type.js";
import { hasMark, Mark } from "../../lang/values/marks.js";
import type { Value } from "../../lang/values/value.js";

/** One reference and what its value was ("is 3", "is a string, known only after apply"). */
export interface ExpressionValue {
  readonly traversal: string;
  readonly statement: string;
}

/** The values of the expression's references, sorted by traversal, each at most once. */
export function expressionValues(expr: DiagnosticExpression): ExpressionValue[] {
  const values: ExpressionValue[] = [];
  const seen = new Set<string>();
  for (const traversal of expr.variables()) {
    const found = resolve(traversal, expr);
    if (!found) continue;
    const text = traversalText(found.traversal);
    if (seen.has(text)) continue;
    const statement = describe(found.value, expr);
    if (statement === undefined) continue;
    values.push({ traversal: text, statement });
    seen.add(text);
  }
  return values.sort((a, b) => compareCodePoints(a.traversal, b.traversal));
}

/** The longest prefix of the traversal (of at least two steps) that resolves without errors. */
function resolve(traversal: Traversal, expr: DiagnosticExpression): { traversal: Traversal; value: Value } | undefined {
  for (let t = traversal; t.length > 1; t = t.slice(0, -1) as unknown as Traversal) {
    const r = traverseAbs(t, expr.ctx);
    if (!hasErrors(r.diagnostics)) return { traversal: t, value: r.value };
  }
  return undefined;
}

/** What to say about a value, or undefined when it must not be mentioned. */
function describe(v: Value, expr: DiagnosticExpression): string | undefined {
  let statement: string;
  if (hasMark(v.marks, Mark.Sensitive)) {
    // Mentioned only when the value caused the problem, and vaguely even then.
    if (!expr.causedBySensitive) return undefined;
    statement = "has a sensitive value";
  } else if (!v.isKnown) {
    const s = describeUnknown(v, expr.causedByUnknown === true);
    if (s === undefined) return undefined;
    statement = s;
  } else {
    statement = `is ${compactValueText(v)}`;
  }
  if (expr.causedByEphemeral && hasMark(v.marks, Mark.Ephemeral)) statement += ", and is ephemeral";
  return statement;
}

/** An unknown value: its type, and when unknowns caused the problem, that it is known only after apply. */
function describeUnknown(v: Value, causedByUnknown: boolean): string | undefined {
  const t = v.type;
  if (t.kind === "dynamic") return causedByUnknown ? "will be known only after apply" : undefined;
  const name = typeFriendlyName(t);
  if (!causedByUnknown) return `is a ${name}`;
  if (!isCollection(t)) return `is a ${name}, known only after apply`;
  return `is a ${name}${lengthText(v)}, known only after apply`;
}

const MAX_LENGTH_SHOWN = 1024;

/** What the refinement says about an unknown collection's length (cty's LengthLowerBound/UpperBound). */
function lengthText(v: Value): string {
  const min = v.refinement.lengthLower ?? 0;
  const max = v.refinement.lengthUpper ?? Number.MAX_SAFE_INTEGER;
  if (min === max) return ` of length ${min}`;
  if (min !== 0 && max <= MAX_LENGTH_SHOWN) return ` with between ${min} and ${max} elements`;
  if (min !== 0) return ` with at least ${min} elements`;
  if (max <= MAX_LENGTH_SHOWN) return ` with up to ${max} elements`;
  return "";
}

/**
 * Terraform's compactValueStr: primitives in full, collections and structures by their type and size
 * only (their elements could be sensitive; keys and attribute names cannot).
 */
export function compactValueText(v: Value): string {
  if (hasMark(v.marks, Mark.Sensitive)) return "(sensitive value)";
  const t = v.type;
  if (v.isNull) return "null";
  if (!v.isKnown) return "(not yet known)";
  switch (t.kind) {
    case "bool":
      return v.unmark().asBool() ? "true" : "false";
    case "number":
      return v.unmark().asNumber().text("g", 10);
    case "string":
      return goQuote(v.unmark().asString());
    case "list":
    case "set":
    case "map":
    case "tuple":
      return sizedText(typeFriendlyName(t), v.length);
    case "object":
      return objectText(sortedAttributeNames(t));
    default:
      return typeFriendlyName(t);
  }
}

function sizedText(name: string, length: number): string {
  if (length === 0) return `empty ${name}`;
  return length === 1 ? `${name} with 1 element` : `${name} with ${length} elements`;
}

function objectText(names: readonly string[]): string {
  if (names.length === 0) return "object with no attributes";
  return names.length === 1 ? `object with 1 attribute ${goQuote(names[0]!)}` : `object with ${names.length} attributes`;
}

/** Terraform's traversalStr: `root.attr["key"][0]`, with `[...]` for a key that is not primitive. */
export function traversalText(traversal: Traversal): string {
  let out = traversal[0].name;
  const [, ...steps] = traversal;
  for (const step of steps) {
    if (step.type === "TraverseAttr") {
      out += `.${step.name}`;
      continue;
    }
    const key = literalValue(step.key);
    const primitive = key.type.kind === "string" || key.type.kind === "number" || key.type.kind === "bool";
    out += `[${primitive ? compactValueText(key) : "..."}]`;
  }
  return out;
}
