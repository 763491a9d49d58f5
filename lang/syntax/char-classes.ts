import { isIdentContinueCodePoint, isIdentStartCodePoint } from "./unicode-identifiers.js";

// Character classes the scanner and template processing share, with ASCII fast paths.

/** Go's unicode.IsSpace set (JS's \s differs: it has U+FEFF and lacks U+0085). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** True for an ASCII decimal digit char code. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for an ASCII hexadecimal digit char code. */
export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** True for a char code that can start an identifier (ASCII only; see `identStartLength` for the rest). */
export function isAsciiIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** True for an ASCII char code that can continue an identifier: letters, digits, `_` and `-`. */
export function isAsciiIdentContinue(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** The UTF-16 length of the code point at `i`: 2 for a surrogate pair, else 1. */
export function codePointLength(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
    const d = src.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** True when the code unit at `i` is half of a surrogate pair that is missing its other half. */
export function isLoneSurrogate(src: string, i: number): boolean {
  const c = src.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return false;
  if (c >= 0xdc00) return true;
  return codePointLength(src, i) === 1;
}

/** The UTF-16 length of a non-ASCII identifier-start code point at `i`, or 0 when there is none. */
export function identStartLength(src: string, i: number): number {
  const cp = src.codePointAt(i)!;
  return isIdentStartCodePoint(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** The UTF-16 length of a non-ASCII identifier-continue code point at `i`, or 0 when there is none. */
export function identContinueLength(src: string, i: number): number {
  const cp = src.codePointAt(i)!;
  return isIdentContinueCodePoint(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** True for a char code that Go's unicode.IsSpace accepts (all are single UTF-16 units). */
export function isGoSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 0x85 && GO_SPACE.test(String.fromCharCode(c));
}

/** `s` without leading Go whitespace (strings.TrimLeftFunc(s, unicode.IsSpace)). */
export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

/** `s` without trailing Go whitespace (strings.TrimRightFunc(s, unicode.IsSpace)). */
export function trimRightSpace(s: string): string {
  let j = s.length;
  while (j > 0 && isGoSpace(s.charCodeAt(j - 1))) j--;
  return j === s.length ? s : s.slice(0, j);
}

/** True when the string has only ASCII characters. */
export function isAscii(s: string): boolean {
  return !/[^\x00-\x7f]/.test(s);
}
