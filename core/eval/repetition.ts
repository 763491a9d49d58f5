import type { Expression } from "../../lang/hcl/expression.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { NumberType, StringType } from "../../lang/types/type.js";
import { DynamicVal, Value } from "../../lang/values/value.js";
import { IntKey, StringKey, type InstanceKey } from "../addrs/instance-key.js";
import { Resource as ResourceAddr, ResourceInstance } from "../addrs/resource.js";
import type { Resource } from "../configs/model.js";
import { evaluateCount } from "../expand/count.js";
import type { RepetitionData } from "../expand/expansion.js";
import { evaluateForEach } from "../expand/for-each.js";
import type { EvalScope } from "./eval-scope.js";

// Repetition (`count` and `for_each`) in the validate walk, which expands nothing: the arguments are
// evaluated and checked for their type and marks, but may be unknown (evaluateCountExpressionValue,
// ValidateResourceValue); `count.index`, `each.key` and `each.value` are unknown where the block allows
// them, and `self` is instance 0 or "" (stubRepetitionData, instances.TotallyUnknownRepetitionData).

/** Every repetition value unknown, as module call arguments see them while validating. */
export const TOTALLY_UNKNOWN: RepetitionData = Object.freeze({
  countIndex: Value.unknown(NumberType),
  eachKey: Value.unknown(StringType),
  eachValue: DynamicVal,
});

/** The repetition data a resource's expressions see while validating. */
export function resourceRepetition(r: Resource): RepetitionData {
  if (r.count) return { countIndex: Value.unknown(NumberType) };
  if (r.forEach) return { eachKey: Value.unknown(StringType), eachValue: DynamicVal };
  return {};
}

/** The instance `self` stands for in a resource's postconditions, provisioners and connection while validating. */
export function selfInstance(r: Resource): ResourceInstance {
  const key: InstanceKey | null = r.count ? new IntKey(0) : r.forEach ? new StringKey("") : null;
  return new ResourceAddr(r.mode, r.type, r.name).instance(key);
}

/** The problems with whichever of `count` and `for_each` a block sets. */
export function validateRepetition(scope: EvalScope, args: { readonly count?: Expression; readonly forEach?: Expression }): Diagnostic[] {
  const expr = args.count ?? args.forEach;
  if (!expr) return [];
  const { ctx, diagnostics } = scope.contextFor(expr.variables());
  if (hasErrors(diagnostics)) return diagnostics;
  const r = args.count ? evaluateCount(expr, ctx, { allowUnknown: true }) : evaluateForEach(expr, ctx, { allowUnknown: true });
  return [...diagnostics, ...r.diagnostics];
}
