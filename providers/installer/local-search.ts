import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { providerAddr, type PackageMeta, type ProviderAddr } from "./source.js";
import { compareSemVer, parseSemVer } from "./registry-versions.js";

// The scan of a local provider directory (getproviders.SearchLocalDirectory), shared by plugin
// directories, filesystem mirrors, the implied local mirror directories and the plugin cache. Two
// layouts are recognised under the base directory:
//   unpacked  HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/            (a directory holding the executable)
//   packed    HOST/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_OS_ARCH.zip
// Only the base directory itself may be a symlink; anything that does not fit is skipped.

const PART = /^[a-z0-9][a-z0-9-]*$|^-$/i;
const PLATFORM = /^[a-z0-9]+_[a-z0-9]+$/;

/** Every package found in a base directory, by provider (`host/ns/type`, lower case), sorted by version. */
export function searchLocalDirectory(baseDir: string): Map<string, PackageMeta[]> {
  const found = new Map<string, PackageMeta[]>();
  let base: string;
  try {
    base = realpathSync(baseDir);
  } catch {
    return found;
  }
  for (const host of subdirs(base)) {
    for (const ns of subdirs(join(base, host))) {
      if (!PART.test(ns)) continue;
      for (const type of subdirs(join(base, host, ns))) {
        if (!PART.test(type) || type === "-") continue;
        const addr = providerAddr(host.toLowerCase(), ns.toLowerCase(), type.toLowerCase());
        const metas = packagesOf(join(base, host, ns, type), addr);
        if (metas.length > 0) found.set(addr.toString(), sortByVersion(metas));
      }
    }
  }
  return found;
}

function packagesOf(typeDir: string, addr: ProviderAddr): PackageMeta[] {
  const out: PackageMeta[] = [];
  for (const name of entries(typeDir)) {
    const full = join(typeDir, name);
    const stat = statOf(full);
    if (stat?.isDirectory()) out.push(...unpacked(full, name, addr));
    else if (stat?.isFile()) {
      const meta = packed(full, name, addr);
      if (meta) out.push(meta);
    }
  }
  return out;
}

function unpacked(versionDir: string, version: string, addr: ProviderAddr): PackageMeta[] {
  const v = parseSemVer(version);
  if ("error" in v) return [];
  return subdirs(versionDir)
    .filter((p) => PLATFORM.test(p.toLowerCase()))
    .map((platform) => ({
      provider: addr,
      version: v.text,
      platform: platform.toLowerCase(),
      filename: `terraform-provider-${addr.type}_${v.text}_${platform.toLowerCase()}.zip`,
      location: { kind: "dir" as const, path: join(versionDir, platform) },
    }));
}

function packed(file: string, name: string, addr: ProviderAddr): PackageMeta | undefined {
  const norm = name.toLowerCase();
  const prefix = `terraform-provider-${addr.type}_`;
  if (!norm.startsWith(prefix) || !norm.endsWith(".zip")) return undefined;
  const parts = norm.slice(prefix.length, -".zip".length).split("_");
  if (parts.length < 3) return undefined;
  const v = parseSemVer(parts[0]!);
  const platform = `${parts[1]}_${parts[2]}`;
  if ("error" in v || !PLATFORM.test(platform)) return undefined;
  return { provider: addr, version: v.text, platform, filename: norm, location: { kind: "archive", path: file } };
}

function sortByVersion(metas: PackageMeta[]): PackageMeta[] {
  const key = (m: PackageMeta) => parseSemVer(m.version);
  return metas.sort((a, b) => {
    const [va, vb] = [key(a), key(b)];
    const c = "error" in va || "error" in vb ? 0 : compareSemVer(va, vb);
    return c !== 0 ? c : a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0;
  });
}

// Directories directly under `dir`, not following symlinks below the base (a symlinked package dir is
// allowed, as Terraform stats the final path element).
function subdirs(dir: string): string[] {
  return entries(dir).filter((n) => statOf(join(dir, n))?.isDirectory());
}

function entries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
