import type { BodySchema } from "../../lang/hcl/body.js";
import { hasDynamicTypes, listOf, mapOf, objectOf, setOf, type Type } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";
import {
  attributeType,
  impliedType,
  type BlockSchema,
  type NestedAttributeObject,
  type NestedBlock,
  type SchemaAttribute,
} from "../../providers/schema.js";

// What Terraform derives from a block schema to decode a body with (configschema's DecoderSpec, as
// hcldec reads it): the body schema naming its arguments and block types, the type each argument
// converts to, how each block type's blocks become a value, and the value when there are none.

/**
 * How the blocks of one type become a value (the hcldec spec configschema picks): one object (single,
 * group), a list or a tuple (list; a tuple when the block holds `any`), a set, or a map or an object
 * keyed by label (map; an object when the block holds `any`).
 */
export type BlockSpecKind = "single" | "group" | "list" | "tuple" | "set" | "map" | "object";

/** The label every block of a map-nested type takes (configschema's mapLabelNames). */
export const MAP_LABEL_NAMES: readonly string[] = ["key"];

/** The spec kind configschema uses for a nested block type. */
export function blockSpecKind(nb: NestedBlock): BlockSpecKind {
  const dynamic = hasDynamicTypes(impliedType(nb.block));
  switch (nb.nesting) {
    case "list":
      return dynamic ? "tuple" : "list";
    case "map":
      return dynamic ? "object" : "map";
    default:
      return nb.nesting;
  }
}

/**
 * The type an argument's value is converted to: its type, or for a nested attribute the object type
 * in which optional and computed attributes may be left out (Object.specType).
 */
export function attributeSpecType(a: SchemaAttribute): Type {
  return a.nested ? nestedSpecType(a.nested) : attributeType(a);
}

function nestedSpecType(n: NestedAttributeObject): Type {
  const attrs = new Map<string, Type>();
  const optional: string[] = [];
  for (const [name, a] of Object.entries(n.attributes)) {
    attrs.set(name, attributeSpecType(a));
    if (a.optional || a.computed) optional.push(name);
  }
  const object = objectOf(attrs, optional.length > 0 ? optional : undefined);
  switch (n.nesting) {
    case "list":
      return listOf(object);
    case "set":
      return setOf(object);
    case "map":
      return mapOf(object);
    default:
      return object;
  }
}

/**
 * The body schema hcldec reads a block's body with (hcldec.ImpliedSchema): every argument, required
 * ones flagged, and every block type, map-nested ones labelled `key`. A block type named like an
 * argument is left out, as configschema does. Names are sorted so diagnostics come out in one order.
 */
export function bodySchemaOf(block: BlockSchema): BodySchema {
  const attributes = Object.keys(block.attributes)
    .sort()
    .map((name) => ({ name, required: block.attributes[name]!.required === true }));
  const blocks = Object.keys(block.blocks ?? {})
    .filter((name) => block.attributes[name] === undefined)
    .sort()
    .map((type) => ({ type, labelNames: block.blocks![type]!.nesting === "map" ? MAP_LABEL_NAMES : [] }));
  return { attributes, blocks };
}

/** The value of a block with nothing in it (Block.EmptyValue): null arguments, each block type empty. */
export function emptyBlockValue(block: BlockSchema): Value {
  const attrs = new Map<string, Value>();
  for (const [name, a] of Object.entries(block.attributes)) attrs.set(name, Value.null(attributeType(a)));
  for (const [name, nb] of Object.entries(block.blocks ?? {})) {
    if (!attrs.has(name)) attrs.set(name, emptyNestedValue(nb));
  }
  return Value.object(attrs);
}

/** The value of a block type with no blocks (NestedBlock.EmptyValue). */
export function emptyNestedValue(nb: NestedBlock): Value {
  const inner = impliedType(nb.block);
  switch (blockSpecKind(nb)) {
    case "single":
      return Value.null(inner);
    case "group":
      return emptyBlockValue(nb.block);
    case "list":
      return Value.list([], inner);
    case "tuple":
      return Value.tuple([]);
    case "set":
      return Value.set([], inner);
    case "map":
      return Value.map(new Map(), inner);
    case "object":
      return Value.object(new Map());
  }
}
