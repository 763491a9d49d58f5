import type { ProviderHash } from "./provider-hash.js";
import type { AuthenticationResult, PackageSourceLocation, ProviderAddr, SourceError } from "./source.js";

// What the provider installer reports as it works (Terraform's providercache.InstallerEvents), so that
// `init` can print its progress lines and turn failures into diagnostics, and `providers lock` its own.
// Every callback is optional.

/** A failure that is not one of the sources' categories (constraints, install steps, hashes). */
export interface OtherInstallError {
  readonly kind: "other";
  readonly message: string;
}

/** Why a provider could not be installed. */
export type InstallError = SourceError | OtherInstallError;

/** The installer's progress callbacks. */
export interface InstallerEvents {
  queryBegin?(provider: ProviderAddr, constraints: string, locked: boolean): void;
  queryFailure?(provider: ProviderAddr, error: InstallError): void;
  queryWarning?(provider: ProviderAddr, warnings: readonly string[]): void;
  alreadyInstalled?(provider: ProviderAddr, version: string): void;
  linkFromCacheBegin?(provider: ProviderAddr, version: string, cacheDir: string): void;
  linkFromCacheFailure?(provider: ProviderAddr, version: string, message: string): void;
  fetchBegin?(provider: ProviderAddr, version: string, location: PackageSourceLocation): void;
  fetchFailure?(provider: ProviderAddr, version: string, error: InstallError): void;
  fetchSuccess?(provider: ProviderAddr, version: string, dir: string, auth: AuthenticationResult | undefined): void;
  /** The lock entry was set: the hash computed here, the signed hashes from the source, the prior ones kept. */
  lockUpdated?(provider: ProviderAddr, version: string, local: readonly ProviderHash[], signed: readonly ProviderHash[], prior: readonly ProviderHash[]): void;
}
