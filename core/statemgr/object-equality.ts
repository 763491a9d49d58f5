import { compactRawJson } from "../states/go-json-write.js";
import { marshalPaths } from "../states/sensitive-paths.js";
import type { InstanceState, StoredObject } from "../states/state.js";

// Whether two resource instances would be written alike in a state file, without writing them: the
// equality the format 4 writer (statefile-v4-write.ts, objectJson) induces on stored objects. Every
// member it writes is compared: status, schema version, the attributes as compacted JSON (stored
// objects read from a file keep the file's indented text, new ones are compact), the legacy flatmap,
// the sensitive paths as written, the private bytes, the dependencies and create_before_destroy.
// serial-counter.test.ts checks this against whole written states.

/** The objects of one instance as a comparison needs them (a copy of the maps, the objects shared). */
export interface InstanceObjects {
  readonly current: StoredObject | undefined;
  readonly deposed: ReadonlyMap<string, StoredObject>;
}

/** The objects of an instance, copied so that later changes to the instance do not show. */
export function instanceObjects(instance: InstanceState): InstanceObjects {
  return { current: instance.current, deposed: new Map(instance.deposed) };
}

/** True when the two instances' objects are written the same. */
export function instancesEqual(a: InstanceObjects, b: InstanceState | InstanceObjects): boolean {
  if (!objectsEqual(a.current, b.current) || a.deposed.size !== b.deposed.size) return false;
  for (const [key, obj] of a.deposed) if (!objectsEqual(obj, b.deposed.get(key))) return false;
  return true;
}

/** True when the two stored objects (or their absence) are written the same. */
export function objectsEqual(a: StoredObject | undefined, b: StoredObject | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.status === b.status &&
    a.schemaVersion === b.schemaVersion &&
    a.createBeforeDestroy === b.createBeforeDestroy &&
    sameList(a.dependencies.map(String), b.dependencies.map(String)) &&
    sameBytes(a.private, b.private) &&
    sameFlat(a.attrsFlat, b.attrsFlat) &&
    (a.sensitivePaths === b.sensitivePaths || marshalPaths(a.sensitivePaths) === marshalPaths(b.sensitivePaths)) &&
    (a.attrsJson === b.attrsJson || compact(a) === compact(b))
  );
}

const compacted = new WeakMap<StoredObject, string>();

// The attributes as the writer puts them, computed once per object.
function compact(obj: StoredObject): string {
  let text = compacted.get(obj);
  if (text === undefined) compacted.set(obj, (text = compactRawJson(obj.attrsJson)));
  return text;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// No private data and an empty one are both left out of the file.
function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  const x = a ?? EMPTY;
  const y = b ?? EMPTY;
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

// An empty flatmap is left out of the file, as no flatmap is.
function sameFlat(a: ReadonlyMap<string, string> | undefined, b: ReadonlyMap<string, string> | undefined): boolean {
  const x = a ?? EMPTY_FLAT;
  const y = b ?? EMPTY_FLAT;
  if (x.size !== y.size) return false;
  for (const [k, v] of x) if (y.get(k) !== v) return false;
  return true;
}

const EMPTY = new Uint8Array(0);
const EMPTY_FLAT: ReadonlyMap<string, string> = new Map();
