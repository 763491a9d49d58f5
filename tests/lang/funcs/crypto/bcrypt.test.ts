import { describe, expect, it } from "vitest";
import { bcryptVerify, bcryptWithSalt, bcryptBase64Decode } from "../../../../lang/funcs/crypto/bcrypt.js";
import { piWords } from "../../../../lang/funcs/crypto/pi-hex.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

// Known answers: the OpenBSD/Openwall $2a$ test vectors (also what libxcrypt's crypt() gives), and
// hashes Terraform 1.11's bcrypt() printed (random salts, so they are checked by recomputing).
const VECTORS: [string, string][] = [
  ["U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"],
  ["hello", "$2a$04$sHAb2ZJ6RRgoFLfaLBQeyeXBIMV3soNuW7crDtq3c1wOspVVjMlHq"],
  ["", "$2a$04$VdW4Zg/tSECWzSZt3vQViOaKrk5NWhWwC3qINAMSXAJZbASRpM7Ae"],
  ["pässwörd 🔑", "$2a$05$u0XlkbT7DrXO3SfRaYSZvugTOx/s/lAf6e17h7lfrKPgpM2/G4K8q"],
  ["0123456789012345678901234567890123456789012345678901234567890123456789ab", "$2a$04$8JcXv5DH30A1utVALBdtcOLd7De62ArtCcze0x6a57iJSkWdFKnTi"],
  ["x", "$2a$05$zUqGX1j0XJNSCEvMYe5yVuJV4Mxg4uQMynlk83tV.lC8RG3fQTmaW"],
  ["x", "$2a$04$ss4sNyizY7azIfcv4IP45uLojh0Kgq/S5WxdBLoI5NHjdfGV1n4/e"],
  ["x", "$2a$10$caH8kSqdulJK31Hgqov1SeSMtvfjWXG65B1oNkdf3twC5rx6G4V2C"],
];

describe("bcrypt", () => {
  it("derives Blowfish's tables from pi", () => {
    const w = piWords(1042);
    expect([w[0], w[1], w[17], w[18], w[1041]].map((x) => x!.toString(16))).toEqual(["243f6a88", "85a308d3", "8979fb1b", "d1310ba6", "3ac372e6"]);
  });

  it.each(VECTORS)("hashes %j as %s", (password, hash) => {
    const salt = bcryptBase64Decode(hash.slice(7, 29));
    expect(bcryptWithSalt(utf8(password), Number(hash.slice(4, 6)), salt)).toBe(hash);
    expect(bcryptVerify(hash, utf8(password))).toBe(true);
    expect(bcryptVerify(hash, utf8("!" + password))).toBe(false);
  });
});
