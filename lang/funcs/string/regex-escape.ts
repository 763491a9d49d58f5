import { ErrorCode, MAX_RUNE, RegexSyntaxError } from "./regex-syntax.js";

// The single-character escapes of RE2 (`\n`, `\x41`, `\x{1F600}`, `\101`, `\.`) and counted
// repetition braces (`{2}`, `{2,}`, `{2,5}`), scanned as Go's regexp/syntax scans them.

const C_ESCAPES: Readonly<Record<string, number>> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };

/** Parses the escape starting with the backslash at `pos`; its code point and where it ends. */
export function parseEscape(src: string, pos: number): { cp: number; end: number } | RegexSyntaxError {
  let i = pos + 1;
  if (i >= src.length) return new RegexSyntaxError(ErrorCode.TrailingBackslash, "");
  const c = src.codePointAt(i)!;
  i += c > 0xffff ? 2 : 1;
  const ch = String.fromCodePoint(c);
  const fail = (): RegexSyntaxError => new RegexSyntaxError(ErrorCode.InvalidEscape, src.slice(pos, i));
  if (c < 0x80 && !/[0-9A-Za-z]/.test(ch)) return { cp: c, end: i };
  if (ch === "0" || (/[1-7]/.test(ch) && isOctal(src[i]))) return octal(src, c - 0x30, i);
  if (ch === "x") {
    const r = hexEscape(src, i);
    return "cp" in r ? r : new RegexSyntaxError(ErrorCode.InvalidEscape, src.slice(pos, r.failedAt));
  }
  const control = C_ESCAPES[ch];
  return control === undefined ? fail() : { cp: control, end: i };
}

function isOctal(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "7";
}

/** Up to two more octal digits after the first. */
function octal(src: string, first: number, i: number): { cp: number; end: number } {
  let r = first;
  for (let n = 1; n < 3 && isOctal(src[i]); n++) r = r * 8 + (src.charCodeAt(i++) - 0x30);
  return { cp: r, end: i };
}

/** After `\x`: two hex digits or `{hex...}`; on failure, how far Go had read. */
function hexEscape(src: string, i: number): { cp: number; end: number } | { failedAt: number } {
  if (i >= src.length) return { failedAt: i };
  if (src[i] === "{") {
    i++;
    let r = 0;
    let digits = 0;
    for (;;) {
      if (i >= src.length) return { failedAt: i };
      const c = src.codePointAt(i)!;
      i += c > 0xffff ? 2 : 1;
      if (c === 0x7d) break;
      const v = unhex(c);
      if (v < 0) return { failedAt: i };
      r = r * 16 + v;
      if (r > MAX_RUNE) return { failedAt: i };
      digits++;
    }
    return digits === 0 ? { failedAt: i } : { cp: r, end: i };
  }
  const x = unhex(src.codePointAt(i)!);
  i += src.codePointAt(i)! > 0xffff ? 2 : 1;
  const second = src.codePointAt(i);
  if (second !== undefined) i += second > 0xffff ? 2 : 1;
  const y = second === undefined ? -1 : unhex(second);
  return x < 0 || y < 0 ? { failedAt: i } : { cp: x * 16 + y, end: i };
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * Parses `{min}`, `{min,}` or `{min,max}` at pos (max -1 when open). Undefined when the text is not
 * of that form (the brace is then a literal); min -1 when a number is too large.
 */
export function parseRepeatBraces(src: string, pos: number): { min: number; max: number; end: number } | undefined {
  BRACES.lastIndex = pos;
  const m = BRACES.exec(src);
  if (!m) return undefined;
  const min = decimal(m[1]!);
  const max = m[2] === undefined ? min : m[3] === "" ? -1 : decimal(m[3]!);
  if (min === undefined || max === undefined) return undefined;
  const tooBig = min === TOO_BIG || max === TOO_BIG;
  return { min: tooBig ? -1 : min, max: tooBig ? -1 : max, end: pos + m[0].length };
}

const BRACES = /\{(\d+)(,(\d*))?\}/y;
const TOO_BIG = -2;

/** Go's parseInt for repeat counts: no leading zeros; TOO_BIG past Go's overflow guard. */
function decimal(text: string): number | undefined {
  if (text.length > 1 && text[0] === "0") return undefined;
  return text.length > 9 ? TOO_BIG : Number(text);
}
