import { constants, privateDecrypt, type KeyObject } from "node:crypto";
import { goQuote } from "../../text/go-quote.js";
import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { Base64Error, decodeBase64, STD_ENCODING } from "../../text/go-base64.js";
import { utf8Text } from "../encoding/utf8.js";
import { parseRsaPrivateKey } from "./private-key.js";

// rsadecrypt: RSA PKCS#1 v1.5 decryption of base64 ciphertext with a PEM private key. Node refuses
// PKCS#1 v1.5 private decryption, so the raw RSA operation is done by Node and the padding checked
// here, as Go's rsa.DecryptPKCS1v15 checks it.

const DECRYPTION_ERROR = "failed to decrypt: crypto/rsa: decryption error";

/** The message inside a PKCS#1 v1.5 encryption block (EM = 0x00 0x02 PS 0x00 M), or undefined. */
export function unpadPkcs1v15(em: Uint8Array): Uint8Array | undefined {
  if (em.length < 11 || em[0] !== 0 || em[1] !== 2) return undefined;
  const zero = em.indexOf(0, 2);
  if (zero < 10) return undefined;
  return em.subarray(zero + 1);
}

function decrypt(key: KeyObject, ciphertext: Uint8Array): Uint8Array | undefined {
  const k = Math.ceil((key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
  if (k < 11 || ciphertext.length !== k) return undefined;
  try {
    const em = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, Buffer.from(ciphertext));
    return unpadPkcs1v15(new Uint8Array(em));
  } catch {
    return undefined;
  }
}

function rsaDecrypt(ciphertext: string, pem: string): Value | FuncError {
  const bytes = decodeBase64(ciphertext, STD_ENCODING);
  if (bytes instanceof Base64Error) return new FuncError(`failed to decode input ${goQuote(ciphertext)}: cipher text must be base64-encoded`, 0);
  const key = parseRsaPrivateKey(pem);
  if ("error" in key) return new FuncError(key.error, 1);
  const out = decrypt(key.key, bytes);
  return out ? Value.string(utf8Text(out)) : new FuncError(DECRYPTION_ERROR);
}

/** rsadecrypt(ciphertext, privatekey): the cleartext of RSA PKCS#1 v1.5 ciphertext. */
export const rsadecryptSpec: FunctionSpec = {
  description: "`rsadecrypt` decrypts an RSA-encrypted ciphertext, returning the corresponding cleartext.",
  params: [
    { name: "ciphertext", type: StringType },
    { name: "privatekey", type: StringType },
  ],
  returnType: staticReturnType(StringType),
  impl: ([ct, key]) => rsaDecrypt(ct!.asString(), key!.asString()),
};
