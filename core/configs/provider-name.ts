import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";

// Provider local names and the parts of provider source addresses follow DNS label rules, as
// terraform-registry-address's ParseProviderPart reads them with IDNA: case-folded to lowercase,
// letters, digits and dashes only, no leading, trailing or doubled dashes, no dots.

const LETTERS_DIGITS_DASHES = /^[\p{L}\p{M}\p{N}-]+$/u;

/** The normalized (lowercase) form of a provider name part, or the reason it is invalid. */
export function parseProviderPart(given: string): { value: string } | { error: string } {
  if (given.length === 0) return { error: "must have at least one character" };
  if (given.includes(".")) return { error: "dots are not allowed" };
  if (given.includes("--")) return { error: "cannot use multiple consecutive dashes" };
  const folded = given.normalize("NFC").toLowerCase();
  const invalid = !LETTERS_DIGITS_DASHES.test(folded) || folded.startsWith("-") || folded.endsWith("-");
  if (invalid) return { error: "must contain only letters, digits, and dashes, and may not use leading or trailing dashes" };
  return { value: folded };
}

/** Checks that a provider local name is valid and already normalized (configs.checkProviderNameNormalized). */
export function checkProviderNameNormalized(name: string, subject: Range): Diagnostic[] {
  const r = parseProviderPart(name);
  if ("error" in r) {
    return [errorDiag("Invalid provider local name", `${name} is an invalid provider local name: ${r.error}`, subject)];
  }
  if (r.value !== name) {
    const detail = `Provider names must be normalized. Replace ${goQuote(name)} with ${goQuote(r.value)} to fix this error.`;
    return [errorDiag("Invalid provider local name", detail, subject)];
  }
  return [];
}
