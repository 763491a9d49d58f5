import { describe, expect, it } from "vitest";
import { normalizeFlags, splitArgs } from "../../cmd/args.js";

describe("splitArgs", () => {
  it.each([
    [["version"], { chdir: undefined, version: false, help: false }, "version", []],
    [["-chdir=infra", "fmt", "-check"], { chdir: "infra", version: false, help: false }, "fmt", ["-check"]],
    [["-chdir", "infra", "fmt"], { chdir: "infra", version: false, help: false }, "fmt", []],
    [["--chdir=x", "console"], { chdir: "x", version: false, help: false }, "console", []],
    [["-version"], { chdir: undefined, version: true, help: false }, undefined, []],
    [["-help", "fmt"], { chdir: undefined, version: false, help: true }, "fmt", []],
  ])("%j", (argv, global, command, rest) => {
    const r = splitArgs(argv);
    expect(r).not.toHaveProperty("error");
    if ("error" in r) return;
    expect({ chdir: r.global.chdir, version: r.global.version, help: r.global.help }).toEqual(global);
    expect(r.command).toBe(command);
    expect(r.rest).toEqual(rest);
  });

  it("rejects an unknown global flag", () => {
    expect(splitArgs(["-bogus", "fmt"])).toEqual({ error: "flag provided but not defined: -bogus" });
  });

  it("rejects -chdir without a directory", () => {
    expect(splitArgs(["-chdir"])).toEqual({ error: "The -chdir option requires a directory argument." });
  });
});

describe("normalizeFlags", () => {
  it.each([
    [["-out=tfplan"], ["--out=tfplan"]],
    [["-no-color", "-var", "a=1"], ["--no-color", "--var", "a=1"]],
    [["--check"], ["--check"]],
    [["-"], ["-"]],
    [["dir", "-recursive"], ["dir", "--recursive"]],
    [["--", "-x"], ["--", "-x"]],
    [["-var-file=a.tfvars"], ["--var-file=a.tfvars"]],
  ])("%j", (input, expected) => {
    expect(normalizeFlags(input)).toEqual(expected);
  });
});
