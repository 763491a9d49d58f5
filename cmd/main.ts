// The CLI entry point: global flags, then a lazily loaded command module, so that a command only
// pays for what it uses (`terrane version` loads almost nothing).
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { isMainThread } from "node:worker_threads";
import { splitArgs } from "./args.js";
import type { CommandIO, CommandRunner } from "./io.js";

type CommandLoader = () => Promise<{ run: CommandRunner }>;

/** The commands Terrane has, with a one-line synopsis each as Terraform's help shows them. */
const COMMANDS: ReadonlyMap<string, { synopsis: string; load: CommandLoader }> = new Map([
  ["apply", { synopsis: "Create or update infrastructure", load: () => import("./commands/apply.js") }],
  ["console", { synopsis: "Try Terrane expressions at an interactive command prompt", load: () => import("./commands/console.js") }],
  ["destroy", { synopsis: "Destroy previously-created infrastructure", load: () => import("./commands/destroy.js") }],
  ["fmt", { synopsis: "Reformat your configuration in the standard style", load: () => import("./commands/fmt.js") }],
  ["force-unlock", { synopsis: "Release a stuck lock on the current workspace", load: () => import("./commands/force-unlock.js") }],
  ["graph", { synopsis: "Generate a Graphviz graph of the steps in an operation", load: () => import("./commands/graph.js") }],
  ["init", { synopsis: "Prepare your working directory for other commands", load: () => import("./commands/init.js") }],
  ["output", { synopsis: "Show output values from your root module", load: () => import("./commands/output.js") }],
  ["plan", { synopsis: "Show changes required by the current configuration", load: () => import("./commands/plan.js") }],
  ["providers", { synopsis: "Show the providers required for this configuration", load: () => import("./commands/providers.js") }],
  ["show", { synopsis: "Show the current state or a saved plan", load: () => import("./commands/show.js") }],
  ["validate", { synopsis: "Check whether the configuration is valid", load: () => import("./commands/validate.js") }],
  ["version", { synopsis: "Show the current Terrane version", load: () => import("./commands/version.js") }],
]);

/** Runs terrane with the given arguments (without the node and script paths); resolves to the exit code. */
export async function main(argv: readonly string[], io: CommandIO = processIO()): Promise<number> {
  const split = splitArgs(argv);
  if ("error" in split) {
    io.stderr.write(`${split.error}\n\n${usage()}`);
    return 1;
  }
  const { global } = split;
  const cwd = global.chdir === undefined ? io.cwd : resolve(io.cwd, global.chdir);
  if (global.chdir !== undefined) {
    const failed = changeDirectory(cwd, io);
    if (failed) {
      io.stderr.write(`Error handling -chdir option: chdir ${global.chdir}: ${failed}\n`);
      return 1;
    }
  }
  const cmdIO: CommandIO = { ...io, cwd };
  const name = global.version ? "version" : split.command;
  if (name === undefined || global.help || name === "help") {
    io.stdout.write(usage());
    return name === undefined && !global.help ? 127 : 0;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.stderr.write(`Terrane has no command named "${name}".\n\nTo see all of Terrane's top-level commands, run:\n  terrane -help\n\n`);
    return 1;
  }
  const mod = await command.load();
  return mod.run(split.rest, cmdIO);
}

function usage(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((k) => k.length)) + 2;
  const lines = [...COMMANDS].map(([n, c]) => `  ${n.padEnd(width)}${c.synopsis}`);
  return [
    "Usage: terrane [global options] <subcommand> [args]",
    "",
    "The available commands for execution are listed below.",
    "",
    "All commands:",
    ...lines,
    "",
    "Global options (use these before the subcommand, if any):",
    "  -chdir=DIR    Switch to a different working directory before executing the",
    "                given subcommand.",
    "  -help         Show this help output, or the help for a specified subcommand.",
    "  -version      An alias for the \"version\" subcommand.",
    "",
  ].join("\n");
}

/**
 * -chdir as Terraform does it: the directory must exist, and a real process (not an in-process run,
 * which may be a worker thread) changes its working directory, so that abspath() and other paths
 * relative to the process resolve against it. Returns why it failed, if it did.
 */
function changeDirectory(dir: string, io: CommandIO): string | undefined {
  try {
    if (!statSync(dir).isDirectory()) return "not a directory";
  } catch {
    return "no such file or directory";
  }
  if (io.stdout === process.stdout && isMainThread) process.chdir(dir);
  return undefined;
}

/**
 * Runs terrane as the process's command line (bin/terrane.js). Output to a closed pipe
 * (`terrane plan | head`) is dropped rather than ending the process with an unhandled EPIPE error,
 * so that an apply in progress still finishes and saves its state.
 */
export async function runAsProcess(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
    });
  }
  process.exitCode = await main(process.argv.slice(2));
}

function processIO(): CommandIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    originalCwd: process.cwd(),
    env: process.env,
  };
}
