import type { ValuePath } from "../../lang/values/path.js";
import type { Value } from "../../lang/values/value.js";
import { AbsResource, AbsResourceInstance } from "../addrs/abs-resource.js";
import type { InstanceKey } from "../addrs/instance-key.js";
import { keyString } from "../addrs/instance-key.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import type { CheckResults } from "./check-results.js";

// The in-memory state (Terraform's states package): every module instance, its resources, each
// resource's instances with their current object and any deposed ones, and the root module's outputs.
// Objects are kept as stored ("Src": attributes as JSON text, decoded only with the schema at hand);
// the codec in statefile-*.ts reads and writes them in format version 4.

/** Whether an object is fine or must be replaced at the next apply. */
export type ObjectStatus = "ready" | "tainted";

/** One remote object as stored: its attributes as JSON and what goes with them (ResourceInstanceObjectSrc). */
export interface StoredObject {
  readonly schemaVersion: number;
  /** The attributes as a JSON object, in the resource type's schema ("" when only `attrsFlat` is known). */
  readonly attrsJson: string;
  /**
   * The attributes in the legacy flatmap form (`attributes_flat`, from states written before Terraform
   * 0.12), kept until the object is decoded with its schema (decodeObject) or upgraded by its provider.
   */
  readonly attrsFlat?: ReadonlyMap<string, string>;
  /** Paths of attributes that are sensitive. */
  readonly sensitivePaths: readonly ValuePath[];
  /** Opaque provider data. */
  readonly private?: Uint8Array;
  readonly status: ObjectStatus;
  /** Resources this object depended on when last applied, as absolute resource addresses. */
  readonly dependencies: readonly AbsResource[];
  readonly createBeforeDestroy: boolean;
}

/** One instance of a resource: its current object and objects deposed by create_before_destroy, by deposed key. */
export interface InstanceState {
  current?: StoredObject;
  readonly deposed: Map<string, StoredObject>;
}

/** How a resource's instances are keyed in the state file (`each`): none, count (list) or for_each (map). */
export type EachMode = "none" | "list" | "map";

/** One resource in one module instance, with the provider configuration that manages it. */
export interface ResourceState {
  readonly addr: AbsResource;
  provider: AbsProviderConfig;
  /** Instances by keyString (`""`, `[0]`, `["a"]`), each with its key. */
  readonly instances: Map<string, { readonly key: InstanceKey | null; readonly state: InstanceState }>;
}

/** A root module output as stored. */
export interface OutputState {
  readonly value: Value;
  readonly sensitive: boolean;
}

/** One module instance's resources (and the root's outputs). */
export interface ModuleState {
  readonly addr: ModuleInstance;
  /** Resources by their address within the module (`aws_instance.web`, `data.x.y`). */
  readonly resources: Map<string, ResourceState>;
  readonly outputs: Map<string, OutputState>;
}

/** The whole state: module instances by address string ("" for the root). */
export class State {
  readonly modules = new Map<string, ModuleState>();
  /** Check results as last recorded, kept as read so that they are written back unchanged; null when none. */
  checkResults: CheckResults | null = null;

  /** The module state of an instance, made when missing. */
  ensureModule(addr: ModuleInstance): ModuleState {
    const k = addr.toString();
    let m = this.modules.get(k);
    if (!m) this.modules.set(k, (m = { addr, resources: new Map(), outputs: new Map() }));
    return m;
  }

  /**
   * The resource at an address, made (with no instances) when missing, managed by `provider`
   * (SetResourceProvider): a state file may hold a resource whose instances are all gone.
   */
  ensureResource(addr: AbsResource, provider: AbsProviderConfig): ResourceState {
    const m = this.ensureModule(addr.module);
    const rk = addr.resource.toString();
    let r = m.resources.get(rk);
    if (!r) m.resources.set(rk, (r = { addr, provider, instances: new Map() }));
    r.provider = provider;
    return r;
  }

  /** The resource at an address, if any. */
  resource(addr: AbsResource): ResourceState | undefined {
    return this.modules.get(addr.module.toString())?.resources.get(addr.resource.toString());
  }

  /** The instance state at an address, if any. */
  instance(addr: AbsResourceInstance): InstanceState | undefined {
    return this.resource(addr.containingResource())?.instances.get(keyString(addr.resource.key))?.state;
  }

  /** Sets (or with undefined, removes) the current object of an instance; empty instances and resources go away. */
  setCurrent(addr: AbsResourceInstance, obj: StoredObject | undefined, provider: AbsProviderConfig): void {
    const inst = this.#ensureInstance(addr, provider);
    inst.current = obj;
    this.#prune(addr);
  }

  /** Sets (or removes) a deposed object of an instance. */
  setDeposed(addr: AbsResourceInstance, key: string, obj: StoredObject | undefined, provider: AbsProviderConfig): void {
    const inst = this.#ensureInstance(addr, provider);
    if (obj) inst.deposed.set(key, obj);
    else inst.deposed.delete(key);
    this.#prune(addr);
  }

  /** Every resource instance with state, in no particular order. */
  *allInstances(): Iterable<{ readonly addr: AbsResourceInstance; readonly resource: ResourceState; readonly state: InstanceState }> {
    for (const m of this.modules.values()) {
      for (const r of m.resources.values()) {
        for (const { key, state } of r.instances.values()) yield { addr: r.addr.instance(key), resource: r, state };
      }
    }
  }

  /** True when no module holds a resource and the root has no outputs. */
  get isEmpty(): boolean {
    for (const m of this.modules.values()) if (m.resources.size > 0 || m.outputs.size > 0) return false;
    return true;
  }

  #ensureInstance(addr: AbsResourceInstance, provider: AbsProviderConfig): InstanceState {
    const m = this.ensureModule(addr.module);
    const rk = addr.resource.resource.toString();
    let r = m.resources.get(rk);
    if (!r) m.resources.set(rk, (r = { addr: addr.containingResource(), provider, instances: new Map() }));
    r.provider = provider;
    const ik = keyString(addr.resource.key);
    let i = r.instances.get(ik);
    if (!i) r.instances.set(ik, (i = { key: addr.resource.key, state: { deposed: new Map() } }));
    return i.state;
  }

  #prune(addr: AbsResourceInstance): void {
    const m = this.modules.get(addr.module.toString());
    const rk = addr.resource.resource.toString();
    const r = m?.resources.get(rk);
    if (!m || !r) return;
    const ik = keyString(addr.resource.key);
    const i = r.instances.get(ik);
    if (i && !i.state.current && i.state.deposed.size === 0) r.instances.delete(ik);
    if (r.instances.size === 0) m.resources.delete(rk);
    if (m.resources.size === 0 && m.outputs.size === 0 && !m.addr.isRoot) this.modules.delete(addr.module.toString());
  }
}

/** A state file: the state with the metadata around it (statefile.File). */
export interface StateFile {
  /** The Terraform (or Terrane-compatible) version that last wrote it. */
  readonly terraformVersion: string;
  readonly serial: number;
  readonly lineage: string;
  readonly state: State;
}
