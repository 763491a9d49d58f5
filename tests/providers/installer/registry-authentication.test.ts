import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { registryPackageAuthentication, type RegistryPackageFacts } from "../../../providers/installer/registry-authentication.js";
import { makeSigningKey } from "../../helpers/openpgp-signer.js";

// The authentication of a registry package on its own: which of several signing keys signed, trust
// signatures that cannot be read, and the hashes vouched for when the checksum document is not one.

const archive = Buffer.from("not really a zip");
const shasum = createHash("sha256").update(archive).digest("hex");
const filename = "terraform-provider-x_1.0.0_linux_amd64.zip";
const sums = Buffer.from(`${shasum}  ${filename}\n${"a".repeat(64)}  terraform-provider-x_1.0.0_darwin_arm64.zip\n`);
const path = join(mkdtempSync(join(tmpdir(), "registry-auth-")), filename);
writeFileSync(path, archive);
const signing = makeSigningKey();
const other = makeSigningKey({ userId: "Other <other@example.com>" });

function facts(change: Partial<RegistryPackageFacts> = {}): RegistryPackageFacts {
  return { filename, shasum, sums, signature: signing.sign(sums), keys: [{ asciiArmor: signing.armoredPublicKey, trustSignature: "" }], ...change };
}

describe("registry package authentication", () => {
  it("finds the signing key among several, and names its key ID", async () => {
    const keys = [
      { asciiArmor: other.armoredPublicKey, trustSignature: "" },
      { asciiArmor: signing.armoredPublicKey, trustSignature: "" },
    ];
    expect(await registryPackageAuthentication(facts({ keys })).authenticate({ kind: "archive", path })).toEqual({ kind: "self-signed", keyId: signing.keyId });
  });

  it("fails when no key is given or none signed", async () => {
    const none = await registryPackageAuthentication(facts({ keys: [] })).authenticate({ kind: "archive", path });
    expect(none).toEqual({ error: "authentication signature from unknown issuer" });
  });

  it("reports a trust signature that is not armored", async () => {
    const keys = [{ asciiArmor: signing.armoredPublicKey, trustSignature: "garbage" }];
    expect(await registryPackageAuthentication(facts({ keys })).authenticate({ kind: "archive", path })).toEqual({ error: "error decoding trust signature: EOF" });
  });

  it("reports a signing key that is not armored", async () => {
    const keys = [{ asciiArmor: "garbage", trustSignature: "" }];
    expect(await registryPackageAuthentication(facts({ keys })).authenticate({ kind: "archive", path })).toEqual({
      error: "error decoding signing key: openpgp: invalid argument: no armored data found",
    });
  });

  it("reports an archive it cannot read", async () => {
    const r = await registryPackageAuthentication(facts()).authenticate({ kind: "archive", path: "/nonexistent/x.zip" });
    expect((r as { error: string }).error).toMatch(/^failed to compute checksum for \/nonexistent\/x\.zip: ENOENT/);
  });

  it("vouches for every zh: hash of the checksum document, or only the archive's when it is not one", () => {
    expect(registryPackageAuthentication(facts()).acceptableHashes()).toEqual([`zh:${shasum}`, `zh:${"a".repeat(64)}`]);
    const odd = Buffer.from(`${shasum}  ${filename}\nnot a checksum line\n`);
    expect(registryPackageAuthentication(facts({ sums: odd })).acceptableHashes()).toEqual([`zh:${shasum}`]);
  });

  it("rejects a checksum document whose hash for the file is not hex", async () => {
    const bad = Buffer.from(`${"g".repeat(64)}  ${filename}\n`);
    expect(await registryPackageAuthentication(facts({ sums: bad })).authenticate({ kind: "archive", path })).toEqual({
      error: `checksum list has invalid SHA256 hash "${"g".repeat(64)}": encoding/hex: invalid byte: U+0067 'g'`,
    });
  });
});
