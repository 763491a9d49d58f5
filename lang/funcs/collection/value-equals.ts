import { hasDynamicTypes, typeEquals, type Type } from "../../types/type.js";
import type { Value } from "../../values/value.js";

// cty's Value.Equals for unmarked values, as contains, index, distinct and matchkeys compare elements:
// values of different types are never equal, nulls are equal to each other, and anything that depends
// on an unknown value gives an unknown answer.

/** true, false, or undefined when the answer depends on a value not known yet. */
export type Tristate = boolean | undefined;

/** Whether two (unmarked) values are equal, as cty's Equals decides it. */
export function valueEquals(a: Value, b: Value): Tristate {
  if (!a.isKnown || !b.isKnown) return unknownEquals(a, b);
  if (a.isNull || b.isNull) return a.isNull && b.isNull;
  if (!hasWhollyKnownType(a) || !hasWhollyKnownType(b)) {
    return !conformsTo(a.type, b.type) && !conformsTo(b.type, a.type) ? false : undefined;
  }
  if (!typeEquals(a.type, b.type)) return false;
  return knownEquals(a, b);
}

function unknownEquals(a: Value, b: Value): Tristate {
  if (!a.isKnown && !b.isKnown) return undefined;
  const [known, unknown] = a.isKnown ? [a, b] : [b, a];
  if (known.isNull) return unknown.refinement.notNull === true ? false : undefined;
  if (hasDynamicTypes(unknown.type)) return undefined;
  return typeEquals(known.type, unknown.type) ? undefined : false;
}

function knownEquals(a: Value, b: Value): Tristate {
  switch (a.type.kind) {
    case "string":
    case "bool":
      return a.raw === b.raw;
    case "number":
      return a.asNumber().equals(b.asNumber());
    case "list":
    case "tuple":
      return sequenceEquals(a.elements(), b.elements());
    case "set":
      return setEquals(a.elements(), b.elements());
    case "map":
    case "object":
      return mappingEquals(a.entries(), b.entries());
    default:
      return false;
  }
}

// cty stops at the first unknown comparison, even when a later element would already differ.
function sequenceEquals(xs: readonly Value[], ys: readonly Value[]): Tristate {
  if (xs.length !== ys.length) return false;
  for (let i = 0; i < xs.length; i++) {
    const eq = valueEquals(xs[i]!, ys[i]!);
    if (eq !== true) return eq;
  }
  return true;
}

function setEquals(xs: readonly Value[], ys: readonly Value[]): Tristate {
  if (xs.some((x) => !x.isWhollyKnown) || ys.some((y) => !y.isWhollyKnown)) return undefined;
  const contains = (set: readonly Value[], v: Value): boolean => set.some((s) => valueEquals(s, v) === true);
  return xs.every((x) => contains(ys, x)) && ys.every((y) => contains(xs, y));
}

function mappingEquals(xs: ReadonlyMap<string, Value>, ys: ReadonlyMap<string, Value>): Tristate {
  if (xs.size !== ys.size) return false;
  for (const [k, x] of xs) {
    const y = ys.get(k);
    if (y === undefined) return false;
    const eq = valueEquals(x, y);
    if (eq !== true) return eq;
  }
  return true;
}

// cty's HasWhollyKnownType: no part of the value is an unknown of an unknown type.
function hasWhollyKnownType(v: Value): boolean {
  if (v.isNull) return true;
  if (!v.isKnown) return !hasDynamicTypes(v.type);
  const raw = v.raw;
  if (Array.isArray(raw)) return (raw as readonly Value[]).every(hasWhollyKnownType);
  if (raw instanceof Map) return [...(raw as ReadonlyMap<string, Value>).values()].every(hasWhollyKnownType);
  return true;
}

// cty's TestConformance: `t` fits `constraint`, where dynamic parts of the constraint accept anything.
function conformsTo(t: Type, constraint: Type): boolean {
  if (constraint.kind === "dynamic") return true;
  if (t.kind !== constraint.kind) return false;
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
      return conformsTo(t.element, (constraint as typeof t).element);
    case "tuple": {
      const ce = (constraint as typeof t).elements;
      return t.elements.length === ce.length && t.elements.every((e, i) => conformsTo(e, ce[i]!));
    }
    case "object": {
      const ca = (constraint as typeof t).attributes;
      if (t.attributes.size !== ca.size) return false;
      return [...t.attributes].every(([n, at]) => ca.has(n) && conformsTo(at, ca.get(n)!));
    }
    default:
      return true;
  }
}
