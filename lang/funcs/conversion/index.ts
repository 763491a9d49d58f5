// Terraform's type-conversion functions (tostring, tonumber, tobool, tolist, toset, tomap) and the
// functions over value marks (sensitive, nonsensitive, issensitive, ephemeralasnull). They all take
// their argument as given, marks and unknowns included, and handle those themselves. (can and try
// take unevaluated expressions and live in the evaluator.)

import type { FunctionSpec } from "../function.js";
import { ephemeralasnull } from "./ephemeral-as-null.js";
import { issensitive, nonsensitive, sensitive } from "./sensitive.js";
import { tobool, tolist, tomap, tonumber, toset, tostring } from "./to-type.js";

/** The conversion and mark functions by name. */
export const conversionFunctions: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  ["ephemeralasnull", ephemeralasnull],
  ["issensitive", issensitive],
  ["nonsensitive", nonsensitive],
  ["sensitive", sensitive],
  ["tobool", tobool],
  ["tolist", tolist],
  ["tomap", tomap],
  ["tonumber", tonumber],
  ["toset", toset],
  ["tostring", tostring],
]);
