import { IntKey, StringKey, type InstanceKey } from "../addrs/instance-key.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { JsonError, jsonString } from "../../lang/values/json-marshal.js";
import { marshalTyped, typeJsonText } from "../../lang/values/json-typed.js";
import { encodeCheckResults } from "./check-results.js";
import { encodeBase64, STD_ENCODING } from "../../lang/text/go-base64.js";
import { compactRawJson, goIndent, jsonArray, jsonObject } from "./go-json-write.js";
import { marshalPaths } from "./sensitive-paths.js";
import type { ModuleState, ResourceState, StateFile, StoredObject } from "./state.js";

// Writing format version 4 (writeStateV4) byte for byte as Terraform 1.11 does: the stateV4 structs'
// field order and omitempty rules, resources sorted by module, mode, type and name, instance objects
// by key then deposed key, outputs by name, json.MarshalIndent with two spaces, and a final newline.

type Member = readonly [string, string];

/** The text of a state file as Terraform writes it; objects that cannot be written are left out (see writeStateFileChecked). */
export function writeStateFile(file: StateFile): string {
  return writeStateFileChecked(file).text;
}

/** The text of a state file and what could not be written (outputs with unknown values, ephemeral resources). */
export function writeStateFileChecked(file: StateFile): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const root = file.state.modules.get("");
  const resources: SortableResource[] = [];
  for (const m of file.state.modules.values()) resources.push(...moduleResources(m, diagnostics));
  resources.sort(compareResources);
  const doc = jsonObject([
    ["version", "4"],
    ["terraform_version", jsonString(file.terraformVersion)],
    ["serial", String(file.serial)],
    ["lineage", jsonString(file.lineage)],
    ["outputs", root ? outputsJson(root, diagnostics) : "{}"],
    ["resources", jsonArray(resources.map((r) => r.json))],
    ["check_results", encodeCheckResults(file.state.checkResults)],
  ]);
  return { text: goIndent(doc) + "\n", diagnostics };
}

function outputsJson(root: ModuleState, diagnostics: Diagnostic[]): string {
  const members: Member[] = [];
  for (const name of [...root.outputs.keys()].sort(compareCodePoints)) {
    const os = root.outputs.get(name)!;
    const value = unmarkDeep(os.value).value;
    const src = marshalTyped(value, value.type);
    if (src instanceof JsonError) {
      const detail = `An error occured while serializing output value ${jsonString(name)}: ${src.message}.`;
      diagnostics.push(errorDiag("Failed to serialize output value in state", detail));
      continue;
    }
    const out: Member[] = [
      ["value", src],
      ["type", typeJsonText(value.type)],
    ];
    if (os.sensitive) out.push(["sensitive", "true"]);
    members.push([name, compactRawJson(jsonObject(out))]);
  }
  return jsonObject(members);
}

interface SortableResource {
  readonly module: string;
  readonly mode: string;
  readonly type: string;
  readonly name: string;
  readonly json: string;
}

function moduleResources(m: ModuleState, diagnostics: Diagnostic[]): SortableResource[] {
  const out: SortableResource[] = [];
  for (const rs of m.resources.values()) {
    const r = rs.addr.resource;
    if (r.mode === "ephemeral") {
      const detail = `Resource ${rs.addr.toString()} has mode EphemeralResourceMode, which cannot be serialized in state`;
      diagnostics.push(errorDiag("Failed to serialize resource in state", detail));
      continue;
    }
    const module = m.addr.toString();
    const members: Member[] = [];
    if (module !== "") members.push(["module", jsonString(module)]);
    members.push(["mode", jsonString(r.mode)], ["type", jsonString(r.type)], ["name", jsonString(r.name)]);
    members.push(["provider", jsonString(rs.provider.toString())], ["instances", jsonArray(instancesJson(rs))]);
    out.push({ module, mode: r.mode, type: r.type, name: r.name, json: jsonObject(members) });
  }
  return out;
}

function compareResources(a: SortableResource, b: SortableResource): number {
  return compareCodePoints(a.module, b.module) || compareCodePoints(a.mode, b.mode) || compareCodePoints(a.type, b.type) || compareCodePoints(a.name, b.name);
}

interface SortableObject {
  readonly key: InstanceKey | null;
  readonly deposed: string;
  readonly json: string;
}

function instancesJson(rs: ResourceState): string[] {
  const objects: SortableObject[] = [];
  for (const { key, state } of rs.instances.values()) {
    if (state.current) objects.push({ key, deposed: "", json: objectJson(key, "", state.current) });
    for (const [dk, obj] of state.deposed) objects.push({ key, deposed: dk, json: objectJson(key, dk, obj) });
  }
  return objects.sort(compareObjects).map((o) => o.json);
}

// sortInstancesV4: no key first, integer keys before string keys, then by deposed key ("" is current).
function compareObjects(a: SortableObject, b: SortableObject): number {
  return compareKeys(a.key, b.key) || compareCodePoints(a.deposed, b.deposed);
}

function compareKeys(a: InstanceKey | null, b: InstanceKey | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (a instanceof IntKey) return b instanceof IntKey ? a.index - b.index : -1;
  return b instanceof StringKey ? compareCodePoints(a.key, b.key) : 1;
}

function objectJson(key: InstanceKey | null, deposed: string, obj: StoredObject): string {
  const members: Member[] = [];
  if (key !== null) members.push(["index_key", key instanceof IntKey ? String(key.index) : jsonString(key.key)]);
  if (obj.status === "tainted") members.push(["status", '"tainted"']);
  if (deposed !== "") members.push(["deposed", jsonString(deposed)]);
  members.push(["schema_version", String(obj.schemaVersion)]);
  if (obj.attrsJson !== "") members.push(["attributes", compactRawJson(obj.attrsJson)]);
  if (obj.attrsFlat && obj.attrsFlat.size > 0) members.push(["attributes_flat", flatJson(obj.attrsFlat)]);
  members.push(["sensitive_attributes", marshalPaths(obj.sensitivePaths)]);
  if (obj.private && obj.private.length > 0) members.push(["private", jsonString(encodeBase64(obj.private, STD_ENCODING))]);
  if (obj.dependencies.length > 0) members.push(["dependencies", jsonArray(obj.dependencies.map((d) => jsonString(d.toString())))]);
  if (obj.createBeforeDestroy) members.push(["create_before_destroy", "true"]);
  return jsonObject(members);
}

function flatJson(flat: ReadonlyMap<string, string>): string {
  const keys = [...flat.keys()].sort(compareCodePoints);
  return jsonObject(keys.map((k) => [k, jsonString(flat.get(k)!)]));
}
