// Terraform's built-in collection functions (length, concat, merge, lookup, setproduct...), each with
// Terraform 1.11's result types, unknown-value handling and error texts, written as their cty and
// Terraform originals declare them (see cty-function.ts for how they are called).

import type { FunctionSpec } from "../function.js";
import { alltrue, anytrue } from "./all-any-true.js";
import { chunklist } from "./chunklist.js";
import { coalesce, coalescelist } from "./coalesce.js";
import { compact } from "./compact.js";
import { concat } from "./concat.js";
import { contains, index } from "./contains-index.js";
import { distinct } from "./distinct.js";
import { element } from "./element.js";
import { flatten } from "./flatten.js";
import { keys, values } from "./keys-values.js";
import { length } from "./length.js";
import { lookup } from "./lookup.js";
import { matchkeys } from "./matchkeys.js";
import { merge } from "./merge.js";
import { one } from "./one.js";
import { range } from "./range.js";
import { list, map } from "./removed.js";
import { reverse } from "./reverse.js";
import { setintersection, setsubtract, setunion } from "./set-operations.js";
import { setproduct } from "./setproduct.js";
import { slice } from "./slice.js";
import { sort } from "./sort.js";
import { sum } from "./sum.js";
import { transpose } from "./transpose.js";
import { zipmap } from "./zipmap.js";

/** The collection functions by name. */
export const collectionFunctions: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  ["alltrue", alltrue],
  ["anytrue", anytrue],
  ["chunklist", chunklist],
  ["coalesce", coalesce],
  ["coalescelist", coalescelist],
  ["compact", compact],
  ["concat", concat],
  ["contains", contains],
  ["distinct", distinct],
  ["element", element],
  ["flatten", flatten],
  ["index", index],
  ["keys", keys],
  ["length", length],
  ["list", list],
  ["lookup", lookup],
  ["map", map],
  ["matchkeys", matchkeys],
  ["merge", merge],
  ["one", one],
  ["range", range],
  ["reverse", reverse],
  ["setintersection", setintersection],
  ["setproduct", setproduct],
  ["setsubtract", setsubtract],
  ["setunion", setunion],
  ["slice", slice],
  ["sort", sort],
  ["sum", sum],
  ["transpose", transpose],
  ["values", values],
  ["zipmap", zipmap],
]);
