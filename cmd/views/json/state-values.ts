import type { ModuleInstance } from "../../../core/addrs/module-instance.js";
import { decodeObject } from "../../../core/states/object-codec.js";
import type { ModuleState, OutputState, ResourceState, State, StoredObject } from "../../../core/states/state.js";
import { unmarkDeep } from "../../../lang/values/deep-marks.js";
import type { Value } from "../../../lang/values/value.js";
import { compareText, indexJson } from "./address-json.js";
import { jsonBool, jsonStr, jsonStruct, optArray, optBool, optMap, optStr, type JsonText } from "./go-json.js";
import { resourceSchema, type SchemaLookup } from "./json-inputs.js";
import { markSchemaSensitive } from "./schema-sensitive.js";
import { impliedType, type Schema } from "../../../providers/schema.js";
import { ctyJson, sensitiveAsBoolJson, typeJson } from "./value-json.js";

// jsonstate's `values`: the root module's outputs with their types, and the module tree, each module
// with its resource instances (current and deposed objects) sorted by address and its child modules
// sorted by address. Attribute values are shown in full; `sensitive_values` says which are sensitive,
// from the paths recorded in the state and from the provider's schema.

/** One resource object as jsonstate writes it, with the text it is sorted by. */
interface ResourceEntry {
  readonly address: string;
  readonly deposed: string;
  readonly json: JsonText;
}

/** The `values` object of a non-empty state (jsonstate's stateValues). */
export function stateValuesJson(state: State, schemas: SchemaLookup): JsonText {
  const root = state.modules.get("");
  return jsonStruct([
    ["outputs", optMap(root ? outputEntries(root.outputs) : undefined)],
    ["root_module", moduleJson(state, "", schemas)],
  ]);
}

function outputEntries(outputs: ReadonlyMap<string, OutputState>): [string, JsonText][] {
  const out: [string, JsonText][] = [];
  for (const [name, o] of outputs) {
    const value = unmarkDeep(o.value).value;
    // Terraform never keeps an output it could not know in state; skip one rather than fail.
    if (!value.isWhollyKnown) continue;
    out.push([name, jsonStruct([["sensitive", jsonBool(o.sensitive)], ["value", ctyJson(value)], ["type", typeJson(value.type)]])]);
  }
  return out;
}

// A module instance by address ("" for the root); one holding nothing itself still lists its children.
function moduleJson(state: State, address: string, schemas: SchemaLookup): JsonText {
  const mod = state.modules.get(address);
  return jsonStruct([
    ["resources", optArray(mod ? resourcesJson(mod, schemas) : undefined)],
    ["address", optStr(address)],
    ["child_modules", optArray(childModules(state, address).map((c) => moduleJson(state, c, schemas)))],
  ]);
}

// The module instances directly below `parent`, including ancestors of deeper modules that hold
// nothing themselves, sorted by address.
function childModules(state: State, parent: string): string[] {
  const found = new Set<string>();
  for (const m of state.modules.values()) {
    for (let a: ModuleInstance = m.addr; !a.isRoot; a = a.parent()) {
      if (a.parent().toString() === parent) found.add(a.toString());
    }
  }
  return [...found].sort(compareText);
}

function resourcesJson(mod: ModuleState, schemas: SchemaLookup): JsonText[] {
  const entries: ResourceEntry[] = [];
  for (const r of mod.resources.values()) {
    for (const { key, state } of r.instances.values()) {
      const address = r.addr.instance(key).toString();
      const base = baseFields(r, address, indexJson(key));
      if (state.current) entries.push({ address, deposed: "", json: objectJson(r, base, state.current, schemas, address) });
      for (const [dk, obj] of state.deposed) entries.push({ address, deposed: dk, json: objectJson(r, base, obj, schemas, address, dk) });
    }
  }
  // Terraform's sort leaves the order of a current object and its deposed ones open; current first here.
  entries.sort((a, b) => compareText(a.address, b.address) || compareText(a.deposed, b.deposed));
  return entries.map((e) => e.json);
}

type Fields = readonly (readonly [string, JsonText | undefined])[];

function baseFields(r: ResourceState, address: string, index: JsonText | undefined): Fields {
  const res = r.addr.resource;
  return [
    ["address", jsonStr(address)],
    ["mode", jsonStr(res.mode)],
    ["type", jsonStr(res.type)],
    ["name", jsonStr(res.name)],
    ["index", index],
    ["provider_name", jsonStr(r.provider.provider.toString())],
  ];
}

function objectJson(r: ResourceState, base: Fields, obj: StoredObject, schemas: SchemaLookup, address: string, deposedKey?: string): JsonText {
  const res = r.addr.resource;
  const schema = resourceSchema(schemas, r.provider.provider, res.mode, res.type, r.addr.resource.toString());
  if (deposedKey === undefined && schema.version !== obj.schemaVersion) {
    throw new Error(`schema version ${obj.schemaVersion} for ${res.toString()} in state does not match version ${schema.version} from the provider`);
  }
  const value = storedValue(obj, schema, address);
  return jsonStruct([
    ...base,
    // Terraform copies only the address fields to a deposed object's entry: its schema_version stays 0.
    ["schema_version", String(deposedKey === undefined ? obj.schemaVersion : 0)],
    ["values", attributeValuesJson(value)],
    ["sensitive_values", sensitiveAsBoolJson(markSchemaSensitive(value, schema.block))],
    ["depends_on", optArray(obj.dependencies.map((d) => jsonStr(d.config().toString())))],
    ["tainted", optBool(obj.status === "tainted")],
    ["deposed_key", optStr(deposedKey)],
  ]);
}

/** An object's attributes as a map of their JSON (marshalAttributeValues); undefined for null or no attributes. */
export function attributeValuesJson(v: Value): JsonText | undefined {
  const plain = unmarkDeep(v).value;
  if (plain.isNull || !plain.isKnown) return undefined;
  return optMap([...plain.entries()].map(([k, e]) => [k, ctyJson(e)] as const));
}

// The object's value with its sensitive paths marked; a value the schema cannot read is a bug upstream.
function storedValue(obj: StoredObject, schema: Schema, addr: string): Value {
  const r = decodeObject(obj, impliedType(schema.block));
  if (r.value === undefined) throw new Error(`cannot decode ${addr} from the state: ${r.error}`);
  return r.value;
}
