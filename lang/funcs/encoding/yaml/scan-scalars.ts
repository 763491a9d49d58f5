import { hexValue, isBlank, isBlankz, isBreak, isBreakz, isDigit, isHex } from "./chars.js";
import type { ScannerState } from "./scanner-state.js";
import type { Mark, Token } from "./tokens.js";

// Scanning the three families of YAML scalars — block (| and >), quoted (' and ") and plain — with
// libyaml's line folding, chomping and indentation rules.

const ESCAPES: Record<number, string> = {
  0x30: "\0", 0x61: "\x07", 0x62: "\b", 0x74: "\t", 0x09: "\t", 0x6e: "\n", 0x76: "\v", 0x66: "\f", 0x72: "\r",
  0x65: "\x1b", 0x20: " ", 0x22: '"', 0x27: "'", 0x5c: "\\", 0x4e: "\u0085", 0x5f: "\u00a0", 0x4c: "\u2028", 0x50: "\u2029",
};
const CODE_LENGTHS: Record<number, number> = { 0x78: 2, 0x75: 4, 0x55: 8 };

/** A literal (|) or folded (>) block scalar token. */
export function scanBlockScalar(s: ScannerState, literal: boolean): Token | undefined {
  const start = s.mark();
  s.skip();
  const header = scanBlockHeader(s, start);
  if (!header) return undefined;
  const state = { indent: 0, end: s.mark() };
  if (header.increment > 0) state.indent = s.indent >= 0 ? s.indent + header.increment : header.increment;
  const out: string[] = [];
  let leadingBreak: string[] = [];
  let trailingBreaks: string[] = [];
  if (!scanBlockBreaks(s, state, trailingBreaks, start)) return undefined;
  let leadingBlank = false;
  while (s.column === state.indent && s.at() !== 0) {
    const trailingBlank = isBlank(s.at());
    if (!literal && !leadingBlank && !trailingBlank && leadingBreak[0] === "\n") {
      if (trailingBreaks.length === 0) out.push(" ");
    } else out.push(...leadingBreak);
    leadingBreak = [];
    out.push(...trailingBreaks);
    trailingBreaks = [];
    leadingBlank = isBlank(s.at());
    while (!isBreakz(s.at())) s.read(out);
    s.readLine(leadingBreak);
    if (!scanBlockBreaks(s, state, trailingBreaks, start)) return undefined;
  }
  if (header.chomping !== -1) out.push(...leadingBreak);
  if (header.chomping === 1) out.push(...trailingBreaks);
  return { type: "scalar", start, end: state.end, value: out.join(""), style: literal ? "literal" : "folded" };
}

function scanBlockHeader(s: ScannerState, start: Mark): { chomping: number; increment: number } | undefined {
  let chomping = 0;
  let increment = 0;
  const chomp = (): void => {
    if (s.at() === 0x2b || s.at() === 0x2d) {
      chomping = s.at() === 0x2b ? 1 : -1;
      s.skip();
    }
  };
  const indicator = (): boolean => {
    if (!isDigit(s.at())) return true;
    if (s.at() === 0x30) return s.fail(start, "found an indentation indicator equal to 0");
    increment = s.at() - 0x30;
    s.skip();
    return true;
  };
  if (s.at() === 0x2b || s.at() === 0x2d) {
    chomp();
    if (!indicator()) return undefined;
  } else if (isDigit(s.at())) {
    if (!indicator()) return undefined;
    chomp();
  }
  while (isBlank(s.at())) s.skip();
  if (s.at() === 0x23) while (!isBreakz(s.at())) s.skip();
  if (!isBreakz(s.at())) return void s.fail(start, "did not find expected comment or line break");
  if (isBreak(s.at())) s.skipLine();
  return { chomping, increment };
}

/** Eats indentation and empty lines of a block scalar, fixing its indentation when not given. */
function scanBlockBreaks(s: ScannerState, state: { indent: number; end: Mark }, breaks: string[], start: Mark): boolean {
  state.end = s.mark();
  let maxIndent = 0;
  for (;;) {
    while ((state.indent === 0 || s.column < state.indent) && s.at() === 0x20) s.skip();
    if (s.column > maxIndent) maxIndent = s.column;
    if ((state.indent === 0 || s.column < state.indent) && s.at() === 0x09) {
      return s.fail(start, "found a tab character where an indentation space is expected");
    }
    if (!isBreak(s.at())) break;
    s.readLine(breaks);
    state.end = s.mark();
  }
  if (state.indent === 0) state.indent = Math.max(maxIndent, s.indent + 1, 1);
  return true;
}

function atDocumentIndicator(s: ScannerState): boolean {
  const c = s.at();
  return s.column === 0 && (c === 0x2d || c === 0x2e) && s.at(1) === c && s.at(2) === c && isBlankz(s.at(3));
}

/** A single- or double-quoted scalar token. */
export function scanFlowScalar(s: ScannerState, single: boolean): Token | undefined {
  const start = s.mark();
  s.skip();
  const out: string[] = [];
  let leadingBreak: string[] = [];
  let trailingBreaks: string[] = [];
  let whitespaces: string[] = [];
  for (;;) {
    if (atDocumentIndicator(s)) return void s.fail(start, "found unexpected document indicator");
    if (s.at() === 0) return void s.fail(start, "found unexpected end of stream");
    const r = quotedRun(s, single, out, start);
    if (r === undefined) return undefined;
    let leadingBlanks = r;
    if (s.at() === (single ? 0x27 : 0x22)) break;
    while (isBlank(s.at()) || isBreak(s.at())) {
      if (isBlank(s.at())) {
        if (!leadingBlanks) s.read(whitespaces);
        else s.skip();
      } else if (!leadingBlanks) {
        whitespaces = [];
        s.readLine(leadingBreak);
        leadingBlanks = true;
      } else s.readLine(trailingBreaks);
    }
    if (leadingBlanks) {
      foldBreaks(out, leadingBreak, trailingBreaks);
      leadingBreak = [];
      trailingBreaks = [];
    } else {
      out.push(...whitespaces);
      whitespaces = [];
    }
  }
  s.skip();
  return { type: "scalar", start, end: s.mark(), value: out.join(""), style: single ? "single" : "double" };
}

function foldBreaks(out: string[], leadingBreak: string[], trailingBreaks: string[]): void {
  if (leadingBreak[0] === "\n") {
    if (trailingBreaks.length === 0) out.push(" ");
    else out.push(...trailingBreaks);
  } else out.push(...leadingBreak, ...trailingBreaks);
}

/** Reads non-blank characters of a quoted scalar; true when it ended at an escaped line break. */
function quotedRun(s: ScannerState, single: boolean, out: string[], start: Mark): boolean | undefined {
  while (!isBlankz(s.at())) {
    const c = s.at();
    if (single && c === 0x27 && s.at(1) === 0x27) {
      out.push("'");
      s.skip();
      s.skip();
    } else if ((single && c === 0x27) || (!single && c === 0x22)) break;
    else if (!single && c === 0x5c && isBreak(s.at(1))) {
      s.skip();
      s.skipLine();
      return true;
    } else if (!single && c === 0x5c) {
      if (!scanEscape(s, out, start)) return undefined;
    } else s.read(out);
  }
  return false;
}

function scanEscape(s: ScannerState, out: string[], start: Mark): boolean {
  const e = s.at(1);
  const simple = ESCAPES[e];
  const codeLength = CODE_LENGTHS[e] ?? 0;
  if (simple === undefined && codeLength === 0) return s.fail(start, "found unknown escape character");
  s.skip();
  s.skip();
  if (simple !== undefined) {
    out.push(simple);
    return true;
  }
  let value = 0;
  for (let k = 0; k < codeLength; k++) {
    if (!isHex(s.at(k))) return s.fail(start, "did not find expected hexdecimal number");
    value = value * 16 + hexValue(s.at(k));
  }
  if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return s.fail(start, "found invalid Unicode character escape code");
  out.push(String.fromCodePoint(value));
  for (let k = 0; k < codeLength; k++) s.skip();
  return true;
}

const FLOW_PLAIN_ENDS = new Set([0x2c, 0x3f, 0x5b, 0x5d, 0x7b, 0x7d]);

/** A plain (unquoted) scalar token. */
export function scanPlainScalar(s: ScannerState): Token | undefined {
  const out: string[] = [];
  let leadingBreak: string[] = [];
  let trailingBreaks: string[] = [];
  let whitespaces: string[] = [];
  let leadingBlanks = false;
  const indent = s.indent + 1;
  const start = s.mark();
  let end = s.mark();
  for (;;) {
    if (atDocumentIndicator(s) || s.at() === 0x23) break;
    while (!isBlankz(s.at())) {
      if ((s.at() === 0x3a && isBlankz(s.at(1))) || (s.flowLevel > 0 && FLOW_PLAIN_ENDS.has(s.at()))) break;
      if (leadingBlanks) {
        foldBreaks(out, leadingBreak, trailingBreaks);
        leadingBreak = [];
        trailingBreaks = [];
        leadingBlanks = false;
      } else if (whitespaces.length > 0) {
        out.push(...whitespaces);
        whitespaces = [];
      }
      s.read(out);
      end = s.mark();
    }
    if (!(isBlank(s.at()) || isBreak(s.at()))) break;
    while (isBlank(s.at()) || isBreak(s.at())) {
      if (isBlank(s.at())) {
        if (leadingBlanks && s.column < indent && s.at() === 0x09) {
          return void s.fail(start, "found a tab character that violates indentation");
        }
        if (!leadingBlanks) s.read(whitespaces);
        else s.skip();
      } else if (!leadingBlanks) {
        whitespaces = [];
        s.readLine(leadingBreak);
        leadingBlanks = true;
      } else s.readLine(trailingBreaks);
    }
    if (s.flowLevel === 0 && s.column < indent) break;
  }
  if (leadingBlanks) s.simpleKeyAllowed = true;
  return { type: "scalar", start, end, value: out.join(""), style: "plain" };
}
