import { cpSync, lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { HttpRequestError, type HttpClient } from "../registry/http-client.js";
import { statusLine } from "../registry/http-client.js";
import { packageMatchesAnyHash } from "./package-hash.js";
import { hashScheme, type ProviderHash } from "./provider-hash.js";
import { unzipInto } from "./safe-unzip.js";
import type { AuthenticationResult, PackageMeta } from "./source.js";

// Putting one package into a provider cache directory (Terraform's providercache package_install.go):
// an unpacked directory is symlinked (copied where links fail), an archive is checked and unpacked, and
// a package at a URL is downloaded to a temporary file, authenticated, then unpacked. A package that
// does not match the hashes the lock file already has for its version is refused.

const CHECKSUM_INFO = "https://developer.hashicorp.com/terraform/language/files/dependency-lock#checksum-verification";

/** The outcome: the authentication result (none for unauthenticated packages) or an error message. */
export type InstallPackageResult = { readonly auth?: AuthenticationResult } | { readonly error: string };

/** Installs the package into `targetDir` (HOST/NS/TYPE/VERSION/OS_ARCH of a cache dir). */
export async function installPackage(meta: PackageMeta, targetDir: string, allowedHashes: readonly ProviderHash[], http?: HttpClient): Promise<InstallPackageResult> {
  const loc = meta.location;
  if (loc.kind === "dir") return installFromLocalDir(meta, loc.path, targetDir, allowedHashes);
  if (loc.kind === "archive") return installFromArchive(meta, loc.path, targetDir, allowedHashes, true);
  if (!http) return { error: `cannot download ${loc.url}: no HTTP client` };
  return installFromURL(meta, loc.url, targetDir, allowedHashes, http);
}

async function installFromURL(meta: PackageMeta, url: string, targetDir: string, allowed: readonly ProviderHash[], http: HttpClient): Promise<InstallPackageResult> {
  let res;
  try {
    res = await http.get(url);
  } catch (e) {
    if (!(e instanceof HttpRequestError)) throw e;
    return { error: `${new URL(url).host}: ${e.message}` };
  }
  if (res.status !== 200) return { error: `unsuccessful request to ${url}: ${statusLine(res.status)}` };
  const tmp = mkdtempSync(join(tmpdir(), "terrane-provider"));
  try {
    const archive = join(tmp, "package.zip");
    writeFileSync(archive, res.body);
    let auth: AuthenticationResult | undefined;
    if (meta.authentication) {
      const a = await meta.authentication.authenticate({ kind: "archive", path: archive });
      if ("error" in a) return a;
      auth = a;
    }
    const r = await installFromArchive(meta, archive, targetDir, allowed, false);
    return "error" in r ? r : auth ? { auth } : {};
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function installFromArchive(meta: PackageMeta, archive: string, targetDir: string, allowed: readonly ProviderHash[], authenticate: boolean): Promise<InstallPackageResult> {
  let auth: AuthenticationResult | undefined;
  if (authenticate && meta.authentication) {
    const a = await meta.authentication.authenticate({ kind: "archive", path: archive });
    if ("error" in a) return a;
    auth = a;
  }
  if (allowed.length > 0) {
    const m = packageMatchesAnyHash({ kind: "archive", path: archive }, allowed);
    if ("error" in m) return { error: `failed to calculate checksum for ${meta.provider} ${meta.version} package at ${archive}: ${m.error}` };
    if (!m.matches) {
      return { error: `the current package for ${meta.provider} ${meta.version} doesn't match any of the checksums previously recorded in the dependency lock file; for more information: ${CHECKSUM_INFO}` };
    }
  }
  removeExisting(targetDir);
  mkdirSync(dirname(targetDir), { recursive: true });
  const staging = mkdtempSync(join(dirname(targetDir), ".temp"));
  try {
    const err = unzipInto(archive, staging);
    if (err) return { error: err };
    renameSync(staging, targetDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return auth ? { auth } : {};
}

async function installFromLocalDir(meta: PackageMeta, sourceDir: string, targetDir: string, allowed: readonly ProviderHash[]): Promise<InstallPackageResult> {
  const [absNew, absCurrent] = [resolve(targetDir), resolve(sourceDir)];
  if (absNew === absCurrent) return { error: `cannot install existing provider directory ${targetDir} to itself` };
  let auth: AuthenticationResult | undefined;
  if (meta.authentication) {
    const a = await meta.authentication.authenticate({ kind: "dir", path: sourceDir });
    if ("error" in a) return a;
    auth = a;
  }
  if (allowed.some((h) => hashScheme(h) !== "zh:")) {
    const m = packageMatchesAnyHash({ kind: "dir", path: sourceDir }, allowed);
    if ("error" in m) return { error: `failed to calculate checksum for ${meta.provider} ${meta.version} package at ${sourceDir}: ${m.error}` };
    if (!m.matches) {
      const why = "(this might be because the available checksums are for packages targeting different platforms)";
      return { error: `the local package for ${meta.provider} ${meta.version} doesn't match any of the checksums previously recorded in the dependency lock file ${why}; for more information: ${CHECKSUM_INFO}` };
    }
  }
  removeExisting(absNew);
  mkdirSync(dirname(absNew), { recursive: true });
  try {
    symlinkSync(absCurrent, absNew);
  } catch {
    cpSync(absCurrent, absNew, { recursive: true });
  }
  return auth ? { auth } : {};
}

// A previous install may be a symlink into a plugin dir: never write through it.
function removeExisting(path: string): void {
  try {
    lstatSync(path);
  } catch {
    return;
  }
  rmSync(path, { recursive: true, force: true });
}
