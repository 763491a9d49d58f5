import type { Command } from "commander";
import type { Config } from "../../core/configs/model.js";
import { plan as makePlan, type PlanOptions } from "../../core/plan/index.js";
import type { Plan } from "../../core/plans/changes.js";
import type { GetProviderSchemaResponse } from "../../providers/provider.js";
import type { VarArgument } from "../../core/vars/collect.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { TERRAFORM_COMPAT_VERSION } from "../version-info.js";
import type { CommandIO } from "../io.js";
import { readLocalState } from "./local-state.js";
import { planHooks } from "./plan-hooks.js";
import { builtinResolver } from "./provider-resolver.js";
import { rootVariables } from "./root-variables.js";
import { parseAddressFlags } from "./address-flags.js";
import { nextStep, showPlan } from "./show-plan.js";
import { savePlan } from "./save-plan.js";
import type { StateFile } from "../../core/states/state.js";

// The planning half shared by `plan` and `apply`: flags, variables, the state, the plan itself with
// progress lines, and the plan shown as Terraform shows it.

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
  readonly lock: boolean;
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
    .option("--lock [bool]", "Don't hold a state lock during the operation.", bool, true)
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

/** Plans and shows the plan; `show` prints diagnostics. */
export async function runPlan(
  config: Config,
  files: ReadonlyMap<string, string>,
  vars: readonly VarArgument[],
  flags: PlanFlags,
  io: CommandIO,
  view: { readonly color: boolean; readonly show: (d: readonly Diagnostic[]) => void },
): Promise<PlanOutcome> {
  // Like Terraform, -out saves a plan whose walk failed too (marked errored, so it cannot be applied).
  const saveErrored = (p: PreparedPlan): void => {
    if (flags.out !== undefined) view.show(savePlan(flags.out, io.cwd, p.plan, files, p.stateFile, [...p.schemas.keys()]));
  };
  const made = await preparePlan(config, vars, flags, io, view, saveErrored);
  if (!made) return "error";
  if (flags.out !== undefined) {
    const saved = savePlan(flags.out, io.cwd, made.plan, files, made.stateFile, [...made.schemas.keys()]);
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
  view: { readonly color: boolean; readonly show: (d: readonly Diagnostic[]) => void },
  onErrored?: (made: PreparedPlan) => void,
): Promise<PreparedPlan | undefined> {
  const diagnostics: Diagnostic[] = [];
  const variables = await rootVariables(config.module.variables, vars, flags.input, io);
  diagnostics.push(...variables.diagnostics);
  const addrs = parseAddressFlags(flags.target, flags.replace);
  diagnostics.push(...addrs.diagnostics);
  const state = readLocalState(io.cwd, flags.state);
  diagnostics.push(...state.diagnostics);
  const parallelism = Number(flags.parallelism);
  if (hasErrors(diagnostics)) {
    view.show(diagnostics);
    return undefined;
  }
  const options: PlanOptions = {
    mode: flags.destroy ? "destroy" : flags.refreshOnly ? "refresh-only" : "normal",
    refresh: flags.refresh,
    variables: variables.values,
    targets: addrs.targets,
    forceReplace: addrs.replace,
    providers: builtinResolver(io.cwd),
    cwd: io.cwd,
    workspace: io.env.TF_WORKSPACE ?? "default",
    parallelism: Number.isInteger(parallelism) && parallelism > 0 ? parallelism : 10,
    terraformVersion: TERRAFORM_COMPAT_VERSION,
    hooks: planHooks(io, view.color),
  };
  const r = await makePlan(config, state.state, options);
  const all = [...diagnostics, ...r.diagnostics];
  if (!r.plan || hasErrors(r.diagnostics)) {
    // As Terraform does, a plan made by a walk that failed is shown before the errors: its changes so
    // far, or "Planning failed." when it has none.
    if (r.plan) io.stdout.write(showPlan(r.plan, r.schemas, { color: view.color }));
    view.show(all);
    if (r.plan) onErrored?.({ plan: r.plan, schemas: r.schemas, warnings: [], ...(state.file ? { stateFile: state.file } : {}) });
    return undefined;
  }
  return { plan: r.plan, schemas: r.schemas, warnings: all, ...(state.file ? { stateFile: state.file } : {}) };
}
