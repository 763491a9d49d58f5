import { unmarkDeep } from "../values/deep-marks.js";
import { Mark, type Marks } from "../values/marks.js";
import { compareCodePoints } from "../text/code-point-order.js";
import { Value } from "../values/value.js";
import { DynamicPseudoType, listOf, mapOf, setOf, typeEquals, type Type } from "./type.js";

// Building collection values from converted elements the way cty's ListVal, SetVal and MapVal do:
// the element type is the first non-dynamic element type; sets take their elements' marks (deeply)
// onto the set itself, lists and maps keep marks on their elements.

/** The element type cty infers for a collection of these values (first non-dynamic type). */
export function inferElementType(values: Iterable<Value>): Type {
  for (const v of values) if (v.type.kind !== "dynamic") return v.type;
  return DynamicPseudoType;
}

/** cty's CanListVal/CanSetVal/CanMapVal: every non-dynamic element has the inferred type. */
export function canBuildCollection(values: Iterable<Value>): boolean {
  let et: Type = DynamicPseudoType;
  for (const v of values) {
    if (et.kind === "dynamic") et = v.type;
    else if (v.type.kind !== "dynamic" && !typeEquals(et, v.type)) return false;
  }
  return true;
}

/** A list of the given (type-consistent, non-empty) elements. */
export function listValue(elements: readonly Value[]): Value {
  return Value.of(listOf(inferElementType(elements)), elements);
}

/** A map of the given (type-consistent, non-empty) entries. */
export function mapValue(entries: ReadonlyMap<string, Value>): Value {
  return Value.of(mapOf(inferElementType(entries.values())), entries);
}

/** A set of the given (type-consistent, non-empty) elements; their marks move onto the set. */
export function setValue(elements: readonly Value[]): Value {
  let marks: Marks = Mark.None;
  const clean = elements.map((e) => {
    const r = unmarkDeep(e);
    marks |= r.marks;
    return r.value;
  });
  return Value.of(setOf(inferElementType(clean)), clean).mark(marks);
}

/** The element type of a collection type, or dynamic for anything else. */
export function elementTypeOf(t: Type): Type {
  return t.kind === "list" || t.kind === "set" || t.kind === "map" ? t.element : DynamicPseudoType;
}

/** Map entries in cty's iteration order (keys sorted by UTF-8 bytes). */
export function sortedEntries(entries: ReadonlyMap<string, Value>): [string, Value][] {
  return [...entries].sort(([a], [b]) => compareCodePoints(a, b));
}
