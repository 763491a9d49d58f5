import { posix } from "node:path";

// Remote module package addresses in go-getter's shorthand forms, normalized into an explicit
// `type::url` form as Terraform's moduleaddrs.detectRemoteSourceShorthands does: GitHub and BitBucket
// shorthands, `git@host:path` SSH addresses, S3 and GCS URLs, and absolute filesystem paths.

const FORCED = /^([A-Za-z0-9]+)::(.+)$/s;
const SSH = /^(?:([^@]+)@)?([^:]+):\/?(.+)$/s;

/** The normalized address, or why it could not be recognized. */
export type DetectResult = { readonly address: string } | { readonly message: string } | { readonly maybeRelativePath: string };

type Detector = (src: string) => DetectResult | undefined;

const DETECTORS: readonly Detector[] = [detectGitHub, detectGit, detectBitBucket, detectGCS, detectS3, detectAbsFilePath];

/** Splits `addr//subdir?query` into the package address (query kept) and the cleaned subdirectory. */
export function splitPackageSubdir(given: string): [string, string] {
  const q = given.indexOf("?");
  const stop = q === -1 ? given.length : q;
  const scheme = given.slice(0, stop).indexOf("://");
  const offset = scheme === -1 ? 0 : scheme + 3;
  const idx = given.slice(offset, stop).indexOf("//");
  if (idx === -1) return [given, ""];
  const at = idx + offset;
  let subdir = given.slice(at + 2);
  let src = given.slice(0, at);
  const sq = subdir.indexOf("?");
  if (sq !== -1) {
    src += subdir.slice(sq);
    subdir = subdir.slice(0, sq);
  }
  return [src, subdir === "" ? "" : cleanSubdir(subdir)];
}

/** Normalizes a remote package address (without its subdirectory part). */
export function detectRemoteSource(src: string): DetectResult {
  const forced = FORCED.exec(src);
  const getForce = forced ? forced[1]! : "";
  const [getSrc, subdir] = splitPackageSubdir(forced ? forced[2]! : src);
  if (hasUrlScheme(getSrc)) return { address: src };
  for (const detect of DETECTORS) {
    const r = detect(getSrc);
    if (!r) continue;
    if (!("address" in r)) return r;
    return { address: finishDetected(r.address, getForce, subdir) };
  }
  return { message: `invalid source address: ${src}` };
}

// Re-attaches the forced getter and the subdirectory to what a detector produced.
function finishDetected(result: string, getForce: string, subdir: string): string {
  const detected = FORCED.exec(result);
  const detectForce = detected ? detected[1]! : "";
  const [url, detectSubdir] = splitPackageSubdir(detected ? detected[2]! : result);
  const fullSubdir = detectSubdir === "" ? subdir : subdir === "" ? detectSubdir : posix.join(detectSubdir, subdir);
  const withSub = fullSubdir === "" ? url : insertPathSuffix(url, `//${fullSubdir}`);
  const force = getForce || detectForce;
  return force ? `${force}::${withSub}` : withSub;
}

// Appends to the URL's path, before any query string.
function insertPathSuffix(url: string, suffix: string): string {
  const q = url.indexOf("?");
  return q === -1 ? url + suffix : url.slice(0, q) + suffix + url.slice(q);
}

// Go's url.Parse succeeding with a non-empty scheme: letters, then letters, digits, + - or . before ':'.
function hasUrlScheme(s: string): boolean {
  if (/[\x00-\x1f\x7f]/.test(s)) return false;
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s);
}

function detectGitHub(src: string): DetectResult | undefined {
  if (!src.startsWith("github.com/")) return undefined;
  const [path, query] = cutQuery(src);
  const parts = path.split("/");
  if (parts.length < 3) return { message: "GitHub URLs should be github.com/username/repo" };
  let url = `https://${parts.slice(0, 3).join("/")}`;
  if (!url.endsWith(".git")) url += ".git";
  if (parts.length > 3) url += `//${parts.slice(3).join("/")}`;
  return { address: `git::${url}${query === undefined ? "" : `?${query}`}` };
}

function detectGit(src: string): DetectResult | undefined {
  if (src === "") return undefined;
  const m = SSH.exec(src);
  if (!m || m[1] !== "git") return undefined;
  const [path, query] = cutQuery(m[3]!);
  const q = query === undefined || query === "" ? "" : `?${encodeQuery(query)}`;
  return { address: `git::ssh://git@${m[2]}/${path}${q}` };
}

function detectBitBucket(src: string): DetectResult | undefined {
  if (!src.startsWith("bitbucket.org/")) return undefined;
  const [path, query] = cutQuery(src);
  const url = path.endsWith(".git") ? path : `${path}.git`;
  return { address: `git::https://${url}${query === undefined ? "" : `?${query}`}` };
}

function detectGCS(src: string): DetectResult | undefined {
  if (!src.includes("googleapis.com/")) return undefined;
  const parts = src.split("/");
  if (parts.length < 5) return { message: "URL is not a valid GCS URL" };
  return { address: `gcs::https://www.googleapis.com/storage/${parts[2]}/${parts[3]}/${parts.slice(4).join("/")}` };
}

function detectS3(src: string): DetectResult | undefined {
  if (!src.includes(".amazonaws.com/")) return undefined;
  const parts = src.split("/");
  const host = parts[0]!.split(".");
  const rest = parts.slice(1).join("/");
  if (host.length === 3) return { address: `s3::https://${host[0]}.amazonaws.com/${rest}` };
  if (host.length === 4) return { address: `s3::https://${host[1]}.amazonaws.com/${host[0]}/${rest}` };
  if (host.length === 5 && host[1] === "s3") return { address: `s3::https://s3.${host[2]}.amazonaws.com/${host[0]}/${rest}` };
  return { message: "URL is not a valid S3 URL" };
}

// The last detector claims everything: absolute paths become file URLs, anything else may be a
// relative path written without "./".
function detectAbsFilePath(src: string): DetectResult | undefined {
  if (src === "") return undefined;
  if (!src.startsWith("/")) return { maybeRelativePath: src };
  return { address: `file:///${src.slice(1)}` };
}

function cutQuery(s: string): [string, string | undefined] {
  const i = s.indexOf("?");
  return i === -1 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

// url.Values.Encode: keys sorted, values escaped.
function encodeQuery(query: string): string {
  const params = new URLSearchParams(query);
  const keys = [...new Set(params.keys())].sort();
  return keys.flatMap((k) => params.getAll(k).map((v) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join("&");
}

function cleanSubdir(subdir: string): string {
  const n = posix.normalize(subdir);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}
