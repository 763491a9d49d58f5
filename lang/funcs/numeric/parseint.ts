import { goQuote } from "../../text/go-quote.js";
import { DynamicPseudoType, NumberType, typeFriendlyName } from "../../types/type.js";
import { BigNum } from "../../values/number.js";
import { Value } from "../../values/value.js";
import { FuncError, type FunctionSpec } from "../function.js";
import { goInt } from "./go-int.js";

// parseint: an integer written in base 2 to 62 (Go's big.Int SetString rules: optional sign, no
// prefix, no underscores; digits past 9 are a-z then, above base 36, A-Z).

/** parseint(number, base). Marks of both arguments go onto the result; messages are not redacted. */
export const parseintSpec: FunctionSpec = {
  description:
    "`parseint` parses the given string as a representation of an integer in the specified base and returns the resulting number. The base must be between 2 and 62 inclusive.",
  params: [
    { name: "number", type: DynamicPseudoType, allowMarked: true },
    { name: "base", type: NumberType, allowMarked: true },
  ],
  returnType: (args) => {
    const t = args[0]!.type;
    if (t.kind !== "string") return new FuncError(`first argument must be a string, not ${typeFriendlyName(t)}`, 0);
    return NumberType;
  },
  impl: (args) => {
    const [num, baseArg] = args as [Value, Value];
    const base = goInt(baseArg, 1);
    if (base instanceof FuncError) return base;
    if (base < 2 || base > 62) return new FuncError("base must be a whole number between 2 and 62 inclusive", 1);
    const text = num.asString();
    const parsed = BigNum.parseInt(text, base);
    if (!parsed) return new FuncError(`cannot parse ${goQuote(text)} as a base ${base} integer`, 0);
    return Value.number(parsed).mark(num.marks | baseArg.marks);
  },
};
