import { createHash, createVerify, verify as cryptoVerify, type KeyObject } from "node:crypto";
import { PacketError, Reader } from "./openpgp-packets.js";

// Version 4 OpenPGP signature packets (RFC 4880 §5.2.3): the signature type, algorithms, hashed and
// unhashed subpackets (creation and expiry times, issuer key ID and fingerprint, key flags, embedded
// back-signatures), the hash's left 16 bits and the signature values; and their verification: the
// signed material is hashed with the signature's trailer (§5.2.4) and checked with node:crypto (RSA
// PKCS#1 v1.5, or Ed25519 over the digest for EdDSA keys).

/** Signature types used here (§5.2.1). */
export const SIG = { binary: 0x00, text: 0x01, subkeyBinding: 0x18, primaryKeyBinding: 0x19, keyRevocation: 0x20, subkeyRevocation: 0x28 } as const;

/** Public key algorithms this package can verify with. */
export const ALGO = { rsa: 1, rsaSignOnly: 3, eddsa: 22 } as const;

/** A parsed v4 signature. */
export interface Signature {
  readonly type: number;
  readonly pubAlgo: number;
  readonly hashAlgo: number;
  /** Version through the hashed subpackets: the bytes the trailer hashes. */
  readonly hashedPrefix: Buffer;
  readonly hashTag: Buffer;
  readonly values: readonly Buffer[];
  /** Seconds since the epoch. */
  readonly created?: number;
  readonly expiresAfter?: number;
  readonly keyExpiresAfter?: number;
  /** Upper-case hex of the issuer's key ID (subpacket 16, or the low 64 bits of subpacket 33). */
  readonly issuerKeyId?: string;
  readonly issuerFingerprint?: string;
  readonly keyFlags?: number;
  readonly embedded?: Signature;
}

/** The key material a signature is checked with. */
export interface VerifyingKey {
  readonly algorithm: number;
  readonly key?: KeyObject;
}

const HASHES: Readonly<Record<number, string>> = { 2: "sha1", 8: "sha256", 9: "sha384", 10: "sha512", 11: "sha224" };

/** Parses a signature packet body; throws PacketError when it is malformed or unsupported. */
export function parseSignature(body: Buffer): Signature {
  const r = new Reader(body);
  const version = r.u8();
  if (version !== 4) throw new PacketError(`openpgp: unsupported feature: signature packet version ${version}`);
  const type = r.u8();
  const pubAlgo = r.u8();
  const hashAlgo = r.u8();
  const hashed = r.bytes(r.uint(2));
  const hashedPrefix = body.subarray(0, r.pos);
  const unhashed = r.bytes(r.uint(2));
  const hashTag = r.bytes(2);
  const values: Buffer[] = [];
  while (!r.done()) values.push(r.mpi());
  const fields = { ...readSubpackets(unhashed, false), ...readSubpackets(hashed, true) };
  return { type, pubAlgo, hashAlgo, hashedPrefix, hashTag, values, ...fields };
}

type SubpacketFields = { -readonly [K in keyof Signature]?: Signature[K] };

function readSubpackets(area: Buffer, hashed: boolean): SubpacketFields {
  const out: SubpacketFields = {};
  const r = new Reader(area);
  while (!r.done()) {
    const first = r.u8();
    const len = first < 192 ? first : first < 255 ? ((first - 192) << 8) + r.u8() + 192 : r.uint(4);
    if (len === 0) throw new PacketError("openpgp: invalid data: zero length signature subpacket");
    const kind = r.u8();
    try {
      subpacket(out, kind & 0x7f, (kind & 0x80) !== 0, r.bytes(len - 1), hashed);
    } catch (e) {
      if (e instanceof RangeError) throw new PacketError("openpgp: invalid data: signature subpacket truncated");
      throw e;
    }
  }
  return out;
}

const IGNORED_SUBPACKETS = new Set([4, 5, 6, 7, 10, 11, 12, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31, 34, 35]);

function subpacket(out: SubpacketFields, kind: number, critical: boolean, data: Buffer, hashed: boolean): void {
  const trusted = hashed || kind === 16 || kind === 33 || kind === 32;
  if (!trusted) return;
  if (kind === 2) out.created = data.readUInt32BE(0);
  else if (kind === 3) out.expiresAfter = data.readUInt32BE(0);
  else if (kind === 9) out.keyExpiresAfter = data.readUInt32BE(0);
  else if (kind === 16) out.issuerKeyId = data.subarray(0, 8).toString("hex").toUpperCase();
  else if (kind === 27) out.keyFlags = data[0] ?? 0;
  else if (kind === 32) out.embedded = parseSignature(data);
  else if (kind === 33 && data[0] === 4) fingerprint(out, data.subarray(1).toString("hex").toUpperCase());
  else if (critical && !IGNORED_SUBPACKETS.has(kind)) throw new PacketError(`openpgp: unsupported feature: unknown critical signature subpacket type ${kind}`);
}

function fingerprint(out: SubpacketFields, fpr: string): void {
  out.issuerFingerprint = fpr;
  out.issuerKeyId ??= fpr.slice(-16);
}

/** Checks a signature over the given signed parts (e.g. key packets, or the document); an error text when it fails. */
export function verifySignature(key: VerifyingKey, sig: Signature, signed: readonly Buffer[]): string | undefined {
  const hashName = HASHES[sig.hashAlgo];
  if (hashName === undefined) return `openpgp: unsupported feature: hash function ${sig.hashAlgo}`;
  if (sig.pubAlgo !== key.algorithm) return "openpgp: invalid signature: public key and signature use different algorithms";
  if (key.key === undefined) return `openpgp: unsupported feature: public key algorithm ${key.algorithm}`;
  const parts = [...signed, sig.hashedPrefix, trailer(sig.hashedPrefix.length)];
  const digest = parts.reduce((h, p) => h.update(p), createHash(hashName)).digest();
  // The Go library checks the quick-check bytes only after the signature itself verified.
  const err = key.algorithm === ALGO.eddsa ? verifyEdDsa(key.key, sig, digest) : verifyRsa(key.key, sig, hashName, parts);
  if (err) return err;
  return digest.subarray(0, 2).equals(sig.hashTag) ? undefined : "openpgp: invalid signature: hash tag doesn't match";
}

function verifyRsa(key: KeyObject, sig: Signature, hashName: string, parts: readonly Buffer[]): string | undefined {
  const modulusBytes = ((key.asymmetricKeyDetails?.modulusLength ?? 0) + 7) >> 3;
  const value = sig.values[0];
  if (value === undefined || value.length > modulusBytes) return "openpgp: invalid signature: RSA verification failure";
  const v = parts.reduce((acc, p) => acc.update(p), createVerify(hashName));
  const ok = v.verify(key, Buffer.concat([Buffer.alloc(modulusBytes - value.length), value]));
  return ok ? undefined : "openpgp: invalid signature: RSA verification failure";
}

function verifyEdDsa(key: KeyObject, sig: Signature, digest: Buffer): string | undefined {
  const [r, s] = sig.values;
  if (r === undefined || s === undefined || r.length > 32 || s.length > 32) return "openpgp: invalid signature: EdDSA verification failure";
  const raw = Buffer.concat([pad32(r), pad32(s)]);
  return cryptoVerify(null, digest, key, raw) ? undefined : "openpgp: invalid signature: EdDSA verification failure";
}

function pad32(b: Buffer): Buffer {
  return Buffer.concat([Buffer.alloc(32 - b.length), b]);
}

/** The v4 trailer hashed after the signature's own fields (§5.2.4). */
export function trailer(hashedLength: number): Buffer {
  const t = Buffer.from([0x04, 0xff, 0, 0, 0, 0]);
  t.writeUInt32BE(hashedLength, 2);
  return t;
}

/** How a key packet body is hashed into key signatures: 0x99, a two-octet length, the body. */
export function keyHashInput(body: Buffer): Buffer {
  const head = Buffer.from([0x99, 0, 0]);
  head.writeUInt16BE(body.length, 1);
  return Buffer.concat([head, body]);
}

/** How a user ID is hashed into certifications: 0xB4, a four-octet length, the ID. */
export function userIdHashInput(id: Buffer): Buffer {
  const head = Buffer.from([0xb4, 0, 0, 0, 0]);
  head.writeUInt32BE(id.length, 1);
  return Buffer.concat([head, id]);
}

/** The document as a text signature (type 0x01) hashes it: line endings made CRLF. */
export function canonicalText(data: Buffer): Buffer {
  return Buffer.from(data.toString("latin1").replace(/\r?\n/g, "\r\n"), "latin1");
}

/** Whether a signature has expired at `now` (seconds). */
export function signatureExpired(sig: Signature, now: number): boolean {
  return sig.expiresAfter !== undefined && sig.expiresAfter > 0 && (sig.created ?? 0) + sig.expiresAfter <= now;
}
