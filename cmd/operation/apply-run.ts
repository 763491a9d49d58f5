import { Command } from "commander";
import { apply } from "../../core/apply/index.js";
import { buildConfig } from "../../core/configs/config-builder.js";
import type { Config } from "../../core/configs/model.js";
import type { Plan } from "../../core/plans/changes.js";
import type { StateFile } from "../../core/states/state.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { parseFlags } from "../command-flags.js";
import type { CommandIO } from "../io.js";
import { renderDiagnostics } from "../views/diagnostic-view.js";
import { SourceFiles } from "../views/source-files.js";
import { applyProgress } from "../views/apply/apply-progress.js";
import { approvalPrompt, cancelledText, outputsText, resourceCountText } from "../views/apply/apply-text.js";
import { TERRAFORM_COMPAT_VERSION } from "../version-info.js";
import { listenForInterrupts } from "./apply-interrupts.js";
import { loadSavedPlan } from "./apply-plan-file.js";
import { LocalStateFile } from "./apply-state-file.js";
import { readLocalState } from "./local-state.js";
import { builtinResolver } from "./provider-resolver.js";
import { readLine } from "./read-line.js";
import { planFlags, preparePlan, type PlanFlags } from "./run-plan.js";
import { showPlan } from "./show-plan.js";
import { extractVarArgs } from "./var-args.js";

// `terrane apply` and `terrane destroy`: without a plan file, plan (as `plan` does), show the plan,
// ask for approval unless -auto-approve, then apply; with a plan file, check it and apply exactly
// it. Progress lines as Terraform prints them, the state saved after every change, the closing
// count and the outputs. `destroy` is `apply -destroy` with Terraform's destroy texts.

/** The flags of `apply` and `destroy`. */
interface ApplyFlags extends PlanFlags {
  readonly autoApprove?: boolean;
}

/** Runs apply (or, with `destroyCommand`, destroy); resolves to the exit code. */
export async function runApply(args: string[], io: CommandIO, destroyCommand: boolean): Promise<number> {
  const extracted = extractVarArgs(args);
  if ("error" in extracted) {
    io.stderr.write(`${extracted.error}\n`);
    return 1;
  }
  const name = destroyCommand ? "destroy" : "apply";
  const program = planFlags(new Command(name).usage(destroyCommand ? "[options]" : "[options] [PLAN]"))
    .option("--auto-approve", "Skip interactive approval of plan before applying.");
  if (!destroyCommand) program.argument("[plan]");
  if (!parseFlags(program, extracted.rest, io)) return 1;
  const flags = program.opts<ApplyFlags>();
  const planPath = destroyCommand ? undefined : program.args[0];
  const color = flags.color && !io.env.NO_COLOR;
  const built = buildConfig(io.cwd, { displayDir: "." });
  const sources = new SourceFiles(built.files);
  const show = (diags: readonly Diagnostic[]): void => {
    for (const d of diags) (d.severity === "error" ? io.stderr : io.stdout).write(renderDiagnostics([d], sources.source, { color, context: sources.context }));
  };
  if (hasErrors(built.diagnostics)) {
    show(built.diagnostics);
    return 1;
  }
  const ready = planPath === undefined
    ? await planAndApprove(built.config, extracted.vars, { ...flags, ...(destroyCommand ? { destroy: true } : {}) }, io, { color, show, destroyCommand })
    : savedPlan(planPath, io, built.files, extracted.vars.length > 0, flags.state, show);
  if (typeof ready === "number") return ready;
  return applyPlan(built.config, ready.plan, ready.stateFile, flags, io, { color, show, destroyCommand });
}

/** A plan to apply and the state file it starts from, or the exit code when there is none. */
type Ready = { readonly plan: Plan; readonly stateFile: StateFile | undefined } | number;

interface View {
  readonly color: boolean;
  readonly show: (d: readonly Diagnostic[]) => void;
  readonly destroyCommand: boolean;
}

async function planAndApprove(config: Config, vars: Parameters<typeof preparePlan>[1], flags: ApplyFlags, io: CommandIO, view: View): Promise<Ready> {
  const made = await preparePlan(config, vars, flags, io, view);
  if (!made) return 1;
  io.stdout.write(showPlan(made.plan, made.schemas, { color: view.color }));
  view.show(made.warnings);
  if (!made.plan.applyable || flags.autoApprove) return { plan: made.plan, stateFile: made.stateFile };
  const destroy = made.plan.mode === "destroy";
  io.stdout.write(approvalPrompt({ destroy, workspace: io.env.TF_WORKSPACE ?? "default", color: view.color }));
  const answer = await readLine(io.stdin);
  if (answer === undefined) {
    view.show([errorDiag("error asking for approval: EOF")]);
    return 1;
  }
  io.stdout.write("\n");
  if (answer !== "yes") {
    io.stdout.write(cancelledText(destroy));
    return 1;
  }
  return { plan: made.plan, stateFile: made.stateFile };
}

function savedPlan(path: string, io: CommandIO, files: ReadonlyMap<string, string>, hasVars: boolean, statePath: string | undefined, show: View["show"]): Ready {
  if (hasVars) {
    const detail = "The -var and -var-file options cannot be used when applying a saved plan file, because a saved plan includes the variable values that were set when it was created.";
    show([errorDiag("Can't set variables when applying a saved plan", detail)]);
    return 1;
  }
  const state = readLocalState(io.cwd, statePath);
  if (hasErrors(state.diagnostics)) {
    show(state.diagnostics);
    return 1;
  }
  const loaded = loadSavedPlan(path, io.cwd, files, state.file);
  if (!loaded.saved) {
    show(loaded.diagnostics);
    return 1;
  }
  return { plan: loaded.saved.plan, stateFile: state.file };
}

async function applyPlan(config: Config, plan: Plan, stateFile: StateFile | undefined, flags: ApplyFlags, io: CommandIO, view: View): Promise<number> {
  const progress = applyProgress(io.stdout, { color: view.color });
  const sink = new LocalStateFile(io.cwd, stateFile, TERRAFORM_COMPAT_VERSION, flags.state);
  const interrupts = listenForInterrupts(io);
  const parallelism = Number(flags.parallelism);
  try {
    const result = await apply(config, plan, {
      providers: builtinResolver(io.cwd),
      cwd: io.cwd,
      workspace: io.env.TF_WORKSPACE ?? "default",
      parallelism: Number.isInteger(parallelism) && parallelism > 0 ? parallelism : 10,
      terraformVersion: TERRAFORM_COMPAT_VERSION,
      stop: interrupts.stop,
      cancel: interrupts.cancel,
      hooks: progress.hooks,
      sink,
    });
    progress.stopTimers();
    view.show(result.diagnostics);
    if (hasErrors(result.diagnostics) || result.interrupted) return 1;
    io.stdout.write(resourceCountText(progress.counts, view.destroyCommand, view.color));
    if (!view.destroyCommand) io.stdout.write(outputsText(result.state.modules.get("")?.outputs ?? new Map(), view.color));
    return 0;
  } finally {
    progress.stopTimers();
    interrupts.dispose();
  }
}
