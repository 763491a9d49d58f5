import type { Refinement } from "../values/value.js";
import { Value } from "../values/value.js";
import { mapOf, objectOf, listOf, setOf, tupleOf, type Type } from "./type.js";
import { unifyTypes } from "./unify.js";

// What a conversion gives for values that are not known or null yet: an unknown (or null) of the
// wanted type, with any part of the wanted type left as `any` filled in from the source type, and
// refinements carried over where the conversion preserves them (cty's prepareUnknownResult).

/** The unknown result of converting the unknown value `source` to `target`. */
export function unknownResult(source: Value, target: Type): Value {
  const from = source.refinement;
  if (target.kind === "dynamic") return Value.unknown(target);
  // cty cannot refine an unknown of unknown type, so such a source promises nothing.
  const notNull = source.type.kind !== "dynamic" && from.notNull === true;
  const length = resultLength(source.type, target, from);
  const refinement: { -readonly [K in keyof Refinement]: Refinement[K] } = {};
  if (notNull) refinement.notNull = true;
  if (length.lower > 0) refinement.lengthLower = length.lower;
  if (length.upper !== undefined) refinement.lengthUpper = length.upper;
  return Object.keys(refinement).length === 0 ? Value.unknown(target) : Value.unknown(target, refinement);
}

interface LengthBounds {
  readonly lower: number;
  readonly upper: number | undefined;
}

function resultLength(from: Type, to: Type, r: Refinement): LengthBounds {
  if (from.kind === "object" && to.kind === "map") return exactly(from.attributes.size);
  if (from.kind === "tuple" && to.kind === "list") return exactly(from.elements.length);
  if (from.kind === "tuple" && to.kind === "set") {
    const n = from.elements.length;
    return n <= 1 ? exactly(n) : { lower: 1, upper: n };
  }
  if (isCollectionKind(from) && isCollectionKind(to)) {
    const lower = r.lengthLower ?? 0;
    return { lower: to.kind === "set" ? Math.min(lower, 1) : lower, upper: r.lengthUpper };
  }
  return { lower: 0, upper: undefined };
}

function exactly(n: number): LengthBounds {
  return { lower: n, upper: n };
}

function isCollectionKind(t: Type): boolean {
  return t.kind === "list" || t.kind === "set" || t.kind === "map";
}

/**
 * `out` with each dynamic part replaced by the matching part of `from` (cty's dynamicReplace), so a
 * null or unknown converted to `list(any)` keeps the element type it already had.
 */
export function dynamicReplace(from: Type, out: Type): Type {
  if (from.kind === "dynamic") return out;
  switch (out.kind) {
    case "dynamic":
      return from;
    case "map":
      return mapOf(replaceElement(from, out.element));
    case "set":
      return setOf(replaceElement(from, out.element));
    case "list":
      return listOf(replaceElement(from, out.element));
    case "object":
      return replaceObject(from, out.attributes);
    case "tuple":
      return tupleOf(out.elements.map((t, i) => dynamicReplace(from.kind === "tuple" ? from.elements[i]! : from, t)));
    default:
      return out;
  }
}

function replaceElement(from: Type, outElement: Type): Type {
  switch (from.kind) {
    case "list":
    case "set":
    case "map":
      return dynamicReplace(from.element, outElement);
    case "tuple":
      return replaceFromUnified(from.elements, outElement);
    case "object":
      return replaceFromUnified([...from.attributes.values()], outElement);
    default:
      return outElement;
  }
}

function replaceFromUnified(types: readonly Type[], outElement: Type): Type {
  const unified = unifyTypes(types, true);
  return unified ? dynamicReplace(unified.type, outElement) : outElement;
}

function replaceObject(from: Type, outAttrs: ReadonlyMap<string, Type>): Type {
  const attrs = new Map<string, Type>();
  for (const [name, t] of outAttrs) {
    if (from.kind === "map") attrs.set(name, dynamicReplace(from.element, t));
    else if (from.kind === "object") {
      const inner = from.attributes.get(name);
      attrs.set(name, inner ? dynamicReplace(inner, t) : t);
    } else attrs.set(name, t);
  }
  return objectOf(attrs);
}
