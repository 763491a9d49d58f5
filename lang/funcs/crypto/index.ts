import type { FunctionSpec } from "../function.js";
import { bcryptSpec } from "./bcrypt-function.js";
import {
  base64sha256Spec,
  base64sha512Spec,
  filebase64sha256Spec,
  filebase64sha512Spec,
  filemd5Spec,
  filesha1Spec,
  filesha256Spec,
  filesha512Spec,
  md5Spec,
  sha1Spec,
  sha256Spec,
  sha512Spec,
} from "./hash-functions.js";
import { rsadecryptSpec } from "./rsa-decrypt.js";
import { uuidSpec, uuidv5Spec } from "./uuid.js";

// The hash and crypto functions: digests of strings and files (md5, sha*, base64sha*, file*), bcrypt
// password hashing, RSA decryption and UUIDs. uuid and bcrypt are impure (a new result each call).

/** The crypto functions by name. */
export const cryptoFunctions: ReadonlyMap<string, FunctionSpec> = new Map([
  ["base64sha256", base64sha256Spec],
  ["base64sha512", base64sha512Spec],
  ["bcrypt", bcryptSpec],
  ["md5", md5Spec],
  ["rsadecrypt", rsadecryptSpec],
  ["sha1", sha1Spec],
  ["sha256", sha256Spec],
  ["sha512", sha512Spec],
  ["uuid", uuidSpec],
  ["uuidv5", uuidv5Spec],
  ["filebase64sha256", filebase64sha256Spec],
  ["filebase64sha512", filebase64sha512Spec],
  ["filemd5", filemd5Spec],
  ["filesha1", filesha1Spec],
  ["filesha256", filesha256Spec],
  ["filesha512", filesha512Spec],
]);
