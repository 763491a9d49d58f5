// The CLI configuration (Terraform's cliconfig.Config): settings a user keeps in ~/.terraformrc (or the
// file TF_CLI_CONFIG_FILE names) and ~/.terraform.d/*.tfrc, as opposed to the configuration of a
// working directory. Terrane reads the parts that matter to it: provider installation methods and
// development overrides, the plugin cache directory, host service overrides, credentials and
// disable_checkpoint.

/** One installation method of a provider_installation block. */
export type InstallationLocation =
  | { readonly kind: "direct" }
  | { readonly kind: "filesystem_mirror"; readonly path: string }
  | { readonly kind: "network_mirror"; readonly url: string };

/** A method with the raw include and exclude patterns written for it. */
export interface InstallationMethod {
  readonly location: InstallationLocation;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/** A provider_installation block: methods in order, and dev overrides (provider address -> directory). */
export interface ProviderInstallation {
  readonly methods: readonly InstallationMethod[];
  readonly devOverrides: ReadonlyMap<string, string>;
}

/** The merged CLI configuration. */
export interface CliConfig {
  readonly disableCheckpoint: boolean;
  readonly pluginCacheDir: string;
  readonly pluginCacheMayBreakDependencyLockFile: boolean;
  /** host -> service id -> URL. */
  readonly hosts: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** host -> token. */
  readonly credentials: ReadonlyMap<string, string>;
  /** Every provider_installation block found (more than one is an error). */
  readonly providerInstallation: readonly ProviderInstallation[];
}

/** The configuration with nothing set. */
export function emptyCliConfig(): CliConfig {
  return {
    disableCheckpoint: false,
    pluginCacheDir: "",
    pluginCacheMayBreakDependencyLockFile: false,
    hosts: new Map(),
    credentials: new Map(),
    providerInstallation: [],
  };
}

/** Merges two configurations as Terraform's Config.Merge: the first's cache dir wins, maps are unioned (the second wins). */
export function mergeCliConfigs(a: CliConfig, b: CliConfig): CliConfig {
  return {
    disableCheckpoint: a.disableCheckpoint || b.disableCheckpoint,
    pluginCacheDir: a.pluginCacheDir !== "" ? a.pluginCacheDir : b.pluginCacheDir,
    pluginCacheMayBreakDependencyLockFile: a.pluginCacheMayBreakDependencyLockFile || b.pluginCacheMayBreakDependencyLockFile,
    hosts: new Map([...a.hosts, ...b.hosts]),
    credentials: new Map([...a.credentials, ...b.credentials]),
    providerInstallation: [...a.providerInstallation, ...b.providerInstallation],
  };
}
