/**
 * Why a numeric operation has no result. Go's big.Float panics with ErrNaN where the result would be
 * NaN and cty turns that panic into a function error; BigNum returns a NumError instead, carrying the
 * message Terraform prints after "Error during operation: " or "Call to function ... failed: ".
 */

/** The cases in which Terraform's arithmetic fails. */
export type NumErrorKind =
  | "add-opposing-infinities"
  | "subtract-infinities"
  | "multiply-zero-infinity"
  | "divide-zero-zero-or-infinities"
  | "modulo-zero-infinity"
  | "modulo-infinite-dividend"
  | "nan-result"
  | "float64-range"
  | "int64-range";

const MESSAGES: Record<NumErrorKind, string> = {
  "add-opposing-infinities": "can't compute sum of opposing infinities",
  "subtract-infinities": "can't subtract infinity from itself",
  "multiply-zero-infinity": "can't multiply zero by infinity",
  "divide-zero-zero-or-infinities": "can't divide zero by zero or infinity by infinity",
  "modulo-zero-infinity": "can't use modulo with zero and infinity",
  // Go crashes with a nil big.Int here; Terraform prints this followed by a stack trace.
  "modulo-infinite-dividend": "panic in function implementation: runtime error: invalid memory address or nil pointer dereference",
  // big.Float.SetFloat64(NaN) panics; Terraform prints this followed by a stack trace.
  "nan-result": "panic in function implementation: Float.SetFloat64(NaN)",
  "float64-range":
    "value must be between -179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 and 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 inclusive",
  "int64-range": "value must be a whole number, between -9223372036854775808 and 9223372036854775807",
};

/** A failed numeric operation: its kind and Terraform's message for it. */
export class NumError {
  /** Terraform's text for this failure (without "Error during operation: "). */
  readonly message: string;

  constructor(readonly kind: NumErrorKind) {
    this.message = MESSAGES[kind];
  }
}
