import { hexValue, isAlpha, isBlank, isBlankz, isBreak, isBreakz, isDigit, isHex } from "./chars.js";
import type { ScannerState } from "./scanner-state.js";
import type { Mark, Token } from "./tokens.js";

// Scanning directives (%YAML, %TAG), anchors, aliases and tags, after libyaml.

const URI_CHARS = new Set([...";/?:@&=+$,.!~*'()[]%"].map((c) => c.codePointAt(0)!));

function skipBlanks(s: ScannerState): void {
  while (isBlank(s.at())) s.skip();
}

/** A %YAML or %TAG directive token, or undefined after an error. */
export function scanDirective(s: ScannerState): Token | undefined {
  const start = s.mark();
  s.skip();
  const name = scanDirectiveName(s, start);
  if (name === undefined) return undefined;
  let token: Token | undefined;
  if (name === "YAML") token = scanVersionDirective(s, start);
  else if (name === "TAG") token = scanTagDirective(s, start);
  else return void s.fail(start, "found unknown directive name");
  if (!token) return undefined;
  skipBlanks(s);
  if (s.at() === 0x23) while (!isBreakz(s.at())) s.skip();
  if (!isBreakz(s.at())) return void s.fail(start, "did not find expected comment or line break");
  if (isBreak(s.at())) s.skipLine();
  return token;
}

function scanDirectiveName(s: ScannerState, start: Mark): string | undefined {
  const out: string[] = [];
  while (isAlpha(s.at())) s.read(out);
  if (out.length === 0) return void s.fail(start, "could not find expected directive name");
  if (!isBlankz(s.at())) return void s.fail(start, "found unexpected non-alphabetical character");
  return out.join("");
}

function scanVersionDirective(s: ScannerState, start: Mark): Token | undefined {
  skipBlanks(s);
  const major = scanVersionNumber(s, start);
  if (major === undefined) return undefined;
  if (s.at() !== 0x2e) return void s.fail(start, "did not find expected digit or '.' character");
  s.skip();
  const minor = scanVersionNumber(s, start);
  if (minor === undefined) return undefined;
  return { type: "version-directive", start, end: s.mark(), major, minor };
}

function scanVersionNumber(s: ScannerState, start: Mark): number | undefined {
  let value = 0;
  let length = 0;
  while (isDigit(s.at())) {
    if (++length > 2) return void s.fail(start, "found extremely long version number");
    value = value * 10 + (s.at() - 0x30);
    s.skip();
  }
  if (length === 0) return void s.fail(start, "did not find expected version number");
  return value;
}

function scanTagDirective(s: ScannerState, start: Mark): Token | undefined {
  skipBlanks(s);
  const handle = scanTagHandle(s, true, start);
  if (handle === undefined) return undefined;
  if (!isBlank(s.at())) return void s.fail(start, "did not find expected whitespace");
  skipBlanks(s);
  const prefix = scanTagUri(s, "", start);
  if (prefix === undefined) return undefined;
  if (!isBlankz(s.at())) return void s.fail(start, "did not find expected whitespace or line break");
  return { type: "tag-directive", start, end: s.mark(), value: handle, prefix };
}

/** An anchor (&name) or alias (*name) token. */
export function scanAnchor(s: ScannerState, type: "anchor" | "alias"): Token | undefined {
  const start = s.mark();
  s.skip();
  const out: string[] = [];
  while (isAlpha(s.at())) s.read(out);
  const end = s.mark();
  const c = s.at();
  const endsWell = isBlankz(c) || [0x3f, 0x3a, 0x2c, 0x5d, 0x7d, 0x25, 0x40, 0x60].includes(c);
  if (out.length === 0 || !endsWell) return void s.fail(start, "did not find expected alphabetic or numeric character");
  return { type, start, end, value: out.join("") };
}

/** A tag token: `!<uri>`, `!suffix`, `!handle!suffix` or the lone `!`. */
export function scanTag(s: ScannerState): Token | undefined {
  const start = s.mark();
  let handle: string;
  let suffix: string;
  if (s.at(1) === 0x3c) {
    s.skip();
    s.skip();
    const uri = scanTagUri(s, "", start);
    if (uri === undefined) return undefined;
    if (s.at() !== 0x3e) return void s.fail(start, "did not find the expected '>'");
    s.skip();
    [handle, suffix] = ["", uri];
  } else {
    const h = scanTagHandle(s, false, start);
    if (h === undefined) return undefined;
    if (h.length > 1 && h.startsWith("!") && h.endsWith("!")) {
      const uri = scanTagUri(s, "", start);
      if (uri === undefined) return undefined;
      [handle, suffix] = [h, uri];
    } else {
      const uri = scanTagUri(s, h, start);
      if (uri === undefined) return undefined;
      [handle, suffix] = uri === "" ? ["", "!"] : ["!", uri];
    }
  }
  if (!isBlankz(s.at())) return void s.fail(start, "did not find expected whitespace or line break");
  return { type: "tag", start, end: s.mark(), value: handle, suffix };
}

function scanTagHandle(s: ScannerState, directive: boolean, start: Mark): string | undefined {
  if (s.at() !== 0x21) return void s.fail(start, "did not find expected '!'");
  const out: string[] = [];
  s.read(out);
  while (isAlpha(s.at())) s.read(out);
  if (s.at() === 0x21) s.read(out);
  else if (directive && out.join("") !== "!") return void s.fail(start, "did not find expected '!'");
  return out.join("");
}

function scanTagUri(s: ScannerState, head: string, start: Mark): string | undefined {
  const out: string[] = head.length > 1 ? [head.slice(1)] : [];
  let hasTag = head.length > 0;
  while (isAlpha(s.at()) || URI_CHARS.has(s.at())) {
    if (s.at() === 0x25) {
      const escaped = scanUriEscapes(s, start);
      if (escaped === undefined) return undefined;
      out.push(escaped);
    } else s.read(out);
    hasTag = true;
  }
  if (!hasTag) return void s.fail(start, "did not find expected tag URI");
  return out.join("");
}

function scanUriEscapes(s: ScannerState, start: Mark): string | undefined {
  const bytes: number[] = [];
  let width = 1024;
  while (width > 0) {
    if (!(s.at() === 0x25 && isHex(s.at(1)) && isHex(s.at(2)))) return void s.fail(start, "did not find URI escaped octet");
    const octet = (hexValue(s.at(1)) << 4) + hexValue(s.at(2));
    if (width === 1024) {
      width = utf8Width(octet);
      if (width === 0) return void s.fail(start, "found an incorrect leading UTF-8 octet");
    } else if ((octet & 0xc0) !== 0x80) return void s.fail(start, "found an incorrect trailing UTF-8 octet");
    bytes.push(octet);
    s.skip();
    s.skip();
    s.skip();
    width--;
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

function utf8Width(b: number): number {
  if ((b & 0x80) === 0) return 1;
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}
