import { lstat, mkdir, stat } from "node:fs/promises";
import { resolvePath } from "./file-content.js";
import { goPathError } from "./go-os-error.js";

// Go's os.MkdirAll, step for step, so that a failure names the same directory with the same text
// ("mkdir blocker: not a directory"). Paths are as configured and resolved against the provider's
// working directory only to touch the disk.

/** Makes `path` and its missing parents with `mode`; Go's error text on failure. */
export async function mkdirAll(cwd: string, path: string, mode: number): Promise<string | undefined> {
  const real = resolvePath(cwd, path);
  try {
    const st = await stat(real);
    return st.isDirectory() ? undefined : goPathError({ code: "ENOTDIR" }, "mkdir", path);
  } catch {
    // Fall through to make it.
  }
  const parent = parentOf(path);
  if (parent.length > 0) {
    const err = await mkdirAll(cwd, parent, mode);
    if (err !== undefined) return err;
  }
  try {
    await mkdir(real, { mode });
    return undefined;
  } catch (e) {
    const st = await lstat(real).catch(() => undefined);
    return st?.isDirectory() ? undefined : goPathError({ ...(e as object), syscall: "mkdir" }, "mkdir", path);
  }
}

/** The path up to its last separator (trailing separators ignored), "" when there is none. */
function parentOf(path: string): string {
  let i = path.length - 1;
  while (i >= 0 && path[i] === "/") i--;
  while (i >= 0 && path[i] !== "/") i--;
  return path.slice(0, Math.max(i, 0));
}
