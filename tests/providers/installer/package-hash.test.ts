import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  hashDirV1,
  packageHashV1,
  packageHashZip,
  packageMatchesAnyHash,
  parseProviderHash,
  readZipEntries,
  verifyPackageAgainstLock,
  type PackageLocation,
} from "../../../providers/installer/index.js";
import { parseLocks } from "../../../core/depsfile/index.js";

// Package hashes against what terraform 1.11.4 recorded for a small provider package (its `h1:` in
// the lock file it wrote, the zip's `zh:` from sha256sum) and the errors `terraform init` printed when a
// package did not match (fixtures/lockfile/generate.sh).

const FIXTURES = join(__dirname, "../../../fixtures/lockfile");
const DIR: PackageLocation = { kind: "dir", path: join(FIXTURES, "packages/fake-1.0.0") };
const ZIP: PackageLocation = { kind: "archive", path: join(FIXTURES, "packages/fake-1.0.0.zip") };
const TERRAFORM_H1 = parseLocks(readFileSync(join(FIXTURES, "written/fake-providers-lock.hcl"), "utf8"), "x").locks.providers.get(
  "example.com/test/fake",
)!.hashes[0]!;
const ZIP_SHA = readFileSync(join(FIXTURES, "packages/fake-1.0.0.zip.sha256"), "utf8").trim();

function lockFixture(name: string) {
  const text = readFileSync(join(FIXTURES, "mismatch", name, ".terraform.lock.hcl"), "utf8");
  return parseLocks(text, "x").locks.providers.get("example.com/test/fake")!;
}

// terraform init wraps the message at 78 columns after "Error while installing <provider> <version>: ".
function terraformInstallError(name: string): string {
  const text = readFileSync(join(FIXTURES, "mismatch", name, "expected.txt"), "utf8");
  const wrapped = text.slice(text.indexOf("Error while installing")).trim();
  return wrapped.replace(/\n/g, " ").replace(/^Error while installing \S+ v\S+: /, "");
}

describe("package hashes", () => {
  it("h1 of the unpacked package is the hash terraform recorded", () => {
    expect(TERRAFORM_H1).toMatch(/^h1:/);
    expect(packageHashV1(DIR)).toEqual({ hash: TERRAFORM_H1 });
  });

  it("h1 of the zip's contents equals h1 of the unpacked package", () => {
    expect(packageHashV1(ZIP)).toEqual({ hash: TERRAFORM_H1 });
  });

  it("zh of the zip is the sha256 of the archive", () => {
    expect(packageHashZip(ZIP.path)).toEqual({ hash: `zh:${ZIP_SHA}` });
  });

  it("h1 covers file names and nested directories, follows a symlinked root, and ignores modes", () => {
    const root = mkdtempSync(join(tmpdir(), "terrane-hash-"));
    mkdirSync(join(root, "pkg/sub"), { recursive: true });
    copyFileSync(join(DIR.path, "LICENSE.txt"), join(root, "pkg/LICENSE.txt"));
    copyFileSync(join(DIR.path, "terraform-provider-fake_v1.0.0"), join(root, "pkg/terraform-provider-fake_v1.0.0"));
    symlinkSync(join(root, "pkg"), join(root, "link"));
    expect(hashDirV1(join(root, "link"))).toEqual({ hash: TERRAFORM_H1 });
    writeFileSync(join(root, "pkg/sub/extra"), "x");
    expect(hashDirV1(join(root, "pkg"))).not.toEqual({ hash: TERRAFORM_H1 });
  });

  it("reports packages it cannot read", () => {
    expect(hashDirV1("/nonexistent/pkg")).toHaveProperty("error");
    expect(packageHashV1({ kind: "archive", path: "/nonexistent.zip" })).toHaveProperty("error");
    expect(packageHashZip("/nonexistent.zip")).toHaveProperty("error");
    expect(readZipEntries(Buffer.from("not a zip at all, just some text"))).toEqual({ error: "zip: not a valid zip file" });
    expect(packageHashV1({ kind: "archive", path: join(DIR.path, "LICENSE.txt") })).toEqual({ error: "zip: not a valid zip file" });
  });

  it("parses hash strings with terraform's rule and error text", () => {
    expect(parseProviderHash("x9:anything")).toEqual({ hash: "x9:anything" });
    expect(parseProviderHash(":x")).toEqual({ error: "hash string must start with a scheme keyword followed by a colon" });
  });
});

describe("matching a package against a lock", () => {
  it("accepts either scheme, zh only for archives, and never an unknown scheme", () => {
    expect(packageMatchesAnyHash(DIR, ["zh:" + ZIP_SHA, TERRAFORM_H1])).toEqual({ matches: true });
    expect(packageMatchesAnyHash(ZIP, ["zh:" + ZIP_SHA])).toEqual({ matches: true });
    expect(packageMatchesAnyHash(DIR, ["zh:" + ZIP_SHA])).toEqual({ matches: false });
    expect(packageMatchesAnyHash(DIR, ["h2:" + TERRAFORM_H1.slice(3)])).toEqual({ matches: false });
  });

  it("accepts the archive terraform accepted with only its zh hash recorded", () => {
    expect(verifyPackageAgainstLock(lockFixture("zh-only"), ZIP)).toBeUndefined();
    expect(readFileSync(join(FIXTURES, "mismatch/zh-only/expected.txt"), "utf8")).toBe("");
  });

  it("gives terraform's error for an archive that matches no recorded hash", () => {
    expect(verifyPackageAgainstLock(lockFixture("packed"), ZIP)).toBe(terraformInstallError("packed"));
  });

  it("gives terraform's error for an unpacked package that matches no recorded hash", () => {
    expect(verifyPackageAgainstLock(lockFixture("unpacked"), DIR)).toBe(terraformInstallError("unpacked"));
    expect(verifyPackageAgainstLock(lockFixture("zh-only"), DIR)).toBe(terraformInstallError("unpacked"));
  });

  it("accepts any package when the lock has no hash it can check, and reports unreadable ones", () => {
    const lock = { ...lockFixture("packed"), hashes: ["h9:future"] };
    expect(verifyPackageAgainstLock(lock, DIR)).toBeUndefined();
    const missing = verifyPackageAgainstLock(lockFixture("packed"), { kind: "dir", path: "/nonexistent/pkg" });
    expect(missing).toMatch(/^failed to calculate checksum for example\.com\/test\/fake 1\.0\.0 package at \/nonexistent\/pkg: /);
  });
});
