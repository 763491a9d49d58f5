import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { errorDiag, type Diagnostic } from "../../../lang/source/diagnostics.js";

// The saved plan file (`plan -out=FILE`): a magic line, a JSON header line with the format version,
// the Terrane version, and the length and SHA-256 of the payload, then the payload: gzip of a JSON
// document holding the plan (see plan-document.ts). The checksum makes a truncated or corrupted file
// a clear error instead of a wrong apply; the compression (and the base64 of sensitive values inside)
// keeps secrets from being readable as plain text.

const MAGIC = "terrane-plan\n";

/** The current plan file format version. */
export const PLAN_FORMAT_VERSION = 1;

/** The header of a plan file. */
export interface PlanFileHeader {
  readonly format_version: number;
  readonly terrane_version: string;
  readonly length: number;
  readonly sha256: string;
}

/** Packs a plan document into the bytes of a plan file. */
export function packPlanFile(document: unknown, terraneVersion: string): Buffer {
  const payload = gzipSync(Buffer.from(JSON.stringify(document), "utf8"));
  const header: PlanFileHeader = {
    format_version: PLAN_FORMAT_VERSION,
    terrane_version: terraneVersion,
    length: payload.length,
    sha256: createHash("sha256").update(payload).digest("hex"),
  };
  return Buffer.concat([Buffer.from(MAGIC + JSON.stringify(header) + "\n", "utf8"), payload]);
}

/** Unpacks a plan file's document, or says exactly why it cannot be read. */
export function unpackPlanFile(bytes: Buffer, filename: string): { header?: PlanFileHeader; document?: unknown; diagnostics: Diagnostic[] } {
  const fail = (detail: string) => ({ diagnostics: [errorDiag("Failed to read plan file", `The file ${JSON.stringify(filename)} ${detail}`)] });
  if (!bytes.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) return fail("is not a Terrane plan file.");
  const nl = bytes.indexOf(10, MAGIC.length);
  if (nl === -1) return fail("is truncated: its header is incomplete.");
  let header: PlanFileHeader;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length, nl).toString("utf8")) as PlanFileHeader;
  } catch {
    return fail("is corrupted: its header is not valid.");
  }
  if (header.format_version !== PLAN_FORMAT_VERSION) {
    return fail(`uses plan format version ${header.format_version}, which this version of Terrane (format ${PLAN_FORMAT_VERSION}) cannot read. It was written by Terrane ${header.terrane_version}.`);
  }
  const payload = bytes.subarray(nl + 1);
  if (payload.length < header.length) return fail(`is truncated: ${payload.length} of ${header.length} payload bytes are present.`);
  if (payload.length > header.length) return fail("is corrupted: it has extra data after the plan.");
  if (createHash("sha256").update(payload).digest("hex") !== header.sha256) return fail("is corrupted: its checksum does not match its content.");
  try {
    return { header, document: JSON.parse(gunzipSync(payload).toString("utf8")) as unknown, diagnostics: [] };
  } catch {
    return fail("is corrupted: its content cannot be decoded.");
  }
}
