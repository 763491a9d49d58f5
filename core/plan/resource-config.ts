import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { Value } from "../../lang/values/value.js";
import type { BlockSchema } from "../../providers/schema.js";
import { impliedType } from "../../providers/schema.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { Config, Resource } from "../configs/model.js";
import { EvalScope } from "../eval/eval-scope.js";
import type { RepetitionData } from "../expand/expansion.js";
import { blockReferences, decodeBlock } from "../schemas/index.js";
import type { PlanContext } from "./plan-context.js";

// A resource instance's configuration as a value of its schema (Terraform's EvaluateBlock): the
// references the body makes under the schema are evaluated in the instance's scope, then the body is
// decoded against the schema, dynamic blocks expanded; marks from sensitive references stay on it.

/** The decoded configuration of one resource instance (unknown of the schema's type on errors). */
export function evalResourceConfig(
  pc: PlanContext,
  module: Config,
  resource: Resource,
  instance: ModuleInstance,
  repetition: RepetitionData,
  block: BlockSchema,
): { value: Value; diagnostics: Diagnostic[] } {
  const scope = new EvalScope(pc.walkState, module, { instance, repetition });
  const { ctx, diagnostics } = scope.contextFor(blockReferences(resource.config, block));
  if (hasErrors(diagnostics)) return { value: Value.unknown(impliedType(block)), diagnostics };
  const decoded = decodeBlock(resource.config, block, ctx);
  return { value: decoded.value, diagnostics: [...diagnostics, ...decoded.diagnostics] };
}
