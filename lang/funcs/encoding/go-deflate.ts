import { HuffmanBitWriter, literalToken, matchToken } from "./go-huffman-writer.js";

// The level-6 DEFLATE compressor of Go's compress/flate (deflate.go): hash chains over a 64 KiB
// window with lazy matching, blocks of at most 16384 tokens. base64gzip's output is this bit stream,
// so it follows Go's algorithm step for step.

const WINDOW_SIZE = 1 << 15;
const WINDOW_MASK = WINDOW_SIZE - 1;
const MIN_MATCH = 4;
const MAX_MATCH = 258;
const HASH_BITS = 17;
const HASH_SIZE = 1 << HASH_BITS;
const HASH_MASK = HASH_SIZE - 1;
const MAX_HASH_OFFSET = 1 << 24;
const MAX_BLOCK_TOKENS = 1 << 14;
const HASH_MUL = 0x1e35a7bd;
/** Level 6: good, lazy, nice and chain lengths. */
const GOOD = 8;
const LAZY = 16;
const NICE = 128;
const CHAIN = 128;

/** Go's flate.Writer at the default level, for one Write, a Flush and a Close. */
export class GoDeflater {
  readonly w = new HuffmanBitWriter();
  private readonly window = new Uint8Array(2 * WINDOW_SIZE);
  private readonly hashHead = new Uint32Array(HASH_SIZE);
  private readonly hashPrev = new Uint32Array(WINDOW_SIZE);
  private hashOffset = 1;
  private chainHead = -1;
  private index = 0;
  private windowEnd = 0;
  private blockStart = 0;
  private byteAvailable = false;
  private tokens: number[] = [];
  private length = MIN_MATCH - 1;
  private offset = 0;
  private maxInsertIndex = 0;
  private sync = false;

  /** Compresses data (Go's Writer.Write). */
  write(data: Uint8Array): void {
    let b = data;
    while (b.length > 0) {
      this.deflate();
      b = b.subarray(this.fill(b));
    }
  }

  /** Go's Writer.Flush: everything so far, then an empty stored block as a sync marker. */
  flush(): void {
    this.sync = true;
    this.deflate();
    this.w.writeStoredHeader(0, false);
    this.w.flush();
    this.sync = false;
  }

  /** Go's Writer.Close: the remaining data and a final empty stored block. */
  close(): void {
    this.sync = true;
    this.deflate();
    this.w.writeStoredHeader(0, true);
    this.w.flush();
  }

  private fill(b: Uint8Array): number {
    if (this.index >= 2 * WINDOW_SIZE - (MIN_MATCH + MAX_MATCH)) this.shiftWindow();
    const n = Math.min(b.length, this.window.length - this.windowEnd);
    this.window.set(b.subarray(0, n), this.windowEnd);
    this.windowEnd += n;
    return n;
  }

  private shiftWindow(): void {
    this.window.copyWithin(0, WINDOW_SIZE, 2 * WINDOW_SIZE);
    this.index -= WINDOW_SIZE;
    this.windowEnd -= WINDOW_SIZE;
    this.blockStart = this.blockStart >= WINDOW_SIZE ? this.blockStart - WINDOW_SIZE : 0x7fffffff;
    this.hashOffset += WINDOW_SIZE;
    if (this.hashOffset <= MAX_HASH_OFFSET) return;
    const delta = this.hashOffset - 1;
    this.hashOffset -= delta;
    this.chainHead -= delta;
    const rebase = (v: number): number => (v > delta ? v - delta : 0);
    this.hashPrev.forEach((v, i) => (this.hashPrev[i] = rebase(v)));
    this.hashHead.forEach((v, i) => (this.hashHead[i] = rebase(v)));
  }

  private hash4(i: number): number {
    const w = this.window;
    const v = (w[i + 3]! | (w[i + 2]! << 8) | (w[i + 1]! << 16) | (w[i]! << 24)) >>> 0;
    return Math.imul(v, HASH_MUL) >>> (32 - HASH_BITS);
  }

  private insert(i: number): number {
    const h = this.hash4(i) & HASH_MASK;
    const head = this.hashHead[h]!;
    this.hashPrev[i & WINDOW_MASK] = head;
    this.hashHead[h] = i + this.hashOffset;
    return head;
  }

  private writeBlock(index: number): void {
    if (index <= 0) return;
    const input = this.blockStart <= index ? this.window.subarray(this.blockStart, index) : undefined;
    this.blockStart = index;
    this.w.writeBlock(this.tokens, false, input);
    this.tokens = [];
  }

  private deflate(): void {
    if (this.windowEnd - this.index < MIN_MATCH + MAX_MATCH && !this.sync) return;
    this.maxInsertIndex = this.windowEnd - (MIN_MATCH - 1);
    for (;;) {
      const lookahead = this.windowEnd - this.index;
      if (lookahead < MIN_MATCH + MAX_MATCH) {
        if (!this.sync) return;
        if (lookahead === 0) return this.finishBlock();
      }
      if (this.index < this.maxInsertIndex) this.chainHead = this.insert(this.index);
      this.step(lookahead);
    }
  }

  private finishBlock(): void {
    if (this.byteAvailable) {
      this.tokens.push(literalToken(this.window[this.index - 1]!));
      this.byteAvailable = false;
    }
    if (this.tokens.length > 0) this.writeBlock(this.index);
  }

  /** One step of lazy matching at this.index. */
  private step(lookahead: number): void {
    const prevLength = this.length;
    const prevOffset = this.offset;
    this.length = MIN_MATCH - 1;
    this.offset = 0;
    const minIndex = Math.max(this.index - WINDOW_SIZE, 0);
    if (this.chainHead - this.hashOffset >= minIndex && lookahead > prevLength && prevLength < LAZY) {
      const m = this.findMatch(this.index, this.chainHead - this.hashOffset, MIN_MATCH - 1, lookahead);
      if (m) [this.length, this.offset] = [m.length, m.offset];
    }
    if (prevLength >= MIN_MATCH && this.length <= prevLength) {
      this.emitMatch(prevLength, prevOffset);
      return;
    }
    if (this.byteAvailable) {
      const i = this.index - 1;
      this.tokens.push(literalToken(this.window[i]!));
      if (this.tokens.length === MAX_BLOCK_TOKENS) this.writeBlock(i + 1);
    }
    this.index++;
    this.byteAvailable = true;
  }

  private emitMatch(prevLength: number, prevOffset: number): void {
    this.tokens.push(matchToken(prevLength, prevOffset));
    const newIndex = this.index + prevLength - 1;
    for (this.index++; this.index < newIndex; this.index++) {
      if (this.index < this.maxInsertIndex) this.insert(this.index);
    }
    this.byteAvailable = false;
    this.length = MIN_MATCH - 1;
    if (this.tokens.length === MAX_BLOCK_TOKENS) this.writeBlock(this.index);
  }

  private findMatch(pos: number, prevHead: number, prevLength: number, lookahead: number): { length: number; offset: number } | undefined {
    const w = this.window;
    const minMatchLook = Math.min(MAX_MATCH, lookahead);
    const winLen = pos + minMatchLook;
    const nice = Math.min(winLen - pos, NICE);
    let tries = prevLength >= GOOD ? CHAIN >> 2 : CHAIN;
    let length = prevLength;
    let found: { length: number; offset: number } | undefined;
    let wEnd = w[pos + length]!;
    const minIndex = pos - WINDOW_SIZE;
    for (let i = prevHead; tries > 0; tries--) {
      if (wEnd === w[i + length]) {
        const n = matchLen(w, i, pos, minMatchLook);
        if (n > length && (n > MIN_MATCH || pos - i <= 4096)) {
          length = n;
          found = { length: n, offset: pos - i };
          if (n >= nice) break;
          wEnd = w[pos + n]!;
        }
      }
      if (i === minIndex) break;
      i = this.hashPrev[i & WINDOW_MASK]! - this.hashOffset;
      if (i < minIndex || i < 0) break;
    }
    return found;
  }
}

function matchLen(w: Uint8Array, a: number, b: number, max: number): number {
  for (let i = 0; i < max; i++) if (w[a + i] !== w[b + i]) return i;
  return max;
}
