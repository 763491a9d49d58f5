// `terrane graph [-type=plan]`: the configuration's dependency graph in DOT. Without
// -type, Terraform's simplified resources-only graph; with -type=plan, the full plan graph.
import { Command } from "commander";
import { buildConfig } from "../../core/configs/config-builder.js";
import { buildGraph } from "../../core/graph/build-graph.js";
import { planGraphDot } from "../../core/graph/graph-dot.js";
import { hasErrors } from "../../lang/source/diagnostics.js";
import { parseFlags } from "../command-flags.js";
import type { CommandIO } from "../io.js";
import { renderDiagnostics } from "../views/diagnostic-view.js";
import { resourceGraphDot } from "../views/resource-graph-dot.js";
import { SourceFiles } from "../views/source-files.js";

const SUPPORTED_TYPES = ["plan"];

/** Prints the graph; exit code 1 when the configuration cannot be loaded. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const program = new Command("graph")
    .usage("[options]")
    .option("--type <plan>", "Type of operation graph to output: plan (more types arrive with saved plans).")
    .option("--module-depth <n>", "(deprecated) In prior versions of Terrane, specified the depth of modules to show.")
    .option("--no-color", "If specified, output won't contain any color.");
  if (!parseFlags(program, args, io)) return 1;
  const opts = program.opts<{ type?: string; color: boolean }>();
  if (opts.type !== undefined && !SUPPORTED_TYPES.includes(opts.type)) {
    io.stderr.write(`Invalid graph type requested: ${opts.type}\n`);
    return 1;
  }
  const built = buildConfig(io.cwd, { displayDir: "." });
  const sources = new SourceFiles(built.files);
  const color = opts.color && !io.env.NO_COLOR;
  if (hasErrors(built.diagnostics)) {
    io.stderr.write(renderDiagnostics(built.diagnostics, sources.source, { color, context: sources.context }));
    return 1;
  }
  const { graph, diagnostics } = buildGraph(built.config);
  if (hasErrors(diagnostics)) {
    io.stderr.write(renderDiagnostics(diagnostics, sources.source, { color, context: sources.context }));
    return 1;
  }
  io.stdout.write(opts.type === "plan" ? planGraphDot(graph) : resourceGraphDot(graph));
  return 0;
}
