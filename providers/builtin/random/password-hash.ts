import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";

// random_password's bcrypt_hash, as golang.org/x/crypto/bcrypt makes and checks it: cost 10, version
// "$2a$", a fresh 16-byte salt. bcrypt only reads the first 72 bytes of a password; Go refuses longer
// ones in GenerateFromPassword, so the provider's generateHash cuts them to 72 bytes first, which gives
// the same hash as hashing the whole of them.

const DEFAULT_COST = 10;
const MAX_PASSWORD_BYTES = 72;

/** The provider's generateHash: the bcrypt hash of (the first 72 bytes of) the password. */
export async function generateHash(password: string): Promise<string> {
  return bcrypt.hash(password, newSalt());
}

/** generateHash, synchronously (for state upgrades). */
export function generateHashSync(password: string): string {
  return bcrypt.hashSync(password, newSalt());
}

/** bcrypt.GenerateFromPassword: the hash, or Go's error for a password over 72 bytes. */
export function generateFromPassword(password: string): string | Error {
  if (Buffer.byteLength(password, "utf8") > MAX_PASSWORD_BYTES) return new Error("bcrypt: password length exceeds 72 bytes");
  return generateHashSync(password);
}

/** bcrypt.CompareHashAndPassword: whether the hash is of this password, or Go's error for a malformed hash. */
export function compareHashAndPassword(hash: string, password: string): "match" | "mismatch" | Error {
  const malformed = malformedHash(hash);
  if (malformed) return malformed;
  try {
    return bcrypt.compareSync(password, hash) ? "match" : "mismatch";
  } catch {
    return "mismatch";
  }
}

// The checks of Go's newFromHash before it hashes anything.
function malformedHash(hash: string): Error | undefined {
  if (Buffer.byteLength(hash, "utf8") < 59) return new Error("crypto/bcrypt: hashedSecret too short to be a bcrypted password");
  if (hash[0] !== "$") return new Error(`crypto/bcrypt: bcrypt hashes must start with '$', but hashedSecret started with '${hash[0]}'`);
  if (hash[1]! > "2") return new Error(`crypto/bcrypt: bcrypt algorithm version '${hash[1]}' requested is newer than current version '2'`);
  const costAt = hash[2] === "$" ? 3 : 4;
  const costText = hash.slice(costAt, costAt + 2);
  if (!/^[+-]?\d+$/.test(costText)) return new Error(`strconv.Atoi: parsing ${JSON.stringify(costText)}: invalid syntax`);
  const cost = Number(costText);
  if (cost < 4 || cost > 31) return new Error(`crypto/bcrypt: cost ${cost} is outside allowed inclusive range 4..31`);
  return undefined;
}

function newSalt(): string {
  return `$2a$${DEFAULT_COST}$${bcrypt.encodeBase64(randomBytes(16), 16)}`;
}
