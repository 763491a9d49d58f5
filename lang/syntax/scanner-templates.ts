import { codePointLength, isGoSpace, isLoneSurrogate } from "./char-classes.js";
import type { Scanner } from "./scanner.js";
import { T } from "./token-type.js";

// The template modes of the scanner: quoted strings, heredocs and bare templates. Literal runs
// stop before `${` / `%{`; `$${` and `%%{` stay inside a literal (they are escapes), and heredoc
// and bare-template literals end after each newline, as in hclsyntax.

const DOLLAR = 36;
const PERCENT = 37;
const OBRACE = 123;

/** One step inside `"..."`: a literal run, a `${` or `%{` opener, a run of newlines, or the closing quote. */
export function scanQuotedLiteral(sc: Scanner): void {
  const s = sc.src;
  const n = s.length;
  const i = sc.pos;
  const c = s.charCodeAt(i);
  if (c === 34) {
    sc.emit(T.CQuote, i, i + 1);
    sc.modes.pop();
    return;
  }
  if (opensSequence(s, i, c)) return sc.beginSequence(c === DOLLAR ? T.TemplateInterp : T.TemplateControl, i);
  if (c === 10 || c === 13) {
    let j = i + 1;
    while (s.charCodeAt(j) === 10 || s.charCodeAt(j) === 13) j++;
    return sc.emit(T.QuotedNewline, i, j);
  }
  let j = i;
  while (j < n) {
    const d = s.charCodeAt(j);
    if (d === 34 || d === 10 || d === 13) break;
    if (d === 92) {
      const e = s.charCodeAt(j + 1);
      if (j + 1 >= n || e === 10 || e === 13 || isLoneSurrogate(s, j + 1)) break;
      j += 1 + codePointLength(s, j + 1);
      continue;
    }
    const step = literalStep(s, j, d);
    if (step === 0) break;
    j += step;
  }
  if (j > i) return sc.emit(T.QuotedLit, i, j);
  stuck(sc, i, c);
}

/** At the start of a heredoc line: the closing marker (alone on its line, spaces allowed) ends the heredoc. */
export function tryHeredocEnd(sc: Scanner): boolean {
  const top = sc.markers.length - 1;
  if (!sc.startOfLine[top]) return false;
  const s = sc.src;
  const i = sc.pos;
  const nl = s.indexOf("\n", i);
  if (nl < 0) return false;
  let b = nl > i && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  const lineEnd = b;
  let a = i;
  while (a < b && isGoSpace(s.charCodeAt(a))) {
    if (s.charCodeAt(a) === 13) return false;
    a++;
  }
  while (b > a && isGoSpace(s.charCodeAt(b - 1))) {
    if (s.charCodeAt(b - 1) === 13) return false;
    b--;
  }
  const marker = sc.markers[top];
  if (b - a !== marker.length || !s.startsWith(marker, a)) return false;
  sc.emit(T.CHeredoc, i, lineEnd);
  sc.emit(T.Newline, lineEnd, nl + 1);
  sc.modes.pop();
  sc.markers.pop();
  sc.startOfLine.pop();
  return true;
}

/** One step inside a heredoc: a sequence opener, or a literal run up to and including a newline. */
export function scanHeredocLiteral(sc: Scanner): void {
  const top = sc.markers.length - 1;
  if (lineLiteral(sc, (sol) => (sc.startOfLine[top] = sol))) return;
  // Nothing matches here (a lone CR, or `$`/`%` at the end): hclsyntax's scanner gives up, and the
  // rest of the input becomes one invalid token.
  const i = sc.pos;
  if (isLoneSurrogate(sc.src, i)) return sc.emit(T.BadUTF8, i, i + 1);
  sc.emit(T.Invalid, i, sc.src.length);
}

/** One step of a bare template (`templatefile` content): like a heredoc without a closing marker. */
export function scanBareLiteral(sc: Scanner): void {
  if (lineLiteral(sc, () => undefined)) return;
  const i = sc.pos;
  if (isLoneSurrogate(sc.src, i)) return sc.emit(T.BadUTF8, i, i + 1);
  // Straggling text the scanner cannot match at the top level of a bare template is literal.
  sc.emit(T.StringLit, i, sc.src.length);
}

/**
 * Emits a sequence opener or a StringLit run ending after a newline (reporting through `setSol`
 * whether the next token starts a line). False when nothing matches at this position.
 */
function lineLiteral(sc: Scanner, setSol: (startOfLine: boolean) => void): boolean {
  const s = sc.src;
  const n = s.length;
  const i = sc.pos;
  const c = s.charCodeAt(i);
  if (opensSequence(s, i, c)) {
    sc.beginSequence(c === DOLLAR ? T.TemplateInterp : T.TemplateControl, i);
    return true;
  }
  let j = i;
  let sol = false;
  while (j < n) {
    const d = s.charCodeAt(j);
    if (d === 10 || (d === 13 && s.charCodeAt(j + 1) === 10)) {
      j += d === 10 ? 1 : 2;
      sol = true;
      break;
    }
    if (d === 13) break;
    const step = literalStep(s, j, d);
    if (step === 0) break;
    j += step;
  }
  if (j === i) return false;
  sc.emit(T.StringLit, i, j);
  setSol(sol);
  return true;
}

/** True when `${` or `%{` starts at `i`. */
function opensSequence(s: string, i: number, c: number): boolean {
  return (c === DOLLAR || c === PERCENT) && s.charCodeAt(i + 1) === OBRACE;
}

/** How far one literal character (or `$${` / `%%{` escape) extends; 0 when the literal must stop here. */
function literalStep(s: string, j: number, d: number): number {
  if (d === DOLLAR || d === PERCENT) {
    const e = s.charCodeAt(j + 1);
    if (e === OBRACE || j + 1 >= s.length) return 0;
    return e === d && s.charCodeAt(j + 2) === OBRACE ? 3 : 1;
  }
  if (d >= 0xd800 && d <= 0xdfff) return isLoneSurrogate(s, j) ? 0 : 2;
  return 1;
}

/** Nothing matched in a quoted string: a lone backslash, `$`/`%` at the very end, or bad UTF-16. */
function stuck(sc: Scanner, i: number, c: number): void {
  const s = sc.src;
  if (isLoneSurrogate(s, i)) return sc.emit(T.BadUTF8, i, i + 1);
  if ((c === DOLLAR || c === PERCENT) && i + 1 >= s.length) return sc.emit(T.Invalid, i, s.length);
  sc.emit(T.Invalid, i, i + codePointLength(s, i));
}
