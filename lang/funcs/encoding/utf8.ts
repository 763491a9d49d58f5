// Checking and decoding UTF-8 the way Go sees it: Terraform's strings must be valid UTF-8, and file
// contents or decoded bytes that are not are an error rather than a replacement character.

/** True when the bytes are valid UTF-8 (Go's utf8.Valid: no surrogates, no overlongs). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes bytes known to be valid UTF-8 (a leading BOM is kept, as Go keeps it). */
export function utf8Text(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}
