import { parseRef } from "../../../core/addrs/parse-ref.js";
import type { Config, ModuleCall, Output, Provisioner, Resource, Variable } from "../../../core/configs/model.js";
import { impliedLocalName, providerForLocalName } from "../../../core/graph/provider-addresses.js";
import type { Traversal } from "../../../lang/syntax/ast.js";
import { ConversionError, convert } from "../../../lang/types/convert.js";
import { applyDefaults } from "../../../lang/types/defaults.js";
import { compareText } from "./address-json.js";
import { expressionJson, expressionsJson, optExpressionJson } from "./config-expressions.js";
import { modulePathString, providerConfigKey, type ProviderEntries } from "./config-providers.js";
import { jsonStr, jsonStruct, optArray, optBool, optMap, optStr, type JsonText } from "./go-json.js";
import { resourceSchema, type JsonMeta, type SchemaLookup } from "./json-inputs.js";
import { ctyJson } from "./value-json.js";

// One module of jsonconfig's `configuration`: its outputs, resources (managed, then data, each sorted
// by address) with their arguments as expressions, the modules it calls (each with the called
// module's own description nested inside), and its input variables with their defaults.

/** What every module of the tree is written with. */
export interface ModuleJsonContext {
  readonly schemas: SchemaLookup;
  readonly providers: ProviderEntries;
  readonly meta: JsonMeta;
}

/** A module of the configuration as jsonconfig writes it. */
export function configModuleJson(c: Config, ctx: ModuleJsonContext): JsonText {
  const mod = c.module;
  const resources = [...resourcesJson(c, [...mod.managedResources.values()], ctx), ...resourcesJson(c, [...mod.dataResources.values()], ctx)];
  return jsonStruct([
    ["outputs", optMap([...mod.outputs.values()].map((o) => [o.name, outputJson(o)] as const))],
    ["resources", optArray(resources)],
    ["module_calls", optMap([...mod.moduleCalls.values()].map((call) => [call.name, moduleCallJson(c, call, ctx)] as const))],
    ["variables", optMap([...mod.variables.values()].map((v) => [v.name, variableJson(v)] as const))],
  ]);
}

function outputJson(o: Output): JsonText {
  return jsonStruct([
    ["sensitive", optBool(o.sensitive)],
    ["expression", expressionJson(o.expr).json],
    ["depends_on", dependsOnJson(o.dependsOn)],
    ["description", optStr(o.description)],
  ]);
}

function resourcesJson(c: Config, resources: readonly Resource[], ctx: ModuleJsonContext): JsonText[] {
  return resources
    .map((r) => ({ address: resourceAddress(r), r }))
    .sort((a, b) => compareText(a.address, b.address))
    .map(({ address, r }) => resourceJson(c, r, address, ctx));
}

function resourceAddress(r: Resource): string {
  return r.mode === "data" ? `data.${r.type}.${r.name}` : `${r.type}.${r.name}`;
}

function resourceJson(c: Config, r: Resource, address: string, ctx: ModuleJsonContext): JsonText {
  const provider = providerForLocalName(c.module, r.provider?.name ?? impliedLocalName(r.type));
  const schema = resourceSchema(ctx.schemas, provider, r.mode, r.type, address);
  const ref = r.provider ? (r.provider.alias ? `${r.provider.name}.${r.provider.alias}` : r.provider.name) : impliedLocalName(r.type);
  const count = optExpressionJson(r.count);
  return jsonStruct([
    ["address", jsonStr(address)],
    ["mode", jsonStr(r.mode)],
    ["type", jsonStr(r.type)],
    ["name", jsonStr(r.name)],
    ["provider_config_key", optStr(providerConfigKey(ctx.providers, ref, modulePathString(c)))],
    ["provisioners", optArray(r.provisioners.map((p) => provisionerJson(p, ctx.meta)))],
    ["expressions", expressionsJson(r.config, schema.block)],
    ["schema_version", String(schema.version)],
    ["count_expression", count],
    ["for_each_expression", count === undefined ? optExpressionJson(r.forEach) : undefined],
    ["depends_on", dependsOnJson(r.dependsOn)],
  ]);
}

// A provisioner's type and arguments; connection settings are not shown.
function provisionerJson(p: Provisioner, meta: JsonMeta): JsonText {
  return jsonStruct([
    ["type", optStr(p.type)],
    ["expressions", expressionsJson(p.config, meta.provisionerSchema?.(p.type)?.block)],
  ]);
}

function moduleCallJson(parent: Config, call: ModuleCall, ctx: ModuleJsonContext): JsonText {
  const child = parent.children.get(call.name);
  if (!child) return jsonStruct([["module", "{}"]]);
  const count = optExpressionJson(call.count);
  const inputs = Object.fromEntries([...child.module.variables.values()].map((v) => [v.name, { required: v.default === undefined }]));
  return jsonStruct([
    ["source", optStr(call.source)],
    ["expressions", expressionsJson(call.config, { attributes: inputs })],
    ["count_expression", count],
    ["for_each_expression", count === undefined ? optExpressionJson(call.forEach) : undefined],
    ["module", configModuleJson(child, ctx)],
    ["version_constraint", optStr(versionConstraintString(call.version))],
    ["depends_on", dependsOnJson(call.dependsOn)],
  ]);
}

// go-version's Constraints.String: each comma-separated constraint as written, trimmed, joined by ",".
function versionConstraintString(version: string | undefined): string | undefined {
  return version?.split(",").map((s) => s.trim()).join(",");
}

function variableJson(v: Variable): JsonText {
  return jsonStruct([
    ["default", variableDefaultJson(v)],
    ["description", optStr(v.description)],
    ["sensitive", optBool(v.sensitive)],
  ]);
}

/** A variable's default as Terraform's loader keeps it: optional-attribute defaults applied, converted to the type. */
export function variableDefaultJson(v: Variable): JsonText | undefined {
  if (!v.default) return undefined;
  let value = v.default.value(null).value;
  if (v.typeDefaults && !value.isNull) value = applyDefaults(value, v.typeDefaults);
  const converted = convert(value, v.type);
  const result = converted instanceof ConversionError ? value : converted;
  return result.isWhollyKnown ? ctyJson(result) : undefined;
}

// Each `depends_on` entry as the address it names; one that does not parse shows as "", as in Terraform.
function dependsOnJson(deps: readonly Traversal[]): JsonText | undefined {
  return optArray(deps.map((t) => jsonStr(parseRef(t).ref?.subject.toString() ?? "")));
}
