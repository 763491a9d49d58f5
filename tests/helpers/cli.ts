import { Readable } from "node:stream";
import { main } from "../../cmd/main.js";
import type { CommandIO } from "../../cmd/io.js";

/** What a CLI run printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output, a given stdin text and working directory. */
export async function runCli(argv: string[], opts: { stdin?: string; cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const cwd = opts.cwd ?? process.cwd();
  const io: CommandIO = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from([opts.stdin ?? ""]),
    cwd,
    originalCwd: cwd,
    env: { NO_COLOR: "1", ...opts.env },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
