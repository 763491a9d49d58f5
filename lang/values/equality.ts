import { hasDynamicTypes, typeEquals } from "../types/type.js";
import { conformsTo } from "../types/type-conformance.js";
import type { Value } from "./value.js";

// cty's Value.Equals, used by `==`/`!=` and by contains, index, distinct and matchkeys: values of
// different types are never equal, nulls are equal to each other, an unknown whose refinements rule the
// other value out is unequal to it, and anything else that depends on an unknown value is unknown.
// Marks play no part (the caller carries them over to the result).

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
  if (refinementExcludes(unknown, known)) return false;
  if (known.isNull || hasDynamicTypes(unknown.type)) return undefined;
  return typeEquals(known.type, unknown.type) ? undefined : false;
}

/** cty's ValueRange.Includes answering "no": the unknown's refinements rule the known value out. */
function refinementExcludes(unknown: Value, known: Value): boolean {
  const r = unknown.refinement;
  if (known.isNull) return r.notNull === true;
  if (!typeEquals(known.type, unknown.type)) return false;
  const raw = known.raw;
  if (typeof raw === "string") return r.stringPrefix !== undefined && !raw.startsWith(r.stringPrefix);
  if (known.type.kind === "number") {
    const n = known.asNumber();
    const below = r.numberLower && (r.numberLower.inclusive ? n.cmp(r.numberLower.value) < 0 : n.cmp(r.numberLower.value) <= 0);
    const above = r.numberUpper && (r.numberUpper.inclusive ? n.cmp(r.numberUpper.value) > 0 : n.cmp(r.numberUpper.value) >= 0);
    return !!below || !!above;
  }
  if (known.type.kind === "list" || known.type.kind === "set" || known.type.kind === "map") {
    return (r.lengthLower !== undefined && known.length < r.lengthLower) || (r.lengthUpper !== undefined && known.length > r.lengthUpper);
  }
  return false;
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
