import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { buildConfig } from "../../../core/configs/config-builder.js";
import type { Config } from "../../../core/configs/model.js";
import { hasErrors } from "../../../lang/source/diagnostics.js";

// Configurations for graph and validate tests: a fixture directory under fixtures/config, or files
// written to a fresh temporary directory, loaded with the real loader (file names relative to the
// configuration's directory, as Terraform shows them).

/** The directory of a fixture configuration. */
export function fixtureDir(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/config/${name}`, import.meta.url));
}

/** Loads a configuration directory; loading must succeed. */
export function loadConfig(dir: string): Config {
  const built = buildConfig(dir, { displayDir: "." });
  expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(hasErrors(built.diagnostics)).toBe(false);
  return built.config;
}

/** Writes the files (paths relative to the root module) to a temporary directory and returns it. */
export function writeConfig(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-graph-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Loads a configuration made of the given files. */
export function configOf(files: Readonly<Record<string, string>>): Config {
  return loadConfig(writeConfig(files));
}
