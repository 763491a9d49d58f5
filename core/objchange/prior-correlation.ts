import type { Value } from "../../lang/values/value.js";
import type { SchemaAttribute } from "../../providers/schema.js";
import { unrefinedEqual } from "./raw-equal.js";
import { attributeByPath, objectAttributeByPath, type ElementSchema } from "./schema-path.js";
import { applyPath, walk } from "./value-access.js";

// Two judgements ProposedNew makes by looking at the prior object: which prior element of a set a
// configured element continues (its non-computed parts must agree), and whether a prior value of an
// optional+computed nested attribute must have come from configuration (it holds values no provider
// computes), in which case a null in the configuration now means "remove it".

/**
 * Terraform's validPriorFromConfig: true when `prior` could have been derived from `config`, that is,
 * it equals the configuration except in computed leaf attributes the configuration leaves null.
 * Nested sets must match exactly, since their elements cannot be correlated.
 */
export function validPriorFromConfig(schema: ElementSchema, prior: Value, config: Value): boolean {
  if (unrefinedEqual(config, prior)) return true;
  let valid = true;
  const invalid = (): "stop" => {
    valid = false;
    return "stop";
  };
  walk(prior, (path, priorV) => {
    const configV = applyPath(config, path);
    if (!configV) return invalid();
    if (unrefinedEqual(configV, priorV)) return "skip";
    if (configV.type.kind === "set") return invalid();
    const attr = attributeByPath(schema, path);
    if (!attr || attr.nested) return "descend";
    if (!attr.computed || !configV.isNull) return invalid();
    return "skip";
  });
  return valid;
}

/**
 * Terraform's optionalValueNotComputable: for an optional nested attribute, true when the prior value
 * holds a non-null value of a non-computed attribute, which only configuration could have set.
 */
export function optionalValueNotComputable(attr: SchemaAttribute, prior: Value): boolean {
  const nested = attr.nested;
  if (!attr.optional || !nested) return false;
  let found = false;
  walk(prior, (path, v) => {
    if (v.isNull) return "descend";
    const inner = objectAttributeByPath(nested, path);
    if (!inner || inner.computed) return "descend";
    found = true;
    return "skip";
  });
  return found;
}
