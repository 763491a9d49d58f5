import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { executableName, launcherScript, makeTestcloudPluginDir, platform, TESTCLOUD_ADDRESS, type LaunchMode } from "../../fixtures/test-provider/launcher.mjs";
import { writeZip } from "./zip-writer.js";

// The testcloud test provider (fixtures/test-provider) packaged as a registry serves a provider:
// release zips named terraform-provider-testcloud_VERSION_OS_ARCH.zip, each holding the launcher
// terraform-provider-testcloud_vVERSION (a shell script with absolute paths into this checkout, so it
// only runs on this machine), their SHA256SUMS text, and the unpacked layout `init -plugin-dir` reads.
// The zips' bytes depend only on the version, platform and launch mode, so their hashes are stable
// within one checkout.

/** testcloud's source address. */
export const TESTCLOUD_SOURCE: string = TESTCLOUD_ADDRESS;

/** The version tests install unless they say otherwise (0.2.0 is there for upgrades). */
export const TESTCLOUD_VERSION = "0.1.0";

/** How a package is built: its platform (default this machine's) and whether it runs sources or dist/. */
export interface PackageOptions {
  readonly platform?: string;
  readonly mode?: LaunchMode;
}

/** A release zip in memory. */
export interface ReleaseZip {
  /** terraform-provider-testcloud_VERSION_OS_ARCH.zip */
  readonly name: string;
  readonly data: Buffer;
}

/** This machine's platform in Terraform's form (linux_amd64). */
export function currentPlatform(): string {
  return platform();
}

/** The release zip of one version: the launcher, executable, deflated. */
export function testcloudZip(version: string = TESTCLOUD_VERSION, opts: PackageOptions = {}): ReleaseZip {
  const name = `terraform-provider-testcloud_${version}_${opts.platform ?? platform()}.zip`;
  const launcher = launcherScript(version, { mode: opts.mode ?? "source" });
  return { name, data: writeZip([{ name: executableName(version), data: launcher, mode: 0o755 }]) };
}

/** Writes release zips into a directory; returns their paths. */
export function writeReleaseZips(dir: string, zips: readonly ReleaseZip[]): string[] {
  mkdirSync(dir, { recursive: true });
  return zips.map((z) => {
    const path = join(dir, z.name);
    writeFileSync(path, z.data);
    return path;
  });
}

/** The SHA256SUMS document of a release: `HEX  NAME` per zip, sorted by name, as release tooling writes it. */
export function sha256Sums(zips: readonly ReleaseZip[]): string {
  const lines = [...zips].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((z) => `${sha256Hex(z.data)}  ${z.name}\n`);
  return lines.join("");
}

/** The lowercase hex SHA-256 of some bytes (a zip's `zh:` hash without its prefix). */
export function sha256Hex(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Writes the unpacked packages of these versions into a plugin directory for `init -plugin-dir=DIR`
 * (DIR/registry.terrane.test/terrane/testcloud/VERSION/OS_ARCH/terraform-provider-testcloud_vVERSION);
 * returns the executables' paths.
 */
export function testcloudPluginDir(dir: string, versions: readonly string[] = [TESTCLOUD_VERSION], mode: LaunchMode = "source"): string[] {
  return makeTestcloudPluginDir(dir, { versions, mode });
}
