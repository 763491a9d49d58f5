// Matching one path component against a doublestar (v1) pattern, as github.com/bmatcuk/doublestar's
// matchComponent does: `*`, `?`, `[class]` with `^` negation, `{alt,...}`, `\` escapes. The result is
// the list of pattern remainders for the following components ([] = complete match), or undefined
// when the component does not match.

/** Go's path.ErrBadPattern text. */
export const BAD_PATTERN = "syntax error in pattern";

/** A malformed pattern. */
export class BadPattern {
  readonly message = BAD_PATTERN;
}

/** What matchComponent produces: remainders to continue with, no match, or a malformed pattern. */
export type ComponentMatch = string[] | undefined | BadPattern;

function charAt(s: string, i: number): { ch: string; w: number } {
  const cp = s.codePointAt(i);
  if (cp === undefined) return { ch: "", w: 0 };
  const ch = String.fromCodePoint(cp);
  return { ch, w: ch.length };
}

/** Index of r in s ignoring occurrences escaped by a backslash, or -1. */
export function indexWithEscaping(s: string, r: string): number {
  const end = s.indexOf(r);
  if (end <= 0 || s[end - 1] !== "\\") return end;
  const start = end + r.length;
  const rest = indexWithEscaping(s.slice(start), r);
  return rest === -1 ? -1 : rest + start;
}

/** Index of the first of chars in s ignoring escaped ones, or -1. */
export function indexAnyWithEscaping(s: string, chars: string): number {
  let end = -1;
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i]!)) { end = i; break; }
  if (end <= 0 || s[end - 1] !== "\\") return end;
  const start = end + charAt(s, end).w;
  const rest = indexAnyWithEscaping(s.slice(start), chars);
  return rest === -1 ? -1 : rest + start;
}

/** Last index of r in s ignoring escaped occurrences, or -1. */
export function lastIndexWithEscaping(s: string, r: string): number {
  const end = s.lastIndexOf(r);
  if (end <= 0 || s[end - 1] !== "\\") return end;
  return lastIndexWithEscaping(s.slice(0, end - 1), r);
}

/** The alternatives of `{a,b,...}` (s starts after the "{") and the index just past the "}"; -1 when unclosed. */
export function splitAlternatives(s: string): { options: string[]; end: number } {
  const options: string[] = [];
  let idx = 0;
  let braces = 1;
  let esc = false;
  let start = 0;
  while (braces > 0) {
    if (idx >= s.length) return { options: [], end: -1 };
    const { ch, w } = charAt(s, idx);
    if (esc) esc = false;
    else if (ch === "\\") esc = true;
    else if (ch === "{") braces++;
    else if (ch === "}") braces--;
    else if (ch === "," && braces === 1) {
      options.push(s.slice(start, idx));
      start = idx + w;
    }
    idx += w;
  }
  options.push(s.slice(start, idx - 1));
  return { options, end: idx };
}

function isZeroLengthPattern(pattern: string): boolean | BadPattern {
  if (pattern === "" || pattern === "*" || pattern === "**") return true;
  if (!pattern.startsWith("{")) return false;
  const { options, end } = splitAlternatives(pattern.slice(1));
  if (end === -1) return new BadPattern();
  const rest = isZeroLengthPattern(pattern.slice(1 + end));
  if (rest !== true) return rest;
  for (const o of options) {
    const z = isZeroLengthPattern(o);
    if (z !== false) return z;
  }
  return false;
}

/** Matches one name component against the start of a (possibly multi-component) pattern. */
export function matchComponent(pattern: string, name: string): ComponentMatch {
  let p = 0;
  let n = 0;
  while (p < pattern.length && n < name.length) {
    const pr = charAt(pattern, p);
    const nr = charAt(name, n);
    if (pr.ch === "/") {
      p++;
      break;
    }
    if (pr.ch === "\\") {
      const esc = charAt(pattern, p + pr.w);
      if (esc.w === 0) return new BadPattern();
      if (esc.ch !== nr.ch) return undefined;
      p += pr.w + esc.w;
      n += nr.w;
    } else if (pr.ch === "*") return matchStar(pattern, p + pr.w, name, n);
    else if (pr.ch === "[") {
      const r = matchClass(pattern, p + pr.w, nr.ch);
      if (r === undefined || r instanceof BadPattern) return r;
      p = r;
      n += nr.w;
    } else if (pr.ch === "{") return matchAlternatives(pattern, p + pr.w, name.slice(n));
    else if (pr.ch === "?" || pr.ch === nr.ch) {
      p += pr.w;
      n += nr.w;
    } else return undefined;
  }
  return n >= name.length ? endOfName(pattern, p) : undefined;
}

function matchStar(pattern: string, after: number, name: string, from: number): ComponentMatch {
  if (after >= pattern.length) return [];
  if (pattern[after] === "/") return [pattern.slice(after + 1)];
  for (let n = from; n < name.length; n += charAt(name, n).w) {
    const m = matchComponent(pattern.slice(after), name.slice(n));
    if (m !== undefined) return m;
  }
  return undefined;
}

/** The pattern index after a matching class, undefined when the class does not match, or an error. */
function matchClass(pattern: string, start: number, nameCh: string): number | undefined | BadPattern {
  const endRel = indexWithEscaping(pattern.slice(start), "]");
  if (endRel === -1) return new BadPattern();
  const end = start + endRel;
  const cls = [...pattern.slice(start, end)];
  if (cls.length === 0) return new BadPattern();
  const negate = cls[0] === "^";
  let i = negate ? 1 : 0;
  let matched = false;
  const cp = nameCh.codePointAt(0)!;
  while (i < cls.length) {
    const lo = classRune(cls, i);
    if (lo instanceof BadPattern) return lo;
    let hi = lo.cp;
    i = lo.next;
    if (i < cls.length && cls[i] === "-") {
      if (++i >= cls.length) return new BadPattern();
      const h = classRune(cls, i);
      if (h instanceof BadPattern) return h;
      hi = h.cp;
      i = h.next;
    }
    if (lo.cp <= cp && cp <= hi) matched = true;
  }
  return matched === negate ? undefined : end + 1;
}

function classRune(cls: string[], i: number): { cp: number; next: number } | BadPattern {
  if (cls[i] === "-") return new BadPattern();
  if (cls[i] !== "\\") return { cp: cls[i]!.codePointAt(0)!, next: i + 1 };
  if (i + 1 >= cls.length) return new BadPattern();
  return { cp: cls[i + 1]!.codePointAt(0)!, next: i + 2 };
}

function matchAlternatives(pattern: string, start: number, name: string): ComponentMatch {
  const { options, end } = splitAlternatives(pattern.slice(start));
  if (end === -1) return new BadPattern();
  const rest = pattern.slice(start + end);
  const results: string[] = [];
  let any = false;
  for (const o of options) {
    const m = matchComponent(o + rest, name);
    if (m instanceof BadPattern) return m;
    if (m !== undefined) {
      any = true;
      results.push(...m);
    }
  }
  return any ? results : undefined;
}

function endOfName(pattern: string, p: number): ComponentMatch {
  if (p >= pattern.length) return [];
  const rest = pattern.slice(p);
  const slash = indexWithEscaping(rest, "/");
  const zero = isZeroLengthPattern(slash >= 0 ? rest.slice(0, slash) : rest);
  if (zero instanceof BadPattern) return zero;
  if (!zero) return undefined;
  return slash === -1 ? [] : [rest.slice(slash + 1)];
}
