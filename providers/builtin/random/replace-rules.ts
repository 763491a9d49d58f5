import { valueEquals } from "../../../lang/values/equality.js";
import type { Value } from "../../../lang/values/value.js";

// When a change to one attribute forces replacement, as the random and null providers' plan modifiers
// decide it: the framework's RequiresReplace, the providers' RequiresReplaceIfValuesNotNull for
// `keepers`/`triggers` (null map values, which the old SDK dropped, never force replacement), and
// RequiresReplaceUnlessEmptyStringToNull for `override_special` (3.4.2 stored "" where it meant null).

/** Which replacement rule an attribute has. */
export type ReplaceRule = "always" | "if-values-not-null" | "unless-empty-string-to-null";

/** One attribute's values during an update plan. */
export interface AttributeChange {
  readonly config: Value;
  readonly state: Value;
  readonly plan: Value;
}

/** Whether the rule replaces the object for this change (only asked for updates, never creates or destroys). */
export function requiresReplace(rule: ReplaceRule, c: AttributeChange): boolean {
  switch (rule) {
    case "always":
      return !same(c.plan, c.state);
    case "if-values-not-null":
      return mapValuesChanged(c.config, c.state);
    case "unless-empty-string-to-null":
      return !same(c.plan, c.state) && !emptyStringToNull(c);
  }
}

function emptyStringToNull(c: AttributeChange): boolean {
  if (!c.config.isKnown) return true;
  if (!c.config.isNull || c.state.isNull) return false;
  return c.state.asString() === "";
}

// RequiresReplaceIfValuesNotNull: a change of the map replaces the object unless every difference is a key
// whose configured value is null (or, from a null prior map, unless every configured value is null).
function mapValuesChanged(config: Value, state: Value): boolean {
  if (same(config, state)) return false;
  const configEntries = elements(config);
  if (state.isNull) return [...configEntries.values()].some((v) => !v.isNull);
  const stateEntries = elements(state);
  for (const [key, v] of configEntries) {
    const prior = stateEntries.get(key);
    if (prior === undefined && v.isNull) continue;
    if (prior !== undefined && same(v, prior)) continue;
    return true;
  }
  for (const key of stateEntries.keys()) if (!configEntries.has(key)) return true;
  return false;
}

// The elements of a map as the framework sees them: none for a null or unknown map.
function elements(m: Value): ReadonlyMap<string, Value> {
  return m.isKnown && !m.isNull ? m.entries() : new Map();
}

function same(a: Value, b: Value): boolean {
  return valueEquals(a, b) === true;
}
