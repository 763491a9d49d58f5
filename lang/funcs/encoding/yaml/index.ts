import { DynamicPseudoType, StringType } from "../../../types/type.js";
import { Value } from "../../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../../function.js";
import { YamlDecodeError, decodeYaml } from "./decode.js";
import { encodeYaml } from "./encode.js";

// YAML for yamldecode and yamlencode, with the behaviour of go-cty-yaml (a port of go-yaml v2's
// libyaml-derived scanner, parser and emitter): reader -> scanner -> parser -> events -> values for
// decoding, values -> events -> emitter for encoding.

function decode(text: string): Value | FuncError {
  const v = decodeYaml(text);
  return v instanceof YamlDecodeError ? new FuncError(v.message) : v;
}

/** yamldecode(src): the value of a single YAML document. */
export const yamldecodeSpec: FunctionSpec = {
  description: "`yamldecode` parses a string as a subset of YAML, and produces a representation of its value.",
  params: [{ name: "src", type: StringType }],
  returnType: ([src]) => {
    if (!src!.isKnown) return DynamicPseudoType;
    const v = decode(src!.asString());
    return v instanceof FuncError ? v : v.type;
  },
  impl: ([src]) => decode(src!.asString()),
};

/** yamlencode(value): the value as a YAML document in block style. */
export const yamlencodeSpec: FunctionSpec = {
  description: "`yamlencode` encodes a given value to a string using [YAML 1.2](https://yaml.org/spec/1.2/spec.html) block syntax.",
  params: [{ name: "value", type: DynamicPseudoType, allowNull: true, allowDynamicType: true }],
  returnType: staticReturnType(StringType),
  impl: ([v]) => Value.string(encodeYaml(v!)),
};
