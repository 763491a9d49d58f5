// A reader for tar archives held in memory (the inside of a module package's .tar.gz): ustar and GNU
// headers, PAX extended headers (`path`, `linkpath`, `size`) and GNU long names, enough for what
// `tar`, Go's archive/tar and Python's tarfile write. Entries are described, not written: unpacking
// (and deciding what is safe) is archive-unpack.ts's job.

/** What an archive entry is. */
export type ArchiveEntryKind = "file" | "dir" | "symlink" | "hardlink" | "special";

/** One entry of a module archive (tar or zip), in archive order. */
export interface ArchiveEntry {
  /** The name as stored, `/`-separated. */
  readonly name: string;
  readonly kind: ArchiveEntryKind;
  /** Permission bits (0o777 at most). */
  readonly mode: number;
  /** For links: the target as stored. */
  readonly linkTarget?: string;
  /** The contents of a file. */
  read(): Buffer;
}

const BLOCK = 512;

interface RawHeader {
  name: string;
  mode: number;
  size: number;
  type: string;
  linkname: string;
}

/** The entries of an uncompressed tar archive, or an error in Go's archive/tar words. */
export function readTarEntries(data: Buffer): { entries: ArchiveEntry[] } | { error: string } {
  const entries: ArchiveEntry[] = [];
  let pending: Record<string, string> = {};
  let offset = 0;
  while (offset + BLOCK <= data.length) {
    const block = data.subarray(offset, offset + BLOCK);
    if (block.every((b) => b === 0)) return { entries };
    if (!checksumMatches(block)) return { error: "archive/tar: invalid tar header" };
    const raw = parseHeader(block);
    const size = pending.size !== undefined ? Number(pending.size) : raw.size;
    const start = offset + BLOCK;
    if (!Number.isSafeInteger(size) || size < 0 || start + size > data.length) return { error: "unexpected EOF" };
    const body = data.subarray(start, start + size);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
    if (raw.type === "x") {
      pending = { ...pending, ...parsePax(body) };
      continue;
    }
    if (raw.type === "g") continue;
    if (raw.type === "L" || raw.type === "K") {
      pending = { ...pending, [raw.type === "L" ? "path" : "linkpath"]: cString(body) };
      continue;
    }
    entries.push(entryOf(raw, pending, body));
    pending = {};
  }
  return offset >= data.length ? { entries } : { error: "unexpected EOF" };
}

function entryOf(raw: RawHeader, pax: Record<string, string>, body: Buffer): ArchiveEntry {
  const name = pax.path ?? raw.name;
  const linkTarget = pax.linkpath ?? raw.linkname;
  const kind = kindOf(raw.type, name);
  const mode = raw.mode & 0o777;
  if (kind === "symlink" || kind === "hardlink") return { name, kind, mode, linkTarget, read: () => Buffer.alloc(0) };
  return { name, kind, mode, read: () => (kind === "file" ? Buffer.from(body) : Buffer.alloc(0)) };
}

function kindOf(type: string, name: string): ArchiveEntryKind {
  switch (type) {
    case "0":
    case "\0":
    case "7":
      return name.endsWith("/") && type === "\0" ? "dir" : "file";
    case "5":
      return "dir";
    case "2":
      return "symlink";
    case "1":
      return "hardlink";
    default:
      return "special";
  }
}

function parseHeader(block: Buffer): RawHeader {
  const magic = block.subarray(257, 263).toString("latin1");
  let name = cString(block.subarray(0, 100));
  if (magic === "ustar\0") {
    const prefix = cString(block.subarray(345, 500));
    if (prefix !== "") name = `${prefix}/${name}`;
  }
  return {
    name,
    mode: octal(block.subarray(100, 108)),
    size: numeric(block.subarray(124, 136)),
    type: String.fromCharCode(block[156]!),
    linkname: cString(block.subarray(157, 257)),
  };
}

// PAX records: "LEN key=value\n", LEN counting the whole record.
function parsePax(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    if (space < 0) break;
    const len = Number(body.subarray(at, space).toString("latin1"));
    if (!Number.isSafeInteger(len) || len <= 0) break;
    const record = body.subarray(space + 1, at + len - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += len;
  }
  return out;
}

function checksumMatches(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return octal(block.subarray(148, 156)) === sum;
}

// Sizes may be base-256 (GNU) when the high bit of the first byte is set.
function numeric(field: Buffer): number {
  if ((field[0]! & 0x80) === 0) return octal(field);
  let n = field[0]! & 0x7f;
  for (let i = 1; i < field.length; i++) n = n * 256 + field[i]!;
  return n;
}

function octal(field: Buffer): number {
  const s = cString(field).trim();
  return s === "" ? 0 : parseInt(s, 8);
}

function cString(b: Buffer): string {
  const nul = b.indexOf(0);
  return b.subarray(0, nul < 0 ? b.length : nul).toString("utf8");
}
