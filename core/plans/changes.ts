import type { ValuePath } from "../../lang/values/path.js";
import type { Value } from "../../lang/values/value.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import type { AbsOutputValue } from "../addrs/named-values.js";
import type { CheckResults } from "../states/check-results.js";
import type { State } from "../states/state.js";

// What a plan proposes (Terraform's plans package): one change per resource instance and per output,
// each an action with the value before and after. Values keep their marks (sensitive parts stay marked),
// and `after` may hold unknowns ("known after apply"). The symbols `+ ~ -` belong to cmd/, not here.

/** What happens to an object (plans.Action). */
export type Action = "no-op" | "create" | "read" | "update" | "delete" | "delete-then-create" | "create-then-delete" | "forget";

/** Why an action was chosen where more than one reason is possible (plans.ResourceInstanceChangeActionReason). */
export type ActionReason =
  | "none"
  | "replace-because-tainted"
  | "replace-because-cannot-update"
  | "replace-by-request"
  | "replace-by-triggers"
  | "delete-because-no-resource-config"
  | "delete-because-wrong-repetition"
  | "delete-because-count-index"
  | "delete-because-each-key"
  | "delete-because-no-module"
  | "delete-because-no-move-target"
  | "read-because-config-unknown"
  | "read-because-dependency-pending"
  | "read-because-check-nested";

/** A planned change of one value: action, before and after (plans.Change). */
export interface Change {
  readonly action: Action;
  /** Null when the object does not exist yet (create, read). */
  readonly before: Value;
  /** Null when the object will not exist (delete); may contain unknowns. */
  readonly after: Value;
}

/** The change of one resource instance object (plans.ResourceInstanceChange). */
export interface ResourceInstanceChange {
  readonly addr: AbsResourceInstance;
  /** Where the object was in the previous run's state, when a `moved` block moved it. */
  readonly prevRunAddr: AbsResourceInstance;
  /** Set for a change of a deposed object. */
  readonly deposedKey?: string;
  readonly provider: AbsProviderConfig;
  readonly change: Change;
  readonly actionReason: ActionReason;
  /** Attributes whose change forces replacement (shown as "# forces replacement"). */
  readonly requiredReplace: readonly ValuePath[];
  /** Provider's opaque data to pass to apply. */
  readonly private?: Uint8Array;
  /** The resource type's schema version, for storing the result. */
  readonly schemaVersion: number;
  /** Set when the object was imported during this plan. */
  readonly importing?: { readonly id: string };
}

/** The planned change of an output of the root module (or of a child, kept for evaluation only). */
export interface OutputChange {
  readonly addr: AbsOutputValue;
  readonly change: Change;
  readonly sensitive: boolean;
}

/** An attribute of a resource instance that a plan's changes depend on (globalref.ResourceAttr); a whole resource has no key. */
export interface ResourceAttr {
  readonly resource: AbsResourceInstance;
  readonly attr: ValuePath;
}

/** What kind of plan this is (plans.Mode). */
export type PlanMode = "normal" | "destroy" | "refresh-only";

/** A whole plan (plans.Plan): changes, drift, and the states it was made from. */
export interface Plan {
  readonly mode: PlanMode;
  readonly changes: readonly ResourceInstanceChange[];
  readonly outputChanges: readonly OutputChange[];
  /** Objects that changed outside of Terraform since the last run, as found by refresh. */
  readonly driftedResources: readonly ResourceInstanceChange[];
  /** The state as last written, with moves applied and schemas upgraded. */
  readonly prevRunState: State;
  /** The state after refresh: what the plan's changes start from. */
  readonly priorState: State;
  /** -target addresses, as given. */
  readonly targets: readonly string[];
  /** -replace addresses, as given. */
  readonly forceReplace: readonly string[];
  /** Input variable values the plan was made with (root module), marked as declared. */
  readonly variables: ReadonlyMap<string, Value>;
  /** True when planning stopped on errors: such a plan cannot be applied. */
  readonly errored: boolean;
  /** False when the plan covers less than the whole configuration (-target, or errors). */
  readonly complete: boolean;
  /** False when there is nothing to apply. */
  readonly applyable: boolean;
  /** When planning began, in RFC 3339 (for `plantimestamp()`). */
  readonly timestamp: string;
  /** The resource attributes the changes depend on: the drift worth showing (normal mode only). */
  readonly relevantAttributes?: readonly ResourceAttr[];
  /** The results of the configuration's checks as far as planning could tell; absent when nothing is checkable. */
  readonly checks?: CheckResults;
}
