import { BigNum } from "./number.js";
import type { Value } from "./value.js";

/**
 * Orders set elements as cty does when a set is iterated or printed: known before unknown, strings by
 * code unit, numbers ascending, false before true, anything else by cty's set hash.
 */
export function compareSetElements(a: Value, b: Value): number {
  if (a.isKnown !== b.isKnown) return a.isKnown ? -1 : 1;
  if (!a.isKnown) return 0;
  if (a.isNull !== b.isNull) return a.isNull ? 1 : -1;
  const ra = a.raw;
  const rb = b.raw;
  if (typeof ra === "string" && typeof rb === "string") return ra < rb ? -1 : ra > rb ? 1 : 0;
  if (ra instanceof BigNum && rb instanceof BigNum) return ra.cmp(rb);
  if (typeof ra === "boolean" && typeof rb === "boolean") return ra === rb ? 0 : ra ? 1 : -1;
  return 0;
}
