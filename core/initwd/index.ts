// Module installation for `terrane init` (Terraform's initwd): walks the configuration's module calls,
// reads local modules in place, asks module registries for versions and package locations, fetches
// remote packages (git, HTTP archives and X-Terraform-Get redirects, local paths) into
// .terraform/modules/KEY, unpacks archives without letting anything escape, and writes
// .terraform/modules/modules.json as Terraform does. The network and discovery come in through
// install-env.ts's interfaces.

export { installModules, type InstallModulesOptions, type InstallModulesResult, type ModuleInstallHooks } from "./module-installer.js";
export type { DiscoveredHost, FetchResponse, InstallEnv, ModuleDiscovery, ModuleHttpClient } from "./install-env.js";
export { manifestBytes, writeModuleManifest } from "./manifest-write.js";
export { readTarEntries, type ArchiveEntry, type ArchiveEntryKind } from "./tar-reader.js";
export { unpackEntries } from "./archive-unpack.js";
export { detectArchive, unpackArchive, type ArchiveFormat } from "./archive.js";
