import { typeToJSON, type TypeJSON } from "../lang/types/type-json.js";
import { typeFromJsonText } from "../lang/values/json-typed.js";
import { JsonError, jsonString } from "../lang/values/json-marshal.js";
import type {
  BlockSchema,
  DescriptionKind,
  NestedAttributeObject,
  NestedBlock,
  NestingMode,
  Schema,
  SchemaAttribute,
} from "./schema.js";

// One schema in the JSON form `terraform providers schema -json` prints (Terraform's jsonprovider
// package): read into a Schema, and written back with Terraform's field order and omissions, so test
// fixtures can be cut from real provider output and `providers schema -json` can print ours.

/** A schema as `providers schema -json` prints it. */
export interface SchemaJson {
  readonly version: number;
  readonly block?: BlockJson;
}

/** A block: attributes and block types keyed by name. */
export interface BlockJson {
  readonly attributes?: Readonly<Record<string, AttributeJson>>;
  readonly block_types?: Readonly<Record<string, BlockTypeJson>>;
  readonly description?: string;
  readonly description_kind?: string;
  readonly deprecated?: boolean;
}

/** A nested block type with its nesting mode and item limits. */
export interface BlockTypeJson {
  readonly nesting_mode?: string;
  readonly block?: BlockJson;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** An attribute: a cty type in JSON form, or a nested type. */
export interface AttributeJson {
  readonly type?: TypeJSON;
  readonly nested_type?: NestedTypeJson;
  readonly description?: string;
  readonly description_kind?: string;
  readonly deprecated?: boolean;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly write_only?: boolean;
}

/** The object type of a nested attribute. */
export interface NestedTypeJson {
  readonly attributes?: Readonly<Record<string, AttributeJson>>;
  readonly nesting_mode?: string;
}

const NESTING_MODES: readonly NestingMode[] = ["single", "group", "list", "set", "map"];

/**
 * Reads one schema (`{"version": N, "block": {...}}`). The input is machine output (Terraform's or a
 * fixture cut from it), so a malformed schema is a bug in that data and throws.
 */
export function schemaFromJson(json: unknown): Schema {
  const o = object(json, "schema");
  return { version: number(o["version"] ?? 0, "version"), block: blockFromJson(o["block"] ?? {}, "block") };
}

/** Reads one block of a schema. */
export function blockFromJson(json: unknown, at = "block"): BlockSchema {
  const o = object(json, at);
  const attributes = attributesFromJson(o["attributes"] ?? {}, `${at}.attributes`);
  const blockTypes = object(o["block_types"] ?? {}, `${at}.block_types`);
  const blocks: Record<string, NestedBlock> = {};
  for (const [name, bt] of Object.entries(blockTypes)) blocks[name] = blockTypeFromJson(bt, `${at}.block_types.${name}`);
  return {
    attributes,
    ...(Object.keys(blocks).length > 0 ? { blocks } : {}),
    ...describe(o, at),
    ...flag(o, "deprecated", "deprecated", at),
  };
}

function blockTypeFromJson(json: unknown, at: string): NestedBlock {
  const o = object(json, at);
  const min = number(o["min_items"] ?? 0, `${at}.min_items`);
  const max = number(o["max_items"] ?? 0, `${at}.max_items`);
  return {
    nesting: nesting(o["nesting_mode"], at),
    block: blockFromJson(o["block"] ?? {}, `${at}.block`),
    ...(min > 0 ? { minItems: min } : {}),
    ...(max > 0 ? { maxItems: max } : {}),
  };
}

function attributesFromJson(json: unknown, at: string): Record<string, SchemaAttribute> {
  const out: Record<string, SchemaAttribute> = {};
  for (const [name, a] of Object.entries(object(json, at))) out[name] = attributeFromJson(a, `${at}.${name}`);
  return out;
}

function attributeFromJson(json: unknown, at: string): SchemaAttribute {
  const o = object(json, at);
  const attr: { -readonly [K in keyof SchemaAttribute]: SchemaAttribute[K] } = {};
  if (o["type"] !== undefined) {
    const t = typeFromJsonText(JSON.stringify(o["type"]));
    if (t instanceof JsonError) throw new Error(`${at}.type: ${t.message}`);
    attr.type = t;
  }
  if (o["nested_type"] !== undefined) attr.nested = nestedTypeFromJson(o["nested_type"], `${at}.nested_type`);
  if (attr.type === undefined && attr.nested === undefined) throw new Error(`${at}: an attribute needs "type" or "nested_type"`);
  Object.assign(attr, describe(o, at));
  for (const [key, field] of ATTRIBUTE_FLAGS) Object.assign(attr, flag(o, key, field, at));
  return attr;
}

function nestedTypeFromJson(json: unknown, at: string): NestedAttributeObject {
  const o = object(json, at);
  return { nesting: nesting(o["nesting_mode"], at), attributes: attributesFromJson(o["attributes"] ?? {}, `${at}.attributes`) };
}

const ATTRIBUTE_FLAGS = [
  ["deprecated", "deprecated"],
  ["required", "required"],
  ["optional", "optional"],
  ["computed", "computed"],
  ["sensitive", "sensitive"],
  ["write_only", "writeOnly"],
] as const;

/**
 * The schema as `providers schema -json` prints it: fields in Terraform's order, false flags, zero
 * limits and empty collections left out, `description_kind` always present.
 */
export function schemaToJson(schema: Schema): SchemaJson {
  return { version: schema.version, block: blockToJson(schema.block) };
}

/** One block as `providers schema -json` prints it. */
export function blockToJson(block: BlockSchema): BlockJson {
  const out: Record<string, unknown> = {};
  const attrs = Object.keys(block.attributes);
  if (attrs.length > 0) out["attributes"] = sortedRecord(block.attributes, attributeToJson);
  if (Object.keys(block.blocks ?? {}).length > 0) out["block_types"] = sortedRecord(block.blocks ?? {}, blockTypeToJson);
  if (block.description) out["description"] = block.description;
  out["description_kind"] = block.descriptionKind ?? "plain";
  if (block.deprecated) out["deprecated"] = true;
  return out as BlockJson;
}

function blockTypeToJson(b: NestedBlock): BlockTypeJson {
  const out: Record<string, unknown> = { nesting_mode: b.nesting, block: blockToJson(b.block) };
  if (b.minItems) out["min_items"] = b.minItems;
  if (b.maxItems) out["max_items"] = b.maxItems;
  return out as BlockTypeJson;
}

function attributeToJson(a: SchemaAttribute): AttributeJson {
  const out: Record<string, unknown> = {};
  if (a.type) out["type"] = typeToJSON(a.type);
  if (a.nested) out["nested_type"] = { attributes: sortedRecord(a.nested.attributes, attributeToJson), nesting_mode: a.nested.nesting };
  if (a.description) out["description"] = a.description;
  out["description_kind"] = a.descriptionKind ?? "plain";
  if (a.deprecated) out["deprecated"] = true;
  if (a.required) out["required"] = true;
  if (a.optional) out["optional"] = true;
  if (a.computed) out["computed"] = true;
  if (a.sensitive) out["sensitive"] = true;
  if (a.writeOnly) out["write_only"] = true;
  return out as AttributeJson;
}

/**
 * The compact JSON text Terraform writes for a schema: Go's encoding/json, which escapes `<`, `>` and
 * `&` in strings (JSON.stringify of schemaToJson differs only in those escapes).
 */
export function schemaJsonText(schema: Schema): string {
  return goJsonText(schemaToJson(schema));
}

/** Any JSON-shaped value in Go's compact encoding, keeping the key order it is given. */
export function goJsonText(v: unknown): string {
  if (typeof v === "string") return jsonString(v);
  if (Array.isArray(v)) return `[${v.map(goJsonText).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const parts = Object.entries(v as Record<string, unknown>).map(([k, e]) => `${jsonString(k)}:${goJsonText(e)}`);
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(v);
}

/** Entries in Go's map key order (byte order of the UTF-8 keys, the same as code unit order for ASCII). */
function sortedRecord<T, U>(rec: Readonly<Record<string, T>>, f: (t: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const k of Object.keys(rec).sort(compareUtf8)) out[k] = f(rec[k]!);
  return out;
}

function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

function describe(o: Record<string, unknown>, at: string): { description?: string; descriptionKind?: DescriptionKind } {
  const out: { description?: string; descriptionKind?: DescriptionKind } = {};
  const d = o["description"];
  if (d !== undefined) {
    if (typeof d !== "string") throw new Error(`${at}.description: want a string`);
    if (d !== "") out.description = d;
  }
  const k = o["description_kind"];
  if (k === "markdown") out.descriptionKind = "markdown";
  else if (k !== undefined && k !== "plain") throw new Error(`${at}.description_kind: unknown kind ${JSON.stringify(k)}`);
  return out;
}

function flag<F extends string>(o: Record<string, unknown>, key: string, field: F, at: string): Partial<Record<F, true>> {
  const v = o[key];
  if (v === undefined || v === false) return {};
  if (v !== true) throw new Error(`${at}.${key}: want a boolean`);
  return { [field]: true } as Partial<Record<F, true>>;
}

function nesting(v: unknown, at: string): NestingMode {
  if (typeof v === "string" && (NESTING_MODES as readonly string[]).includes(v)) return v as NestingMode;
  throw new Error(`${at}.nesting_mode: unknown nesting mode ${JSON.stringify(v)}`);
}

function object(v: unknown, at: string): Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new Error(`${at}: want a JSON object`);
  return v as Record<string, unknown>;
}

function number(v: unknown, at: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new Error(`${at}: want a non-negative integer`);
  return v;
}
