import type { FunctionSpec } from "../../lang/funcs/function.js";
import type { AbsResource } from "../addrs/abs-resource.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import type { Config, Resource } from "../configs/model.js";
import { NamedValues } from "../eval/named-values.js";
import type { WalkState } from "../eval/walk-state.js";
import type { OutputChange, ResourceInstanceChange } from "../plans/changes.js";
import { MoveResults, type RemoveStatement } from "../refactoring/index.js";
import type { State } from "../states/state.js";
import { CheckState } from "./check-state.js";
import type { DataDependencies } from "./data-dependencies.js";
import { PlanInstances } from "./instance-values.js";
import type { PlanOptions } from "./plan-options.js";
import { ProviderSet } from "./provider-set.js";
import { Semaphore } from "./semaphore.js";
import type { TargetFilter } from "./targets.js";

// Everything one plan walk shares: the walk state expressions are evaluated against, the instance
// bookkeeping, the providers, the states (prevRunState as read, priorState refreshed as the walk goes),
// and the changes collected so far.

/** The shared state of one plan walk. */
export class PlanContext {
  readonly instances = new PlanInstances();
  readonly providers: ProviderSet;
  readonly walkState: WalkState;
  readonly changes: ResourceInstanceChange[] = [];
  readonly drift: ResourceInstanceChange[] = [];
  readonly outputChanges: OutputChange[] = [];
  /** The results of the configuration's checks, reported as the walk reaches them. */
  readonly checks: CheckState;
  /** Resource instances the walk planned, by address string: what is left in state is orphaned. */
  readonly visited = new Set<string>();
  /** Provider configurations whose provider failed to configure: their resources are skipped. */
  readonly failedProviders = new Set<string>();
  /** What -target limits the plan to, when given. */
  targets?: TargetFilter;
  /** Resources replaced create-before-destroy because a dependent is (see forced-cbd.ts). */
  forcedCreateBeforeDestroy: ReadonlySet<Resource> = new Set();
  /** Each resource block's configured dependencies, by its configuration address (set before the walk). */
  resourceDependencies?: ReadonlyMap<string, readonly AbsResource[]>;
  /** The managed resources each data source waits for (set before the walk). */
  dataDependencies?: DataDependencies;
  /** Limits provider calls in flight to -parallelism. */
  readonly semaphore: Semaphore;
  /** What the `moved` statements did to the previous run's state before the walk. */
  moves = new MoveResults();
  /** The `removed` blocks of a normal plan: their targets are destroyed or only forgotten. */
  removed: readonly RemoveStatement[] = [];

  constructor(
    readonly config: Config,
    readonly prevRunState: State,
    readonly priorState: State,
    readonly options: PlanOptions,
    functions: ReadonlyMap<string, FunctionSpec>,
  ) {
    this.providers = new ProviderSet(options.providers);
    this.checks = new CheckState(config);
    this.semaphore = new Semaphore(options.parallelism ?? 10);
    this.walkState = {
      root: config,
      operation: "plan",
      values: new NamedValues(),
      workspace: options.workspace ?? "default",
      cwd: options.cwd,
      functions,
      instances: this.instances,
    };
  }

  /** True when a provider configuration could not be configured. */
  providerFailed(addr: AbsProviderConfig): boolean {
    return this.failedProviders.has(addr.toString());
  }
}
