import type { ValuePath } from "../../lang/values/path.js";
import { objectOf, type Type } from "../../lang/types/type.js";
import { attributeType, type BlockSchema, type NestedAttributeObject, type SchemaAttribute } from "../../providers/schema.js";

// The schema of an element of a repeated block or nested attribute (Terraform's nestedSchema: a
// *configschema.Block or a *configschema.Object), and configschema's AttributeByPath, which finds the
// attribute a path inside such an element lands on. Index, key and set-element steps are passed over,
// as Terraform does, so `[0].obj.name` finds `name` inside the nested attribute `obj`.

/** The schema of one element: a block's, or a nested attribute type's object. */
export type ElementSchema =
  | { readonly kind: "block"; readonly block: BlockSchema }
  | { readonly kind: "object"; readonly object: NestedAttributeObject };

/** A schema record's own entry (never an inherited property such as `constructor`). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}

/** The attributes of a block or nested object, sorted by name (Terraform iterates them as a Go map). */
export function sortedEntries<T>(record: Readonly<Record<string, T>> | undefined): [string, T][] {
  return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The object type of one element of a nested attribute type (configschema Object.ImpliedType for single nesting). */
export function elementObjectType(object: NestedAttributeObject): Type {
  const attrs: Record<string, Type> = {};
  for (const [name, a] of Object.entries(object.attributes)) attrs[name] = attributeType(a);
  return objectOf(attrs);
}

/** configschema's AttributeByPath for either kind of element schema. */
export function attributeByPath(schema: ElementSchema, path: ValuePath): SchemaAttribute | undefined {
  return schema.kind === "block" ? blockAttributeByPath(schema.block, path) : objectAttributeByPath(schema.object, path);
}

/** Block.AttributeByPath: follows attribute steps through nested blocks and nested attribute types. */
export function blockAttributeByPath(block: BlockSchema, path: ValuePath): SchemaAttribute | undefined {
  let current = block;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (!("attr" in step)) continue;
    const attr = own(current.attributes, step.attr);
    if (attr) return attributeAt(attr, path, i);
    const nested = own(current.blocks, step.attr);
    if (!nested) return undefined;
    current = nested.block;
  }
  return undefined;
}

/** Object.AttributeByPath: like the block variant; unmatched attribute steps are passed over too. */
export function objectAttributeByPath(object: NestedAttributeObject, path: ValuePath): SchemaAttribute | undefined {
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (!("attr" in step)) continue;
    const attr = own(object.attributes, step.attr);
    if (attr) return attributeAt(attr, path, i);
  }
  return undefined;
}

function attributeAt(attr: SchemaAttribute, path: ValuePath, i: number): SchemaAttribute | undefined {
  const last = i === path.length - 1;
  if (attr.nested && !last) return objectAttributeByPath(attr.nested, path.slice(i + 1));
  return last ? attr : undefined;
}
