import type { Refinement, Value } from "../../lang/values/value.js";
import { typeEquals } from "../../lang/types/type.js";

// cty's RawEquals, the identity test the objchange checks are built on: same type, same marks at every
// level, same payload, and two unknowns are the same when their refinements are. Terraform also
// compares "unrefined" (unrefinedValue(a).RawEquals(unrefinedValue(b))) where providers may drop
// refinements they cannot carry over the wire.

/** cty's RawEquals, refinements of unknowns included. */
export function rawEqual(a: Value, b: Value): boolean {
  return identical(a, b, true);
}

/** RawEquals after forgetting every refinement on both sides (Terraform's unrefinedValue trick). */
export function unrefinedEqual(a: Value, b: Value): boolean {
  return identical(a, b, false);
}

function identical(a: Value, b: Value, refined: boolean): boolean {
  if (a === b) return true;
  if (!typeEquals(a.type, b.type) || a.marks !== b.marks) return false;
  if (!a.isKnown || !b.isKnown) {
    return !a.isKnown && !b.isKnown && (!refined || refinementsEqual(a.refinement, b.refinement));
  }
  if (a.isNull || b.isNull) return a.isNull && b.isNull;
  return payloadIdentical(a, b, refined);
}

function payloadIdentical(a: Value, b: Value, refined: boolean): boolean {
  if (Array.isArray(a.raw)) {
    const xs = a.elements();
    const ys = b.elements();
    return xs.length === ys.length && xs.every((x, i) => identical(x, ys[i]!, refined));
  }
  if (a.raw instanceof Map) {
    const xs = a.entries();
    const ys = b.entries();
    if (xs.size !== ys.size) return false;
    for (const [k, x] of xs) {
      const y = ys.get(k);
      if (!y || !identical(x, y, refined)) return false;
    }
    return true;
  }
  if (a.type.kind === "number") return a.asNumber().equals(b.asNumber());
  return a.raw === b.raw;
}

function refinementsEqual(a: Refinement, b: Refinement): boolean {
  return (
    !!a.notNull === !!b.notNull &&
    (a.stringPrefix ?? "") === (b.stringPrefix ?? "") &&
    boundsEqual(a.numberLower, b.numberLower) &&
    boundsEqual(a.numberUpper, b.numberUpper) &&
    (a.lengthLower ?? 0) === (b.lengthLower ?? 0) &&
    a.lengthUpper === b.lengthUpper
  );
}

function boundsEqual(a: Refinement["numberLower"], b: Refinement["numberLower"]): boolean {
  if (!a || !b) return a === b;
  return a.inclusive === b.inclusive && a.value.equals(b.value);
}
