import { valueEquals } from "../../lang/values/equality.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { ValuePath } from "../../lang/values/path.js";
import type { Value } from "../../lang/values/value.js";
import { mismatchMessage } from "../../lang/types/mismatch-message.js";
import { sortedAttributeNames } from "../../lang/types/type.js";
import { goString } from "./go-string.js";
import { childPath, pathError, type PathError } from "./path-error.js";
import { conformsTo } from "../../lang/types/type-conformance.js";
import { attrOf, elementsOf, entriesOf } from "./value-access.js";
import { rangeIncludes } from "./value-range.js";

// The value half of AssertObjectCompatible: a value the provider returned after apply must be a
// completion of the planned one. Known planned leaves must come back equal, unknown ones only within
// the planned type and refinements; collections keep their keys; sets are compared by correlating
// elements, since unknown elements may turn into (and coalesce with) any known ones.

/** Terraform's assertValueCompatible for unmarked values; messages use GoString, meant for provider authors. */
export function valueCompatible(planned: Value, actual: Value, path: ValuePath): PathError[] {
  if (planned.type.kind === "dynamic") return [];
  if (!conformsTo(actual.type, planned.type)) {
    return [pathError(path, `wrong final value type: ${mismatchMessage(actual.type, planned.type)}`)];
  }
  if (!planned.isKnown) {
    if (rangeIncludes(planned, actual) !== false) return [];
    return [pathError(path, `final value ${goString(actual)} does not conform to planning placeholder ${goString(planned)}`)];
  }
  if (actual.isNull) return planned.isNull ? [] : [pathError(path, `was ${goString(planned)}, but now null`)];
  if (planned.isNull) return [pathError(path, `was null, but now ${goString(actual)}`)];
  if (!actual.isKnown) return [pathError(path, "was known, but now unknown")];
  switch (planned.type.kind) {
    case "string":
    case "number":
    case "bool":
      return valueEquals(actual, planned) === true ? [] : [pathError(path, `was ${goString(planned)}, but now ${goString(actual)}`)];
    case "list":
    case "tuple":
      return sequenceCompatible(planned, actual, path);
    case "map":
      return mapCompatible(planned, actual, path);
    case "object":
      return sortedAttributeNames(planned.type).flatMap((name) =>
        valueCompatible(attrOf(planned, name), attrOf(actual, name), childPath(path, { attr: name })),
      );
    case "set":
      return setCompatible(planned, actual, path);
    default:
      return [];
  }
}

function sequenceCompatible(planned: Value, actual: Value, path: ValuePath): PathError[] {
  const ps = elementsOf(planned);
  const as = elementsOf(actual);
  const errs: PathError[] = ps.flatMap((p, i) =>
    i < as.length ? valueCompatible(p, as[i]!, childPath(path, { index: i })) : [pathError(path, `element ${i} has vanished`)],
  );
  for (let i = ps.length; i < as.length; i++) errs.push(pathError(path, `new element ${i} has appeared`));
  return errs;
}

function mapCompatible(planned: Value, actual: Value, path: ValuePath): PathError[] {
  const ps = entriesOf(planned);
  const as = entriesOf(actual);
  const errs: PathError[] = [];
  for (const [k, p] of ps) {
    const a = as.get(k);
    if (a) errs.push(...valueCompatible(p, a, childPath(path, { key: k })));
    else errs.push(pathError(path, `element ${goQuote(k)} has vanished`));
  }
  for (const k of as.keys()) if (!ps.has(k)) errs.push(pathError(path, `new element ${goQuote(k)} has appeared`));
  return errs;
}

function setCompatible(planned: Value, actual: Value, path: ValuePath): PathError[] {
  const errs = setValuesCompatible(planned, actual, path, (p, a) => valueCompatible(p, a, childPath(path, { element: a })).length === 0);
  if (planned.length < actual.length) errs.push(pathError(path, `length changed from ${planned.length} to ${actual.length}`));
  return errs;
}

/**
 * Terraform's assertSetValuesCompatible: every planned element must correlate with some actual
 * element and vice versa, by `correlates(planned, actual)`. Reports the planned side first, and the
 * actual side only when the planned side is all accounted for.
 */
export function setValuesCompatible(
  planned: Value,
  actual: Value,
  path: ValuePath,
  correlates: (planned: Value, actual: Value) => boolean,
): PathError[] {
  const ps = elementsOf(planned);
  const as = elementsOf(actual);
  const pFound = ps.map(() => false);
  const aFound = as.map(() => false);
  ps.forEach((p, i) =>
    as.forEach((a, j) => {
      if (correlates(p, a)) pFound[i] = aFound[j] = true;
    }),
  );
  const missing = ps.filter((_, i) => !pFound[i]);
  if (missing.length > 0) {
    return missing.map((p) => pathError(path, `planned set element ${goString(p)} does not correlate with any element in actual`));
  }
  return as.filter((_, j) => !aFound[j]).map((a) => pathError(path, `actual set element ${goString(a)} does not correlate with any element in plan`));
}
