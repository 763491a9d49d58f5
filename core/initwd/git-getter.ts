import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

// go-getter's git getter, with the `git` command as Terraform uses it: `git clone` (shallow with
// `--depth N --branch REF` when `depth` is given), `git checkout REF` otherwise, then the submodules.
// `ref`, `depth` and `sshkey` are read from the URL's query and removed before cloning. A failing
// command gives go-getter's error: `/usr/bin/git exited with 128: <git's output>`.

/** Where and how to clone. */
export interface GitFetch {
  /** The URL after the `git::` prefix, query arguments included. */
  readonly url: URL;
  /** The directory to clone into, as git is told it (relative to `cwd`). */
  readonly dst: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const COMMIT_ID = /^[0-9a-f]{7,40}$/;

/** Clones a repository and checks out the requested ref; an error message on failure. */
export async function gitGet(req: GitFetch): Promise<string | undefined> {
  const git = findExecutable("git", req.env);
  if (!git) return "git must be available and on the PATH";
  const q = req.url.searchParams;
  const ref = q.get("ref") ?? "";
  const depthArg = Number.parseInt(q.get("depth") ?? "", 10);
  const depth = Number.isFinite(depthArg) ? depthArg : 0;
  if (q.has("sshkey")) return "Terrane does not support the sshkey argument of git sources; use an SSH agent";
  const clean = new URL(req.url.href);
  for (const k of ["ref", "depth", "sshkey"]) clean.searchParams.delete(k);
  clean.search = clean.searchParams.toString();
  const run = async (args: string[], cwd: string): Promise<string | undefined> => failure(git, await runGit(git, args, cwd, req.env));
  const args = ["clone"];
  if (depth > 0) args.push("--depth", String(depth), "--branch", ref !== "" ? ref : await defaultBranch(git, clean.href, req.cwd, req.env));
  args.push("--", clean.href, req.dst);
  const cloneErr = await run(args, req.cwd);
  if (cloneErr) {
    const note = depth > 0 && COMMIT_ID.test(ref) ? " (note that setting 'depth' requires 'ref' to be a branch or tag name)" : "";
    return cloneErr + note;
  }
  const dir = join(req.cwd, req.dst);
  if (depth < 1 && ref !== "") {
    const err = await run(["checkout", ref], dir);
    if (err) return err;
  }
  const sub = ["submodule", "update", "--init", "--recursive", ...(depth > 0 ? ["--depth", String(depth)] : [])];
  return run(sub, dir);
}

// The remote's default branch (`git ls-remote --symref URL HEAD`), "master" when it cannot be told.
async function defaultBranch(git: string, url: string, cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const r = await runGit(git, ["ls-remote", "--symref", url, "HEAD"], cwd, env);
  const m = r.code === 0 ? /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(r.output) : null;
  return m ? m[1]! : "master";
}

/** What a git command did: its exit code (-1 when it could not start) and its combined output. */
interface GitRun {
  readonly code: number;
  readonly output: string;
}

// Runs git with stdout and stderr captured together, as go-getter's getRunCommand does.
function runGit(git: string, args: string[], cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<GitRun> {
  return new Promise((resolve) => {
    const child = spawn(git, args, { cwd, env: { ...definedEnv(env), GIT_TERMINAL_PROMPT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => chunks.push(b));
    child.stderr.on("data", (b: Buffer) => chunks.push(b));
    child.on("error", (e) => resolve({ code: -1, output: e.message }));
    child.on("close", (code) => resolve({ code: code ?? -1, output: Buffer.concat(chunks).toString("utf8") }));
  });
}

function failure(git: string, r: GitRun): string | undefined {
  if (r.code === 0) return undefined;
  return r.code === -1 ? `error running ${git}: ${r.output}` : `${git} exited with ${r.code}: ${r.output}`;
}

/** The full path of a command found on the environment's PATH (Go's exec.LookPath). */
export function findExecutable(name: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function definedEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}
