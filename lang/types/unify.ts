import { DynamicVal, type Value } from "../values/value.js";
import { sortTypes } from "./compare-types.js";
import { getConversion, runConversion, type ValueConversion } from "./conversion.js";
import { ConversionError } from "./conversion-error.js";
import { DynamicPseudoType, listOf, mapOf, objectOf, setOf, tupleOf, typeEquals, type Type } from "./type.js";

// Finding one type a group of values can all be converted to (cty's convert.Unify / UnifyUnsafe):
// conditional results, function arguments such as concat's and coalesce's, and the element type when
// a tuple or object becomes list(any) or map(any).

/** The common type of a group of types, and how to get each input there. */
export interface Unification {
  readonly type: Type;
  /** True when at least one input is not already of `type` and needs converting. */
  readonly conversions: boolean;
  /** Per input: the conversion to `type`, or undefined where none is needed. */
  readonly converters: readonly (ValueConversion | undefined)[];
}

/** cty's Unify: the most general type all of `types` convert to safely, or undefined when there is none. */
export function unify(types: readonly Type[]): Unification | undefined {
  return withFlag(unifyTypes(types, false));
}

/** cty's UnifyUnsafe, as HCL's conditional uses it: unsafe conversions (string to number...) allowed. */
export function unifyUnsafe(types: readonly Type[]): Unification | undefined {
  return withFlag(unifyTypes(types, true));
}

/** Values converted to their unified type; `index` names the value whose conversion failed. */
export type UnifiedValues =
  | { readonly type: Type; readonly values: readonly Value[] }
  | { readonly error: ConversionError; readonly index: number };

/** Unifies the values' types (unsafely unless `safe`) and converts each value; undefined when no common type exists. */
export function unifyValues(values: readonly Value[], safe = false): UnifiedValues | undefined {
  const u = unifyTypes(
    values.map((v) => v.type),
    !safe,
  );
  if (!u) return undefined;
  const out: Value[] = [];
  for (let i = 0; i < values.length; i++) {
    const conv = u.converters[i];
    const r = conv ? conv(values[i]!) : values[i]!;
    if (r instanceof ConversionError) return { error: r, index: i };
    out.push(r);
  }
  return { type: u.type, values: out };
}

/** The unification result before the convenience flag is added. */
export interface RawUnification {
  readonly type: Type;
  readonly converters: (ValueConversion | undefined)[];
}

function withFlag(u: RawUnification | undefined): Unification | undefined {
  return u && { type: u.type, conversions: u.converters.some((c) => c !== undefined), converters: u.converters };
}

/** cty's internal unify(types, unsafe). */
export function unifyTypes(types: readonly Type[], unsafe: boolean): RawUnification | undefined {
  if (types.length === 0) return undefined;
  const byKind = unifyByKind(types, unsafe);
  if (byKind !== "fallthrough") return byKind;
  return unifyByPreference(types, unsafe);
}

function countKinds(types: readonly Type[]): Record<Type["kind"], number> {
  const counts = { string: 0, number: 0, bool: 0, list: 0, set: 0, map: 0, tuple: 0, object: 0, dynamic: 0 };
  for (const t of types) counts[t.kind]++;
  return counts;
}

// When all types share a structural kind a new type (not one of the inputs) may unify them.
function unifyByKind(types: readonly Type[], unsafe: boolean): RawUnification | undefined | "fallthrough" {
  const c = countKinds(types);
  const n = types.length;
  const dyn = c.dynamic > 0;
  if (c.map > 0 && c.map + c.dynamic === n) return unifyCollections(mapOf, types, unsafe, dyn);
  if (c.map > 0 && c.map + c.object + c.dynamic === n) return unifyAsWhole(types, "object", unsafe) ?? "fallthrough";
  if (c.list > 0 && c.list + c.dynamic === n) return unifyCollections(listOf, types, unsafe, dyn);
  if (c.list > 0 && c.list + c.tuple + c.dynamic === n) return unifyAsWhole(types, "tuple", unsafe) ?? "fallthrough";
  if (c.set > 0 && c.set + c.dynamic === n) return unifyCollections(setOf, types, unsafe, dyn);
  if (c.object > 0 && c.object + c.dynamic === n) return unifyObjects(types, unsafe, dyn);
  if (c.tuple > 0 && c.tuple + c.dynamic === n) return unifyTuples(types, unsafe, dyn);
  if (c.object > 0 && c.tuple > 0) return undefined;
  return "fallthrough";
}

// Tries each input type in preference order as the result; the first all others convert to wins.
function unifyByPreference(types: readonly Type[], unsafe: boolean): RawUnification | undefined {
  for (const wantIdx of sortTypes(types)) {
    const want = types[wantIdx]!;
    const converters = conversionsTo(types, want, unsafe, wantIdx);
    if (converters) return { type: want, converters };
  }
  return undefined;
}

/** Conversions of each of `types` to `want`; undefined when one is impossible. */
export function conversionsTo(
  types: readonly Type[],
  want: Type,
  unsafe: boolean,
  skip = -1,
): (ValueConversion | undefined)[] | undefined {
  const out: (ValueConversion | undefined)[] = [];
  for (let i = 0; i < types.length; i++) {
    if (i === skip || typeEquals(types[i]!, want)) {
      out.push(undefined);
      continue;
    }
    const conv = getConversion(types[i]!, want, unsafe);
    if (!conv) return undefined;
    out.push((v) => runConversion(conv, v));
  }
  return out;
}

function unifyCollections(
  make: (t: Type) => Type,
  types: readonly Type[],
  unsafe: boolean,
  hasDynamic: boolean,
): RawUnification | undefined {
  if (hasDynamic) return unifyAllAsDynamic(types);
  const el = unifyTypes(
    types.map((t) => (t as { element: Type }).element),
    unsafe,
  );
  if (!el) return undefined;
  const type = make(el.type);
  const converters = conversionsTo(types, type, unsafe);
  return converters && { type, converters };
}

function unifyObjects(types: readonly Type[], unsafe: boolean, hasDynamic: boolean): RawUnification | undefined {
  if (hasDynamic) return unifyAllAsDynamic(types);
  const objs = types as readonly Extract<Type, { kind: "object" }>[];
  const first = objs[0]!.attributes;
  const sameNames = objs.every((o) => o.attributes.size === first.size && [...o.attributes.keys()].every((k) => first.has(k)));
  if (!sameNames) return unifyStructuralToCollection(types, "object", unsafe);
  const attrs = new Map<string, Type>();
  for (const name of first.keys()) {
    const u = unifyTypes(
      objs.map((o) => o.attributes.get(name)!),
      unsafe,
    );
    if (!u) return undefined;
    attrs.set(name, u.type);
  }
  const type = objectOf(attrs);
  const converters = conversionsTo(types, type, unsafe);
  return converters ? { type, converters } : unifyStructuralToCollection(types, "object", unsafe);
}

function unifyTuples(types: readonly Type[], unsafe: boolean, hasDynamic: boolean): RawUnification | undefined {
  if (hasDynamic) return unifyAllAsDynamic(types);
  const tuples = types as readonly Extract<Type, { kind: "tuple" }>[];
  const len = tuples[0]!.elements.length;
  if (tuples.some((t) => t.elements.length !== len)) return unifyStructuralToCollection(types, "tuple", unsafe);
  const elems: Type[] = [];
  for (let i = 0; i < len; i++) {
    const u = unifyTypes(
      tuples.map((t) => t.elements[i]!),
      unsafe,
    );
    if (!u) return undefined;
    elems.push(u.type);
  }
  const type = tupleOf(elems);
  const converters = conversionsTo(types, type, unsafe);
  return converters ? { type, converters } : unifyStructuralToCollection(types, "tuple", unsafe);
}

// cty's unifyObjectTypesToMap / unifyTupleTypesToList: all attributes or elements as one collection.
function unifyStructuralToCollection(
  types: readonly Type[],
  kind: "object" | "tuple",
  unsafe: boolean,
): RawUnification | undefined {
  const inner = types.flatMap((t) => structuralMembers(t));
  const el = unifyTypes(inner, unsafe);
  if (!el) return undefined;
  const type = kind === "object" ? mapOf(el.type) : listOf(el.type);
  const converters = conversionsTo(types, type, unsafe);
  return converters && { type, converters };
}

function structuralMembers(t: Type): Type[] {
  if (t.kind === "object") return [...t.attributes.values()];
  if (t.kind === "tuple") return [...t.elements];
  return [];
}

// cty's unifyObjectsAsMaps / unifyTuplesAsList: unify the structural inputs as one collection, then
// unify that collection with the collections among the inputs.
function unifyAsWhole(types: readonly Type[], kind: "object" | "tuple", unsafe: boolean): RawUnification | undefined {
  const idxs = types.flatMap((t, i) => (t.kind === kind ? [i] : []));
  const inner = unifyStructuralToCollection(
    idxs.map((i) => types[i]!),
    kind,
    unsafe,
  );
  const wantKind = kind === "object" ? "map" : "list";
  if (!inner || inner.type.kind !== wantKind) return undefined;
  const replaced = types.map((t, i) => (idxs.includes(i) ? inner.type : t));
  const outer = unifyTypes(replaced, unsafe);
  if (!outer || outer.type.kind !== wantKind) return undefined;
  const converters = [...outer.converters];
  idxs.forEach((idx, k) => {
    converters[idx] = chain(inner.converters[k], converters[idx]);
  });
  return { type: outer.type, converters };
}

// cty's wrapper applies the second conversion to the original value, not to the first's result.
function chain(first: ValueConversion | undefined, second: ValueConversion | undefined): ValueConversion | undefined {
  if (!second) return first;
  if (!first) return second;
  return (v) => {
    const r = first(v);
    return r instanceof ConversionError ? r : second(v);
  };
}

function unifyAllAsDynamic(types: readonly Type[]): RawUnification {
  return { type: DynamicPseudoType, converters: types.map(() => dynamicValue) };
}

function dynamicValue(): Value {
  return DynamicVal;
}
