import { randomInt } from "node:crypto";

// The character generation random_string and random_password share (the provider's random.CreateString):
// first the minimum number of characters from each class, drawn from that class alone (the special class
// is `override_special` when set, and its minimum applies even with `special` off), then the rest of the
// length from the union of the enabled classes, then the whole shuffled. Every draw is uniform, from the
// system's cryptographic source.

/** The upper-case letters. */
export const UPPER_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** The lower-case letters. */
export const LOWER_CHARS = "abcdefghijklmnopqrstuvwxyz";
/** The digits. */
export const NUMERIC_CHARS = "0123456789";
/** The special characters used unless `override_special` is set. */
export const DEFAULT_SPECIAL_CHARS = "!@#$%&*()-_=+[]{}<>:?";

/** The settings of one string to generate (the planned attribute values). */
export interface StringParams {
  readonly length: bigint;
  readonly upper: boolean;
  readonly minUpper: bigint;
  readonly lower: boolean;
  readonly minLower: bigint;
  readonly numeric: boolean;
  readonly minNumeric: bigint;
  readonly special: boolean;
  readonly minSpecial: bigint;
  readonly overrideSpecial: string;
}

/** A generated string, or why none can be made (the provider would crash on these settings). */
export function createRandomString(p: StringParams): string | Error {
  const special = p.overrideSpecial !== "" ? p.overrideSpecial : DEFAULT_SPECIAL_CHARS;
  let chars = "";
  if (p.upper) chars += UPPER_CHARS;
  if (p.lower) chars += LOWER_CHARS;
  if (p.numeric) chars += NUMERIC_CHARS;
  if (p.special) chars += special;
  // A Go map literal keyed by the character classes: a class equal to an earlier one replaces its minimum.
  const minimums = new Map<string, bigint>([
    [NUMERIC_CHARS, p.minNumeric],
    [LOWER_CHARS, p.minLower],
    [UPPER_CHARS, p.minUpper],
  ]);
  minimums.set(special, p.minSpecial);
  const result: string[] = [];
  for (const [set, count] of minimums) result.push(...draw(set, Number(count)));
  const rest = Number(p.length) - result.length;
  if (rest < 0) return new Error(`length (${p.length}) must be >= the sum of the minimums (${result.length})`);
  if (rest > 0 && chars === "") return new Error("no character class is enabled, so no characters can be chosen");
  result.push(...draw(chars, rest));
  return shuffle(result).join("");
}

function draw(set: string, count: number): string[] {
  const symbols = [...set];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(symbols[randomInt(symbols.length)]!);
  return out;
}

function shuffle(chars: string[]): string[] {
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars;
}
