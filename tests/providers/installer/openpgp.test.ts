import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crc24, decodeArmor, encodeArmor } from "../../../providers/installer/openpgp-armor.js";
import { readArmoredKeyRing, type Entity } from "../../../providers/installer/openpgp-keyring.js";
import { readPackets, writePacket } from "../../../providers/installer/openpgp-packets.js";
import { checkArmoredDetachedSignature, checkDetachedSignature, UNKNOWN_ISSUER } from "../../../providers/installer/openpgp-verify.js";
import { HASHICORP_PARTNERS_KEY, HASHICORP_PUBLIC_KEY } from "../../../providers/installer/registry-trusted-keys.js";
import { makeSigningKey } from "../../helpers/openpgp-signer.js";

// The OpenPGP reader and verifier against keys and signatures made by real gpg 2.2
// (fixtures/registry-goldens/openpgp/generate.sh), the keys Terraform builds in, the test signer, and
// broken input.

const FIX = join(__dirname, "../../../fixtures/registry-goldens/openpgp");
const file = (name: string) => readFileSync(join(FIX, name));
const KEY_IDS = Object.fromEntries(
  file("key-ids.txt")
    .toString()
    .trim()
    .split("\n")
    .map((l) => l.split(" ")),
) as Record<string, string>;
const DOC = file("document");

function ring(armored: string): Entity[] {
  const r = readArmoredKeyRing(armored);
  if ("error" in r) throw new Error(r.error);
  return r.entities;
}

const gpgKey = (name: string) => ring(file(`${name}.asc`).toString());

function signer(r: ReturnType<typeof checkDetachedSignature>): string {
  return "error" in r ? `error: ${r.error}` : `${r.entity.primary.key.keyId} by ${r.key.key.keyId}`;
}

describe("ASCII armor", () => {
  it("round-trips with a CRC-24 line, and the CRC is RFC 4880's", () => {
    expect(crc24(Buffer.alloc(0))).toBe(0xb704ce);
    const data = Buffer.from("hello openpgp");
    const text = encodeArmor("PGP SIGNATURE", data, { Comment: "x" });
    expect(text).toMatch(/^-----BEGIN PGP SIGNATURE-----\nComment: x\n\n[A-Za-z0-9+/=]+\n=[A-Za-z0-9+/]{4}\n-----END PGP SIGNATURE-----\n$/);
    expect(decodeArmor(text)).toEqual({ type: "PGP SIGNATURE", headers: { Comment: "x" }, data });
  });

  const bad: [string, string, string][] = [
    ["no block", "just text", "EOF"],
    ["a bad character (Go's base64 error, as terraform printed it)", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot base64!\n-----END PGP PUBLIC KEY BLOCK-----\n", "illegal base64 data at input byte 3"],
    ["no END line", "-----BEGIN PGP SIGNATURE-----\n\nAAAA\n", "openpgp: invalid data: armor invalid"],
    ["a wrong checksum", "-----BEGIN PGP SIGNATURE-----\n\nAAAA\n=AAAA\n-----END PGP SIGNATURE-----\n", "openpgp: invalid data: armor invalid"],
  ];
  it.each(bad)("rejects %s", (_what, text, error) => {
    expect(decodeArmor(text)).toEqual({ error });
  });
});

describe("packets", () => {
  it("reads new-format packets with one, two and five-octet lengths", () => {
    const bodies = [Buffer.alloc(10, 1), Buffer.alloc(1000, 2), Buffer.alloc(70000, 3)];
    const read = readPackets(Buffer.concat(bodies.map((b) => writePacket(13, b))));
    expect(read).toEqual({ packets: bodies.map((body) => ({ tag: 13, body })) });
  });

  it("reads old-format packets (gpg writes them) and partial body lengths", () => {
    const old = Buffer.from([0x88, 3, 1, 2, 3]); // tag 2, one-octet length
    const partial = Buffer.concat([Buffer.from([0xcd, 0xe1]), Buffer.alloc(2, 9), Buffer.from([1, 7])]); // 2 bytes, then 1 final byte
    expect(readPackets(Buffer.concat([old, partial]))).toEqual({
      packets: [
        { tag: 2, body: Buffer.from([1, 2, 3]) },
        { tag: 13, body: Buffer.from([9, 9, 7]) },
      ],
    });
  });

  it("rejects a tag byte without its high bit, and truncated packets", () => {
    expect(readPackets(Buffer.from([0x01]))).toEqual({ error: "openpgp: invalid data: tag byte does not have MSB set" });
    expect(readPackets(Buffer.from([0xcd, 20, 1, 2]))).toEqual({ error: "unexpected EOF" });
  });
});

describe("keys", () => {
  it("reads the HashiCorp keys Terraform builds in, with their subkeys", () => {
    const [hashicorp] = ring(HASHICORP_PUBLIC_KEY);
    expect(hashicorp!.primary.key.fingerprint).toBe("C874011F0AB405110D02105534365D9472D7468F");
    expect(hashicorp!.subkeys.map((s) => [s.key.keyId, s.selfSignature?.keyFlags])).toEqual([
      ["54422F612379BA9A", 12],
      ["B0B441097685B676", 2],
      ["C820C6D5CD27AB87", 2],
    ]);
    expect(ring(HASHICORP_PARTNERS_KEY)[0]!.primary.key.keyId).toBe("7D72D4268E4660FC");
  });

  it("reads gpg's keys with the key IDs gpg printed", () => {
    for (const name of ["rsa", "subkey", "ed25519", "expired"]) expect(gpgKey(name)[0]!.primary.key.keyId).toBe(KEY_IDS[name]);
  });

  it("rejects a key whose self-signature does not verify, and non-key blocks", () => {
    const key = makeSigningKey();
    const tampered = Buffer.from(key.publicKey);
    tampered[tampered.length - 1] = tampered[tampered.length - 1]! ^ 0xff; // the self-signature's RSA value
    expect(readArmoredKeyRing(encodeArmor("PGP PUBLIC KEY BLOCK", tampered))).toEqual({
      error: "openpgp: invalid data: user ID self-signature invalid: openpgp: invalid signature: RSA verification failure",
    });
    expect(readArmoredKeyRing(key.signArmored(Buffer.from("x")))).toEqual({ error: "openpgp: invalid argument: expected public or private key block, got: PGP SIGNATURE" });
    expect(readArmoredKeyRing("nothing")).toEqual({ error: "openpgp: invalid argument: no armored data found" });
  });
});

describe("detached signatures made by gpg", () => {
  const good: [string, string, string, string][] = [
    ["RSA, SHA-256", "rsa", "rsa.sig", "document"],
    ["RSA, SHA-512", "rsa", "rsa-sha512.sig", "document"],
    ["RSA, text mode (CRLF canonical form)", "rsa", "rsa-text.sig", "text-document"],
    ["Ed25519", "ed25519", "ed25519.sig", "document"],
  ];
  it.each(good)("verifies %s", (_what, key, sig, doc) => {
    expect(signer(checkDetachedSignature(gpgKey(key), file(doc), file(sig)))).toBe(`${KEY_IDS[key]} by ${KEY_IDS[key]}`);
  });

  it("verifies a signature by a signing subkey, naming the primary key", () => {
    const r = checkDetachedSignature(gpgKey("subkey"), DOC, file("subkey.sig"));
    expect(signer(r)).toMatch(new RegExp(`^${KEY_IDS.subkey} by (?!${KEY_IDS.subkey})[0-9A-F]{16}$`));
  });

  it("verifies an armored signature", () => {
    expect(signer(checkArmoredDetachedSignature(gpgKey("rsa"), DOC, file("rsa.sig.asc").toString()))).toBe(`${KEY_IDS.rsa} by ${KEY_IDS.rsa}`);
  });

  it("rejects tampered data, another key's signature, an expired key and garbage", () => {
    const tampered = Buffer.concat([DOC, Buffer.from("x")]);
    expect(signer(checkDetachedSignature(gpgKey("rsa"), tampered, file("rsa.sig")))).toBe("error: openpgp: invalid signature: RSA verification failure");
    expect(signer(checkDetachedSignature(gpgKey("ed25519"), tampered, file("ed25519.sig")))).toBe("error: openpgp: invalid signature: EdDSA verification failure");
    expect(signer(checkDetachedSignature(gpgKey("rsa"), DOC, file("subkey.sig")))).toBe(`error: ${UNKNOWN_ISSUER}`);
    expect(signer(checkDetachedSignature(gpgKey("expired"), DOC, file("expired.sig")))).toBe("error: openpgp: key expired");
    expect(signer(checkDetachedSignature(gpgKey("rsa"), DOC, Buffer.from("garbage")))).toBe("error: openpgp: invalid data: tag byte does not have MSB set");
    expect(signer(checkDetachedSignature(gpgKey("rsa"), DOC, file("rsa.sig").subarray(0, 100)))).toBe("error: unexpected EOF");
  });
});

describe("the test signer", () => {
  it("makes keys and signatures the verifier accepts, and only for the signed data", () => {
    const key = makeSigningKey();
    const entities = ring(key.armoredPublicKey);
    expect(entities[0]!.primary.key.keyId).toBe(key.keyId);
    expect(signer(checkDetachedSignature(entities, DOC, key.sign(DOC)))).toBe(`${key.keyId} by ${key.keyId}`);
    expect(signer(checkArmoredDetachedSignature(entities, DOC, key.signArmored(DOC)))).toBe(`${key.keyId} by ${key.keyId}`);
    expect(signer(checkDetachedSignature(entities, Buffer.from("other"), key.sign(DOC)))).toBe("error: openpgp: invalid signature: RSA verification failure");
    expect(signer(checkDetachedSignature(gpgKey("rsa"), DOC, key.sign(DOC)))).toBe(`error: ${UNKNOWN_ISSUER}`);
  });
});
