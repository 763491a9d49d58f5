import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { Mark } from "../../lang/values/marks.js";
import { markedPaths, markPaths } from "../../lang/values/path.js";
import { Value } from "../../lang/values/value.js";
import { hasDynamicTypes } from "../../lang/types/type.js";
import { attributeType, impliedType, type BlockSchema, type NestedBlock } from "../../providers/schema.js";
import { emptyBlockValue } from "./empty-value.js";
import { sortedEntries } from "./schema-path.js";
import { attrOf, elementsOf } from "./value-access.js";

// Terraform's objchange.NormalizeObjectFromLegacySDK: providers built on the legacy SDK (those that
// set LegacyTypeSystem) may return a nested block as null or unknown, which the rest of Terraform never
// expects. Null list and set blocks become empty collections, null group blocks their empty value, and
// unknown blocks a known stub whose leaf attributes are unknown, as a dynamic block with an unknown
// for_each would produce. Map blocks and blocks with dynamically-typed attributes pass through.

/** objchange.NormalizeObjectFromLegacySDK; marks are set aside during the work and put back after. */
export function normalizeObjectFromLegacySDK(value: Value, schema: BlockSchema): Value {
  const sensitive = markedPaths(value, Mark.Sensitive);
  const ephemeral = markedPaths(value, Mark.Ephemeral);
  const normal = normalizeBlock(unmarkDeep(value).value, schema);
  return markPaths(markPaths(normal, sensitive, Mark.Sensitive), ephemeral, Mark.Ephemeral);
}

function normalizeBlock(value: Value, schema: BlockSchema): Value {
  if (value.isNull) return Value.null(impliedType(schema));
  const attrs = new Map<string, Value>();
  for (const [name] of sortedEntries(schema.attributes)) attrs.set(name, attrOf(value, name));
  for (const [name, nested] of sortedEntries(schema.blocks)) attrs.set(name, normalizeNestedBlock(nested, attrOf(value, name)));
  return Value.object(attrs);
}

function normalizeNestedBlock(nested: NestedBlock, value: Value): Value {
  const element = impliedType(nested.block);
  if (hasDynamicTypes(element)) return value;
  switch (nested.nesting) {
    case "single":
    case "group":
      if (!value.isKnown) return unknownBlockStub(nested.block);
      return value.isNull && nested.nesting === "group" ? emptyBlockValue(nested.block) : normalizeBlock(value, nested.block);
    case "list":
      if (!value.isKnown) return Value.list([unknownBlockStub(nested.block)]);
      return Value.list(elementsOf(value).map((e) => normalizeBlock(e, nested.block)), element);
    case "set":
      if (!value.isKnown) return Value.set([unknownBlockStub(nested.block)]);
      return Value.set(elementsOf(value).map((e) => normalizeBlock(e, nested.block)), element);
    case "map":
      return value;
  }
}

/** A known block whose attributes are all unknown, standing in for a block the legacy SDK returned as unknown. */
function unknownBlockStub(schema: BlockSchema): Value {
  const attrs = new Map<string, Value>();
  for (const [name, a] of sortedEntries(schema.attributes)) attrs.set(name, Value.unknown(attributeType(a)));
  for (const [name, nested] of sortedEntries(schema.blocks)) attrs.set(name, stubFor(nested));
  return Value.object(attrs);
}

function stubFor(nested: NestedBlock): Value {
  switch (nested.nesting) {
    case "single":
    case "group":
      return unknownBlockStub(nested.block);
    case "list":
      return Value.list([unknownBlockStub(nested.block)]);
    case "set":
      return Value.set([unknownBlockStub(nested.block)]);
    case "map":
      return Value.map({}, impliedType(nested.block));
  }
}
