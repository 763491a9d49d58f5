import { valueEquals } from "../../lang/values/equality.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { Value } from "../../lang/values/value.js";
import type { ValuePath } from "../../lang/values/path.js";
import { attributeType, type NestedAttributeObject, type SchemaAttribute } from "../../providers/schema.js";
import { goString } from "./go-string.js";
import { childPath, pathError, type PathError } from "./path-error.js";
import { unrefinedEqual } from "./raw-equal.js";
import { elementObjectType, sortedEntries } from "./schema-path.js";
import { attrOf, elementsOf, entriesOf, hasIndex } from "./value-access.js";
import { lengthValue, rangeIncludes } from "./value-range.js";

// The attribute half of AssertPlanValid: a provider may change a planned attribute away from the
// configuration only where the attribute is computed and the configuration leaves it null, or by
// returning the prior value unchanged (its way of saying "equivalent, no change"). Nested attribute
// types are checked element by element with the same rule.

/** Every attribute of an object checked (assertPlannedAttrsValid). */
export function plannedAttrsValid(
  attrs: Readonly<Record<string, SchemaAttribute>>,
  prior: Value,
  config: Value,
  planned: Value,
  path: ValuePath,
): PathError[] {
  const errs: PathError[] = [];
  for (const [name, attr] of sortedEntries(attrs)) {
    const t = attributeType(attr);
    const priorV = prior.isNull ? Value.null(t) : attrOf(prior, name, t);
    const at = childPath(path, { attr: name });
    errs.push(...plannedValueValid(attr, priorV, attrOf(config, name, t), attrOf(planned, name, t), at));
  }
  return errs;
}

/** Terraform's assertPlannedValueValid: one attribute's planned value against its config and prior values. */
export function plannedValueValid(attr: SchemaAttribute, prior: Value, config: Value, planned: Value, path: ValuePath): PathError[] {
  if (unrefinedEqual(planned, config)) return [];
  if (unrefinedEqual(planned, prior) && !prior.isNull && !config.isNull) return [];
  if (attr.computed && !attr.optional) return [];
  if (config.isNull && attr.computed) return [];
  if (config.isNull && !planned.isNull) {
    const what = attr.sensitive ? "sensitive planned value" : `planned value ${goString(planned)}`;
    return [pathError(path, `${what} for a non-computed attribute`)];
  }
  if (attr.nested) return plannedObjectValid(attr.nested, prior, config, planned, path);
  if (!config.isNull && planned.isNull && attr.writeOnly) return [];
  return [pathError(path, mismatchMessage(attr, prior, config, planned))];
}

function mismatchMessage(attr: SchemaAttribute, prior: Value, config: Value, planned: Value): string {
  if (attr.sensitive) {
    return prior.isNull ? "sensitive planned value does not match config value" : "sensitive planned value does not match config value nor prior value";
  }
  const base = `planned value ${goString(planned)} does not match config value ${goString(config)}`;
  return prior.isNull ? base : `${base} nor prior value ${goString(prior)}`;
}

/** Terraform's assertPlannedObjectValid: a nested attribute type's value, by nesting mode. */
function plannedObjectValid(object: NestedAttributeObject, prior: Value, config: Value, planned: Value, path: ValuePath): PathError[] {
  if (planned.isNull && !config.isNull) return [pathError(path, "planned for absence but config wants existence")];
  if (config.isNull && !planned.isNull) return [pathError(path, "planned for existence but config wants absence")];
  if (!config.isNull && !planned.isKnown) return [pathError(path, "planned unknown for configured value")];
  if (planned.isNull) return [];
  switch (object.nesting) {
    case "single":
    case "group":
      return plannedAttrsValid(object.attributes, prior, config, planned, path);
    case "list":
      return countMismatch(planned, config, path) ?? plannedListValid(object, prior, config, planned, path);
    case "map":
      return countMismatch(planned, config, path) ?? plannedMapValid(object, prior, config, planned, path);
    case "set":
      return setCountMismatch(planned, config, path) ?? [];
  }
}

/** The "count in plan disagrees" error for lists and maps, unless both lengths are unknown. */
function countMismatch(planned: Value, config: Value, path: ValuePath): PathError[] | undefined {
  const plannedL = lengthValue(planned);
  const configL = lengthValue(config);
  if (!plannedL.isKnown && !configL.isKnown) return [];
  if (valueEquals(plannedL, configL) === true) return undefined;
  return [countError(plannedL, configL, path)];
}

/** Sets may shrink as unknown elements coalesce: only a count the planned length rules out is an error. */
function setCountMismatch(planned: Value, config: Value, path: ValuePath): PathError[] | undefined {
  const plannedL = lengthValue(planned);
  const configL = lengthValue(config);
  return rangeIncludes(plannedL, configL) === false ? [countError(plannedL, configL, path)] : undefined;
}

function countError(plannedL: Value, configL: Value, path: ValuePath): PathError {
  return pathError(path, `count in plan (${goString(plannedL)}) disagrees with count in config (${goString(configL)})`);
}

function plannedListValid(object: NestedAttributeObject, prior: Value, config: Value, planned: Value, path: ValuePath): PathError[] {
  const configured = elementsOf(config);
  const priors = elementsOf(prior);
  return elementsOf(planned).flatMap((plannedEV, i) => {
    const configEV = configured[i];
    if (!configEV) return [];
    const priorEV = hasIndex(prior, i) ? priors[i]! : Value.null(elementObjectType(object));
    return plannedAttrsValid(object.attributes, priorEV, configEV, plannedEV, childPath(path, { index: i }));
  });
}

function plannedMapValid(object: NestedAttributeObject, prior: Value, config: Value, planned: Value, path: ValuePath): PathError[] {
  const plannedVals = entriesOf(planned);
  const configVals = entriesOf(config);
  const priorVals = entriesOf(prior);
  const errs: PathError[] = [];
  for (const [key, plannedEV] of plannedVals) {
    const configEV = configVals.get(key);
    if (!configEV) {
      errs.push(pathError(path, `map key ${goQuote(key)} from plan is not present in config`));
      continue;
    }
    const priorEV = priorVals.get(key) ?? Value.null(elementObjectType(object));
    errs.push(...plannedAttrsValid(object.attributes, priorEV, configEV, plannedEV, childPath(path, { attr: key })));
  }
  for (const key of configVals.keys()) {
    if (!plannedVals.has(key)) errs.push(pathError(path, `map key ${goQuote(key)} from config is not present in plan`));
  }
  return errs;
}
