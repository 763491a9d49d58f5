// Provider version numbers as the registry protocol sends them: semantic versions (`1.2.3`,
// `1.0.0-beta.1`), ordered by precedence as Terraform's VersionList.Sort does (lowest first). Plugin
// protocol versions (`5.0`, `6`) are compared by their major number only.

/** A parsed semantic version. */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: string;
  /** The version without build metadata, normalised (`1.0.0`). */
  readonly text: string;
}

const SEMVER = /^(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** Parses a version; the error says why it is not one. */
export function parseSemVer(s: string): SemVer | { readonly error: string } {
  if (/^v\d/.test(s)) return { error: 'a "v" prefix should not be used' };
  const m = SEMVER.exec(s);
  if (!m) return { error: "must be a valid semantic version such as 1.0.0" };
  const [major, minor, patch] = [m[1], m[2], m[3]].map((p) => Number(p ?? 0)) as [number, number, number];
  const prerelease = m[4] ?? "";
  return { major, minor, patch, prerelease, text: `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ""}` };
}

/** Orders versions by precedence (semver §11). */
export function compareSemVer(a: SemVer, b: SemVer): number {
  const d = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (d !== 0) return Math.sign(d);
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === "") return 1;
  if (b.prerelease === "") return -1;
  return comparePrerelease(a.prerelease.split("."), b.prerelease.split("."));
}

function comparePrerelease(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return Math.sign(Number(x) - Number(y));
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}

/** The major number of a plugin protocol version (`5.0` -> 5), undefined when it is not a version. */
export function protocolMajor(s: string): number | undefined {
  const v = parseSemVer(s);
  return "error" in v ? undefined : v.major;
}
