import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { ProviderFunctionSource } from "../eval/provider-functions.js";
import type { ProviderResolver } from "../plan/provider-set.js";
import type { State } from "../states/state.js";

// What an apply is asked to do and how it reports: the providers, -parallelism, the two stop signals
// of Ctrl-C (graceful, then immediate), the hooks through which the CLI hears about progress ("Creating...",
// "Creation complete after 0s"), and the sink through which the state is persisted as objects change.

/** The operations the progress hooks report (Terraform's hook actions). */
export type HookAction = "create" | "update" | "delete" | "read";

/** An object's identifying attribute as Terraform shows it in progress lines (`[id=...]`). */
export interface ObjectId {
  readonly key: string;
  readonly value: string;
}

/** What a progress hook is told about one operation on one object. */
export interface HookEvent {
  readonly addr: AbsResourceInstance;
  readonly action: HookAction;
  /** Set when the object is a deposed one (create_before_destroy replacements). */
  readonly deposedKey?: string;
  /** Before the operation: the prior object's id; after it: the new object's (none after a delete). */
  readonly id?: ObjectId;
}

/** Progress the apply walk reports as it goes (Terraform's PreApply/PostApply hooks). */
export interface ApplyHooks {
  /** Before an operation starts. */
  applying?(event: HookEvent): void;
  /** After an operation ended; `failed` when the provider reported errors. */
  applied?(event: HookEvent & { readonly failed: boolean }): void;
  /**
   * For each object an import block brought in (the import itself happened while planning), before
   * anything else runs, as Terraform's PreApplyImport and PostApplyImport hooks: `done` is false,
   * then true. `id` is the import block's id.
   */
  imported?(event: { readonly addr: AbsResourceInstance; readonly id: string; readonly done: boolean }): void;
}

/**
 * Where the apply puts the state as it changes (the backend's state manager). `update` is called
 * synchronously after every object the walk created, changed or destroyed, with the whole working
 * state and the instance whose objects changed. The walk goes on changing the same state object,
 * but only synchronously (never half-changed across an await), so a sink may keep the reference and
 * serialise it later instead of copying it every time (which would make large applies quadratic).
 * Errors stop the apply, as a state that cannot be written must not drift from the real objects.
 * `flush` is called once at the end, with the final state (outputs included), even when the apply
 * stopped on errors or was interrupted.
 */
export interface StateSink {
  update(state: State, changed?: AbsResourceInstance): Diagnostic[];
  flush(state: State): Promise<Diagnostic[]>;
}

/** How to apply a plan. */
export interface ApplyOptions {
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
  /** First Ctrl-C: start no new operation, let those in flight finish, ask providers to stop. */
  readonly stop?: AbortSignal;
  /** Second Ctrl-C: return at once with what has completed; operations in flight are abandoned. */
  readonly cancel?: AbortSignal;
  readonly hooks?: ApplyHooks;
  /** Receives the state after every change; none keeps the state in memory only. */
  readonly sink?: StateSink;
}
