import { searchLocalDirectory } from "./local-search.js";
import { platformNotSupported, providerNotFound, type AvailableVersions, type PackageMeta, type ProviderAddr, type ProviderSource, type SourceError } from "./source.js";

// A local directory of provider packages in the unpacked or packed layout (Terraform's
// FilesystemMirrorSource): `-plugin-dir` directories, `filesystem_mirror` blocks and the implied local
// mirror directories. The directory is scanned once, on first use. Its packages carry no
// authentication, so they install as "unauthenticated".

type Result<T> = T | { readonly error: SourceError };

/** Provider packages in one local directory. */
export class FilesystemMirrorSource implements ProviderSource {
  #packages: Map<string, PackageMeta[]> | undefined;

  /** `displayName` is how messages name the directory (a relative path as written), the base dir by default. */
  constructor(readonly baseDir: string, private readonly displayName: string = baseDir) {}

  /** Every package in the directory, by provider address (`host/ns/type`). */
  allAvailablePackages(): ReadonlyMap<string, readonly PackageMeta[]> {
    this.#packages ??= searchLocalDirectory(this.baseDir);
    return this.#packages;
  }

  /** The versions of a provider present for any platform, lowest first. */
  async availableVersions(provider: ProviderAddr): Promise<Result<AvailableVersions>> {
    const metas = this.allAvailablePackages().get(key(provider));
    if (!metas) return providerNotFound(provider, [this.forDisplay()]);
    return { versions: [...new Set(metas.map((m) => m.version))], warnings: [] };
  }

  /** The package of one version for one platform. */
  async packageMeta(provider: ProviderAddr, version: string, platform: string): Promise<Result<PackageMeta>> {
    const metas = this.allAvailablePackages().get(key(provider)) ?? [];
    const meta = metas.find((m) => m.version === version && m.platform === platform);
    if (!meta) return platformNotSupported(provider, version, platform);
    return { ...meta, provider };
  }

  /** The directory, as Terraform lists it in "not found in any of the search locations". */
  forDisplay(): string {
    return this.displayName;
  }
}

function key(p: ProviderAddr): string {
  return p.toString().toLowerCase();
}
