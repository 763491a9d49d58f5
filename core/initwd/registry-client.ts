import { statusLine } from "../../providers/registry/http-client.js";
import { DEFAULT_MODULE_REGISTRY_HOST } from "../configs/module-source.js";
import { TERRAFORM_COMPAT_VERSION } from "../configs/core-version.js";
import type { InstallEnv } from "./install-env.js";

// The module registry protocol (Terraform's registry.Client): the host's `modules.v1` service from
// discovery, `GET :namespace/:name/:system/versions` for the versions on offer, and
// `GET :namespace/:name/:system/:version/download` for where the package is (an `X-Terraform-Get`
// header or a JSON `location`, resolved against the request URL when relative). Errors are returned
// as Terraform's sentences; "not found" is a kind of its own, as the installer reports it apart.

/** A registry package: host, namespace, name and target system. */
export interface RegistryPackage {
  readonly host: string;
  readonly namespace: string;
  readonly name: string;
  readonly targetSystem: string;
}

/** A registry request's failure: the module is unknown, or anything else with its message. */
export type RegistryError = { readonly notFound: true } | { readonly message: string };

const SERVICE = "modules.v1";

/** Talks to module registries, remembering nothing (the installer caches answers). */
export class ModuleRegistryClient {
  constructor(private readonly env: InstallEnv) {}

  /** The version strings the registry offers for a package (its first `modules` entry; null when none). */
  async versions(pkg: RegistryPackage): Promise<{ versions: string[] | null } | { error: RegistryError }> {
    const base = await this.#service(pkg);
    if ("error" in base) return base;
    const res = await this.#get(new URL(`${modulePath(pkg)}/versions`, base.url), base.headers);
    if ("error" in res) return res;
    if (res.status === 404) return { error: { notFound: true } };
    if (res.status !== 200) return { error: { message: `error looking up module versions: ${statusLine(res.status)}` } };
    try {
      const doc = JSON.parse(res.body.toString("utf8")) as { modules?: { versions?: { version?: unknown }[] }[] };
      const first = doc.modules?.[0];
      if (!first) return { versions: null };
      return { versions: (first.versions ?? []).map((v) => String(v.version ?? "")) };
    } catch (e) {
      return { error: { message: (e as Error).message } };
    }
  }

  /** Where the given version's package is: a go-getter address. */
  async location(pkg: RegistryPackage, version: string): Promise<{ location: string } | { error: RegistryError }> {
    const base = await this.#service(pkg);
    if ("error" in base) return base;
    const url = new URL(`${modulePath(pkg)}/${version}/download`, base.url);
    const res = await this.#get(url, base.headers);
    if ("error" in res) return res;
    const display = displayName(pkg);
    const body = res.body.toString("utf8");
    let location: string | undefined;
    if (res.status === 200) {
      try {
        location = (JSON.parse(body) as { location?: string }).location || res.headers["x-terraform-get"];
      } catch (e) {
        return { error: { message: `module "${display}" version "${version}" failed to deserialize response body ${body}: ${(e as Error).message}` } };
      }
    } else if (res.status === 204) {
      location = res.headers["x-terraform-get"];
    } else if (res.status === 404) {
      return { error: { message: `module "${display}" version "${version}" not found` } };
    } else {
      return { error: { message: `error getting download location for "${display}": ${statusLine(res.status)} resp:${body}` } };
    }
    if (!location) return { error: { message: `failed to get download URL for "${display}": ${statusLine(res.status)} resp:${body}` } };
    return { location: resolveLocation(location, res.url) };
  }

  async #service(pkg: RegistryPackage): Promise<{ url: URL; headers: Record<string, string> } | { error: RegistryError }> {
    try {
      const host = await this.env.discovery.discover(pkg.host);
      const url = host.serviceURL(SERVICE);
      if (!url) return { error: { message: `host ${pkg.host} does not provide a modules service` } };
      return { url, headers: { ...host.authHeaders(), "x-terraform-version": TERRAFORM_COMPAT_VERSION } };
    } catch (e) {
      return { error: { message: (e as Error).message } };
    }
  }

  async #get(url: URL, headers: Record<string, string>): Promise<{ status: number; url: string; headers: Readonly<Record<string, string | undefined>>; body: Buffer } | { error: RegistryError }> {
    try {
      return await this.env.http.get(url.href, { headers });
    } catch (e) {
      return { error: { message: (e as Error).message } };
    }
  }
}

function modulePath(pkg: RegistryPackage): string {
  return `${pkg.namespace}/${pkg.name}/${pkg.targetSystem}`;
}

/** The package as regsrc.Module prints it: without the host when it is the public registry. */
export function displayName(pkg: RegistryPackage): string {
  const path = modulePath(pkg);
  return pkg.host === DEFAULT_MODULE_REGISTRY_HOST ? path : `${pkg.host}/${path}`;
}

// Registries may answer with a path relative to the download URL.
function resolveLocation(location: string, base: string): string {
  if (!(location.startsWith("/") || location.startsWith("./") || location.startsWith("../"))) return location;
  return new URL(location, base).href;
}
