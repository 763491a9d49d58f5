import type { Range } from "../source/range.js";
import type { BigNum } from "../values/number.js";

// The values of a JSON-syntax file, each with its source range. Objects keep every property in
// source order, duplicates included: what a duplicate means depends on how the body is decoded.

/** One `"name": value` of an object. */
export interface JsonProperty {
  readonly name: string;
  readonly nameRange: Range;
  readonly value: JsonNode;
}

/** Any JSON value node. */
export type JsonNode =
  | { readonly kind: "object"; readonly properties: readonly JsonProperty[]; readonly range: Range; readonly openRange: Range; readonly closeRange: Range }
  | { readonly kind: "array"; readonly values: readonly JsonNode[]; readonly range: Range; readonly openRange: Range }
  | { readonly kind: "string"; readonly value: string; readonly range: Range }
  | { readonly kind: "number"; readonly value: BigNum; readonly range: Range }
  | { readonly kind: "bool"; readonly value: boolean; readonly range: Range }
  | { readonly kind: "null"; readonly range: Range }
  | { readonly kind: "invalid"; readonly range: Range };

/** The first character of a node, for diagnostics about the node as a whole. */
export function startRangeOf(n: JsonNode): Range {
  if (n.kind === "object" || n.kind === "array") return n.openRange;
  return n.range;
}
