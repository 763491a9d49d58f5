import { goQuote } from "../../lang/text/go-quote.js";

// Resource instance addresses as state formats before version 4 wrote them: `aws_instance.web`,
// `aws_instance.web.2`, `data.aws_ami.ubuntu.0` (statefile's parseLegacyResourceAddress).

/** A legacy address taken apart; `text` is the address in the current form, for messages. */
export interface LegacyResourceAddress {
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  readonly index: number | null;
  readonly text: string;
}

/** Parses a legacy resource instance address, with Terraform's error texts. */
export function legacyResourceAddress(s: string): LegacyResourceAddress | { error: string } {
  let parts = s.split(".");
  if (parts.length < 2 || parts.length > 4) return { error: `invalid internal resource address format: ${s}` };
  let mode: "managed" | "data" = "managed";
  if (parts.length > 2 && parts[0] === "data") {
    mode = "data";
    parts = parts.slice(1);
  }
  if (parts.length > 3 && mode !== "data") return { error: `invalid internal resource address format: ${s}` };
  const [type, name, indexText] = parts as [string, string, string | undefined];
  let index: number | null = null;
  if (indexText !== undefined) {
    const parsed = parseGoInt(indexText);
    if (typeof parsed === "string") return { error: `error parsing resource address ${goQuote(s)}: strconv.ParseInt: parsing ${goQuote(indexText)}: ${parsed}` };
    index = parsed;
  }
  const text = `${mode === "data" ? "data." : ""}${type}.${name}${index === null ? "" : `[${index}]`}`;
  return { mode, type, name, index, text };
}

// strconv.ParseInt(s, 0, 64): an optional sign, then decimal, 0x hex, 0o or leading-0 octal, or 0b binary.
function parseGoInt(s: string): number | string {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return "invalid syntax";
  const body = m[2]!;
  const digits = /^0[oO]/.test(body) ? `0o${body.slice(2)}` : /^0[0-7]+$/.test(body) ? `0o${body.slice(1)}` : body;
  const v = BigInt(digits) * (m[1] === "-" ? -1n : 1n);
  if (v >= 2n ** 63n || v < -(2n ** 63n)) return "value out of range";
  return Number(v);
}
