import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import type { Value } from "../../../lang/values/value.js";
import { Base64Error, decodeBase64, STD_ENCODING } from "../../../lang/text/go-base64.js";
import { goPathError } from "./go-os-error.js";
import { attr, stringOf } from "./plugin-framework.js";

// The bytes a local file resource writes, taken from whichever content attribute is set, and the
// checksums hashicorp/local reports for them (id is the SHA1 in hex).

/** The checksum attributes of a file's content, by attribute name. */
export interface Checksums {
  readonly content_md5: string;
  readonly content_sha1: string;
  readonly content_sha256: string;
  readonly content_base64sha256: string;
  readonly content_sha512: string;
  readonly content_base64sha512: string;
}

/** hashicorp/local's genFileChecksums. */
export function checksums(data: Buffer): Checksums {
  const digest = (alg: string) => createHash(alg).update(data).digest();
  const sha256 = digest("sha256");
  const sha512 = digest("sha512");
  return {
    content_md5: digest("md5").toString("hex"),
    content_sha1: digest("sha1").toString("hex"),
    content_sha256: sha256.toString("hex"),
    content_base64sha256: sha256.toString("base64"),
    content_sha512: sha512.toString("hex"),
    content_base64sha512: sha512.toString("base64"),
  };
}

/** A configured path made absolute against the provider's working directory. */
export function resolvePath(cwd: string, p: string): string {
  return isAbsolute(p) ? p : resolve(cwd, p);
}

/**
 * The content to write (parseLocalFileContent): sensitive_content if set, else content_base64
 * decoded, else the source file read, else content. An error is Go's error text.
 */
export async function plannedContent(planned: Value, cwd: string): Promise<Buffer | { readonly error: string }> {
  if (isSet(planned, "sensitive_content")) return Buffer.from(stringOf(planned, "sensitive_content"), "utf8");
  if (isSet(planned, "content_base64")) return decodedContent(stringOf(planned, "content_base64"));
  if (isSet(planned, "source")) {
    const source = stringOf(planned, "source");
    try {
      return await readFile(resolvePath(cwd, source));
    } catch (e) {
      return { error: goPathError(e, "open", source) };
    }
  }
  return Buffer.from(stringOf(planned, "content"), "utf8");
}

function decodedContent(text: string): Buffer | { readonly error: string } {
  const bytes = decodeBase64(text, STD_ENCODING);
  if (bytes instanceof Base64Error) return { error: bytes.message };
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isSet(v: Value, name: string): boolean {
  if (v.type.kind !== "object" || !v.type.attributes.has(name)) return false;
  const a = attr(v, name);
  return a.isKnown && !a.isNull;
}
