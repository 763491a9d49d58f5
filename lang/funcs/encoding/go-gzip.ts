import { GoDeflater } from "./go-deflate.js";

// gzip framing as Go's compress/gzip writes it for Terraform's base64gzip: a 10-byte header with no
// name or time and OS "unknown" (255), the DEFLATE stream after a Write, Flush and Close, then the
// CRC-32 and length of the input.

const CRC_TABLE = buildCrcTable();

/** The gzip file Go's gzip.Writer produces for data written, flushed and closed. */
export function goGzip(data: Uint8Array): Uint8Array {
  const d = new GoDeflater();
  d.write(data);
  d.flush();
  d.close();
  const header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
  return Uint8Array.from([...header, ...d.w.out, ...le32(crc32(data)), ...le32(data.length >>> 0)]);
}

function le32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** The IEEE CRC-32 of some bytes. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of data) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function buildCrcTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
