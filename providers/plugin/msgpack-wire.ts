// MessagePack at the byte level (the msgpack spec's formats): a writer that picks the most compact
// format for each item, as cty's encoder does, and a reader that accepts every format of each type.
// dynamic-value.ts drives both by a value's type; nothing here knows about Terraform values.

/** Why msgpack bytes could not be read. */
export class MsgpackError {
  constructor(readonly message: string) {}
}

/** The kinds of item a reader can find next. */
export type MsgpackKind = "nil" | "bool" | "int" | "float" | "str" | "bin" | "array" | "map" | "ext";

/** Writes msgpack items into a growing buffer. */
export class MsgpackWriter {
  #buf = new Uint8Array(256);
  #len = 0;

  /** The bytes written so far. */
  bytes(): Uint8Array {
    return this.#buf.slice(0, this.#len);
  }

  nil(): void {
    this.#byte(0xc0);
  }

  bool(b: boolean): void {
    this.#byte(b ? 0xc3 : 0xc2);
  }

  /** An integer in the int64/uint64 range, in the smallest format. */
  int(n: bigint): void {
    if (n >= 0n && n < 128n) return this.#byte(Number(n));
    if (n < 0n && n >= -32n) return this.#byte(0x100 + Number(n));
    if (n >= 0n) {
      if (n < 0x100n) return this.#head(0xcc, 1, n);
      if (n < 0x10000n) return this.#head(0xcd, 2, n);
      if (n < 0x100000000n) return this.#head(0xce, 4, n);
      return this.#head(0xcf, 8, n);
    }
    if (n >= -0x80n) return this.#head(0xd0, 1, n);
    if (n >= -0x8000n) return this.#head(0xd1, 2, n);
    if (n >= -0x80000000n) return this.#head(0xd2, 4, n);
    return this.#head(0xd3, 8, n);
  }

  float64(f: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, f);
    this.#byte(0xcb);
    this.#raw(b);
  }

  str(s: string): void {
    const b = new TextEncoder().encode(s);
    if (b.length < 32) this.#byte(0xa0 | b.length);
    else this.#sized(b.length, 0xd9, 0xda, 0xdb);
    this.#raw(b);
  }

  bin(b: Uint8Array): void {
    this.#sized(b.length, 0xc4, 0xc5, 0xc6);
    this.#raw(b);
  }

  arrayHeader(n: number): void {
    if (n < 16) this.#byte(0x90 | n);
    else this.#sized(n, -1, 0xdc, 0xdd);
  }

  mapHeader(n: number): void {
    if (n < 16) this.#byte(0x80 | n);
    else this.#sized(n, -1, 0xde, 0xdf);
  }

  /** An extension item: fixext formats for 1, 2, 4, 8 and 16 bytes, ext8/16/32 otherwise. */
  ext(code: number, payload: Uint8Array): void {
    const fixed: Record<number, number> = { 1: 0xd4, 2: 0xd5, 4: 0xd6, 8: 0xd7, 16: 0xd8 };
    const f = fixed[payload.length];
    if (f !== undefined) this.#byte(f);
    else this.#sized(payload.length, 0xc7, 0xc8, 0xc9);
    this.#byte(code & 0xff);
    this.#raw(payload);
  }

  /** Bytes that are already msgpack. */
  raw(b: Uint8Array): void {
    this.#raw(b);
  }

  #sized(n: number, c8: number, c16: number, c32: number): void {
    if (c8 >= 0 && n < 0x100) this.#head(c8, 1, BigInt(n));
    else if (n < 0x10000) this.#head(c16, 2, BigInt(n));
    else this.#head(c32, 4, BigInt(n));
  }

  #head(code: number, size: number, n: bigint): void {
    this.#byte(code);
    const u = n < 0n ? (1n << BigInt(size * 8)) + n : n;
    for (let i = size - 1; i >= 0; i--) this.#byte(Number((u >> BigInt(i * 8)) & 0xffn));
  }

  #byte(b: number): void {
    this.#grow(1);
    this.#buf[this.#len++] = b;
  }

  #raw(b: Uint8Array): void {
    this.#grow(b.length);
    this.#buf.set(b, this.#len);
    this.#len += b.length;
  }

  #grow(n: number): void {
    if (this.#len + n <= this.#buf.length) return;
    const next = new Uint8Array(Math.max(this.#buf.length * 2, this.#len + n));
    next.set(this.#buf.subarray(0, this.#len));
    this.#buf = next;
  }
}

/** Reads msgpack items one after another; every read throws MsgpackError on bad input. */
export class MsgpackReader {
  pos = 0;
  readonly #view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** True when every byte has been read. */
  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  /** The kind of the next item, without reading it. */
  peek(): MsgpackKind {
    const c = this.#at(this.pos);
    if (c <= 0x7f || c >= 0xe0) return "int";
    if (c <= 0x8f) return "map";
    if (c <= 0x9f) return "array";
    if (c <= 0xbf) return "str";
    const kinds: Record<number, MsgpackKind> = {
      0xc0: "nil", 0xc2: "bool", 0xc3: "bool", 0xc4: "bin", 0xc5: "bin", 0xc6: "bin", 0xc7: "ext", 0xc8: "ext",
      0xc9: "ext", 0xca: "float", 0xcb: "float", 0xcc: "int", 0xcd: "int", 0xce: "int", 0xcf: "int", 0xd0: "int",
      0xd1: "int", 0xd2: "int", 0xd3: "int", 0xd4: "ext", 0xd5: "ext", 0xd6: "ext", 0xd7: "ext", 0xd8: "ext",
      0xd9: "str", 0xda: "str", 0xdb: "str", 0xdc: "array", 0xdd: "array", 0xde: "map", 0xdf: "map",
    };
    const k = kinds[c];
    if (!k) throw new MsgpackError(`invalid msgpack code 0x${c.toString(16)} at offset ${this.pos}`);
    return k;
  }

  nil(): void {
    if (this.#next() !== 0xc0) throw this.#fail("nil");
  }

  bool(): boolean {
    const c = this.#next();
    if (c === 0xc2 || c === 0xc3) return c === 0xc3;
    throw this.#fail("bool");
  }

  /** An integer of any format, exactly. */
  int(): bigint {
    const c = this.#next();
    if (c <= 0x7f) return BigInt(c);
    if (c >= 0xe0) return BigInt(c - 0x100);
    const sizes: Record<number, [number, boolean]> = {
      0xcc: [1, false], 0xcd: [2, false], 0xce: [4, false], 0xcf: [8, false],
      0xd0: [1, true], 0xd1: [2, true], 0xd2: [4, true], 0xd3: [8, true],
    };
    const s = sizes[c];
    if (!s) throw this.#fail("integer", c);
    return this.#uint(s[0], s[1]);
  }

  /** A float32 or float64 as a double. */
  float(): number {
    const c = this.#next();
    if (c === 0xca) return this.#take(4, (o) => this.#view.getFloat32(o));
    if (c === 0xcb) return this.#take(8, (o) => this.#view.getFloat64(o));
    throw this.#fail("float", c);
  }

  /** A str item (a bin item too, as Go's decoder allows), as UTF-8 text. */
  str(): string {
    return new TextDecoder("utf-8", { fatal: false }).decode(this.#payload("string"));
  }

  /** A bin item (a str item too, as Go's DecodeBytes allows). */
  bin(): Uint8Array {
    return this.#payload("bytes");
  }

  /** An array header's element count, or -1 for nil. */
  arrayHeader(): number {
    const c = this.#next();
    if (c === 0xc0) return -1;
    if (c >= 0x90 && c <= 0x9f) return c & 0x0f;
    if (c === 0xdc) return Number(this.#uint(2, false));
    if (c === 0xdd) return Number(this.#uint(4, false));
    throw this.#fail("array", c);
  }

  /** A map header's entry count, or -1 for nil. */
  mapHeader(): number {
    const c = this.#next();
    if (c === 0xc0) return -1;
    if (c >= 0x80 && c <= 0x8f) return c & 0x0f;
    if (c === 0xde) return Number(this.#uint(2, false));
    if (c === 0xdf) return Number(this.#uint(4, false));
    throw this.#fail("map", c);
  }

  /** An extension item's type code and payload. */
  ext(): { readonly code: number; readonly payload: Uint8Array } {
    const c = this.#next();
    const fixed: Record<number, number> = { 0xd4: 1, 0xd5: 2, 0xd6: 4, 0xd7: 8, 0xd8: 16 };
    const sizeBytes: Record<number, number> = { 0xc7: 1, 0xc8: 2, 0xc9: 4 };
    let len = fixed[c];
    if (len === undefined) {
      const sb = sizeBytes[c];
      if (sb === undefined) throw this.#fail("extension", c);
      len = Number(this.#uint(sb, false));
    }
    const code = this.#next();
    return { code: code > 127 ? code - 256 : code, payload: this.#slice(len) };
  }

  /** Skips one whole item, nested items included. */
  skip(): void {
    const k = this.peek();
    if (k === "nil") this.nil();
    else if (k === "bool") this.bool();
    else if (k === "int") this.int();
    else if (k === "float") this.float();
    else if (k === "str" || k === "bin") this.bin();
    else if (k === "ext") this.ext();
    else if (k === "array") for (let n = this.arrayHeader(); n > 0; n--) this.skip();
    else for (let n = this.mapHeader(); n > 0; n--) (this.skip(), this.skip());
  }

  #payload(what: string): Uint8Array {
    const c = this.#next();
    if (c >= 0xa0 && c <= 0xbf) return this.#slice(c & 0x1f);
    const sizes: Record<number, number> = { 0xd9: 1, 0xda: 2, 0xdb: 4, 0xc4: 1, 0xc5: 2, 0xc6: 4 };
    const s = sizes[c];
    if (s === undefined) throw this.#fail(what, c);
    return this.#slice(Number(this.#uint(s, false)));
  }

  #uint(size: number, signed: boolean): bigint {
    const b = this.#slice(size);
    let n = 0n;
    for (const x of b) n = (n << 8n) | BigInt(x);
    return signed && b[0]! >= 0x80 ? n - (1n << BigInt(size * 8)) : n;
  }

  #take<T>(size: number, read: (offset: number) => T): T {
    this.#need(size);
    const v = read(this.pos);
    this.pos += size;
    return v;
  }

  #slice(n: number): Uint8Array {
    this.#need(n);
    const s = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  #next(): number {
    return this.#at(this.pos++);
  }

  #at(i: number): number {
    if (i >= this.bytes.length) throw new MsgpackError("unexpected end of msgpack data");
    return this.bytes[i]!;
  }

  #need(n: number): void {
    if (this.pos + n > this.bytes.length) throw new MsgpackError("unexpected end of msgpack data");
  }

  #fail(what: string, code?: number): MsgpackError {
    const at = code === undefined ? "" : ` (found code 0x${code.toString(16)})`;
    return new MsgpackError(`${what} is required${at} at offset ${this.pos - 1}`);
  }
}
