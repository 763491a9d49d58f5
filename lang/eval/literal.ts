import type * as ast from "../syntax/ast.js";
import { DynamicPseudoType } from "../types/type.js";
import { BigNum } from "../values/number.js";
import { Value } from "../values/value.js";

/**
 * The value of a literal as the parser recorded it: numbers exactly (arbitrary precision, as cty
 * parses them), strings NFC-normalised, `null` as a null of unknown type.
 */
export function literalValue(lit: ast.LiteralValue): Value {
  switch (lit.kind) {
    case "number":
      return Value.number(parseNumber(lit.text));
    case "string":
      return Value.string(lit.value);
    case "bool":
      return Value.bool(lit.value);
    case "null":
      return Value.null(DynamicPseudoType);
  }
}

function parseNumber(text: string): BigNum {
  const n = BigNum.parse(text);
  if (!(n instanceof BigNum)) throw new Error(`the parser accepted an invalid number literal: ${text}`);
  return n;
}
