import { goQuote } from "../../lang/text/go-quote.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { Mark } from "../../lang/values/marks.js";
import type { ValuePath } from "../../lang/values/path.js";
import type { Value } from "../../lang/values/value.js";
import type { BlockSchema, NestedBlock, SchemaAttribute } from "../../providers/schema.js";
import { childPath, formatPathError, pathError, type PathError } from "./path-error.js";
import { sortedEntries } from "./schema-path.js";
import { setValuesCompatible, valueCompatible } from "./value-compatible.js";
import { attrOf, elementsOf, entriesOf } from "./value-access.js";

// Terraform's objchange.AssertObjectCompatible: is the object a provider returned from
// ApplyResourceChange a valid completion of the planned one? Each problem is a provider bug, reported
// as "Provider produced inconsistent result after apply". Sensitive attributes get a vague message so
// no secret leaks into it; blocks that were unknown placeholders (dynamic blocks) may expand freely.

/** objchange.AssertObjectCompatible, each problem formatted as tfdiags.FormatError does. */
export function assertObjectCompatible(schema: BlockSchema, planned: Value, actual: Value): string[] {
  return assertObjectCompatiblePaths(schema, planned, actual).map(formatPathError);
}

/** objchange.AssertObjectCompatible with each problem's path kept, for messages prefixed with an address. */
export function assertObjectCompatiblePaths(schema: BlockSchema, planned: Value, actual: Value): PathError[] {
  return objectCompatible(schema, planned, actual, []);
}

function objectCompatible(schema: BlockSchema, planned: Value, actual: Value, path: ValuePath): PathError[] {
  const atRoot = path.length === 0 ? "Root object " : "";
  if (planned.isNull && !actual.isNull) return [pathError(path, `${atRoot}was absent, but now present`)];
  if (actual.isNull && !planned.isNull) return [pathError(path, `${atRoot}was present, but now absent`)];
  if (planned.isNull) return [];
  const errs: PathError[] = [];
  for (const [name, attr] of sortedEntries(schema.attributes)) {
    errs.push(...attributeCompatible(attr, attrOf(planned, name), attrOf(actual, name), childPath(path, { attr: name })));
  }
  for (const [name, nested] of sortedEntries(schema.blocks)) {
    const at = childPath(path, { attr: name });
    errs.push(...nestedBlockCompatible(nested, attrOf(planned, name).unmark(), attrOf(actual, name).unmark(), at));
  }
  return errs;
}

/** One attribute, compared unmarked; any problem with a sensitive attribute or value becomes one vague error. */
function attributeCompatible(attr: SchemaAttribute, planned: Value, actual: Value, path: ValuePath): PathError[] {
  const p = unmarkDeep(planned);
  const a = unmarkDeep(actual);
  const errs = valueCompatible(p.value, a.value, path);
  const sensitive = attr.sensitive || ((p.marks | a.marks) & Mark.Sensitive) !== 0;
  if (!sensitive) return errs;
  return errs.length > 0 ? [pathError(path, "inconsistent values for sensitive attribute")] : [];
}

function nestedBlockCompatible(nested: NestedBlock, planned: Value, actual: Value, path: ValuePath): PathError[] {
  switch (nested.nesting) {
    case "single":
    case "group":
      // An unknown placeholder block may have turned into no block at all.
      return !planned.isKnown && actual.isNull ? [] : objectCompatible(nested.block, planned, actual, path);
    case "list":
      return listBlocksCompatible(nested, planned, actual, path);
    case "map":
      return planned.type.kind === "object"
        ? mapObjectBlocksCompatible(nested, planned, actual, path)
        : mapBlocksCompatible(nested, planned, actual, path);
    case "set":
      return setBlocksCompatible(nested, planned, actual, path);
  }
}

function comparable(planned: Value, actual: Value): boolean {
  return planned.isKnown && actual.isKnown && !planned.isNull && !actual.isNull;
}

function listBlocksCompatible(nested: NestedBlock, planned: Value, actual: Value, path: ValuePath): PathError[] {
  if (!comparable(planned, actual)) return [];
  const ps = elementsOf(planned);
  const as = elementsOf(actual);
  if (ps.length !== as.length) return [pathError(path, `block count changed from ${ps.length} to ${as.length}`)];
  return ps.flatMap((p, i) => objectCompatible(nested.block, p, as[i]!, childPath(path, { index: i })));
}

function mapBlocksCompatible(nested: NestedBlock, planned: Value, actual: Value, path: ValuePath): PathError[] {
  if (!comparable(planned, actual)) return [];
  const ps = entriesOf(planned);
  const as = entriesOf(actual);
  if (ps.size !== as.size) return [pathError(path, `block count changed from ${ps.size} to ${as.size}`)];
  const errs: PathError[] = [];
  for (const [k, p] of ps) {
    const a = as.get(k);
    if (a) errs.push(...objectCompatible(nested.block, p, a, childPath(path, { key: k })));
  }
  return errs;
}

/** A map block holding dynamically-typed attributes is an object: its keys are compared by type. */
function mapObjectBlocksCompatible(nested: NestedBlock, planned: Value, actual: Value, path: ValuePath): PathError[] {
  const plannedKeys = planned.type.kind === "object" ? [...planned.type.attributes.keys()].sort() : [];
  const actualKeys = actual.type.kind === "object" ? [...actual.type.attributes.keys()].sort() : [];
  const errs: PathError[] = [];
  for (const k of plannedKeys) {
    if (!actualKeys.includes(k)) errs.push(pathError(path, `block key ${goQuote(k)} has vanished`));
    else errs.push(...objectCompatible(nested.block, attrOf(planned, k), attrOf(actual, k), childPath(path, { attr: k })));
  }
  if (!planned.isKnown) return errs;
  for (const k of actualKeys) {
    if (!plannedKeys.includes(k)) errs.push(pathError(path, `new block key ${goQuote(k)} has appeared`));
  }
  return errs;
}

function setBlocksCompatible(nested: NestedBlock, planned: Value, actual: Value, path: ValuePath): PathError[] {
  if (!comparable(planned, actual)) return [];
  const errs = setValuesCompatible(planned, actual, path, (p, a) => objectCompatible(nested.block, p, a, childPath(path, { element: a })).length === 0);
  if (planned.length < actual.length) errs.push(pathError(path, `block set length changed from ${planned.length} to ${actual.length}`));
  return errs;
}
