// -chdir as Terraform handles it: a missing directory is refused with Go's chdir error, and a real
// terrane process works in the directory, so abspath() resolves against it (terraform 1.11.4 prints
// /DIR/sub/x for abspath("x") with -chdir=sub).
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { startTerrane } from "./child/spawn-terrane.js";

describe("-chdir", () => {
  it("refuses a directory that does not exist, as terraform does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-chdir-"));
    const r = await runCli(["-chdir=nope", "plan"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("Error handling -chdir option: chdir nope: no such file or directory\n");
    writeFileSync(join(dir, "file"), "");
    expect((await runCli(["-chdir=file", "plan"], { cwd: dir })).stderr).toBe("Error handling -chdir option: chdir file: not a directory\n");
  });

  it("makes abspath() resolve against the new directory in a terrane process", async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "terrane-chdir-")));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub/main.tf"), 'output "p" {\n  value = abspath("x")\n}\n');
    const child = startTerrane(dir, ["-chdir=sub", "apply", "-auto-approve", "-no-color"]);
    expect(await child.exited).toBe(0);
    expect(child.output.stdout).toContain(`p = "${join(dir, "sub/x")}"`);
  }, 30_000);
});
