import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BigNum, NumError } from "../../../lang/values/number.js";

const rep = (digit: string, n: number): string => digit.repeat(n);
const D159 = "1234567890".repeat(15) + "123456789";
const lit = (s: string): BigNum => BigNum.parse(s)!;
const ok = (r: BigNum | NumError): BigNum => {
  if (r instanceof NumError) throw new Error(r.message);
  return r;
};
const inf = ok(lit("1").quo(lit("0")));

// [text, what `terraform console` printed for tonumber("<text>")]; undefined where tonumber failed.
const PARSE_CASES: ReadonlyArray<readonly [string, string | undefined]> = [
  ["1", "1"],
  ["-1.5", "-1.5"],
  ["+5", "5"],
  ["007", "7"],
  ["1.", "1"],
  [".5", "0.5"],
  ["-.5e1", "-5"],
  ["1e10", "10000000000"],
  ["1E+2", "100"],
  ["1.5e-3", "0.0015"],
  ["1p4", "16"],
  ["1.5P-1", "0.75"],
  ["0.1p1", "0.2"],
  ["-0", "-0"],
  ["-0.0e5", "-0"],
  ["0e9999999999", "0"],
  ["inf", "+Inf"],
  ["Inf", "+Inf"],
  ["-inf", "-Inf"],
  ["+Inf", "+Inf"],
  ["INF", undefined],
  ["infinity", undefined],
  ["NaN", undefined],
  ["", undefined],
  [".", undefined],
  ["+", undefined],
  ["1e", undefined],
  ["1e+", undefined],
  ["e5", undefined],
  [" 5", undefined],
  ["5 ", undefined],
  ["0x10", undefined],
  ["1_000", undefined],
  ["1,5", undefined],
  ["1.2.3", undefined],
  ["1e999999999", "+Inf"],
  ["1e-999999999", "0"],
  ["-1e-999999999", "-0"],
  ["1e2147483647", undefined],
  ["1e-2147483648", "0"],
  ["1e2147483648", undefined],
  ["1e9223372036854775807", undefined],
  ["0e99999999999999999999", undefined],
  ["1e646456993", "+Inf"],
  ["1e-646457000", "0"],
  [`0.3${rep("0", 159)}1`, "0.3"],
  [D159, `${D159.slice(0, -5)}60000`],
  ["1e248", `1${rep("0", 248)}`],
  ["1e249", `1${rep("0", 249)}`],
  ["1.7976931348623157e308", `17976931348623157${rep("0", 292)}`],
  ["4.9e-324", `0.${rep("0", 323)}49`],
  ["1e-310", `0.${rep("0", 309)}1`],
];

// [text, base, what `terraform console` printed for parseint("<text>", base)].
const PARSE_INT_CASES: ReadonlyArray<readonly [string, number, string | undefined]> = [
  ["ff", 16, "255"],
  ["-ff", 16, "-255"],
  ["Zz", 62, "3817"],
  ["aA", 62, "656"],
  ["zz", 36, "1295"],
  ["ZZ", 36, "1295"],
  ["101", 2, "5"],
  ["-0", 10, "0"],
  ["+7", 10, "7"],
  ["12", 2, undefined],
  ["z", 35, undefined],
  ["-", 10, undefined],
  ["", 10, undefined],
  ["0x10", 16, undefined],
  ["1_0", 10, undefined],
  [" 7", 10, undefined],
];

describe("BigNum.parse (tonumber, number literals)", () => {
  it.each(PARSE_CASES)("%s", (text, printed) => {
    expect(BigNum.parse(text)?.toString()).toBe(printed);
  });

  it("gives 512 bits of precision", () => {
    expect(lit("0.1").prec).toBe(512);
  });
});

describe("BigNum.parseInt (parseint)", () => {
  it.each(PARSE_INT_CASES)("%s base %d", (text, base, printed) => {
    expect(BigNum.parseInt(text, base)?.toString()).toBe(printed);
  });
});

describe("constructors keep cty's precisions", () => {
  it.each([
    ["fromNumber (NumberFloatVal)", BigNum.fromNumber(0.1), 53, "0.1"],
    ["fromInt (NumberIntVal)", BigNum.fromInt(-7), 64, "-7"],
    ["fromBigInt, small", BigNum.fromBigInt(5n), 64, "5"],
    ["fromBigInt, wide", BigNum.fromBigInt(2n ** 100n + 1n), 101, String(2n ** 100n + 1n)],
    ["fromNumber(-0)", BigNum.fromNumber(-0), 53, "-0"],
    ["fromNumber(-Infinity)", BigNum.fromNumber(-Infinity), 53, "-Inf"],
    ["ZERO (cty.Zero)", BigNum.ZERO, 53, "0"],
    ["ONE", BigNum.ONE, 64, "1"],
    ["1/3 with 53 bits", ok(lit("1").quo(lit("3"))).withPrec(53), 53, "0.3333333333333333"],
  ] as const)("%s", (_name, value, prec, text) => {
    expect(value.prec).toBe(prec);
    expect(value.toString()).toBe(text);
  });

  it("fromInt rejects non-integers", () => {
    expect(() => BigNum.fromInt(1.5)).toThrow();
  });
});

describe("conversions", () => {
  it.each([
    ["0.1", 0.1],
    ["1e400", Infinity],
    ["-1e400", -Infinity],
    ["1e-400", 0],
    ["-1e-400", -0],
    ["4.9e-324", 5e-324],
    ["2.4703282292062328e-324", 5e-324],
    ["2.4703282292062327e-324", 0],
    ["9007199254740993", 9007199254740992],
    ["9007199254740995", 9007199254740996],
  ] as const)("toNumber(%s) is the nearest double", (text, n) => {
    expect(Object.is(lit(text).toNumber(), n)).toBe(true);
  });

  it("toFloat64 refuses finite values beyond the double range, as gocty does", () => {
    expect(lit("1e400").toFloat64()).toBeUndefined();
    expect(inf.toFloat64()).toBe(Infinity);
    expect(lit("1e-400").toFloat64()).toBe(0);
  });

  it("toNumberExact only when a double holds the value", () => {
    expect(lit("0.5").toNumberExact()).toBe(0.5);
    expect(lit("0.1").toNumberExact()).toBeUndefined();
    expect(BigNum.fromNumber(0.1).toNumberExact()).toBe(0.1);
  });

  it.each([
    ["9223372036854775807", 9223372036854775807n],
    ["-9223372036854775808", -9223372036854775808n],
    ["9223372036854775808", undefined],
    ["-0", 0n],
    ["1.5", undefined],
    ["1e3", 1000n],
  ] as const)("toInt64(%s)", (text, n) => {
    expect(lit(text).toInt64()).toBe(n);
  });

  it("toBigInt truncates toward zero", () => {
    expect(lit("-1.9").toBigInt()).toBe(-1n);
    expect(lit("1e30").toBigInt()).toBe(10n ** 30n);
    expect(lit("0.5").toBigInt()).toBe(0n);
    expect(inf.toBigInt()).toBeUndefined();
  });

  it("round-trips doubles", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(Object.is(BigNum.fromNumber(x).toNumber(), x)).toBe(true);
        const text = Object.is(x, -0) ? "-0" : Number.isFinite(x) ? String(x) : x > 0 ? "inf" : "-inf";
        expect(Object.is(lit(text).toNumber(), x)).toBe(true);
      }),
    );
  });
});

describe("predicates and comparison", () => {
  it("classifies values", () => {
    expect([lit("1e400"), lit("-0"), lit("0.5"), inf].map((n) => n.isInteger())).toEqual([true, true, false, false]);
    expect([lit("-0"), lit("0"), lit("-2"), inf].map((n) => n.sign())).toEqual([0, 0, -1, 1]);
    expect([lit("-0"), lit("0"), ok(lit("-1").quo(lit("0")))].map((n) => n.isNegative())).toEqual([true, false, true]);
    expect([lit("-0").isZero(), inf.isInf(), lit("1").isInf()]).toEqual([true, true, false]);
  });

  it("orders numbers, -0 equal to 0, precision ignored", () => {
    const sorted = ["-inf", "-1", "-0", "1e-400", "1", "1e400", "inf"].map(lit);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.cmp(sorted[i]!)).toBe(-1);
    expect(lit("-0").cmp(lit("0"))).toBe(0);
    expect(BigNum.fromInt(3).equals(lit("3"))).toBe(true);
    expect(BigNum.fromNumber(0.1).equals(lit("0.1"))).toBe(false);
  });

  it("min and max return cty's infinities when nothing beats them", () => {
    expect(BigNum.min([])).toBeUndefined();
    expect(BigNum.min([inf])).toBe(BigNum.POS_INF);
    expect(BigNum.max([ok(lit("-1").quo(lit("0")))])).toBe(BigNum.NEG_INF);
    const two = lit("2.0");
    expect(BigNum.min([two, lit("2")])).toBe(two);
  });
});
