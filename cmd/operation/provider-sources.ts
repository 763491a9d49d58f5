import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { FilesystemMirrorSource } from "../../providers/installer/filesystem-mirror-source.js";
import { HttpMirrorSource } from "../../providers/installer/http-mirror-source.js";
import { MultiSource, type MultiSourceSelector } from "../../providers/installer/multi-source.js";
import { RegistrySource } from "../../providers/installer/registry-source.js";
import type { ProviderSource } from "../../providers/installer/source.js";
import { httpClient, ServiceDiscovery, type HttpClient } from "../../providers/registry/index.js";
import { cliConfigDir, parseProviderPatterns, type CliConfig, type InstallationMethod } from "../cliconfig/index.js";

// Where `init` looks for providers (Terraform's provider_source.go): `-plugin-dir` directories replace
// everything; else the CLI configuration's provider_installation methods in order; else the implied
// local mirror directories (terraform.d/plugins, ~/.terraform.d/plugins, the XDG data directories) with
// direct installation from each provider's registry for whatever those do not have. `local` is the part
// made of local directories only, where Terrane's built-in providers may be overridden.

type Env = Readonly<Record<string, string | undefined>>;

/** The sources, the HTTP client they share (close it after use) and any configuration problems. */
export interface InstallSources {
  readonly source: MultiSource;
  readonly local: MultiSource;
  readonly http: HttpClient;
  readonly discovery: ServiceDiscovery;
  readonly diagnostics: Diagnostic[];
}

/** Builds the sources for a working directory. */
export function providerInstallSources(cwd: string, env: Env, cli: CliConfig, pluginDirs: readonly string[]): InstallSources {
  const http = httpClient(env);
  const discovery = new ServiceDiscovery(http, { hosts: cli.hosts, credentials: cli.credentials, env });
  const direct = () => new RegistrySource({ discovery, http, env });
  const diagnostics: Diagnostic[] = [];
  let selectors: MultiSourceSelector[];
  if (pluginDirs.length > 0) selectors = pluginDirs.map((d) => ({ source: new FilesystemMirrorSource(resolve(cwd, d), d) }));
  else if (cli.providerInstallation.length > 0) selectors = explicitSelectors(cwd, cli.providerInstallation[0]!.methods, { direct, http, discovery, env }, diagnostics);
  else selectors = implicitSelectors(cwd, env, direct());
  const local = new MultiSource(selectors.filter((s) => s.source instanceof FilesystemMirrorSource));
  return { source: new MultiSource(selectors), local, http, discovery, diagnostics };
}

/** A source of a network mirror URL, or Terraform's error for a URL that cannot be one. */
export function networkMirrorSource(raw: string, http: HttpClient, discovery: ServiceDiscovery, env: Env): ProviderSource | Diagnostic {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== "https:" || url.host === "") {
    const detail = `Cannot use ${JSON.stringify(raw)} as a URL for a network provider mirror: the mirror must be at an https: URL.`;
    return { severity: "error", summary: "Invalid URL for provider installation source", detail };
  }
  const authHeaders = (host: string): Record<string, string> => {
    const token = discovery.token(host);
    return token ? { authorization: `Bearer ${token}` } : {};
  };
  return new HttpMirrorSource(url, { http, authHeaders, env });
}

type Makers = { direct: () => ProviderSource; http: HttpClient; discovery: ServiceDiscovery; env: Env };

function explicitSelectors(cwd: string, methods: readonly InstallationMethod[], m: Makers, diags: Diagnostic[]): MultiSourceSelector[] {
  const out: MultiSourceSelector[] = [];
  for (const method of methods) {
    const loc = method.location;
    const source =
      loc.kind === "direct" ? m.direct() : loc.kind === "filesystem_mirror" ? new FilesystemMirrorSource(resolve(cwd, loc.path), loc.path) : networkMirrorSource(loc.url, m.http, m.discovery, m.env);
    if ("severity" in source) {
      diags.push(source);
      continue;
    }
    const include = parseProviderPatterns(method.include);
    if ("error" in include) {
      diags.push({ severity: "error", summary: "Invalid provider source inclusion patterns", detail: `CLI config specifies invalid provider inclusion patterns: ${include.error}.` });
      continue;
    }
    const exclude = parseProviderPatterns(method.exclude);
    if ("error" in exclude) {
      diags.push({ severity: "error", summary: "Invalid provider source exclusion patterns", detail: `CLI config specifies invalid provider exclusion patterns: ${exclude.error}.` });
      continue;
    }
    out.push({ source, include: include.patterns, exclude: exclude.patterns });
  }
  return out;
}

function implicitSelectors(cwd: string, env: Env, direct: ProviderSource): MultiSourceSelector[] {
  const out: MultiSourceSelector[] = [];
  const found = new Set<string>();
  for (const [dir, display] of impliedLocalDirs(cwd, env)) {
    if (!isDir(dir)) continue;
    const source = new FilesystemMirrorSource(dir, display);
    for (const addr of source.allAvailablePackages().keys()) found.add(addr);
    out.push({ source });
  }
  const exclude = [...found].map((a) => {
    const [hostname, namespace, type] = a.split("/") as [string, string, string];
    return { hostname, namespace, type };
  });
  out.push({ source: direct, exclude });
  return out;
}

/** The implied local mirror directories, each with the name messages use for it. */
export function impliedLocalDirs(cwd: string, env: Env): [string, string][] {
  const dirs: [string, string][] = [[join(cwd, "terraform.d/plugins"), "terraform.d/plugins"]];
  const configDir = cliConfigDir(env);
  if (configDir) dirs.push([join(configDir, "plugins"), join(configDir, "plugins")]);
  const dataHome = env.XDG_DATA_HOME || (env.HOME ? join(env.HOME, ".local/share") : undefined);
  const dataDirs = (env.XDG_DATA_DIRS || "/usr/local/share/:/usr/share/").split(":").filter((d) => d !== "");
  for (const base of [...(dataHome ? [dataHome] : []), ...dataDirs]) {
    const d = join(base, "terraform", "plugins");
    dirs.push([d, d]);
  }
  return dirs;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
