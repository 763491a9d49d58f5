import { hasDynamicTypes, typeEquals, type Type } from "../types/type.js";
import { BoolType } from "../types/type.js";
import { BigNum } from "../values/number.js";
import { payloadEquals, Value } from "../values/value.js";

const UNKNOWN_BOOL = Value.unknown(BoolType, { notNull: true });

/**
 * `a == b` as cty's Equals decides it on unmarked values: nulls equal each other whatever their types,
 * values of different types are unequal, and anything that depends on an unknown is unknown.
 */
export function valuesEqual(a: Value, b: Value): Value {
  if (!a.isKnown || !b.isKnown) return unknownComparison(a, b);
  if (a.isNull || b.isNull) return Value.bool(a.isNull && b.isNull);
  if (!hasWhollyKnownType(a) || !hasWhollyKnownType(b)) {
    return !conforms(a.type, b.type) && !conforms(b.type, a.type) ? Value.bool(false) : UNKNOWN_BOOL;
  }
  if (!typeEquals(a.type, b.type)) return Value.bool(false);
  const r = knownEqual(a, b);
  return r === undefined ? UNKNOWN_BOOL : Value.bool(r);
}

function unknownComparison(a: Value, b: Value): Value {
  if (!a.isKnown && !b.isKnown) return UNKNOWN_BOOL;
  const known = a.isKnown ? a : b;
  const unknown = a.isKnown ? b : a;
  if (known.isNull || hasDynamicTypes(unknown.type)) return UNKNOWN_BOOL;
  return typeEquals(known.type, unknown.type) ? UNKNOWN_BOOL : Value.bool(false);
}

/** Equality of two known, non-null values of the same type; undefined when an unknown inside decides it. */
function knownEqual(a: Value, b: Value): boolean | undefined {
  switch (a.type.kind) {
    case "number":
      return (a.raw as BigNum).equals(b.raw as BigNum);
    case "string":
    case "bool":
      return a.raw === b.raw;
    case "list":
    case "tuple":
      return sequenceEqual(a.elements(), b.elements());
    case "set":
      return setEqual(a.elements(), b.elements());
    case "map":
    case "object":
      return entriesEqual(a.entries(), b.entries());
    default:
      return undefined;
  }
}

function elementEqual(x: Value, y: Value): boolean | undefined {
  const r = valuesEqual(x.unmark(), y.unmark());
  return r.isKnown ? r.asBool() : undefined;
}

function sequenceEqual(xs: readonly Value[], ys: readonly Value[]): boolean | undefined {
  if (xs.length !== ys.length) return false;
  for (let i = 0; i < xs.length; i++) {
    const r = elementEqual(xs[i]!, ys[i]!);
    if (r !== true) return r;
  }
  return true;
}

function entriesEqual(xs: ReadonlyMap<string, Value>, ys: ReadonlyMap<string, Value>): boolean | undefined {
  if (xs.size !== ys.size) return false;
  for (const [k, x] of xs) {
    const y = ys.get(k);
    if (y === undefined) return false;
    const r = elementEqual(x, y);
    if (r !== true) return r;
  }
  return true;
}

/** Sets are equal when every element of each is in the other; any unknown element makes it unknown. */
function setEqual(xs: readonly Value[], ys: readonly Value[]): boolean | undefined {
  if ([...xs, ...ys].some((v) => !v.isWhollyKnown)) return undefined;
  const inOther = (v: Value, other: readonly Value[]) => other.some((o) => payloadEquals(v, o));
  return xs.every((x) => inOther(x, ys)) && ys.every((y) => inOther(y, xs));
}

/** cty's HasWhollyKnownType: no unknown value of unknown type anywhere inside (nulls of any type are fine). */
function hasWhollyKnownType(v: Value): boolean {
  if (v.isNull) return true;
  if (!v.isKnown) return !hasDynamicTypes(v.type);
  const raw = v.raw;
  if (Array.isArray(raw)) return (raw as readonly Value[]).every(hasWhollyKnownType);
  if (raw instanceof Map) return [...raw.values()].every(hasWhollyKnownType);
  return true;
}

/** cty's TestConformance: could a value of type `given` later turn out to be of type `want`? */
function conforms(given: Type, want: Type): boolean {
  if (want.kind === "dynamic" || given.kind === "dynamic") return true;
  if (given.kind !== want.kind) return false;
  switch (given.kind) {
    case "list":
    case "set":
    case "map":
      return conforms(given.element, (want as { element: Type }).element);
    case "tuple": {
      const we = (want as { elements: readonly Type[] }).elements;
      return given.elements.length === we.length && given.elements.every((t, i) => conforms(t, we[i]!));
    }
    case "object": {
      const wa = (want as { attributes: ReadonlyMap<string, Type> }).attributes;
      if (given.attributes.size !== wa.size) return false;
      for (const [name, t] of given.attributes) {
        const w = wa.get(name);
        if (!w || !conforms(t, w)) return false;
      }
      return true;
    }
    default:
      return true;
  }
}
