import { Base64Error, decodeBase64, STD_ENCODING } from "../../text/go-base64.js";

// PEM block decoding with the rules of Go's encoding/pem Decode: a block starts at the beginning of
// the input or of a line, may carry "Key: value" headers, and must end with a matching END line;
// anything malformed is skipped in search of the next block.

const PEM_START = "\n-----BEGIN ";
const PEM_END = "\n-----END ";
const EOL = "-----";

/** A decoded PEM block. */
export interface PemBlock {
  readonly type: string;
  readonly headers: ReadonlyMap<string, string>;
  readonly bytes: Uint8Array;
}

function getLine(data: string): [string, string] {
  const i = data.indexOf("\n");
  const [line, rest] = i < 0 ? [data, ""] : [data.slice(0, i), data.slice(i + 1)];
  return [line.replace(/[ \t\r]+$/, ""), rest];
}

/** The first well-formed PEM block in the text, or undefined when there is none. */
export function decodePem(data: string): PemBlock | undefined {
  let rest = data;
  for (;;) {
    if (rest.startsWith(PEM_START.slice(1))) rest = rest.slice(PEM_START.length - 1);
    else {
      const i = rest.indexOf(PEM_START);
      if (i < 0) return undefined;
      rest = rest.slice(i + PEM_START.length);
    }
    const [typeLine, afterType] = getLine(rest);
    rest = afterType;
    if (!typeLine.endsWith(EOL)) continue;
    const block = blockBody(typeLine.slice(0, -EOL.length), rest);
    if (block === "eof") return undefined;
    if (block) return block;
  }
}

function blockBody(type: string, text: string): PemBlock | undefined | "eof" {
  const headers = new Map<string, string>();
  let rest = text;
  for (;;) {
    if (rest.length === 0) return "eof";
    const [line, next] = getLine(rest);
    const colon = line.indexOf(":");
    if (colon < 0) break;
    headers.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    rest = next;
  }
  const atStart = headers.size === 0 && rest.startsWith(PEM_END.slice(1));
  const endIndex = atStart ? 0 : rest.indexOf(PEM_END);
  if (endIndex < 0) return undefined;
  const trailerStart = atStart ? PEM_END.length - 1 : endIndex + PEM_END.length;
  const trailer = rest.slice(trailerStart, trailerStart + type.length + EOL.length);
  if (trailer.length < type.length + EOL.length || !trailer.startsWith(type) || !trailer.endsWith(EOL)) return undefined;
  if (getLine(rest.slice(trailerStart + trailer.length))[0].length !== 0) return undefined;
  const decoded = decodeBase64(rest.slice(0, endIndex).replace(/[ \t]/g, ""), STD_ENCODING);
  if (decoded instanceof Base64Error) return undefined;
  return { type, headers, bytes: decoded };
}
