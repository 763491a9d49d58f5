import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize } from "node:path";
import { buildConfig, type BuiltConfig } from "../../core/configs/config-builder.js";
import type { PlanFileExtras } from "../../core/plans/planfile/index.js";

// The configuration a saved plan was made from, loaded again from the snapshot inside the plan file
// (as Terraform's planfile.Reader.ReadConfig does), not from the working directory, which may have
// changed since. The configuration loader reads directories, so the snapshot is written out to a
// temporary directory first, deep enough that module sources above the root (`../shared`) stay in it.

/** The configuration of a saved plan, loaded from its snapshot. */
export function planConfig(extras: PlanFileExtras): BuiltConfig {
  const files = Object.entries(extras.config.files);
  const base = mkdtempSync(join(tmpdir(), "terrane-plan-config-"));
  const root = join(base, ...Array.from({ length: maxParentDepth(files.map(([name]) => name)) }, (_, i) => `r${i}`));
  try {
    for (const [name, text] of files) {
      const target = join(root, normalize(name));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    mkdirSync(root, { recursive: true });
    return buildConfig(root, { displayDir: "." });
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

// How many directories above the root the snapshot's files reach (`../../x/main.tf` reaches two).
function maxParentDepth(names: readonly string[]): number {
  let max = 0;
  for (const name of names) {
    let depth = 0;
    let lowest = 0;
    for (const part of normalize(name).split(/[\\/]/)) {
      depth += part === ".." ? -1 : part === "." || part === "" ? 0 : 1;
      lowest = Math.min(lowest, depth);
    }
    max = Math.max(max, -lowest);
  }
  return max;
}
