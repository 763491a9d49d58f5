import { listOf, setOf, type Type } from "../../types/type.js";
import { Value, type Refinement } from "../../values/value.js";

// cty's refinements of unknown results: what a function can promise about a value it cannot compute
// yet (not null, a length range), and the collapse cty applies when that promise pins the value down
// (RefinementBuilder.NewValue): a number with equal bounds, a collection of one exact length.

/** An unknown of `type` with `refinement`, or the known value the refinement already determines. */
export function refinedUnknown(type: Type, refinement: Refinement): Value {
  const r = withoutDefaults(refinement);
  const collapsed = collapse(type, r);
  if (collapsed) return collapsed;
  return Object.keys(r).length > 0 ? Value.unknown(type, r) : Value.unknown(type);
}

/** The value with cty's NotNull refinement added when it is an unknown of a known type (RefineResult: refineNonNull). */
export function refineNotNull(v: Value): Value {
  if (v.isKnown || v.type.kind === "dynamic") return v;
  return refinedUnknown(v.type, { ...v.refinement, notNull: true }).mark(v.marks);
}

/** The unknown number standing for the length of a collection whose length is only known to lie in a range. */
export function unknownLength(lower: number, upper: number | undefined): Value {
  const refinement: Refinement = {
    notNull: true,
    numberLower: { value: bigFromInt(lower), inclusive: true },
    ...(upper === undefined ? {} : { numberUpper: { value: bigFromInt(upper), inclusive: true } }),
  };
  return refinedUnknown({ kind: "number" }, refinement);
}

/** The exact length bounds cty's ValueRange gives for a collection value (known or refined unknown). */
export function lengthBounds(v: Value): { lower: number; upper: number | undefined } {
  if (v.type.kind === "tuple") return { lower: v.type.elements.length, upper: v.type.elements.length };
  if (v.isKnown && !v.isNull) return { lower: v.length, upper: v.length };
  const r = v.refinement;
  return { lower: r.lengthLower ?? 0, upper: r.lengthUpper };
}

function collapse(type: Type, r: Refinement): Value | undefined {
  if (r.notNull !== true) return undefined;
  if (type.kind === "number") return collapseNumber(r);
  if (r.lengthLower === undefined || r.lengthLower !== r.lengthUpper) return undefined;
  const n = r.lengthLower;
  switch (type.kind) {
    case "list":
      return n === 0 ? Value.list([], type.element) : Value.of(listOf(type.element), unknowns(type.element, n));
    case "set":
      if (n === 0) return Value.set([], type.element);
      return n === 1 ? Value.of(setOf(type.element), unknowns(type.element, 1)) : undefined;
    case "map":
      return n === 0 ? Value.map(new Map(), type.element) : undefined;
    default:
      return undefined;
  }
}

function collapseNumber(r: Refinement): Value | undefined {
  const lo = r.numberLower;
  const hi = r.numberUpper;
  if (!lo || !hi || !lo.inclusive || !hi.inclusive) return undefined;
  return lo.value.equals(hi.value) ? Value.number(lo.value) : undefined;
}

function unknowns(t: Type, n: number): Value[] {
  return Array.from({ length: n }, () => Value.unknown(t));
}

// Only what actually narrows the value: a lower length bound of 0 and absent bounds say nothing.
function withoutDefaults(r: Refinement): Refinement {
  const out: { -readonly [K in keyof Refinement]: Refinement[K] } = {};
  for (const [k, v] of Object.entries(r) as [keyof Refinement, unknown][]) {
    if (v !== undefined && v !== false && !(k === "lengthLower" && v === 0) && !(k === "stringPrefix" && v === "")) {
      (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

function bigFromInt(n: number): NonNullable<Refinement["numberLower"]>["value"] {
  return Value.numberFrom(n).asNumber();
}
