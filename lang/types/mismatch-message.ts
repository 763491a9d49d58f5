import { goQuote } from "../text/go-quote.js";
import { getConversion } from "./conversion.js";
import { sortedAttributeNames, typeEquals, type ObjectType, type TupleType, type Type } from "./type.js";
import { friendlyNameForConstraint } from "./type-string.js";

// Why a value of one type cannot become another, in cty's words (convert.MismatchMessage): used as the
// error when no conversion exists at all, e.g. `attribute "a" is required`, `element 1: string required`.

/** cty's English description of why `got` does not conform to `want`. */
export function mismatchMessage(got: Type, want: Type): string {
  if (got.kind === "object" && want.kind === "object") return mismatchObjects(got, want);
  if (got.kind === "tuple" && want.kind === "list" && want.element.kind === "dynamic") {
    return "all list elements must have the same type";
  }
  if (got.kind === "tuple" && want.kind === "set" && want.element.kind === "dynamic") {
    return "all set elements must have the same type";
  }
  if (got.kind === "object" && want.kind === "map" && want.element.kind === "dynamic") {
    return "all map elements must have the same type";
  }
  const wantCollection = want.kind === "list" || want.kind === "set" || want.kind === "map";
  if ((got.kind === "tuple" || got.kind === "object") && wantCollection) return fromStructural(got, want);
  if ((got.kind === "list" || got.kind === "set" || got.kind === "map") && wantCollection) return fromCollection(got, want);
  return required(want);
}

function required(want: Type): string {
  return `${friendlyNameForConstraint(want)} required`;
}

function mismatchObjects(got: ObjectType, want: ObjectType): string {
  const missing: string[] = [];
  let unsafeMismatch = "";
  let safeMismatch = "";
  for (const name of sortedAttributeNames(want)) {
    const wantAty = want.attributes.get(name)!;
    const gotAty = got.attributes.get(name);
    if (!gotAty) {
      if (!want.optional?.has(name)) missing.push(name);
      continue;
    }
    if (typeEquals(gotAty, wantAty) || unsafeMismatch !== "") continue;
    const describe = (): string => `attribute ${goQuote(name)}: ${mismatchMessage(gotAty, wantAty)}`;
    if (!getConversion(gotAty, wantAty, true)) unsafeMismatch = describe();
    if (safeMismatch === "" && !getConversion(gotAty, wantAty, false)) safeMismatch = describe();
  }
  if (missing.length > 0) return missingAttributes(missing);
  return unsafeMismatch || safeMismatch || "incorrect object attributes";
}

function missingAttributes(names: readonly string[]): string {
  const q = names.map(goQuote);
  if (q.length === 1) return `attribute ${q[0]} is required`;
  if (q.length === 2) return `attributes ${q[0]} and ${q[1]} are required`;
  return `attributes ${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]} are required`;
}

function fromStructural(got: TupleType | ObjectType, want: Extract<Type, { kind: "list" | "set" | "map" }>): string {
  if ((want.kind === "list" || want.kind === "set") && got.kind !== "tuple") return required(want);
  if (want.kind === "map" && got.kind !== "object") return required(want);
  const wantEty = want.element;
  const members: [string, Type][] =
    got.kind === "tuple"
      ? got.elements.map((t, i) => [String(i), t])
      : sortedAttributeNames(got).map((n) => [goQuote(n), got.attributes.get(n)!]);
  for (const [label, t] of members) {
    if (typeEquals(t, wantEty) || getConversion(t, wantEty, true)) continue;
    return `element ${label}: ${mismatchMessage(t, wantEty)}`;
  }
  return `all elements must be ${friendlyNameForConstraint(wantEty)}`;
}

function fromCollection(
  got: Extract<Type, { kind: "list" | "set" | "map" }>,
  want: Extract<Type, { kind: "list" | "set" | "map" }>,
): string {
  const gotSequence = got.kind === "list" || got.kind === "set";
  if ((want.kind === "list" || want.kind === "set") && !gotSequence) return required(want);
  if (want.kind === "map" && got.kind !== "map") return required(want);
  return `incorrect ${want.kind} element type: ${mismatchMessage(got.element, want.element)}`;
}
