import { BoolType, NumberType, isCollection, tupleOf, type Type } from "../../lang/types/type.js";
import type { BigNum } from "../../lang/values/number.js";
import { Value, type Refinement } from "../../lang/values/value.js";
import { MsgpackError, MsgpackReader, MsgpackWriter } from "./msgpack-wire.js";

// Unknown values in the object wire format: a msgpack extension. Unrefined unknowns (and every unknown
// of the dynamic pseudo-type) are extension 0 with one zero byte; refined ones are extension 12 whose
// payload is a map from small integer keys to what is known: 1 nullness, 2 string prefix, 3 and 4
// number bounds as [number, inclusive], 5 and 6 collection length bounds. Any other extension code
// with at most one byte reads as a plain unknown; keys this version does not know are skipped.

const UNKNOWN_EXT = 0;
const REFINED_EXT = 12;
const MAX_REFINEMENT_BYTES = 1024;
const BOUND_TYPE = tupleOf([NumberType, BoolType]);

/** Writes one value of a type with the given writer (for number bounds). */
type WriteValue = (w: MsgpackWriter, v: Value, t: Type) => unknown;
/** Reads one value of a type with the given reader (for number bounds). */
type ReadValue = (r: MsgpackReader, t: Type) => Value;

/** Writes an unknown value, with its refinements when it has any that apply to its type. */
export function writeUnknown(w: MsgpackWriter, v: Value, writeValue: WriteValue): undefined {
  const entries = refinementEntries(v.type, v.refinement);
  if (entries.length === 0) {
    w.ext(UNKNOWN_EXT, new Uint8Array([0]));
    return undefined;
  }
  const body = new MsgpackWriter();
  body.mapHeader(entries.length);
  for (const [key, write] of entries) {
    body.int(BigInt(key));
    write(body, writeValue);
  }
  w.ext(REFINED_EXT, body.bytes());
  return undefined;
}

type Entry = [number, (w: MsgpackWriter, writeValue: WriteValue) => void];

function refinementEntries(t: Type, r: Refinement): Entry[] {
  const out: Entry[] = [];
  if (t.kind === "dynamic") return out;
  if (r.notNull) out.push([1, (w) => w.bool(false)]);
  if (t.kind === "string" && r.stringPrefix) out.push([2, (w) => w.str(r.stringPrefix!)]);
  if (t.kind === "number") {
    for (const [key, b] of [[3, r.numberLower], [4, r.numberUpper]] as const) {
      if (b) out.push([key, (w, write) => write(w, Value.tuple([Value.number(b.value), Value.bool(b.inclusive)]), BOUND_TYPE)]);
    }
  }
  if (isCollection(t)) {
    if (r.lengthLower) out.push([5, (w) => w.int(BigInt(r.lengthLower!))]);
    if (r.lengthUpper !== undefined) out.push([6, (w) => w.int(BigInt(r.lengthUpper!))]);
  }
  return out;
}

/** Reads an extension item as an unknown value of type `t`, keeping the refinements it carries. */
export function readUnknown(r: MsgpackReader, t: Type, at: string, readValue: ReadValue): Value {
  const { code, payload } = r.ext();
  if (payload.length <= 1) return Value.unknown(t);
  if (code !== REFINED_EXT) throw failure(at, `unsupported extension type 0x${code.toString(16).padStart(2, "0")} with len ${payload.length}`);
  if (payload.length > MAX_REFINEMENT_BYTES) throw failure(at, "oversize unknown value refinement");
  const body = new MsgpackReader(payload);
  const count = body.mapHeader();
  if (t.kind === "dynamic") return Value.unknown(t);
  const refinement: { -readonly [K in keyof Refinement]: Refinement[K] } = {};
  for (let i = 0; i < count; i++) {
    const key = Number(body.int());
    if (key === 1) {
      if (body.bool()) return Value.null(t);
      refinement.notNull = true;
    } else if (key === 2) {
      if (t.kind !== "string") throw failure(at, "string prefix refinement for non-string type");
      refinement.stringPrefix = body.str();
    } else if (key === 3 || key === 4) {
      if (t.kind !== "number") throw failure(at, "numeric bound refinement for non-number type");
      const b = readBound(body, at, readValue);
      if (key === 3) refinement.numberLower = b;
      else refinement.numberUpper = b;
    } else if (key === 5 || key === 6) {
      if (!isCollection(t)) throw failure(at, "length bound refinement for non-collection type");
      const n = Number(body.int());
      if (key === 5) refinement.lengthLower = n;
      else refinement.lengthUpper = n;
    } else {
      body.skip();
    }
  }
  return Value.unknown(t, refinement);
}

function readBound(r: MsgpackReader, at: string, readValue: ReadValue): { value: BigNum; inclusive: boolean } {
  const bound = readValue(r, BOUND_TYPE);
  const [value, inclusive] = bound.isWhollyKnown && !bound.isNull ? bound.elements() : [];
  if (!value || value.isNull || !inclusive || inclusive.isNull) throw failure(at, "number bound refinement must be [number, bool] array");
  return { value: value.asNumber(), inclusive: inclusive.asBool() };
}

function failure(at: string, message: string): MsgpackError {
  return new MsgpackError(`${at ? `${at.replace(/^\./, "")}: ` : ""}failed to decode msgpack extension body: ${message}`);
}
