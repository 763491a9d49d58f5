import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildConfig } from "../../../core/configs/config-builder.js";
import type { Module, Resource } from "../../../core/configs/model.js";
import { blockReferences, decodeBlock, validateTraversal } from "../../../core/schemas/index.js";
import { builtinFunctions } from "../../../lang/funcs/registry.js";
import type { Body } from "../../../lang/hcl/body.js";
import { EvalContext } from "../../../lang/hcl/eval-context.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Range } from "../../../lang/source/range.js";
import type { Traversal } from "../../../lang/syntax/ast.js";
import { Mark } from "../../../lang/values/marks.js";
import { DynamicVal, Value } from "../../../lang/values/value.js";
import { schemaFromJson } from "../../../providers/schema-json.js";
import { impliedType, type BlockSchema, type Schema } from "../../../providers/schema.js";

// The schema-decoding fixtures (fixtures/schemas): provider schemas cut from `terraform providers
// schema -json`, configurations, and what `terraform validate -json` printed for each. A fixture is
// checked the way the validate walk checks it: every provider block, resource and data source decoded
// against its schema in a context holding exactly the values blockReferences asks for (input
// variables unknown, as validate has them; locals evaluated; resources unknown of their schema's
// type), and every reference an output makes into a resource checked with validateTraversal.

/** The directory holding the fixtures. */
export const FIXTURES = fileURLToPath(new URL("../../../fixtures/schemas/", import.meta.url));

/** One provider's schemas. */
export interface ProviderSchemas {
  readonly provider: Schema;
  readonly resources: ReadonlyMap<string, Schema>;
  readonly dataSources: ReadonlyMap<string, Schema>;
}

/** The raw `providers schema -json` document of the fixtures. */
export function schemasDocument(): { provider_schemas: Record<string, Record<string, unknown>> } {
  return JSON.parse(readFileSync(`${FIXTURES}provider-schemas.json`, "utf8")) as { provider_schemas: Record<string, Record<string, unknown>> };
}

/** The schemas of one provider of the fixtures, by its source address. */
export function providerSchemas(source: string): ProviderSchemas {
  const p = schemasDocument().provider_schemas[source]!;
  const read = (m: unknown) => new Map(Object.entries((m ?? {}) as Record<string, unknown>).map(([k, s]) => [k, schemaFromJson(s)]));
  return { provider: schemaFromJson(p["provider"]), resources: read(p["resource_schemas"]), dataSources: read(p["data_source_schemas"]) };
}

/** The schema of the built-in terraform_data resource type, written in the same JSON form. */
export function terraformDataSchema(): Schema {
  return schemaFromJson(JSON.parse(readFileSync(`${FIXTURES}terraform-data-schema.json`, "utf8")));
}

const AWS = providerSchemas("registry.terraform.io/hashicorp/aws");
const TEST = providerSchemas("registry.terraform.io/terrane/test");
const TERRAFORM_DATA = terraformDataSchema();

/** The schema of a resource type (managed or data) or of a provider's configuration, by name. */
export function schemaOf(kind: "managed" | "data" | "provider", name: string): Schema {
  if (name === "terraform_data") return TERRAFORM_DATA;
  const p = name.startsWith("aws") ? AWS : TEST;
  const s = kind === "provider" ? p.provider : (kind === "managed" ? p.resources : p.dataSources).get(name);
  if (!s) throw new Error(`no schema for ${kind} ${name}`);
  return s;
}

/** The root module of a fixture. */
export function loadFixture(name: string): Module {
  const built = buildConfig(`${FIXTURES}${name}`, { displayDir: "." });
  const errors = built.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`${name}: ${errors.map((d) => d.summary).join(", ")}`);
  return built.config.module;
}

/** The values an expression in the module may refer to, as the validate walk has them. */
export function contextFor(module: Module, traversals: readonly Traversal[], known: ReadonlyMap<string, Value> = new Map()): EvalContext {
  const roots = new Set(traversals.map((t) => t[0].name));
  const vars = new Map<string, Value>();
  for (const [name, v] of module.variables) {
    const value = known.get(name) ?? Value.unknown(v.type);
    vars.set(name, v.sensitive ? value.mark(Mark.Sensitive) : value);
  }
  const base = new Map<string, Value>([["var", Value.object(vars)]]);
  for (const root of roots) {
    const resources = resourceRoot(module, root);
    if (resources) base.set(root, resources);
  }
  const functions = builtinFunctions();
  const locals = new Map<string, Value>();
  for (const [name, l] of module.locals) {
    const ctx = new EvalContext(new Map([...base, ["local", Value.object(locals)]]), functions);
    locals.set(name, l.expr.value(ctx).value);
  }
  return new EvalContext(new Map([...base, ["local", Value.object(locals)]]), functions);
}

/** `aws_instance` or `data`: an object of unknown resource values by name (by type and name for data). */
function resourceRoot(module: Module, root: string): Value | undefined {
  if (root === "data") {
    const byType = new Map<string, Map<string, Value>>();
    for (const r of module.dataResources.values()) {
      const m = byType.get(r.type) ?? new Map<string, Value>();
      m.set(r.name, unknownResource(r));
      byType.set(r.type, m);
    }
    return byType.size === 0 ? undefined : Value.object(new Map([...byType].map(([t, m]) => [t, Value.object(m)])));
  }
  const named = [...module.managedResources.values()].filter((r) => r.type === root);
  return named.length === 0 ? undefined : Value.object(new Map(named.map((r) => [r.name, unknownResource(r)])));
}

function unknownResource(r: Resource): Value {
  if (r.count || r.forEach) return DynamicVal;
  return Value.unknown(impliedType(schemaOf(r.mode === "data" ? "data" : "managed", r.type).block));
}

/** A body decoded against a schema in the module's context, as the validate walk would. */
export function decodeInModule(module: Module, body: Body, schema: BlockSchema, known?: ReadonlyMap<string, Value>) {
  return decodeBlock(body, schema, contextFor(module, blockReferences(body, schema), known));
}

/** Everything the decoder and validateTraversal report for a fixture's module. */
export function fixtureDiagnostics(module: Module): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const pc of module.providerConfigs.values()) {
    if (pc.config.content({}).diagnostics.length === 0) continue; // an empty provider block is not validated
    out.push(...decodeInModule(module, pc.config, schemaOf("provider", pc.name).block).diagnostics);
  }
  for (const r of [...module.managedResources.values(), ...module.dataResources.values()]) {
    const schema = schemaOf(r.mode === "data" ? "data" : "managed", r.type).block;
    out.push(...decodeInModule(module, r.config, schema).diagnostics);
  }
  for (const o of module.outputs.values()) {
    for (const t of o.expr.variables()) out.push(...outputReference(module, t));
  }
  return out;
}

/** validateTraversal for a reference to a managed resource: the steps after `type.name`. */
function outputReference(module: Module, t: Traversal): Diagnostic[] {
  const [root, nameStep, ...steps] = t;
  if (!nameStep || nameStep.type !== "TraverseAttr") return [];
  const r = module.managedResources.get(`${root.name}.${nameStep.name}`);
  if (!r) return [];
  return validateTraversal(schemaOf("managed", r.type).block, steps);
}

/** A diagnostic as the golden files hold it. */
export interface Row {
  readonly severity: string;
  readonly summary: string;
  readonly detail?: string;
  readonly range?: string;
  readonly address?: string;
}

/** A diagnostic as a row; an empty range shows one character wide, as Terraform's JSON does. */
export function row(d: Diagnostic): Row {
  return {
    severity: d.severity,
    summary: d.summary,
    ...(d.detail ? { detail: d.detail } : {}),
    ...(d.subject ? { range: rangeText(d.subject) } : {}),
  };
}

function rangeText(r: Range): string {
  const end = r.end.byte > r.start.byte ? r.end : { ...r.end, column: r.end.column + 1 };
  return `${r.filename}:${r.start.line}:${r.start.column}-${end.line}:${end.column}`;
}

/** The golden diagnostics of a fixture. */
export function expectedRows(name: string): Row[] {
  return JSON.parse(readFileSync(`${FIXTURES}${name}/expected-validate.json`, "utf8")) as Row[];
}

/** Rows in one canonical order (Terraform prints them in an order that depends on Go map iteration). */
export function sorted(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}
