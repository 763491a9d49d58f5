import { isHexDigit } from "./char-classes.js";
import { goQuote } from "../text/go-quote.js";
import type { ParserState } from "./parser-state.js";

// Decodes the text of a literal token (hclsyntax's ParseStringLiteralToken): `$${` and `%%{`
// become `${` and `%{`; in quoted strings backslash escapes are decoded too. Bad escapes are
// reported and kept as written.

/** The string value of the literal token `tok`; `quoted` for tokens inside `"..."`. */
export function decodeStringLiteral(p: ParserState, tok: number, quoted: boolean): string {
  const s = p.src;
  const start = p.stream.start(tok);
  const end = p.stream.end(tok);
  let out = "";
  let run = start;
  let i = start;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (quoted && c === 92) {
      out += s.slice(run, i);
      const next = decodeEscape(p, i, end);
      out += next.text;
      i = run = next.end;
    } else if ((c === 36 || c === 37) && s.charCodeAt(i + 1) === c && s.charCodeAt(i + 2) === 123 && i + 2 < end) {
      out += s.slice(run, i) + s[i] + "{";
      i = run = i + 3;
    } else {
      i++;
    }
  }
  return out + s.slice(run, end);
}

interface Decoded {
  text: string;
  end: number;
}

function decodeEscape(p: ParserState, i: number, end: number): Decoded {
  const s = p.src;
  if (i + 1 >= end) {
    p.error("Invalid escape sequence", "Backslash must be followed by an escape sequence selector character.", p.positions.range(i, i + 1));
    return { text: "\\", end: i + 1 };
  }
  const sel = s[i + 1];
  switch (sel) {
    case "n":
      return { text: "\n", end: i + 2 };
    case "r":
      return { text: "\r", end: i + 2 };
    case "t":
      return { text: "\t", end: i + 2 };
    case '"':
      return { text: '"', end: i + 2 };
    case "\\":
      return { text: "\\", end: i + 2 };
    case "u":
      return decodeUnicodeEscape(p, i, end, 4, "The \\u escape sequence must be followed by four hexadecimal digits.");
    case "U":
      return decodeUnicodeEscape(p, i, end, 8, "The \\U escape sequence must be followed by eight hexadecimal digits.");
    default: {
      const cp = s.codePointAt(i + 1)!;
      const len = cp > 0xffff ? 2 : 1;
      const symbol = s.slice(i + 1, i + 1 + len);
      p.error(
        "Invalid escape sequence",
        `The symbol ${goQuote(symbol)} is not a valid escape sequence selector.`,
        p.positions.range(i, i + 1 + len),
      );
      return { text: symbol, end: i + 1 + len };
    }
  }
}

function decodeUnicodeEscape(p: ParserState, i: number, end: number, digits: number, wrongLength: string): Decoded {
  const s = p.src;
  let j = i + 2;
  while (j < end && j < i + 2 + digits && isHexDigit(s.charCodeAt(j))) j++;
  const raw = s.slice(i, j);
  const range = p.positions.range(i, j);
  if (j - (i + 2) !== digits) {
    p.error("Invalid escape sequence", wrongLength, range);
    return { text: raw, end: j };
  }
  const cp = parseInt(s.slice(i + 2, j), 16);
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
    p.error("Invalid escape sequence", `Cannot encode character U+${cp.toString(16).padStart(4, "0")} in UTF-8.`, range);
    return { text: raw, end: j };
  }
  return { text: String.fromCodePoint(cp), end: j };
}
