import { posix } from "node:path";
import { goQuote } from "../../lang/text/go-quote.js";
import { normalizeHostname } from "./hostname.js";
import { detectRemoteSource, splitPackageSubdir } from "./remote-source.js";

// Module source addresses (`source` in a module block), classified as Terraform does
// (moduleaddrs.ParseModuleSource): local paths starting with ./ or ../, registry addresses
// `[host/]namespace/name/system`, and everything else a remote package address in go-getter's
// syntax (`git::https://...`, `github.com/org/repo`, `s3::...`, absolute paths).

/** The public module registry that registry addresses without a host refer to. */
export const DEFAULT_MODULE_REGISTRY_HOST = "registry.terraform.io";

/** A module source address, normalized. */
export type ModuleSource =
  | { readonly kind: "local"; readonly path: string }
  | {
      readonly kind: "registry";
      readonly host: string;
      readonly namespace: string;
      readonly name: string;
      readonly targetSystem: string;
      readonly subdir: string;
    }
  | { readonly kind: "remote"; readonly packageAddr: string; readonly subdir: string };

/** Why a source address could not be parsed: a message, or the "looks like a relative path" case. */
export type ModuleSourceError = { readonly message: string } | { readonly maybeRelativePath: string };

const LOCAL_PREFIXES = ["./", "../", ".\\", "..\\"];
const NAME = /^[0-9A-Za-z](?:[0-9A-Za-z-_]{0,62}[0-9A-Za-z])?$/;
const TARGET_SYSTEM = /^[0-9a-z]{1,64}$/;

/** Parses any module source address. */
export function parseModuleSource(raw: string): ModuleSource | ModuleSourceError {
  if (isLocalSource(raw)) return { kind: "local", path: cleanLocalPath(raw) };
  const registry = parseModuleSourceRegistry(raw);
  if ("kind" in registry) return registry;
  return parseRemoteSource(raw);
}

/** Parses a source that must be a registry address (a module block with `version` set). */
export function parseModuleSourceRegistry(raw: string): ModuleSource | ModuleSourceError {
  if (isLocalSource(raw)) return { message: `can't use local directory ${goQuote(raw)} as a module registry address` };
  const [addr, subdir] = splitPackageSubdir(raw);
  if (subdir.startsWith("../")) return { message: `subdirectory path ${goQuote(subdir)} leads outside of the module package` };
  const parts = addr.split("/");
  if (parts.length !== 3 && parts.length !== 4) {
    return { message: "a module registry source address must have either three or four slash-separated components" };
  }
  let host = DEFAULT_MODULE_REGISTRY_HOST;
  if (parts.length === 4) {
    const given = parts.shift()!;
    const normalized = normalizeHostname(given);
    if ("error" in normalized) return { message: badHostMessage(given) };
    if (!normalized.host.includes(".")) return { message: "invalid module registry hostname: must contain at least one dot" };
    host = normalized.host;
  }
  if (host === "github.com" || host === "bitbucket.org") {
    const reason = "because it's reserved for installing directly from version control repositories";
    return { message: `can't use ${goQuote(host)} as a module registry host, ${reason}` };
  }
  return registryParts(host, parts as [string, string, string], subdir);
}

function registryParts(host: string, [namespace, name, system]: [string, string, string], subdir: string): ModuleSource | ModuleSourceError {
  const nameRule = "must be between one and 64 characters, including ASCII letters, digits, dashes, and underscores, where dashes and underscores may not be the prefix or suffix";
  if (!NAME.test(namespace)) {
    if (namespace.includes(".")) {
      return { message: "source address must have three more components after the hostname: the namespace, the name, and the target system" };
    }
    return { message: `invalid namespace ${goQuote(namespace)}: ${nameRule}` };
  }
  if (!NAME.test(name)) return { message: `invalid module name ${goQuote(name)}: ${nameRule}` };
  if (!TARGET_SYSTEM.test(system)) {
    if (system.includes("?")) return { message: "module registry addresses may not include a query string portion" };
    return { message: `invalid target system ${goQuote(system)}: must be between one and 64 ASCII letters or digits` };
  }
  return { kind: "registry", host, namespace, name, targetSystem: system, subdir };
}

function badHostMessage(given: string): string {
  if (given.includes("--")) {
    return `invalid module registry hostname ${goQuote(given)}; internationalized domain names must be given as direct unicode characters, not in punycode`;
  }
  return `invalid module registry hostname ${goQuote(given)}`;
}

function parseRemoteSource(raw: string): ModuleSource | ModuleSourceError {
  const [addr, subdir] = splitPackageSubdir(raw);
  if (subdir.startsWith("../")) return { message: `subdirectory path ${goQuote(subdir)} leads outside of the module package` };
  const detected = detectRemoteSource(addr);
  if ("maybeRelativePath" in detected || "message" in detected) return detected;
  const [packageAddr, moreSubdir] = splitPackageSubdir(detected.address);
  let full = subdir;
  if (moreSubdir !== "") full = subdir !== "" ? goPathClean(`${moreSubdir}/${subdir}`) : goPathClean(moreSubdir);
  if (full.startsWith("../")) {
    return { message: `detected subdirectory path ${goQuote(full)} of ${goQuote(packageAddr)} leads outside of the module package` };
  }
  return { kind: "remote", packageAddr, subdir: full };
}

/** The canonical string form (addrs.ModuleSource.String), as recorded in `.terraform/modules/modules.json`. */
export function moduleSourceString(s: ModuleSource): string {
  switch (s.kind) {
    case "local":
      return s.path;
    case "registry":
      return withSubdir(`${s.host}/${s.namespace}/${s.name}/${s.targetSystem}`, s.subdir);
    case "remote":
      return withSubdirBeforeQuery(s.packageAddr, s.subdir);
  }
}

// A remote address's subdirectory goes before its query string (`git::URL//sub?ref=v1`).
function withSubdirBeforeQuery(addr: string, subdir: string): string {
  const q = addr.indexOf("?");
  return q === -1 || subdir === "" ? withSubdir(addr, subdir) : `${withSubdir(addr.slice(0, q), subdir)}${addr.slice(q)}`;
}

function withSubdir(addr: string, subdir: string): string {
  return subdir === "" ? addr : `${addr}//${subdir}`;
}

function isLocalSource(raw: string): boolean {
  return LOCAL_PREFIXES.some((p) => raw.startsWith(p));
}

// Backslashes become slashes, the path is cleaned, and "./" is kept in front of anything not "../".
function cleanLocalPath(raw: string): string {
  const clean = goPathClean(raw.replaceAll("\\", "/"));
  return clean.startsWith("../") ? clean : `./${clean}`;
}

/** Go's path.Clean: no empty, "." or trailing elements; "." for an empty result. */
export function goPathClean(p: string): string {
  if (p === "") return ".";
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}
