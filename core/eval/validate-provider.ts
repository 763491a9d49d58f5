import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { BlockSchema } from "../../providers/schema.js";
import type { ProviderNode } from "../graph/graph-node.js";
import { blockReferences, decodeBlock } from "../schemas/index.js";
import { evaluateBody } from "./body-evaluation.js";
import { EvalScope } from "./eval-scope.js";
import type { WalkState } from "./walk-state.js";

// A provider configuration in the validate walk (NodeApplyableProvider.ValidateProvider): a body with
// nothing in it (an implied configuration, or a block holding only `alias`) is skipped, since validation
// does not configure providers; otherwise the body is decoded against the provider's configuration
// schema (unsupported arguments, wrong types, missing required arguments), or, when the provider is not
// available, only evaluated.

/** The problems the validate walk finds in one provider configuration. */
export function validateProvider(state: WalkState, node: ProviderNode, schema?: BlockSchema): Diagnostic[] {
  const body = node.config?.config;
  if (!body || !hasErrors(body.content({}).diagnostics)) return [];
  const scope = new EvalScope(state, node.module);
  if (!schema) return evaluateBody(scope, body);
  const { ctx, diagnostics } = scope.contextFor(blockReferences(body, schema));
  if (hasErrors(diagnostics)) return diagnostics;
  return [...diagnostics, ...decodeBlock(body, schema, ctx).diagnostics];
}
