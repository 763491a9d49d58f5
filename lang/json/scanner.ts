import type { Pos, Range } from "../source/range.js";

// Splits JSON source into tokens with exact ranges. Lax about what a string, number or keyword
// contains (the parser validates them) so that diagnostics can name what the user meant.

/** Token kinds: punctuation by its character, then strings, numbers, keywords, invalid bytes and the end. */
export type JsonTokenKind = "{" | "}" | "[" | "]" | "," | ":" | "=" | "string" | "number" | "keyword" | "invalid" | "eof";

/** One token: its kind, its source text and its range. */
export interface JsonToken {
  readonly kind: JsonTokenKind;
  readonly text: string;
  readonly range: Range;
}

const PUNCTUATION = new Set(["{", "}", "[", "]", ",", ":", "="]);
const NUMBER_START = /[-+.0-9]/;
const NUMBER_CHAR = /[-+.eE0-9]/;
const ALPHA = /[A-Za-z]/;
const KEYWORD_CHAR = /[A-Za-z_]/;

/** Scans the whole source; the last token is always "eof" (scanning stops at an invalid character). */
export function scanJson(src: string, filename: string, start: Pos): JsonToken[] {
  const tokens: JsonToken[] = [];
  const cur = { i: 0, line: start.line, column: start.column, byte: start.byte };
  const pos = (): Pos => ({ line: cur.line, column: cur.column, byte: cur.byte });
  const push = (kind: JsonTokenKind, from: number, startPos: Pos) =>
    tokens.push({ kind, text: src.slice(from, cur.i), range: { filename, start: startPos, end: pos() } });
  for (;;) {
    skipWhitespace(src, cur);
    const startPos = pos();
    const from = cur.i;
    if (cur.i >= src.length) {
      push("eof", from, startPos);
      return tokens;
    }
    const ch = src[cur.i]!;
    if (PUNCTUATION.has(ch)) {
      advanceAscii(cur, 1);
      push(ch as JsonTokenKind, from, startPos);
    } else if (ch === '"') {
      scanString(src, cur);
      push("string", from, startPos);
    } else if (NUMBER_START.test(ch)) {
      while (cur.i < src.length && NUMBER_CHAR.test(src[cur.i]!)) advanceAscii(cur, 1);
      push("number", from, startPos);
    } else if (ALPHA.test(ch)) {
      while (cur.i < src.length && KEYWORD_CHAR.test(src[cur.i]!)) advanceAscii(cur, 1);
      push("keyword", from, startPos);
    } else {
      advanceChar(src, cur);
      push("invalid", from, startPos);
      tokens.push({ kind: "eof", text: "", range: { filename, start: pos(), end: pos() } });
      return tokens;
    }
  }
}

interface Cursor {
  i: number;
  line: number;
  column: number;
  byte: number;
}

function skipWhitespace(src: string, cur: Cursor): void {
  for (; cur.i < src.length; cur.i++) {
    const ch = src[cur.i];
    if (ch === " ") {
      cur.column++;
      cur.byte++;
    } else if (ch === "\n") {
      cur.line++;
      cur.column = 1;
      cur.byte++;
    } else if (ch === "\r") cur.byte++;
    else if (ch === "\t") {
      cur.column += 2;
      cur.byte++;
    } else return;
  }
}

function scanString(src: string, cur: Cursor): void {
  advanceAscii(cur, 1);
  let escaping = false;
  while (cur.i < src.length) {
    const ch = src[cur.i]!;
    if (ch === "\\") {
      escaping = !escaping;
      advanceAscii(cur, 1);
    } else if (ch === '"') {
      advanceAscii(cur, 1);
      if (!escaping) return;
      escaping = false;
    } else if (ch.charCodeAt(0) < 32) return;
    else {
      advanceChar(src, cur);
      escaping = false;
    }
  }
}

function advanceAscii(cur: Cursor, n: number): void {
  cur.i += n;
  cur.column += n;
  cur.byte += n;
}

/** Advances over one grapheme cluster (one column), counting its UTF-8 bytes. */
function advanceChar(src: string, cur: Cursor): void {
  const code = src.charCodeAt(cur.i);
  if (code < 0x80 && !isCombiningNext(src, cur.i + 1)) {
    advanceAscii(cur, 1);
    return;
  }
  const cluster = graphemeAt(src, cur.i);
  cur.i += cluster.length;
  cur.byte += Buffer.byteLength(cluster, "utf8");
  cur.column++;
}

function isCombiningNext(src: string, i: number): boolean {
  return i < src.length && src.charCodeAt(i) >= 0x80;
}

let segmenter: Intl.Segmenter | undefined;

function graphemeAt(src: string, i: number): string {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const end = Math.min(src.length, i + 64);
  const first = segmenter.segment(src.slice(i, end))[Symbol.iterator]().next();
  return first.done ? src[i]! : first.value.segment;
}
