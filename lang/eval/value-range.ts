import { BigNum } from "../values/number.js";
import type { Refinement, Value } from "../values/value.js";

// What is known about the range of a value, known or not (cty's ValueRange), for refining the unknown
// result of a conditional whose condition is not yet known.

/** A number bound; an absent bound means unbounded. */
export interface NumberBound {
  readonly value: BigNum;
  readonly inclusive: boolean;
}

/** True when the value is certainly not null: known and non-null, or unknown but refined as not null. */
export function definitelyNotNull(v: Value): boolean {
  return v.isKnown ? !v.isNull : v.refinement.notNull === true;
}

/** The lower bound of a number value (the value itself when known). */
export function numberLowerBound(v: Value): NumberBound | undefined {
  if (v.isKnown) return v.isNull ? undefined : finite(v.asNumber());
  return v.refinement.numberLower;
}

/** The upper bound of a number value (the value itself when known). */
export function numberUpperBound(v: Value): NumberBound | undefined {
  if (v.isKnown) return v.isNull ? undefined : finite(v.asNumber());
  return v.refinement.numberUpper;
}

/** The smallest length a collection value may have. */
export function lengthLowerBound(v: Value): number {
  if (v.isKnown) return v.isNull ? 0 : v.length;
  return v.refinement.lengthLower ?? 0;
}

/** The largest length a collection value may have (Infinity when unbounded). */
export function lengthUpperBound(v: Value): number {
  if (v.isKnown) return v.isNull ? Infinity : v.length;
  return v.refinement.lengthUpper ?? Infinity;
}

/** The refinement covering either of two numbers: the lower of the lower bounds, the higher of the upper. */
export function numberUnionRefinement(a: Value, b: Value): Refinement {
  const lower = pickBound(numberLowerBound(a), numberLowerBound(b), -1);
  const upper = pickBound(numberUpperBound(a), numberUpperBound(b), 1);
  return {
    ...(definitelyNotNull(a) && definitelyNotNull(b) ? { notNull: true } : {}),
    ...(lower ? { numberLower: lower } : {}),
    ...(upper ? { numberUpper: upper } : {}),
  };
}

/** The refinement covering either of two collections' lengths. */
export function lengthUnionRefinement(a: Value, b: Value): Refinement {
  const lo = Math.min(lengthLowerBound(a), lengthLowerBound(b));
  const hi = Math.max(lengthUpperBound(a), lengthUpperBound(b));
  return {
    ...(definitelyNotNull(a) && definitelyNotNull(b) ? { notNull: true } : {}),
    ...(lo > 0 ? { lengthLower: lo } : {}),
    ...(hi !== Infinity ? { lengthUpper: hi } : {}),
  };
}

/** The wider of two bounds (direction -1: the lower one, 1: the higher one); none when either is unbounded. */
function pickBound(a: NumberBound | undefined, b: NumberBound | undefined, direction: number): NumberBound | undefined {
  if (!a || !b) return undefined;
  const c = a.value.cmp(b.value);
  if (c === 0) return { value: a.value, inclusive: a.inclusive || b.inclusive };
  return Math.sign(c) === direction ? a : b;
}

function finite(n: BigNum): NumberBound | undefined {
  return n.isInf() ? undefined : { value: n, inclusive: true };
}
