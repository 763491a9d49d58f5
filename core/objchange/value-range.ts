import { numberLowerBound, numberUpperBound, type NumberBound } from "../../lang/eval/value-range.js";
import { BigNum } from "../../lang/values/number.js";
import { Value } from "../../lang/values/value.js";
import { NumberType } from "../../lang/types/type.js";
import { conformsTo } from "../../lang/types/type-conformance.js";

// cty's Value.Length and ValueRange.Includes, as far as the objchange checks need them: the length of
// a collection as a number value (unknown, but bounded, when elements may still coalesce), and whether a
// planning placeholder's refinements rule a final value out.

/**
 * cty's Length: a tuple's length is always known; an unknown collection's length is an unknown number
 * bounded by its length refinements; a set whose unknown elements may still coalesce has between 1 and
 * its current number of elements.
 */
export function lengthValue(v: Value): Value {
  if (v.type.kind === "tuple") return Value.numberFrom(v.type.elements.length);
  if (!v.isKnown) return unknownLength(v);
  if (v.isNull) return Value.numberFrom(0);
  const n = v.length;
  if (v.type.kind !== "set" || n === 1 || v.isWhollyKnown) return Value.numberFrom(n);
  return Value.unknown(NumberType, { notNull: true, numberLower: inclusive(1), numberUpper: inclusive(n) });
}

function unknownLength(v: Value): Value {
  const r = v.refinement;
  const refined = r.notNull !== undefined || r.lengthLower !== undefined || r.lengthUpper !== undefined;
  return Value.unknown(NumberType, {
    notNull: true,
    ...(refined ? { numberLower: inclusive(r.lengthLower ?? 0) } : {}),
    ...(r.lengthUpper !== undefined ? { numberUpper: inclusive(r.lengthUpper) } : {}),
  });
}

function inclusive(n: number): NumberBound {
  return { value: BigNum.fromInt(n), inclusive: true };
}

/**
 * cty's `placeholder.Range().Includes(v)`: false when the placeholder's type, nullness or refinements
 * (or, for a known placeholder, its exact value) rule `v` out, true when `v` is certainly in range,
 * undefined when that cannot be decided yet.
 */
export function rangeIncludes(placeholder: Value, v: Value): boolean | undefined {
  if (placeholder.isKnown && placeholder.isNull) return v.isNull;
  if (definitelyNotNull(placeholder) && v.isNull) return false;
  if (v.isNull) return true;
  if (!conformsTo(v.type, placeholder.type)) return false;
  if (v.type.kind === "dynamic") return undefined;
  return kindExcludes(placeholder, v) ? false : undefined;
}

function definitelyNotNull(v: Value): boolean {
  return v.isKnown ? !v.isNull : v.refinement.notNull === true;
}

function kindExcludes(placeholder: Value, v: Value): boolean {
  switch (placeholder.type.kind) {
    case "string":
      return v.isKnown && !v.asString().startsWith(stringPrefix(placeholder));
    case "number":
      return outOfRange(v, numberLowerBound(placeholder), numberUpperBound(placeholder));
    case "list":
    case "set":
    case "map":
      return outOfRange(lengthValue(v), lengthBound(placeholder, "lower"), lengthBound(placeholder, "upper"));
    default:
      return false;
  }
}

function stringPrefix(placeholder: Value): string {
  return placeholder.isKnown ? placeholder.asString() : (placeholder.refinement.stringPrefix ?? "");
}

function lengthBound(placeholder: Value, which: "lower" | "upper"): NumberBound | undefined {
  if (placeholder.isKnown) return inclusive(placeholder.length);
  const n = which === "lower" ? placeholder.refinement.lengthLower : placeholder.refinement.lengthUpper;
  return n === undefined ? undefined : inclusive(n);
}

/** True when the number `v` (known, or unknown with bounds) is certainly below `min` or above `max`. */
function outOfRange(v: Value, min: NumberBound | undefined, max: NumberBound | undefined): boolean {
  const lo = numberLowerBound(v);
  const hi = numberUpperBound(v);
  return (!!min && !!hi && certainlyBelow(hi, min)) || (!!max && !!lo && certainlyBelow(max, lo));
}

/** True when every number allowed by bound `a` (as an upper bound) is below every one allowed by `b` (as a lower bound). */
function certainlyBelow(a: NumberBound, b: NumberBound): boolean {
  const c = a.value.cmp(b.value);
  return c < 0 || (c === 0 && !(a.inclusive && b.inclusive));
}
