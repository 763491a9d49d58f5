import { Value } from "../../lang/values/value.js";
import { hasDynamicTypes } from "../../lang/types/type.js";
import { attributeType, impliedType, type BlockSchema, type NestedBlock } from "../../providers/schema.js";

// configschema's EmptyValue: what decoding an empty block yields. Every attribute is null, a single
// block is null, a group block is its own empty value, and list, set and map blocks are empty
// collections (an empty tuple or object when the block holds dynamically-typed attributes).
// ProposedNew starts from it when there is no prior object.

/** The value of a block with nothing set in it (configschema Block.EmptyValue). */
export function emptyBlockValue(schema: BlockSchema): Value {
  const attrs = new Map<string, Value>();
  for (const [name, a] of Object.entries(schema.attributes)) attrs.set(name, Value.null(attributeType(a)));
  for (const [name, b] of Object.entries(schema.blocks ?? {})) attrs.set(name, emptyNestedBlockValue(b));
  return Value.object(attrs);
}

/** The value of a nested block type when no block of it appears (configschema NestedBlock.EmptyValue). */
export function emptyNestedBlockValue(b: NestedBlock): Value {
  const element = impliedType(b.block);
  switch (b.nesting) {
    case "single":
      return Value.null(element);
    case "group":
      return emptyBlockValue(b.block);
    case "list":
      return hasDynamicTypes(element) ? Value.tuple([]) : Value.list([], element);
    case "map":
      return hasDynamicTypes(element) ? Value.object({}) : Value.map({}, element);
    case "set":
      return Value.set([], element);
  }
}
