import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { Targetable } from "../addrs/parse-target.js";
import type { RootVariableValue } from "../vars/resolve.js";
import type { PlanMode } from "../plans/changes.js";
import type { ProviderFunctionSource } from "../eval/provider-functions.js";
import type { ProviderResolver } from "./provider-set.js";

// What a plan is asked to do (Terraform's PlanOpts) and the hooks through which the CLI hears about
// progress ("Refreshing state...", "Reading..."), since only cmd/ prints.

/** Progress the plan walk reports as it goes. */
export interface PlanHooks {
  /** Before an object is refreshed; `id` is its `id` attribute when it has one. */
  refreshing?(addr: AbsResourceInstance, id: string | undefined): void;
  /** Before a data source is read during planning. */
  reading?(addr: AbsResourceInstance): void;
  /** After a data source was read; `id` as above. */
  read?(addr: AbsResourceInstance, id: string | undefined): void;
  /** Before an import block's object is imported, with the import id ("Preparing import..."). */
  importing?(addr: AbsResourceInstance, id: string): void;
}

/** How to plan. */
export interface PlanOptions {
  readonly mode: PlanMode;
  /** Refresh every object first (true unless -refresh=false). */
  readonly refresh: boolean;
  /** The root module's input variable values, resolved by the caller (core/vars). */
  readonly variables: ReadonlyMap<string, RootVariableValue>;
  /** -target addresses: plan only these and what they depend on. */
  readonly targets?: readonly Targetable[];
  /** -replace addresses: plan these to be replaced. */
  readonly forceReplace?: readonly AbsResourceInstance[];
  /** How to start each provider. */
  readonly providers: ProviderResolver;
  /** Provider-defined functions (`provider::NAME::FUNC`), by provider; none without it. */
  readonly functions?: ProviderFunctionSource;
  /** The working directory (path.cwd, relative paths). */
  readonly cwd: string;
  /** terraform.workspace; "default" when not given. */
  readonly workspace?: string;
  /** Most operations in flight at once (-parallelism); 10 by default. */
  readonly parallelism?: number;
  /** The version sent to providers when configuring them. */
  readonly terraformVersion: string;
  /** Stops the plan (Ctrl-C). */
  readonly signal?: AbortSignal;
  readonly hooks?: PlanHooks;
}
