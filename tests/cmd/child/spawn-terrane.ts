import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

// Running terrane in a process of its own (terrane.ts beside this file, from the TypeScript sources),
// watching what it prints, and waiting for a condition or its exit: for the tests that kill an apply,
// interrupt it, or hold a state lock while another run starts.

const REGISTER = fileURLToPath(new URL("../../helpers/ts-loader.mjs", import.meta.url));
const TERRANE = fileURLToPath(new URL("./terrane.ts", import.meta.url));

/** A terrane process and what it printed so far. */
export interface TerraneChild {
  readonly process: ChildProcess;
  readonly output: { stdout: string; stderr: string };
  /** Resolves with the exit code (or the signal that ended it). */
  readonly exited: Promise<number | NodeJS.Signals>;
}

/** Starts `terrane ARGS` in `cwd`, with stdin left open (a prompt waits for it). */
export function startTerrane(cwd: string, args: readonly string[], env: Record<string, string> = {}): TerraneChild {
  const child = spawn(process.execPath, ["--import", REGISTER, TERRANE, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  child.stdout!.on("data", (d: Buffer) => (output.stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output.stderr += d.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal!)));
  return { process: child, output, exited };
}

/** Polls `condition` every 20 ms until it holds; fails after `timeoutMs` with `what` and the child's output. */
export async function until(condition: () => boolean, what: string, child?: TerraneChild, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${child ? `stdout:\n${child.output.stdout}\nstderr:\n${child.output.stderr}` : ""}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The addresses of the progress lines `addr: <what>` printed so far. */
export function progressAddresses(stdout: string, what: "Creating..." | "Creation complete" | "Destruction complete"): Set<string> {
  const out = new Set<string>();
  for (const line of stdout.split("\n")) {
    const at = line.indexOf(`: ${what}`);
    if (at > 0) out.add(line.slice(0, at));
  }
  return out;
}
