// `terrane fmt [options] [target...]`: rewrites configuration files in the canonical style, as
// `terraform fmt` does — same flags, same file selection, same output and exit codes (0 done,
// 1 bad flags, 2 errors, 3 -check found unformatted input).
import { hasErrors } from "../../lang/source/diagnostics.js";
import { renderDiagnostic } from "../views/diagnostic-view.js";
import type { CommandIO } from "../io.js";
import { FMT_HELP, parseFmtArgs } from "./fmt-args.js";
import type { FmtOptions } from "./fmt-args.js";
import { FmtRun } from "./fmt-files.js";

/** Runs fmt; resolves to the exit code. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseFmtArgs(args);
  if (parsed.kind === "help") {
    io.stdout.write(`${FMT_HELP}\n`);
    return 0;
  }
  if (parsed.kind === "error") {
    io.stderr.write(`${FMT_HELP}\nError parsing command-line flags: ${parsed.message}\n\n`);
    return 1;
  }
  return runFmt(parsed.options, io);
}

async function runFmt(options: FmtOptions, io: CommandIO): Promise<number> {
  const fromStdin = options.targets[0] === "-";
  const check = options.check;
  const list = options.list && !fromStdin;
  let buffered = "";
  const emit = check ? (text: string) => void (buffered += text) : (text: string) => io.stdout.write(uiText(text));
  const fileOptions = {
    list: list || check,
    write: options.write && !fromStdin && !check,
    diff: options.diff,
    recursive: options.recursive,
  };
  const fmt = new FmtRun(fileOptions, io.cwd, emit);
  if (fromStdin) await fmt.formatStdin(await readAll(io.stdin));
  else await fmt.formatTargets(options.targets.length === 0 ? ["."] : options.targets);
  const color = options.color && !io.env.NO_COLOR;
  for (const d of fmt.diagnostics) io.stderr.write(`${renderDiagnostic(d, (f) => fmt.sources.get(f), { color })}\n`);
  if (hasErrors(fmt.diagnostics)) return 2;
  if (!check) return 0;
  if (list && buffered !== "") io.stdout.write(uiText(buffered));
  return buffered === "" ? 0 : 3;
}

/** Text as Terraform's UI writer prints it: it drops one trailing newline and always adds one back. */
function uiText(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
