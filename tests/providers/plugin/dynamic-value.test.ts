import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BoolType,
  DynamicPseudoType,
  NumberType,
  StringType,
  listOf,
  mapOf,
  objectOf,
  setOf,
  hasDynamicTypes,
  tupleOf,
  type Type,
} from "../../../lang/types/type.js";
import { Mark } from "../../../lang/values/marks.js";
import { BigNum } from "../../../lang/values/number.js";
import { Value, rawEquals } from "../../../lang/values/value.js";
import { DynamicValueError, decodeDynamicValue, decodeMsgpack, encodeMsgpack } from "../../../providers/plugin/dynamic-value.js";

// The DynamicValue codec: the exact bytes cty's msgpack encoder writes for representative values,
// round trips of arbitrary typed values (unknowns with refinements, nulls, dynamic values, exact
// numbers), the JSON form, and malformed input.

const hex = (b: Uint8Array | DynamicValueError) => (b instanceof DynamicValueError ? b.message : Buffer.from(b).toString("hex"));
const bytes = (h: string) => new Uint8Array(Buffer.from(h, "hex"));
const num = (s: string) => Value.number(BigNum.parse(s)!);

describe("msgpack encoding as cty writes it", () => {
  it.each<[string, Value, Type, string]>([
    ["unknown", Value.unknown(StringType), StringType, "d40000"],
    ["null", Value.null(StringType), StringType, "c0"],
    ["short string", Value.string("hi"), StringType, "a26869"],
    ["true", Value.bool(true), BoolType, "c3"],
    ["small int", Value.numberFrom(5), NumberType, "05"],
    ["negative fixint", Value.numberFrom(-3), NumberType, "fd"],
    ["uint8", Value.numberFrom(200), NumberType, "ccc8"],
    ["int16", Value.numberFrom(-1000), NumberType, "d1fc18"],
    ["int64 max", Value.number(BigNum.fromBigInt(2n ** 63n - 1n)), NumberType, "cf7fffffffffffffff"],
    ["float", num("0.5"), NumberType, "cb3fe0000000000000"],
    ["2^63 as float", Value.number(BigNum.fromBigInt(2n ** 63n)), NumberType, "cb43e0000000000000"],
    ["big integer as text", Value.number(BigNum.fromBigInt(2n ** 64n + 1n)), NumberType, `b4${Buffer.from("18446744073709551617").toString("hex")}`],
    ["0.1 at 512 bits as text", num("0.1"), NumberType, `a3${Buffer.from("0.1").toString("hex")}`],
    ["infinity", Value.number(BigNum.POS_INF), NumberType, "cb7ff0000000000000"],
    ["list", Value.list([Value.string("a")]), listOf(StringType), "91a161"],
    ["map", Value.map({ k: Value.bool(false) }), mapOf(BoolType), "81a16bc2"],
    ["object in name order", Value.object({ b: Value.null(StringType), a: Value.numberFrom(1) }), objectOf({ b: StringType, a: NumberType }), "82a16101a162c0"],
    ["dynamic string", Value.string("x"), DynamicPseudoType, `92c408${Buffer.from('"string"').toString("hex")}a178`],
    ["dynamic unknown", Value.unknown(DynamicPseudoType), DynamicPseudoType, "d40000"],
  ])("%s", (_name, v, t, want) => {
    expect(hex(encodeMsgpack(v, t))).toBe(want);
  });

  it("writes refinements as extension 12 with an integer-keyed map", () => {
    // {1: false} is three bytes (81 01 c2), so an ext8 header: c7, length 03, code 0c.
    expect(hex(encodeMsgpack(Value.unknown(StringType, { notNull: true }), StringType))).toBe("c7030c8101c2");
    expect(hex(encodeMsgpack(Value.unknown(StringType, { notNull: true, stringPrefix: "ab" }), StringType))).toBe("c7070c8201c202a26162");
    const n = Value.unknown(NumberType, { numberLower: { value: BigNum.fromInt(1), inclusive: true } });
    expect(hex(encodeMsgpack(n, NumberType))).toBe("c7050c81039201c3");
    const l = Value.unknown(listOf(StringType), { lengthLower: 1, lengthUpper: 3 });
    expect(hex(encodeMsgpack(l, listOf(StringType)))).toBe("c7050c8205010603");
  });

  it("refuses marked values and known values of unknown type", () => {
    const marked = encodeMsgpack(Value.string("s").mark(Mark.Sensitive), StringType);
    expect(marked).toEqual(new DynamicValueError("value has marks, so it cannot be serialized"));
    const inside = encodeMsgpack(Value.object({ a: Value.string("s").mark(Mark.Sensitive) }), objectOf({ a: StringType }));
    expect(inside).toEqual(new DynamicValueError("a: value has marks, so it cannot be serialized"));
  });
});

describe("msgpack decoding", () => {
  it("reads every integer and string format and keeps cty's precisions", () => {
    expect(decodeMsgpack(bytes("d3ffffffffffffff85"), NumberType)).toEqual(Value.numberFrom(-123));
    expect((decodeMsgpack(bytes("ca3f000000"), NumberType) as Value).asNumber().toString()).toBe("0.5");
    const big = decodeMsgpack(bytes(`b4${Buffer.from("18446744073709551617").toString("hex")}`), NumberType) as Value;
    expect(big.asNumber().toString()).toBe("18446744073709551617");
    expect(decodeMsgpack(bytes("d90161"), StringType)).toEqual(Value.string("a"));
    expect(decodeMsgpack(bytes("c40161"), StringType)).toEqual(Value.string("a"));
  });

  it("reads any extension as unknown and refinements from extension 12", () => {
    expect(decodeMsgpack(bytes("d40500"), StringType)).toEqual(Value.unknown(StringType));
    const r = decodeMsgpack(bytes("c7070c8201c202a26162"), StringType) as Value;
    expect(r.refinement).toEqual({ notNull: true, stringPrefix: "ab" });
    expect(decodeMsgpack(bytes("c7030c8101c3"), StringType)).toEqual(Value.null(StringType));
    expect((decodeMsgpack(bytes("c7050c8209c20501"), listOf(StringType)) as Value).refinement).toEqual({ lengthLower: 1 });
  });

  it.each<[string, string, Type, string]>([
    ["object with a missing attribute", "81a16101", objectOf({ a: NumberType, b: StringType }), "an object with 2 attributes is required (1 given)"],
    ["unsupported attribute", "81a17a01", objectOf({ a: NumberType }), "z: unsupported attribute"],
    ["trailing bytes", "01c0", NumberType, "unexpected 1 bytes after the value"],
    ["truncated string", "a568", StringType, "unexpected end of msgpack data"],
    ["string for a bool", "a161", BoolType, "bool is required"],
    ["number text", "a3616263", NumberType, "number is required"],
    ["tuple length", "9101", tupleOf([NumberType, NumberType]), "a tuple of length 2 is required"],
    ["dynamic not a pair", "9101", DynamicPseudoType, "dynamic value array must have exactly two elements"],
    ["prefix on a number", "c7040c8102a161", NumberType, "failed to decode msgpack extension body: string prefix refinement for non-string type"],
    ["nested path", "81a16191a3616263", objectOf({ a: listOf(NumberType) }), "a[0]: number is required"],
  ])("reports %s", (_name, input, t, message) => {
    expect(decodeMsgpack(bytes(input), t)).toEqual(new DynamicValueError(message));
  });

  it("reads the JSON form when msgpack is absent, and neither is an error", () => {
    const t = objectOf({ a: NumberType, d: DynamicPseudoType });
    const v = decodeDynamicValue({ json: new TextEncoder().encode('{"a":1.5,"d":{"value":["x"],"type":["list","string"]}}') }, t) as Value;
    expect(rawEquals(v, Value.object({ a: num("1.5"), d: Value.list([Value.string("x")]) }))).toBe(true);
    expect(decodeDynamicValue({}, t)).toBeInstanceOf(DynamicValueError);
    expect(decodeDynamicValue({ json: new TextEncoder().encode('{"a":"x"}') }, t)).toBeInstanceOf(DynamicValueError);
  });
});

// ---- round trips ---------------------------------------------------------------------------------

const prim = fc.constantFrom<Type>(StringType, NumberType, BoolType);
const name = fc.constantFrom("a", "b", "id", "x_y", "ü");
/** Collections hold values of one concrete type: their element types never contain `any`. */
const concrete = (a: fc.Arbitrary<Type>) => a.filter((t) => !hasDynamicTypes(t));
const typeArb: fc.Arbitrary<Type> = fc.letrec<{ t: Type; inner: Type }>((tie) => ({
  inner: fc.oneof({ depthSize: "small", withCrossShrink: true }, prim, fc.constant<Type>(DynamicPseudoType), tie("t")),
  t: fc.oneof(
    { depthSize: "small" },
    prim,
    concrete(tie("t")).map((e) => listOf(e)),
    concrete(tie("t")).map((e) => setOf(e)),
    concrete(tie("t")).map((e) => mapOf(e)),
    fc.array(tie("inner"), { maxLength: 3 }).map((es) => tupleOf(es)),
    fc.dictionary(name, tie("inner"), { maxKeys: 3 }).map((a) => objectOf(a)),
  ),
})).inner;

const numberArb = fc.oneof(
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => BigNum.fromBigInt(n)),
  fc.double({ noNaN: true }).map((d) => BigNum.fromNumber(d)),
  fc.constantFrom("0.1", "1e-30", "123456789.123456789123456789", "-7.25").map((s) => BigNum.parse(s)!),
);

function valueArb(t: Type, depth = 0): fc.Arbitrary<Value> {
  const special = [fc.constant(Value.null(t)), unknownArb(t)];
  const known = knownArb(t, depth);
  return fc.oneof({ weight: 1, arbitrary: fc.oneof(...special) }, { weight: 4, arbitrary: known });
}

function unknownArb(t: Type): fc.Arbitrary<Value> {
  if (t.kind === "string") return fc.record({ notNull: fc.boolean(), stringPrefix: fc.string({ maxLength: 3 }) }).map((r) => Value.unknown(t, r.notNull ? r : { stringPrefix: r.stringPrefix }));
  if (t.kind === "number") return numberArb.map((n) => Value.unknown(t, { notNull: true, numberUpper: { value: n, inclusive: false } }));
  if (t.kind === "list" || t.kind === "set" || t.kind === "map") return fc.nat(4).map((n) => Value.unknown(t, { lengthLower: n, lengthUpper: n + 2 }));
  return fc.constant(Value.unknown(t));
}

function knownArb(t: Type, depth: number): fc.Arbitrary<Value> {
  switch (t.kind) {
    case "string":
      return fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => Value.string(s));
    case "number":
      return numberArb.map((n) => Value.number(n));
    case "bool":
      return fc.boolean().map((b) => Value.bool(b));
    case "dynamic":
      return depth > 2 ? fc.constant(Value.string("leaf")) : prim.chain((pt) => valueArb(pt, depth + 1));
    case "list":
    case "set":
      return fc.array(valueArb(t.element, depth + 1), { maxLength: 3 }).map((els) => Value.of(t, els));
    case "map":
      return fc.dictionary(name, valueArb(t.element, depth + 1), { maxKeys: 3 }).map((m) => Value.of(t, new Map(Object.entries(m))));
    case "tuple":
      return fc.tuple(...t.elements.map((e) => valueArb(e, depth + 1))).map((els) => Value.tuple(els));
    case "object": {
      const entries = [...t.attributes].map(([k, at]) => valueArb(at, depth + 1).map((v) => [k, v] as const));
      return fc.tuple(...entries).map((es) => Value.object(new Map(es)));
    }
  }
}

/** Values equal with their refinements (rawEquals treats all unknowns of one type alike). */
function sameValue(a: Value, b: Value): boolean {
  if (!rawEquals(a, b)) return false;
  if (!a.isKnown) return JSON.stringify(refinementText(a)) === JSON.stringify(refinementText(b)) && sameBounds(a, b);
  if (a.isNull || !(Array.isArray(a.raw) || a.raw instanceof Map)) return true;
  if (Array.isArray(a.raw)) return a.elements().every((e, i) => sameValue(e, b.elements()[i]!));
  return [...a.entries()].every(([k, e]) => sameValue(e, b.entries().get(k)!));
}

function refinementText(v: Value): unknown {
  const r = v.refinement;
  return {
    notNull: r.notNull ?? false,
    stringPrefix: r.stringPrefix || undefined,
    lengthLower: r.lengthLower || undefined,
    lengthUpper: r.lengthUpper,
  };
}

/**
 * Number bounds equal as numbers: a bound read back as an int64 has 64 bits of precision where the
 * float it was written from had 53, so their texts may differ (-67400181873743290 against ...288).
 */
function sameBounds(a: Value, b: Value): boolean {
  const same = (x?: { value: BigNum; inclusive: boolean }, y?: { value: BigNum; inclusive: boolean }) =>
    x === undefined || y === undefined ? x === y : x.inclusive === y.inclusive && x.value.cmp(y.value) === 0;
  return same(a.refinement.numberLower, b.refinement.numberLower) && same(a.refinement.numberUpper, b.refinement.numberUpper);
}

describe("msgpack round trips", () => {
  it("decodes what it encodes, for arbitrary types and values", () => {
    const arb = typeArb.chain((t) => valueArb(t).map((v) => [t, v] as const));
    fc.assert(
      fc.property(arb, ([t, v]) => {
        const enc = encodeMsgpack(v, t);
        if (enc instanceof DynamicValueError) throw new Error(enc.message);
        const dec = decodeMsgpack(enc, t);
        if (dec instanceof DynamicValueError) throw new Error(dec.message);
        expect(sameValue(dec, v)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
