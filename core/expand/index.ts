// Expansion: turning a block's `count` or `for_each` argument into its instances. Evaluates the
// argument with every check and message Terraform has (eval_count.go, eval_for_each.go), and lists the
// instance keys in Terraform's order with what each instance sees as `count.index`, `each.key`, `each.value`.

export { evaluateCount, type CountOptions, type CountResult } from "./count.js";
export { evaluateForEach, instanceMap, type ForEachOptions, type ForEachResult } from "./for-each.js";
export { forEachValueDiagnostics, keysKnown, unknownKeyDiagnostics } from "./for-each-checks.js";
export {
  evaluateExpansion,
  instanceKeysFor,
  repetitionData,
  SINGLE,
  type Expansion,
  type RepetitionArgs,
  type RepetitionData,
} from "./expansion.js";
