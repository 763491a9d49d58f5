import { isBlank, isBlankz, isBreak, isBreakz } from "./chars.js";
import { scanAnchor, scanDirective, scanTag } from "./scan-properties.js";
import { scanBlockScalar, scanFlowScalar, scanPlainScalar } from "./scan-scalars.js";
import { ScannerState } from "./scanner-state.js";
import type { Token, TokenType } from "./tokens.js";

// The YAML scanner (libyaml's scannerc.c as ported to Go for go-yaml v2 and go-cty-yaml): turns
// characters into tokens, working out block structure from indentation and finding simple keys by
// looking ahead for ":". Its behaviour, errors included, follows the original step by step.

const MAX_FLOW_LEVEL = 10000;
const MAX_INDENTS = 10000;

/** A scanner over one input text. */
export class Scanner {
  readonly s: ScannerState;

  constructor(input: readonly number[]) {
    this.s = new ScannerState(input);
  }

  /** The next token without consuming it, or undefined after an error. */
  peek(): Token | undefined {
    if (!this.s.tokenAvailable && !this.fetchMoreTokens()) return undefined;
    return this.s.tokens[this.s.tokensHead];
  }

  /** Consumes the token peek() returned. */
  skipToken(): void {
    const s = this.s;
    s.tokenAvailable = false;
    s.tokensParsed++;
    s.streamEndProduced = s.tokens[s.tokensHead]!.type === "stream-end";
    s.tokensHead++;
  }

  private fetchMoreTokens(): boolean {
    const s = this.s;
    for (;;) {
      if (s.tokensHead !== s.tokens.length) {
        const keyIdx = s.simpleKeysByTok.get(s.tokensParsed);
        if (keyIdx === undefined) break;
        const valid = simpleKeyIsValid(s, keyIdx);
        if (valid === undefined) return false;
        if (!valid) break;
      }
      if (!this.fetchNextToken()) return false;
    }
    s.tokenAvailable = true;
    return true;
  }

  private fetchNextToken(): boolean {
    const s = this.s;
    if (!s.streamStartProduced) return fetchStreamStart(s);
    scanToNextToken(s);
    unrollIndent(s, s.column);
    const c = s.at();
    if (c === 0) return fetchStreamEnd(s);
    if (s.column === 0 && c === 0x25) return fetchDirective(s);
    if (s.column === 0 && isDocumentIndicator(s, 0x2d)) return fetchDocumentIndicator(s, "document-start");
    if (s.column === 0 && isDocumentIndicator(s, 0x2e)) return fetchDocumentIndicator(s, "document-end");
    return this.fetchContentToken(c);
  }

  private fetchContentToken(c: number): boolean {
    const s = this.s;
    const next = s.at(1);
    switch (c) {
      case 0x5b:
        return fetchFlowCollectionStart(s, "flow-sequence-start");
      case 0x7b:
        return fetchFlowCollectionStart(s, "flow-mapping-start");
      case 0x5d:
        return fetchFlowCollectionEnd(s, "flow-sequence-end");
      case 0x7d:
        return fetchFlowCollectionEnd(s, "flow-mapping-end");
      case 0x2c:
        return fetchFlowEntry(s);
      case 0x2a:
        return fetchWithSimpleKey(s, () => scanAnchor(s, "alias"));
      case 0x26:
        return fetchWithSimpleKey(s, () => scanAnchor(s, "anchor"));
      case 0x21:
        return fetchWithSimpleKey(s, () => scanTag(s));
      case 0x27:
        return fetchWithSimpleKey(s, () => scanFlowScalar(s, true));
      case 0x22:
        return fetchWithSimpleKey(s, () => scanFlowScalar(s, false));
    }
    if (c === 0x2d && isBlankz(next)) return fetchBlockEntry(s);
    if (c === 0x3f && (s.flowLevel > 0 || isBlankz(next))) return fetchKey(s);
    if (c === 0x3a && (s.flowLevel > 0 || isBlankz(next))) return fetchValue(s);
    if ((c === 0x7c || c === 0x3e) && s.flowLevel === 0) return fetchBlockScalar(s, c === 0x7c);
    if (canStartPlainScalar(s, c, next)) return fetchPlainScalar(s);
    return s.fail(s.mark(), "found character that cannot start any token");
  }
}

const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((ch) => ch.codePointAt(0)!));

function canStartPlainScalar(s: ScannerState, c: number, next: number): boolean {
  if (!(isBlankz(c) || INDICATORS.has(c))) return true;
  if (c === 0x2d && !isBlank(next)) return true;
  return s.flowLevel === 0 && (c === 0x3f || c === 0x3a) && !isBlankz(next);
}

function isDocumentIndicator(s: ScannerState, ch: number): boolean {
  return s.at() === ch && s.at(1) === ch && s.at(2) === ch && isBlankz(s.at(3));
}

/** Whether the simple key at keyIdx is still possible; undefined when a required key was lost (an error). */
function simpleKeyIsValid(s: ScannerState, keyIdx: number): boolean | undefined {
  const key = s.simpleKeys[keyIdx]!;
  if (!key.possible) return false;
  if (key.mark.line < s.line || key.mark.index + 1024 < s.index) {
    if (key.required) return s.fail(key.mark, "could not find expected ':'") || undefined;
    key.possible = false;
    return false;
  }
  return true;
}

function saveSimpleKey(s: ScannerState): boolean {
  const required = s.flowLevel === 0 && s.indent === s.column;
  if (!s.simpleKeyAllowed) return true;
  const key = { possible: true, required, tokenNumber: s.tokensParsed + (s.tokens.length - s.tokensHead), mark: s.mark() };
  if (!removeSimpleKey(s)) return false;
  s.simpleKeys[s.simpleKeys.length - 1] = key;
  s.simpleKeysByTok.set(key.tokenNumber, s.simpleKeys.length - 1);
  return true;
}

function removeSimpleKey(s: ScannerState): boolean {
  const key = s.simpleKeys[s.simpleKeys.length - 1]!;
  if (key.possible) {
    if (key.required) return s.fail(key.mark, "could not find expected ':'");
    key.possible = false;
    s.simpleKeysByTok.delete(key.tokenNumber);
  }
  return true;
}

function increaseFlowLevel(s: ScannerState): boolean {
  s.simpleKeys.push({ possible: false, required: false, tokenNumber: s.tokensParsed + (s.tokens.length - s.tokensHead), mark: s.mark() });
  s.flowLevel++;
  if (s.flowLevel > MAX_FLOW_LEVEL) return s.fail(s.simpleKeys[s.simpleKeys.length - 1]!.mark, `exceeded max depth of ${MAX_FLOW_LEVEL}`);
  return true;
}

function decreaseFlowLevel(s: ScannerState): void {
  if (s.flowLevel === 0) return;
  s.flowLevel--;
  const last = s.simpleKeys.pop()!;
  s.simpleKeysByTok.delete(last.tokenNumber);
}

function rollIndent(s: ScannerState, column: number, number: number, type: TokenType, mark: Token["start"]): boolean {
  if (s.flowLevel > 0 || s.indent >= column) return true;
  s.indents.push(s.indent);
  s.indent = column;
  if (s.indents.length > MAX_INDENTS) return s.fail(s.simpleKeys[s.simpleKeys.length - 1]!.mark, `exceeded max depth of ${MAX_INDENTS}`);
  s.insertToken(number > -1 ? number - s.tokensParsed : -1, { type, start: mark, end: mark });
  return true;
}

function unrollIndent(s: ScannerState, column: number): void {
  if (s.flowLevel > 0) return;
  while (s.indent > column) {
    s.insertToken(-1, { type: "block-end", start: s.mark(), end: s.mark() });
    s.indent = s.indents.pop()!;
  }
}

function simpleToken(s: ScannerState, type: TokenType, width = 1): void {
  const start = s.mark();
  for (let i = 0; i < width; i++) s.skip();
  s.insertToken(-1, { type, start, end: s.mark() });
}

function fetchStreamStart(s: ScannerState): boolean {
  s.indent = -1;
  s.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: s.mark() });
  s.simpleKeyAllowed = true;
  s.streamStartProduced = true;
  s.insertToken(-1, { type: "stream-start", start: s.mark(), end: s.mark() });
  return true;
}

function fetchStreamEnd(s: ScannerState): boolean {
  if (s.column !== 0) {
    s.column = 0;
    s.line++;
  }
  unrollIndent(s, -1);
  if (!removeSimpleKey(s)) return false;
  s.simpleKeyAllowed = false;
  s.insertToken(-1, { type: "stream-end", start: s.mark(), end: s.mark() });
  return true;
}

function fetchDirective(s: ScannerState): boolean {
  unrollIndent(s, -1);
  if (!removeSimpleKey(s)) return false;
  s.simpleKeyAllowed = false;
  const token = scanDirective(s);
  if (!token) return false;
  s.insertToken(-1, token);
  return true;
}

function fetchDocumentIndicator(s: ScannerState, type: TokenType): boolean {
  unrollIndent(s, -1);
  if (!removeSimpleKey(s)) return false;
  s.simpleKeyAllowed = false;
  simpleToken(s, type, 3);
  return true;
}

function fetchFlowCollectionStart(s: ScannerState, type: TokenType): boolean {
  if (!saveSimpleKey(s) || !increaseFlowLevel(s)) return false;
  s.simpleKeyAllowed = true;
  simpleToken(s, type);
  return true;
}

function fetchFlowCollectionEnd(s: ScannerState, type: TokenType): boolean {
  if (!removeSimpleKey(s)) return false;
  decreaseFlowLevel(s);
  s.simpleKeyAllowed = false;
  simpleToken(s, type);
  return true;
}

function fetchFlowEntry(s: ScannerState): boolean {
  if (!removeSimpleKey(s)) return false;
  s.simpleKeyAllowed = true;
  simpleToken(s, "flow-entry");
  return true;
}

function fetchBlockEntry(s: ScannerState): boolean {
  if (s.flowLevel === 0) {
    if (!s.simpleKeyAllowed) return s.fail(s.mark(), "block sequence entries are not allowed in this context");
    if (!rollIndent(s, s.column, -1, "block-sequence-start", s.mark())) return false;
  }
  if (!removeSimpleKey(s)) return false;
  s.simpleKeyAllowed = true;
  simpleToken(s, "block-entry");
  return true;
}

function fetchKey(s: ScannerState): boolean {
  if (s.flowLevel === 0) {
    if (!s.simpleKeyAllowed) return s.fail(s.mark(), "mapping keys are not allowed in this context");
    if (!rollIndent(s, s.column, -1, "block-mapping-start", s.mark())) return false;
  }
  if (!removeSimpleKey(s)) return false;
  s.simpleKeyAllowed = s.flowLevel === 0;
  simpleToken(s, "key");
  return true;
}

function fetchValue(s: ScannerState): boolean {
  const key = s.simpleKeys[s.simpleKeys.length - 1]!;
  const valid = simpleKeyIsValid(s, s.simpleKeys.length - 1);
  if (valid === undefined) return false;
  if (valid) {
    s.insertToken(key.tokenNumber - s.tokensParsed, { type: "key", start: key.mark, end: key.mark });
    if (!rollIndent(s, key.mark.column, key.tokenNumber, "block-mapping-start", key.mark)) return false;
    key.possible = false;
    s.simpleKeysByTok.delete(key.tokenNumber);
    s.simpleKeyAllowed = false;
  } else {
    if (s.flowLevel === 0) {
      if (!s.simpleKeyAllowed) return s.fail(s.mark(), "mapping values are not allowed in this context");
      if (!rollIndent(s, s.column, -1, "block-mapping-start", s.mark())) return false;
    }
    s.simpleKeyAllowed = s.flowLevel === 0;
  }
  simpleToken(s, "value");
  return true;
}

/** Anchors, aliases, tags and quoted scalars may start a simple key, and no simple key may follow them. */
function fetchWithSimpleKey(s: ScannerState, scan: () => Token | undefined): boolean {
  if (!saveSimpleKey(s)) return false;
  s.simpleKeyAllowed = false;
  const token = scan();
  if (!token) return false;
  s.insertToken(-1, token);
  return true;
}

function fetchBlockScalar(s: ScannerState, literal: boolean): boolean {
  if (!removeSimpleKey(s)) return false;
  s.simpleKeyAllowed = true;
  const token = scanBlockScalar(s, literal);
  if (!token) return false;
  s.insertToken(-1, token);
  return true;
}

function fetchPlainScalar(s: ScannerState): boolean {
  if (!saveSimpleKey(s)) return false;
  s.simpleKeyAllowed = false;
  const token = scanPlainScalar(s);
  if (!token) return false;
  s.insertToken(-1, token);
  return true;
}

/** Skips spaces, tabs where allowed, comments and line breaks up to the next token. */
function scanToNextToken(s: ScannerState): void {
  for (;;) {
    if (s.column === 0 && s.at() === 0xfeff) s.skip();
    while (s.at() === 0x20 || ((s.flowLevel > 0 || !s.simpleKeyAllowed) && s.at() === 0x09)) s.skip();
    if (s.at() === 0x23) while (!isBreakz(s.at())) s.skip();
    if (!isBreak(s.at())) return;
    s.skipLine();
    if (s.flowLevel === 0) s.simpleKeyAllowed = true;
  }
}
