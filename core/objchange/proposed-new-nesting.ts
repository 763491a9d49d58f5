import { Value } from "../../lang/values/value.js";
import { validPriorFromConfig } from "./prior-correlation.js";
import type { ElementSchema } from "./schema-path.js";
import { elementTypeOf, elementsOf, entriesOf, hasIndex, indexOf } from "./value-access.js";

// How ProposedNew pairs the elements of repeated blocks and nested attributes with their prior
// counterparts before merging each pair: lists by index, maps by key, sets by finding a prior element
// the configured one could have produced. A configured element without a counterpart is taken as it
// is; the result keeps the configuration's collection kind (a tuple or object when the element type
// holds dynamically-typed attributes).

/** Merges one prior element with one configured element (ProposedNew or its nested-attribute variant). */
export type ElementMerge = (prior: Value, config: Value) => Value;

/** Terraform's proposedNewNestingList: elements correlated by index. */
export function proposedNewNestingList(merge: ElementMerge, prior: Value, config: Value): Value {
  const configured = elementsOf(config);
  if (configured.length === 0) return config;
  const merged = configured.map((configEV, i) => {
    if (prior.isKnown && !hasIndex(prior, i)) return configEV;
    return merge(indexOf(prior, i), configEV);
  });
  const out = config.type.kind === "tuple" ? Value.tuple(merged) : Value.list(merged, elementTypeOf(config.type));
  return out.mark(config.marks);
}

/** Terraform's proposedNewNestingMap: elements correlated by key. */
export function proposedNewNestingMap(merge: ElementMerge, prior: Value, config: Value): Value {
  const configured = entriesOf(config);
  if (configured.size === 0) return config;
  const priorEntries = entriesOf(prior);
  const merged = new Map<string, Value>();
  for (const [key, configEV] of configured) {
    const priorEV = priorEntries.get(key);
    merged.set(key, priorEV ? merge(priorEV, configEV) : configEV);
  }
  const out = config.type.kind === "object" ? Value.object(merged) : Value.map(merged, elementTypeOf(config.type));
  return out.mark(config.marks);
}

/**
 * Terraform's proposedNewNestingSet: each configured element takes the first unused prior element it
 * could have produced (validPriorFromConfig); elements without one are merged with a null prior.
 */
export function proposedNewNestingSet(schema: ElementSchema, merge: ElementMerge, prior: Value, config: Value): Value {
  const configured = elementsOf(config);
  if (configured.length === 0) return config;
  const candidates = elementsOf(prior);
  const used = candidates.map(() => false);
  const elementType = elementTypeOf(config.type);
  const merged = configured.map((configEV) => {
    const i = candidates.findIndex((p, j) => !used[j] && validPriorFromConfig(schema, p, configEV));
    if (i >= 0) used[i] = true;
    return merge(i >= 0 ? candidates[i]! : Value.null(elementType), configEV);
  });
  return Value.set(merged, elementType).mark(config.marks);
}
