// Terraform's numeric functions (abs, ceil, floor, log, max, min, parseint, pow, signum), computed
// with BigNum so that results match Terraform's digit for digit.
import type { FunctionSpec } from "../function.js";
import { absSpec, ceilSpec, floorSpec, logSpec, maxSpec, minSpec, powSpec, signumSpec } from "./arithmetic.js";
import { parseintSpec } from "./parseint.js";

/** The numeric functions by Terraform name. */
export const numericFunctions: ReadonlyMap<string, FunctionSpec> = new Map([
  ["abs", absSpec],
  ["ceil", ceilSpec],
  ["floor", floorSpec],
  ["log", logSpec],
  ["max", maxSpec],
  ["min", minSpec],
  ["parseint", parseintSpec],
  ["pow", powSpec],
  ["signum", signumSpec],
]);
