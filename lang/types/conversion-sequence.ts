import { Value } from "../values/value.js";
import { canBuildCollection, elementTypeOf, listValue, mapValue, setValue, sortedEntries } from "./collection-build.js";
import { ConversionError, type PathStep } from "./conversion-error.js";
import { getConversion, type Conversion } from "./conversion.js";
import {
  isCollection,
  listOf,
  mapOf,
  setOf,
  typeEquals,
  withoutOptionalAttributesDeep,
  type TupleType,
  type Type,
} from "./type.js";
import { unifyTypes } from "./unify.js";

// Conversions that produce lists, sets and maps from collections and tuples (cty's
// conversion_collection.go), including the "unify" step that gives all elements one type when the
// wanted element type is `any` or itself a collection or object.

/** List from list or set; `conv` converts each element (undefined when the element types already match). */
export function conversionCollectionToList(ety: Type, conv: Conversion | undefined): Conversion {
  return (val, path) => {
    if (!lengthKnown(val)) return Value.unknown(listOf(elementTypeOf(val.type)));
    const elems = convertElements(val.elements(), path, () => conv, true);
    if (elems instanceof ConversionError) return elems;
    if (elems.length === 0) return Value.of(listOf(emptyElementType(ety, val)), []);
    if (!canBuildCollection(elems)) return new ConversionError("element types must all match for conversion to list", path);
    return listValue(elems);
  };
}

/** Set from list or set. */
export function conversionCollectionToSet(ety: Type, conv: Conversion | undefined): Conversion {
  return (val, path) => {
    const elems = convertElements(val.elements(), path, () => conv, true);
    if (elems instanceof ConversionError) return elems;
    if (elems.length === 0) return Value.of(setOf(emptyElementType(ety, val)), []);
    if (!canBuildCollection(elems)) return new ConversionError("element types must all match for conversion to set", path);
    return setValue(elems);
  };
}

/** Map from map. */
export function conversionMapToMap(ety: Type, conv: Conversion): Conversion {
  return (val, path) => {
    const elems = new Map<string, Value>();
    for (const [key, el] of sortedEntries(val.entries())) {
      const r = conv(el, [...path, { key }]);
      if (r instanceof ConversionError) return r;
      elems.set(key, r);
    }
    if (elems.size === 0) return Value.of(mapOf(ety.kind === "dynamic" ? elementTypeOf(val.type) : ety), elems);
    const unified = needsUnify(ety) ? unifyMapElements(elems, path, false) : elems;
    if (unified instanceof ConversionError) return unified;
    if (!canBuildCollection(unified.values())) return new ConversionError("element types must all match for conversion to map", path);
    return mapValue(unified);
  };
}

/** List from tuple; a dynamic `listEty` asks for the elements' unified type. */
export function conversionTupleToList(tuple: TupleType, listEty: Type, unsafe: boolean): Conversion | undefined {
  const etys = tuple.elements;
  if (etys.length === 0) return () => Value.of(listOf(withoutOptionalAttributesDeep(listEty)), []);
  const ety = listEty.kind === "dynamic" ? unifiedElementType(etys, unsafe) : listEty;
  if (!ety) return undefined;
  const convs = elementConversions(etys, ety, unsafe);
  if (!convs) return undefined;
  return (val, path) => {
    const elems = convertElements(val.elements(), path, (i) => convs[i], false);
    if (elems instanceof ConversionError) return elems;
    const unified = unifyListElements(elems, [...path, { index: elems.length - 1 }], unsafe);
    if (unified instanceof ConversionError) return unified;
    if (!canBuildCollection(unified)) return new ConversionError("element types must all match for conversion to list", path);
    return listValue(unified);
  };
}

/** Set from tuple; a dynamic `setEty` asks for the elements' unified type. */
export function conversionTupleToSet(tuple: TupleType, setEty: Type, unsafe: boolean): Conversion | undefined {
  const etys = tuple.elements;
  if (etys.length === 0) return () => Value.of(setOf(withoutOptionalAttributesDeep(setEty)), []);
  const ety = setEty.kind === "dynamic" ? unifiedElementType(etys, unsafe) : setEty;
  if (!ety) return undefined;
  const convs = elementConversions(etys, ety, unsafe);
  if (!convs) return undefined;
  return (val, path) => {
    const elems = convertElements(val.elements(), path, (i) => convs[i], true);
    if (elems instanceof ConversionError) return elems;
    if (!canBuildCollection(elems)) return new ConversionError("element types must all match for conversion to set", path);
    return setValue(elems);
  };
}

/** Unifies converted map elements (cty's conversionUnifyCollectionElements). */
export function unifyMapElements(
  elems: ReadonlyMap<string, Value>,
  path: readonly PathStep[],
  unsafe: boolean,
): ReadonlyMap<string, Value> | ConversionError {
  const entries = sortedEntries(elems);
  const u = unifyTypes(
    entries.map(([, v]) => v.type),
    unsafe,
  );
  if (!u) return new ConversionError("cannot find a common base type for all elements", path);
  const out = new Map<string, Value>();
  for (const [key, el] of entries) {
    const r = toUnified(el, u.type, unsafe, [...path, { key }]);
    if (r instanceof ConversionError) return r;
    out.set(key, r);
  }
  return out;
}

function unifyListElements(elems: readonly Value[], path: readonly PathStep[], unsafe: boolean): Value[] | ConversionError {
  const u = unifyTypes(
    elems.map((v) => v.type),
    unsafe,
  );
  if (!u) return new ConversionError("cannot find a common base type for all elements", path);
  const out: Value[] = [];
  for (let i = 0; i < elems.length; i++) {
    const r = toUnified(elems[i]!, u.type, unsafe, [...path, { index: i }]);
    if (r instanceof ConversionError) return r;
    out.push(r);
  }
  return out;
}

function toUnified(el: Value, type: Type, unsafe: boolean, path: readonly PathStep[]): Value | ConversionError {
  if (typeEquals(el.type, type)) return el;
  const conv = getConversion(el.type, type, unsafe);
  if (!conv) throw new Error(`unification chose ${type.kind} but ${el.type.kind} does not convert to it`);
  return conv(el, path);
}

/** The elements converted one by one; `stripNull` gives null results a type without optional markers. */
function convertElements(
  elements: readonly Value[],
  path: readonly PathStep[],
  convFor: (i: number) => Conversion | undefined,
  stripNull: boolean,
): Value[] | ConversionError {
  const out: Value[] = [];
  for (let i = 0; i < elements.length; i++) {
    const conv = convFor(i);
    let el = elements[i]!;
    if (conv) {
      const r = conv(el, [...path, { index: i }]);
      if (r instanceof ConversionError) return r;
      el = r;
    }
    if (stripNull && el.isNull) el = Value.null(withoutOptionalAttributesDeep(el.type));
    out.push(el);
  }
  return out;
}

function elementConversions(etys: readonly Type[], ety: Type, unsafe: boolean): (Conversion | undefined)[] | undefined {
  const convs: (Conversion | undefined)[] = [];
  for (const t of etys) {
    if (typeEquals(t, ety)) {
      convs.push(undefined);
      continue;
    }
    const conv = getConversion(t, ety, unsafe);
    if (!conv) return undefined;
    convs.push(conv);
  }
  return convs;
}

// The element type for `list(any)`/`set(any)` from a tuple: undefined when the elements do not unify,
// or unify only to `any` while some element has a known type.
function unifiedElementType(etys: readonly Type[], unsafe: boolean): Type | undefined {
  const u = unifyTypes(etys, unsafe);
  if (!u) return undefined;
  if (u.type.kind === "dynamic" && etys.some((t) => t.kind !== "dynamic")) return undefined;
  return u.type;
}

function emptyElementType(ety: Type, val: Value): Type {
  return ety.kind === "dynamic" ? elementTypeOf(val.type) : withoutOptionalAttributesDeep(ety);
}

function needsUnify(ety: Type): boolean {
  return isCollection(ety) || ety.kind === "object";
}

// cty: a set holding unknowns has an unknown length unless it holds just one element.
function lengthKnown(val: Value): boolean {
  return val.type.kind !== "set" || val.length === 1 || val.isWhollyKnown;
}
