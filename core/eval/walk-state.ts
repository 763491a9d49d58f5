import type { FunctionSpec } from "../../lang/funcs/function.js";
import type { Config } from "../configs/model.js";
import type { NamedValues } from "./named-values.js";

// What every evaluation scope of one walk shares (Terraform's Evaluator): the whole configuration,
// which walk it is, the values decided so far, and the environment expressions can see.

/** Which operation a walk performs; it decides how references evaluate (validate: everything unknown). */
export type WalkOperation = "validate";

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
}
