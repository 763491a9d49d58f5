import { compareCodePoints } from "../text/code-point-order.js";
import { BigNum } from "./number.js";
import { Mark, type Marks } from "./marks.js";
import { compareSetElements } from "./set-order.js";
import {
  BoolType,
  DynamicPseudoType,
  NumberType,
  StringType,
  listOf,
  mapOf,
  objectOf,
  setOf,
  tupleOf,
  typeEquals,
  type Type,
} from "../types/type.js";

/**
 * What is known about an unknown value before it is known (cty "refinements"): it will not be null,
 * a string prefix, number bounds, collection length bounds. All fields optional.
 */
export interface Refinement {
  readonly notNull?: boolean;
  readonly stringPrefix?: string;
  readonly numberLower?: { readonly value: BigNum; readonly inclusive: boolean };
  readonly numberUpper?: { readonly value: BigNum; readonly inclusive: boolean };
  readonly lengthLower?: number;
  readonly lengthUpper?: number;
}

/** The payload of an unknown value. */
export class Unknown {
  constructor(readonly refinement: Refinement = {}) {}
}

const PLAIN_UNKNOWN = new Unknown();

/**
 * The JS payload behind a value, by type: string → string, number → BigNum, bool → boolean,
 * list/set/tuple → Value[], map/object → Map<string, Value>; null → null; unknown → Unknown.
 */
export type Raw = null | Unknown | string | BigNum | boolean | readonly Value[] | ReadonlyMap<string, Value>;

/**
 * An HCL/Terraform value: a type, a payload that may be null or unknown, and marks (sensitive...).
 * Immutable. Nested values carry their own marks. Map and object entries iterate in cty's order (keys
 * sorted by code point), set elements in cty's set order.
 */
export class Value {
  private constructor(
    readonly type: Type,
    readonly raw: Raw,
    readonly marks: Marks = Mark.None,
  ) {}

  /** A known string, normalised to NFC as cty does. */
  static string(s: string): Value {
    return new Value(StringType, isAscii(s) ? s : s.normalize("NFC"));
  }

  /** A known number. */
  static number(n: BigNum): Value {
    return new Value(NumberType, n);
  }

  /**
   * A known number from a JS number or bigint (exact): safe integers as cty's NumberIntVal (64-bit),
   * other doubles as NumberFloatVal (53-bit), bigints at their own size.
   */
  static numberFrom(n: number | bigint): Value {
    if (typeof n === "bigint") return new Value(NumberType, BigNum.fromBigInt(n));
    return new Value(NumberType, Number.isSafeInteger(n) ? BigNum.fromInt(n) : BigNum.fromNumber(n));
  }

  /** A known bool. */
  static bool(b: boolean): Value {
    return b ? TRUE : FALSE;
  }

  /** The null value of a type. */
  static null(type: Type): Value {
    return new Value(type, null);
  }

  /** An unknown value of a type (DynamicPseudoType when the type is not known either). */
  static unknown(type: Type, refinement?: Refinement): Value {
    return new Value(type, refinement ? new Unknown(refinement) : PLAIN_UNKNOWN);
  }

  /** A list; `elementType` is required when the list is empty. All elements must share one type. */
  static list(elements: readonly Value[], elementType?: Type): Value {
    const et = elementType ?? elements[0]?.type ?? DynamicPseudoType;
    return new Value(listOf(et), elements);
  }

  /** A set: elements are de-duplicated and ordered as cty orders them. */
  static set(elements: readonly Value[], elementType?: Type): Value {
    const et = elementType ?? elements[0]?.type ?? DynamicPseudoType;
    return new Value(setOf(et), normaliseSet(elements));
  }

  /** A map with string keys; `elementType` is required when empty. */
  static map(entries: ReadonlyMap<string, Value> | Record<string, Value>, elementType?: Type): Value {
    const m = toMap(entries);
    const et = elementType ?? m.values().next().value?.type ?? DynamicPseudoType;
    return new Value(mapOf(et), m);
  }

  /** A tuple; its type is the tuple of its elements' types. */
  static tuple(elements: readonly Value[]): Value {
    return new Value(tupleOf(elements.map((e) => e.type)), elements);
  }

  /** An object; its type is the object of its attributes' types. */
  static object(attrs: ReadonlyMap<string, Value> | Record<string, Value>): Value {
    const m = toMap(attrs);
    const types = new Map<string, Type>();
    for (const [k, v] of m) types.set(k, v.type);
    return new Value(objectOf(types), m);
  }

  /** Builds a value of an exact (possibly structural) type from a payload; for converters. */
  static of(type: Type, raw: Raw, marks: Marks = Mark.None): Value {
    if (type.kind === "set" && Array.isArray(raw)) return new Value(type, normaliseSet(raw as Value[]), marks);
    if (raw instanceof Map && !isSortedMap(raw)) return new Value(type, toMap(raw), marks);
    return new Value(type, raw, marks);
  }

  /** True when this value is null (a known null). */
  get isNull(): boolean {
    return this.raw === null;
  }

  /** True unless this value itself is unknown (its elements may still be). */
  get isKnown(): boolean {
    return !(this.raw instanceof Unknown);
  }

  /** True when neither this value nor anything inside it is unknown. */
  get isWhollyKnown(): boolean {
    if (!this.isKnown) return false;
    if (Array.isArray(this.raw)) return (this.raw as Value[]).every((v) => v.isWhollyKnown);
    if (this.raw instanceof Map) {
      for (const v of this.raw.values()) if (!v.isWhollyKnown) return false;
    }
    return true;
  }

  /** True when this value itself carries the sensitive mark. */
  get isSensitive(): boolean {
    return (this.marks & Mark.Sensitive) !== 0;
  }

  /** The refinement of an unknown value (empty when known). */
  get refinement(): Refinement {
    return this.raw instanceof Unknown ? this.raw.refinement : {};
  }

  /** The same value with extra marks added. */
  mark(marks: Marks): Value {
    if (marks === Mark.None || (this.marks & marks) === marks) return this;
    return new Value(this.type, this.raw, this.marks | marks);
  }

  /** The same value with its own (top-level) marks removed. */
  unmark(): Value {
    return this.marks === Mark.None ? this : new Value(this.type, this.raw);
  }

  /** The string payload; the value must be a known, non-null string. */
  asString(): string {
    return this.expect("string") as string;
  }

  /** The number payload; the value must be a known, non-null number. */
  asNumber(): BigNum {
    return this.expect("number") as BigNum;
  }

  /** The bool payload; the value must be a known, non-null bool. */
  asBool(): boolean {
    return this.expect("bool") as boolean;
  }

  /** Elements of a known, non-null list, set or tuple. */
  elements(): readonly Value[] {
    if (!Array.isArray(this.raw)) throw new Error(`elements() of ${this.type.kind} value`);
    return this.raw as readonly Value[];
  }

  /** Entries of a known, non-null map or object. */
  entries(): ReadonlyMap<string, Value> {
    if (!(this.raw instanceof Map)) throw new Error(`entries() of ${this.type.kind} value`);
    return this.raw;
  }

  /** Number of elements or entries of a known, non-null collection or structure. */
  get length(): number {
    if (Array.isArray(this.raw)) return this.raw.length;
    if (this.raw instanceof Map) return this.raw.size;
    throw new Error(`length of ${this.type.kind} value`);
  }

  private expect(kind: "string" | "number" | "bool"): Raw {
    if (this.type.kind !== kind || this.raw === null || this.raw instanceof Unknown) {
      throw new Error(`as ${kind} of ${this.type.kind} value (${this.raw === null ? "null" : "unknown"})`);
    }
    return this.raw;
  }
}

const TRUE = Value.of(BoolType, true);
const FALSE = Value.of(BoolType, false);

/** The unknown value of unknown type (cty.DynamicVal). */
export const DynamicVal = Value.unknown(DynamicPseudoType);

/** Exact identity of two values: same type, same payload, same marks (cty's RawEquals). */
export function rawEquals(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a.marks !== b.marks || !typeEquals(a.type, b.type)) return false;
  return payloadEquals(a, b);
}

/** Payload identity ignoring marks at every level; used for set de-duplication. */
export function payloadEquals(a: Value, b: Value): boolean {
  const ra = a.raw;
  const rb = b.raw;
  if (ra === null || rb === null) return ra === rb;
  if (ra instanceof Unknown || rb instanceof Unknown) return ra instanceof Unknown && rb instanceof Unknown;
  if (ra instanceof BigNum) return rb instanceof BigNum && ra.equals(rb);
  if (Array.isArray(ra)) {
    const eb = rb as readonly Value[];
    return ra.length === eb.length && ra.every((v: Value, i: number) => payloadEquals(v, eb[i]!));
  }
  if (ra instanceof Map) {
    const mb = rb as ReadonlyMap<string, Value>;
    if (ra.size !== mb.size) return false;
    for (const [k, v] of ra) {
      const o = mb.get(k);
      if (!o || !payloadEquals(v, o)) return false;
    }
    return true;
  }
  return ra === rb;
}

function normaliseSet(elements: readonly Value[]): Value[] {
  const sorted = [...elements].sort(compareSetElements);
  const out: Value[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    // Elements that are not wholly known are never equal to each other in a set (cty): each stays.
    if (prev && prev.isWhollyKnown && e.isWhollyKnown && payloadEquals(prev, e) && typeEquals(prev.type, e.type)) continue;
    out.push(e);
  }
  return out;
}

/** Map and object payloads iterate in cty's order: keys sorted by code point. */
function toMap(entries: ReadonlyMap<string, Value> | Record<string, Value>): Map<string, Value> {
  const keys = entries instanceof Map ? [...entries.keys()] : Object.keys(entries);
  keys.sort(compareCodePoints);
  const get = entries instanceof Map ? (k: string) => entries.get(k)! : (k: string) => (entries as Record<string, Value>)[k]!;
  const m = new Map<string, Value>();
  for (const k of keys) m.set(k, get(k));
  return m;
}

function isSortedMap(m: ReadonlyMap<string, Value>): boolean {
  let prev: string | undefined;
  for (const k of m.keys()) {
    if (prev !== undefined && compareCodePoints(prev, k) > 0) return false;
    prev = k;
  }
  return true;
}


function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
