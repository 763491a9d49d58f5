import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { planFromDocument, unpackPlanFile } from "../../core/plans/planfile/index.js";
import type { Plan } from "../../core/plans/changes.js";
import type { StateFile } from "../../core/states/state.js";
import { configFilesHash } from "./save-plan.js";

// `terrane apply PLANFILE`: the saved plan read back and checked before anything is applied.
// - The state must be the one the plan was made from (Terraform's backend_local.go checks): a plan
//   from another lineage "does not match the given state"; one whose serial differs is stale — which
//   also refuses applying the same plan twice, since the first apply moved the serial on.
// - The configuration: Terraform applies with the snapshot inside the plan file and ignores the
//   working directory's files. Terrane evaluates paths (`path.module`, `file()`) against the working
//   directory, so it applies a plan only where the configuration is the one it snapshotted, and says
//   so otherwise rather than apply a snapshot against files that may no longer match it.

/** A saved plan ready to apply. */
export interface SavedPlan {
  readonly plan: Plan;
}

/** Reads the plan file and checks it against the state and the configuration now in the working directory. */
export function loadSavedPlan(path: string, cwd: string, files: ReadonlyMap<string, string>, stateFile: StateFile | undefined): { saved?: SavedPlan; diagnostics: Diagnostic[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (e) {
    return { diagnostics: [errorDiag("Failed to read plan file", `The plan file ${JSON.stringify(path)} could not be read: ${(e as Error).message}`)] };
  }
  const unpacked = unpackPlanFile(bytes, path);
  if (unpacked.diagnostics.length > 0) return { diagnostics: unpacked.diagnostics };
  const read = planFromDocument(unpacked.document);
  if ("error" in read) return { diagnostics: [errorDiag("Failed to read plan file", `The file ${JSON.stringify(path)} is not a valid plan: ${read.error}.`)] };
  const recorded = read.extras.state;
  const current = { lineage: stateFile?.lineage ?? "", serial: stateFile?.serial ?? 0 };
  const firstPlan = recorded === undefined || (recorded.lineage === "" && recorded.serial === 0);
  if (!firstPlan && recorded.lineage !== current.lineage) {
    return { diagnostics: [errorDiag("Saved plan does not match the given state", "The given plan file can not be applied because it was created from a different state lineage.")] };
  }
  if ((recorded?.serial ?? 0) !== current.serial) {
    return {
      diagnostics: [
        errorDiag("Saved plan is stale", "The given plan file can no longer be applied because the state was changed by another operation after the plan was created."),
      ],
    };
  }
  if (configFilesHash(files) !== read.extras.config.hash) {
    const detail =
      `The configuration in the working directory has changed since the plan file ${JSON.stringify(path)} was created, ` +
      "and Terrane applies a saved plan only together with the configuration it was made from. " +
      "Restore that configuration, or create a new plan with terrane plan -out and apply that instead.";
    return { diagnostics: [errorDiag("Saved plan does not match the configuration", detail)] };
  }
  return { saved: { plan: read.plan }, diagnostics: [] };
}
