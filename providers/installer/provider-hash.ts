// Provider package hash strings as they appear in lock files: a scheme keyword, a colon and a
// scheme-specific value (`h1:base64...`, `zh:hex...`), as Terraform's getproviders.Hash. Unknown schemes
// are accepted so that a newer Terraform's hashes survive, but never match a package.

/** A hash string with its scheme prefix, e.g. `h1:Z8+6Qk...=`. */
export type ProviderHash = string;

/** The schemes this version knows: hashes of package contents, and legacy hashes of zip archives. */
export type KnownHashScheme = "h1:" | "zh:";

/** Parses a hash string; the error text is Terraform's (ParseHash). */
export function parseProviderHash(s: string): { hash: ProviderHash } | { error: string } {
  if (s.indexOf(":") < 1) return { error: "hash string must start with a scheme keyword followed by a colon" };
  return { hash: s };
}

/** The scheme of a parsed hash, colon included (`h1:`). */
export function hashScheme(h: ProviderHash): string {
  return h.slice(0, h.indexOf(":") + 1);
}

/** Sorts and de-duplicates hashes, as Terraform normalizes a lock's hash set. */
export function normalizeHashes(hashes: readonly ProviderHash[]): ProviderHash[] {
  return [...new Set(hashes)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
