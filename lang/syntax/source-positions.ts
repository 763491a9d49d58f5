import type { Pos, Range } from "../source/range.js";
import { lineGraphemeStarts } from "./graphemes.js";
import type { TokenBuffer } from "./token-buffer.js";

// Turns UTF-16 offsets into hcl positions: 1-based line, 1-based column counted in grapheme
// clusters (as hcl counts them with go-textseg, token by token), 0-based UTF-8 byte offset.
// All-ASCII sources take a fast path; others get per-line byte offsets and segmentation on demand.

/** The start position used when none is given: line 1, column 1, byte 0. */
export const INITIAL_POS: Pos = { line: 1, column: 1, byte: 0 };

/** Maps offsets within one source text to positions and ranges. */
export class SourcePositions {
  private readonly lineStarts: Int32Array;
  private readonly ascii: boolean;
  private readonly bomLen: number;
  private lineBytes: Float64Array | null = null;
  private lineAscii: Uint8Array | null = null;
  private lastLine = 0;
  /** For the last non-ASCII line used: where its columns start, and UTF-8 bytes before each offset. */
  private segLine = -1;
  private segBounds: number[] = [];
  private segBytes: Int32Array = new Int32Array(0);
  /** Recently computed positions (direct-mapped by offset), so tokens used twice share one Pos. */
  private readonly cacheMask: number;
  private readonly cacheOffsets: Int32Array;
  private readonly cachePositions: Pos[];

  constructor(
    readonly src: string,
    readonly filename: string,
    private readonly base: Pos = INITIAL_POS,
    private readonly tokens?: TokenBuffer,
  ) {
    const cacheSize = cacheSizeFor(src.length);
    this.cacheMask = cacheSize - 1;
    this.cacheOffsets = new Int32Array(cacheSize).fill(-1);
    this.cachePositions = new Array<Pos>(cacheSize);
    this.bomLen = src.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.lineStarts = lineStartOffsets(src, this.bomLen);
    this.ascii = !/[^\x00-\x7f]/.test(this.bomLen ? src.slice(1) : src);
    if (!this.ascii) this.indexLines();
  }

  /** The position of a UTF-16 offset. */
  pos(offset: number): Pos {
    const slot = offset & this.cacheMask;
    if (this.cacheOffsets[slot] === offset) return this.cachePositions[slot];
    const pos = this.computePos(offset);
    this.cacheOffsets[slot] = offset;
    this.cachePositions[slot] = pos;
    return pos;
  }

  private computePos(offset: number): Pos {
    const line = this.lineOf(offset);
    const lineStart = this.lineStarts[line];
    let column: number;
    let byte: number;
    if (offset < lineStart) {
      column = 1;
      byte = 0;
    } else if (this.ascii) {
      column = offset - lineStart + 1;
      byte = offset + (this.bomLen ? 2 : 0);
    } else if (this.lineAscii![line]) {
      column = offset - lineStart + 1;
      byte = this.lineBytes![line] + offset - lineStart;
    } else {
      column = this.graphemesBefore(line, offset) + 1;
      byte = this.lineBytes![line] + this.segBytes[offset - lineStart];
    }
    if (line === 0) column += this.base.column - 1;
    return { line: line + this.base.line, column, byte: byte + this.base.byte };
  }

  /** The range between two UTF-16 offsets (end exclusive). */
  range(start: number, end: number): Range {
    return { filename: this.filename, start: this.pos(start), end: this.pos(end) };
  }

  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    let line = this.lastLine;
    if (starts[line] <= offset && (line + 1 >= starts.length || starts[line + 1] > offset)) return line;
    if (line + 1 < starts.length && starts[line + 1] <= offset && (line + 2 >= starts.length || starts[line + 2] > offset)) {
      this.lastLine = line + 1;
      return line + 1;
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    line = lo;
    this.lastLine = line;
    return line;
  }

  private indexLines(): void {
    const count = this.lineStarts.length;
    this.lineBytes = new Float64Array(count);
    this.lineAscii = new Uint8Array(count);
    let bytes = this.bomLen ? 3 : 0;
    for (let line = 0; line < count; line++) {
      const start = this.lineStarts[line];
      const end = line + 1 < count ? this.lineStarts[line + 1] : this.src.length;
      this.lineBytes[line] = bytes;
      const len = utf8Length(this.src, start, end);
      this.lineAscii[line] = len === end - start ? 1 : 0;
      bytes += len;
    }
  }

  private graphemesBefore(line: number, offset: number): number {
    if (this.segLine !== line) {
      const start = this.lineStarts[line];
      const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.src.length;
      this.segBounds = lineGraphemeStarts(this.src, start, end, this.tokens);
      this.segBytes = utf8Prefix(this.src, start, end);
      this.segLine = line;
    }
    const bounds = this.segBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bounds[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The offset where each line starts (after each `\n`); the first line starts after any BOM. */
function lineStartOffsets(src: string, first: number): Int32Array {
  let starts = new Int32Array(64);
  starts[0] = first;
  let count = 1;
  for (let k = src.indexOf("\n"); k >= 0; k = src.indexOf("\n", k + 1)) {
    if (count === starts.length) {
      const grown = new Int32Array(count * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = k + 1;
  }
  return starts.subarray(0, count);
}

/** A power of two near an eighth of the source length, between 16 and 1024. */
export function cacheSizeFor(length: number): number {
  let size = 16;
  while (size < 1024 && size * 8 < length) size *= 2;
  return size;
}

/** For each offset of `src[start:end]` (and its end), the UTF-8 bytes before it. */
function utf8Prefix(src: string, start: number, end: number): Int32Array {
  const out = new Int32Array(end - start + 1);
  let bytes = 0;
  for (let i = start; i < end; i++) {
    out[i - start] = bytes;
    const c = src.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (src.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out[i + 1 - start] = bytes + 2;
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  out[end - start] = bytes;
  return out;
}

/** The number of UTF-8 bytes that encode `src[start:end]` (a lone surrogate counts as U+FFFD). */
export function utf8Length(src: string, start: number, end: number): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (src.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
