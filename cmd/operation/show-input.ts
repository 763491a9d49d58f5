import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plan } from "../../core/plans/changes.js";
import { planFromDocument, unpackPlanFile, type PlanFileExtras } from "../../core/plans/planfile/index.js";
import { readStateFile } from "../../core/states/index.js";
import type { StateFile } from "../../core/states/state.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { loadModule } from "../../core/configs/index.js";
import type { CommandIO } from "../io.js";
import { TERRANE_VERSION } from "../version-info.js";
import { journalPathOf, recoverJournal } from "../../backends/local/index.js";
import { openStateBackend } from "./state-backend.js";

// What `show` shows (ShowCommand.show): with no path, the current state (none when there is no
// state file) of the selected workspace, where the configuration's `backend "local"` block (or
// `output -state=PATH`) puts it, read without locking as Terraform does; with a path, a plan file
// written by `plan -out` or else a state file, with Terraform's errors when it is neither: "Couldn't
// show local plan" for a damaged plan file, and "Failed to read the given file as a state or plan
// file" with both reasons otherwise.

/** What a path held. */
export type ShowInput =
  | { readonly kind: "plan"; readonly plan: Plan; readonly extras: PlanFileExtras }
  | { readonly kind: "state"; readonly file?: StateFile }
  | { readonly kind: "error"; readonly diagnostics: Diagnostic[] };

/** The current state of the working directory's workspace (or of `statePath`), or none. */
export function readCurrentState(io: Pick<CommandIO, "cwd" | "env">, statePath?: string): ShowInput {
  const backend = loadModule(io.cwd, { displayDir: "." }).module.backend;
  const opened = openStateBackend(io, backend, statePath ? { state: statePath } : {});
  if (!opened.manager) return { kind: "error", diagnostics: opened.diagnostics };
  const path = opened.manager.readPath;
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, path), "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { kind: "state" };
    return { kind: "error", diagnostics: [errorDiag("Failed to load state", goOpenError(path, e))] };
  }
  const r = readStateFile(text, { terraneVersion: TERRANE_VERSION });
  if (!r.file) return r.diagnostics.length > 0 ? { kind: "error", diagnostics: r.diagnostics } : { kind: "state" };
  // What a killed apply journaled beside the file is part of the state (plan and apply replay it too).
  const recovered = recoverJournal(resolve(io.cwd, journalPathOf(path)), { file: r.file, text }, false);
  return { kind: "state", file: recovered.file ?? r.file };
}

/** A plan file or a state file at `path` (relative to `cwd`), as `show PATH` reads it. */
export function readShowPath(cwd: string, path: string): ShowInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (e) {
    const open = goOpenError(path, e);
    return bothFailed(`Error loading statefile: ${open}`, open);
  }
  const unpacked = unpackPlanFile(bytes, path);
  if (unpacked.document !== undefined) {
    const read = planFromDocument(unpacked.document);
    if ("error" in read) return { kind: "error", diagnostics: [errorDiag("Couldn't show local plan", `Plan read error: ${read.error}`)] };
    return { kind: "plan", plan: read.plan, extras: read.extras };
  }
  const planProblem = unpacked.diagnostics[0]?.detail ?? "";
  const state = readStateFile(bytes.toString("utf8"), { terraneVersion: TERRANE_VERSION });
  if (state.file) return { kind: "state", file: state.file };
  // A file that starts as a plan file but cannot be read is a damaged plan, whatever else it is not.
  if (!isNotAPlanFile(planProblem)) return { kind: "error", diagnostics: [errorDiag("Couldn't show local plan", `Plan read error: ${planProblem}`)] };
  const stateProblem = state.diagnostics.length === 0 ? "no state" : diagnosticsAsError(state.diagnostics);
  return bothFailed(`Error reading ${path} as a statefile: ${stateProblem}`, "not a Terrane plan file");
}

function bothFailed(stateError: string, planReason: string): ShowInput {
  const detail = `State read error: ${stateError}\n\nPlan read error: couldn't load the provided path as a local plan file (${planReason})`;
  return { kind: "error", diagnostics: [errorDiag("Failed to read the given file as a state or plan file", detail)] };
}

// unpackPlanFile says a file without the plan file's opening line "is not a Terrane plan file".
function isNotAPlanFile(problem: string): boolean {
  return problem.endsWith("is not a Terrane plan file.");
}

/** Diagnostics as one error text, as Go's tfdiags Diagnostics.Err() writes them. */
export function diagnosticsAsError(diags: readonly Diagnostic[]): string {
  const one = (d: Diagnostic) => (d.detail ? `${d.summary}: ${d.detail}` : d.summary);
  if (diags.length === 1) return one(diags[0]!);
  return `${diags.length} problems:\n${diags.map((d) => `\n- ${one(d)}`).join("")}`;
}

/** The error text of Go's os.Open (or of the read, for a directory) for a failed read. */
export function goOpenError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EISDIR") return `read ${path}: is a directory`;
  const reason = code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
  return `open ${path}: ${reason}`;
}
