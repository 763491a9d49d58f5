import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { packPlanFile, planDocument } from "../../core/plans/planfile/index.js";
import type { Plan } from "../../core/plans/changes.js";
import type { StateFile } from "../../core/states/state.js";
import { TERRANE_VERSION, TERRAFORM_COMPAT_VERSION } from "../version-info.js";

// `plan -out=FILE`: the plan, the configuration files it was made from, the state's lineage and
// serial and the providers used, written as one plan file.

/** Writes the plan file; returns the problems writing it. */
export function savePlan(path: string, cwd: string, plan: Plan, files: ReadonlyMap<string, string>, stateFile: StateFile | undefined, providers: readonly string[]): Diagnostic[] {
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const extras = {
    config: { files: Object.fromEntries(sorted), hash: configFilesHash(files) },
    ...(stateFile ? { state: { lineage: stateFile.lineage, serial: stateFile.serial } } : {}),
    providers: providers.map((source) => ({ source, version: "builtin", hashes: [] })),
  };
  const meta = { terraformVersion: TERRAFORM_COMPAT_VERSION, lineage: stateFile?.lineage ?? "", serial: stateFile?.serial ?? 0 };
  try {
    writeFileSync(resolve(cwd, path), packPlanFile(planDocument(plan, extras, meta), TERRANE_VERSION));
    return [];
  } catch (e) {
    return [errorDiag("Failed to write plan file", `The plan file could not be written: ${(e as Error).message}.`)];
  }
}

/** The hash of a configuration's files (names and texts, sorted by name), as recorded in plan files. */
export function configFilesHash(files: ReadonlyMap<string, string>): string {
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash("sha256");
  for (const [name, text] of sorted) hash.update(`${name}\0${text}\0`);
  return hash.digest("hex");
}
