import { goQuote } from "../../lang/text/go-quote.js";
import { Mark, type Marks } from "../../lang/values/marks.js";
import type { BigNum } from "../../lang/values/number.js";
import { Value, type Refinement } from "../../lang/values/value.js";
import { sortedAttributeNames, type Type } from "../../lang/types/type.js";

// cty's GoString (Go's %#v) for values and types. Terraform puts it verbatim into the messages of
// "Provider produced invalid plan" and "Provider produced inconsistent result after apply", which are
// meant to be pasted into provider bug reports: cty.StringVal("x"), cty.NumberIntVal(1),
// cty.UnknownVal(cty.String).RefineNotNull(), cty.ListVal([]cty.Value{...}), and so on.

/** A value as cty's GoString writes it, marks included (`.Mark(marks.Sensitive)`). */
export function goString(v: Value): string {
  return withMarks(unmarkedGoString(v), v.marks);
}

/** A type as cty's GoString writes it: cty.String, cty.List(cty.Number), cty.Object(map[string]cty.Type{...}). */
export function goTypeString(t: Type): string {
  switch (t.kind) {
    case "string":
      return "cty.String";
    case "number":
      return "cty.Number";
    case "bool":
      return "cty.Bool";
    case "dynamic":
      return "cty.DynamicPseudoType";
    case "list":
      return `cty.List(${goTypeString(t.element)})`;
    case "set":
      return `cty.Set(${goTypeString(t.element)})`;
    case "map":
      return `cty.Map(${goTypeString(t.element)})`;
    case "tuple":
      return t.elements.length === 0 ? "cty.EmptyTuple" : `cty.Tuple(${goSlice("cty.Type", t.elements.map(goTypeString))})`;
    case "object":
      return objectTypeGoString(t.attributes, t.optional);
  }
}

function objectTypeGoString(attributes: ReadonlyMap<string, Type>, optional: ReadonlySet<string> | undefined): string {
  if (attributes.size === 0) return "cty.EmptyObject";
  const names = sortedAttributeNames({ kind: "object", attributes });
  const types = goMap("cty.Type", names.map((n) => [n, goTypeString(attributes.get(n)!)]));
  if (!optional || optional.size === 0) return `cty.Object(${types})`;
  const opt = [...optional].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(goQuote);
  return `cty.ObjectWithOptionalAttrs(${types}, ${goSlice("string", opt)})`;
}

/** Go's %#v of a number value: NumberIntVal for whole numbers, NumberFloatVal when a double holds it exactly. */
export function numberGoString(n: BigNum): string {
  if (n.isInf()) return `cty.NumberFloatVal(${n.isNegative() ? "-Inf" : "+Inf"})`;
  if (n.isInteger()) return `cty.NumberIntVal(${n.text("g", -1)})`;
  if (n.toNumberExact() !== undefined) return `cty.NumberFloatVal(${n.withPrec(53).text("g", -1)})`;
  return `cty.MustParseNumberVal(${goQuote(n.text("f", -1))})`;
}

function unmarkedGoString(v: Value): string {
  if (v.isNull) return `cty.NullVal(${goTypeString(v.type)})`;
  if (!v.isKnown) return unknownGoString(v);
  switch (v.type.kind) {
    case "string":
      return `cty.StringVal(${goQuote(v.asString())})`;
    case "number":
      return numberGoString(v.asNumber());
    case "bool":
      return v.asBool() ? "cty.True" : "cty.False";
    case "list":
    case "set":
      return sequenceGoString(v, v.type.kind === "list" ? "List" : "Set", v.type.element);
    case "map":
      return v.length === 0 ? `cty.MapValEmpty(${goTypeString(v.type.element)})` : `cty.MapVal(${entriesGoString(v)})`;
    case "tuple":
      return v.length === 0 ? "cty.EmptyTupleVal" : `cty.TupleVal(${goSlice("cty.Value", v.elements().map(goString))})`;
    case "object":
      return v.length === 0 ? "cty.EmptyObjectVal" : `cty.ObjectVal(${entriesGoString(v)})`;
    default:
      return `cty.DynamicVal`;
  }
}

function sequenceGoString(v: Value, kind: "List" | "Set", element: Type): string {
  if (v.length === 0) return `cty.${kind}ValEmpty(${goTypeString(element)})`;
  return `cty.${kind}Val(${goSlice("cty.Value", v.elements().map(goString))})`;
}

function entriesGoString(v: Value): string {
  return goMap("cty.Value", [...v.entries()].map(([k, e]) => [k, goString(e)]));
}

function unknownGoString(v: Value): string {
  if (v.type.kind === "dynamic") return "cty.DynamicVal";
  const calls = refinementCalls(v.type, v.refinement);
  const base = `cty.UnknownVal(${goTypeString(v.type)})`;
  if (calls === "") return base;
  return calls === ".NotNull()" ? `${base}.RefineNotNull()` : `${base}.Refine()${calls}.NewValue()`;
}

/** The builder calls that recreate a refinement, in cty's order: nullness, then the kind's own bounds. */
function refinementCalls(t: Type, r: Refinement): string {
  let calls = r.notNull ? ".NotNull()" : "";
  if (t.kind === "string" && r.stringPrefix) calls += `.StringPrefixFull(${goQuote(r.stringPrefix)})`;
  if (t.kind === "number") {
    if (r.numberLower) calls += `.NumberLowerBound(${numberGoString(r.numberLower.value)}, ${r.numberLower.inclusive})`;
    if (r.numberUpper) calls += `.NumberUpperBound(${numberGoString(r.numberUpper.value)}, ${r.numberUpper.inclusive})`;
  }
  if (t.kind === "list" || t.kind === "set" || t.kind === "map") {
    if (r.lengthLower) calls += `.CollectionLengthLowerBound(${goString(Value.numberFrom(r.lengthLower))}, true)`;
    if (r.lengthUpper !== undefined) calls += `.CollectionLengthUpperBound(${goString(Value.numberFrom(r.lengthUpper))}, true)`;
  }
  return calls;
}

function withMarks(s: string, marks: Marks): string {
  const names: string[] = [];
  if (marks & Mark.Sensitive) names.push("marks.Sensitive");
  if (marks & Mark.Ephemeral) names.push("marks.Ephemeral");
  if (names.length === 0) return s;
  if (names.length === 1) return `${s}.Mark(${names[0]})`;
  return `${s}.WithMarks(cty.NewValueMarks(${names.join(", ")}))`;
}

/** Go's %#v of a slice: `[]T{a, b}`. */
function goSlice(elementType: string, items: readonly string[]): string {
  return `[]${elementType}{${items.join(", ")}}`;
}

/** Go's %#v of a map with string keys (keys already in Go's sorted order): `map[string]T{"a":x, "b":y}`. */
function goMap(valueType: string, entries: readonly (readonly [string, string])[]): string {
  return `map[string]${valueType}{${entries.map(([k, s]) => `${goQuote(k)}:${s}`).join(", ")}}`;
}
