import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { AbsResource } from "../addrs/abs-resource.js";
import type { InstanceKey } from "../addrs/instance-key.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import { Resource as ResourceAddr } from "../addrs/resource.js";
import { EvalScope } from "../eval/eval-scope.js";
import { evaluateExpansion, instanceKeysFor, type Expansion } from "../expand/expansion.js";
import type { ResourceNode } from "../graph/graph-node.js";
import { modulePathString } from "../graph/graph-node.js";
import type { PlanContext } from "./plan-context.js";

// A resource block's instances in every instance of its module (nodeExpandPlannableResource's and
// nodeExpandApplyableResource's expansion): count or for_each evaluated there, and recorded so that
// references to the resource see its instances. Module instances whose count or for_each is not
// known (or failed) are left out; their problems come back as diagnostics. Plan and apply share it.

/** The instances of a resource block in one instance of its module. */
export interface ResourceExpansion {
  readonly module: ModuleInstance;
  readonly abs: AbsResource;
  readonly expansion: Expansion;
  readonly keys: readonly (InstanceKey | null)[];
}

/** Expands a resource block in every instance of its module, recording the instances. */
export function expandResourceBlock(pc: PlanContext, node: ResourceNode): { expanded: ResourceExpansion[]; diagnostics: Diagnostic[] } {
  const r = node.resource;
  const expanded: ResourceExpansion[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const m of pc.instances.moduleInstances(modulePathString(node.module.path))) {
    const scope = new EvalScope(pc.walkState, node.module, { instance: m.addr });
    const expr = r.count ?? r.forEach;
    const refs = scope.contextFor(expr ? expr.variables() : []);
    diagnostics.push(...refs.diagnostics);
    if (hasErrors(refs.diagnostics)) continue;
    const e = evaluateExpansion(r, refs.ctx);
    diagnostics.push(...e.diagnostics);
    const keys = e.expansion ? instanceKeysFor(e.expansion) : "unknown";
    if (!e.expansion || keys === "unknown") continue;
    const abs = new AbsResource(m.addr, new ResourceAddr(r.mode, r.type, r.name));
    pc.instances.expandResource(abs, { expansion: e.expansion, keys });
    expanded.push({ module: m.addr, abs, expansion: e.expansion, keys });
  }
  return { expanded, diagnostics };
}
