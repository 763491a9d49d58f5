// Go's per-rune case mapping (unicode.ToUpper, ToLower, ToTitle), which Terraform's upper, lower and
// title use. Go maps each code point on its own with Unicode's *simple* mappings; JavaScript's
// toUpperCase uses the full mappings (ß → SS) and context rules (final sigma), so each code point is
// mapped alone here and the few full mappings that expand to several code points are replaced by
// their simple mapping.

/** Simple uppercase mappings of code points whose full uppercase mapping has several code points. */
const SIMPLE_UPPER = new Map<number, number>([
  [0x1fb3, 0x1fbc],
  [0x1fc3, 0x1fcc],
  [0x1ff3, 0x1ffc],
]);
for (const start of [0x1f80, 0x1f90, 0x1fa0]) {
  for (let c = start; c < start + 8; c++) SIMPLE_UPPER.set(c, c + 8);
}

/** Simple lowercase mappings of code points whose full lowercase mapping has several code points. */
const SIMPLE_LOWER = new Map<number, number>([[0x130, 0x69]]);

/** Titlecase mappings that differ from the simple uppercase one (digraphs; Georgian has no titlecase). */
const TITLE_EXCEPTIONS = new Map<number, number>();
for (const [from, to] of [
  [0x1c4, 0x1c5],
  [0x1c7, 0x1c8],
  [0x1ca, 0x1cb],
  [0x1f1, 0x1f2],
]) {
  for (let c = from!; c <= from! + 2; c++) TITLE_EXCEPTIONS.set(c, to!);
}
for (let c = 0x10d0; c <= 0x10ff; c++) {
  if (c <= 0x10fa || c >= 0x10fd) TITLE_EXCEPTIONS.set(c, c);
}

/** Go's unicode.ToUpper for one code point (as a string). */
export function upperRune(ch: string): string {
  return mapRune(ch, ch.toUpperCase(), SIMPLE_UPPER);
}

/** Go's unicode.ToLower for one code point (as a string). */
export function lowerRune(ch: string): string {
  return mapRune(ch, ch.toLowerCase(), SIMPLE_LOWER);
}

/** Go's unicode.ToTitle for one code point (as a string). */
export function titleRune(ch: string): string {
  const t = TITLE_EXCEPTIONS.get(ch.codePointAt(0)!);
  return t === undefined ? upperRune(ch) : String.fromCodePoint(t);
}

function mapRune(ch: string, full: string, simple: ReadonlyMap<number, number>): string {
  if (full === ch) return ch;
  if (isSingleCodePoint(full)) return full;
  const s = simple.get(ch.codePointAt(0)!);
  return s === undefined ? ch : String.fromCodePoint(s);
}

function isSingleCodePoint(s: string): boolean {
  return s.length === 1 || (s.length === 2 && s.codePointAt(0)! > 0xffff);
}

/** Go's strings.ToUpper. */
export function goToUpper(s: string): string {
  return ASCII.test(s) ? s.toUpperCase() : mapRunes(s, upperRune);
}

/** Go's strings.ToLower. */
export function goToLower(s: string): string {
  return ASCII.test(s) ? s.toLowerCase() : mapRunes(s, lowerRune);
}

const ASCII = /^[\x00-\x7f]*$/;

function mapRunes(s: string, f: (ch: string) => string): string {
  let out = "";
  for (const ch of s) out += f(ch);
  return out;
}

/** Go's strings.Title: the first letter of each word to title case, words being split by isSeparator. */
export function goTitle(s: string): string {
  let prev = " ";
  let out = "";
  for (const ch of s) {
    out += isSeparator(prev) ? titleRune(ch) : ch;
    prev = ch;
  }
  return out;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;

/** strings.Title's word separator test: ASCII non-alphanumerics (but `_`), and Unicode spaces. */
function isSeparator(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c <= 0x7f) return !/[0-9A-Za-z_]/.test(ch);
  if (LETTER_OR_DIGIT.test(ch)) return false;
  return isGoSpace(ch);
}

const GO_SPACE = /^\p{White_Space}$/u;

/** Go's unicode.IsSpace (the Unicode White_Space property). */
export function isGoSpace(ch: string): boolean {
  return GO_SPACE.test(ch);
}
