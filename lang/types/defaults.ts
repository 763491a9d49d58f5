import { Mark } from "../values/marks.js";
import { Value } from "../values/value.js";
import { listValue, mapValue, setValue, sortedEntries, elementTypeOf } from "./collection-build.js";
import { ConversionError } from "./conversion-error.js";
import { listOf, mapOf, setOf, type Type } from "./type.js";
import { unifyTypes } from "./unify.js";

// Default values of optional object attributes, applied to a value before it is converted to its
// type constraint (hcl's typeexpr.Defaults and Defaults.Apply).

/**
 * The defaults tree of a type constraint: `defaultValues` by attribute name for an object type,
 * `children` for nested types, keyed by attribute name, tuple index ("0", "1"...) or "" for the
 * element of a list, set or map.
 */
export interface Defaults {
  readonly type: Type;
  readonly defaultValues?: ReadonlyMap<string, Value>;
  readonly children?: ReadonlyMap<string, Defaults>;
}

/**
 * Fills null or missing optional attributes with their defaults, recursively through collections and
 * structures (typeexpr's Defaults.Apply). Null and unknown values are left as they are; the result may
 * still need converting to the type constraint.
 */
export function applyDefaults(v: Value, d: Defaults): Value {
  if (!v.isKnown || v.isNull) return v;
  if (!d.defaultValues?.size && !d.children?.size) return v;
  const marks = v.marks;
  const u = v.unmark();
  const result = u.type.kind === "object" || u.type.kind === "map" ? applyToMapping(u, d) : applyToSequence(u, d);
  return marks === Mark.None ? result : result.mark(marks);
}

function applyToSequence(v: Value, d: Defaults): Value {
  if (v.type.kind !== "list" && v.type.kind !== "set" && v.type.kind !== "tuple") return v;
  const values = v.elements().map((e, i) => applyChild(e, childDefaults(d, i)));
  if (v.type.kind === "tuple") return Value.tuple(values);
  const make = v.type.kind === "set" ? setOf : listOf;
  if (values.length === 0) return Value.of(make(elementTypeOf(v.type)), []);
  const unified = unifyList(values);
  if (!unified) return Value.tuple(values);
  return v.type.kind === "set" ? setValue(unified) : listValue(unified);
}

function applyToMapping(v: Value, d: Defaults): Value {
  const values = new Map<string, Value>();
  for (const [key, e] of v.entries()) values.set(key, applyChild(e, childDefaults(d, key)));
  for (const [key, def] of d.defaultValues ?? []) {
    const current = values.get(key);
    if (!current || current.isNull) {
      const child = d.children?.get(key);
      values.set(key, child ? applyDefaults(def, child) : def);
    }
    if (definitelyNotNull(def)) values.set(key, refineNotNull(values.get(key)!));
  }
  if (v.type.kind === "map") {
    if (values.size === 0) return Value.of(mapOf(elementTypeOf(v.type)), values);
    const unified = unifyMap(values);
    if (unified) return mapValue(unified);
  }
  return Value.object(new Map(sortedEntries(values)));
}

function applyChild(e: Value, child: Defaults | undefined): Value {
  return child ? applyDefaults(e, child) : e;
}

// Tuples' children are by index, objects' by attribute name, everything else's under "".
function childDefaults(d: Defaults, key: number | string): Defaults | undefined {
  if (typeof key === "number" && d.type.kind === "tuple") return d.children?.get(String(key));
  if (typeof key === "string" && d.type.kind === "object") return d.children?.get(key);
  return d.children?.get("");
}

function definitelyNotNull(v: Value): boolean {
  return v.isKnown ? !v.isNull : v.refinement.notNull === true;
}

// A value the default guarantees is not null: only unknowns (of a known type) learn anything.
function refineNotNull(v: Value): Value {
  if (v.isKnown || v.type.kind === "dynamic" || v.refinement.notNull) return v;
  return Value.unknown(v.type, { ...v.refinement, notNull: true }).mark(v.marks);
}

function unifyList(values: readonly Value[]): Value[] | undefined {
  const u = unifyTypes(
    values.map((v) => v.type),
    true,
  );
  if (!u) return undefined;
  const out: Value[] = [];
  for (let i = 0; i < values.length; i++) {
    const conv = u.converters[i];
    const r = conv ? conv(values[i]!) : values[i]!;
    if (r instanceof ConversionError) return undefined;
    out.push(r);
  }
  return out;
}

function unifyMap(values: ReadonlyMap<string, Value>): Map<string, Value> | undefined {
  const entries = sortedEntries(values);
  const converted = unifyList(entries.map(([, v]) => v));
  return converted && new Map(entries.map(([k], i) => [k, converted[i]!]));
}
