import { decodeArmor, NO_ARMORED_DATA } from "./openpgp-armor.js";
import { parsePublicKey, type PublicKey } from "./openpgp-keys.js";
import { PacketError, readPackets, TAG, type Packet } from "./openpgp-packets.js";
import { keyHashInput, parseSignature, SIG, userIdHashInput, verifySignature, type Signature } from "./openpgp-signature.js";

// Transferable public keys (RFC 4880 §11.1) read into entities, as the Go OpenPGP library's ReadEntity
// does: a primary key, its user IDs with verified self-certifications, and subkeys with verified
// binding signatures (a signing subkey also needs its embedded back-signature). Revocations that verify
// mark a key revoked. The signing keys for a key ID are then looked up as KeysByIdUsage does.

/** A primary key or subkey with the self-signature that governs it (flags, expiry). */
export interface EntityKey {
  readonly key: PublicKey;
  readonly selfSignature?: Signature;
  readonly revoked: boolean;
}

/** One transferable public key. */
export interface Entity {
  readonly primary: EntityKey;
  readonly userIds: readonly string[];
  readonly subkeys: readonly EntityKey[];
}

/** Reads every entity of an armored public key block (Go's ReadArmoredKeyRing). */
export function readArmoredKeyRing(text: string): { readonly entities: Entity[] } | { readonly error: string } {
  const block = decodeArmor(text);
  if ("error" in block) return { error: block.error === "EOF" ? NO_ARMORED_DATA : block.error };
  if (block.type !== "PGP PUBLIC KEY BLOCK" && block.type !== "PGP PRIVATE KEY BLOCK") {
    return { error: `openpgp: invalid argument: expected public or private key block, got: ${block.type}` };
  }
  const read = readPackets(block.data);
  if ("error" in read) return read;
  try {
    return { entities: readEntities(read.packets) };
  } catch (e) {
    if (e instanceof PacketError) return { error: e.message };
    throw e;
  }
}

function readEntities(packets: readonly Packet[]): Entity[] {
  const groups: Packet[][] = [];
  for (const p of packets) {
    if (p.tag === TAG.trust) continue;
    if (p.tag === TAG.publicKey || groups.length === 0) groups.push([]);
    groups[groups.length - 1]!.push(p);
  }
  if (groups.length === 0) throw new PacketError(NO_ARMORED_DATA);
  return groups.map(readEntity);
}

function readEntity(packets: readonly Packet[]): Entity {
  if (packets[0]?.tag !== TAG.publicKey) throw new PacketError("openpgp: invalid data: first packet was not a public/private key");
  const primary = parsePublicKey(packets[0].body);
  const userIds: string[] = [];
  const subkeys: EntityKey[] = [];
  let selfSignature: Signature | undefined;
  let revoked = false;
  for (let i = 1; i < packets.length; ) {
    const [owner, ...sigs] = takeWithSignatures(packets, i);
    i += 1 + sigs.length;
    if (owner!.tag === TAG.signature) {
      revoked ||= isRevocation(primary, parseSignature(owner!.body), [keyHashInput(primary.body)]);
    } else if (owner!.tag === TAG.userId) {
      const cert = certification(primary, owner!.body, sigs);
      userIds.push(owner!.body.toString("utf8"));
      if (!selfSignature || (cert.created ?? 0) > (selfSignature.created ?? 0)) selfSignature = cert;
    } else if (owner!.tag === TAG.publicSubkey) subkeys.push(subkey(primary, owner!.body, sigs));
  }
  if (userIds.length === 0) throw new PacketError("openpgp: invalid data: entity without any identities");
  return { primary: { key: primary, revoked, ...(selfSignature ? { selfSignature } : {}) }, userIds, subkeys };
}

// A packet and the signature packets after it (a leading signature stands alone: a direct-key signature).
function takeWithSignatures(packets: readonly Packet[], start: number): Packet[] {
  const out = [packets[start]!];
  if (packets[start]!.tag === TAG.signature) return out;
  for (let i = start + 1; i < packets.length && packets[i]!.tag === TAG.signature; i++) out.push(packets[i]!);
  return out;
}

function certification(primary: PublicKey, id: Buffer, sigs: readonly Packet[]): Signature {
  let best: Signature | undefined;
  for (const p of sigs) {
    const sig = parseSignature(p.body);
    if (!issuedBy(sig, primary) || sig.type < 0x10 || sig.type > 0x13) continue;
    const err = verifySignature(primary, sig, [keyHashInput(primary.body), userIdHashInput(id)]);
    if (err) throw new PacketError(`openpgp: invalid data: user ID self-signature invalid: ${err}`);
    if (!best || (sig.created ?? 0) > (best.created ?? 0)) best = sig;
  }
  if (!best) throw new PacketError("openpgp: invalid data: user ID has no self-signature");
  return best;
}

function subkey(primary: PublicKey, body: Buffer, sigs: readonly Packet[]): EntityKey {
  const key = parsePublicKey(body);
  const signed = [keyHashInput(primary.body), keyHashInput(body)];
  let binding: Signature | undefined;
  let revoked = false;
  for (const p of sigs) {
    const sig = parseSignature(p.body);
    if (!issuedBy(sig, primary)) continue;
    if (sig.type === SIG.subkeyRevocation) revoked ||= isRevocation(primary, sig, signed);
    if (sig.type !== SIG.subkeyBinding) continue;
    const err = verifySignature(primary, sig, signed);
    if (err) throw new PacketError(`openpgp: invalid data: subkey signature invalid: ${err}`);
    checkBackSignature(key, sig, signed);
    if (!binding || (sig.created ?? 0) > (binding.created ?? 0)) binding = sig;
  }
  if (!binding) throw new PacketError("openpgp: invalid data: subkey packet not followed by signature");
  return { key, selfSignature: binding, revoked };
}

// A signing subkey proves it agrees to be bound with a primary key binding signature embedded in the binding.
function checkBackSignature(key: PublicKey, binding: Signature, signed: readonly Buffer[]): void {
  if (binding.keyFlags === undefined || (binding.keyFlags & 0x02) === 0) return;
  const back = binding.embedded;
  if (!back || back.type !== SIG.primaryKeyBinding) throw new PacketError("openpgp: invalid data: signing subkey is missing cross-signature");
  const err = verifySignature(key, back, signed);
  if (err) throw new PacketError(`openpgp: invalid data: error while verifying cross-signature: ${err}`);
}

function isRevocation(primary: PublicKey, sig: Signature, signed: readonly Buffer[]): boolean {
  if (sig.type !== SIG.keyRevocation && sig.type !== SIG.subkeyRevocation) return false;
  return issuedBy(sig, primary) && verifySignature(primary, sig, signed) === undefined;
}

function issuedBy(sig: Signature, key: PublicKey): boolean {
  return sig.issuerKeyId === undefined || sig.issuerKeyId === key.keyId;
}

/** The entity's keys with this key ID that may make signatures (KeysByIdUsage with the sign flag). */
export function signingKeysById(entities: readonly Entity[], keyId: string): { entity: Entity; key: EntityKey }[] {
  const out: { entity: Entity; key: EntityKey }[] = [];
  for (const entity of entities) {
    for (const k of [entity.primary, ...entity.subkeys]) {
      if (k.key.keyId !== keyId || k.revoked || entity.primary.revoked) continue;
      const flags = k.selfSignature?.keyFlags;
      if (flags === undefined || (flags & 0x02) !== 0) out.push({ entity, key: k });
    }
  }
  return out;
}

/** Whether a key has expired at `now` (seconds), per its self-signature's key expiration time. */
export function keyExpired(k: EntityKey, now: number): boolean {
  const after = k.selfSignature?.keyExpiresAfter;
  return after !== undefined && after > 0 && k.key.created + after <= now;
}
