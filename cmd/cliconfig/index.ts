// The CLI configuration: reading ~/.terraformrc, TF_CLI_CONFIG_FILE and ~/.terraform.d/*.tfrc into
// provider installation methods, dev overrides, the plugin cache directory, host and credentials
// overrides, and showing the problems found in them as Terraform does.

export { emptyCliConfig, type CliConfig, type InstallationLocation, type InstallationMethod, type ProviderInstallation } from "./cli-config.js";
export { cliConfigDir, loadCliConfig } from "./load-cli-config.js";
export { showCliConfigProblems, showProviderInstallationProblems } from "./cli-config-problems.js";
export { parseProviderPatterns } from "./provider-patterns.js";
