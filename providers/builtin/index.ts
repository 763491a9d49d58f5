import type { ProviderFactory } from "../provider.js";
import { localProvider } from "./local/index.js";
import { nullProvider } from "./null/index.js";
import { randomProvider } from "./random/index.js";
import { terraformProvider, type ReadStateOutputs } from "./terraform/index.js";
import { timeProvider } from "./time/index.js";

export type { ReadStateOutputs, StateOutputsRead } from "./terraform/index.js";

// The providers built into Terrane, by their fully-qualified source address: Terraform's own
// `terraform.io/builtin/terraform`, and in-process versions of hashicorp/null, random, local and time,
// so that configurations using them need no plugin download and run the same under Terraform.

/** Factories of the built-in providers by source address; `readStateOutputs` serves terraform_remote_state. */
export function builtinProviders(opts: { readonly cwd: string; readonly readStateOutputs?: ReadStateOutputs }): ReadonlyMap<string, ProviderFactory> {
  return new Map<string, ProviderFactory>([
    ["terraform.io/builtin/terraform", async () => terraformProvider(opts)],
    ["registry.terraform.io/hashicorp/null", async () => nullProvider()],
    ["registry.terraform.io/hashicorp/random", async () => randomProvider()],
    ["registry.terraform.io/hashicorp/local", async () => localProvider({ cwd: opts.cwd })],
    ["registry.terraform.io/hashicorp/time", async () => timeProvider()],
  ]);
}
