// Decodes a JSON string token (quotes included) as Go's encoding/json does, or says where it is broken
// the way encoding/json's SyntaxError does: the number of bytes read when the error was found, which
// counts the offending byte itself, or every byte when the input ends too early.

/** Where decoding failed: encoding/json's SyntaxError.Offset, a UTF-8 byte count from the token start. */
export interface StringDecodeError {
  readonly byteOffset: number;
}

const SIMPLE: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** The decoded string, or where the syntax error is. */
export function decodeJsonString(text: string): string | StringDecodeError {
  let out = "";
  let i = 1;
  const fail = (at: number): StringDecodeError => ({ byteOffset: Buffer.byteLength(text.slice(0, at)) + (at < text.length ? 1 : 0) });
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') return i === text.length - 1 ? out : fail(i + 1);
    if (ch.charCodeAt(0) < 0x20) return fail(i);
    if (ch !== "\\") {
      out += ch;
      i++;
      continue;
    }
    const esc = text[i + 1];
    if (esc === undefined) return fail(i + 1);
    const simple = SIMPLE[esc];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (esc !== "u") return fail(i + 1);
    const unit = readHex4(text, i + 2);
    if (unit === undefined) return fail(firstNonHex(text, i + 2));
    i += 6;
    if (unit >= 0xd800 && unit < 0xdc00 && text[i] === "\\" && text[i + 1] === "u") {
      const low = readHex4(text, i + 2);
      if (low !== undefined && low >= 0xdc00 && low < 0xe000) {
        out += String.fromCharCode(unit, low);
        i += 6;
        continue;
      }
    }
    out += unit >= 0xd800 && unit < 0xe000 ? "\ufffd" : String.fromCharCode(unit);
  }
  return fail(text.length);
}

/** Where a `\\u` escape's four hex digits stop being hex digits (or the text ends). */
function firstNonHex(text: string, at: number): number {
  let i = at;
  while (i < at + 4 && i < text.length && /[0-9a-fA-F]/.test(text[i]!)) i++;
  return i;
}

function readHex4(text: string, at: number): number | undefined {
  const hex = text.slice(at, at + 4);
  return /^[0-9a-fA-F]{4}$/.test(hex) ? parseInt(hex, 16) : undefined;
}
