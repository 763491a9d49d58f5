import { Mark } from "../values/marks.js";
import { Value } from "../values/value.js";
import { ConversionError, type PathStep } from "./conversion-error.js";
import {
  conversionCollectionToList,
  conversionCollectionToSet,
  conversionMapToMap,
  conversionTupleToList,
  conversionTupleToSet,
} from "./conversion-sequence.js";
import { conversionMapToObject, conversionObjectToMap, conversionObjectToObject, conversionTupleToTuple } from "./conversion-structural.js";
import { primitiveConversion } from "./conversion-primitive.js";
import { mismatchMessage } from "./mismatch-message.js";
import { isPrimitive, typeEquals, withoutOptionalAttributesDeep, type Type } from "./type.js";
import { dynamicReplace, unknownResult } from "./unknown-result.js";

// The conversion dispatcher (cty's getConversion): given two types, the function that converts
// values of the first to the second, or undefined when no conversion exists. "Unsafe" conversions may
// still fail on particular values (string to number); safe ones never do.

/** Converts a value of a known source type, reporting failures relative to `path`. */
export type Conversion = (v: Value, path: readonly PathStep[]) => Value | ConversionError;

/** A conversion as cty's public Conversion: no path prefix. */
export type ValueConversion = (v: Value) => Value | ConversionError;

/** The conversion from `from` to `to`, with cty's standard handling of marks, nulls and unknowns. */
export function getConversion(from: Type, to: Type, unsafe: boolean): Conversion | undefined {
  const conv = getConversionKnown(from, to, unsafe);
  if (!conv) return undefined;
  const wrapped: Conversion = (v, path) => {
    if (v.marks !== Mark.None) {
      const r = wrapped(v.unmark(), path);
      return r instanceof ConversionError ? r : r.mark(v.marks);
    }
    if (to.kind === "dynamic") return v;
    if (!v.isKnown || v.isNull) {
      const target = dynamicReplace(v.type, withoutOptionalAttributesDeep(to));
      return v.isKnown ? Value.null(target) : unknownResult(v, target);
    }
    return conv(v, path);
  };
  return wrapped;
}

/** Runs a conversion from the top of a value (an empty path). */
export function runConversion(conv: Conversion, v: Value): Value | ConversionError {
  return conv(v, []);
}

function getConversionKnown(from: Type, to: Type, unsafe: boolean): Conversion | undefined {
  if (to.kind === "dynamic") return passthrough;
  if (unsafe && from.kind === "dynamic") return dynamicFixup(to);
  if (isPrimitive(from) && isPrimitive(to)) return primitiveConversion(from, to, unsafe);
  if (from.kind === "object" && to.kind === "object") return conversionObjectToObject(from, to, unsafe);
  if (from.kind === "tuple" && to.kind === "tuple") return conversionTupleToTuple(from, to, unsafe);
  if (to.kind === "list" && (from.kind === "list" || from.kind === "set")) return toList(from.element, to.element, unsafe);
  if (to.kind === "set" && (from.kind === "list" || from.kind === "set")) {
    return from.kind === "list" && !unsafe ? undefined : toSet(from.element, to.element, unsafe);
  }
  if (to.kind === "map" && from.kind === "map") return mapToMap(from.element, to.element, unsafe);
  if (to.kind === "list" && from.kind === "tuple") return conversionTupleToList(from, to.element, unsafe);
  if (to.kind === "set" && from.kind === "tuple") return conversionTupleToSet(from, to.element, unsafe);
  if (to.kind === "map" && from.kind === "object") return conversionObjectToMap(from, to.element, unsafe);
  if (to.kind === "object" && from.kind === "map") return unsafe ? conversionMapToObject(from, to, unsafe) : undefined;
  return undefined;
}

function toList(fromEl: Type, toEl: Type, unsafe: boolean): Conversion | undefined {
  if (typeEquals(fromEl, toEl)) return conversionCollectionToList(toEl, undefined);
  const conv = getConversion(fromEl, toEl, unsafe);
  return conv && conversionCollectionToList(toEl, conv);
}

function toSet(fromEl: Type, toEl: Type, unsafe: boolean): Conversion | undefined {
  if (typeEquals(fromEl, toEl)) return conversionCollectionToSet(toEl, undefined);
  const conv = getConversion(fromEl, toEl, unsafe);
  return conv && conversionCollectionToSet(toEl, conv);
}

function mapToMap(fromEl: Type, toEl: Type, unsafe: boolean): Conversion | undefined {
  const conv = getConversion(fromEl, toEl, unsafe);
  return conv && conversionMapToMap(toEl, conv);
}

function passthrough(v: Value): Value {
  return v;
}

// A value typed `any` during checking: convert it for real once its type is known.
function dynamicFixup(to: Type): Conversion {
  return (v, path) => {
    const r = convertValue(v, to);
    return r instanceof ConversionError ? new ConversionError(r.message, [...path, ...r.path]) : r;
  };
}

/**
 * cty's Convert: the value unchanged when already of the wanted type (optional markers aside),
 * otherwise converted with safe or unsafe conversions, or the mismatch explained.
 */
export function convertValue(v: Value, want: Type): Value | ConversionError {
  if (typeEquals(v.type, withoutOptionalAttributesDeep(want))) return v;
  const conv = getConversion(v.type, want, true);
  if (!conv) return new ConversionError(mismatchMessage(v.type, want));
  return conv(v, []);
}
