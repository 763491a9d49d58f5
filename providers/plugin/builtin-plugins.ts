import type { ProviderFactory } from "../provider.js";
import { localProvider } from "../builtin/local/index.js";
import { nullProvider } from "../builtin/null/index.js";
import { randomProvider } from "../builtin/random/index.js";
import { timeProvider } from "../builtin/time/index.js";

// The built-in providers Terrane can serve as Terraform plugins, each under the name and release of
// the hashicorp provider it mirrors (the newest patch of the minor version its index names), so that a
// plugin directory of them stands in for the registry's when Terraform runs offline.

/** One built-in provider as a plugin: its registry type name, release and factory. */
export interface BuiltinPlugin {
  readonly type: string;
  readonly version: string;
  readonly factory: (cwd: string) => ProviderFactory;
}

/** The built-in providers served as plugins, by type name. */
export const BUILTIN_PLUGINS: Readonly<Record<string, BuiltinPlugin>> = {
  random: { type: "random", version: "3.7.2", factory: () => async () => randomProvider() },
  null: { type: "null", version: "3.2.4", factory: () => async () => nullProvider() },
  local: { type: "local", version: "2.5.3", factory: (cwd) => async () => localProvider({ cwd }) },
  time: { type: "time", version: "0.12.1", factory: () => async () => timeProvider() },
};

/** The executable's name in a plugin directory: `terraform-provider-random_v3.7.2`. */
export function pluginExecutableName(p: BuiltinPlugin): string {
  return `terraform-provider-${p.type}_v${p.version}`;
}

/** The executable's directory in an unpacked plugin directory, for a platform like `linux_amd64`. */
export function pluginPackageDir(p: BuiltinPlugin, platform: string): string {
  return `registry.terraform.io/hashicorp/${p.type}/${p.version}/${platform}`;
}
