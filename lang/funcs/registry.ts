import type { FunctionSpec } from "./function.js";
import { collectionFunctions } from "./collection/index.js";
import { conversionFunctions } from "./conversion/index.js";
import { cryptoFunctions } from "./crypto/index.js";
import { datetimeFunctions } from "./datetime/index.js";
import { encodingFunctions } from "./encoding/index.js";
import { filesystemFunctions } from "./filesystem/index.js";
import { networkFunctions } from "./network/index.js";
import { numericFunctions } from "./numeric/index.js";
import { stringFunctions } from "./string/index.js";

const GROUPS: readonly ReadonlyMap<string, FunctionSpec>[] = [
  collectionFunctions,
  conversionFunctions,
  cryptoFunctions,
  datetimeFunctions,
  encodingFunctions,
  filesystemFunctions,
  networkFunctions,
  numericFunctions,
  stringFunctions,
];

let cached: ReadonlyMap<string, FunctionSpec> | undefined;

/**
 * Every built-in function by name, each also under its `core::` name as Terraform 1.8+ has them.
 * (`try` and `can` are not here: they take unevaluated expressions, so the evaluator implements them.)
 */
export function builtinFunctions(): ReadonlyMap<string, FunctionSpec> {
  if (cached) return cached;
  const all = new Map<string, FunctionSpec>();
  for (const group of GROUPS) {
    for (const [name, spec] of group) {
      if (all.has(name)) throw new Error(`function ${name} is defined twice`);
      all.set(name, spec);
      all.set(`core::${name}`, spec);
    }
  }
  cached = all;
  return all;
}
