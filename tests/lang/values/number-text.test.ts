import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BigNum, NumError, type TextFormat } from "../../../lang/values/number.js";

// Expected texts were printed by `terraform console` (v1.11.4, linux/amd64) for the expression in
// the first column; format() hands numbers to Go's big.Float formatting, which text() reproduces.

const rep = (digit: string, n: number): string => digit.repeat(n);
const lit = (s: string): BigNum => BigNum.parse(s)!;
const ok = (r: BigNum | NumError): BigNum => {
  if (r instanceof NumError) throw new Error(r.message);
  return r;
};
const div = (a: string, b: string): BigNum => ok(lit(a).quo(lit(b)));
const pow = (x: number, y: number): BigNum => ok(BigNum.fromNumber(x).pow(BigNum.fromNumber(y)));

/** [expression, value, format, precision (-1: none given), printed]. */
const FORMAT_CASES: ReadonlyArray<readonly [string, BigNum, TextFormat, number, string]> = [
  ['format("%e", 1/3)', div("1", "3"), "e", 6, "3.333333e-01"],
  ['format("%E", 1e-300)', lit("1e-300"), "E", 6, "1.000000E-300"],
  ['format("%.2e", 12345.678)', lit("12345.678"), "e", 2, "1.23e+04"],
  ['format("%.0e", 5)', lit("5"), "e", 0, "5e+00"],
  ['format("%e", 0)', lit("0"), "e", 6, "0.000000e+00"],
  ['format("%e", -0)', lit("0").neg(), "e", 6, "-0.000000e+00"],
  ['format("%e", 1e400)', lit("1e400"), "e", 6, "1.000000e+400"],
  ['format("%e", 2e-400)', lit("2e-400"), "e", 6, "2.000000e-400"],
  ['format("%f", 1/3)', div("1", "3"), "f", 6, "0.333333"],
  ['format("%f", -0)', lit("0").neg(), "f", 6, "-0.000000"],
  ['format("%f", 1e21)', lit("1e21"), "f", 6, `1${rep("0", 21)}.000000`],
  ['format("%.2f", 2.675)', lit("2.675"), "f", 2, "2.67"],
  ['format("%.2f", 1.005)', lit("1.005"), "f", 2, "1.00"],
  ['format("%.0f", 0.5)', lit("0.5"), "f", 0, "0"],
  ['format("%.0f", 1.5)', lit("1.5"), "f", 0, "2"],
  ['format("%.0f", 2.5)', lit("2.5"), "f", 0, "2"],
  ['format("%.3f", 0.0005)', lit("0.0005"), "f", 3, "0.000"],
  ['format("%.3f", 0.0015)', lit("0.0015"), "f", 3, "0.002"],
  ['format("%.1f", 0.96)', lit("0.96"), "f", 1, "1.0"],
  ['format("%.10f", pow(2, 0.5))', pow(2, 0.5), "f", 10, "1.4142135624"],
  ['format("%f", pow(2, -20))', pow(2, -20), "f", 6, "0.000001"],
  ['format("%g", 1/3)', div("1", "3"), "g", -1, `0.${rep("3", 154)}5`],
  ['format("%g", 1e21)', lit("1e21"), "g", -1, "1e+21"],
  ['format("%g", 100000)', lit("100000"), "g", -1, "100000"],
  ['format("%g", 1000000)', lit("1000000"), "g", -1, "1e+06"],
  ['format("%g", 0.0001)', lit("0.0001"), "g", -1, "0.0001"],
  ['format("%g", 0.00001)', lit("0.00001"), "g", -1, "1e-05"],
  ['format("%g", 0)', lit("0"), "g", -1, "0"],
  ['format("%g", 1/0)', div("1", "0"), "g", -1, "+Inf"],
  ['format("%g", -1/0)', div("-1", "0"), "g", -1, "-Inf"],
  ['format("%.3g", 1234567)', lit("1234567"), "g", 3, "1.23e+06"],
  ['format("%.3g", 0.00012345)', lit("0.00012345"), "g", 3, "0.000123"],
  ['format("%.0g", 5e-398)', lit("5e-398"), "g", 0, "5e-398"],
  ['format("%.10g", 6.5)', lit("6.5"), "g", 10, "6.5"],
  ['format("%G", 1e-10)', lit("1e-10"), "G", -1, "1E-10"],
  ['format("%.5G", 123456)', lit("123456"), "G", 5, "1.2346E+05"],
  ['format("%g", length([1,2]) / length([1,2,3]))', ok(BigNum.fromInt(2).quo(BigNum.fromInt(3))), "g", -1, "0.6666666666666666667"],
  // Go's shortest digits use a symmetric interval, so powers of two and denormals differ from JS.
  ['format("%g", pow(2, -810))', pow(2, -810), "g", -1, "1.464547669819952e-244"],
  ['format("%g", pow(2, 100))', pow(2, 100), "g", -1, "1.2676506002282294e+30"],
  ['format("%g", pow(2, 1023))', pow(2, 1023), "g", -1, "8.98846567431158e+307"],
  ['format("%g", pow(2, -1074))', pow(2, -1074), "g", -1, "4.940656458412465e-324"],
  ['format("%g", pow(1.580412111813001e-308, 1))', pow(1.580412111813001e-308, 1), "g", -1, "1.5804121118130008e-308"],
  ['format("%g", pow(2.6265444692174e-310, 1))', pow(2.6265444692174e-310, 1), "g", -1, "2.6265444692174202e-310"],
  ['format("%g", pow(2, 0.5))', pow(2, 0.5), "g", -1, "1.4142135623730951"],
];

describe("BigNum.text", () => {
  it.each(FORMAT_CASES)("%s", (_expr, value, format, prec, printed) => {
    expect(value.text(format, prec)).toBe(printed);
  });
});

describe("BigNum.toString fast paths agree with Go's shortest formatting", () => {
  it("integers of any size and precision", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 600n), max: 2n ** 600n }), fc.constantFrom(53, 64, 512), (n, prec) => {
        const v = BigNum.fromBigInt(n).withPrec(prec);
        expect(v.toString()).toBe(v.text("f", -1));
      }),
    );
  });

  it("parsed decimal literals", () => {
    const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${max}}$`));
    const literal = fc
      .tuple(fc.constantFrom("", "-"), digits(30), fc.option(digits(80)), fc.option(fc.integer({ min: -300, max: 300 })))
      .map(([sign, int, frac, exp]) => `${sign}${int}${frac === null ? "" : `.${frac}`}${exp === null ? "" : `e${exp}`}`);
    fc.assert(
      fc.property(literal, (text) => {
        const v = BigNum.parse(text)!;
        expect(v.toString()).toBe(v.text("f", -1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("NumError", () => {
  it("float64-range carries the %f text of Go's math.MaxFloat64", () => {
    const max = BigNum.fromNumber(Number.MAX_VALUE).text("f", 6);
    expect(new NumError("float64-range").message).toBe(`value must be between -${max} and ${max} inclusive`);
  });
});
