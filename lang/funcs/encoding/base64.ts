import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { Base64Error, decodeBase64, encodeBase64, STD_ENCODING } from "../../text/go-base64.js";
import { goGzip } from "./go-gzip.js";
import { redactIfSensitive } from "./redact.js";
import { isValidUtf8, utf8Text } from "./utf8.js";

// base64encode, base64decode and base64gzip: strings are UTF-8 bytes on the way in and must be
// UTF-8 on the way out.

/** base64decode(str): the UTF-8 text the standard base64 in str encodes. */
export const base64decodeSpec: FunctionSpec = {
  description: "`base64decode` takes a string containing a Base64 character sequence and returns the original string.",
  params: [{ name: "str", type: StringType, allowMarked: true }],
  returnType: staticReturnType(StringType),
  impl: ([arg]) => {
    const str = arg!;
    const text = str.asString();
    const decoded = decodeBase64(text, STD_ENCODING);
    if (decoded instanceof Base64Error) {
      return new FuncError(`failed to decode base64 data ${redactIfSensitive(text, str.marks)}`);
    }
    if (!isValidUtf8(decoded)) {
      return new FuncError("the result of decoding the provided string is not valid UTF-8");
    }
    return Value.string(utf8Text(decoded)).mark(str.marks);
  },
};

/** base64encode(str): the standard base64 of str's UTF-8 bytes. */
export const base64encodeSpec: FunctionSpec = {
  description: "`base64encode` applies Base64 encoding to a string.",
  params: [{ name: "str", type: StringType }],
  returnType: staticReturnType(StringType),
  impl: ([str]) => Value.string(encodeBase64(new TextEncoder().encode(str!.asString()), STD_ENCODING)),
};

/** base64gzip(str): str's UTF-8 bytes gzip-compressed as Go's compress/gzip does it, then base64. */
export const base64gzipSpec: FunctionSpec = {
  description: "`base64gzip` compresses a string with gzip and then encodes the result in Base64 encoding.",
  params: [{ name: "str", type: StringType }],
  returnType: staticReturnType(StringType),
  impl: ([str]) => Value.string(encodeBase64(goGzip(new TextEncoder().encode(str!.asString())), STD_ENCODING)),
};
