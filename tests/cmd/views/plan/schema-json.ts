import type { ResourceInstanceChange } from "../../../../core/plans/changes.js";
import type { SchemaLookup } from "../../../../cmd/views/plan/index.js";
import type { Type } from "../../../../lang/types/type.js";
import { isJsonObject, type JsonNode } from "../../../../lang/values/json-tree.js";
import { typeFromTree } from "../../../../lang/values/json-typed.js";
import { JsonError } from "../../../../lang/values/json-marshal.js";
import type { BlockSchema, NestedAttributeObject, NestedBlock, NestingMode, Schema, SchemaAttribute } from "../../../../providers/schema.js";

// Reads provider schemas as `terraform providers schema -json` writes them (trimmed into
// fixtures/render/schemas.json by generate.sh), so that the goldens are rendered with the very
// schemas Terraform rendered them with.

type Obj = ReadonlyMap<string, JsonNode>;

function obj(n: JsonNode | undefined): Obj {
  return n !== undefined && isJsonObject(n) ? n.object : new Map();
}

function flag(o: Obj, key: string): boolean | undefined {
  const v = o.get(key);
  return typeof v === "boolean" ? v : undefined;
}

function typeOf(n: JsonNode): Type {
  const t = typeFromTree(n);
  if (t instanceof JsonError) throw new Error(t.message);
  return t;
}

function attributeFromJson(o: Obj): SchemaAttribute {
  const nested = o.get("nested_type");
  return {
    type: o.has("type") ? typeOf(o.get("type")!) : undefined,
    nested: nested !== undefined ? nestedFromJson(obj(nested)) : undefined,
    required: flag(o, "required"),
    optional: flag(o, "optional"),
    computed: flag(o, "computed"),
    sensitive: flag(o, "sensitive"),
    writeOnly: flag(o, "write_only"),
  };
}

function attributesFromJson(o: Obj): Record<string, SchemaAttribute> {
  const out: Record<string, SchemaAttribute> = {};
  for (const [name, a] of obj(o.get("attributes"))) out[name] = attributeFromJson(obj(a));
  return out;
}

function nestedFromJson(o: Obj): NestedAttributeObject {
  return { nesting: o.get("nesting_mode") as NestingMode, attributes: attributesFromJson(o) };
}

/** A block schema from its JSON form. */
export function blockFromJson(o: Obj): BlockSchema {
  const blocks: Record<string, NestedBlock> = {};
  for (const [name, b] of obj(o.get("block_types"))) {
    const bo = obj(b);
    blocks[name] = { nesting: bo.get("nesting_mode") as NestingMode, block: blockFromJson(obj(bo.get("block"))) };
  }
  return { attributes: attributesFromJson(o), blocks };
}

/** A schema lookup over the providers in a `providers schema -json` document. */
export function schemaLookupFromJson(doc: JsonNode): SchemaLookup {
  const providers = obj(doc);
  return (rc: ResourceInstanceChange): Schema | undefined => {
    const kind = rc.addr.resource.resource.mode === "managed" ? "resource_schemas" : "data_source_schemas";
    const entry = obj(obj(obj(providers.get(rc.provider.provider.toString())).get(kind)).get(rc.addr.resource.resource.type));
    if (!entry.has("block")) return undefined;
    const version = entry.get("version");
    return { version: typeof version === "object" && version !== null && "number" in version ? Number(version.number) : 0, block: blockFromJson(obj(entry.get("block"))) };
  };
}
