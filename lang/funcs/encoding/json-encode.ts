import { DynamicPseudoType, StringType } from "../../types/type.js";
import { JsonError, toJson } from "../../values/json-marshal.js";
import { Value, type Refinement } from "../../values/value.js";
import { FuncError, type FunctionSpec, staticReturnType } from "../function.js";

// jsonencode: cty's JSON serialisation (lang/values/json-marshal.ts) of a wholly known value, or an
// unknown string refined by what the JSON text is known to start with.

/** What an unknown jsonencode result is known to start with, from what is known of the argument. */
function unknownResult(arg: Value): Value {
  const couldBeNull = !arg.isKnown && !arg.refinement.notNull;
  if (couldBeNull) return Value.unknown(StringType);
  const refinement: Refinement = { notNull: true };
  const prefix = jsonPrefix(arg);
  return Value.unknown(StringType, prefix ? { ...refinement, stringPrefix: prefix } : refinement);
}

function jsonPrefix(arg: Value): string | undefined {
  switch (arg.type.kind) {
    case "string":
      return '"';
    case "object":
    case "map":
      return "{";
    case "tuple":
    case "list":
    case "set":
      return "[";
    default:
      return undefined;
  }
}

/** jsonencode(val): the JSON text of any value; unknown while anything inside is unknown. */
export const jsonencodeSpec: FunctionSpec = {
  description: "`jsonencode` encodes a given value to a string using JSON syntax.",
  params: [{ name: "val", type: DynamicPseudoType, allowUnknown: true, allowDynamicType: true, allowNull: true }],
  returnType: staticReturnType(StringType),
  impl: ([val]) => {
    if (!val!.isWhollyKnown) return unknownResult(val!);
    const json = toJson(val!);
    return json instanceof JsonError ? new FuncError(json.message) : Value.string(json);
  },
};
