import { homedir } from "node:os";

// Path manipulation with the exact results of Go's path/filepath on Unix (Clean, Join, Base, Dir,
// Rel) and of go-homedir's Expand, which Terraform's filesystem functions are built on.

/** Go's filepath.Clean: the shortest equivalent path, "." for empty, no trailing slash. */
export function goClean(path: string): string {
  if (path === "") return ".";
  const rooted = path.startsWith("/");
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") out.push(part);
    else if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (!rooted) out.push("..");
  }
  const joined = out.join("/");
  if (rooted) return "/" + joined;
  return joined === "" ? "." : joined;
}

/** Go's filepath.Join: the non-empty elements joined with "/" and cleaned ("" when all are empty). */
export function goJoin(...elems: string[]): string {
  const parts = elems.filter((e) => e !== "");
  return parts.length === 0 ? "" : goClean(parts.join("/"));
}

/** Go's filepath.IsAbs on Unix. */
export function goIsAbs(path: string): boolean {
  return path.startsWith("/");
}

/** Go's filepath.Base: the last element, "." for empty, "/" for only slashes. */
export function goBase(path: string): string {
  if (path === "") return ".";
  const trimmed = path.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/** Go's filepath.Dir: everything but the last element, cleaned. */
export function goDir(path: string): string {
  return goClean(path.slice(0, path.lastIndexOf("/") + 1));
}

/** Go's filepath.Rel for two paths that are both absolute or both relative; undefined when impossible. */
export function goRel(basePath: string, targPath: string): string | undefined {
  const base = goClean(basePath);
  const targ = goClean(targPath);
  if (targ === base) return ".";
  const b = base === "." ? [] : base.split("/").filter((p) => p !== "");
  const t = targ === "." ? [] : targ.split("/").filter((p) => p !== "");
  let i = 0;
  while (i < b.length && i < t.length && b[i] === t[i]) i++;
  if (b.slice(i).includes("..")) return undefined;
  const up = b.slice(i).map(() => "..");
  return [...up, ...t.slice(i)].join("/") || ".";
}

/** Why `~user` paths cannot be expanded (go-homedir's message). */
export const USER_HOME_ERROR = "cannot expand user-specific home dir";

/** go-homedir's Expand: a leading "~" becomes the home directory (joined and cleaned); "~user" is an error (undefined). */
export function expandHome(path: string): string | undefined {
  if (!path.startsWith("~")) return path;
  if (path.length > 1 && path[1] !== "/" && path[1] !== "\\") return undefined;
  return goJoin(homedir(), path.slice(1));
}
