import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

// Small facts about provider packages on this machine: Terraform's name for the current platform, and
// the plugin executable inside an unpacked package directory (terraform-provider-TYPE or
// terraform-provider-TYPE_vVERSION). Searching directories for packages is local-search.ts.

/** Terraform's name for this machine's platform (`linux_amd64`). */
export function currentPlatform(): string {
  const arch: Record<string, string> = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" };
  return `${process.platform === "win32" ? "windows" : process.platform}_${arch[process.arch] ?? process.arch}`;
}

/** The plugin executable in a package directory (terraform-provider-TYPE or terraform-provider-TYPE_v...), if any. */
export function providerExecutable(dir: string, type: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const prefix = `terraform-provider-${type}`;
  const name = readdirSync(dir).find((n) => n === prefix || n.startsWith(`${prefix}_`));
  return name === undefined ? undefined : join(dir, name);
}
