import { createHash } from "node:crypto";
import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FuncContext, type FunctionSpec } from "../function.js";
import { goSyscallError, readBytes, resolvePath } from "../filesystem/file-access.js";

// The hash functions: md5, sha1, sha256 and sha512 in hex, base64sha256 and base64sha512 in base64,
// each over a string's UTF-8 bytes or (the file* variants) a file's contents.

type Algorithm = "md5" | "sha1" | "sha256" | "sha512";
type Encoding = "hex" | "base64";

function digest(bytes: Uint8Array, algorithm: Algorithm, encoding: Encoding): string {
  return createHash(algorithm).update(bytes).digest(encoding);
}

function stringHash(description: string, algorithm: Algorithm, encoding: Encoding): FunctionSpec {
  return {
    description,
    params: [{ name: "str", type: StringType }],
    returnType: staticReturnType(StringType),
    impl: ([str]) => Value.string(digest(new TextEncoder().encode(str!.asString()), algorithm, encoding)),
  };
}

/** The bytes of a file for hashing, or Go's error for opening or reading it. */
function fileBytes(path: string, ctx: FuncContext): Uint8Array | FuncError {
  const resolved = resolvePath(ctx.baseDir, path);
  if (resolved instanceof FuncError) return resolved;
  const r = readBytes(resolved);
  return r instanceof Uint8Array ? r : new FuncError(goSyscallError(r.op, resolved, r.err));
}

function fileHash(description: string, algorithm: Algorithm, encoding: Encoding): FunctionSpec {
  return {
    description,
    params: [{ name: "path", type: StringType }],
    returnType: staticReturnType(StringType),
    impl: ([path], _t, ctx) => {
      const bytes = fileBytes(path!.asString(), ctx);
      return bytes instanceof FuncError ? bytes : Value.string(digest(bytes, algorithm, encoding));
    },
  };
}

/** md5(str). */
export const md5Spec = stringHash("`md5` computes the MD5 hash of a given string and encodes it with hexadecimal digits.", "md5", "hex");
/** sha1(str). */
export const sha1Spec = stringHash("`sha1` computes the SHA1 hash of a given string and encodes it with hexadecimal digits.", "sha1", "hex");
/** sha256(str). */
export const sha256Spec = stringHash("`sha256` computes the SHA256 hash of a given string and encodes it with hexadecimal digits.", "sha256", "hex");
/** sha512(str). */
export const sha512Spec = stringHash("`sha512` computes the SHA512 hash of a given string and encodes it with hexadecimal digits.", "sha512", "hex");
/** base64sha256(str). */
export const base64sha256Spec = stringHash(
  "`base64sha256` computes the SHA256 hash of a given string and encodes it with Base64. This is not equivalent to `base64encode(sha256(\"test\"))` since `sha256()` returns hexadecimal representation.",
  "sha256",
  "base64",
);
/** base64sha512(str). */
export const base64sha512Spec = stringHash(
  "`base64sha512` computes the SHA512 hash of a given string and encodes it with Base64. This is not equivalent to `base64encode(sha512(\"test\"))` since `sha512()` returns hexadecimal representation.",
  "sha512",
  "base64",
);

/** filemd5(path). */
export const filemd5Spec = fileHash("`filemd5` is a variant of `md5` that hashes the contents of a given file rather than a literal string.", "md5", "hex");
/** filesha1(path). */
export const filesha1Spec = fileHash("`filesha1` is a variant of `sha1` that hashes the contents of a given file rather than a literal string.", "sha1", "hex");
/** filesha256(path). */
export const filesha256Spec = fileHash("`filesha256` is a variant of `sha256` that hashes the contents of a given file rather than a literal string.", "sha256", "hex");
/** filesha512(path). */
export const filesha512Spec = fileHash("`filesha512` is a variant of `sha512` that hashes the contents of a given file rather than a literal string.", "sha512", "hex");
/** filebase64sha256(path). */
export const filebase64sha256Spec = fileHash(
  "`filebase64sha256` is a variant of `base64sha256` that hashes the contents of a given file rather than a literal string.",
  "sha256",
  "base64",
);
/** filebase64sha512(path). */
export const filebase64sha512Spec = fileHash(
  "`filebase64sha512` is a variant of `base64sha512` that hashes the contents of a given file rather than a literal string.",
  "sha512",
  "base64",
);
