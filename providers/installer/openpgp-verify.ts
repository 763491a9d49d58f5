import { decodeArmor } from "./openpgp-armor.js";
import { keyExpired, signingKeysById, type Entity, type EntityKey } from "./openpgp-keyring.js";
import { PacketError, readPackets, TAG } from "./openpgp-packets.js";
import { canonicalText, parseSignature, SIG, signatureExpired, verifySignature, type Signature } from "./openpgp-signature.js";

// Checking a detached signature over a document against a key ring, as the Go OpenPGP library's
// CheckDetachedSignature does (Terraform checks a registry's SHA256SUMS with it): the first signature
// whose issuer is in the ring is verified with that issuer's signing keys; no such signature is
// "signature made by unknown entity" (which Terraform treats as "try the next key").

/** Go's ErrUnknownIssuer text. */
export const UNKNOWN_ISSUER = "openpgp: signature made by unknown entity";

/** The entity whose key made a good signature, and that key. */
export interface SignatureCheck {
  readonly entity: Entity;
  readonly key: EntityKey;
}

/** Verifies a binary detached signature (one or more signature packets) over `document`. */
export function checkDetachedSignature(
  entities: readonly Entity[],
  document: Buffer,
  signature: Buffer,
  now: number = Math.floor(Date.now() / 1000),
): SignatureCheck | { readonly error: string } {
  const found = findIssuer(entities, signature);
  if ("error" in found) return found;
  const signed = found.sig.type === SIG.text ? canonicalText(document) : document;
  let error = UNKNOWN_ISSUER;
  for (const candidate of found.keys) {
    const err = verifySignature(candidate.key.key, found.sig, [signed]);
    if (err) {
      error = err;
      continue;
    }
    if (signatureExpired(found.sig, now)) return { error: "openpgp: signature expired" };
    if (keyExpired(candidate.key, now) || keyExpired(candidate.entity.primary, now)) return { error: "openpgp: key expired" };
    return candidate;
  }
  return { error };
}

/** The same for an armored signature (`-----BEGIN PGP SIGNATURE-----`). */
export function checkArmoredDetachedSignature(entities: readonly Entity[], document: Buffer, armored: string): SignatureCheck | { readonly error: string } {
  const block = decodeArmor(armored);
  return "error" in block ? block : checkDetachedSignature(entities, document, block.data);
}

function findIssuer(entities: readonly Entity[], signature: Buffer): { sig: Signature; keys: SignatureCheck[] } | { error: string } {
  const read = readPackets(signature);
  if ("error" in read) return read;
  try {
    for (const p of read.packets) {
      if (p.tag !== TAG.signature) return { error: "openpgp: invalid data: non signature packet found" };
      const sig = parseSignature(p.body);
      if (sig.type !== SIG.binary && sig.type !== SIG.text) return { error: "openpgp: invalid signature: not a document signature" };
      if (sig.issuerKeyId === undefined) return { error: "openpgp: invalid data: signature doesn't have an issuer" };
      const keys = signingKeysById(entities, sig.issuerKeyId);
      if (keys.length > 0) return { sig, keys };
    }
  } catch (e) {
    if (e instanceof PacketError) return { error: e.message };
    throw e;
  }
  return { error: read.packets.length === 0 ? "EOF" : UNKNOWN_ISSUER };
}
