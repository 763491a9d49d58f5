import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// Provider packages in local plugin directories (`terraform init -plugin-dir=DIR`), in Terraform's
// "unpacked" layout: DIR/HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/ holding terraform-provider-TYPE*.
// The packed layout (zip archives) is not read yet.

/** One provider package found in a plugin directory. */
export interface LocalPackage {
  readonly version: string;
  /** The OS_ARCH directory holding the executable. */
  readonly dir: string;
}

/** Terraform's name for this machine's platform (`linux_amd64`). */
export function currentPlatform(): string {
  const arch: Record<string, string> = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" };
  return `${process.platform === "win32" ? "windows" : process.platform}_${arch[process.arch] ?? process.arch}`;
}

/** The packages of one provider (`HOST/NS/TYPE`) in the plugin dirs for this platform; first dir wins per version. */
export function findLocalPackages(pluginDirs: readonly string[], provider: string): LocalPackage[] {
  const found = new Map<string, LocalPackage>();
  for (const base of pluginDirs) {
    const typeDir = join(base, provider);
    for (const version of listDirs(typeDir)) {
      const dir = join(typeDir, version, currentPlatform());
      if (!found.has(version) && providerExecutable(dir, provider.split("/")[2]!)) found.set(version, { version, dir });
    }
  }
  return [...found.values()];
}

/** The plugin executable in a package directory (terraform-provider-TYPE or terraform-provider-TYPE_v...), if any. */
export function providerExecutable(dir: string, type: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const prefix = `terraform-provider-${type}`;
  const name = readdirSync(dir).find((n) => n === prefix || n.startsWith(`${prefix}_`));
  return name === undefined ? undefined : join(dir, name);
}

function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory());
}
