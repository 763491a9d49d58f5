import type { EvalResult } from "../hcl/expression.js";
import type { Range } from "../source/range.js";
import { convert, ConversionError } from "../types/convert.js";
import { NumberType, StringType, type ObjectType, type Type } from "../types/type.js";
import { Mark } from "../values/marks.js";
import { BigNum } from "../values/number.js";
import { DynamicVal, Value } from "../values/value.js";
import { fail, ok } from "./result.js";

const INVALID = "Invalid index";
const NOT_AN_ELEMENT = "The given key does not identify an element in this collection value";

/**
 * `collection[key]` as HCL's Index does it: lists and tuples by whole number, maps by string, objects by
 * attribute name (numbers are converted), sets never; unknown keys or collections give unknown results and
 * marks on the collection and key carry over.
 */
export function indexValue(coll: Value, key: Value, subject: Range): EvalResult {
  if (coll.isNull) return fail("Attempt to index null value", "This value is null, so it does not have any indices.", subject);
  if (key.isNull) return fail(INVALID, "Can't use a null value as an indexing key.", subject);
  if (key.type.kind === "dynamic" || coll.type.kind === "dynamic") return ok(DynamicVal.mark(coll.marks));
  switch (coll.type.kind) {
    case "list":
    case "tuple":
    case "map":
      return indexCollection(coll, key, subject);
    case "object":
      return indexObject(coll, coll.type, key, subject);
    case "set":
      return fail(
        INVALID,
        "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.",
        subject,
      );
    default:
      return fail(INVALID, "This value does not have any indices.", subject);
  }
}

function indexCollection(coll: Value, rawKey: Value, subject: Range): EvalResult {
  const key = convert(rawKey, coll.type.kind === "map" ? StringType : NumberType);
  if (key instanceof ConversionError) return fail(INVALID, `${NOT_AN_ELEMENT}: ${key.message}.`, subject);
  const has = hasIndex(coll, key);
  if (has === undefined) {
    const t = coll.type;
    return ok((t.kind === "list" || t.kind === "map" ? Value.unknown(t.element) : DynamicVal).mark(coll.marks));
  }
  if (!has) return fail(INVALID, missingElementDetail(coll, key), subject);
  return ok(elementAt(coll, key));
}

/** cty's HasIndex on a list, tuple or map and a key of the right type: undefined when not yet known. */
function hasIndex(coll: Value, key: Value): boolean | undefined {
  if (!key.isKnown) return undefined;
  if (coll.type.kind === "map") return coll.isKnown ? coll.entries().has(key.asString()) : undefined;
  const n = key.unmark().asNumber();
  if (coll.type.kind === "list" && !coll.isKnown) return undefined;
  if (!n.isInteger() || n.cmp(BigNum.fromNumber(0)) < 0) return false;
  return n.cmp(BigNum.fromNumber(sequenceLength(coll))) < 0;
}

function sequenceLength(coll: Value): number {
  return coll.type.kind === "tuple" ? coll.type.elements.length : coll.length;
}

function elementAt(coll: Value, key: Value): Value {
  const marks = coll.marks | key.marks;
  const k = key.unmark();
  if (coll.type.kind === "map") return coll.entries().get(k.asString())!.mark(marks);
  const i = k.asNumber().toNumber();
  if (!coll.isKnown) return Value.unknown(elementType(coll.type, i)).mark(marks);
  return coll.elements()[i]!.mark(marks);
}

function elementType(t: Type, i: number): Type {
  if (t.kind === "tuple") return t.elements[i]!;
  if (t.kind === "list" || t.kind === "map") return t.element;
  throw new Error(`no element type for ${t.kind}`);
}

/** hcl's more specific messages for a missing sequence element (never showing a marked key's value). */
function missingElementDetail(coll: Value, key: Value): string {
  if (coll.type.kind === "map") return `${NOT_AN_ELEMENT}.`;
  const n = key.unmark().asNumber();
  if (!n.isInteger()) {
    return `${NOT_AN_ELEMENT}: indexing a sequence requires a whole number, but the given index has a fractional part.`;
  }
  if (n.cmp(BigNum.fromNumber(0)) < 0) return `${NOT_AN_ELEMENT}: a negative number is not a valid index for a sequence.`;
  const lengthKnown = coll.type.kind === "tuple" || coll.isKnown;
  if (lengthKnown && coll.marks === Mark.None) {
    const len = sequenceLength(coll);
    if (n.cmp(BigNum.fromNumber(len)) === 0) {
      return len === 0
        ? `${NOT_AN_ELEMENT}: the collection has no elements.`
        : `${NOT_AN_ELEMENT}: the given index is greater than or equal to the length of the collection.`;
    }
  }
  return `${NOT_AN_ELEMENT}.`;
}

function indexObject(coll: Value, t: ObjectType, rawKey: Value, subject: Range): EvalResult {
  const wasNumber = rawKey.type.kind === "number";
  const key = convert(rawKey, StringType);
  if (key instanceof ConversionError) return fail(INVALID, `${NOT_AN_ELEMENT}: ${key.message}.`, subject);
  if (!key.isKnown) return ok(DynamicVal.mark(coll.marks));
  const name = key.unmark().asString();
  const at = t.attributes.get(name);
  if (!at) {
    const hint = wasNumber ? " An object only supports looking up attributes by name, not by numeric index." : "";
    return fail(INVALID, `${NOT_AN_ELEMENT}.${hint}`, subject);
  }
  if (!coll.isKnown) return ok(Value.unknown(at).mark(coll.marks));
  return ok(coll.entries().get(name)!.mark(coll.marks));
}
