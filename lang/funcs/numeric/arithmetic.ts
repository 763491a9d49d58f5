import { NumberType } from "../../types/type.js";
import { BigNum } from "../../values/number.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { binaryNumeric, unaryNumeric } from "./numeric-spec.js";

// abs, ceil, floor, signum, log, pow, min and max: thin wrappers over BigNum, which computes them
// exactly as cty does (big.Float for the exact ones, Go's math package on doubles for log and pow).

/** abs(num): the magnitude (abs(-0) is 0; infinities pass through). */
export const absSpec = unaryNumeric(
  "`abs` returns the absolute value of the given number. In other words, if the number is zero or positive then it is returned as-is, but if it is negative then it is multiplied by -1 to make it positive before returning it.",
  (n) => n.abs(),
  true,
);

/** ceil(num): the smallest whole number not below num. */
export const ceilSpec = unaryNumeric(
  "`ceil` returns the closest whole number that is greater than or equal to the given value, which may be a fraction.",
  (n) => n.ceil(),
);

/** floor(num): the greatest whole number not above num. */
export const floorSpec = unaryNumeric(
  "`floor` returns the closest whole number that is less than or equal to the given value, which may be a fraction.",
  (n) => n.floor(),
);

/** signum(num): -1, 0 or 1; num must be a whole number in the int64 range, as Terraform reads it. */
export const signumSpec = unaryNumeric(
  "`signum` determines the sign of a number, returning a number between -1 and 1 to represent the sign.",
  (n) => n.signum(),
);

/** log(num, base): on doubles, so log(16, 2) is exactly 4 and log(0, 10) is -Inf. */
export const logSpec = binaryNumeric(
  "`log` returns the logarithm of a given number in a given base.",
  "base",
  (n, base) => n.log(base),
);

/** pow(num, power): on doubles with Go's math.Pow, so pow(2, 0.5) is 1.4142135623730951. */
export const powSpec = binaryNumeric(
  "`pow` calculates an exponent, by raising its first argument to the power of the second argument.",
  "power",
  (n, power) => n.pow(power),
);

/** A min/max function over one or more numbers. */
function extremum(description: string, pick: (nums: readonly BigNum[]) => BigNum | undefined): FunctionSpec {
  return {
    description,
    params: [],
    varParam: { name: "numbers", type: NumberType, allowDynamicType: true },
    returnType: staticReturnType(NumberType),
    impl: (args) => {
      const r = pick(args.map((a) => a.asNumber()));
      return r ? Value.number(r) : new FuncError("must pass at least one number");
    },
  };
}

/** max(numbers...): the first greatest (max(-0, 0) is -0, as in Terraform). */
export const maxSpec = extremum(
  "`max` takes one or more numbers and returns the greatest number from the set.",
  (nums) => BigNum.max(nums),
);

/** min(numbers...): the first smallest. */
export const minSpec = extremum(
  "`min` takes one or more numbers and returns the smallest number from the set.",
  (nums) => BigNum.min(nums),
);
