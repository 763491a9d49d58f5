// The evaluation context of `terrane console` before configurations are loaded: every built-in
// function, `path.*` and `terraform.workspace`. (`var.*` and `local.*` join when the configuration
// loader lands.)
import { EvalContext } from "../../lang/hcl/eval-context.js";
import { builtinFunctions } from "../../lang/funcs/registry.js";
import { Value } from "../../lang/values/value.js";

/** The context for a console started in `dir` with the given workspace name. */
export function consoleContext(dir: string, workspace: string): EvalContext {
  const variables = new Map<string, Value>([
    ["path", Value.object({ module: Value.string("."), root: Value.string("."), cwd: Value.string(dir) })],
    ["terraform", Value.object({ workspace: Value.string(workspace) })],
  ]);
  const functions = builtinFunctions();
  return new EvalContext(variables, functions, { baseDir: dir, functions });
}
