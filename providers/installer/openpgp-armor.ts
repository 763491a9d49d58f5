// OpenPGP ASCII armor (RFC 4880 §6): a `-----BEGIN PGP ...-----` line, optional `Key: Value` headers,
// a blank line, base64 data, an optional `=XXXX` CRC-24 checksum line and the matching END line.
// Registries send signing keys armored (`ascii_armor`); error texts are those of the Go OpenPGP library
// Terraform uses, because they reach the user inside Terraform's own messages.

/** A decoded armor block. */
export interface ArmorBlock {
  /** `PGP PUBLIC KEY BLOCK`, `PGP SIGNATURE`. */
  readonly type: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly data: Buffer;
}

/** Go's text for a corrupt armor block. */
export const ARMOR_INVALID = "openpgp: invalid data: armor invalid";
/** Go's text for input without any armor block, when reading a key ring (armor.Decode itself says "EOF"). */
export const NO_ARMORED_DATA = "openpgp: invalid argument: no armored data found";

const BEGIN = /^-----BEGIN (.+)-----$/;

/** Decodes the first armor block in a text; the error is "EOF" when there is none, as Go's armor.Decode says. */
export function decodeArmor(text: string): ArmorBlock | { readonly error: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trimEnd());
  const start = lines.findIndex((l) => BEGIN.test(l));
  if (start < 0) return { error: "EOF" };
  const type = BEGIN.exec(lines[start]!)![1]!;
  const headers: Record<string, string> = {};
  let i = start + 1;
  for (; i < lines.length && lines[i] !== ""; i++) {
    const colon = lines[i]!.indexOf(": ");
    if (colon < 0) break;
    headers[lines[i]!.slice(0, colon)] = lines[i]!.slice(colon + 2);
  }
  if (lines[i] === "") i++;
  const end = lines.indexOf(`-----END ${type}-----`, i);
  if (end < 0) return { error: ARMOR_INVALID };
  return decodeBody(type, headers, lines.slice(i, end));
}

function decodeBody(type: string, headers: Record<string, string>, body: string[]): ArmorBlock | { readonly error: string } {
  let checksum: string | undefined;
  const last = body[body.length - 1];
  if (last !== undefined && /^=[A-Za-z0-9+/]{4}$/.test(last)) {
    checksum = last.slice(1);
    body = body.slice(0, -1);
  }
  const b64 = body.join("");
  const bad = base64Error(b64);
  if (bad) return { error: bad };
  const data = Buffer.from(b64, "base64");
  if (checksum !== undefined && crc24(data) !== Buffer.from(checksum, "base64").readUIntBE(0, 3)) return { error: ARMOR_INVALID };
  return { type, headers, data };
}

// Go's base64 decoder reports the offset of the first byte it cannot use (for a cut-short last group,
// where that group starts).
function base64Error(b64: string): string | undefined {
  const m = /^[A-Za-z0-9+/]*/.exec(b64)![0].length;
  const rest = b64.slice(m);
  const padded = (rest === "=" && m % 4 === 3) || (rest === "==" && m % 4 === 2);
  if (rest === "" && m % 4 !== 1) return undefined;
  if (padded) return undefined;
  return `illegal base64 data at input byte ${rest === "" ? m - (m % 4) : m}`;
}

/** Encodes data as an armor block with a CRC-24 checksum line, 64 base64 characters per line. */
export function encodeArmor(type: string, data: Buffer, headers: Readonly<Record<string, string>> = {}): string {
  const b64 = data.toString("base64");
  const lines = [`-----BEGIN ${type}-----`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), ""];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  const crc = Buffer.alloc(3);
  crc.writeUIntBE(crc24(data), 0, 3);
  lines.push(`=${crc.toString("base64")}`, `-----END ${type}-----`, "");
  return lines.join("\n");
}

/** The CRC-24 of RFC 4880 §6.1. */
export function crc24(data: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}
