import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import { PacketError, Reader } from "./openpgp-packets.js";
import { ALGO, keyHashInput } from "./openpgp-signature.js";

// Version 4 OpenPGP public key packets (RFC 4880 §5.5.2): creation time, algorithm and key material,
// with the key's fingerprint (SHA-1 of the framed packet, §12.2) and key ID (its low 64 bits). RSA and
// EdDSA (Ed25519) keys become node:crypto KeyObjects; keys of other algorithms (a cv25519 encryption
// subkey, DSA) are kept, so a key ring holding them still reads, but cannot verify anything.

/** A parsed public key or subkey. */
export interface PublicKey {
  readonly algorithm: number;
  /** Seconds since the epoch. */
  readonly created: number;
  /** The packet body, as key signatures hash it. */
  readonly body: Buffer;
  /** 40 upper-case hex digits. */
  readonly fingerprint: string;
  /** 16 upper-case hex digits (the Go library's KeyIdString). */
  readonly keyId: string;
  /** Undefined for algorithms that cannot sign here. */
  readonly key?: KeyObject;
}

const ED25519_OID = Buffer.from("2b06010401da470f01", "hex");

/** Parses a public key packet body; throws PacketError when it is malformed or not version 4. */
export function parsePublicKey(body: Buffer): PublicKey {
  const r = new Reader(body);
  const version = r.u8();
  if (version !== 4) throw new PacketError(`openpgp: unsupported feature: public key version ${version}`);
  const created = r.uint(4);
  const algorithm = r.u8();
  const key = keyMaterial(algorithm, r);
  const fingerprint = createHash("sha1").update(keyHashInput(body)).digest("hex").toUpperCase();
  return { algorithm, created, body, fingerprint, keyId: fingerprint.slice(-16), ...(key ? { key } : {}) };
}

function keyMaterial(algorithm: number, r: Reader): KeyObject | undefined {
  if (algorithm === ALGO.rsa || algorithm === ALGO.rsaSignOnly) return rsaKey(r.mpi(), r.mpi());
  if (algorithm === ALGO.eddsa) return eddsaKey(r);
  return undefined;
}

function rsaKey(n: Buffer, e: Buffer): KeyObject {
  try {
    return createPublicKey({ key: { kty: "RSA", n: n.toString("base64url"), e: e.toString("base64url") }, format: "jwk" });
  } catch {
    throw new PacketError("openpgp: invalid data: invalid RSA public key");
  }
}

function eddsaKey(r: Reader): KeyObject | undefined {
  const oid = r.bytes(r.u8());
  const point = r.mpi();
  if (!oid.equals(ED25519_OID)) return undefined;
  if (point.length !== 33 || point[0] !== 0x40) throw new PacketError("openpgp: invalid data: invalid Ed25519 public key");
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: point.subarray(1).toString("base64url") }, format: "jwk" });
}
