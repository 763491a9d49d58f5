import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { builtinFunctions } from "../../lang/funcs/registry.js";
import { withProviderFunctions } from "../eval/provider-functions.js";
import type { AbsResource, AbsResourceInstance } from "../addrs/abs-resource.js";
import type { Config } from "../configs/model.js";
import { PlanContext } from "../plan/plan-context.js";
import type { Plan, ResourceInstanceChange } from "../plans/changes.js";
import { copyState } from "../plan/state-copy.js";
import type { State, StoredObject } from "../states/state.js";
import type { RootVariableValue } from "../vars/resolve.js";
import type { ApplyOptions, HookAction, HookEvent } from "./apply-options.js";
import { objectId } from "./object-id.js";
import type { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import type { InstanceSite } from "../plan/plan-resource.js";

// Everything one apply walk shares. The walk reuses the plan walk's context for what the two walks
// evaluate alike (variables, locals, module expansion, providers, the instance values expressions
// see); on top of it: the plan being applied, its changes by address, the working state (the plan's
// prior state, changed object by object and handed to the state sink after each change), the
// deposed keys of create_before_destroy replacements, and each resource's dependencies.

/** The shared state of one apply walk. */
export class ApplyContext {
  readonly pc: PlanContext;
  /** The working state: the plan's prior state as the apply changes it. */
  readonly state: State;
  /** Changes of current objects by instance address. */
  readonly changes = new Map<string, ResourceInstanceChange>();
  /** Deposed keys that create_before_destroy replacements gave the objects they replaced. */
  readonly deposedBy = new Map<string, string>();
  /** Where each instance with an instance node is and its provider, set when its resource block is expanded. */
  readonly sites = new Map<string, { readonly site: InstanceSite; readonly provider: Provider }>();
  /** The resources each resource depends on, by resource node name (stored with its objects). */
  readonly dependencies = new Map<string, readonly AbsResource[]>();
  /** Problems persisting the state; the walk stops once there are any. */
  readonly sinkDiagnostics: Diagnostic[] = [];
  /** Set once the second interrupt came: nothing more is recorded. */
  cancelled = false;

  constructor(
    readonly config: Config,
    readonly plan: Plan,
    readonly options: ApplyOptions,
  ) {
    this.state = copyState(plan.priorState);
    const variables = new Map<string, RootVariableValue>();
    for (const [name, value] of plan.variables) {
      const decl = config.module.variables.get(name);
      if (decl) variables.set(name, { value, definedAt: decl.declRange });
    }
    this.pc = new PlanContext(
      config,
      plan.prevRunState,
      this.state,
      {
        mode: plan.mode,
        refresh: false,
        variables,
        providers: options.providers,
        cwd: options.cwd,
        ...(options.workspace === undefined ? {} : { workspace: options.workspace }),
        ...(options.parallelism === undefined ? {} : { parallelism: options.parallelism }),
        terraformVersion: options.terraformVersion,
        ...(options.stop === undefined ? {} : { signal: options.stop }),
      },
      withProviderFunctions(builtinFunctions(), config, options.functions),
    );
    for (const c of plan.changes) if (c.deposedKey === undefined) this.changes.set(c.addr.toString(), c);
    // The previous run's check results go; the walk makes new ones from the plan's objects (graphWalker).
    this.state.checkResults = null;
    this.pc.checks.seedFromPlan(plan.checks);
  }

  /** True once no new operation may start (either interrupt, or the state cannot be persisted). */
  get stopping(): boolean {
    return this.cancelled || this.options.stop?.aborted === true || hasErrors(this.sinkDiagnostics);
  }

  /** The planned change of an instance's current object, if any. */
  changeOf(addr: AbsResourceInstance): ResourceInstanceChange | undefined {
    return this.changes.get(addr.toString());
  }

  /** Records a new current object (or its removal) and hands the state to the sink. */
  setCurrent(change: ResourceInstanceChange, obj: StoredObject | undefined): void {
    if (this.cancelled) return;
    this.state.setCurrent(change.addr, obj, change.provider);
    this.#persist(change.addr);
  }

  /** Records a deposed object (or its removal) and hands the state to the sink. */
  setDeposed(change: ResourceInstanceChange, key: string, obj: StoredObject | undefined, persist = true): void {
    if (this.cancelled) return;
    this.state.setDeposed(change.addr, key, obj, change.provider);
    if (persist) this.#persist(change.addr);
  }

  /** Tells the hooks an operation starts; returns the function that tells them it ended. */
  announce(addr: AbsResourceInstance, action: HookAction, prior: Value | undefined, deposedKey?: string): (after: Value | undefined, failed: boolean) => void {
    const hooks = this.options.hooks;
    const id = prior ? objectId(prior, true) : undefined;
    const event: HookEvent = { addr, action, ...(deposedKey === undefined ? {} : { deposedKey }), ...(id ? { id } : {}) };
    hooks?.applying?.(event);
    return (after, failed) => {
      if (this.cancelled) return;
      const newId = after ? objectId(after, false) : undefined;
      hooks?.applied?.({ addr, action, ...(deposedKey === undefined ? {} : { deposedKey }), ...(newId ? { id: newId } : {}), failed });
    };
  }

  #persist(changed: AbsResourceInstance): void {
    const sink = this.options.sink;
    if (sink) this.sinkDiagnostics.push(...sink.update(this.state, changed));
  }
}
