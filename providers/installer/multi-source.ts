import { compareSemVer, parseSemVer } from "./registry-versions.js";
import { platformNotSupported, providerNotFound, type AvailableVersions, type PackageMeta, type ProviderAddr, type ProviderSource, type SourceError } from "./source.js";

// Several sources combined as the CLI configuration's provider_installation block orders them
// (Terraform's getproviders.MultiSource): each selector has include and exclude patterns; the versions
// of a provider are the union over the selectors that may handle it, and a package comes from the first
// of those that has it. Exclusions win over inclusions; no inclusions means "everything".

/** A provider matching pattern: each part a literal (lower case) or the wildcard `*`. */
export interface ProviderPattern {
  readonly hostname: string;
  readonly namespace: string;
  readonly type: string;
}

/** One source with the providers it may be used for. */
export interface MultiSourceSelector {
  readonly source: ProviderSource;
  readonly include?: readonly ProviderPattern[];
  readonly exclude?: readonly ProviderPattern[];
}

type Result<T> = T | { readonly error: SourceError };

/** True when the selector may be asked about the provider (MultiSourceSelector.CanHandleProvider). */
export function canHandleProvider(selector: MultiSourceSelector, provider: ProviderAddr): boolean {
  if (matchesAny(selector.exclude ?? [], provider)) return false;
  return (selector.include ?? []).length === 0 || matchesAny(selector.include!, provider);
}

function matchesAny(patterns: readonly ProviderPattern[], p: ProviderAddr): boolean {
  const is = (pattern: string, value: string) => pattern === "*" || pattern === value.toLowerCase();
  return patterns.some((x) => is(x.hostname, p.hostname) && is(x.namespace, p.namespace) && is(x.type, p.type));
}

/** The sources of a provider installation configuration, in priority order. */
export class MultiSource implements ProviderSource {
  constructor(readonly selectors: readonly MultiSourceSelector[]) {}

  /** The union of the versions of every selector that handles the provider, lowest first. */
  async availableVersions(provider: ProviderAddr): Promise<Result<AvailableVersions>> {
    if (this.selectors.length === 0) return { versions: [], warnings: [] };
    const versions = new Set<string>();
    const warnings: string[] = [];
    let registryError: SourceError | undefined;
    for (const s of this.#handling(provider)) {
      const r = await s.source.availableVersions(provider);
      if ("error" in r) {
        if (r.error.kind === "provider-not-known") registryError = r.error;
        else if (r.error.kind !== "provider-not-found") return r;
        continue;
      }
      r.versions.forEach((v) => versions.add(v));
      warnings.push(...r.warnings);
    }
    if (versions.size === 0) return registryError ? { error: registryError } : providerNotFound(provider, this.sourcesFor(provider));
    return { versions: sortVersions([...versions]), warnings };
  }

  /** The package from the first handling selector that has it. */
  async packageMeta(provider: ProviderAddr, version: string, platform: string): Promise<Result<PackageMeta>> {
    const handling = this.#handling(provider);
    if (this.selectors.length === 0) return providerNotFound(provider, []);
    for (const s of handling) {
      const r = await s.source.packageMeta(provider, version, platform);
      if (!("error" in r)) return r;
      if (!["provider-not-found", "provider-not-known", "platform-not-supported"].includes(r.error.kind)) return r;
    }
    return platformNotSupported(provider, version, platform);
  }

  /** Every handling source's name, one per line. */
  forDisplay(provider: ProviderAddr): string {
    return this.sourcesFor(provider).join("\n");
  }

  /** The display names of the sources that handle the provider. */
  sourcesFor(provider: ProviderAddr): string[] {
    return this.#handling(provider).map((s) => s.source.forDisplay(provider));
  }

  #handling(provider: ProviderAddr): MultiSourceSelector[] {
    return this.selectors.filter((s) => canHandleProvider(s, provider));
  }
}

function sortVersions(versions: string[]): string[] {
  const parsed = versions.map((v) => ({ v, p: parseSemVer(v) }));
  return parsed
    .sort((a, b) => ("error" in a.p || "error" in b.p ? 0 : compareSemVer(a.p, b.p)))
    .map((x) => x.v);
}
