import { inflateRawSync } from "node:zlib";

// A small reader for zip archives (provider packages are zips), enough to hash a package's contents
// without unpacking it to disk: the central directory, then each entry's stored or deflated data.
// Zip64 archives and encrypted entries are reported as errors; provider packages use neither.

/** One entry of a zip archive, in central directory order. */
export interface ZipEntry {
  /** The name as stored (`/`-separated; directory entries end with `/`). */
  readonly name: string;
  /** The Unix file mode (type and permission bits) of an archive made on Unix; 0 otherwise. */
  readonly unixMode: number;
  /** Reads and decompresses the entry's contents. */
  read(): Buffer;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** The entries of a zip archive held in memory; an `error` when it is not a readable zip. */
export function readZipEntries(data: Buffer): { entries: ZipEntry[] } | { error: string } {
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return { error: "zip: not a valid zip file" };
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return { error: "zip: zip64 archives are not supported" };
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL_SIG) return { error: "zip: not a valid zip file" };
    const nameLen = data.readUInt16LE(offset + 28);
    const next = offset + 46 + nameLen + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
    entries.push(centralEntry(data, offset, nameLen));
    offset = next;
  }
  return { entries };
}

function findEndOfCentralDirectory(data: Buffer): number {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) {
    if (data.readUInt32LE(i) === EOCD_SIG) return i;
  }
  return -1;
}

function centralEntry(data: Buffer, at: number, nameLen: number): ZipEntry {
  const flags = data.readUInt16LE(at + 8);
  const method = data.readUInt16LE(at + 10);
  const compressedSize = data.readUInt32LE(at + 20);
  const localOffset = data.readUInt32LE(at + 42);
  const name = data.subarray(at + 46, at + 46 + nameLen).toString(flags & 0x800 ? "utf8" : "latin1");
  const unixMode = data.readUInt8(at + 5) === 3 ? data.readUInt32LE(at + 38) >>> 16 : 0;
  return { name, unixMode, read: () => readEntryData(data, { name, flags, method, compressedSize, localOffset }) };
}

interface EntryHeader {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

function readEntryData(data: Buffer, e: EntryHeader): Buffer {
  if (data.readUInt32LE(e.localOffset) !== LOCAL_SIG) throw new ZipFormatError(`zip: bad local header for ${e.name}`);
  if (e.flags & 0x1) throw new ZipFormatError(`zip: ${e.name} is encrypted`);
  const start = e.localOffset + 30 + data.readUInt16LE(e.localOffset + 26) + data.readUInt16LE(e.localOffset + 28);
  const raw = data.subarray(start, start + e.compressedSize);
  if (e.method === 0) return raw;
  if (e.method === 8) return inflateRawSync(raw);
  throw new ZipFormatError("zip: unsupported compression algorithm");
}

/** A damaged or unsupported entry found while reading it; hashing turns it into an error result. */
export class ZipFormatError extends Error {}
