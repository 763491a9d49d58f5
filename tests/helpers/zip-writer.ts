import { crc32, deflateRawSync } from "node:zlib";

// Writes zip archives in memory, as provider release zips are made: each entry stored or deflated,
// with Unix permissions in its external attributes (so an unzipped launcher stays executable) and a
// fixed timestamp by default, so the same files always give the same bytes (and the same zh: hash).
// No zip64, no encryption: provider packages use neither.

/** One file to put in an archive. */
export interface ZipInput {
  /** The name in the archive, `/`-separated. */
  readonly name: string;
  readonly data: Buffer | string;
  /** Unix permission bits (default 0o644; 0o755 for executables). */
  readonly mode?: number;
}

/** How entries are written. */
export interface ZipOptions {
  /** "deflate" (method 8, the default) or "store" (method 0). */
  readonly compression?: "deflate" | "store";
  /** The entries' modification time (default 2024-01-01 00:00:00, local DOS time). */
  readonly modified?: Date;
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
const VERSION_NEEDED = 20;
const MADE_BY_UNIX = (3 << 8) | 20;
const UTF8_NAMES = 0x800;
const REGULAR_FILE = 0o100000;

/** A zip archive holding the given files, in the given order. */
export function writeZip(files: readonly ZipInput[], opts: ZipOptions = {}): Buffer {
  const method = opts.compression === "store" ? 0 : 8;
  const { time, date } = dosTime(opts.modified ?? new Date(2024, 0, 1));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const data = typeof f.data === "string" ? Buffer.from(f.data) : f.data;
    const packed = method === 8 ? deflateRawSync(data) : data;
    const e = { name: Buffer.from(f.name), crc: crc32(data), size: data.length, packed: packed.length, method, time, date };
    const local = Buffer.concat([localHeader(e), packed]);
    centrals.push(centralHeader(e, offset, f.mode ?? 0o644));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  return Buffer.concat([...locals, central, endOfCentralDirectory(files.length, central.length, offset)]);
}

interface EntryFields {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly packed: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
}

function localHeader(e: EntryFields): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(LOCAL_SIG, 0);
  b.writeUInt16LE(VERSION_NEEDED, 4);
  b.writeUInt16LE(UTF8_NAMES, 6);
  b.writeUInt16LE(e.method, 8);
  b.writeUInt16LE(e.time, 10);
  b.writeUInt16LE(e.date, 12);
  b.writeUInt32LE(e.crc, 14);
  b.writeUInt32LE(e.packed, 18);
  b.writeUInt32LE(e.size, 22);
  b.writeUInt16LE(e.name.length, 26);
  b.writeUInt16LE(0, 28);
  return Buffer.concat([b, e.name]);
}

function centralHeader(e: EntryFields, localOffset: number, mode: number): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(CENTRAL_SIG, 0);
  b.writeUInt16LE(MADE_BY_UNIX, 4);
  b.writeUInt16LE(VERSION_NEEDED, 6);
  b.writeUInt16LE(UTF8_NAMES, 8);
  b.writeUInt16LE(e.method, 10);
  b.writeUInt16LE(e.time, 12);
  b.writeUInt16LE(e.date, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(e.packed, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  // extra length, comment length, disk number, internal attributes: all zero
  b.writeUInt32LE(((REGULAR_FILE | (mode & 0o7777)) << 16) >>> 0, 38);
  b.writeUInt32LE(localOffset, 42);
  return Buffer.concat([b, e.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(EOCD_SIG, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}

/** MS-DOS date and time fields (two-second resolution, years from 1980). */
function dosTime(d: Date): { time: number; date: number } {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2);
  const date = ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return { time, date };
}
