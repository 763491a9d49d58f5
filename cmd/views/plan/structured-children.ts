import { isGenericArray, isGenericObject, type Generic, type GenericObject } from "./generic.js";
import type { PathMatcher } from "./path-matcher.js";
import type { StructuredChange } from "./structured-change.js";

// Stepping into a structured change: an object or map change seen as maps (structured.ChangeMap), a
// list, set or tuple change seen as arrays (structured.ChangeSlice). Anything of another shape reads
// as absent (Go's nil map or slice), which is how a null or wholly unknown collection looks.

/** A map or object change with each tree as a map or null (ChangeMap). */
export interface ChangeMap {
  readonly before: GenericObject | null;
  readonly after: GenericObject | null;
  readonly unknown: GenericObject | null;
  readonly beforeSensitive: GenericObject | null;
  readonly afterSensitive: GenericObject | null;
  readonly replacePaths: PathMatcher;
  readonly relevantAttributes: PathMatcher;
  readonly nonLegacySchema: boolean;
}

/** A sequence change with each tree as an array or null (ChangeSlice). */
export interface ChangeSlice {
  readonly before: readonly Generic[] | null;
  readonly after: readonly Generic[] | null;
  readonly unknown: readonly Generic[] | null;
  readonly beforeSensitive: readonly Generic[] | null;
  readonly afterSensitive: readonly Generic[] | null;
  readonly replacePaths: PathMatcher;
  readonly relevantAttributes: PathMatcher;
}

function toMap(g: Generic): GenericObject | null {
  return isGenericObject(g) ? g : null;
}

function toSlice(g: Generic): readonly Generic[] | null {
  return isGenericArray(g) ? g : null;
}

/** The change seen as a map or object (Change.AsMap). */
export function asMap(c: StructuredChange): ChangeMap {
  return {
    before: toMap(c.before),
    after: toMap(c.after),
    unknown: toMap(c.unknown),
    beforeSensitive: toMap(c.beforeSensitive),
    afterSensitive: toMap(c.afterSensitive),
    replacePaths: c.replacePaths,
    relevantAttributes: c.relevantAttributes,
    nonLegacySchema: c.nonLegacySchema,
  };
}

/** The change seen as a sequence (Change.AsSlice). */
export function asSlice(c: StructuredChange): ChangeSlice {
  return {
    before: toSlice(c.before),
    after: toSlice(c.after),
    unknown: toSlice(c.unknown),
    beforeSensitive: toSlice(c.beforeSensitive),
    afterSensitive: toSlice(c.afterSensitive),
    replacePaths: c.replacePaths,
    relevantAttributes: c.relevantAttributes,
  };
}

/** The change of one attribute or map element (ChangeMap.GetChild). */
export function mapChild(m: ChangeMap, key: string): StructuredChange {
  return {
    beforeExplicit: m.before?.has(key) ?? false,
    afterExplicit: m.after?.has(key) ?? false,
    before: m.before?.get(key) ?? null,
    after: m.after?.get(key) ?? null,
    unknown: m.unknown?.get(key) ?? null,
    beforeSensitive: m.beforeSensitive?.get(key) ?? null,
    afterSensitive: m.afterSensitive?.get(key) ?? null,
    replacePaths: m.replacePaths.childWithKey(key),
    relevantAttributes: m.relevantAttributes.childWithKey(key),
    nonLegacySchema: m.nonLegacySchema,
  };
}

/** Every key in any of the trees, in no particular order (ChangeMap.AllKeys). */
export function allKeys(m: ChangeMap): string[] {
  const keys = new Set<string>();
  for (const t of [m.before, m.after, m.unknown, m.afterSensitive, m.beforeSensitive]) {
    for (const k of t?.keys() ?? []) keys.add(k);
  }
  return [...keys];
}

function at(s: readonly Generic[] | null, ix: number): { value: Generic; present: boolean } {
  if (s === null || ix < 0 || ix >= s.length) return { value: null, present: false };
  return { value: s[ix]!, present: true };
}

/** The change between a before and an after element (ChangeSlice.GetChild). */
export function sliceChild(s: ChangeSlice, beforeIx: number, afterIx: number): StructuredChange {
  const before = at(s.before, beforeIx);
  const after = at(s.after, afterIx);
  const beforeLen = s.before?.length ?? 0;
  const relevantIx = beforeIx < 0 || beforeIx >= beforeLen ? afterIx : beforeIx;
  return {
    beforeExplicit: before.present,
    afterExplicit: after.present,
    before: before.value,
    after: after.value,
    unknown: at(s.unknown, afterIx).value,
    beforeSensitive: at(s.beforeSensitive, beforeIx).value,
    afterSensitive: at(s.afterSensitive, afterIx).value,
    replacePaths: s.replacePaths.childWithIndex(relevantIx),
    relevantAttributes: s.relevantAttributes.childWithIndex(relevantIx),
    nonLegacySchema: false,
  };
}
