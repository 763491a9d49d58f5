import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import { keyString } from "../addrs/instance-key.js";
import { State, writeStateFile, type OutputState } from "../states/index.js";
import { instanceObjects, instancesEqual, type InstanceObjects } from "./object-equality.js";

// Whether a state differs from a snapshot (statefile.StatesMarshalEqual), kept up to date as an
// operation changes the state one resource instance at a time. Comparing whole states after every
// change would make an apply of N resources cost O(N²); instead the state is cut into units that
// compare on their own (every resource instance's objects, every resource's provider, and the root
// outputs with the check results), the units that differ from the snapshot's are kept in a set, and
// after a change only the changed instance's units are compared again. Objects are compared as the
// state file would write them (object-equality.ts), without writing them. The first comparison (or
// one without a changed instance) looks at every unit.

/** Compares states with one snapshot, incrementally. */
export class StateDifference {
  #start: State | undefined;
  #snapshot: Snapshot | undefined;
  readonly #differing = new Set<string>();
  #primed = false;
  #seenOutputs: readonly (readonly [string, OutputState])[] = [];
  #seenChecks: State["checkResults"] = null;
  #globalsKnown = false;

  /**
   * `start` is the snapshot to compare with. It is read when first needed, so it must not change;
   * with `copyNow` its content is taken at once instead (for a state that goes on changing).
   */
  constructor(start: State, copyNow = false) {
    this.#start = start;
    if (copyNow) {
      this.#snap();
      this.#start = undefined;
    }
  }

  /**
   * True when `state` differs from the snapshot. `changed` names the one instance whose objects (or
   * resource) changed since the last call; without it every unit is compared again.
   */
  differs(state: State, changed?: AbsResourceInstance): boolean {
    if (!this.#primed || changed === undefined) this.#rescan(state);
    else this.#compareInstance(state, changed);
    this.#compareGlobals(state);
    return this.#differing.size > 0;
  }

  #rescan(state: State): void {
    this.#primed = true;
    this.#differing.clear();
    const snap = this.#snap();
    const current = units(state);
    for (const [key, provider] of current.resources) if (snap.resources.get(key) !== provider) this.#differing.add(key);
    for (const key of snap.resources.keys()) if (!current.resources.has(key)) this.#differing.add(key);
    for (const [key, objects] of current.instances) {
      const start = snap.instances.get(key);
      if (!start || !instancesEqual(start, objects)) this.#differing.add(key);
    }
    for (const key of snap.instances.keys()) if (!current.instances.has(key)) this.#differing.add(key);
    this.#globalsKnown = false;
  }

  #compareInstance(state: State, addr: AbsResourceInstance): void {
    const snap = this.#snap();
    const resource = state.resource(addr.containingResource());
    const base = `${addr.module.toString()}\0${addr.resource.resource.toString()}`;
    const ik = keyString(addr.resource.key);
    const instance = resource?.instances.get(ik)?.state;
    this.#mark(`r\0${base}`, snap.resources.get(`r\0${base}`) !== (resource ? resource.provider.toString() : undefined));
    const key = `i\0${base}\0${ik}`;
    const start = snap.instances.get(key);
    this.#mark(key, start === undefined || instance === undefined ? start !== instance : !instancesEqual(start, instance));
  }

  // Outputs and check results are few and replaced (not changed) when they change: a reference
  // comparison tells when to write them again.
  #compareGlobals(state: State): void {
    const outputs = [...(state.modules.get("")?.outputs ?? new Map<string, OutputState>())];
    const seen = this.#seenOutputs;
    const same = this.#seenChecks === state.checkResults && outputs.length === seen.length && outputs.every(([n, o], i) => seen[i]![0] === n && seen[i]![1] === o);
    if (same && this.#globalsKnown) return;
    this.#globalsKnown = true;
    this.#seenOutputs = outputs;
    this.#seenChecks = state.checkResults;
    this.#mark(GLOBALS, globalsText(state) !== this.#snap().globals);
  }

  #mark(key: string, differs: boolean): void {
    if (differs) this.#differing.add(key);
    else this.#differing.delete(key);
  }

  #snap(): Snapshot {
    if (!this.#snapshot) {
      const start = this.#start!;
      this.#snapshot = { ...units(start), globals: globalsText(start) };
    }
    return this.#snapshot;
  }
}

const GLOBALS = "g";

/** The snapshot's units: resource providers and instance objects by unit key, and the globals' text. */
interface Snapshot extends Units {
  readonly globals: string;
}

interface Units {
  readonly resources: Map<string, string>;
  readonly instances: Map<string, InstanceObjects>;
}

// Every resource and instance unit of a state (the instances' objects copied, not serialised).
function units(state: State): Units {
  const resources = new Map<string, string>();
  const instances = new Map<string, InstanceObjects>();
  for (const [mk, m] of state.modules) {
    for (const [rk, r] of m.resources) {
      const base = `${mk}\0${rk}`;
      resources.set(`r\0${base}`, r.provider.toString());
      for (const [ik, i] of r.instances) instances.set(`i\0${base}\0${ik}`, instanceObjects(i.state));
    }
  }
  return { resources, instances };
}

// The root outputs and check results as the state file writes them.
function globalsText(state: State): string {
  const mini = new State();
  mini.checkResults = state.checkResults;
  const root = state.modules.get("");
  if (root && root.outputs.size > 0) {
    const copy = mini.ensureModule(root.addr);
    for (const [name, o] of root.outputs) copy.outputs.set(name, o);
  }
  return writeStateFile({ terraformVersion: "", serial: 0, lineage: "", state: mini });
}
