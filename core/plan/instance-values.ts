import { DynamicVal, Value } from "../../lang/values/value.js";
import type { AbsResource } from "../addrs/abs-resource.js";
import { IntKey, keyString, StringKey, type InstanceKey } from "../addrs/instance-key.js";
import { ModuleInstance } from "../addrs/module-instance.js";
import type { InstanceValues } from "../eval/walk-state.js";
import type { Expansion, RepetitionData } from "../expand/expansion.js";

// What the plan walk has decided per instance (Terraform's instances.Expander plus the evaluator's
// view of planned objects): the instances of every module, how each module call and resource
// expanded, each resource instance's planned value and each module instance's outputs; and from those
// the values `module.x` and `aws_instance.y` stand for in expressions.

/** One module instance and the repetition data its call gave it. */
export interface ModuleInstanceEntry {
  readonly addr: ModuleInstance;
  readonly repetition: RepetitionData;
}

interface Expanded {
  readonly expansion: Expansion;
  readonly keys: readonly (InstanceKey | null)[];
}

/** The plan walk's instance bookkeeping; visits run on one event loop, so no locking is needed. */
export class PlanInstances implements InstanceValues {
  readonly #modules = new Map<string, ModuleInstanceEntry[]>([["", [{ addr: ModuleInstance.ROOT, repetition: {} }]]]);
  readonly #calls = new Map<string, Expanded>();
  readonly #resources = new Map<string, Expanded & { readonly values: Map<string, Value>; stateKeys?: () => readonly (InstanceKey | null)[] }>();
  readonly #outputs = new Map<string, Map<string, Value>>();

  /** The instances of a static module (by `module.a.module.b` path string); none until its call expanded. */
  moduleInstances(path: string): readonly ModuleInstanceEntry[] {
    return this.#modules.get(path) ?? [];
  }

  /** Records how a module call expanded inside one instance of its parent. */
  expandCall(parent: ModuleInstance, call: string, childPath: string, expanded: Expanded, repetition: (key: InstanceKey | null) => RepetitionData): void {
    this.#calls.set(callKey(parent, call), expanded);
    const list = this.#modules.get(childPath) ?? [];
    for (const key of expanded.keys) list.push({ addr: parent.child(call, key), repetition: repetition(key) });
    this.#modules.set(childPath, list);
  }

  /** Records how a resource expanded in one module instance. */
  expandResource(addr: AbsResource, expanded: Expanded): void {
    this.#resources.set(addr.toString(), { ...expanded, values: new Map() });
  }

  /**
   * Makes a resource's value follow the instances that have objects in the state rather than its
   * expansion (destroy and refresh-only walks, where nothing is planned to be created). Called after
   * expandResource.
   */
  useStateInstances(addr: AbsResource, keys: () => readonly (InstanceKey | null)[]): void {
    const e = this.#resources.get(addr.toString());
    if (e) e.stateKeys = keys;
  }

  /** The keys a resource expanded to, if it has been expanded. */
  resourceKeys(addr: AbsResource): readonly (InstanceKey | null)[] | undefined {
    return this.#resources.get(addr.toString())?.keys;
  }

  /** Records the planned (or applied) value of one resource instance. */
  setInstanceValue(addr: AbsResource, key: InstanceKey | null, value: Value): void {
    this.#resources.get(addr.toString())?.values.set(keyString(key), value);
  }

  /** Records an output value of a module instance. */
  setOutput(module: ModuleInstance, name: string, value: Value): void {
    const k = module.toString();
    let m = this.#outputs.get(k);
    if (!m) this.#outputs.set(k, (m = new Map()));
    m.set(name, value);
  }

  /** An output value of a module instance, if decided. */
  output(module: ModuleInstance, name: string): Value | undefined {
    return this.#outputs.get(module.toString())?.get(name);
  }

  moduleCall(parent: ModuleInstance, call: string): Value {
    const e = this.#calls.get(callKey(parent, call));
    if (!e) return DynamicVal;
    return combine(e, (key) => Value.object(this.#outputs.get(parent.child(call, key).toString()) ?? new Map()));
  }

  resource(addr: AbsResource): Value {
    const e = this.#resources.get(addr.toString());
    if (!e) return DynamicVal;
    const valueOf = (key: InstanceKey | null): Value => e.values.get(keyString(key)) ?? DynamicVal;
    return e.stateKeys ? fromState(e.expansion, e.stateKeys(), valueOf) : combine(e, valueOf);
  }
}

function callKey(parent: ModuleInstance, call: string): string {
  return `${parent.toString()}|${call}`;
}

/**
 * A resource's value made from the instances in the state, as Terraform's evaluator does outside of
 * planned creates: with none, an empty tuple (count), an empty object (for_each) or an unknown value;
 * with some, a tuple up to the highest index (gaps unknown) or an object of the string keys.
 */
function fromState(expansion: Expansion, keys: readonly (InstanceKey | null)[], valueOf: (key: InstanceKey | null) => Value): Value {
  if (expansion.kind === "single") return keys.includes(null) ? valueOf(null) : DynamicVal;
  if (expansion.kind === "count") {
    const length = Math.max(0, ...keys.map((k) => (k instanceof IntKey ? k.index + 1 : 0)));
    return Value.tuple(Array.from({ length }, (_, i) => (keys.some((k) => k instanceof IntKey && k.index === i) ? valueOf(new IntKey(i)) : DynamicVal)));
  }
  const attrs = new Map<string, Value>();
  for (const key of keys) if (key instanceof StringKey) attrs.set(key.key, valueOf(key));
  return Value.object(attrs);
}

/** The instances' values as one value: the object itself, a tuple (count) or an object (for_each). */
function combine(e: Expanded, valueOf: (key: InstanceKey | null) => Value): Value {
  if (e.expansion.kind === "single") return valueOf(null);
  if (e.expansion.kind === "count") return Value.tuple(e.keys.map(valueOf));
  const attrs = new Map<string, Value>();
  for (const key of e.keys) if (key instanceof StringKey) attrs.set(key.key, valueOf(key));
  return Value.object(attrs);
}
