import type { Provider, ProviderFactory } from "../provider.js";
import { localProvider } from "./local/index.js";
import { nullProvider } from "./null/index.js";
import { randomProvider } from "./random/index.js";
import { terraformProvider, type ReadStateOutputs } from "./terraform/index.js";
import { timeProvider } from "./time/index.js";

export type { ReadStateOutputs, StateOutputsRead } from "./terraform/index.js";

// The providers built into Terrane, by their fully-qualified source address: Terraform's own
// `terraform.io/builtin/terraform`, and in-process versions of hashicorp/null, random, local and time,
// so that configurations using them need no plugin download and run the same under Terraform.

type BuiltinOptions = { readonly cwd: string; readonly readStateOutputs?: ReadStateOutputs };

/** The hashicorp providers Terrane has in process, by type. */
const REGISTRY_BUILTINS: Readonly<Record<string, (opts: BuiltinOptions) => Provider>> = {
  null: () => nullProvider(),
  random: () => randomProvider(),
  local: (opts) => localProvider({ cwd: opts.cwd }),
  time: () => timeProvider(),
};

const registryAddress = (type: string): string => `registry.terraform.io/hashicorp/${type}`;

/** The registry providers Terrane has built in (it serves them itself when no plugin is installed for them). */
export const BUILTIN_REGISTRY_PROVIDERS: ReadonlySet<string> = new Set(Object.keys(REGISTRY_BUILTINS).map(registryAddress));

/** Factories of the built-in providers by source address; `readStateOutputs` serves terraform_remote_state. */
export function builtinProviders(opts: BuiltinOptions): ReadonlyMap<string, ProviderFactory> {
  return new Map<string, ProviderFactory>([
    ["terraform.io/builtin/terraform", async () => terraformProvider(opts)],
    ...Object.entries(REGISTRY_BUILTINS).map(([type, make]): [string, ProviderFactory] => [registryAddress(type), async () => make(opts)]),
  ]);
}
