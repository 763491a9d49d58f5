import { compareStrings, type Type } from "../types/type.js";
import { Value } from "../values/value.js";

/** One step of an iteration: the element's key (index, map key or attribute name) and its value. */
export interface Element {
  readonly key: Value;
  readonly value: Value;
}

/** True for the types a for expression can iterate (cty's CanIterateElements). */
export function canIterateElements(t: Type): boolean {
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
    case "tuple":
    case "object":
      return true;
    default:
      return false;
  }
}

/**
 * The elements of a known, non-null, unmarked iterable value in cty's order: sequences by index, sets in
 * set order (the key is the element itself), maps and objects by key in code-unit order.
 */
export function elementsOf(v: Value): Element[] {
  switch (v.type.kind) {
    case "list":
    case "tuple":
      return v.elements().map((value, i) => ({ key: Value.numberFrom(i), value }));
    case "set":
      return v.elements().map((value) => ({ key: value, value }));
    case "map":
    case "object":
      return sortedEntries(v.entries()).map(([k, value]) => ({ key: Value.string(k), value }));
    default:
      throw new Error(`cannot iterate a value of type ${v.type.kind}`);
  }
}

/** Map or object entries sorted by key, as cty iterates them. */
export function sortedEntries(m: ReadonlyMap<string, Value>): [string, Value][] {
  return [...m.entries()].sort((a, b) => compareStrings(a[0], b[0]));
}

/** An object value with its attributes in cty's order (sorted by name). */
export function objectOf(attrs: ReadonlyMap<string, Value>): Value {
  return Value.object(new Map(sortedEntries(attrs)));
}
