import { goQuote } from "../../lang/text/go-quote.js";
import type { ValuePath } from "../../lang/values/path.js";
import { Value } from "../../lang/values/value.js";
import { impliedType, type BlockSchema, type NestedBlock, type SchemaAttribute } from "../../providers/schema.js";
import { goString } from "./go-string.js";
import { childPath, formatPathError, pathError, type PathError } from "./path-error.js";
import { plannedAttrsValid, plannedValueValid } from "./planned-value-valid.js";
import { rawEqual } from "./raw-equal.js";
import { sortedEntries } from "./schema-path.js";
import { attrOf, attributeTypeOf, elementsOf, entriesOf } from "./value-access.js";

// Terraform's objchange.AssertPlanValid: is the planned new state a provider returned from
// PlanResourceChange a valid way to get from the prior state to the configuration? Each problem is a
// provider bug, reported as "Provider produced invalid plan". Nested blocks must keep the shape the
// configuration gives them; set blocks cannot be correlated and are trusted.

const UNKNOWN_ELEMENT = "element representing nested block must not be unknown itself; set nested attribute values to unknown instead";

/** objchange.AssertPlanValid, each problem formatted as tfdiags.FormatError does (".a[0].b: ..."). */
export function assertPlanValid(schema: BlockSchema, prior: Value, config: Value, planned: Value): string[] {
  return assertPlanValidPaths(schema, prior, config, planned).map(formatPathError);
}

/** objchange.AssertPlanValid with each problem's path kept, for messages prefixed with an address. */
export function assertPlanValidPaths(schema: BlockSchema, prior: Value, config: Value, planned: Value): PathError[] {
  return planValid(schema, prior, config, planned, []);
}

/** Terraform's (unexported) assertPlannedValueValid for one attribute, formatted; the path is the attribute's. */
export function assertPlannedValueValid(attr: SchemaAttribute, prior: Value, config: Value, planned: Value, path: ValuePath = []): string[] {
  return plannedValueValid(attr, prior, config, planned, path).map(formatPathError);
}

function planValid(schema: BlockSchema, prior: Value, config: Value, planned: Value, path: ValuePath): PathError[] {
  if (planned.isNull && !config.isNull) return [pathError(path, "planned for absence but config wants existence")];
  if (config.isNull && !planned.isNull) return [pathError(path, "planned for existence but config wants absence")];
  if (planned.isNull) return [];
  const errs = plannedAttrsValid(schema.attributes, prior, config, planned, path);
  const implied = impliedType(schema);
  for (const [name, nested] of sortedEntries(schema.blocks)) {
    const priorV = attrOf(prior, name, attributeTypeOf(implied, name));
    errs.push(...nestedBlockValid(nested, priorV, attrOf(config, name), attrOf(planned, name), childPath(path, { attr: name })));
  }
  return errs;
}

function nestedBlockValid(nested: NestedBlock, prior: Value, config: Value, planned: Value, path: ValuePath): PathError[] {
  if (rawEqual(planned, config)) return [];
  if (!config.isKnown) return [pathError(path, `planned value ${goString(planned)} for unknown dynamic block`)];
  if (!planned.isKnown) {
    return [pathError(path, "attribute representing nested block must not be unknown itself; set nested attribute values to unknown instead")];
  }
  switch (nested.nesting) {
    case "single":
    case "group":
      return planValid(nested.block, prior, config, planned, path);
    case "list":
      return listBlocksValid(nested, prior, config, planned, path);
    case "map":
      return mapBlocksValid(nested, prior, config, planned, path);
    case "set":
      return setBlocksValid(planned, path);
  }
}

function listBlocksValid(nested: NestedBlock, prior: Value, config: Value, planned: Value, path: ValuePath): PathError[] {
  if (planned.isNull) return [pathError(path, "attribute representing a list of nested blocks must be empty to indicate no blocks, not null")];
  const plannedEls = elementsOf(planned);
  const configEls = elementsOf(config);
  if (plannedEls.length !== configEls.length) {
    return [pathError(path, `block count in plan (${plannedEls.length}) disagrees with count in config (${configEls.length})`)];
  }
  const priorEls = elementsOf(prior);
  const errs: PathError[] = [];
  plannedEls.forEach((plannedEV, i) => {
    const at = childPath(path, { index: i });
    if (!plannedEV.isKnown) errs.push(pathError(at, UNKNOWN_ELEMENT));
    else errs.push(...planValid(nested.block, priorEls[i] ?? Value.null(impliedType(nested.block)), configEls[i]!, plannedEV, at));
  });
  return errs;
}

function mapBlocksValid(nested: NestedBlock, prior: Value, config: Value, planned: Value, path: ValuePath): PathError[] {
  if (planned.isNull) return [pathError(path, "attribute representing a map of nested blocks must be empty to indicate no blocks, not null")];
  const asObject = planned.type.kind === "object";
  const plannedEls = entriesOf(planned);
  const configEls = entriesOf(config);
  if (!asObject && plannedEls.size !== configEls.size) {
    return [pathError(path, `block count in plan (${plannedEls.size}) disagrees with count in config (${configEls.size})`)];
  }
  const priorEls = entriesOf(prior);
  const errs: PathError[] = [];
  for (const [key, plannedEV] of plannedEls) {
    const at = childPath(path, asObject ? { attr: key } : { key });
    const configEV = configEls.get(key);
    if (asObject && !configEV) errs.push(pathError(path, `block key ${goQuote(key)} from plan is not present in config`));
    else if (!plannedEV.isKnown) errs.push(pathError(at, UNKNOWN_ELEMENT));
    else if (!configEV) errs.push(pathError(at, `block key ${goQuote(key)} from plan is not present in config`));
    else errs.push(...planValid(nested.block, priorEls.get(key) ?? Value.null(impliedType(nested.block)), configEV, plannedEV, at));
  }
  for (const key of configEls.keys()) {
    if (!plannedEls.has(key)) errs.push(pathError(path, `block key ${goQuote(key)} from config is not present in plan`));
  }
  return errs;
}

/** Set blocks cannot be correlated with the configuration; only unknown elements are rejected. */
function setBlocksValid(planned: Value, path: ValuePath): PathError[] {
  if (planned.isNull) return [pathError(path, "attribute representing a set of nested blocks must be empty to indicate no blocks, not null")];
  return elementsOf(planned)
    .filter((e) => !e.isKnown)
    .map((e) => pathError(childPath(path, { element: e }), UNKNOWN_ELEMENT));
}
