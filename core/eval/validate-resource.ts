import type { Body } from "../../lang/hcl/body.js";
import type { Value } from "../../lang/values/value.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Provisioner, Resource } from "../configs/model.js";
import type { ResourceNode } from "../graph/graph-node.js";
import type { BlockSchema } from "../../providers/schema.js";
import { blockReferences, decodeBlock } from "../schemas/index.js";
import { evaluateBody } from "./body-evaluation.js";
import { evaluateLoosely } from "./check-rules.js";
import { validateDependsOn } from "./depends-on.js";
import { EvalScope } from "./eval-scope.js";
import { resourceRepetition, selfInstance, validateRepetition } from "./repetition.js";
import type { WalkState } from "./walk-state.js";

// A resource or data source in the validate walk (NodeValidatableResource): count or for_each,
// depends_on, the body (evaluated without a schema until providers exist), the preconditions and
// postconditions (postconditions and provisioners may use `self`), then the create-time and destroy-time
// provisioners with their connection, stopping after the first provisioner once anything failed.

/** The problems the validate walk finds in one resource block. */
export function validateResource(state: WalkState, node: ResourceNode, schema?: BlockSchema): Diagnostic[] {
  return validateResourceBlock(state, node, schema).diagnostics;
}

/** validateResource, with the body's value when it decoded against the schema without errors (for the provider to validate). */
export function validateResourceBlock(state: WalkState, node: ResourceNode, schema?: BlockSchema): { diagnostics: Diagnostic[]; config?: Value } {
  const r = node.resource;
  const repetition = resourceRepetition(r);
  const scope = new EvalScope(state, node.module, { repetition });
  const selfScope = new EvalScope(state, node.module, { repetition, self: selfInstance(r) });
  const body = resourceBody(scope, r.config, schema);
  const diagnostics = [...validateRepetition(scope, r), ...validateDependsOn(scope, r.dependsOn), ...body.diagnostics];
  diagnostics.push(...checkRules(scope, selfScope, r));
  for (const p of r.provisioners) {
    diagnostics.push(...validateProvisioner(selfScope, p, r.connection));
    if (hasErrors(diagnostics)) break;
  }
  return hasErrors(diagnostics) || !body.value ? { diagnostics } : { diagnostics, config: body.value };
}

/** The body decoded against the resource type's schema when it is known, else only evaluated. */
function resourceBody(scope: EvalScope, body: Body, schema: BlockSchema | undefined): { diagnostics: Diagnostic[]; value?: Value } {
  if (!schema) return { diagnostics: evaluateBody(scope, body) };
  const { ctx, diagnostics } = scope.contextFor(blockReferences(body, schema));
  if (hasErrors(diagnostics)) return { diagnostics };
  const decoded = decodeBlock(body, schema, ctx);
  return { diagnostics: [...diagnostics, ...decoded.diagnostics], value: decoded.value };
}

/** Preconditions and postconditions: both expressions of each, evaluated whatever their references' errors. */
function checkRules(scope: EvalScope, selfScope: EvalScope, r: Resource): Diagnostic[] {
  const pre = r.preconditions.flatMap((rule) => [...evaluateLoosely(scope, rule.condition), ...evaluateLoosely(scope, rule.errorMessage)]);
  const post = r.postconditions.flatMap((rule) => [
    ...evaluateLoosely(selfScope, rule.condition),
    ...evaluateLoosely(selfScope, rule.errorMessage),
  ]);
  return [...pre, ...post];
}

/** A provisioner's own body, then its connection (the resource's, with the provisioner's laid over it). */
function validateProvisioner(scope: EvalScope, p: Provisioner, base: Body | undefined): Diagnostic[] {
  const connection = [base, p.connection].filter((b): b is Body => b !== undefined);
  return [...evaluateBody(scope, p.config), ...connection.flatMap((b) => evaluateBody(scope, b))];
}
