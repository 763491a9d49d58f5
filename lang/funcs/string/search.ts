import { BoolType, StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { staticReturnType, type FunctionSpec } from "../function.js";

// startswith, endswith and strcontains: substring tests.

/** startswith(str, prefix): also answers for an unknown string whose known prefix decides it. */
export const startswithSpec: FunctionSpec = {
  description:
    "`startswith` takes two values: a string to check and a prefix string. The function returns true if the string begins with that exact prefix.",
  params: [
    { name: "str", type: StringType, allowUnknown: true },
    { name: "prefix", type: StringType },
  ],
  returnType: staticReturnType(BoolType),
  impl: (args) => {
    const prefix = args[1]!.asString();
    const str = args[0]!;
    if (str.isKnown) return Value.bool(str.asString().startsWith(prefix));
    return startsWithUnknown(str.refinement.stringPrefix ?? "", prefix);
  },
};

/** The answer for an unknown string known to begin with `known` (Terraform compares UTF-8 lengths). */
function startsWithUnknown(known: string, prefix: string): Value {
  if (prefix === "" || (known !== "" && known.startsWith(prefix))) return Value.bool(true);
  if (known !== "" && Buffer.byteLength(known) >= Buffer.byteLength(prefix)) return Value.bool(false);
  return Value.unknown(BoolType, { notNull: true });
}

/** endswith(str, suffix). */
export const endswithSpec: FunctionSpec = {
  description:
    "`endswith` takes two values: a string to check and a suffix string. The function returns true if the first string ends with that exact suffix.",
  params: [
    { name: "str", type: StringType },
    { name: "suffix", type: StringType },
  ],
  returnType: staticReturnType(BoolType),
  impl: (args) => Value.bool(args[0]!.asString().endsWith(args[1]!.asString())),
};

/** strcontains(str, substr). */
export const strcontainsSpec: FunctionSpec = {
  description:
    "`strcontains` takes two values: a string to check and an expected substring. The function returns true if the string has the substring contained within it.",
  params: [
    { name: "str", type: StringType },
    { name: "substr", type: StringType },
  ],
  returnType: staticReturnType(BoolType),
  impl: (args) => Value.bool(args[0]!.asString().includes(args[1]!.asString())),
};
