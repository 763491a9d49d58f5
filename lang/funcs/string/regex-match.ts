import type { CompiledRegex } from "./regex-compile.js";

// Go's regexp matching loops over a JavaScript RegExp: the first match, all non-overlapping matches
// (Go's rule for empty matches differs from String.prototype.matchAll), ReplaceAllString and the
// `$1` / `${name}` template expansion of regexp.Expand.

/** One match: its span (UTF-16 offsets) and the text of each group, index 0 being the whole match. */
export interface Match {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly (string | undefined)[];
}

/** The leftmost match starting at or after pos, or undefined. */
export function matchAt(c: CompiledRegex, s: string, pos: number): Match | undefined {
  c.re.lastIndex = pos;
  const m = c.re.exec(s);
  if (!m) return undefined;
  return { start: m.index, end: m.index + m[0].length, groups: Array.from(m) };
}

/** Width in UTF-16 units of the code point at pos (0 at the end). */
function runeWidth(s: string, pos: number): number {
  if (pos >= s.length) return 0;
  return s.codePointAt(pos)! > 0xffff ? 2 : 1;
}

/** Every match as Go's FindAllStringSubmatch finds them: an empty match right after a match is skipped. */
export function matchAll(c: CompiledRegex, s: string): Match[] {
  const out: Match[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= s.length) {
    const m = matchAt(c, s, pos);
    if (!m) break;
    let accept = true;
    if (m.end === pos) {
      if (m.start === prevEnd) accept = false;
      const w = runeWidth(s, pos);
      pos = w > 0 ? pos + w : s.length + 1;
    } else {
      pos = m.end;
    }
    prevEnd = m.end;
    if (accept) out.push(m);
  }
  return out;
}

/** Go's Regexp.ReplaceAllString: each match replaced by the expanded template. */
export function replaceAll(c: CompiledRegex, src: string, template: string): string {
  let out = "";
  let lastEnd = 0;
  let searchPos = 0;
  while (searchPos <= src.length) {
    const m = matchAt(c, src, searchPos);
    if (!m) break;
    out += src.slice(lastEnd, m.start);
    if (m.end > lastEnd || m.start === 0) out += expand(c, template, m);
    lastEnd = m.end;
    const w = runeWidth(src, searchPos);
    if (searchPos + w > m.end) searchPos += w;
    else if (searchPos + 1 > m.end) searchPos++;
    else searchPos = m.end;
  }
  return out + src.slice(lastEnd);
}

/** Go's Regexp.Expand: `$$`, `$n`, `$name`, `${n}`, `${name}`; a malformed `$` stays as it is. */
export function expand(c: CompiledRegex, template: string, m: Match): string {
  let out = "";
  let rest = template;
  for (let i = rest.indexOf("$"); i >= 0; i = rest.indexOf("$")) {
    out += rest.slice(0, i);
    rest = rest.slice(i + 1);
    if (rest.startsWith("$")) {
      out += "$";
      rest = rest.slice(1);
      continue;
    }
    const ref = extractRef(rest);
    if (!ref) {
      out += "$";
      continue;
    }
    rest = rest.slice(ref.length);
    out += groupText(c, m, ref.name) ?? "";
  }
  return out + rest;
}

const NAME = /^[\p{L}\p{Nd}_]+/u;

/** Go's extract: a group name or number after `$`, braced or not; length counts the braces. */
function extractRef(s: string): { name: string; length: number } | undefined {
  const brace = s.startsWith("{");
  const m = NAME.exec(brace ? s.slice(1) : s);
  if (!m) return undefined;
  const name = m[0];
  if (!brace) return { name, length: name.length };
  return s[name.length + 1] === "}" ? { name, length: name.length + 2 } : undefined;
}

function groupText(c: CompiledRegex, m: Match, name: string): string | undefined {
  if (/^(0|[1-9]\d{0,8})$/.test(name)) return m.groups[Number(name)];
  for (let i = 0; i < c.groupNames.length; i++) {
    if (c.groupNames[i] === name && m.groups[i + 1] !== undefined) return m.groups[i + 1];
  }
  return undefined;
}
