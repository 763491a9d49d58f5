import { bodyReferences } from "../../lang/hcl/body-references.js";
import type { Body } from "../../lang/hcl/body.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { PathStep, ValuePath } from "../../lang/values/path.js";
import { AbsResource, compareAbsResourceInstances } from "../addrs/abs-resource.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import { parseRefs } from "../addrs/parse-ref.js";
import { displayString, type Reference, type RemainingTraversal } from "../addrs/reference.js";
import type { Resource as ResourceAddr } from "../addrs/resource.js";
import type { Config, Resource } from "../configs/model.js";
import type { OutputChange, ResourceAttr, ResourceInstanceChange } from "../plans/changes.js";

// The resource attributes a plan's changes depend on (Terraform's relevantResourceAttrsForPlan with
// globalref's ContributingResourceReferences): starting from the configuration of every resource
// instance and root output that changes, references are followed back through local values, module
// variables, module outputs and other resources' arguments, collecting every reference to a resource
// attribute on the way. The renderer shows only drift in these attributes.

/** A reference and the module instance it is resolved in; `resource` is kept for count/each references. */
interface GlobalRef {
  readonly module: ModuleInstance;
  readonly ref: Reference;
  readonly resource?: AbsResource;
}

/** The attributes of resources that contribute to the plan's changes, sorted by resource then path. */
export function relevantAttributes(config: Config, changes: readonly ResourceInstanceChange[], outputs: readonly OutputChange[]): ResourceAttr[] {
  const start: GlobalRef[] = [];
  for (const c of changes) {
    if (c.change.action === "no-op") continue;
    start.push(...resourceRefs(config, c.addr.module, c.addr.resource.resource, []));
  }
  for (const o of outputs) {
    if (o.change.action === "no-op") continue;
    const decl = configAt(config, o.addr.module)?.module.outputs.get(o.addr.output.name);
    if (decl) start.push(...globalRefs(decl.expr.variables(), o.addr.module));
  }
  return contributing(config, start);
}

/** Follows references until nothing new turns up; every resource reference found is an attribute. */
function contributing(config: Config, start: readonly GlobalRef[]): ResourceAttr[] {
  const found = new Map<string, ResourceAttr>();
  const visited = new Set<string>();
  const pending = new Map<string, GlobalRef>();
  const note = (g: GlobalRef) => {
    const attr = resourceAttr(config, g);
    if (attr) found.set(keyOf(g), attr);
    if (!visited.has(keyOf(g))) pending.set(keyOf(g), g);
  };
  start.forEach(note);
  while (pending.size > 0) {
    const [key, g] = pending.entries().next().value!;
    pending.delete(key);
    visited.add(key);
    metaReferences(config, g).forEach(note);
  }
  return [...found.values()].sort((a, b) => compareAbsResourceInstances(a.resource, b.resource) || JSON.stringify(a.attr).localeCompare(JSON.stringify(b.attr)));
}

/** What the object a reference names refers to in turn (globalref's MetaReferences). */
function metaReferences(config: Config, g: GlobalRef): GlobalRef[] {
  const { module, ref } = g;
  const s = ref.subject;
  switch (s.kind) {
    case "InputVariable":
      return moduleArgumentRefs(config, module, s.name);
    case "LocalValue": {
      const local = configAt(config, module)?.module.locals.get(s.name);
      return local ? globalRefs(local.expr.variables(), module) : [];
    }
    case "ModuleCallInstanceOutput":
      return outputRefs(config, module.child(s.call.call.name, s.call.key), s.name);
    case "ModuleCallInstance":
    case "ModuleCall": {
      const callee = s.kind === "ModuleCall" ? module.child(s.name, null) : module.child(s.call.name, s.key);
      return [...(configAt(config, callee)?.module.outputs.keys() ?? [])].flatMap((name) => outputRefs(config, callee, name));
    }
    case "CountAttr":
    case "ForEachAttr": {
      const r = g.resource && declaredResource(config, g.resource.module, g.resource.resource);
      const expr = r?.count ?? r?.forEach;
      return expr ? globalRefs(expr.variables(), module) : [];
    }
    case "Resource":
      return resourceRefs(config, module, s, ref.remaining);
    case "ResourceInstance":
      return resourceRefs(config, module, s.resource, ref.remaining);
    default:
      return [];
  }
}

/** References in a resource's arguments, narrowed to the argument or nested blocks `remaining` names. */
function resourceRefs(config: Config, module: ModuleInstance, addr: ResourceAddr, remaining: RemainingTraversal): GlobalRef[] {
  const r = declaredResource(config, module, addr);
  if (!r) return [];
  const container = new AbsResource(module, addr);
  const name = stepName(remaining[0]);
  const traversals = remaining.length === 0 ? bodyReferences(r.config) : name === undefined ? [] : namedPartRefs(r.config, name);
  return globalRefs(traversals, module, container);
}

/** References in the attribute `name` of a body or, when it is a block type, in those blocks. */
function namedPartRefs(body: Body, name: string): Traversal[] {
  const attr = body.partialContent({ attributes: [{ name }] }).content.attributes.get(name);
  if (attr) return attr.expr.variables();
  const blocks = body.partialContent({ blocks: [{ type: name }] }).content.blocks;
  return blocks.flatMap((b) => bodyReferences(b.body));
}

/** References in the argument a module call passes for one of the called module's variables. */
function moduleArgumentRefs(config: Config, callee: ModuleInstance, variable: string): GlobalRef[] {
  const last = callee.steps[callee.steps.length - 1];
  if (!last) return [];
  const caller = callee.parent();
  const call = configAt(config, caller)?.module.moduleCalls.get(last.name);
  const attr = call?.config.partialContent({ attributes: [{ name: variable }] }).content.attributes.get(variable);
  return attr ? globalRefs(attr.expr.variables(), caller) : [];
}

function outputRefs(config: Config, module: ModuleInstance, name: string): GlobalRef[] {
  const o = configAt(config, module)?.module.outputs.get(name);
  return o ? globalRefs(o.expr.variables(), module) : [];
}

function globalRefs(traversals: readonly Traversal[], module: ModuleInstance, resource?: AbsResource): GlobalRef[] {
  return parseRefs(traversals).refs.map((ref) => {
    const repetition = ref.subject.kind === "CountAttr" || ref.subject.kind === "ForEachAttr";
    return repetition && resource ? { module, ref, resource } : { module, ref };
  });
}

/** The resource attribute a reference names, when it names a declared resource (globalref.ResourceAttr). */
function resourceAttr(config: Config, g: GlobalRef): ResourceAttr | undefined {
  const s = g.ref.subject;
  const inst = s.kind === "Resource" ? s.instance(null) : s.kind === "ResourceInstance" ? s : undefined;
  if (!inst || !declaredResource(config, g.module, inst.resource)) return undefined;
  return { resource: new AbsResource(g.module, inst.resource).instance(inst.key), attr: pathOf(g.ref.remaining) };
}

function pathOf(remaining: RemainingTraversal): ValuePath {
  const out: PathStep[] = [];
  for (const step of remaining) {
    if (step.type === "TraverseAttr") out.push({ attr: step.name });
    else if (step.key.kind === "string") out.push({ key: step.key.value });
    else if (step.key.kind === "number") out.push({ index: Number(step.key.text) });
  }
  return out;
}

function stepName(step: RemainingTraversal[number] | undefined): string | undefined {
  if (!step) return undefined;
  if (step.type === "TraverseAttr") return step.name;
  return step.key.kind === "string" ? step.key.value : undefined;
}

function keyOf(g: GlobalRef): string {
  return `${g.resource?.toString() ?? g.module.toString()}|${g.ref.subject.kind}|${displayString(g.ref)}`;
}

function configAt(config: Config, module: ModuleInstance): Config | undefined {
  let c: Config | undefined = config;
  for (const step of module.steps) c = c?.children.get(step.name);
  return c;
}

function declaredResource(config: Config, module: ModuleInstance, addr: ResourceAddr): Resource | undefined {
  const m = configAt(config, module)?.module;
  if (!m) return undefined;
  return addr.mode === "data" ? m.dataResources.get(`data.${addr.type}.${addr.name}`) : m.managedResources.get(`${addr.type}.${addr.name}`);
}
