// Everything `terrane console` does before it reads input, in Terraform's order: load the
// configuration in the working directory, lock and read the workspace's state, collect the root variables' values (-var, -var-file,
// tfvars files, TF_VAR_ variables) and parse them, then run the eval walk that decides variables,
// locals and module outputs. Errors up to the walk stop the console; errors in the walk are shown with
// Terraform's warning that some expressions may give unexpected results, and the console goes on.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildConfig } from "../../core/configs/config-builder.js";
import { consoleScope } from "../../core/eval/console-scope.js";
import type { ProviderFunctionSource } from "../../core/eval/provider-functions.js";
import { providerFunctions } from "../operation/provider-resolver.js";
import { openConsoleState, type ConsoleState } from "../operation/console-state.js";
import { collectRawValues, type VarArgument } from "../../core/vars/collect.js";
import { NativeExpression } from "../../lang/eval/native-expression.js";
import { hasErrors, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { CommandIO } from "../io.js";
import type { SourceLookup } from "../views/diagnostic-view.js";
import { SourceFiles } from "../views/source-files.js";
import { ConsoleSession } from "./console-session.js";
import { consoleVariableInputs } from "./console-variables.js";

/** The console's flags, parsed. */
export interface ConsoleOptions {
  /** -var and -var-file, in command-line order. */
  readonly vars: readonly VarArgument[];
  /** -state=PATH: the state file to read instead of the backend's. */
  readonly state?: string;
  readonly color: boolean;
}

/** A console ready for input (no session when setup failed), what to show first, and the sources for snippets. */
export interface PreparedConsole {
  readonly session?: ConsoleSession;
  readonly diagnostics: Diagnostic[];
  readonly sources: SourceLookup;
  readonly context: (subject: Range) => string | undefined;
  /** Releases the state lock taken for the console, when one was taken. */
  readonly release?: () => Promise<Diagnostic[]>;
}

const PROBLEMS_ABOVE = "Due to the problems above, some expressions may produce unexpected results.";

/** Loads, resolves and walks the configuration in `io.cwd`, as the console does before its first prompt. */
export async function prepareConsole(opts: ConsoleOptions, io: CommandIO): Promise<PreparedConsole> {
  const built = buildConfig(io.cwd, { displayDir: "." });
  const files = new SourceFiles(built.files);
  const sources: SourceLookup = (f) => files.source(f) ?? readSource(io.cwd, f);
  const fail = (diagnostics: Diagnostic[]): PreparedConsole => ({ diagnostics, sources, context: files.context });
  if (hasErrors(built.diagnostics)) return fail(built.diagnostics);
  const opened = await openConsoleState(io, built.config.module.backend, opts.state);
  if (!opened.console) return fail([...built.diagnostics, ...opened.diagnostics]);
  const functions = providerFunctions(io.cwd, io);
  const prepared = await prepareWithState(opts, io, built, opened.console, [...built.diagnostics, ...opened.diagnostics], functions.source);
  const release = opened.console.release;
  const releaseAll = async (): Promise<Diagnostic[]> => {
    functions.close();
    return (await release?.()) ?? [];
  };
  return { ...prepared, sources, context: files.context, release: releaseAll };
}

/** The steps after the state is read: the root variables and the eval walk. */
async function prepareWithState(
  opts: ConsoleOptions,
  io: CommandIO,
  built: ReturnType<typeof buildConfig>,
  state: ConsoleState,
  diagnostics: Diagnostic[],
  functions: ProviderFunctionSource,
): Promise<Pick<PreparedConsole, "session" | "diagnostics">> {
  const fail = (): { diagnostics: Diagnostic[] } => ({ diagnostics });
  const raw = collectRawValues({ dir: io.cwd, env: io.env, args: opts.vars });
  diagnostics.push(...raw.diagnostics);
  if (hasErrors(raw.diagnostics)) return fail();
  const parsed = consoleVariableInputs(built.config.module.variables, raw.values);
  diagnostics.push(...parsed.diagnostics);
  if (hasErrors(parsed.diagnostics)) return fail();
  const walked = await consoleScope(built.config, { inputs: parsed.inputs, workspace: state.workspace, cwd: io.cwd, state, functions });
  diagnostics.push(...walked.diagnostics);
  const scope = walked.scope;
  if (!scope) return fail();
  if (hasErrors(diagnostics)) diagnostics.push(warningDiag(PROBLEMS_ABOVE));
  const session = new ConsoleSession((expr) => scope.evalExpr(new NativeExpression(expr)));
  return { session, diagnostics };
}

/** The text of a file diagnostics point into that is not part of the configuration (a .tfvars file). */
function readSource(dir: string, filename: string): string | undefined {
  try {
    return readFileSync(resolve(dir, filename), "utf8");
  } catch {
    return undefined;
  }
}
