import { createHash, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { encodeArmor } from "../../providers/installer/openpgp-armor.js";
import { writeMpi, writePacket } from "../../providers/installer/openpgp-packets.js";
import { keyHashInput, trailer, userIdHashInput } from "../../providers/installer/openpgp-signature.js";

// An OpenPGP signer for tests, on node:crypto alone: a fresh RSA key as a v4 transferable public key
// (key packet, user ID, positive self-certification with sign+certify flags), armored as registries
// publish signing keys, and binary or armored detached v4 signatures (SHA-256), as a registry's
// SHA256SUMS.sig is made. `gpg --verify` accepts both.

/** A signing key and what a registry publishes of it. */
export interface TestSigningKey {
  /** 16 upper-case hex digits. */
  readonly keyId: string;
  readonly fingerprint: string;
  /** The transferable public key, binary. */
  readonly publicKey: Buffer;
  /** The same, ASCII-armored (a registry's `ascii_armor`). */
  readonly armoredPublicKey: string;
  /** A binary detached signature over `document` (type 0x00, SHA-256). */
  sign(document: Buffer): Buffer;
  /** The same, ASCII-armored. */
  signArmored(document: Buffer): string;
}

const SHA256 = 8;
const RSA = 1;

/** Makes an RSA key (2048 bits unless told) with one user ID. */
export function makeSigningKey(opts: { readonly userId?: string; readonly bits?: number; readonly created?: Date } = {}): TestSigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: opts.bits ?? 2048 });
  const created = Math.floor((opts.created ?? new Date(Date.now() - 60_000)).getTime() / 1000);
  const jwk = publicKey.export({ format: "jwk" });
  const keyBody = Buffer.concat([Buffer.from([4]), u32(created), Buffer.from([RSA]), writeMpi(b64url(jwk.n!)), writeMpi(b64url(jwk.e!))]);
  const fingerprint = createHash("sha1").update(keyHashInput(keyBody)).digest("hex").toUpperCase();
  const signer = { privateKey, fingerprint, keyId: fingerprint.slice(-16), created };
  const uid = Buffer.from(opts.userId ?? "Terrane Test Registry <registry@example.com>", "utf8");
  const selfSig = signaturePacket(signer, 0x13, [keyHashInput(keyBody), userIdHashInput(uid)], [subpacket(27, Buffer.from([0x03]))]);
  const transferable = Buffer.concat([writePacket(6, keyBody), writePacket(13, uid), selfSig]);
  const detached = (document: Buffer) => signaturePacket(signer, 0x00, [document], []);
  return {
    keyId: signer.keyId,
    fingerprint,
    publicKey: transferable,
    armoredPublicKey: encodeArmor("PGP PUBLIC KEY BLOCK", transferable),
    sign: detached,
    signArmored: (document) => encodeArmor("PGP SIGNATURE", detached(document)),
  };
}

type Signer = { privateKey: KeyObject; fingerprint: string; keyId: string; created: number };

function signaturePacket(signer: Signer, type: number, signed: readonly Buffer[], extra: readonly Buffer[]): Buffer {
  const now = Math.max(signer.created, Math.floor(Date.now() / 1000) - 1);
  const hashed = Buffer.concat([subpacket(2, u32(now)), subpacket(33, Buffer.concat([Buffer.from([4]), Buffer.from(signer.fingerprint, "hex")])), ...extra]);
  const prefix = Buffer.concat([Buffer.from([4, type, RSA, SHA256]), u16(hashed.length), hashed]);
  const input = Buffer.concat([...signed, prefix, trailer(prefix.length)]);
  const digest = createHash("sha256").update(input).digest();
  const value = sign("sha256", input, signer.privateKey);
  const unhashed = subpacket(16, Buffer.from(signer.keyId, "hex"));
  return writePacket(2, Buffer.concat([prefix, u16(unhashed.length), unhashed, digest.subarray(0, 2), writeMpi(value)]));
}

function subpacket(type: number, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([data.length + 1, type]), data]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

function b64url(s: string): Buffer {
  return Buffer.from(s, "base64url");
}
