import { chmodSync, copyFileSync, mkdirSync, readdirSync, readlinkSync, realpathSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";

// Copies a module package directory: how a package installed once is reused for another module call
// (Terraform's initwd copyDir, which leaves out dot files and directories such as `.git`), and how a
// subdirectory of a downloaded package is taken (go-getter's copyDir, which keeps them). Links inside
// the package are copied as links; the source root may itself be a link (a local package).

/** Copies the contents of `src` into `dst` (created if missing). */
export function copyDir(dst: string, src: string, opts: { skipDotFiles: boolean }): void {
  const root = realpathSync(src);
  mkdirSync(dst, { recursive: true });
  copyEntries(dst, root, opts.skipDotFiles);
}

function copyEntries(dst: string, src: string, skipDot: boolean): void {
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    if (skipDot && entry.name.startsWith(".")) continue;
    const from = join(src, entry.name);
    const to = join(dst, entry.name);
    if (entry.isSymbolicLink()) {
      symlinkSync(readlinkSync(from), to);
    } else if (entry.isDirectory()) {
      mkdirSync(to, { recursive: true });
      chmodSync(to, statSync(from).mode & 0o777);
      copyEntries(to, from, skipDot);
    } else if (entry.isFile()) {
      copyFileSync(from, to);
      chmodSync(to, statSync(from).mode & 0o777);
    }
  }
}
