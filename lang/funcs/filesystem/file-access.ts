import { readFileSync, statSync, type Stats } from "node:fs";
import { FuncError } from "../function.js";
import { redactIfSensitive } from "../encoding/redact.js";
import { USER_HOME_ERROR, expandHome, goClean, goIsAbs, goJoin } from "./go-path.js";
import type { Marks } from "../../values/marks.js";

// Reading files the way Terraform's file functions do: "~" expanded, relative paths taken from the
// module directory, and Go's wording for what went wrong ("open x: no such file or directory").

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files",
};

/** Go's text for a failed system call: "open /x: no such file or directory". */
export function goSyscallError(op: string, path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? "";
  return `${op} ${path}: ${ERRNO_TEXT[code] ?? code.toLowerCase()}`;
}

/** True when a Node error means the file does not exist (Go's os.IsNotExist). */
export function isNotExist(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === "ENOENT";
}

/** The path a file function opens: "~" expanded, joined to the base directory, cleaned. */
export function resolvePath(baseDir: string, path: string): string | FuncError {
  const expanded = expandHome(path);
  if (expanded === undefined) return new FuncError(`failed to expand ~: ${USER_HOME_ERROR}`);
  return goClean(goIsAbs(expanded) ? expanded : goJoin(baseDir, expanded));
}

/** A file's bytes, or the error Go's os.Open plus a read would give (with the path it names). */
export function readBytes(resolved: string): Uint8Array | { readonly err: unknown; readonly op: "open" | "read" } {
  try {
    return readFileSync(resolved);
  } catch (err) {
    return { err, op: (err as NodeJS.ErrnoException).syscall === "read" ? "read" : "open" };
  }
}

/**
 * The bytes of the file `path` names, for file() and filebase64(): a missing file gets Terraform's
 * explanation, other failures Go's error text, all as errors about argument 0.
 */
export function readFileForFunction(baseDir: string, path: string, marks: Marks): Uint8Array | FuncError {
  const resolved = resolvePath(baseDir, path);
  if (resolved instanceof FuncError) return new FuncError(resolved.message, 0);
  const r = readBytes(resolved);
  if (r instanceof Uint8Array) return r;
  if (isNotExist(r.err)) {
    return new FuncError(
      `no file exists at ${redactIfSensitive(path, marks)}; this function works only with files that are distributed as part of the configuration source code, so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource`,
      0,
    );
  }
  const text = goSyscallError(r.op, resolved, r.err);
  return new FuncError(r.op === "read" ? `failed to read file: ${text}` : text, 0);
}

/** os.Stat of a path: its stats, undefined when it does not exist, or the error. */
export function statPath(path: string): Stats | undefined | { readonly err: unknown } {
  try {
    return statSync(path);
  } catch (err) {
    return isNotExist(err) ? undefined : { err };
  }
}
