import type { FunctionSpec } from "../function.js";
import { base64decodeSpec, base64encodeSpec, base64gzipSpec } from "./base64.js";
import { csvdecodeSpec } from "./csv-decode.js";
import { jsondecodeSpec } from "./json-decode.js";
import { jsonencodeSpec } from "./json-encode.js";
import { textdecodebase64Spec, textencodebase64Spec } from "./text-base64.js";
import { urlencodeSpec } from "./url-encode.js";
import { yamldecodeSpec, yamlencodeSpec } from "./yaml/index.js";

// The encoding functions: base64 (plain, gzipped, and in other character sets), URL query escaping,
// and JSON, YAML and CSV decoding/encoding — each reproducing the Go library Terraform uses, down to
// byte-identical output and error texts.

/** The encoding functions by name. */
export const encodingFunctions: ReadonlyMap<string, FunctionSpec> = new Map([
  ["base64decode", base64decodeSpec],
  ["base64encode", base64encodeSpec],
  ["base64gzip", base64gzipSpec],
  ["csvdecode", csvdecodeSpec],
  ["jsondecode", jsondecodeSpec],
  ["jsonencode", jsonencodeSpec],
  ["textdecodebase64", textdecodebase64Spec],
  ["textencodebase64", textencodebase64Spec],
  ["urlencode", urlencodeSpec],
  ["yamldecode", yamldecodeSpec],
  ["yamlencode", yamlencodeSpec],
]);
