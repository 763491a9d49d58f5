import { AbsResourceInstance } from "../../../../core/addrs/abs-resource.js";
import { IntKey, StringKey, type InstanceKey } from "../../../../core/addrs/instance-key.js";
import { ModuleInstance } from "../../../../core/addrs/module-instance.js";
import { Module } from "../../../../core/addrs/module.js";
import { AbsOutputValue, OutputValue } from "../../../../core/addrs/named-values.js";
import { AbsProviderConfig, Provider } from "../../../../core/addrs/provider.js";
import { Resource, type ResourceMode } from "../../../../core/addrs/resource.js";
import type { Action, ActionReason, OutputChange, PlanMode, ResourceInstanceChange } from "../../../../core/plans/changes.js";
import { State } from "../../../../core/states/state.js";
import type { RelevantAttribute, RenderablePlan, SchemaLookup } from "../../../../cmd/views/plan/index.js";
import { DynamicPseudoType } from "../../../../lang/types/type.js";
import { isJsonObject, type JsonNode } from "../../../../lang/values/json-tree.js";
import type { PathStep, ValuePath } from "../../../../lang/values/path.js";
import { Value } from "../../../../lang/values/value.js";
import { impliedType } from "../../../../providers/schema.js";
import { valueFromJson } from "./value-from-json.js";

// Builds the Plan a scenario's golden was rendered from, out of the JSON Terraform wrote for the same
// plan (`terraform show -json`, in fixtures/render/<case>/plan.json): before and after values typed
// by the schema, with unknowns and sensitive marks where the JSON says, and the plan's metadata.

type Obj = ReadonlyMap<string, JsonNode>;

function obj(n: JsonNode | undefined): Obj {
  return n !== undefined && n !== null && isJsonObject(n) ? n.object : new Map();
}

function str(n: JsonNode | undefined): string | undefined {
  return typeof n === "string" ? n : undefined;
}

function arr(n: JsonNode | undefined): readonly JsonNode[] {
  return Array.isArray(n) ? (n as readonly JsonNode[]) : [];
}

// Splits `module.a["x.y"].aws_s3_bucket.b[0]` at the dots outside brackets.
function addressParts(addr: string): string[] {
  return addr.match(/(?:[^.[\]]+|\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])+/g) ?? [];
}

function splitKey(part: string): { name: string; key: InstanceKey | null } {
  const i = part.indexOf("[");
  if (i < 0) return { name: part, key: null };
  const raw = part.slice(i + 1, -1);
  const key = raw.startsWith('"') ? new StringKey(JSON.parse(raw) as string) : new IntKey(Number(raw));
  return { name: part.slice(0, i), key };
}

/** A resource instance address from its string form. */
export function parseInstanceAddress(addr: string): AbsResourceInstance {
  const parts = addressParts(addr);
  let module = ModuleInstance.ROOT;
  while (parts[0] === "module") {
    const { name, key } = splitKey(parts[1]!);
    module = module.child(name, key);
    parts.splice(0, 2);
  }
  let mode: ResourceMode = "managed";
  if (parts[0] === "data" || parts[0] === "ephemeral") mode = parts.shift() as ResourceMode;
  const { name, key } = splitKey(parts[1]!);
  return new AbsResourceInstance(module, new Resource(mode, parts[0]!, name).instance(key));
}

function providerConfig(name: string): AbsProviderConfig {
  const [host, ns, type] = name.split("/");
  return new AbsProviderConfig(Module.ROOT, new Provider(host!, ns!, type!));
}

const ACTIONS: Readonly<Record<string, Action>> = {
  "no-op": "no-op",
  create: "create",
  read: "read",
  update: "update",
  delete: "delete",
  "delete,create": "delete-then-create",
  "create,delete": "create-then-delete",
  forget: "forget",
};

function actionOf(change: Obj): Action {
  const key = arr(change.get("actions")).join(",");
  const action = ACTIONS[key];
  if (!action) throw new Error(`unsupported actions ${key}`);
  return action;
}

/** A JSON path (strings and numbers) as a value path. */
export function pathFromJson(p: JsonNode): ValuePath {
  return arr(p).map((s): PathStep => (typeof s === "string" ? { attr: s } : { index: Number((s as { number: string }).number) }));
}

function resourceChange(n: JsonNode, schemas: SchemaLookup): ResourceInstanceChange {
  const o = obj(n);
  const c = obj(o.get("change"));
  const addr = parseInstanceAddress(str(o.get("address"))!);
  const prev = str(o.get("previous_address"));
  const importing = c.get("importing");
  const reason = str(o.get("action_reason"));
  const base = {
    addr,
    prevRunAddr: prev ? parseInstanceAddress(prev) : addr,
    deposedKey: str(o.get("deposed")),
    provider: providerConfig(str(o.get("provider_name"))!),
    actionReason: (reason ? reason.replaceAll("_", "-") : "none") as ActionReason,
    requiredReplace: arr(c.get("replace_paths")).map(pathFromJson),
    schemaVersion: 0,
    importing: importing !== undefined ? { id: str(obj(importing).get("id")) ?? "" } : undefined,
  };
  const probe: ResourceInstanceChange = { ...base, change: { action: "no-op", before: Value.null(DynamicPseudoType), after: Value.null(DynamicPseudoType) } };
  const schema = schemas(probe);
  const t = schema ? impliedType(schema.block) : DynamicPseudoType;
  const before = valueFromJson(c.get("before"), undefined, c.get("before_sensitive"), t);
  const after = valueFromJson(c.get("after"), c.get("after_unknown"), c.get("after_sensitive"), t);
  return { ...base, change: { action: actionOf(c), before, after } };
}

function outputChange(name: string, n: JsonNode): OutputChange {
  const c = obj(n);
  const sensitive = c.get("before_sensitive") === true || c.get("after_sensitive") === true;
  return {
    addr: new AbsOutputValue(ModuleInstance.ROOT, new OutputValue(name)),
    sensitive,
    change: {
      action: actionOf(c),
      before: valueFromJson(c.get("before"), undefined, undefined, DynamicPseudoType),
      after: valueFromJson(c.get("after"), c.get("after_unknown"), undefined, DynamicPseudoType),
    },
  };
}

function relevantAttribute(n: JsonNode): RelevantAttribute {
  const o = obj(n);
  return { resource: parseInstanceAddress(str(o.get("resource"))!), attr: pathFromJson(o.get("attribute") ?? []) };
}

/** The plan described by a trimmed `terraform show -json` document, in the given mode. */
export function planFromJson(doc: JsonNode, schemas: SchemaLookup, mode: PlanMode): RenderablePlan {
  const o = obj(doc);
  const errored = o.get("errored") === true;
  return {
    mode,
    changes: arr(o.get("resource_changes")).map((n) => resourceChange(n, schemas)),
    driftedResources: arr(o.get("resource_drift")).map((n) => resourceChange(n, schemas)),
    outputChanges: [...obj(o.get("output_changes"))].map(([name, n]) => outputChange(name, n)),
    relevantAttributes: arr(o.get("relevant_attributes")).map(relevantAttribute),
    prevRunState: new State(),
    priorState: new State(),
    targets: [],
    forceReplace: [],
    variables: new Map(),
    complete: !errored,
    errored,
    applyable: o.get("applyable") === true,
    timestamp: "",
  };
}
