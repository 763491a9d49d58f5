import { NumberType } from "../../types/type.js";
import { NumError, type BigNum } from "../../values/number.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";

// Building specs for the numeric functions, which all take numbers and return one.

/** A function of one number; `allowDynamicType` as cty declares it. */
export function unaryNumeric(
  description: string,
  f: (n: BigNum) => BigNum | NumError,
  allowDynamicType = false,
): FunctionSpec {
  return {
    description,
    params: [{ name: "num", type: NumberType, allowDynamicType }],
    returnType: staticReturnType(NumberType),
    impl: (args) => numberResult(f(args[0]!.asNumber())),
  };
}

/** A function of two numbers. */
export function binaryNumeric(
  description: string,
  second: string,
  f: (a: BigNum, b: BigNum) => BigNum | NumError,
): FunctionSpec {
  return {
    description,
    params: [
      { name: "num", type: NumberType },
      { name: second, type: NumberType },
    ],
    returnType: staticReturnType(NumberType),
    impl: (args) => numberResult(f(args[0]!.asNumber(), args[1]!.asNumber())),
  };
}

/** A BigNum result as a value, or its failure as the function's error. */
export function numberResult(r: BigNum | NumError): Value | FuncError {
  return r instanceof NumError ? new FuncError(r.message) : Value.number(r);
}
