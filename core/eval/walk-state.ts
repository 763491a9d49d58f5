import type { FunctionSpec } from "../../lang/funcs/function.js";
import type { Value } from "../../lang/values/value.js";
import type { AbsResource } from "../addrs/abs-resource.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { Config } from "../configs/model.js";
import type { NamedValues } from "./named-values.js";

// What every evaluation scope of one walk shares (Terraform's Evaluator): the whole configuration,
// which walk it is, the values decided so far, and the environment expressions can see.

/** Which operation a walk performs; it decides how references evaluate (validate: everything unknown). */
export type WalkOperation = "validate" | "plan" | "apply";

/** What the plan and apply walks know of module calls and resources by instance. */
export interface InstanceValues {
  /** The value of `module.<call>` inside `parent`: an object of outputs, a tuple or an object of them. */
  moduleCall(parent: ModuleInstance, call: string): Value;
  /** The value of a resource: its instance's object, a tuple (count) or an object (for_each) of them. */
  resource(addr: AbsResource): Value;
}

/** The shared state of one graph walk. */
export interface WalkState {
  readonly root: Config;
  readonly operation: WalkOperation;
  readonly values: NamedValues;
  /** `terraform.workspace`. */
  readonly workspace: string;
  /** The working directory: `path.cwd`, the base of relative `path.module`, and functions' base directory. */
  readonly cwd: string;
  /** The functions expressions may call. */
  readonly functions: ReadonlyMap<string, FunctionSpec>;
  /** Module call and resource values by instance (plan and apply walks). */
  readonly instances?: InstanceValues;
}
