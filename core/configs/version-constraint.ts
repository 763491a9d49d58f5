// Version numbers and version constraint strings as hashicorp/go-version reads them: `>= 1.2, < 2.0`,
// `~> 1.11`, `!= 1.3.0-beta`. Terraform uses this syntax for `required_version`, module `version` and
// the `version` of required_providers entries.

const VERSION_RAW =
  "v?([0-9]+(\\.[0-9]+)*?)" +
  "(-([0-9]+[0-9A-Za-z\\-~]*(\\.[0-9A-Za-z\\-~]+)*)|(-?([A-Za-z\\-~]+[0-9A-Za-z\\-~]*(\\.[0-9A-Za-z\\-~]+)*)))?" +
  "(\\+([0-9A-Za-z\\-~]+(\\.[0-9A-Za-z\\-~]+)*))??";

const VERSION_RE = new RegExp(`^${VERSION_RAW}$`);
const OPERATORS = ["", "=", "!=", ">", "<", ">=", "<=", "~>"] as const;
const CONSTRAINT_RE = new RegExp(`^\\s*(${OPERATORS.map(escapeRegExp).join("|")})\\s*(${VERSION_RAW})\\s*$`);

/** A comparison operator of a single constraint. */
export type ConstraintOperator = (typeof OPERATORS)[number];

/** A parsed version: numeric segments (padded to three), an optional prerelease and metadata. */
export interface Version {
  readonly segments: readonly bigint[];
  /** How many segments were written (`1.2` has 2, although `segments` holds three). */
  readonly specified: number;
  readonly prerelease: string;
  readonly metadata: string;
  readonly original: string;
}

/** One `op version` term of a constraint string; `original` is the term as written, spaces kept. */
export interface Constraint {
  readonly operator: ConstraintOperator;
  readonly version: Version;
  readonly original: string;
}

/** Parses a version (`1.2.3`, `v1.0-beta+meta`); undefined when it is malformed. */
export function parseVersion(s: string): Version | undefined {
  const m = VERSION_RE.exec(s);
  return m ? versionFromMatch(m, 0, s) : undefined;
}

/** Parses a comma-separated constraint string; undefined when any term is malformed. */
export function parseConstraints(s: string): Constraint[] | undefined {
  const out: Constraint[] = [];
  for (const term of s.split(",")) {
    const m = CONSTRAINT_RE.exec(term);
    if (!m) return undefined;
    out.push({ operator: m[1] as ConstraintOperator, version: versionFromMatch(m, 2, m[2]!), original: term });
  }
  return out;
}

/** True when the version satisfies every constraint (go-version's Constraints.Check). */
export function constraintsAllow(constraints: readonly Constraint[], v: Version): boolean {
  return constraints.every((c) => constraintAllows(c, v));
}

/** Orders two versions: segments numerically, then a release after its prereleases (go-version's Compare). */
export function compareVersions(a: Version, b: Version): number {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i] ?? 0n;
    const y = b.segments[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === "") return 1;
  if (b.prerelease === "") return -1;
  return comparePrereleases(a.prerelease, b.prerelease);
}

/** The version in go-version's canonical form (`1.2.0-beta+meta`), used for equality. */
export function versionString(v: Version): string {
  let s = v.segments.join(".");
  if (v.prerelease) s += `-${v.prerelease}`;
  if (v.metadata) s += `+${v.metadata}`;
  return s;
}

function versionFromMatch(m: RegExpExecArray, offset: number, original: string): Version {
  const parts = m[offset + 1]!.split(".");
  const segments = parts.map((p) => BigInt(p));
  while (segments.length < 3) segments.push(0n);
  const prerelease = m[offset + 7] || m[offset + 4] || "";
  return { segments, specified: parts.length, prerelease, metadata: m[offset + 10] ?? "", original };
}

function constraintAllows(c: Constraint, v: Version): boolean {
  const cmp = compareVersions(v, c.version);
  switch (c.operator) {
    case "":
    case "=":
      return cmp === 0;
    case "!=":
      return cmp !== 0;
    case ">":
      return prereleaseCheck(v, c.version) && cmp > 0;
    case "<":
      return prereleaseCheck(v, c.version) && cmp < 0;
    case ">=":
      return prereleaseCheck(v, c.version) && cmp >= 0;
    case "<=":
      return prereleaseCheck(v, c.version) && cmp <= 0;
    case "~>":
      return pessimistic(v, c.version);
  }
}

// A prerelease constraint matches only prereleases of the same version; a release constraint only releases.
function prereleaseCheck(v: Version, c: Version): boolean {
  const vPre = v.prerelease !== "";
  const cPre = c.prerelease !== "";
  if (cPre && vPre) return v.segments.join(".") === c.segments.join(".");
  return !(!cPre && vPre);
}

function pessimistic(v: Version, c: Version): boolean {
  if (!prereleaseCheck(v, c) || (c.prerelease !== "" && v.prerelease === "")) return false;
  if (compareVersions(v, c) < 0) return false;
  const cs = c.segments.length;
  if (cs > v.segments.length) return false;
  for (let i = 0; i < c.specified - 1; i++) {
    if (v.segments[i] !== c.segments[i]) return false;
  }
  return c.segments[cs - 1]! <= v.segments[cs - 1]!;
}

function comparePrereleases(a: string, b: string): number {
  const as = a.split(".");
  const bs = b.split(".");
  const n = Math.max(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const r = comparePart(as[i] ?? "", bs[i] ?? "");
    if (r !== 0) return r;
  }
  return 0;
}

// go-version's comparePart: numeric parts compare as numbers and sort before alphanumeric ones.
function comparePart(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "") return b === "" ? 0 : isNumeric(b) ? -1 : 1;
  if (b === "") return isNumeric(a) ? 1 : -1;
  const an = isNumeric(a);
  const bn = isNumeric(b);
  if (an && !bn) return -1;
  if (!an && bn) return 1;
  if (an && bn) return BigInt(a) < BigInt(b) ? -1 : 1;
  return a < b ? -1 : 1;
}

function isNumeric(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
