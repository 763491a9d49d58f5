import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The cases of fixtures/plugin-goldens (terraform's plans made with Terrane's built-in providers
// served as plugins), set up as each test starts them: the case's configuration and the state and
// files Terraform's apply of before/ left, with the case's edit.sh (drift made outside Terraform) run.

/** The fixtures folder. */
export const PLUGIN_GOLDENS = join(import.meta.dirname, "../../fixtures/plugin-goldens");

const CASE_FILES = ["before", "args", "edit.sh", "applied-files"];

/** The names of the cases. */
export function pluginGoldenCases(): string[] {
  return readdirSync(PLUGIN_GOLDENS).filter((n) => existsSync(join(PLUGIN_GOLDENS, n, "main.tf")));
}

/** A fresh working directory for a case. */
export function pluginGoldenWorkDir(name: string): string {
  const src = join(PLUGIN_GOLDENS, name);
  const dir = mkdtempSync(join(tmpdir(), `terrane-plugin-golden-${name}-`));
  for (const entry of readdirSync(src)) {
    if (!CASE_FILES.includes(entry) && !entry.startsWith("expected-")) cpSync(join(src, entry), join(dir, entry), { recursive: true });
  }
  if (existsSync(join(src, "applied-files"))) cpSync(join(src, "applied-files"), dir, { recursive: true });
  if (existsSync(join(src, "edit.sh"))) execFileSync("sh", [join(src, "edit.sh")], { cwd: dir });
  return dir;
}

/** A file of a case, or "" when it has none. */
export function pluginGoldenFile(name: string, file: string): string {
  const path = join(PLUGIN_GOLDENS, name, file);
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}
