// Version numbers and constraints as the lock file records them (getproviders.ParseVersion and
// ParseVersionConstraints, from apparentlymart/go-versions): the canonical forms the file must use are
// `1.2.0` for a version and `>= 1.0.0, < 2.0.0` or `~> 5.0` for constraints.

/** A semantic version; `toString()` gives the canonical `major.minor.patch[-pre][+meta]`. */
export interface LockVersion {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
  readonly prerelease: string;
  readonly metadata: string;
  toString(): string;
}

const VERSION_RE = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const TERM_RE = /^(>=|<=|~>|!=|=|>|<)?\s*(\S+)$/;
const INVALID_VERSION = "invalid specification; required format is three positive integers separated by periods";

/** Parses a version; on error also the zero version (`0.0.0`), as Terraform goes on to compare with it. */
export function parseLockVersion(s: string): { version: LockVersion; error?: string } {
  const m = VERSION_RE.exec(s);
  if (!m) return { version: makeVersion(0n, 0n, 0n, "", ""), error: INVALID_VERSION };
  return { version: makeVersion(BigInt(m[1]!), BigInt(m[2] ?? 0), BigInt(m[3] ?? 0), m[4] ?? "", m[5] ?? "") };
}

/** Parses a constraint string and gives its canonical form, or an error (and "" as the canonical form). */
export function parseLockConstraints(s: string): { canonical: string; error?: string } {
  const terms: string[] = [];
  for (const raw of s.split(",")) {
    const m = TERM_RE.exec(raw.trim());
    const parts = m && partialVersion(m[2]!);
    if (!m || !parts) return { canonical: "", error: `invalid version constraint ${JSON.stringify(raw.trim())}` };
    const op = m[1] ?? "";
    terms.push(op === "" ? parts.full : `${op} ${op === "~>" ? parts.written : parts.full}`);
  }
  return { canonical: terms.join(", ") };
}

// A version as written in a constraint, where `~> 5.0` keeps its two parts and other operators pad to three.
function partialVersion(s: string): { written: string; full: string } | undefined {
  const m = VERSION_RE.exec(s);
  if (!m) return undefined;
  const suffix = (m[4] ? `-${m[4]}` : "") + (m[5] ? `+${m[5]}` : "");
  const nums = [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map((x) => BigInt(x).toString());
  const full = [...nums, "0", "0"].slice(0, 3).join(".");
  return { written: nums.join(".") + suffix, full: full + suffix };
}

function makeVersion(major: bigint, minor: bigint, patch: bigint, prerelease: string, metadata: string): LockVersion {
  const text = `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ""}${metadata ? `+${metadata}` : ""}`;
  return { major, minor, patch, prerelease, metadata, toString: () => text };
}
