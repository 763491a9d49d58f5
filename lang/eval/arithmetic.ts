import { NumError, type BigNum } from "../values/number.js";

/** The arithmetic operators, by the BigNum operation implementing each. */
export type ArithmeticOp = "add" | "sub" | "mul" | "quo" | "mod";

/**
 * Exact arithmetic as cty does it: division by zero gives an infinity (`1/0` is +Inf), `x % 0` is x, and
 * the cases Go's big.Float cannot compute (opposing infinities, zero times infinity...) give Terraform's
 * message for them instead of a number.
 */
export function arithmetic(op: ArithmeticOp, a: BigNum, b: BigNum): BigNum | string {
  const r = a[op](b);
  return r instanceof NumError ? r.message : r;
}
