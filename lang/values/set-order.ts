import { compareCodePoints } from "../text/code-point-order.js";
import type { BigNum } from "./number.js";
import type { Value } from "./value.js";
import { goQuote } from "../text/go-quote.js";

// The order cty iterates (and Terraform prints) set elements in: known non-null values first, then
// unknowns, then null; strings by UTF-8 bytes, numbers ascending, false before true, and any other
// element type by the bytes of cty's set hash string (set_internals.go). Ties keep insertion order.

/** Orders two elements of one set as cty's setRules.Less does (negative: `a` comes first). */
export function compareSetElements(a: Value, b: Value): number {
  if (less(a, b)) return -1;
  if (less(b, a)) return 1;
  return 0;
}


function less(a: Value, b: Value): boolean {
  if (a.isNull || b.isNull) return !a.isNull;
  if (!a.isKnown || !b.isKnown) return a.isKnown;
  const ra = a.raw;
  const rb = b.raw;
  switch (a.type.kind) {
    case "string":
      return compareCodePoints(ra as string, rb as string) < 0;
    case "bool":
      return ra !== rb && rb === true;
    case "number":
      return (ra as BigNum).cmp(rb as BigNum) < 0;
    default:
      return compareCodePoints(setHashString(a), setHashString(b)) < 0;
  }
}

/**
 * The string cty hashes set elements by (appendSetHashBytes): `?` unknown, `~` null, numbers as Go's
 * %.10g, `T`/`F`, strings Go-quoted, `[e;e;]` lists and sets, `{k:v;}` maps, `<v;v;>` objects (by
 * attribute name) and tuples. Marks are ignored.
 */
export function setHashString(v: Value): string {
  if (!v.isKnown) return "?";
  if (v.isNull) return "~";
  const raw = v.raw;
  switch (v.type.kind) {
    case "number":
      return (raw as BigNum).text("g", 10);
    case "bool":
      return raw ? "T" : "F";
    case "string":
      return goQuote(raw as string);
    case "map":
      return `{${sortedEntries(raw as ReadonlyMap<string, Value>)
        .map(([k, e]) => `${goQuote(k)}:${setHashString(e)};`)
        .join("")}}`;
    case "list":
    case "set":
      return `[${(raw as readonly Value[]).map((e) => `${setHashString(e)};`).join("")}]`;
    case "object":
      return `<${sortedEntries(raw as ReadonlyMap<string, Value>)
        .map(([, e]) => `${setHashString(e)};`)
        .join("")}>`;
    default:
      return `<${(raw as readonly Value[]).map((e) => `${setHashString(e)};`).join("")}>`;
  }
}

function sortedEntries(m: ReadonlyMap<string, Value>): [string, Value][] {
  return [...m].sort(([a], [b]) => compareCodePoints(a, b));
}
