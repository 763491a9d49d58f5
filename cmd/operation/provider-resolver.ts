import type { ProviderResolver } from "../../core/plan/index.js";
import { builtinProviders } from "../../providers/builtin/index.js";
import { readStateOutputs } from "./state-outputs.js";

// Where an operation's providers come from: the built-in ones for now (plugins come with `init`).

/** Resolves provider source addresses to the built-in providers. */
export function builtinResolver(cwd: string): ProviderResolver {
  const builtins = builtinProviders({ cwd, readStateOutputs });
  return (provider) => builtins.get(provider.toString());
}
