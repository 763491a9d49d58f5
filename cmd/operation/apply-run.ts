import { Command } from "commander";
import { apply } from "../../core/apply/index.js";
import { buildConfig } from "../../core/configs/config-builder.js";
import { sortDiagnostics } from "../../core/eval/diagnostic-order.js";
import { isCheckBlockDiagnostic } from "../../core/plan/check-diagnostics.js";
import type { Config } from "../../core/configs/model.js";
import type { Plan } from "../../core/plans/changes.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { parseFlags } from "../command-flags.js";
import type { CommandIO } from "../io.js";
import { renderDiagnostics } from "../views/diagnostic-view.js";
import { showDiagnostics } from "../views/diagnostics-view.js";
import { SourceFiles } from "../views/source-files.js";
import { applyProgress } from "../views/apply/apply-progress.js";
import { approvalPrompt, cancelledText, outputsText, resourceCountText } from "../views/apply/apply-text.js";
import { TERRAFORM_COMPAT_VERSION } from "../version-info.js";
import { listenForInterrupts, type Interrupts } from "./apply-interrupts.js";
import { loadSavedPlan } from "./apply-plan-file.js";
import { BackendStateSink } from "./apply-state-sink.js";
import { openOperationState, parseLockFlags, type OperationState } from "./operation-state.js";
import { builtinResolver, providerFunctions } from "./provider-resolver.js";
import { readLine } from "./read-line.js";
import { planFlags, preparePlan, type PlanFlags } from "./run-plan.js";
import { showPlan } from "./show-plan.js";
import { extractVarArgs } from "./var-args.js";
import { helpPrompt } from "./view-args.js";

// `terrane apply` and `terrane destroy`: the state locked for the whole run (OperationTypeApply) and
// read under the lock; without a plan file, plan (as `plan` does), show the plan, ask for approval
// unless -auto-approve, then apply; with a plan file, check it against the state and apply exactly
// it. Progress lines as Terraform prints them, the state persisted in batches as objects complete
// (BackendStateSink) and once more at the end, the lock released whatever happened (errors, Ctrl-C),
// the closing count and the outputs. `destroy` is `apply -destroy` with Terraform's destroy texts.

/** The flags of `apply` and `destroy`. */
interface ApplyFlags extends PlanFlags {
  readonly autoApprove?: boolean;
  readonly stateOut?: string;
  readonly backup?: string;
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
    .option("--auto-approve", "Skip interactive approval of plan before applying.")
    .option("--backup <path>", "Path to backup the existing state file before modifying.")
    .option("--state-out <path>", "Path to write state to that is different than \"-state\".");
  if (!destroyCommand) program.argument("[plan]");
  if (!parseFlags(program, extracted.rest, io)) return 1;
  const flags = program.opts<ApplyFlags>();
  const planPath = destroyCommand ? undefined : program.args[0];
  const color = flags.color && !io.env.NO_COLOR;
  const lock = parseLockFlags(flags);
  if (!lock.flags) {
    io.stderr.write(renderDiagnostics(lock.diagnostics, () => undefined, { color }) + helpPrompt(name));
    return 1;
  }
  const built = buildConfig(io.cwd, { displayDir: "." });
  const sources = new SourceFiles(built.files);
  const show = (diags: readonly Diagnostic[]): void => {
    showDiagnostics(diags, sources.source, io, { color, context: sources.context, compactWarnings: !!flags.compactWarnings });
  };
  if (hasErrors(built.diagnostics)) {
    show(built.diagnostics);
    return 1;
  }
  // Warnings from loading the configuration are shown with the plan's own, as Terraform does.
  const view: View = { color, show, destroyCommand, configWarnings: built.diagnostics };
  const interrupts = listenForInterrupts(io);
  try {
    const paths = { state: flags.state, stateOut: flags.stateOut, backup: flags.backup };
    const opened = await openOperationState(io, built.config.module.backend, paths, "OperationTypeApply", { ...lock.flags, signal: interrupts.stop });
    show(opened.diagnostics);
    if (!opened.state) return 1;
    let code = 1;
    try {
      code = await lockedRun(built, planPath, extracted.vars, { ...flags, ...(destroyCommand ? { destroy: true } : {}) }, opened.state, io, view, interrupts);
    } finally {
      const released = await opened.state.release();
      show(released);
      if (hasErrors(released)) code = 1;
    }
    return code;
  } finally {
    interrupts.dispose();
  }
}

interface View {
  readonly color: boolean;
  readonly show: (d: readonly Diagnostic[]) => void;
  readonly destroyCommand: boolean;
  /** Warnings from loading the configuration, shown with the plan's diagnostics. */
  readonly configWarnings?: readonly Diagnostic[];
}

type Built = ReturnType<typeof buildConfig>;
type Vars = Parameters<typeof preparePlan>[1];

// Everything that happens under the lock: the plan (made or read), then the apply.
async function lockedRun(built: Built, planPath: string | undefined, vars: Vars, flags: ApplyFlags, opened: OperationState, io: CommandIO, view: View, interrupts: Interrupts): Promise<number> {
  // Warnings of a plan applied without asking: shown after the apply, with its own (as Terraform does).
  const held: Diagnostic[] = [];
  const plan = planPath === undefined ? await planAndApprove(built.config, vars, flags, opened, io, view, interrupts.stop, held) : savedPlan(planPath, io, built.files, vars.length > 0, opened, view.show);
  if (typeof plan === "number") return plan;
  if (interrupts.stop.aborted) return 1;
  return applyPlan(built.config, plan, opened, flags, io, view, interrupts, held);
}

async function planAndApprove(config: Config, vars: Vars, flags: ApplyFlags, opened: OperationState, io: CommandIO, view: View, stop: AbortSignal, held: Diagnostic[]): Promise<Plan | number> {
  const start = { state: opened.state, file: opened.file, workspace: opened.workspace, signal: stop };
  const made = await preparePlan(config, vars, flags, io, view, start);
  if (!made) return 1;
  io.stdout.write(showPlan(made.plan, made.schemas, { color: view.color }));
  if (!made.plan.applyable || flags.autoApprove) {
    // The checks of check blocks run again during the apply: only the apply's results are shown.
    held.push(...made.warnings.filter((d) => !isCheckBlockDiagnostic(d)));
    return made.plan;
  }
  view.show(made.warnings);
  const destroy = made.plan.mode === "destroy";
  io.stdout.write(approvalPrompt({ destroy, workspace: opened.workspace, color: view.color }));
  const answer = await Promise.race([readLine(io.stdin), aborted(stop)]);
  if (answer === INTERRUPTED || answer === undefined) {
    // As Terraform's UIInput: a newline after the prompt when interrupted, then the error. The
    // stream stops flowing, so that an open terminal does not keep the process alive.
    if (answer === INTERRUPTED) {
      io.stdout.write("\n");
      io.stdin.pause();
    }
    view.show([errorDiag(`error asking for approval: ${answer === INTERRUPTED ? "interrupted" : "EOF"}`)]);
    return 1;
  }
  io.stdout.write("\n");
  if (answer !== "yes") {
    io.stdout.write(cancelledText(destroy));
    return 1;
  }
  return made.plan;
}

const INTERRUPTED = Symbol("interrupted");

/** Resolves when the signal aborts (never otherwise). */
function aborted(signal: AbortSignal): Promise<typeof INTERRUPTED> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(INTERRUPTED);
    else signal.addEventListener("abort", () => resolve(INTERRUPTED), { once: true });
  });
}

function savedPlan(path: string, io: CommandIO, files: ReadonlyMap<string, string>, hasVars: boolean, opened: OperationState, show: View["show"]): Plan | number {
  if (hasVars) {
    const detail = "The -var and -var-file options cannot be used when applying a saved plan file, because a saved plan includes the variable values that were set when it was created.";
    show([errorDiag("Can't set variables when applying a saved plan", detail)]);
    return 1;
  }
  const loaded = loadSavedPlan(path, io.cwd, files, opened.file);
  if (!loaded.saved) {
    show(loaded.diagnostics);
    return 1;
  }
  return loaded.saved.plan;
}

async function applyPlan(config: Config, plan: Plan, opened: OperationState, flags: ApplyFlags, io: CommandIO, view: View, interrupts: Interrupts, held: readonly Diagnostic[]): Promise<number> {
  const progress = applyProgress(io.stdout, { color: view.color });
  const sink = new BackendStateSink(opened.manager, opened.file);
  const parallelism = Number(flags.parallelism);
  const functions = providerFunctions(io.cwd, io);
  try {
    const result = await apply(config, plan, {
      providers: builtinResolver(io.cwd, io),
      functions: functions.source,
      cwd: io.cwd,
      workspace: opened.workspace,
      parallelism: Number.isInteger(parallelism) && parallelism > 0 ? parallelism : 10,
      terraformVersion: TERRAFORM_COMPAT_VERSION,
      stop: interrupts.stop,
      cancel: interrupts.cancel,
      hooks: progress.hooks,
      sink,
    });
    progress.stopTimers();
    view.show(sortDiagnostics([...held, ...result.diagnostics]));
    if (hasErrors(result.diagnostics) || result.interrupted) return 1;
    io.stdout.write(resourceCountText(progress.counts, view.destroyCommand, view.color));
    if (!view.destroyCommand) io.stdout.write(outputsText(result.state.modules.get("")?.outputs ?? new Map(), view.color));
    return 0;
  } finally {
    progress.stopTimers();
    functions.close();
  }
}
