// OpenPGP packet framing (RFC 4880 §4): the old format (tag in bits 5-2, a length of 1, 2 or 4 octets or
// "to the end") and the new format (tag in bits 5-0, one/two/five-octet or partial body lengths), plus
// multiprecision integers (§3.2). Errors use the Go OpenPGP library's texts.

/** One packet: its tag and body. */
export interface Packet {
  readonly tag: number;
  readonly body: Buffer;
}

/** Packet tags this package reads. */
export const TAG = { signature: 2, publicKey: 6, trust: 12, userId: 13, publicSubkey: 14, userAttribute: 17 } as const;

/** A malformed packet stream (the Go library's StructuralError, or a truncation). */
export class PacketError extends Error {}

const UNEXPECTED_EOF = "unexpected EOF";

/** Splits a binary OpenPGP message into packets. */
export function readPackets(data: Buffer): { readonly packets: Packet[] } | { readonly error: string } {
  const packets: Packet[] = [];
  try {
    for (let pos = 0; pos < data.length; ) {
      const r = readPacket(data, pos);
      packets.push(r.packet);
      pos = r.next;
    }
  } catch (e) {
    if (e instanceof PacketError) return { error: e.message };
    throw e;
  }
  return { packets };
}

function readPacket(data: Buffer, pos: number): { packet: Packet; next: number } {
  const head = data[pos]!;
  if ((head & 0x80) === 0) throw new PacketError("openpgp: invalid data: tag byte does not have MSB set");
  if (head & 0x40) return readNewFormat(data, pos + 1, head & 0x3f);
  const tag = (head >> 2) & 0x0f;
  const lengthType = head & 3;
  if (lengthType === 3) return { packet: { tag, body: data.subarray(pos + 1) }, next: data.length };
  const n = [1, 2, 4][lengthType]!;
  need(data, pos + 1, n);
  const len = data.readUIntBE(pos + 1, n);
  return { packet: { tag, body: take(data, pos + 1 + n, len) }, next: pos + 1 + n + len };
}

function readNewFormat(data: Buffer, pos: number, tag: number): { packet: Packet; next: number } {
  const chunks: Buffer[] = [];
  for (;;) {
    need(data, pos, 1);
    const b = data[pos]!;
    if (b >= 224 && b < 255) {
      const len = 1 << (b & 0x1f);
      chunks.push(take(data, pos + 1, len));
      pos += 1 + len;
      continue;
    }
    const [len, size] = b < 192 ? [b, 1] : b < 224 ? [twoOctetLength(data, pos), 2] : [fourOctetLength(data, pos), 5];
    chunks.push(take(data, pos + size, len));
    return { packet: { tag, body: Buffer.concat(chunks) }, next: pos + size + len };
  }
}

function twoOctetLength(data: Buffer, pos: number): number {
  need(data, pos, 2);
  return ((data[pos]! - 192) << 8) + data[pos + 1]! + 192;
}

function fourOctetLength(data: Buffer, pos: number): number {
  need(data, pos, 5);
  return data.readUInt32BE(pos + 1);
}

function need(data: Buffer, pos: number, n: number): void {
  if (pos + n > data.length) throw new PacketError(UNEXPECTED_EOF);
}

function take(data: Buffer, pos: number, n: number): Buffer {
  need(data, pos, n);
  return data.subarray(pos, pos + n);
}

/** A new-format packet with a one, two or five-octet length. */
export function writePacket(tag: number, body: Buffer): Buffer {
  const len = body.length;
  let header: Buffer;
  if (len < 192) header = Buffer.from([0xc0 | tag, len]);
  else if (len < 8384) header = Buffer.from([0xc0 | tag, ((len - 192) >> 8) + 192, (len - 192) & 0xff]);
  else {
    header = Buffer.alloc(6);
    header[0] = 0xc0 | tag;
    header[1] = 255;
    header.writeUInt32BE(len, 2);
  }
  return Buffer.concat([header, body]);
}

/** A cursor over a packet body that throws PacketError when it runs out. */
export class Reader {
  constructor(
    readonly data: Buffer,
    public pos = 0,
  ) {}

  /** One octet. */
  u8(): number {
    need(this.data, this.pos, 1);
    return this.data[this.pos++]!;
  }

  /** A big-endian unsigned integer of `n` octets. */
  uint(n: number): number {
    need(this.data, this.pos, n);
    const v = this.data.readUIntBE(this.pos, n);
    this.pos += n;
    return v;
  }

  /** The next `n` octets. */
  bytes(n: number): Buffer {
    const b = take(this.data, this.pos, n);
    this.pos += n;
    return b;
  }

  /** A multiprecision integer's magnitude (§3.2), big-endian, without leading zero octets. */
  mpi(): Buffer {
    const bits = this.uint(2);
    return this.bytes((bits + 7) >> 3);
  }

  /** Whether everything has been read. */
  done(): boolean {
    return this.pos >= this.data.length;
  }
}

/** Encodes a multiprecision integer from big-endian bytes (leading zeros dropped). */
export function writeMpi(value: Buffer): Buffer {
  let i = 0;
  while (i < value.length - 1 && value[i] === 0) i++;
  const v = value.subarray(i);
  const bits = v.length === 0 ? 0 : (v.length - 1) * 8 + (32 - Math.clz32(v[0]!));
  const head = Buffer.alloc(2);
  head.writeUInt16BE(bits);
  return Buffer.concat([head, v]);
}
