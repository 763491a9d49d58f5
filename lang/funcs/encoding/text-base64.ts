import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import type { Charset } from "./charset.js";
import { lookupCharset } from "./charset-registry.js";
import { Base64Error, decodeBase64, encodeBase64, STD_ENCODING } from "../../text/go-base64.js";
import { goQuote } from "../../text/go-quote.js";

// textencodebase64 and textdecodebase64: text in another character set, carried as base64.

function charsetArg(name: string): Charset | FuncError {
  return (
    lookupCharset(name) ??
    new FuncError(`${goQuote(name)} is not a supported IANA encoding name or alias in this Terraform version`, 1)
  );
}

/** textencodebase64(string, encoding): the string's bytes in the named character set, as base64. */
export const textencodebase64Spec: FunctionSpec = {
  description:
    "`textencodebase64` encodes the unicode characters in a given string using a specified character encoding, returning the result base64 encoded because Terraform language strings are always sequences of unicode characters.",
  params: [
    { name: "string", type: StringType },
    { name: "encoding", type: StringType },
  ],
  returnType: staticReturnType(StringType),
  impl: ([str, enc]) => {
    const cs = charsetArg(enc!.asString());
    if (cs instanceof FuncError) return cs;
    const bytes = cs.encode(str!.asString());
    if (!bytes) return new FuncError(`the given string contains characters that cannot be represented in ${cs.name}`, 0);
    return Value.string(encodeBase64(bytes, STD_ENCODING));
  },
};

/** textdecodebase64(source, encoding): the text that base64 source encodes in the named character set. */
export const textdecodebase64Spec: FunctionSpec = {
  description:
    "`textdecodebase64` function decodes a string that was previously Base64-encoded, and then interprets the result as characters in a specified character encoding.",
  params: [
    { name: "source", type: StringType },
    { name: "encoding", type: StringType },
  ],
  returnType: staticReturnType(StringType),
  impl: ([src, enc]) => {
    const cs = charsetArg(enc!.asString());
    if (cs instanceof FuncError) return cs;
    const decoded = decodeBase64(src!.asString(), STD_ENCODING);
    if (decoded instanceof Base64Error) {
      return new FuncError(`the given value is has an invalid base64 symbol at offset ${decoded.offset}`, 0);
    }
    const text = cs.decode(decoded);
    if (text.includes("\ufffd")) return new FuncError(`the given string contains symbols that are not defined for ${cs.name}`, 0);
    return Value.string(text);
  },
};
