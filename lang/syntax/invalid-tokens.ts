import type { Diagnostic } from "../source/diagnostics.js";
import { errorDiag } from "../source/diagnostics.js";
import type { SourcePositions } from "./source-positions.js";
import type { TokenBuffer } from "./token-buffer.js";
import { T } from "./token-type.js";

// Tokens that never belong in HCL (hclsyntax's checkInvalidTokens): reported once per kind (or a
// few times), with hints for habits from other languages.

/** Counters that limit how often each kind is reported. */
interface Told {
  bitwise: number;
  backtick: number;
  apostrophe: number;
  semicolon: number;
  badUTF8: number;
}

/** Diagnostics for the invalid tokens in a scan. */
export function invalidTokenDiagnostics(tokens: TokenBuffer, positions: SourcePositions): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const told: Told = { bitwise: 0, backtick: 0, apostrophe: 0, semicolon: 0, badUTF8: 0 };
  for (let i = 0; i < tokens.count; i++) {
    const type = tokens.types[i];
    if (type < T.BitwiseAnd) continue;
    const subject = positions.range(tokens.starts[i], tokens.ends[i]);
    const diag = diagnose(type, told, subject);
    if (diag !== undefined) diags.push(diag);
  }
  return diags;
}

function diagnose(type: number, told: Told, subject: Diagnostic["subject"]): Diagnostic | undefined {
  switch (type) {
    case T.BitwiseAnd:
    case T.BitwiseOr:
    case T.BitwiseXor:
    case T.BitwiseNot:
      if (told.bitwise++ >= 4) return undefined;
      return errorDiag("Unsupported operator", `Bitwise operators are not supported.${bitwiseHint(type)}`, subject);
    case T.Backtick:
      return alternate(
        told,
        "backtick",
        'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".',
        subject,
      );
    case T.Apostrophe:
      return alternate(told, "apostrophe", 'Single quotes are not valid. Use double quotes (") to enclose strings.', subject);
    case T.Semicolon:
      if (told.semicolon++ >= 1) return undefined;
      return errorDiag(
        "Invalid character",
        'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.',
        subject,
      );
    case T.BadUTF8:
      if (told.badUTF8++ >= 1) return undefined;
      return errorDiag(
        "Invalid character encoding",
        "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.",
        subject,
      );
    case T.QuotedNewline:
      return errorDiag(
        "Invalid multi-line string",
        'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
        subject,
      );
    case T.Invalid:
      return errorDiag("Invalid character", "This character is not used within the language.", subject);
    default:
      return undefined;
  }
}

function bitwiseHint(type: number): string {
  if (type === T.BitwiseAnd) return ' Did you mean boolean AND ("&&")?';
  if (type === T.BitwiseOr) return ' Did you mean boolean OR ("||")?';
  if (type === T.BitwiseNot) return ' Did you mean boolean NOT ("!")?';
  return "";
}

/** Backticks and apostrophes come in pairs, so only every other one is reported (at most twice). */
function alternate(told: Told, key: "backtick" | "apostrophe", detail: string, subject: Diagnostic["subject"]): Diagnostic | undefined {
  const count = told[key];
  if (count <= 2) told[key] = count + 1;
  return count % 2 === 0 ? errorDiag("Invalid character", detail, subject) : undefined;
}
