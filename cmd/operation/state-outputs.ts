import { basename, dirname } from "node:path";
import type { ReadStateOutputs } from "../../providers/builtin/index.js";
import type { Value } from "../../lang/values/value.js";
import { readLocalState } from "./local-state.js";

// How the built-in terraform_remote_state data source reads another configuration's state file: the
// provider may not use core/, so the CLI hands it this reader of a state file's root outputs. A missing
// or empty file is "no state", as Terraform's filesystem state manager has it.

/** Reads the root module outputs of a state file (values without their sensitive flag, as Terraform gives them). */
export const readStateOutputs: ReadStateOutputs = (path) => {
  const r = readLocalState(dirname(path), basename(path));
  const error = r.diagnostics.find((d) => d.severity === "error");
  if (error) return { error: { summary: error.summary, ...(error.detail ? { detail: error.detail } : {}) } };
  if (!r.file) return { missing: true };
  const outputs = new Map<string, Value>();
  for (const [name, o] of r.state.modules.get("")?.outputs ?? []) outputs.set(name, o.value);
  return { outputs };
};
