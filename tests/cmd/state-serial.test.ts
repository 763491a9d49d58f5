import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// The serial `terrane apply` writes, against what `terraform apply` wrote on the same configuration
// and starting state (fixtures/state-serial, see generate.sh there). Terraform adds one per state
// write that differs from the snapshot read (the start, or for a new state its own first write), and
// writes after every object plus once at the end; Terrane writes less often but counts the same
// writes (core/statemgr/serial-counter.ts). A state the apply does not change keeps its serial and
// its file.

const FIXTURES = join(import.meta.dirname, "../../fixtures/state-serial");

function workDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `terrane-serial-${name}-`));
  for (const entry of readdirSync(join(FIXTURES, name))) {
    if (entry === "before" || entry.startsWith("expected")) continue;
    cpSync(join(FIXTURES, name, entry), join(dir, entry), { recursive: true });
  }
  return dir;
}

describe("the serial of the state apply writes", () => {
  for (const name of readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "main.tf")))) {
    it(name, async () => {
      const dir = workDir(name);
      const statePath = join(dir, "terraform.tfstate");
      const start = existsSync(statePath) ? { text: readFileSync(statePath, "utf8"), mtime: statSync(statePath).mtimeMs } : undefined;
      const r = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const text = readFileSync(statePath, "utf8");
      expect((JSON.parse(text) as { serial: number }).serial).toBe(Number(readFileSync(join(FIXTURES, name, "expected-serial"), "utf8")));
      const rewritten = readFileSync(join(FIXTURES, name, "expected-rewritten"), "utf8").trim() === "yes";
      expect(start === undefined || text !== start.text).toBe(rewritten);
      if (start && !rewritten) expect(statSync(statePath).mtimeMs).toBe(start.mtime);
    });
  }
});
