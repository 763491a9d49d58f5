// The installed package of a lock entry: found and matching, missing, or not matching the lock's
// hashes; a result kept from an earlier look is not reused once a file of the package changes.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Provider } from "../../core/addrs/provider.js";
import { parseLockVersion, type ProviderLock } from "../../core/depsfile/index.js";
import { packageHashV1 } from "../../providers/installer/index.js";
import { currentPlatform } from "../../providers/installer/plugin-dir-search.js";
import { installedPackage } from "../../cmd/operation/installed-package.js";
import { testcloudPluginDir } from "../helpers/test-provider.js";

const provider = new Provider("registry.terrane.test", "terrane", "testcloud");

function setUp(): { cwd: string; dir: string; lock: ProviderLock } {
  const base = mkdtempSync(join(tmpdir(), "terrane-installed-"));
  const [exe] = testcloudPluginDir(join(base, "plugins"));
  const cwd = join(base, "work");
  const dir = join(cwd, ".terraform/providers", provider.toString(), "0.1.0", currentPlatform());
  mkdirSync(dir, { recursive: true });
  cpSync(join(exe!, ".."), dir, { recursive: true });
  const h = packageHashV1({ kind: "dir", path: dir });
  if ("error" in h) throw new Error(h.error);
  return { cwd, dir, lock: { provider, version: parseLockVersion("0.1.0").version, constraints: "", hashes: [h.hash] } };
}

describe("installedPackage", () => {
  it("finds a matching package, and sees a change to it after it was checked", () => {
    const { cwd, dir, lock } = setUp();
    const found = installedPackage(cwd, lock);
    expect("exe" in found && found.exe).toBe(join(dir, "terraform-provider-testcloud_v0.1.0"));
    expect(installedPackage(cwd, lock)).toEqual(found);
    appendFileSync(join(dir, "terraform-provider-testcloud_v0.1.0"), "# changed\n");
    expect(installedPackage(cwd, lock)).toEqual({ problem: "mismatch" });
  });

  it("reports a package that is not installed", () => {
    const { lock } = setUp();
    expect(installedPackage(mkdtempSync(join(tmpdir(), "terrane-installed-none-")), lock)).toEqual({ problem: "missing" });
  });
});
