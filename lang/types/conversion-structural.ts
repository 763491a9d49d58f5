import { Value } from "../values/value.js";
import { canBuildCollection, mapValue, sortedEntries } from "./collection-build.js";
import { ConversionError } from "./conversion-error.js";
import { goQuote } from "../text/go-quote.js";
import { getConversion, type Conversion } from "./conversion.js";
import { unifyMapElements } from "./conversion-sequence.js";
import { mismatchMessage } from "./mismatch-message.js";
import {
  isCollection,
  mapOf,
  sortedAttributeNames,
  typeEquals,
  withoutOptionalAttributesDeep,
  type MapType,
  type ObjectType,
  type TupleType,
  type Type,
} from "./type.js";
import { unifyTypes } from "./unify.js";

// Conversions into and between structural types (cty's conversion_object.go, conversion_tuple.go and
// the object/map pairs): object to object (dropping extra attributes, nulls for missing optional ones),
// tuple to tuple, object to map and map to object.

/** Object to object: every wanted attribute must exist (unless optional) and convert. */
export function conversionObjectToObject(from: ObjectType, to: ObjectType, unsafe: boolean): Conversion | undefined {
  const convs = new Map<string, Conversion | undefined>();
  for (const name of sortedAttributeNames(to)) {
    const inAty = from.attributes.get(name);
    const outAty = to.attributes.get(name)!;
    if (!inAty) {
      if (to.optional?.has(name)) continue;
      return undefined;
    }
    if (typeEquals(inAty, outAty)) {
      convs.set(name, undefined);
      continue;
    }
    const conv = getConversion(inAty, outAty, unsafe);
    if (!conv) return undefined;
    convs.set(name, conv);
  }
  return (val, path) => {
    const attrs = new Map<string, Value>();
    for (const [name, el] of sortedEntries(val.entries())) {
      if (!convs.has(name)) continue;
      const conv = convs.get(name);
      const r = conv ? conv(el, [...path, { attr: name }]) : el;
      if (r instanceof ConversionError) return r;
      attrs.set(name, r.isNull ? Value.null(withoutOptionalAttributesDeep(r.type)) : r);
    }
    for (const name of to.optional ?? []) {
      if (!attrs.has(name)) attrs.set(name, Value.null(withoutOptionalAttributesDeep(to.attributes.get(name)!)));
    }
    return Value.object(new Map(sortedEntries(attrs)));
  };
}

/** Tuple to tuple of the same length, element by element. */
export function conversionTupleToTuple(from: TupleType, to: TupleType, unsafe: boolean): Conversion | undefined {
  if (from.elements.length !== to.elements.length) return undefined;
  const convs: (Conversion | undefined)[] = [];
  for (let i = 0; i < to.elements.length; i++) {
    if (typeEquals(from.elements[i]!, to.elements[i]!)) {
      convs.push(undefined);
      continue;
    }
    const conv = getConversion(from.elements[i]!, to.elements[i]!, unsafe);
    if (!conv) return undefined;
    convs.push(conv);
  }
  return (val, path) => {
    const out: Value[] = [];
    const elems = val.elements();
    for (let i = 0; i < elems.length; i++) {
      const conv = convs[i];
      const r = conv ? conv(elems[i]!, [...path, { index: i }]) : elems[i]!;
      if (r instanceof ConversionError) return r;
      out.push(r);
    }
    return Value.tuple(out);
  };
}

/** Object to map; a dynamic `mapEty` asks for the attributes' unified type. */
export function conversionObjectToMap(from: ObjectType, mapEty: Type, unsafe: boolean): Conversion | undefined {
  const names = sortedAttributeNames(from);
  if (names.length === 0) return () => Value.of(mapOf(withoutOptionalAttributesDeep(mapEty)), new Map());
  let ety = mapEty;
  if (ety.kind === "dynamic") {
    const u = unifyTypes(
      names.map((n) => from.attributes.get(n)!),
      unsafe,
    );
    if (!u) return undefined;
    ety = u.type;
  }
  const convs = attributeConversions(from, names, ety, unsafe);
  if (!convs) return undefined;
  return (val, path) => {
    const elems = new Map<string, Value>();
    for (const [key, el] of sortedEntries(val.entries())) {
      const conv = convs.get(key);
      const r = conv ? conv(el, [...path, { key }]) : el;
      if (r instanceof ConversionError) return r;
      elems.set(key, r);
    }
    const unified = isCollection(ety) || ety.kind === "object" ? unifyMapElements(elems, path, unsafe) : elems;
    if (unified instanceof ConversionError) return unified;
    if (!canBuildCollection(unified.values())) return new ConversionError("attribute types must all match for conversion to map", path);
    return mapValue(unified);
  };
}

function attributeConversions(
  from: ObjectType,
  names: readonly string[],
  ety: Type,
  unsafe: boolean,
): Map<string, Conversion> | undefined {
  const convs = new Map<string, Conversion>();
  for (const name of names) {
    const aty = from.attributes.get(name)!;
    if (typeEquals(aty, ety)) continue;
    const conv = getConversion(aty, ety, unsafe);
    if (!conv) return undefined;
    convs.set(name, conv);
  }
  return convs;
}

/**
 * Map to object (unsafe only): the map must have a key for each required attribute; keys the object
 * does not want are dropped. `null` marks an optional attribute whose type the map's cannot convert to:
 * fine while the map lacks that key.
 */
export function conversionMapToObject(from: MapType, to: ObjectType, unsafe: boolean): Conversion | undefined {
  const convs = new Map<string, Conversion | null>();
  for (const name of sortedAttributeNames(to)) {
    const aty = to.attributes.get(name)!;
    if (typeEquals(aty, from.element)) continue;
    const conv = getConversion(from.element, aty, unsafe);
    if (conv) convs.set(name, conv);
    else if (unsafe && to.optional?.has(name)) convs.set(name, null);
    else return undefined;
  }
  return (val, path) => {
    const attrs = new Map<string, Value>();
    for (const [name, el] of sortedEntries(val.entries())) {
      const aty = to.attributes.get(name);
      if (!aty) continue;
      const conv = convs.get(name);
      if (conv === null) {
        const why = mismatchMessage(el.type, aty);
        return new ConversionError(`map element type is incompatible with attribute ${goQuote(name)}: ${why}`, path);
      }
      const r = conv ? conv(el, [...path, { key: name }]) : el;
      if (r instanceof ConversionError) return r;
      attrs.set(name, r.isNull ? Value.null(withoutOptionalAttributesDeep(r.type)) : r);
    }
    for (const name of sortedAttributeNames(to)) {
      if (attrs.has(name)) continue;
      if (!to.optional?.has(name)) return new ConversionError(`map has no element for required attribute ${goQuote(name)}`, path);
      attrs.set(name, Value.null(to.attributes.get(name)!));
    }
    return Value.object(new Map(sortedEntries(attrs)));
  };
}
