import { Value } from "../../lang/values/value.js";
import {
  attributeType,
  impliedType,
  type BlockSchema,
  type NestedAttributeObject,
  type NestedBlock,
  type SchemaAttribute,
} from "../../providers/schema.js";
import { emptyBlockValue } from "./empty-value.js";
import { optionalValueNotComputable } from "./prior-correlation.js";
import { proposedNewNestingList, proposedNewNestingMap, proposedNewNestingSet } from "./proposed-new-nesting.js";
import { sortedEntries, type ElementSchema } from "./schema-path.js";
import { attrOf } from "./value-access.js";

// Terraform's objchange.ProposedNew and PlannedDataResourceObject: the object Terraform proposes to a
// provider's PlanResourceChange, merging the configuration with the prior state. Configured values
// win; computed attributes the configuration leaves null keep their prior value (null when creating;
// the provider then marks what it will compute as unknown). Nested blocks and nested attributes are
// merged element by element, paired by nesting mode.

/** objchange.ProposedNew: the configuration merged with the prior object's computed values. */
export function proposedNew(schema: BlockSchema, prior: Value, config: Value): Value {
  if (config.isNull && prior.isNull) return prior;
  return proposedNewBlock(schema, prior.isNull ? emptyBlockValue(schema) : prior, config);
}

/**
 * objchange.PlannedDataResourceObject: the planned object of a data source read during apply, with
 * every computed attribute the configuration leaves null unknown (ProposedNew against an unknown prior).
 */
export function plannedDataResourceObject(schema: BlockSchema, config: Value): Value {
  return proposedNewBlock(schema, Value.unknown(impliedType(schema)), config);
}

/**
 * The planned new object of a destroy: null, of the prior object's type (Terraform's planDestroy plans
 * cty.NullVal(prior.Type()); the schema's implied type when the prior's type is not known).
 */
export function proposedNewDestroy(schema: BlockSchema, prior: Value): Value {
  return Value.null(prior.type.kind === "dynamic" ? impliedType(schema) : prior.type);
}

function proposedNewBlock(schema: BlockSchema, prior: Value, config: Value): Value {
  if (config.isNull || !config.isKnown) return prior;
  const attrs = proposedNewAttributes(schema.attributes, prior, config);
  for (const [name, nested] of sortedEntries(schema.blocks)) {
    attrs.set(name, proposedNewNestedBlock(nested, attrOf(prior, name), attrOf(config, name)));
  }
  return Value.object(attrs).mark(config.marks);
}

function proposedNewNestedBlock(nested: NestedBlock, prior: Value, config: Value): Value {
  if (!config.isKnown) return config;
  const schema: ElementSchema = { kind: "block", block: nested.block };
  const merge = (p: Value, c: Value): Value => proposedNew(nested.block, p, c);
  switch (nested.nesting) {
    case "single":
      return config.isNull ? config : merge(prior, config);
    case "group":
      return merge(prior, config);
    case "list":
      return proposedNewNestingList(merge, prior, config);
    case "map":
      return proposedNewNestingMap(merge, prior, config);
    case "set":
      return proposedNewNestingSet(schema, merge, prior, config);
  }
}

function proposedNewNestedType(object: NestedAttributeObject, prior: Value, config: Value): Value {
  if (!config.isKnown) return config;
  const schema: ElementSchema = { kind: "object", object };
  const merge = (p: Value, c: Value): Value => proposedNewObjectAttributes(object, p, c);
  switch (object.nesting) {
    case "single":
    case "group":
      return merge(prior, config);
    case "list":
      return proposedNewNestingList(merge, prior, config);
    case "map":
      return proposedNewNestingMap(merge, prior, config);
    case "set":
      return proposedNewNestingSet(schema, merge, prior, config);
  }
}

function proposedNewObjectAttributes(object: NestedAttributeObject, prior: Value, config: Value): Value {
  if (config.isNull) return config;
  return Value.object(proposedNewAttributes(object.attributes, prior, config)).mark(config.marks);
}

function proposedNewAttributes(
  attrs: Readonly<Record<string, SchemaAttribute>>,
  prior: Value,
  config: Value,
): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [name, attr] of sortedEntries(attrs)) {
    const t = attributeType(attr);
    out.set(name, proposedNewAttribute(attr, attrOf(prior, name, t), attrOf(config, name, t)));
  }
  return out;
}

/** One attribute: computed ones the config leaves null keep the prior; nested types merge; others take the config. */
function proposedNewAttribute(attr: SchemaAttribute, prior: Value, config: Value): Value {
  if (attr.computed && config.isNull) return optionalValueNotComputable(attr, prior) ? config : prior;
  if (attr.nested) return proposedNewNestedType(attr.nested, prior, config);
  return config;
}
