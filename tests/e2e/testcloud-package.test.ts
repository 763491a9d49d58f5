// testcloud's release packages (tests/helpers/test-provider.ts, tests/helpers/zip-writer.ts) read back
// by Terrane's installer: the zip holds the launcher, executable, stored or deflated; its `h1:` hash
// is the one of the unpacked plugin directory (so a package installed from a registry matches a lock
// entry made from -plugin-dir, as with Terraform's own packages); SHA256SUMS lists each zip's `zh:`
// digest; and the launcher unpacked from the zip starts a working plugin.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashDirV1, hashZipV1, packageHashZip, readZipEntries } from "../../providers/installer/index.js";
import { PluginStartError, startPluginProvider } from "../../providers/plugin/index.js";
import { currentPlatform, sha256Hex, sha256Sums, testcloudPluginDir, testcloudZip, writeReleaseZips } from "../helpers/test-provider.js";
import { writeZip } from "../helpers/zip-writer.js";

const base = mkdtempSync(join(tmpdir(), "terrane-testcloud-package-"));

function entries(data: Buffer) {
  const r = readZipEntries(data);
  if ("error" in r) throw new Error(r.error);
  return r.entries;
}

describe("the zip writer", () => {
  it.each(["store", "deflate"] as const)("writes entries the installer reads back (%s)", (compression) => {
    const text = "hello zip\n".repeat(50);
    const zip = writeZip([{ name: "bin/run", data: "#!/bin/sh\n", mode: 0o755 }, { name: "README", data: text }], { compression });
    const [run, readme] = entries(zip);
    expect([run!.name, run!.read().toString(), run!.unixMode]).toEqual(["bin/run", "#!/bin/sh\n", 0o100755]);
    expect([readme!.name, readme!.read().toString(), readme!.unixMode]).toEqual(["README", text, 0o100644]);
    expect(zip.readUInt16LE(8)).toBe(compression === "store" ? 0 : 8); // the first local header's method
  });

  it("gives the same bytes for the same files", () => {
    const files = [{ name: "a", data: "x" }];
    expect(writeZip(files).equals(writeZip(files))).toBe(true);
    expect(writeZip(files, { modified: new Date(2020, 5, 1) }).equals(writeZip(files))).toBe(false);
  });
});

describe("testcloud release packages", () => {
  it("holds the executable launcher of its version", () => {
    const zip = testcloudZip("0.2.0", { platform: "linux_arm64" });
    expect(zip.name).toBe("terraform-provider-testcloud_0.2.0_linux_arm64.zip");
    const [exe, ...rest] = entries(zip.data);
    expect(rest).toEqual([]);
    expect(exe!.name).toBe("terraform-provider-testcloud_v0.2.0");
    expect(exe!.unixMode & 0o111).toBe(0o111);
    expect(exe!.read().toString()).toMatch(/^#!\/bin\/sh\n# testcloud 0\.2\.0.*\nexec .*main\.ts" 0\.2\.0 "\$@"\n$/s);
  });

  it("has the h1: hash of the unpacked plugin directory, and SHA256SUMS lists each zip's digest", () => {
    const zips = [testcloudZip("0.2.0"), testcloudZip("0.1.0")];
    const paths = writeReleaseZips(join(base, "release"), zips);
    const [dir] = testcloudPluginDir(join(base, "plugins"), ["0.2.0"]).map(dirname);
    expect(hashZipV1(paths[0]!)).toEqual(hashDirV1(dir!));
    expect(hashZipV1(paths[0]!)).not.toEqual(hashZipV1(paths[1]!));
    const sums = sha256Sums(zips);
    const zh = (p: string) => (packageHashZip(p) as { hash: string }).hash.slice("zh:".length);
    expect(sums).toBe(`${zh(paths[1]!)}  ${zips[1]!.name}\n${zh(paths[0]!)}  ${zips[0]!.name}\n`);
    expect(sha256Hex(readFileSync(paths[0]!))).toBe(zh(paths[0]!));
  });

  it("unpacks to a launcher that serves the provider", async () => {
    const [exe] = entries(testcloudZip("0.1.0").data);
    const dir = join(base, "unpacked", currentPlatform());
    mkdirSync(dir, { recursive: true });
    const path = join(dir, exe!.name);
    writeFileSync(path, exe!.read());
    chmodSync(path, exe!.unixMode & 0o777);
    const p = await startPluginProvider(path, { cwd: base });
    if (p instanceof PluginStartError) throw new Error(p.message);
    expect(Object.keys((await p.getProviderSchema()).resourceTypes).sort()).toEqual(["testcloud_network", "testcloud_server"]);
    await p.close();
  });
});
