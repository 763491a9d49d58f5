import { readdirSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Provider } from "../../../core/addrs/provider.js";
import {
  emptyLocks,
  loadLocksFromFile,
  locksToBytes,
  parseLockVersion,
  parseLocks,
  saveLocksToFile,
  setProviderLock,
} from "../../../core/depsfile/index.js";

// Reading and writing `.terraform.lock.hcl` against files terraform 1.11.4 wrote and the errors it
// printed for broken ones (fixtures/lockfile/generate.sh).

const FIXTURES = join(__dirname, "../../../fixtures/lockfile");
const H1 = "h1:Z8+6QkIIuyuoMzVqpQRiGy0g3E2KPD2EAnOtUwv4kUk=";

// `terraform providers` flattens the diagnostics to "summary: detail", one per line when several.
function expectedProblems(text: string): string[] {
  const body = text.trim().replace(/^Error: failed to read dependency lock file: /, "");
  if (!/^\d+ problems:/.test(body)) return [body];
  return body.split("\n").filter((l) => l.startsWith("- ")).map((l) => l.slice(2));
}

describe("writing lock files", () => {
  for (const name of readdirSync(join(FIXTURES, "written"))) {
    it(`reads and rewrites ${name} byte for byte`, () => {
      const text = readFileSync(join(FIXTURES, "written", name), "utf8");
      const r = parseLocks(text, ".terraform.lock.hcl");
      expect(r.diagnostics).toEqual([]);
      expect(locksToBytes(r.locks)).toBe(text);
    });
  }

  it("builds the file terraform init wrote from locks set in any order", () => {
    let locks = setProviderLock(emptyLocks(), {
      provider: Provider.official("aws"),
      version: parseLockVersion("5.100.0").version,
      constraints: "~> 5.0",
      hashes: ["h1:edXOJWE4ORX8Fm+dpVpICzMZJat4AX0VRCAy/xkcOc0=", "h1:edXOJWE4ORX8Fm+dpVpICzMZJat4AX0VRCAy/xkcOc0="],
    });
    const fake = new Provider("example.com", "test", "fake");
    locks = setProviderLock(locks, { provider: fake, version: parseLockVersion("1.0.0").version, constraints: "", hashes: [H1] });
    const golden = readFileSync(join(FIXTURES, "written/aws-and-fake-init.hcl"), "utf8");
    expect(locksToBytes(locks)).toBe(golden);
  });

  it("sorts and de-duplicates hashes and omits an empty hash list", () => {
    const fake = new Provider("example.com", "test", "fake");
    const version = parseLockVersion("1.0.0").version;
    const withHashes = setProviderLock(emptyLocks(), { provider: fake, version, constraints: "", hashes: ["zh:b", "h1:a", "zh:b"] });
    expect(locksToBytes(withHashes)).toContain('  hashes = [\n    "h1:a",\n    "zh:b",\n  ]\n}\n');
    const without = setProviderLock(emptyLocks(), { provider: fake, version, constraints: "", hashes: [] });
    expect(locksToBytes(without)).toMatch(/version = "1.0.0"\n}\n$/);
  });

  it("saves atomically and loads back; a missing file means no locks", () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-lock-"));
    const file = join(dir, ".terraform.lock.hcl");
    expect(loadLocksFromFile(file)).toEqual({ locks: emptyLocks(), diagnostics: [] });
    const golden = readFileSync(join(FIXTURES, "written/fake-providers-lock.hcl"), "utf8");
    expect(saveLocksToFile(parseLocks(golden, "x").locks, file)).toEqual([]);
    expect(readFileSync(file, "utf8")).toBe(golden);
    expect(readdirSync(dir)).toEqual([".terraform.lock.hcl"]);
    const back = loadLocksFromFile(file);
    expect(back.diagnostics).toEqual([]);
    const lock = back.locks.providers.get("example.com/test/fake")!;
    expect([lock.version.toString(), lock.constraints, lock.hashes]).toEqual(["1.0.0", ">= 1.0.0, < 2.0.0", [H1]]);
  });

  it("reports a lock file it cannot write", () => {
    const d = saveLocksToFile(emptyLocks(), "/nonexistent-dir/.terraform.lock.hcl");
    expect(d[0]!.summary).toBe("Failed to update dependency lock file");
    expect(d[0]!.detail).toMatch(/^Error while writing new dependency lock information to \/nonexistent-dir\/\.terraform\.lock\.hcl: /);
  });
});

describe("reading broken lock files", () => {
  const cases = readdirSync(join(FIXTURES, "invalid")).filter((c) => c !== "bad-constraints");
  for (const name of cases) {
    it(`reports what terraform reports for ${name}`, () => {
      const dir = join(FIXTURES, "invalid", name);
      const r = loadLocksFromFile(join(dir, ".terraform.lock.hcl"), ".terraform.lock.hcl");
      const got = r.diagnostics.map((d) => `${d.summary}: ${d.detail}`);
      expect(got).toEqual(expectedProblems(readFileSync(join(dir, "expected.txt"), "utf8")));
    });
  }

  it("rejects constraints that do not parse (terraform's own parser message differs)", () => {
    const r = loadLocksFromFile(join(FIXTURES, "invalid/bad-constraints/.terraform.lock.hcl"));
    const expected = expectedProblems(readFileSync(join(FIXTURES, "invalid/bad-constraints/expected.txt"), "utf8"));
    expect(r.diagnostics.map((d) => d.summary)).toEqual(expected.map((e) => e.slice(0, e.indexOf(":"))));
    expect(r.diagnostics[1]!.detail).toBe(expected[1]!.slice(expected[1]!.indexOf(": ") + 2));
  });

  it("points at the second block of a duplicate and names the first", () => {
    const text = 'provider "example.com/a/b" {\n  version = "1.0.0"\n}\nprovider "example.com/a/b" {\n  version = "1.0.0"\n}\n';
    const [d] = parseLocks(text, "x.hcl").diagnostics;
    expect(d!.detail).toBe("This lockfile already declared a lock for provider example.com/a/b at x.hcl:1,1-27.");
    expect(d!.subject).toMatchObject({ start: { line: 4, column: 1 }, end: { line: 4, column: 9 } });
  });

  it("points a bad hash at the whole list and a bad address at the label", () => {
    const text = 'provider "hashicorp/aws" {\n  version = "1.0.0"\n}\nprovider "example.com/a/b" {\n  version = "1.0.0"\n  hashes = ["x"]\n}\n';
    const [addr, hash] = parseLocks(text, "x.hcl").diagnostics;
    expect(addr!.subject).toMatchObject({ start: { line: 1, column: 10 }, end: { line: 1, column: 25 } });
    expect(hash!.subject).toMatchObject({ start: { line: 6, column: 12 }, end: { line: 6, column: 17 } });
  });

  it("keeps the entries it could read next to the errors", () => {
    const text = 'provider "example.com/a/b" {\n  version = "1.0"\n}\nprovider "hashicorp/aws" {\n  version = "1.0.0"\n}\n';
    const r = parseLocks(text, "x.hcl");
    expect([...r.locks.providers.keys()]).toEqual(["example.com/a/b"]);
    expect(r.locks.providers.get("example.com/a/b")!.version.toString()).toBe("1.0.0");
  });
});
