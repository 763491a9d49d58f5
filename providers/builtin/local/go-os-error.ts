// Go's text for the file system errors hashicorp/local reports ("open a/b.txt: no such file or
// directory"), made from Node's errors, so diagnostics read as the real provider's do. Go prints
// the path as the program gave it, which here is the path as configured.

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EEXIST: "file exists",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files",
  EBUSY: "device or resource busy",
};

/** An error as Go's *PathError prints it: "<op> <path>: <description>". */
export function goPathError(err: unknown, op: string, path: string): string {
  const e = err as NodeJS.ErrnoException;
  const description = (e.code && DESCRIPTIONS[e.code]) || e.message;
  return `${e.syscall ?? op} ${path}: ${description}`;
}

/** True when the error says the file does not exist (Go's os.IsNotExist). */
export function isNotExist(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === "ENOENT";
}
