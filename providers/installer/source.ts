import type { ProviderHash } from "./provider-hash.js";

// Where provider packages come from (Terraform's getproviders.Source): a source lists the versions it
// has of a provider and describes the package of one version for one platform. Plugin directories,
// filesystem mirrors, network mirrors and provider registries are sources; a multi-source combines them
// as the CLI configuration's provider_installation block says.

/** A provider's source address in parts (core/addrs Provider has this shape). */
export interface ProviderAddr {
  readonly hostname: string;
  readonly namespace: string;
  readonly type: string;
  /** `hostname/namespace/type`. */
  toString(): string;
  /** The address as Terraform shows it (the default registry host omitted). */
  forDisplay(): string;
}

/** Where a package is: on local disk (a directory or a zip) or at a URL to download a zip from. */
export type PackageSourceLocation =
  | { readonly kind: "dir"; readonly path: string }
  | { readonly kind: "archive"; readonly path: string }
  | { readonly kind: "http"; readonly url: string };

/** The outcome of authenticating a package, shown after "Installed ... v1.0.0" (e.g. "signed by HashiCorp"). */
export interface AuthenticationResult {
  /** `verified checksum`, `signed by HashiCorp`, `signed by a HashiCorp partner`, `self-signed`. */
  readonly kind: "verified checksum" | "signed by HashiCorp" | "signed by a HashiCorp partner" | "self-signed";
  /** The signing key's ID (hex), when a signature was checked. */
  readonly keyId?: string;
}

/** How a downloaded or found package is authenticated (getproviders.PackageAuthentication). */
export interface PackageAuthentication {
  /** Checks the package at its local location (an archive after download); an error message when it fails. */
  authenticate(local: { readonly kind: "dir" | "archive"; readonly path: string }): Promise<AuthenticationResult | { readonly error: string }>;
  /** Hashes the source vouches for, for every platform it knows (`zh:` from a registry's SHA256SUMS). */
  acceptableHashes(): readonly ProviderHash[];
}

/** One version of one provider for one platform, and where to get it (getproviders.PackageMeta). */
export interface PackageMeta {
  readonly provider: ProviderAddr;
  readonly version: string;
  /** `linux_amd64`. */
  readonly platform: string;
  /** The archive's file name (`terraform-provider-x_1.0.0_linux_amd64.zip`) or the directory's name. */
  readonly filename: string;
  readonly location: PackageSourceLocation;
  /** Plugin protocol versions the registry says the package speaks (`["5.0"]`), when known. */
  readonly protocolVersions?: readonly string[];
  readonly authentication?: PackageAuthentication;
}

/** Why a source could not answer, in Terraform's categories (the init messages depend on them). */
export type SourceError =
  | { readonly kind: "provider-not-known"; readonly message: string }
  | { readonly kind: "provider-not-found"; readonly message: string; readonly sources: readonly string[] }
  | { readonly kind: "platform-not-supported"; readonly message: string; readonly mirrorURL?: string }
  | { readonly kind: "host-no-providers"; readonly message: string; readonly otherVersion?: boolean }
  | { readonly kind: "protocol-not-supported"; readonly message: string; readonly suggestion?: string }
  | { readonly kind: "host-unreachable"; readonly message: string }
  | { readonly kind: "unauthorized"; readonly message: string }
  | { readonly kind: "query-failed"; readonly message: string };

/** The versions a source has of a provider, with any warnings the registry sent. */
export interface AvailableVersions {
  readonly versions: readonly string[];
  readonly warnings: readonly string[];
}

/** A provider address made of its parts (for sources that find providers by walking directories). */
export function providerAddr(hostname: string, namespace: string, type: string): ProviderAddr {
  const full = `${hostname}/${namespace}/${type}`;
  const display = hostname === "registry.terraform.io" ? `${namespace}/${type}` : full;
  return { hostname, namespace, type, toString: () => full, forDisplay: () => display };
}

/** Terraform's ErrProviderNotFound: no source had the provider (`sources` are their display names). */
export function providerNotFound(provider: ProviderAddr, sources: readonly string[]): { readonly error: SourceError } {
  return { error: { kind: "provider-not-found", message: `provider ${provider} was not found in any of the search locations`, sources } };
}

/** Terraform's ErrPlatformNotSupported, with the mirror's URL when a network mirror answered. */
export function platformNotSupported(provider: ProviderAddr, version: string, platform: string, mirrorURL?: string): { readonly error: SourceError } {
  const message = mirrorURL
    ? `provider mirror ${mirrorURL} does not have a package of ${provider} ${version} for ${platform}`
    : `provider ${provider} ${version} is not available for ${platform}`;
  return { error: { kind: "platform-not-supported", message, ...(mirrorURL ? { mirrorURL } : {}) } };
}

/** A place provider packages come from. */
export interface ProviderSource {
  availableVersions(provider: ProviderAddr): Promise<AvailableVersions | { readonly error: SourceError }>;
  packageMeta(provider: ProviderAddr, version: string, platform: string): Promise<PackageMeta | { readonly error: SourceError }>;
  /** How the source is named in messages (e.g. `provider registry registry.terraform.io`, `/path/to/mirror`). */
  forDisplay(provider: ProviderAddr): string;
}
