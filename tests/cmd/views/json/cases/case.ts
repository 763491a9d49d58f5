import type { Plan } from "../../../../../core/plans/changes.js";
import type { State } from "../../../../../core/states/state.js";
import type { RelevantAttribute } from "../../../../../cmd/views/json/index.js";

// The shape of one golden case: the plan Terraform made, hand-built, and the states around it.

/** One case of fixtures/json-format. */
export interface JsonCase {
  /** The fixture directory. */
  readonly name: string;
  /** The plan as Terraform made it (plan.json). */
  readonly plan: () => Plan;
  /** The state the plan was made from (state.json). */
  readonly priorState: () => State;
  /** The state after applying the plan, when the case has applied-state.json. */
  readonly appliedState?: () => State;
  /** The attributes Terraform found the changes depend on. */
  readonly relevantAttributes?: () => readonly RelevantAttribute[];
}
