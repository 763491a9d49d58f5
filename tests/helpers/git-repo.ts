import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// A local git repository holding Terraform modules, for tests of git module sources: made with the
// git CLI in a temporary directory, with its own HOME, no system configuration and fixed author and
// dates, so it builds the same on a clean CI machine. Two tagged commits (v1.0.0, v2.0.0) of a root
// module, plus `modules/sub` (which calls `../inner`) for `//subdir` sources.

/** A test repository and the environment git (and terrane) should run with. */
export interface TestGitRepo {
  readonly dir: string;
  /** `file:///...` URL of the repository. */
  readonly url: string;
  /** PATH, HOME and GIT_* variables for running git against it. */
  readonly env: Record<string, string>;
}

/** The module files of each tagged version. */
export function repoFiles(version: "v1.0.0" | "v2.0.0"): Record<string, string> {
  const n = version === "v1.0.0" ? "one" : "two";
  return {
    "main.tf": `variable "x" {\n  default = "${n}"\n}\n\nresource "terraform_data" "d" {\n  input = var.x\n}\n\noutput "x" {\n  value = terraform_data.d.output\n}\n`,
    "modules/sub/main.tf": `module "inner" {\n  source = "../inner"\n}\n\noutput "sub" {\n  value = "sub-${n}"\n}\n`,
    "modules/inner/main.tf": `output "inner" {\n  value = "inner-${n}"\n}\n`,
    ".hidden/ignored.txt": "dot directories are not copied when a package is reused\n",
  };
}

/** The environment for git: a private HOME, no system config, fixed identity and dates. */
export function gitEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Terrane Tests",
    GIT_AUTHOR_EMAIL: "tests@terrane.invalid",
    GIT_COMMITTER_NAME: "Terrane Tests",
    GIT_COMMITTER_EMAIL: "tests@terrane.invalid",
    GIT_AUTHOR_DATE: "2024-01-01T00:00:00Z",
    GIT_COMMITTER_DATE: "2024-01-01T00:00:00Z",
  };
}

/** Makes the repository (in `parent`, or a new temporary directory). */
export function makeGitRepo(parent = mkdtempSync(join(tmpdir(), "terrane-git-"))): TestGitRepo {
  const dir = join(parent, "repo");
  const home = join(parent, "home");
  mkdirSync(dir, { recursive: true });
  mkdirSync(home, { recursive: true });
  const env = gitEnv(home);
  const git = (...args: string[]): void => void execFileSync("git", args, { cwd: dir, env, stdio: "pipe" });
  git("init", "-q");
  git("symbolic-ref", "HEAD", "refs/heads/main");
  for (const version of ["v1.0.0", "v2.0.0"] as const) {
    writeFiles(dir, repoFiles(version));
    git("add", "-A");
    git("commit", "-q", "-m", version);
    git("tag", version);
  }
  return { dir, url: `file://${dir}`, env };
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}
