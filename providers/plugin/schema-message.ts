import type { TypeJSON } from "../../lang/types/type-json.js";
import { typeToJSON } from "../../lang/types/type-json.js";
import { DynamicPseudoType, type Type } from "../../lang/types/type.js";
import { JsonError } from "../../lang/values/json-marshal.js";
import { typeFromJsonText } from "../../lang/values/json-typed.js";
import type { FunctionDecl, FunctionParam } from "../provider.js";
import type { BlockSchema, DescriptionKind, NestedAttributeObject, NestedBlock, NestingMode, Schema, SchemaAttribute } from "../schema.js";
import type { PbAttribute, PbBlock, PbFunction, PbFunctionParameter, PbNestedBlock, PbObject, PbSchema, PbStringKind } from "./tfplugin6-messages.js";

// Schemas and function signatures between Terrane's model (providers/schema.ts, provider.ts) and
// tfplugin6's Schema and Function messages, both ways: the server writes them, the client reads them.
// Attributes and block types are written in name order, as Terraform's own conversion does.

const NESTING: Readonly<Record<NestingMode, PbNestedBlock["nesting"]>> = { single: "SINGLE", group: "GROUP", list: "LIST", set: "SET", map: "MAP" };

/** A schema as a tfplugin6 Schema message. */
export function schemaToProto(s: Schema): PbSchema {
  return { version: s.version, block: blockToProto(s.block) };
}

function blockToProto(b: BlockSchema): PbBlock {
  return {
    version: 0,
    attributes: sortedEntries(b.attributes).map(([n, a]) => attributeToProto(n, a)),
    block_types: sortedEntries(b.blocks ?? {}).map(([n, nb]) => nestedBlockToProto(n, nb)),
    description: b.description ?? "",
    description_kind: kindToProto(b.descriptionKind),
    deprecated: b.deprecated ?? false,
  };
}

function attributeToProto(name: string, a: SchemaAttribute): PbAttribute {
  return {
    name,
    type: a.nested ? new Uint8Array() : typeBytes(a.type ?? DynamicPseudoType),
    nested_type: a.nested ? objectToProto(a.nested) : null,
    description: a.description ?? "",
    required: a.required ?? false,
    optional: a.optional ?? false,
    computed: a.computed ?? false,
    sensitive: a.sensitive ?? false,
    description_kind: kindToProto(a.descriptionKind),
    deprecated: a.deprecated ?? false,
    write_only: a.writeOnly ?? false,
  };
}

function objectToProto(o: NestedAttributeObject): PbObject {
  if (o.nesting === "group") throw new Error("nested attributes cannot have group nesting");
  return { attributes: sortedEntries(o.attributes).map(([n, a]) => attributeToProto(n, a)), nesting: NESTING[o.nesting] as PbObject["nesting"] };
}

function nestedBlockToProto(name: string, nb: NestedBlock): PbNestedBlock {
  return { type_name: name, block: blockToProto(nb.block), nesting: NESTING[nb.nesting], min_items: nb.minItems ?? 0, max_items: nb.maxItems ?? 0 };
}

/** A function signature as a tfplugin6 Function message. */
export function functionToProto(f: FunctionDecl): PbFunction {
  return {
    parameters: f.parameters.map(parameterToProto),
    variadic_parameter: f.variadicParameter ? parameterToProto(f.variadicParameter) : null,
    return: { type: typeBytes(f.returnType) },
    summary: f.summary ?? "",
    description: f.description ?? "",
    description_kind: "PLAIN",
    deprecation_message: "",
  };
}

function parameterToProto(p: FunctionParam): PbFunctionParameter {
  return {
    name: p.name,
    type: typeBytes(p.type),
    allow_null_value: p.allowNullValue ?? false,
    allow_unknown_values: p.allowUnknownValues ?? false,
    description: p.description ?? "",
    description_kind: "PLAIN",
  };
}

/** Why a schema message could not be read. */
export class SchemaMessageError {
  constructor(readonly message: string) {}
}

/** A tfplugin6 Schema message as a schema. */
export function schemaFromProto(s: PbSchema): Schema | SchemaMessageError {
  try {
    return { version: Number(s.version), block: blockFromProto(s.block, "") };
  } catch (e) {
    if (e instanceof SchemaMessageError) return e;
    throw e;
  }
}

function blockFromProto(b: PbBlock | null, at: string): BlockSchema {
  const attributes: Record<string, SchemaAttribute> = {};
  for (const a of b?.attributes ?? []) attributes[a.name] = attributeFromProto(a, `${at}${a.name}`);
  const blocks: Record<string, NestedBlock> = {};
  for (const nb of b?.block_types ?? []) blocks[nb.type_name] = nestedBlockFromProto(nb, `${at}${nb.type_name}.`);
  return {
    attributes,
    ...(Object.keys(blocks).length > 0 ? { blocks } : {}),
    ...optional("description", b?.description || undefined),
    ...optional("descriptionKind", kindFromProto(b?.description_kind)),
    ...optional("deprecated", b?.deprecated || undefined),
  };
}

function attributeFromProto(a: PbAttribute, at: string): SchemaAttribute {
  const nested = a.nested_type ? objectFromProto(a.nested_type, `${at}.`) : undefined;
  const type = nested ? undefined : typeFromBytes(a.type, at);
  return {
    ...optional("type", type),
    ...optional("nested", nested),
    ...optional("description", a.description || undefined),
    ...optional("descriptionKind", kindFromProto(a.description_kind)),
    ...flags(a),
  };
}

function flags(a: PbAttribute): Partial<SchemaAttribute> {
  const out: Record<string, boolean> = {};
  const names = { required: "required", optional: "optional", computed: "computed", sensitive: "sensitive", write_only: "writeOnly", deprecated: "deprecated" } as const;
  for (const [pb, ours] of Object.entries(names)) if (a[pb as keyof typeof names]) out[ours] = true;
  return out;
}

function objectFromProto(o: PbObject, at: string): NestedAttributeObject {
  const attributes: Record<string, SchemaAttribute> = {};
  for (const a of o.attributes) attributes[a.name] = attributeFromProto(a, `${at}${a.name}`);
  return { nesting: nestingFromProto(o.nesting, at) as NestedAttributeObject["nesting"], attributes };
}

function nestedBlockFromProto(nb: PbNestedBlock, at: string): NestedBlock {
  return {
    nesting: nestingFromProto(nb.nesting, at),
    block: blockFromProto(nb.block, at),
    ...optional("minItems", Number(nb.min_items) || undefined),
    ...optional("maxItems", Number(nb.max_items) || undefined),
  };
}

/** A tfplugin6 Function message as a function signature. */
export function functionFromProto(f: PbFunction, name: string): FunctionDecl | SchemaMessageError {
  try {
    return {
      parameters: f.parameters.map((p) => parameterFromProto(p, name)),
      ...optional("variadicParameter", f.variadic_parameter ? parameterFromProto(f.variadic_parameter, name) : undefined),
      returnType: typeFromBytes(f.return?.type ?? new Uint8Array(), `${name} return`),
      ...optional("summary", f.summary || undefined),
      ...optional("description", f.description || undefined),
    };
  } catch (e) {
    if (e instanceof SchemaMessageError) return e;
    throw e;
  }
}

function parameterFromProto(p: PbFunctionParameter, fn: string): FunctionParam {
  return {
    name: p.name,
    type: typeFromBytes(p.type, `${fn} parameter ${p.name}`),
    ...optional("allowNullValue", p.allow_null_value || undefined),
    ...optional("allowUnknownValues", p.allow_unknown_values || undefined),
    ...optional("description", p.description || undefined),
  };
}

/** A type as the compact JSON bytes the protocol carries in `type` fields. */
export function typeBytes(t: Type): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(typeToJSON(t) as TypeJSON));
}

function typeFromBytes(b: Uint8Array, at: string): Type {
  const t = typeFromJsonText(new TextDecoder().decode(b));
  if (t instanceof JsonError) throw new SchemaMessageError(`${at}: invalid type: ${t.message}`);
  return t;
}

function nestingFromProto(n: string, at: string): NestingMode {
  const mode = Object.entries(NESTING).find(([, pb]) => pb === n)?.[0] as NestingMode | undefined;
  if (!mode) throw new SchemaMessageError(`${at.replace(/\.$/, "")}: invalid nesting mode ${n}`);
  return mode;
}

function kindToProto(k: DescriptionKind | undefined): PbStringKind {
  return k === "markdown" ? "MARKDOWN" : "PLAIN";
}

function kindFromProto(k: PbStringKind | undefined): DescriptionKind | undefined {
  return k === "MARKDOWN" ? "markdown" : undefined;
}

function sortedEntries<T>(r: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function optional<K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: V };
}
