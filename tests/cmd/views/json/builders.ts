import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AbsResourceInstance } from "../../../../core/addrs/abs-resource.js";
import { Module } from "../../../../core/addrs/module.js";
import { AbsOutputValue, OutputValue } from "../../../../core/addrs/named-values.js";
import { ModuleInstance } from "../../../../core/addrs/module-instance.js";
import { parseAbsResourceInstance } from "../../../../core/addrs/parse-target.js";
import { AbsProviderConfig, Provider } from "../../../../core/addrs/provider.js";
import { buildConfig } from "../../../../core/configs/config-builder.js";
import type { Config } from "../../../../core/configs/model.js";
import { parseTraversalAbs } from "../../../../core/configs/resource-traversal-string.js";
import type { Action, ActionReason, OutputChange, Plan, ResourceInstanceChange } from "../../../../core/plans/changes.js";
import { State, type ObjectStatus } from "../../../../core/states/state.js";
import { BoolType, DynamicPseudoType, listOf, mapOf, StringType } from "../../../../lang/types/type.js";
import { unmarkDeep } from "../../../../lang/values/deep-marks.js";
import { JsonError } from "../../../../lang/values/json-marshal.js";
import { marshalTyped } from "../../../../lang/values/json-typed.js";
import { Mark } from "../../../../lang/values/marks.js";
import { markedPaths, type ValuePath } from "../../../../lang/values/path.js";
import { Value } from "../../../../lang/values/value.js";
import type { Schema } from "../../../../providers/schema.js";
import type { SchemaLookup } from "../../../../cmd/views/json/index.js";

// Hand-built inputs for the JSON format tests: the terraform_data schema, addresses from their
// strings, terraform_data objects, resource and output changes, states, and the fixture cases'
// configurations and golden files (fixtures/json-format/<case>/, made by generate.sh there).

/** Where the golden cases live. */
export const FIXTURES = fileURLToPath(new URL("../../../../fixtures/json-format", import.meta.url));

/** terraform_data's schema as Terraform 1.11's built-in provider declares it. */
export const TERRAFORM_DATA: Schema = {
  version: 0,
  block: {
    attributes: {
      id: { type: StringType, computed: true },
      input: { type: DynamicPseudoType, optional: true },
      output: { type: DynamicPseudoType, computed: true },
      triggers_replace: { type: DynamicPseudoType, optional: true },
    },
  },
};

/** The terraform_remote_state data source's schema as Terraform 1.11's built-in provider declares it. */
export const TERRAFORM_REMOTE_STATE: Schema = {
  version: 0,
  block: {
    attributes: {
      backend: { type: StringType, required: true },
      config: { type: DynamicPseudoType, optional: true },
      defaults: { type: DynamicPseudoType, optional: true },
      outputs: { type: DynamicPseudoType, computed: true },
      workspace: { type: StringType, optional: true },
    },
  },
};

/** A schema lookup that knows the built-in provider's terraform_data and terraform_remote_state. */
export const SCHEMAS: SchemaLookup = (provider, mode, type) => {
  if (provider !== "terraform.io/builtin/terraform") return undefined;
  if (mode === "managed" && type === "terraform_data") return TERRAFORM_DATA;
  return mode === "data" && type === "terraform_remote_state" ? TERRAFORM_REMOTE_STATE : undefined;
};

/** The local-exec provisioner's schema as Terraform 1.11 declares it. */
export const LOCAL_EXEC: Schema = {
  version: 0,
  block: {
    attributes: {
      command: { type: StringType, required: true },
      interpreter: { type: listOf(StringType), optional: true },
      working_dir: { type: StringType, optional: true },
      environment: { type: mapOf(StringType), optional: true },
      quiet: { type: BoolType, optional: true },
    },
  },
};

/** The root module's configuration of the built-in terraform provider. */
export const TERRAFORM = new AbsProviderConfig(Module.ROOT, Provider.builtin("terraform"));

/** A resource instance address from its string. */
export function ri(s: string): AbsResourceInstance {
  const t = parseTraversalAbs(s, "", { line: 1, column: 1, byte: 0 });
  const r = t.traversal ? parseAbsResourceInstance(t.traversal) : undefined;
  if (!r?.addr) throw new Error(`bad address ${s}`);
  return r.addr;
}

/** The attributes of a terraform_data object; `output` defaults to the input, `id` to unknown. */
export interface DataAttrs {
  readonly id?: string | Value;
  readonly input?: Value;
  readonly output?: Value;
  readonly triggers_replace?: Value;
}

/** A terraform_data object value. */
export function tdObject(a: DataAttrs): Value {
  const input = a.input ?? Value.null(DynamicPseudoType);
  const id = typeof a.id === "string" ? Value.string(a.id) : (a.id ?? Value.unknown(StringType));
  return Value.object({ id, input, output: a.output ?? input, triggers_replace: a.triggers_replace ?? Value.null(DynamicPseudoType) });
}

/** A terraform_data object as planned: id and output unknown (output of the input's type). */
export function tdPlanned(input: Value | undefined, extra: Omit<DataAttrs, "input"> = {}): Value {
  const output = input === undefined ? Value.null(DynamicPseudoType) : Value.unknown(unmarkDeep(input).value.type);
  return tdObject({ output, ...extra, ...(input ? { input } : {}) });
}

/** A string marked sensitive. */
export function secret(s: string): Value {
  return Value.string(s).mark(Mark.Sensitive);
}

/** Options of a resource change besides its address, action and values. */
export interface ChangeOptions {
  readonly reason?: ActionReason;
  readonly replace?: readonly ValuePath[];
  readonly deposed?: string;
  readonly prev?: string;
}

/** A terraform_data change. */
export function change(address: string, action: Action, before: Value, after: Value, o: ChangeOptions = {}): ResourceInstanceChange {
  const addr = ri(address);
  return {
    addr,
    prevRunAddr: o.prev ? ri(o.prev) : addr,
    provider: TERRAFORM,
    change: { action, before, after },
    actionReason: o.reason ?? "none",
    requiredReplace: o.replace ?? [],
    schemaVersion: 0,
    ...(o.deposed ? { deposedKey: o.deposed } : {}),
  };
}

/** A root module output change. */
export function outputChange(name: string, action: Action, before: Value, after: Value, sensitive = false): OutputChange {
  return { addr: new AbsOutputValue(ModuleInstance.ROOT, new OutputValue(name)), change: { action, before, after }, sensitive };
}

/** A null of unknown type, for "before" of a create and "after" of a delete. */
export const NULL = Value.null(DynamicPseudoType);

/** One object to put in a state. */
export interface StateEntry {
  readonly addr: string;
  readonly value: Value;
  readonly deposed?: string;
  readonly status?: ObjectStatus;
  readonly dependencies?: readonly string[];
}

/** A state holding built-in objects (sensitive marks become sensitive paths) and root outputs. */
export function stateOf(entries: readonly StateEntry[], outputs: Record<string, { value: Value; sensitive?: boolean }> = {}): State {
  const state = new State();
  for (const e of entries) {
    const obj = {
      schemaVersion: 0,
      attrsJson: attrsJson(unmarkDeep(e.value).value, ri(e.addr).resource.resource.mode === "data" ? TERRAFORM_REMOTE_STATE : TERRAFORM_DATA),
      sensitivePaths: markedPaths(e.value),
      status: e.status ?? "ready",
      dependencies: (e.dependencies ?? []).map((d) => ri(d).containingResource()),
      createBeforeDestroy: false,
    };
    if (e.deposed) state.setDeposed(ri(e.addr), e.deposed, obj, TERRAFORM);
    else state.setCurrent(ri(e.addr), obj, TERRAFORM);
  }
  const root = state.ensureModule(ModuleInstance.ROOT);
  for (const [name, o] of Object.entries(outputs)) root.outputs.set(name, { value: o.value, sensitive: o.sensitive ?? false });
  return state;
}

// The attributes as the state file stores them: dynamically-typed ones with their type beside them.
// (marshalTyped would do, but loops on a null of dynamic type: see the report.)
function attrsJson(v: Value, schema: Schema): string {
  const parts = [...v.entries()].map(([k, e]) => {
    const dynamic = schema.block.attributes[k]?.type?.kind === "dynamic";
    const text = e.isNull ? "null" : marshalTyped(e, dynamic ? DynamicPseudoType : e.type);
    if (text instanceof JsonError) throw new Error(text.message);
    return `${JSON.stringify(k)}:${text}`;
  });
  return `{${parts.join(",")}}`;
}

/** A plan with defaults for everything a case does not set. */
export function planOf(p: Partial<Plan> & Pick<Plan, "changes" | "priorState">): Plan {
  return {
    mode: "normal",
    outputChanges: [],
    driftedResources: [],
    prevRunState: p.priorState,
    targets: [],
    forceReplace: [],
    variables: new Map(),
    complete: true,
    errored: false,
    applyable: true,
    timestamp: "2026-01-01T00:00:00Z",
    ...p,
  };
}

/** A fixture case's configuration, loaded as the CLI would load it. */
export function caseConfig(name: string): Config {
  const built = buildConfig(join(FIXTURES, name), { displayDir: "." });
  const errors = built.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`${name}: ${errors.map((d) => d.summary).join("; ")}`);
  return built.config;
}

/** A golden file of a case. */
export function golden(name: string, file: string): string {
  return readFileSync(join(FIXTURES, name, file), "utf8");
}
