import { canConvert, convert, ConversionError } from "../../types/convert.js";
import { goQuote } from "../../text/go-quote.js";
import { friendlyName, friendlyNameForConstraint } from "../../types/type-string.js";
import { BoolType, DynamicPseudoType, NumberType, StringType, listOf, mapOf, setOf, typeEquals, type Type } from "../../types/type.js";
import { containsSensitive, unmarkDeep } from "../../values/deep-marks.js";
import { Value } from "../../values/value.js";
import { FuncError, type FunctionSpec } from "../function.js";

// tostring, tonumber, tobool, tolist, toset and tomap: Terraform's MakeToFunc. The argument reaches the
// function unconverted (any type, null, unknown or marked) so that failures can be explained as an
// explicit conversion: first by type ("cannot convert tuple to list of any single type"), then, for
// the conversions that depend on the value, by value, never showing a sensitive one.

/** A "to..." function converting its argument to `want` (a collection of `any` means any single type). */
function makeToFunction(want: Type, description: string): FunctionSpec {
  return {
    description,
    params: [{ name: "v", type: DynamicPseudoType, allowNull: true, allowMarked: true, allowDynamicType: true, allowUnknown: true }],
    returnType: ([v]) => {
      const got = v!.type;
      if (typeEquals(got, want) || canConvert(got, want)) return want;
      return new FuncError(`cannot convert ${friendlyName(got)} to ${friendlyNameForConstraint(want)}`, 0);
    },
    impl: ([v], retType) => {
      if (!v!.isKnown) return Value.unknown(retType).mark(v!.marks);
      const top = v!.marks;
      const converted = convert(v!.unmark(), retType);
      if (converted instanceof ConversionError) return new FuncError(valueFailure(v!, want), 0);
      return converted.mark(top);
    },
  };
}

// Why a conversion allowed by type failed for this particular value.
function valueFailure(v: Value, want: Type): string {
  const plain = unmarkDeep(v).value;
  const got = friendlyName(plain.type);
  if (containsSensitive(v)) return `cannot convert this sensitive ${got} to ${friendlyNameForConstraint(want)}`;
  if (plain.type.kind === "string" && (want.kind === "bool" || want.kind === "number")) {
    const what = plain.isNull ? "string" : goQuote(plain.asString());
    return want.kind === "bool"
      ? `cannot convert ${what} to bool; only the strings "true" or "false" are allowed`
      : `cannot convert ${what} to number; given string must be a decimal representation of a number`;
  }
  return `cannot convert ${got} to ${friendlyNameForConstraint(want)}`;
}

/** tostring(v): v as a string. */
export const tostring = makeToFunction(StringType, "Converts its argument to a string value.");

/** tonumber(v): v as a number. */
export const tonumber = makeToFunction(NumberType, "Converts its argument to a number value.");

/** tobool(v): v as a bool. */
export const tobool = makeToFunction(BoolType, "Converts its argument to a boolean value.");

/** tolist(v): v as a list of one element type. */
export const tolist = makeToFunction(listOf(DynamicPseudoType), "Converts its argument to a list value.");

/** toset(v): v as a set of one element type. */
export const toset = makeToFunction(setOf(DynamicPseudoType), "Converts its argument to a set value.");

/** tomap(v): v as a map of one element type. */
export const tomap = makeToFunction(mapOf(DynamicPseudoType), "Converts its argument to a map value.");
