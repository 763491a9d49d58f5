import { DynamicPseudoType, listOf, setOf, sortedAttributeNames, type Type } from "../../lang/types/type.js";
import { JsonError } from "../../lang/values/json-marshal.js";
import { typeFromJsonText, unmarshalTyped } from "../../lang/values/json-typed.js";
import { BigNum } from "../../lang/values/number.js";
import { Value } from "../../lang/values/value.js";
import { MsgpackError, MsgpackReader, MsgpackWriter } from "./msgpack-wire.js";
import { readUnknown, writeUnknown } from "./msgpack-unknown.js";
import { typeBytes } from "./schema-message.js";

// tfplugin6's DynamicValue: a value of a schema's type in MessagePack (or, from older clients, JSON),
// by the rules of Terraform's object wire format (docs/plugin-protocol/object-wire-format.md) as cty's
// msgpack package implements them. Objects are maps with every attribute of the type, sets and lists
// arrays, a value of the dynamic pseudo-type a two-element array [type JSON as bin, value], unknowns
// extensions (code 0, or 12 with refinements), numbers an int, a float64 or a decimal string, whichever
// holds the value exactly.

/** Why a DynamicValue could not be read or written. */
export class DynamicValueError {
  constructor(readonly message: string) {}
}

/** A DynamicValue message's two encodings; responses always use msgpack. */
export interface DynamicValueMessage {
  readonly msgpack?: Uint8Array | null;
  readonly json?: Uint8Array | null;
}

/** Writes a value (without marks) as msgpack for type `t` (cty's msgpack.Marshal). */
export function encodeMsgpack(v: Value, t: Type): Uint8Array | DynamicValueError {
  const w = new MsgpackWriter();
  const err = writeValue(w, v, t, "");
  return err ?? w.bytes();
}

/** Reads msgpack written for type `t` (cty's msgpack.Unmarshal); trailing bytes are an error. */
export function decodeMsgpack(bytes: Uint8Array, t: Type): Value | DynamicValueError {
  const r = new MsgpackReader(bytes);
  try {
    const v = readValue(r, t, "");
    if (!r.done) return new DynamicValueError(`unexpected ${bytes.length - r.pos} bytes after the value`);
    return v;
  } catch (e) {
    if (e instanceof MsgpackError || e instanceof DynamicValueError) return new DynamicValueError(e.message);
    throw e;
  }
}

/** Reads a DynamicValue message: msgpack when present, else JSON (cty's json.Unmarshal). */
export function decodeDynamicValue(m: DynamicValueMessage | null | undefined, t: Type): Value | DynamicValueError {
  if (m?.msgpack && m.msgpack.length > 0) return decodeMsgpack(m.msgpack, t);
  if (m?.json && m.json.length > 0) {
    const v = unmarshalTyped(new TextDecoder().decode(m.json), t);
    return v instanceof JsonError ? new DynamicValueError(v.message) : v;
  }
  return new DynamicValueError("the DynamicValue has neither msgpack nor json content");
}

function writeValue(w: MsgpackWriter, v: Value, t: Type, at: string): DynamicValueError | undefined {
  if (v.marks !== 0) return new DynamicValueError(`${where(at)}value has marks, so it cannot be serialized`);
  if (t.kind === "dynamic" && v.type.kind !== "dynamic") {
    w.arrayHeader(2);
    w.bin(typeBytes(v.type));
    return writeValue(w, v, v.type, at);
  }
  if (!v.isKnown) return writeUnknown(w, v, (ww, x, xt) => writeValue(ww, x, xt, at));
  if (v.isNull) return void w.nil();
  switch (t.kind) {
    case "string":
      return void w.str(v.asString());
    case "bool":
      return void w.bool(v.asBool());
    case "number":
      return writeNumber(w, v.asNumber());
    case "list":
    case "set":
      return writeElements(w, v.elements(), () => t.element, at);
    case "tuple":
      return writeElements(w, v.elements(), (i) => t.elements[i]!, at);
    case "map":
      w.mapHeader(v.length);
      for (const [k, e] of v.entries()) {
        w.str(k);
        const err = writeValue(w, e, t.element, `${at}[${JSON.stringify(k)}]`);
        if (err) return err;
      }
      return undefined;
    case "object":
      return writeObject(w, v, t, at);
    case "dynamic":
      return new DynamicValueError(`${where(at)}a known value of unknown type cannot be serialized`);
  }
}

function writeNumber(w: MsgpackWriter, n: BigNum): undefined {
  const i = n.toInt64();
  const f = i === undefined ? n.toNumberExact() : undefined;
  if (i !== undefined) w.int(i);
  else if (f !== undefined) w.float64(f);
  else w.str(n.toString());
  return undefined;
}

function writeElements(w: MsgpackWriter, els: readonly Value[], typeAt: (i: number) => Type, at: string): DynamicValueError | undefined {
  w.arrayHeader(els.length);
  for (const [i, e] of els.entries()) {
    const err = writeValue(w, e, typeAt(i), `${at}[${i}]`);
    if (err) return err;
  }
  return undefined;
}

function writeObject(w: MsgpackWriter, v: Value, t: Type & { kind: "object" }, at: string): DynamicValueError | undefined {
  const names = sortedAttributeNames(t);
  const entries = v.entries();
  w.mapHeader(names.length);
  for (const name of names) {
    const at2 = t.attributes.get(name)!;
    w.str(name);
    const err = writeValue(w, entries.get(name) ?? Value.null(at2), at2, `${at}.${name}`);
    if (err) return err;
  }
  return undefined;
}

function readValue(r: MsgpackReader, t: Type, at: string): Value {
  const kind = r.peek();
  if (kind === "ext") return readUnknown(r, t, at, (rr, tt) => readValue(rr, tt, at));
  if (t.kind === "dynamic") return readDynamic(r, at);
  if (kind === "nil") {
    r.nil();
    return Value.null(t);
  }
  switch (t.kind) {
    case "string":
      return expect(kind === "str" || kind === "bin", at, "string", () => Value.string(r.str()));
    case "bool":
      return expect(kind === "bool", at, "bool", () => Value.bool(r.bool()));
    case "number":
      return readNumber(r, kind, at);
    case "list":
    case "set":
      return readCollection(r, t, at);
    case "tuple":
      return readTuple(r, t, at);
    case "map":
      return readMap(r, t, at);
    case "object":
      return readObject(r, t, at);
  }
}

function readNumber(r: MsgpackReader, kind: string, at: string): Value {
  if (kind === "int") {
    return Value.number(BigNum.fromBigInt(r.int()));
  }
  if (kind === "float") {
    const f = r.float();
    if (Number.isNaN(f)) throw new DynamicValueError(`${where(at)}number is required (NaN is not a number)`);
    return Value.number(BigNum.fromNumber(f));
  }
  if (kind !== "str") throw new DynamicValueError(`${where(at)}number is required`);
  const n = BigNum.parse(r.str());
  if (!n) throw new DynamicValueError(`${where(at)}number is required`);
  return Value.number(n);
}

function readCollection(r: MsgpackReader, t: Type & { kind: "list" | "set" }, at: string): Value {
  const n = header(() => r.arrayHeader(), at, `a ${t.kind}`);
  if (n < 0) return Value.null(t);
  const els: Value[] = [];
  for (let i = 0; i < n; i++) els.push(readValue(r, t.element, `${at}[${i}]`));
  const ctor = t.kind === "list" ? Value.list : Value.set;
  return els.length === 0 ? Value.of(t.kind === "list" ? listOf(t.element) : setOf(t.element), []) : ctor(els);
}

function readTuple(r: MsgpackReader, t: Type & { kind: "tuple" }, at: string): Value {
  const n = header(() => r.arrayHeader(), at, "a tuple");
  if (n < 0) return Value.null(t);
  if (n !== t.elements.length) throw new DynamicValueError(`${where(at)}a tuple of length ${t.elements.length} is required`);
  return Value.tuple(t.elements.map((et, i) => readValue(r, et, `${at}[${i}]`)));
}

function readMap(r: MsgpackReader, t: Type & { kind: "map" }, at: string): Value {
  const n = header(() => r.mapHeader(), at, "a map");
  if (n < 0) return Value.null(t);
  const m = new Map<string, Value>();
  for (let i = 0; i < n; i++) {
    const k = expect(r.peek() === "str", at, "a string map key", () => r.str());
    m.set(k, readValue(r, t.element, `${at}[${JSON.stringify(k)}]`));
  }
  return m.size === 0 ? Value.map(m, t.element) : Value.map(m);
}

function readObject(r: MsgpackReader, t: Type & { kind: "object" }, at: string): Value {
  const n = header(() => r.mapHeader(), at, "an object");
  if (n < 0) return Value.null(t);
  if (n !== t.attributes.size) {
    throw new DynamicValueError(`${where(at)}an object with ${t.attributes.size} attributes is required (${n} given)`);
  }
  const m = new Map<string, Value>();
  for (let i = 0; i < n; i++) {
    const k = expect(r.peek() === "str", at, "a string attribute name", () => r.str());
    const at2 = t.attributes.get(k);
    if (!at2) throw new DynamicValueError(`${where(`${at}.${k}`)}unsupported attribute`);
    m.set(k, readValue(r, at2, `${at}.${k}`));
  }
  return Value.object(m);
}

function readDynamic(r: MsgpackReader, at: string): Value {
  const n = header(() => r.arrayHeader(), at, "a dynamic value");
  if (n < 0) return Value.null(DynamicPseudoType);
  if (n !== 2) throw new DynamicValueError(`${where(at)}dynamic value array must have exactly two elements`);
  const t = typeFromJsonText(new TextDecoder().decode(r.bin()));
  if (t instanceof JsonError) throw new DynamicValueError(`${where(at)}${t.message}`);
  return readValue(r, t, at);
}

function header(read: () => number, at: string, what: string): number {
  try {
    return read();
  } catch (e) {
    if (e instanceof MsgpackError) throw new DynamicValueError(`${where(at)}${what} is required`);
    throw e;
  }
}

function expect<T>(ok: boolean, at: string, what: string, read: () => T): T {
  if (!ok) throw new DynamicValueError(`${where(at)}${what} is required`);
  return read();
}

function where(at: string): string {
  return at ? `${at.replace(/^\./, "")}: ` : "";
}
