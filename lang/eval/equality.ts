import { BoolType } from "../types/type.js";
import { valueEquals } from "../values/equality.js";
import { Value } from "../values/value.js";

const UNKNOWN_BOOL = Value.unknown(BoolType, { notNull: true });

/** `a == b` on unmarked values: cty's Equals as a bool value (unknown, refined not-null, when undecided). */
export function valuesEqual(a: Value, b: Value): Value {
  const r = valueEquals(a, b);
  return r === undefined ? UNKNOWN_BOOL : Value.bool(r);
}
