import { constants, generateKeyPairSync, publicEncrypt } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cryptoFunctions } from "../../../../lang/funcs/crypto/index.js";
import { bcryptVerify } from "../../../../lang/funcs/crypto/bcrypt.js";
import { callFunction } from "../../../../lang/funcs/call.js";
import { Value } from "../../../../lang/values/value.js";
import { checkRow, rowName, sensitive, unknownString, type Row } from "../encoding/call-table.js";
import { js, UNKNOWN } from "../../../helpers/values.js";
import { TF_CIPHERTEXT, TF_OPENSSH_KEY, TF_PKCS1_KEY, TF_PKCS8_KEY, opensshKeyFor } from "./rsa-fixtures.js";

// The crypto functions. Expected digests, UUIDs and errors are what Terraform 1.11.4 printed; the RSA
// vectors are a ciphertext Terraform decrypted to "hello world" with the keys in rsa-fixtures.ts.

const dir = mkdtempSync(join(tmpdir(), "terrane-crypto-"));
writeFileSync(join(dir, "hello.txt"), "hello\n");
mkdirSync(join(dir, "sub"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ctx = { baseDir: dir };

const row = (fn: string, args: unknown[], want: unknown): Row => ({ fn, args, want });
const err = (fn: string, args: unknown[], error: string, argIndex?: number): Row => ({ fn, args, error, argIndex });

const ROWS: Row[] = [
  row("md5", ["hello"], "5d41402abc4b2a76b9719d911017c592"),
  row("md5", [""], "d41d8cd98f00b204e9800998ecf8427e"),
  row("sha1", ["hello"], "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"),
  row("sha256", ["hello"], "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),
  row("sha256", ["é"], "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"),
  row("sha512", ["hello"], "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043"),
  row("base64sha256", ["hello"], "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="),
  row("base64sha512", ["hello"], "m3HSJL1i83hdltRq0+o9czGb+8KJDKra4t/3JRlnPKcjI8PZm6XBHXx6zG4UuMXaDEZjR1wuXDre9G9zvN7AQw=="),
  row("md5", [sensitive("hello")], { sensitive: "5d41402abc4b2a76b9719d911017c592" }),
  row("sha256", [unknownString()], UNKNOWN),
  row("filemd5", ["hello.txt"], "b1946ac92492d2347c6235b4d2611184"),
  row("filesha1", ["hello.txt"], "f572d396fae9206628714fb2ce00f72e94f2258f"),
  row("filesha256", ["hello.txt"], "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"),
  row("filesha512", ["hello.txt"], "e7c22b994c59d9cf2b48e549b1e24666636045930d3da7c1acb299d1c3b7f931f94aae41edda2c2b207a36e10f8bcb8d45223e54878f5b316e7ce3b6bc019629"),
  row("filebase64sha256", ["hello.txt"], "WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM="),
  row("filebase64sha512", ["hello.txt"], "58IrmUxZ2c8rSOVJseJGZmNgRZMNPafBrLKZ0cO3+TH5Sq5B7dosKyB6NuEPi8uNRSI+VIePWzFufOO2vAGWKQ=="),
  row("filemd5", [join(dir, "sub", "..", "hello.txt")], "b1946ac92492d2347c6235b4d2611184"),
  row("filesha256", [sensitive("hello.txt")], { sensitive: "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03" }),
  row("filesha1", [unknownString()], UNKNOWN),
  err("filemd5", ["nope.txt"], `open ${dir}/nope.txt: no such file or directory`),
  err("filesha256", ["sub"], `read ${dir}/sub: is a directory`),
  err("filesha512", ["~nobody/x"], "failed to expand ~: cannot expand user-specific home dir"),
  row("uuidv5", ["dns", "www.terraform.io"], "a5008fae-b28c-5ba5-96cd-82b4c53552d6"),
  row("uuidv5", ["url", "https://www.terraform.io/"], "9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"),
  row("uuidv5", ["oid", "1.2.3"], "42d5e23b-3a02-5135-85c6-52d1102f1f00"),
  row("uuidv5", ["x500", "cn=x"], "a951fb6d-5aab-5a72-8e2e-9aa8df8d1f8f"),
  row("uuidv5", ["6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.terraform.io"], "a5008fae-b28c-5ba5-96cd-82b4c53552d6"),
  row("uuidv5", ["{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", "x"], "05b16a01-46c6-56dd-bd6e-c6dfb4a1427a"),
  row("uuidv5", ["urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8", "x"], "05b16a01-46c6-56dd-bd6e-c6dfb4a1427a"),
  row("uuidv5", ["6ba7b8109dad11d180b400c04fd430c8", "x"], "05b16a01-46c6-56dd-bd6e-c6dfb4a1427a"),
  row("uuidv5", ["6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "x"], "05b16a01-46c6-56dd-bd6e-c6dfb4a1427a"),
  row("uuidv5", [sensitive("dns"), "www.terraform.io"], { sensitive: "a5008fae-b28c-5ba5-96cd-82b4c53552d6" }),
  row("uuidv5", ["dns", unknownString()], UNKNOWN),
  err("uuidv5", ["nope", "x"], "uuidv5() doesn't support namespace nope (invalid UUID length: 4)"),
  err("uuidv5", ["DNS", "x"], "uuidv5() doesn't support namespace DNS (invalid UUID length: 3)"),
  err("uuidv5", ["", "x"], "uuidv5() doesn't support namespace  (invalid UUID length: 0)"),
  err("uuidv5", ["6ba7b810-9dad-11d1-80b4-00c04fd430cg", "x"], "uuidv5() doesn't support namespace 6ba7b810-9dad-11d1-80b4-00c04fd430cg (invalid UUID format)"),
  err("uuidv5", ["6ba7b810-9dad-11d1-80b4x00c04fd430c8", "x"], "uuidv5() doesn't support namespace 6ba7b810-9dad-11d1-80b4x00c04fd430c8 (invalid UUID format)"),
  row("rsadecrypt", [TF_CIPHERTEXT, TF_PKCS1_KEY], "hello world"),
  row("rsadecrypt", [TF_CIPHERTEXT, TF_PKCS8_KEY], "hello world"),
  row("rsadecrypt", [sensitive(TF_CIPHERTEXT), TF_PKCS1_KEY], { sensitive: "hello world" }),
  row("rsadecrypt", [TF_CIPHERTEXT, unknownString()], UNKNOWN),
  err("rsadecrypt", [TF_CIPHERTEXT, TF_OPENSSH_KEY], "failed to decrypt: crypto/rsa: decryption error"),
  err("rsadecrypt", ["aGVsbG8=", TF_PKCS1_KEY], "failed to decrypt: crypto/rsa: decryption error"),
  err("rsadecrypt", ["!!", "x"], 'failed to decode input "!!": cipher text must be base64-encoded', 0),
  err("rsadecrypt", ["aGk=", "x"], "invalid private key: ssh: no key found", 1),
  err("rsadecrypt", [TF_CIPHERTEXT, "junk before " + TF_PKCS1_KEY], "invalid private key: ssh: no key found", 1),
  err("rsadecrypt", ["aGk=", "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n"], "invalid ASN1 data in the given private key: truncated tag or length", 1),
  err("rsadecrypt", ["aGk=", "-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n"], 'invalid private key: ssh: unsupported key type "FOO"', 1),
  err("rsadecrypt", ["aGk=", "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"], "invalid private key: ssh: invalid openssh private key format", 1),
  err("bcrypt", ["x", 32], "error occured generating password crypto/bcrypt: cost 32 is outside allowed range (4,31)"),
  err("bcrypt", ["x", 1.5], "value must be a whole number, between -9223372036854775808 and 9223372036854775807"),
  err("bcrypt", ["x", 4, 5], "bcrypt() takes no more than two arguments"),
  err("bcrypt", ["0123456789012345678901234567890123456789012345678901234567890123456789abc", 4], "error occured generating password bcrypt: password length exceeds 72 bytes"),
  row("bcrypt", [unknownString()], UNKNOWN),
];

function call(fn: string, ...args: unknown[]): Value {
  const o = callFunction(fn, cryptoFunctions.get(fn)!, args.map(js), ctx);
  if ("failure" in o) throw new Error(o.failure.message);
  return o.value;
}

describe("crypto functions", () => {
  it.each(ROWS.map((r) => [rowName(r), r] as const))("%s", (_n, r) => void checkRow(cryptoFunctions, r, ctx));

  it("uuid gives sixteen random bytes in UUID form, and is impure", () => {
    const a = call("uuid").asString();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(call("uuid").asString()).not.toBe(a);
    expect(cryptoFunctions.get("uuid")!.impure).toBe(true);
    expect(cryptoFunctions.get("bcrypt")!.impure).toBe(true);
  });

  it.each([
    ["hello", [4], "$2a$04$"],
    ["", [5], "$2a$05$"],
    ["pässwörd 🔑", [], "$2a$10$"],
    ["x", [3], "$2a$10$"],
    ["x", [-1], "$2a$10$"],
  ])("bcrypt(%j, %j) verifies with cost prefix %s", (password, cost, prefix) => {
    const hash = call("bcrypt", password, ...cost).asString();
    expect(hash.startsWith(prefix)).toBe(true);
    expect(hash).toHaveLength(60);
    expect(bcryptVerify(hash, new TextEncoder().encode(password))).toBe(true);
  });

  it("bcrypt of a sensitive string is sensitive", () => {
    const v = callFunction("bcrypt", cryptoFunctions.get("bcrypt")!, [sensitive("x"), js(4)], ctx);
    expect("value" in v && v.value.isSensitive).toBe(true);
  });

  it("rsadecrypt reads PKCS#1, PKCS#8 and OpenSSH keys of fresh key pairs", () => {
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const ct = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from("ünïcode secret")).toString("base64");
    const pkcs1 = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    const pkcs8 = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    for (const pem of [pkcs1, pkcs8, opensshKeyFor(privateKey)]) expect(call("rsadecrypt", ct, pem).asString()).toBe("ünïcode secret");
  });

  it("rsadecrypt rejects keys that are not RSA", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const pem = privateKey.export({ type: "sec1", format: "pem" }).toString();
    const o = callFunction("rsadecrypt", cryptoFunctions.get("rsadecrypt")!, [js(TF_CIPHERTEXT), js(pem)], ctx);
    expect("failure" in o && o.failure.message.startsWith("invalid private key type")).toBe(true);
  });
});
