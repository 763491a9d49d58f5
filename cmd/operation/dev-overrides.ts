import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { CliConfig } from "../cliconfig/index.js";

// Provider development overrides (the dev_overrides block of provider_installation): providers whose
// plugin plan and apply take from a local directory instead of .terraform/providers, unversioned and
// unchecked against the lock file. Terraform warns about them wherever they apply.

/** The overrides in effect: provider address -> directory. */
export function devOverrides(cli: CliConfig): ReadonlyMap<string, string> {
  return cli.providerInstallation[0]?.devOverrides ?? new Map();
}

/** `init`'s warning that the overrides make it pointless for those providers. */
export function devOverridesInitWarning(cli: CliConfig): Diagnostic[] {
  const list = overrideList(cli);
  if (list === undefined) return [];
  const detail = `The following provider development overrides are set in the CLI configuration:\n${list}\n\nSkip terrane init when using provider development overrides. It is not necessary and may error unexpectedly.`;
  return [{ severity: "warning", summary: "Provider development overrides are in effect", detail }];
}

/** The warning plan and apply give while overrides are in effect. */
export function devOverridesWarning(cli: CliConfig): Diagnostic[] {
  const list = overrideList(cli);
  if (list === undefined) return [];
  const detail = `The following provider development overrides are set in the CLI configuration:\n${list}\n\nThe behavior may therefore not match any released version of the provider and applying changes may cause the state to become incompatible with published releases.`;
  return [{ severity: "warning", summary: "Provider development overrides are in effect", detail }];
}

function overrideList(cli: CliConfig): string | undefined {
  const overrides = devOverrides(cli);
  if (overrides.size === 0) return undefined;
  const display = (addr: string) => addr.replace(/^registry\.terraform\.io\//, "");
  return [...overrides].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([addr, dir]) => ` - ${display(addr)} in ${dir}`).join("\n");
}
