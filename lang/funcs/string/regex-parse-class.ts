import { ClassBuilder, perlGroup, posixGroup, unicodeTable } from "./regex-class.js";
import { parseEscape } from "./regex-escape.js";
import { ErrorCode, RegexSyntaxError, type CharClass } from "./regex-syntax.js";

// The class syntax of RE2 as Go parses it: bracketed classes `[...]` (ranges, escapes, POSIX
// `[:name:]` groups, Perl and Unicode classes inside), and the class escapes `\d` `\pL` `\p{Greek}`.
// Each function takes the pattern and a position and returns where the construct ends.

type Result<T> = T | RegexSyntaxError;

/** A class escape (`\pL`, `\P{Greek}`, `\d`...) at pos added to builder; its end, or undefined if none. */
export function parseClassEscape(src: string, pos: number, builder: ClassBuilder): Result<number | undefined> {
  const next = src[pos + 1];
  if (next === "p" || next === "P") return parseUnicodeClass(src, pos, builder);
  const group = next === undefined ? undefined : perlGroup(next);
  if (!group) return undefined;
  builder.addGroup(group);
  return pos + 2;
}

/** `\pN`, `\p{Name}`, `\PN`, `\p{^Name}`... at pos, added to builder; its end. */
function parseUnicodeClass(src: string, pos: number, builder: ClassBuilder): Result<number> {
  const s = src.slice(pos);
  let negated = s[1] === "P";
  let seq: string;
  let name: string;
  if (s[2] !== "{") {
    const cp = s.codePointAt(2);
    seq = cp === undefined ? s.slice(0, 2) : s.slice(0, 2) + String.fromCodePoint(cp);
    name = seq.slice(2);
  } else {
    const end = s.indexOf("}");
    if (end < 0) return new RegexSyntaxError(ErrorCode.InvalidCharRange, s);
    seq = s.slice(0, end + 1);
    name = s.slice(3, end);
  }
  if (name.startsWith("^")) {
    negated = !negated;
    name = name.slice(1);
  }
  const table = unicodeTable(name);
  if (!table) return new RegexSyntaxError(ErrorCode.InvalidCharRange, seq);
  builder.addUnicode(table, negated);
  return pos + seq.length;
}

/** A bracketed class starting with the `[` at pos; `]` first (after `^`) is a literal. */
export function parseBracketClass(src: string, pos: number, fold: boolean): Result<{ cls: CharClass; end: number }> {
  const start = pos++;
  const negated = src[pos] === "^";
  if (negated) pos++;
  const builder = new ClassBuilder(fold);
  let first = true;
  while (pos >= src.length || src[pos] !== "]" || first) {
    first = false;
    const r = parseClassItem(src, pos, start, builder);
    if (r instanceof RegexSyntaxError) return r;
    pos = r;
  }
  return { cls: builder.build(negated), end: pos + 1 };
}

/** One item of a bracketed class: a POSIX group, a class escape, a character or a range. */
function parseClassItem(src: string, pos: number, classStart: number, builder: ClassBuilder): Result<number> {
  if (src.startsWith("[:", pos) && src.length - pos > 2) {
    const close = src.indexOf(":]", pos + 2);
    if (close >= 0) {
      const text = src.slice(pos, close + 2);
      const group = posixGroup(text);
      if (!group) return new RegexSyntaxError(ErrorCode.InvalidCharRange, text);
      builder.addGroup(group);
      return close + 2;
    }
  }
  if (src[pos] === "\\") {
    const end = parseClassEscape(src, pos, builder);
    if (end !== undefined) return end;
  }
  const lo = parseClassChar(src, pos, classStart);
  if (lo instanceof RegexSyntaxError) return lo;
  let end = lo.end;
  let hi = lo.cp;
  if (src.length - end >= 2 && src[end] === "-" && src[end + 1] !== "]") {
    const h = parseClassChar(src, end + 1, classStart);
    if (h instanceof RegexSyntaxError) return h;
    if (h.cp < lo.cp) return new RegexSyntaxError(ErrorCode.InvalidCharRange, src.slice(pos, h.end));
    [hi, end] = [h.cp, h.end];
  }
  builder.addRange(lo.cp, hi);
  return end;
}

function parseClassChar(src: string, pos: number, classStart: number): Result<{ cp: number; end: number }> {
  if (pos >= src.length) return new RegexSyntaxError(ErrorCode.MissingBracket, src.slice(classStart));
  if (src[pos] === "\\") return parseEscape(src, pos);
  const cp = src.codePointAt(pos)!;
  return { cp, end: pos + (cp > 0xffff ? 2 : 1) };
}
