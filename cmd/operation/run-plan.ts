import type { Command } from "commander";
import type { Config } from "../../core/configs/model.js";
import { plan as makePlan, type PlanOptions } from "../../core/plan/index.js";
import type { Plan } from "../../core/plans/changes.js";
import type { GetProviderSchemaResponse } from "../../providers/provider.js";
import type { VarArgument } from "../../core/vars/collect.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { TERRAFORM_COMPAT_VERSION } from "../version-info.js";
import type { CommandIO } from "../io.js";
import { listenForInterrupts } from "./apply-interrupts.js";
import { openOperationState } from "./operation-state.js";
import type { LockFlags } from "./state-backend.js";
import { planHooks } from "./plan-hooks.js";
import { validateBeforePlan } from "./plan-validate.js";
import { checkProviderInstallation } from "./provider-check.js";
import { builtinResolver, providerFunctions } from "./provider-resolver.js";
import { rootVariables } from "./root-variables.js";
import { parseAddressFlags } from "./address-flags.js";
import { nextStep, showPlan } from "./show-plan.js";
import { savePlan } from "./save-plan.js";
import type { State, StateFile } from "../../core/states/state.js";

// The planning half shared by `plan` and `apply`: flags, variables, the state, the plan itself with
// progress lines, and the plan shown as Terraform shows it. `plan` holds the state lock while it
// plans (OperationTypePlan) and never writes the state; apply takes its own lock around all of it.

/** The flags of `plan` (and the planning flags of `apply`). */
export interface PlanFlags {
  readonly color: boolean;
  readonly input: boolean;
  readonly refresh: boolean;
  readonly refreshOnly?: boolean;
  readonly destroy?: boolean;
  readonly target: string[];
  readonly replace: string[];
  readonly parallelism: string;
  /** -lock as given (checked by parseLockFlags). */
  readonly lock: string | boolean;
  readonly lockTimeout: string;
  readonly detailedExitcode?: boolean;
  readonly compactWarnings?: boolean;
  readonly out?: string;
  readonly state?: string;
}

const collect = (v: string, acc: string[]): string[] => [...acc, v];
const bool = (v: string | undefined): boolean => v === undefined || v === "" || v === "true" || v === "1";

/** Declares the planning flags on a command. */
export function planFlags(c: Command): Command {
  return c
    .option("--destroy", "Select the \"destroy\" planning mode.")
    .option("--refresh-only", "Select the \"refresh only\" planning mode.")
    .option("--refresh [bool]", "Skip checking for external changes to remote objects while creating the plan.", bool, true)
    .option("--replace <address>", "Force replacement of a particular resource instance.", collect, [])
    .option("--target <address>", "Limit the planning operation to only the given module, resource, or resource instance.", collect, [])
    .option("--compact-warnings", "Show warnings in a more compact form that includes only the summary messages.")
    .option("--detailed-exitcode", "Return detailed exit codes when the command exits.")
    .option("--input [bool]", "Ask for input for variables if not directly set.", bool, true)
    .option("--lock [bool]", "Don't hold a state lock during the operation.", true)
    .option("--lock-timeout <duration>", "Duration to retry a state lock.", "0s")
    .option("--no-color", "If specified, output won't contain any color.")
    .option("--out <path>", "Write a plan file to the given path.")
    .option("--parallelism <n>", "Limit the number of concurrent operations.", "10")
    .option("--state <path>", "A legacy option used for the local backend only.");
}

/** A plan with the provider schemas needed to show or apply it. */
export interface PreparedPlan {
  readonly plan: Plan;
  readonly schemas: ReadonlyMap<string, GetProviderSchemaResponse>;
  /** Warnings found while planning, shown after the plan. */
  readonly warnings: readonly Diagnostic[];
  /** The state file the plan started from, when there was one. */
  readonly stateFile?: StateFile;
}

/** What running a plan showed. */
export type PlanOutcome = "error" | "no-changes" | "changes";

/** Locks and reads the state, plans and shows the plan, then unlocks; `show` prints diagnostics. */
export async function runPlan(
  config: Config,
  files: ReadonlyMap<string, string>,
  vars: readonly VarArgument[],
  flags: PlanFlags,
  lock: Omit<LockFlags, "signal">,
  io: CommandIO,
  view: PlanView,
): Promise<PlanOutcome> {
  const interrupts = listenForInterrupts(io);
  try {
    const opened = await openOperationState(io, config.module.backend, { state: flags.state }, "OperationTypePlan", { ...lock, signal: interrupts.stop });
    view.show(opened.diagnostics);
    if (!opened.state) return "error";
    const start = { state: opened.state.state, file: opened.state.file, workspace: opened.state.workspace, signal: interrupts.stop };
    let outcome: PlanOutcome = "error";
    try {
      outcome = await planAndShow(config, files, vars, flags, io, view, start);
    } finally {
      const released = await opened.state.release();
      view.show(released);
      if (hasErrors(released)) outcome = "error";
    }
    return outcome;
  } finally {
    interrupts.dispose();
  }
}

/** How the plan commands show things: colour, and diagnostics. */
type PlanView = {
  readonly color: boolean;
  readonly show: (d: readonly Diagnostic[]) => void;
  /** Warnings from loading the configuration, shown with the plan's diagnostics. */
  readonly configWarnings?: readonly Diagnostic[];
};

/** The state a plan starts from (read under the operation's lock) and the interrupt that stops it. */
export interface PlanStart {
  readonly state: State;
  /** The snapshot the state came from (its lineage and serial go into saved plans). */
  readonly file: StateFile | undefined;
  /** The selected workspace (terraform.workspace). */
  readonly workspace: string;
  readonly signal?: AbortSignal;
}

async function planAndShow(
  config: Config,
  files: ReadonlyMap<string, string>,
  vars: readonly VarArgument[],
  flags: PlanFlags,
  io: CommandIO,
  view: PlanView,
  start: PlanStart,
): Promise<PlanOutcome> {
  // Like Terraform, -out saves a plan whose walk failed too (marked errored, so it cannot be applied).
  const save = (out: string, p: PreparedPlan) => savePlan(out, io.cwd, p.plan, files, p.stateFile, [...p.schemas.keys()]);
  const saveErrored = (p: PreparedPlan): void => {
    if (flags.out !== undefined) view.show(save(flags.out, p));
  };
  const made = await preparePlan(config, vars, flags, io, view, start, saveErrored);
  if (!made) return "error";
  if (flags.out !== undefined) {
    const saved = save(flags.out, made);
    if (saved.length > 0) {
      view.show(saved);
      return "error";
    }
  }
  io.stdout.write(showPlan(made.plan, made.schemas, { color: view.color }));
  view.show(made.warnings);
  io.stdout.write(nextStep(made.plan, { color: view.color, ...(flags.out !== undefined ? { planPath: flags.out } : {}) }));
  return made.plan.applyable ? "changes" : "no-changes";
}

/** Plans without showing the plan (apply shows it with its own prompt); undefined on errors, shown already. */
export async function preparePlan(
  config: Config,
  vars: readonly VarArgument[],
  flags: PlanFlags,
  io: CommandIO,
  view: PlanView,
  start: PlanStart,
  onErrored?: (made: PreparedPlan) => void,
): Promise<PreparedPlan | undefined> {
  const diagnostics: Diagnostic[] = [...(view.configWarnings ?? [])];
  const variables = await rootVariables(config.module.variables, vars, flags.input, io);
  diagnostics.push(...variables.diagnostics);
  const addrs = parseAddressFlags(flags.target, flags.replace);
  diagnostics.push(...addrs.diagnostics);
  const preflight = checkProviderInstallation(io.cwd, config, io.env);
  view.show(preflight.warnings);
  diagnostics.push(...preflight.errors);
  if (!hasErrors(diagnostics)) diagnostics.push(...(await validateBeforePlan(config, io, start.workspace)));
  const parallelism = Number(flags.parallelism);
  if (hasErrors(diagnostics)) {
    view.show(diagnostics);
    return undefined;
  }
  const functions = providerFunctions(io.cwd, io);
  const options: PlanOptions = {
    mode: flags.destroy ? "destroy" : flags.refreshOnly ? "refresh-only" : "normal",
    refresh: flags.refresh,
    variables: variables.values,
    targets: addrs.targets,
    forceReplace: addrs.replace,
    providers: builtinResolver(io.cwd, io),
    functions: functions.source,
    cwd: io.cwd,
    workspace: start.workspace,
    parallelism: Number.isInteger(parallelism) && parallelism > 0 ? parallelism : 10,
    terraformVersion: TERRAFORM_COMPAT_VERSION,
    hooks: planHooks(io, view.color),
    ...(start.signal ? { signal: start.signal } : {}),
  };
  const r = await makePlan(config, start.state, options).finally(() => functions.close());
  const stateFile = start.file ? { stateFile: start.file } : {};
  // An interrupted plan is incomplete: nothing is shown or applied (the interrupt notice was printed).
  if (start.signal?.aborted) return undefined;
  const all = [...diagnostics, ...r.diagnostics];
  if (!r.plan || hasErrors(r.diagnostics)) {
    // As Terraform does, a plan made by a walk that failed is shown before the errors: its changes so
    // far, or "Planning failed." when it has none.
    if (r.plan) io.stdout.write(showPlan(r.plan, r.schemas, { color: view.color }));
    view.show(all);
    if (r.plan) onErrored?.({ plan: r.plan, schemas: r.schemas, warnings: [], ...stateFile });
    return undefined;
  }
  return { plan: r.plan, schemas: r.schemas, warnings: all, ...stateFile };
}
