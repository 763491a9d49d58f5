import { parseSemVer } from "./registry-versions.js";

// The download metadata document of the provider registry protocol (`GET :ns/:type/:version/download/
// :os/:arch`): plugin protocols, target platform, file name, the archive's URL and SHA-256, the URLs of
// the SHA256SUMS document and its signature (each resolved against the response's URL, http or https
// only) and the registry's signing keys. Checked in Terraform's order with Terraform's texts.

/** A registry signing key: the armored public key and an optional armored trust signature on it. */
export interface SigningKey {
  readonly asciiArmor: string;
  readonly trustSignature: string;
}

/** The checked metadata; `sums` and `signature` are the fetched documents. */
export interface DownloadMetadata {
  readonly protocols: readonly string[];
  readonly filename: string;
  readonly downloadURL: URL;
  /** Lower-case hex. */
  readonly shasum: string;
  readonly shasumsURL: URL;
  readonly signatureURL: URL;
  readonly keys: readonly SigningKey[];
  readonly sums: Buffer;
  readonly signature: Buffer;
}

/** What is wrong with a metadata document; `queryFailed` when Terraform wraps it as a failed query. */
export interface MetadataError {
  readonly error: string;
  readonly queryFailed: boolean;
}

type Doc = Readonly<Record<string, unknown>>;

/** Reads a metadata document received from `responseURL` for `platform` (`linux_amd64`). */
export function readDownloadMetadata(json: unknown, responseURL: URL, platform: string): Omit<DownloadMetadata, "sums" | "signature"> | MetadataError {
  const doc: Doc = typeof json === "object" && json !== null ? (json as Doc) : {};
  const protocols = Array.isArray(doc.protocols) ? doc.protocols.map(String) : [];
  for (const p of protocols) {
    const v = parseSemVer(p);
    if ("error" in v) return { error: `registry response includes invalid version string ${JSON.stringify(p)}: ${v.error}`, queryFailed: true };
  }
  const target = `${str(doc.os)}_${str(doc.arch)}`;
  if (target !== platform) return { error: `registry response to request for ${platform} archive has incorrect target ${target}`, queryFailed: false };
  const downloadURL = httpURL(doc.download_url, responseURL, "download URL");
  if ("error" in downloadURL) return downloadURL;
  const shasum = checkShasum(str(doc.shasum));
  if (typeof shasum !== "string") return shasum;
  const shasumsURL = httpURL(doc.shasums_url, responseURL, "SHASUMS URL");
  if ("error" in shasumsURL) return shasumsURL;
  const signatureURL = httpURL(doc.shasums_signature_url, responseURL, "SHASUMS signature URL");
  if ("error" in signatureURL) return signatureURL;
  return { protocols, filename: str(doc.filename), downloadURL, shasum, shasumsURL, signatureURL, keys: signingKeys(doc.signing_keys) };
}

function httpURL(raw: unknown, base: URL, what: string): URL | MetadataError {
  let url: URL;
  try {
    url = new URL(str(raw), base);
  } catch (e) {
    return { error: `registry response includes invalid ${what}: ${(e as Error).message}`, queryFailed: false };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { error: `registry response includes invalid ${what}: must use http or https scheme`, queryFailed: false };
  return url;
}

// Go checks the length first (printing a nil error as "%!s(<nil>)"), then decodes the hex.
function checkShasum(s: string): string | MetadataError {
  if (s.length !== 64) return { error: `registry response includes invalid SHA256 hash ${JSON.stringify(s)}: %!s(<nil>)`, queryFailed: true };
  const bad = hexError(s);
  return bad ? { error: `registry response includes invalid SHA256 hash ${JSON.stringify(s)}: ${bad}`, queryFailed: true } : s.toLowerCase();
}

/** Go's encoding/hex error for a string that is not hex, undefined when it is. */
export function hexError(s: string): string | undefined {
  const i = s.search(/[^0-9a-fA-F]/);
  if (i >= 0) {
    const c = s.codePointAt(i)!;
    return `encoding/hex: invalid byte: U+${c.toString(16).toUpperCase().padStart(4, "0")} ${JSON.stringify(String.fromCodePoint(c)).replace(/^"|"$/g, "'")}`;
  }
  return s.length % 2 === 1 ? "encoding/hex: odd length hex string" : undefined;
}

function signingKeys(raw: unknown): SigningKey[] {
  const list = (raw as { gpg_public_keys?: unknown } | null | undefined)?.gpg_public_keys;
  if (!Array.isArray(list)) return [];
  return list.map((k: Doc | null) => ({ asciiArmor: str(k?.ascii_armor), trustSignature: str(k?.trust_signature) }));
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}
