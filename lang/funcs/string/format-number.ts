import type { BigNum } from "../../values/number.js";
import type { Verb } from "./format-scan.js";

// Numbers under format's numeric verbs, laid out as Go's fmt lays out *big.Int and *big.Float
// (cty hands those verbs to fmt.Sprintf): sign, base prefix, precision, width and padding.

const BASES: Readonly<Record<string, number>> = { b: 2, o: 8, d: 10, x: 16, X: 16 };
const PREFIXES: Readonly<Record<string, string>> = { b: "0b", o: "0", x: "0x", X: "0X" };

/** big.Int's Format for %b %d %o %x %X with the verb's flags, width and precision. */
export function formatInteger(n: bigint, v: Verb): string {
  const sign = n < 0n ? "-" : v.plus ? "+" : v.space ? " " : "";
  const prefix = v.sharp ? (PREFIXES[v.mode] ?? "") : "";
  let digits = (n < 0n ? -n : n).toString(BASES[v.mode]!);
  if (v.mode === "X") digits = digits.toUpperCase();
  let zeros = 0;
  if (v.prec >= 0) {
    if (digits.length < v.prec) zeros = v.prec - digits.length;
    else if (digits === "0" && v.prec === 0) return "";
  }
  const length = sign.length + prefix.length + zeros + digits.length;
  let left = 0;
  let right = 0;
  if (v.width > length) {
    const d = v.width - length;
    if (v.minus) right = d;
    else if (v.zero && v.prec < 0) zeros = d;
    else left = d;
  }
  return " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits + " ".repeat(right);
}

/** big.Float's Format for %e %E %f %g %G (default precision 6, shortest for %g). */
export function formatFloat(n: BigNum, v: Verb): string {
  const mode = v.mode as "e" | "E" | "f" | "g" | "G";
  const prec = v.prec >= 0 ? v.prec : mode === "g" || mode === "G" ? -1 : 6;
  let buf = n.text(mode, prec);
  let sign = "";
  if (buf.startsWith("-")) {
    sign = "-";
    buf = buf.slice(1);
  } else if (buf.startsWith("+")) {
    sign = v.space ? " " : "+";
    buf = buf.slice(1);
  } else if (v.plus) sign = "+";
  else if (v.space) sign = " ";
  const padding = Math.max(v.width - sign.length - buf.length, 0);
  if (v.zero && !n.isInf()) return sign + "0".repeat(padding) + buf;
  if (v.minus) return sign + buf + " ".repeat(padding);
  return " ".repeat(padding) + sign + buf;
}
