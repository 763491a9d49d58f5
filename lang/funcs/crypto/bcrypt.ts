import { randomBytes } from "node:crypto";
import { Blowfish } from "./blowfish.js";

// bcrypt password hashing ($2a$), as golang.org/x/crypto/bcrypt's GenerateFromPassword computes it:
// EksBlowfishSetup with 2^cost rounds, "OrpheanBeholderScryDoubt" encrypted 64 times, bcrypt's own
// base64 alphabet, and Go's limits on cost and password length.

const ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const MAGIC = new TextEncoder().encode("OrpheanBeholderScryDoubt");
/** The smallest cost Go accepts; anything below becomes the default. */
export const MIN_COST = 4;
/** The largest cost Go accepts. */
export const MAX_COST = 31;
/** The cost Go uses when none (or too small a one) is given. */
export const DEFAULT_COST = 10;
const MAX_PASSWORD_BYTES = 72;

/** bcrypt's base64: its own alphabet, no padding. */
export function bcryptBase64Encode(bytes: Uint8Array): string {
  const std = Buffer.from(bytes).toString("base64").replace(/=+$/, "");
  const STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  return [...std].map((c) => ALPHABET[STD.indexOf(c)]).join("");
}

/** Decodes bcrypt's base64 (the 22-character salt) back to bytes. */
export function bcryptBase64Decode(text: string): Uint8Array {
  const STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const std = [...text].map((c) => STD[ALPHABET.indexOf(c)]).join("");
  return new Uint8Array(Buffer.from(std, "base64"));
}

/** The 31-character hash part for a password, cost and 16-byte salt. */
export function bcryptHash(password: Uint8Array, cost: number, salt: Uint8Array): string {
  const key = new Uint8Array(password.length + 1);
  key.set(password);
  const c = new Blowfish();
  c.expandKeyWithSalt(key, salt);
  for (let i = 0, rounds = 2 ** cost; i < rounds; i++) {
    c.expandKey(key);
    c.expandKey(salt);
  }
  const data = new DataView(MAGIC.slice().buffer);
  for (let block = 0; block < 24; block += 8) {
    let l = data.getUint32(block);
    let r = data.getUint32(block + 4);
    for (let j = 0; j < 64; j++) [l, r] = c.encrypt(l, r);
    data.setUint32(block, l);
    data.setUint32(block + 4, r);
  }
  return bcryptBase64Encode(new Uint8Array(data.buffer).subarray(0, 23));
}

/** A full "$2a$NN$salt+hash" string for a password with the given (already validated) cost and salt. */
export function bcryptWithSalt(password: Uint8Array, cost: number, salt: Uint8Array): string {
  const encodedSalt = bcryptBase64Encode(salt);
  return `$2a$${String(cost).padStart(2, "0")}$${encodedSalt}${bcryptHash(password, cost, bcryptBase64Decode(encodedSalt))}`;
}

/** Go's GenerateFromPassword: a new random salt, or the error text Go gives. */
export function generateFromPassword(password: Uint8Array, requestedCost: bigint): string | { readonly error: string } {
  if (password.length > MAX_PASSWORD_BYTES) return { error: "bcrypt: password length exceeds 72 bytes" };
  const cost = requestedCost < BigInt(MIN_COST) ? BigInt(DEFAULT_COST) : requestedCost;
  if (cost > BigInt(MAX_COST)) return { error: `crypto/bcrypt: cost ${cost} is outside allowed range (${MIN_COST},${MAX_COST})` };
  return bcryptWithSalt(password, Number(cost), new Uint8Array(randomBytes(16)));
}

/** Whether a "$2a$"/"$2b$" hash string is the bcrypt hash of the password (for checking results). */
export function bcryptVerify(hash: string, password: Uint8Array): boolean {
  const m = /^\$2[aby]\$(\d\d)\$([./A-Za-z0-9]{22})([./A-Za-z0-9]{31})$/.exec(hash);
  if (!m) return false;
  return bcryptHash(password, Number(m[1]), bcryptBase64Decode(m[2]!)) === m[3];
}
