// `terrane graph [-type=TYPE] [-draw-cycles] [-plan=FILE]`: the configuration's dependency graph in
// DOT. Without -type, Terraform's simplified resources-only graph; with -type, the full graph of that
// operation: plan and plan-refresh-only (the same graph until state is read), plan-destroy, and apply
// (without a plan file, the apply graph of an empty set of changes, as Terraform draws it).
// -draw-cycles draws a graph even when it has cycles, with the cycles in red; -module-depth is
// accepted and ignored, as Terraform ignores it.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Command, Option } from "commander";
import { buildConfig } from "../../core/configs/config-builder.js";
import { buildGraph } from "../../core/graph/build-graph.js";
import { planGraphDot } from "../../core/graph/graph-dot.js";
import type { WalkKind } from "../../core/graph/node-names.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { parseFlags } from "../command-flags.js";
import type { CommandIO } from "../io.js";
import { showCommandDiagnostics } from "../views/command-diagnostics.js";
import { resourceGraphDot } from "../views/resource-graph-dot.js";
import { SourceFiles } from "../views/source-files.js";

/** The graph command's options, as parsed from its flags. */
export interface GraphOptions {
  readonly type?: string;
  readonly drawCycles: boolean;
  readonly moduleDepth: string;
  readonly plan?: string;
  readonly verbose: boolean;
  readonly color: boolean;
}

/** The builder each -type selects (plans.Mode for the plan types). */
const GRAPH_TYPES: Readonly<Record<string, WalkKind>> = {
  plan: "plan",
  "plan-refresh-only": "plan",
  "plan-destroy": "plan-destroy",
  apply: "apply",
};

/** Go's strconv.ParseInt with base 0, which Terraform's -module-depth flag accepts. */
const GO_INT = /^[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][0-9_]*)$/;

/** Prints the graph; exit code 1 when the configuration cannot be loaded or the graph not built. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const opts = parseGraphFlags(args, io);
  if (!opts) return 1;
  const color = opts.color && !io.env.NO_COLOR;
  if (opts.plan !== undefined) return refusePlanFile(opts.plan, io, color);
  const built = buildConfig(io.cwd, { displayDir: "." });
  const sources = new SourceFiles(built.files);
  const show = (diags: readonly Diagnostic[]) => showCommandDiagnostics(diags, sources.source, io, { color, context: sources.context });
  if (hasErrors(built.diagnostics)) {
    show(built.diagnostics);
    return 1;
  }
  const walk = opts.type === undefined ? "plan" : graphWalk(opts.type);
  if (typeof walk !== "string") {
    show([walk]);
    return 1;
  }
  const { graph, diagnostics } = buildGraph(built.config, { walk, skipValidation: opts.drawCycles });
  if (hasErrors(diagnostics)) {
    show(diagnostics);
    return 1;
  }
  const dot = opts.type === undefined ? resourceGraphDot(graph) : planGraphDot(graph, { drawCycles: opts.drawCycles, verbose: opts.verbose });
  io.stdout.write(dot);
  return 0;
}

/** Parses the flags into options; undefined (after printing why) when they are wrong. */
function parseGraphFlags(args: string[], io: CommandIO): GraphOptions | undefined {
  const program = new Command("graph")
    .usage("[options]")
    .option("--plan <tfplan>", "Render graph using the specified plan file instead of the configuration in the current directory. Implies -type=apply.")
    .option("--draw-cycles", "Highlight any cycles in the graph with colored edges. This helps when diagnosing cycle errors.", false)
    .option("--type <type>", "Type of operation graph to output. Can be: plan, plan-refresh-only, plan-destroy, or apply.")
    .option("--module-depth <n>", "(deprecated) In prior versions of Terrane, specified the depth of modules to show in the output.", "-1")
    .addOption(new Option("--verbose").default(false).hideHelp())
    .option("--no-color", "If specified, output won't contain any color.");
  if (!parseFlags(program, args, io)) return undefined;
  const opts = program.opts<GraphOptions>();
  if (!GO_INT.test(opts.moduleDepth)) {
    io.stderr.write(`Error parsing command-line flags: invalid value ${goQuote(opts.moduleDepth)} for flag -module-depth: parse error\n`);
    return undefined;
  }
  return opts;
}

/** The builder for a -type, or Terraform's error for a type it does not draw. */
function graphWalk(type: string): WalkKind | Diagnostic {
  const walk = Object.hasOwn(GRAPH_TYPES, type) ? GRAPH_TYPES[type] : undefined;
  if (walk) return walk;
  if (type === "eval" || type === "validate") {
    const detail = `The graph type ${goQuote(type)} is no longer available. Use -type=plan instead to get a similar result.`;
    return errorDiag("Graph type no longer available", detail);
  }
  return errorDiag("Unsupported graph type", 'The -type=... argument must be either "plan", "plan-refresh-only", "plan-destroy", or "apply".');
}

/** -plan=FILE: Terraform's error for a missing file; otherwise a refusal until saved plans can be read. */
function refusePlanFile(path: string, io: CommandIO, color: boolean): number {
  if (!existsSync(resolve(io.cwd, path))) {
    io.stderr.write(`stat ${path}: no such file or directory\n`);
    return 1;
  }
  const detail = `Terrane cannot read saved plan files yet, so it cannot draw the apply graph of ${goQuote(path)}. Use -type=apply to draw the apply graph of the configuration without a plan.`;
  showCommandDiagnostics([errorDiag("Saved plan files are not supported yet", detail)], () => undefined, io, { color });
  return 1;
}
