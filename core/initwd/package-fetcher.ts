import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { detectRemoteSource, splitPackageSubdir } from "../configs/remote-source.js";
import { detectArchive } from "./archive.js";
import { copyDir } from "./copy-dir.js";
import { gitGet } from "./git-getter.js";
import { httpGetArchive, httpSourceAddress, unpackSafely } from "./http-getter.js";
import type { InstallEnv } from "./install-env.js";

// Fetches remote module packages (Terraform's getmodules.PackageFetcher over go-getter): the getter
// is the address's `type::` prefix or its URL scheme (git, http(s), file). A package fetched once is
// copied for every later module call that uses the same package address, as Terraform's
// reusingGetter does, so a repository is cloned once per init.

const FORCED = /^([A-Za-z0-9]+)::(.+)$/s;
const MAX_REDIRECTS = 10;

/** Fetches packages into module install directories, each package address once. */
export class PackageFetcher {
  readonly #fetched = new Map<string, string>();

  constructor(private readonly env: InstallEnv, private readonly rootDir: string) {}

  /** Fetches `packageAddr` into `instPath` (relative to the root directory); an error message on failure. */
  async fetchPackage(instPath: string, packageAddr: string): Promise<string | undefined> {
    const dst = join(this.rootDir, instPath);
    const prior = this.#fetched.get(packageAddr);
    if (prior !== undefined && existsSync(prior)) {
      copyDir(dst, prior, { skipDotFiles: true });
      return undefined;
    }
    mkdirSync(dirname(dst), { recursive: true });
    const err = await this.#get(packageAddr, instPath, 0);
    if (err === undefined) this.#fetched.set(packageAddr, dst);
    return err;
  }

  // One address into one directory (relative to the root), by its getter.
  async #get(addr: string, dst: string, depth: number): Promise<string | undefined> {
    const forced = FORCED.exec(addr);
    const raw = forced ? forced[2]! : addr;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return `error downloading '${raw}': invalid URL`;
    }
    const getter = forced ? forced[1]! : url.protocol.slice(0, -1);
    const wrap = (e: string | undefined): string | undefined => (e === undefined ? undefined : `error downloading '${url.href}': ${e}`);
    const archive = detectArchive(url);
    if (archive.format && (getter === "http" || getter === "https")) return httpGetArchive(this.env.http, archive.url, archive.format, resolve(this.rootDir, dst));
    switch (getter) {
      case "git":
        return wrap(await gitGet({ url, dst, cwd: this.rootDir, env: this.env.env }));
      case "http":
      case "https":
        return wrap(await this.#viaTerraformGet(url, dst, depth));
      case "file":
        return this.#file(archive.url, archive.format, resolve(this.rootDir, dst));
      default:
        return `download not supported for scheme '${getter}'`;
    }
  }

  // A plain HTTP URL names the real package address in its answer; that address may have a subdirectory.
  async #viaTerraformGet(url: URL, dst: string, depth: number): Promise<string | undefined> {
    if (depth >= MAX_REDIRECTS) return `too many X-Terraform-Get redirects: ${MAX_REDIRECTS}`;
    const found = await httpSourceAddress(this.env.http, url);
    if ("error" in found) return found.error;
    const [pkg, subdir] = splitPackageSubdir(found.source);
    const detected = detectRemoteSource(pkg);
    if (!("address" in detected)) return "message" in detected ? detected.message : `invalid source address: ${pkg}`;
    if (subdir === "") return this.#get(detected.address, dst, depth + 1);
    const tmp = mkdtempSync(join(tmpdir(), "terrane-getter-"));
    try {
      const err = await this.#get(detected.address, join(tmp, "pkg"), depth + 1);
      if (err) return err;
      const from = join(tmp, "pkg", subdir);
      if (!existsSync(from)) return `subdir ${JSON.stringify(subdir)} not found`;
      copyDir(resolve(this.rootDir, dst), from, { skipDotFiles: false });
      return undefined;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  // A local directory is linked (go-getter's FileGetter); a local archive is unpacked.
  #file(url: URL, format: ReturnType<typeof detectArchive>["format"], dst: string): string | undefined {
    const path = fileURLToPath(url);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      return `source path error: stat ${path}: no such file or directory`;
    }
    if (format) return isDir ? `source path must be a file for an archive: ${path}` : unpackSafely(format, readFileSync(path), dst, path);
    if (!isDir) return "source path must be a directory";
    if (!isAbsolute(path)) return `source path must be absolute: ${path}`;
    symlinkSync(path, dst);
    return undefined;
  }
}
