import { NumberType, StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { goInt } from "../numeric/go-int.js";

// indent: spaces after every newline, for embedding multi-line text in indented contexts.

/** indent(spaces, str): adds `spaces` spaces after each `\n`. */
export const indentSpec: FunctionSpec = {
  description:
    "`indent` adds a given number of spaces to the beginnings of all but the first line in a given multi-line string.",
  params: [
    { name: "spaces", type: NumberType },
    { name: "str", type: StringType },
  ],
  returnType: staticReturnType(StringType),
  impl: (args) => {
    const spaces = goInt(args[0]!);
    if (spaces instanceof FuncError) return spaces;
    // Go's strings.Repeat panics; Terraform reports the panic (with a stack trace we leave out).
    if (spaces < 0) return new FuncError("panic in function implementation: strings: negative Repeat count");
    return Value.string(args[1]!.asString().split("\n").join(`\n${" ".repeat(spaces)}`));
  },
};
