import { createPrivateKey, type KeyObject } from "node:crypto";
import { goQuote } from "../../text/go-quote.js";
import { derSyntaxError } from "./der-syntax.js";
import { parseOpenSshKey, type RsaNumbers } from "./openssh-key.js";
import { decodePem } from "./pem.js";

// Turning rsadecrypt's privatekey argument into an RSA key the way Terraform does it, with
// golang.org/x/crypto/ssh's ParseRawPrivateKey (PKCS#1, PKCS#8, EC, DSA and OpenSSH PEM blocks) and
// Terraform's rewording of its errors.

/** An RSA private key, or the message Terraform reports for the privatekey argument. */
export type KeyResult = { readonly key: KeyObject } | { readonly error: string };

function tryKey(der: Uint8Array, type: "pkcs1" | "pkcs8" | "sec1"): KeyObject | undefined {
  try {
    return createPrivateKey({ key: Buffer.from(der), format: "der", type });
  } catch {
    return undefined;
  }
}

function asn1Failure(der: Uint8Array, wrapped: boolean): string {
  const syntax = derSyntaxError(der);
  if (syntax) return `invalid ASN1 data in the given private key: ${syntax}`;
  return wrapped ? "invalid private key: x509: failed to parse private key" : "asn1: structure error: invalid private key structure";
}

function pkcs1(der: Uint8Array): KeyResult {
  const key = tryKey(der, "pkcs1");
  if (key) return { key };
  if (tryKey(der, "sec1")) return { error: "invalid private key: x509: failed to parse private key (use ParseECPrivateKey instead for this key format)" };
  if (tryKey(der, "pkcs8")) return { error: "invalid private key: x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)" };
  return { error: asn1Failure(der, true) };
}

function pkcs8(der: Uint8Array): KeyResult {
  const key = tryKey(der, "pkcs8");
  if (!key) return { error: asn1Failure(der, false) };
  return key.asymmetricKeyType === "rsa" ? { key } : { error: `invalid private key type ${key.asymmetricKeyType}` };
}

function ecKey(der: Uint8Array): KeyResult {
  if (tryKey(der, "sec1")) return { error: "invalid private key type ecdsa" };
  const syntax = derSyntaxError(der);
  return { error: `invalid private key: x509: failed to parse EC private key${syntax ? `: asn1: syntax error: ${syntax}` : ""}` };
}

function toBase64Url(n: bigint): string {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? "0" + hex : hex, "hex").toString("base64url");
}

function rsaFromNumbers(k: RsaNumbers): KeyResult {
  const jwk = {
    kty: "RSA",
    n: toBase64Url(k.n),
    e: toBase64Url(k.e),
    d: toBase64Url(k.d),
    p: toBase64Url(k.p),
    q: toBase64Url(k.q),
    dp: toBase64Url(k.d % (k.p - 1n)),
    dq: toBase64Url(k.d % (k.q - 1n)),
    qi: toBase64Url(k.qi),
  };
  try {
    return { key: createPrivateKey({ key: jwk, format: "jwk" }) };
  } catch {
    return { error: "invalid private key: crypto/rsa: invalid exponents" };
  }
}

function openSsh(body: Uint8Array): KeyResult {
  const parsed = parseOpenSshKey(body);
  if ("error" in parsed) return { error: `invalid private key: ${parsed.error}` };
  if ("otherType" in parsed) return { error: `invalid private key type ${parsed.otherType}` };
  return rsaFromNumbers(parsed.rsa);
}

/** The RSA private key in a PEM text, or Terraform's message for why it cannot be used. */
export function parseRsaPrivateKey(pemText: string): KeyResult {
  const block = decodePem(pemText);
  if (!block) return { error: "invalid private key: ssh: no key found" };
  if (block.headers.get("Proc-Type")?.includes("ENCRYPTED")) {
    return { error: "invalid private key: ssh: this private key is passphrase protected" };
  }
  switch (block.type) {
    case "RSA PRIVATE KEY":
      return pkcs1(block.bytes);
    case "PRIVATE KEY":
      return pkcs8(block.bytes);
    case "EC PRIVATE KEY":
      return ecKey(block.bytes);
    case "DSA PRIVATE KEY":
      return { error: "invalid private key type dsa" };
    case "OPENSSH PRIVATE KEY":
      return openSsh(block.bytes);
    default:
      return { error: `invalid private key: ssh: unsupported key type ${goQuote(block.type)}` };
  }
}
