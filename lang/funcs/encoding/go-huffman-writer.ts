import { FIXED_LITERALS, FIXED_OFFSETS, HuffmanEncoder } from "./go-huffman-code.js";

// The block writer of Go's compress/flate (huffman_bit_writer.go): for each block it sizes a fixed,
// a dynamic and a stored encoding and writes the smallest, exactly as Go chooses.

const OFFSET_CODE_COUNT = 30;
const END_BLOCK = 256;
const LENGTH_CODES_START = 257;
const CODEGEN_CODE_COUNT = 19;
const BAD_CODE = 255;
const MAX_NUM_LIT = 286;
const MAX_STORE_BLOCK = 65535;
/** Tokens at or above this value are matches; below, literals. */
export const MATCH_TYPE = 1 << 30;
const LENGTH_SHIFT = 22;

const LENGTH_EXTRA_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const LENGTH_BASE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 255];
const OFFSET_EXTRA_BITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const OFFSET_BASE = [
  0x0, 0x1, 0x2, 0x3, 0x4, 0x6, 0x8, 0xc, 0x10, 0x18, 0x20, 0x30, 0x40, 0x60, 0x80, 0xc0, 0x100, 0x180, 0x200, 0x300, 0x400,
  0x600, 0x800, 0xc00, 0x1000, 0x1800, 0x2000, 0x3000, 0x4000, 0x6000,
];
const CODEGEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A literal token. */
export function literalToken(byte: number): number {
  return byte;
}

/** A match token for a length (>= 3) and distance (>= 1). */
export function matchToken(length: number, offset: number): number {
  return MATCH_TYPE + (length - 3) * (1 << LENGTH_SHIFT) + (offset - 1);
}

function tokenLength(t: number): number {
  return Math.floor((t - MATCH_TYPE) / (1 << LENGTH_SHIFT));
}

function tokenOffset(t: number): number {
  return (t - MATCH_TYPE) % (1 << LENGTH_SHIFT);
}

/** Writes DEFLATE blocks bit by bit into a growing byte array. */
export class HuffmanBitWriter {
  readonly out: number[] = [];
  private bits = 0;
  private nbits = 0;
  private readonly literalFreq = new Int32Array(MAX_NUM_LIT);
  private readonly offsetFreq = new Int32Array(OFFSET_CODE_COUNT);
  private readonly codegenFreq = new Int32Array(CODEGEN_CODE_COUNT);
  private codegen: number[] = [];
  private readonly literalEncoding = new HuffmanEncoder(MAX_NUM_LIT);
  private readonly offsetEncoding = new HuffmanEncoder(OFFSET_CODE_COUNT);
  private readonly codegenEncoding = new HuffmanEncoder(CODEGEN_CODE_COUNT);

  /** Appends nb bits of b, least significant first. */
  writeBits(b: number, nb: number): void {
    this.bits |= b << this.nbits;
    this.nbits += nb;
    while (this.nbits >= 8) {
      this.out.push(this.bits & 0xff);
      this.bits >>>= 8;
      this.nbits -= 8;
    }
  }

  /** Pads the pending bits to a whole byte. */
  flush(): void {
    if (this.nbits > 0) this.out.push(this.bits & 0xff);
    this.bits = 0;
    this.nbits = 0;
  }

  /** The header of a stored block (BFINAL from isEof), byte-aligned LEN and NLEN. */
  writeStoredHeader(length: number, isEof: boolean): void {
    this.writeBits(isEof ? 1 : 0, 3);
    this.flush();
    this.writeBits(length, 16);
    this.writeBits(~length & 0xffff, 16);
  }

  /** Writes a block of tokens (plus end-of-block) in the smallest of fixed, dynamic and stored form. */
  writeBlock(tokens: number[], eof: boolean, input: Uint8Array | undefined): void {
    const all = [...tokens, END_BLOCK];
    const { numLiterals, numOffsets } = this.indexTokens(all);
    const storable = input !== undefined && input.length <= MAX_STORE_BLOCK;
    const storedSize = storable ? (input.length + 5) * 8 : 0;
    const extraBits = storable ? this.extraBits(numLiterals, numOffsets) : 0;
    let lit = FIXED_LITERALS;
    let off = FIXED_OFFSETS;
    let size = 3 + FIXED_LITERALS.bitLength(this.literalFreq) + FIXED_OFFSETS.bitLength(this.offsetFreq) + extraBits;
    this.generateCodegen(numLiterals, numOffsets, this.literalEncoding, this.offsetEncoding);
    this.codegenEncoding.generate(this.codegenFreq, 7);
    const dyn = this.dynamicSize(this.literalEncoding, this.offsetEncoding, extraBits);
    if (dyn.size < size) [size, lit, off] = [dyn.size, this.literalEncoding, this.offsetEncoding];
    if (storable && storedSize < size) {
      this.writeStoredHeader(input.length, eof);
      this.out.push(...input);
      return;
    }
    if (lit === FIXED_LITERALS) this.writeBits(eof ? 3 : 2, 3);
    else this.writeDynamicHeader(numLiterals, numOffsets, dyn.numCodegens, eof);
    this.writeTokens(all, lit, off);
  }

  private extraBits(numLiterals: number, numOffsets: number): number {
    let extra = 0;
    for (let code = LENGTH_CODES_START + 8; code < numLiterals; code++) {
      extra += this.literalFreq[code]! * LENGTH_EXTRA_BITS[code - LENGTH_CODES_START]!;
    }
    for (let code = 4; code < numOffsets; code++) extra += this.offsetFreq[code]! * OFFSET_EXTRA_BITS[code]!;
    return extra;
  }

  private indexTokens(tokens: number[]): { numLiterals: number; numOffsets: number } {
    this.literalFreq.fill(0);
    this.offsetFreq.fill(0);
    for (const t of tokens) {
      if (t < MATCH_TYPE) {
        this.literalFreq[t]!++;
        continue;
      }
      this.literalFreq[LENGTH_CODES_START + lengthCode(tokenLength(t))]!++;
      this.offsetFreq[offsetCode(tokenOffset(t))]!++;
    }
    let numLiterals = MAX_NUM_LIT;
    while (this.literalFreq[numLiterals - 1] === 0) numLiterals--;
    let numOffsets = OFFSET_CODE_COUNT;
    while (numOffsets > 0 && this.offsetFreq[numOffsets - 1] === 0) numOffsets--;
    if (numOffsets === 0) {
      this.offsetFreq[0] = 1;
      numOffsets = 1;
    }
    this.literalEncoding.generate(this.literalFreq, 15);
    this.offsetEncoding.generate(this.offsetFreq, 15);
    return { numLiterals, numOffsets };
  }

  private generateCodegen(numLiterals: number, numOffsets: number, litEnc: HuffmanEncoder, offEnc: HuffmanEncoder): void {
    this.codegenFreq.fill(0);
    const sizes = [...litEnc.len.subarray(0, numLiterals), ...offEnc.len.subarray(0, numOffsets), BAD_CODE];
    const out: number[] = [];
    let size = sizes[0]!;
    let count = 1;
    for (let inIndex = 1; size !== BAD_CODE; inIndex++) {
      const nextSize = sizes[inIndex]!;
      if (nextSize === size) {
        count++;
        continue;
      }
      count = size !== 0 ? this.runOfSize(out, size, count) : this.runOfZeros(out, count);
      for (count--; count >= 0; count--) {
        out.push(size);
        this.codegenFreq[size]!++;
      }
      size = nextSize;
      count = 1;
    }
    out.push(BAD_CODE);
    this.codegen = out;
  }

  private runOfSize(out: number[], size: number, countIn: number): number {
    out.push(size);
    this.codegenFreq[size]!++;
    let count = countIn - 1;
    while (count >= 3) {
      const n = Math.min(6, count);
      out.push(16, n - 3);
      this.codegenFreq[16]!++;
      count -= n;
    }
    return count;
  }

  private runOfZeros(out: number[], countIn: number): number {
    let count = countIn;
    while (count >= 11) {
      const n = Math.min(138, count);
      out.push(18, n - 11);
      this.codegenFreq[18]!++;
      count -= n;
    }
    if (count >= 3) {
      out.push(17, count - 3);
      this.codegenFreq[17]!++;
      count = 0;
    }
    return count;
  }

  private dynamicSize(litEnc: HuffmanEncoder, offEnc: HuffmanEncoder, extraBits: number): { size: number; numCodegens: number } {
    let numCodegens = CODEGEN_CODE_COUNT;
    while (numCodegens > 4 && this.codegenFreq[CODEGEN_ORDER[numCodegens - 1]!] === 0) numCodegens--;
    const header =
      3 + 5 + 5 + 4 + 3 * numCodegens + this.codegenEncoding.bitLength(this.codegenFreq) +
      this.codegenFreq[16]! * 2 + this.codegenFreq[17]! * 3 + this.codegenFreq[18]! * 7;
    const size = header + litEnc.bitLength(this.literalFreq) + offEnc.bitLength(this.offsetFreq) + extraBits;
    return { size, numCodegens };
  }

  private writeDynamicHeader(numLiterals: number, numOffsets: number, numCodegens: number, isEof: boolean): void {
    this.writeBits(isEof ? 5 : 4, 3);
    this.writeBits(numLiterals - 257, 5);
    this.writeBits(numOffsets - 1, 5);
    this.writeBits(numCodegens - 4, 4);
    for (let i = 0; i < numCodegens; i++) this.writeBits(this.codegenEncoding.len[CODEGEN_ORDER[i]!]!, 3);
    const extra: Record<number, number> = { 16: 2, 17: 3, 18: 7 };
    for (let i = 0; this.codegen[i] !== BAD_CODE; i++) {
      const word = this.codegen[i]!;
      this.writeCode(this.codegenEncoding, word);
      if (extra[word]) this.writeBits(this.codegen[++i]!, extra[word]);
    }
  }

  private writeCode(enc: HuffmanEncoder, symbol: number): void {
    this.writeBits(enc.code[symbol]!, enc.len[symbol]!);
  }

  private writeTokens(tokens: number[], lit: HuffmanEncoder, off: HuffmanEncoder): void {
    for (const t of tokens) {
      if (t < MATCH_TYPE) {
        this.writeCode(lit, t);
        continue;
      }
      const length = tokenLength(t);
      const lc = lengthCode(length);
      this.writeCode(lit, lc + LENGTH_CODES_START);
      if (LENGTH_EXTRA_BITS[lc]! > 0) this.writeBits(length - LENGTH_BASE[lc]!, LENGTH_EXTRA_BITS[lc]!);
      const offset = tokenOffset(t);
      const oc = offsetCode(offset);
      this.writeCode(off, oc);
      if (OFFSET_EXTRA_BITS[oc]! > 0) this.writeBits(offset - OFFSET_BASE[oc]!, OFFSET_EXTRA_BITS[oc]!);
    }
  }
}

/** The length code (0-28) for a match length minus 3. */
function lengthCode(xlength: number): number {
  for (let code = LENGTH_BASE.length - 1; code >= 0; code--) if (xlength >= LENGTH_BASE[code]!) return code;
  return 0;
}

/** The distance code (0-29) for a match distance minus 1. */
function offsetCode(xoffset: number): number {
  for (let code = OFFSET_BASE.length - 1; code >= 0; code--) if (xoffset >= OFFSET_BASE[code]!) return code;
  return 0;
}
