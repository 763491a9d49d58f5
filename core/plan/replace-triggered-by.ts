import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { TraverseAttr, TraverseIndex } from "../../lang/syntax/ast.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { rawEquals, type Value } from "../../lang/values/value.js";
import { AbsResource, type AbsResourceInstance } from "../addrs/abs-resource.js";
import { IntKey, StringKey } from "../addrs/instance-key.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import { parseRef } from "../addrs/parse-ref.js";
import type { Reference } from "../addrs/reference.js";
import type { Config } from "../configs/model.js";
import { findResource } from "../eval/static-references.js";
import type { RepetitionData } from "../expand/expansion.js";
import type { Action, ResourceInstanceChange } from "../plans/changes.js";
import type { PlanContext } from "./plan-context.js";
import { triggerTraversal } from "./replace-triggered-traversal.js";

// `lifecycle { replace_triggered_by = [...] }` for one instance (replaceTriggered and
// EvaluateReplaceTriggeredBy): each element names a resource, an instance or one of its attributes in
// the instance's module, with `count.index`/`each.key` taken from the instance's own key. The referenced
// resource is planned already (the graph orders it first); a reference to a whole resource or instance
// triggers when one of its changes is an update or a replacement (not a creation), a reference to an
// attribute when, in such a change, that attribute's value differs between before and after. The first
// element that triggers decides; an error in any element stops planning the instance.

/** The instance planned and where its `replace_triggered_by` is evaluated. */
export interface TriggerSite {
  readonly module: Config;
  readonly instance: ModuleInstance;
  readonly addr: AbsResourceInstance;
  readonly exprs: readonly Expression[];
}

/** Whether the instance must be replaced because of its `replace_triggered_by`, and the errors found. */
export function replaceTriggered(pc: PlanContext, site: TriggerSite): { replace: boolean; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rep = keyRepetition(site.addr);
  for (const expr of site.exprs) {
    const r = evaluateTrigger(pc, site, expr, rep);
    diagnostics.push(...r.diagnostics);
    if (hasErrors(diagnostics)) continue;
    if (r.replace) return { replace: true, diagnostics };
  }
  return { replace: false, diagnostics };
}

/** `count.index` or `each.key` as the instance's key gives them. */
function keyRepetition(addr: AbsResourceInstance): RepetitionData {
  const key = addr.resource.key;
  if (key instanceof IntKey) return { countIndex: key.value() };
  if (key instanceof StringKey) return { eachKey: key.value() };
  return {};
}

function evaluateTrigger(pc: PlanContext, site: TriggerSite, expr: Expression, rep: RepetitionData): { replace: boolean; diagnostics: Diagnostic[] } {
  const t = triggerTraversal(expr, rep);
  if (!t.traversal || hasErrors(t.diagnostics)) return { replace: false, diagnostics: t.diagnostics };
  const parsed = parseRef(t.traversal);
  const ref = parsed.ref;
  if (!ref || hasErrors(parsed.diagnostics)) return { replace: false, diagnostics: parsed.diagnostics };
  const subject = ref.subject;
  if (subject.kind !== "Resource" && subject.kind !== "ResourceInstance") return { replace: false, diagnostics: [] };
  const resource = subject.kind === "Resource" ? subject : subject.resource;
  const where = site.instance.isRoot ? "the root module" : site.instance.toString();
  if (!findResource(site.module, resource)) {
    const detail = `A resource ${subject.toString()} has not been declared in ${where}`;
    return { replace: false, diagnostics: [errorDiag("Reference to undeclared resource", detail, expr.range)] };
  }
  const changes = changesFor(pc, ref, site.instance);
  if (changes.length === 0 && orphaned(pc, ref, site.instance)) return { replace: false, diagnostics: [] };
  if (changes.length === 0) return { replace: false, diagnostics: [errorDiag(`no change found for ${subject.toString()} in ${where}`)] };
  return { replace: triggers(ref, changes), diagnostics: [] };
}

/** The planned changes of what the reference names: every instance of a resource, or one instance. */
function changesFor(pc: PlanContext, ref: Reference, module: ModuleInstance): ResourceInstanceChange[] {
  const subject = ref.subject;
  if (subject.kind === "Resource") {
    const abs = new AbsResource(module, subject).toString();
    return pc.changes.filter((c) => c.deposedKey === undefined && c.addr.containingResource().toString() === abs);
  }
  if (subject.kind !== "ResourceInstance") return [];
  const abs = new AbsResource(module, subject.resource).instance(subject.key).toString();
  return pc.changes.filter((c) => c.deposedKey === undefined && c.addr.toString() === abs);
}

/**
 * True when what the reference names has objects in state but no instance in the configuration any
 * more: Terraform plans their deletion before this point, which never triggers; Terrane plans orphans
 * after the walk, so their absence from the changes is not an error.
 */
function orphaned(pc: PlanContext, ref: Reference, module: ModuleInstance): boolean {
  const subject = ref.subject;
  if (subject.kind === "Resource") return (pc.prevRunState.resource(new AbsResource(module, subject))?.instances.size ?? 0) > 0;
  if (subject.kind !== "ResourceInstance") return false;
  return pc.prevRunState.instance(new AbsResource(module, subject.resource).instance(subject.key)) !== undefined;
}

function replacesOrUpdates(action: Action): boolean {
  return action === "update" || action === "delete-then-create" || action === "create-then-delete";
}

function triggers(ref: Reference, changes: readonly ResourceInstanceChange[]): boolean {
  if (ref.remaining.length === 0) return changes.some((c) => replacesOrUpdates(c.change.action));
  const change = changes[0]!;
  if (!replacesOrUpdates(change.change.action)) return false;
  const before = attributeAt(unmarkDeep(change.change.before).value, ref.remaining);
  const after = attributeAt(unmarkDeep(change.change.after).value, ref.remaining);
  if (before === undefined || after === undefined) return before !== after;
  if (!before.isKnown && !after.isKnown) return false;
  return !rawEquals(before, after);
}

/** The value at the attribute and index steps (cty's Path.Apply): unknown past an unknown, undefined where it does not exist. */
function attributeAt(v: Value, steps: readonly (TraverseAttr | TraverseIndex)[]): Value | undefined {
  let cur = v;
  for (const step of steps) {
    if (!cur.isKnown) return cur;
    if (cur.isNull) return undefined;
    const next = stepInto(cur, step);
    if (next === undefined) return undefined;
    cur = next;
  }
  return cur;
}

function stepInto(v: Value, step: TraverseAttr | TraverseIndex): Value | undefined {
  const kind = v.type.kind;
  if (step.type === "TraverseAttr") return kind === "object" ? v.entries().get(step.name) : undefined;
  const key = step.key;
  if (key.kind === "string" && (kind === "map" || kind === "object")) return v.entries().get(key.value);
  if (key.kind === "number" && (kind === "list" || kind === "tuple")) {
    const i = Number(key.text);
    return Number.isInteger(i) ? v.elements()[i] : undefined;
  }
  return undefined;
}
