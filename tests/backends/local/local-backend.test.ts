import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LocalBackend, openBackend, type LocalBackendSettings, type StatePathOverrides } from "../../../backends/index.js";
import { loadModule } from "../../../core/configs/loader.js";

function workDir(): string {
  return mkdtempSync(join(tmpdir(), "terrane-local-backend-"));
}

function backendBlock(dir: string, hcl: string): ReturnType<typeof openBackend> {
  writeFileSync(join(dir, "main.tf"), `terraform {\n${hcl}\n}\n`);
  const loaded = loadModule(dir, { displayDir: "." });
  expect(loaded.diagnostics).toEqual([]);
  return openBackend(loaded.module.backend, { cwd: dir, terraformVersion: "1.11.4" });
}

describe("LocalBackend.statePaths", () => {
  const rows: [string, LocalBackendSettings, StatePathOverrides, string, [string, string, string | undefined]][] = [
    ["defaults", {}, {}, "default", ["terraform.tfstate", "terraform.tfstate", "terraform.tfstate.backup"]],
    ["a workspace", {}, {}, "staging", ["terraform.tfstate.d/staging/terraform.tfstate", "terraform.tfstate.d/staging/terraform.tfstate", "terraform.tfstate.d/staging/terraform.tfstate.backup"]],
    ["configured path", { path: "s/prod.tfstate" }, {}, "default", ["s/prod.tfstate", "s/prod.tfstate", "s/prod.tfstate.backup"]],
    ["configured path is for the default workspace only", { path: "s/prod.tfstate" }, {}, "dev", ["terraform.tfstate.d/dev/terraform.tfstate", "terraform.tfstate.d/dev/terraform.tfstate", "terraform.tfstate.d/dev/terraform.tfstate.backup"]],
    ["workspace_dir", { workspaceDir: "envs" }, {}, "dev", ["envs/dev/terraform.tfstate", "envs/dev/terraform.tfstate", "envs/dev/terraform.tfstate.backup"]],
    ["-state", { path: "s/prod.tfstate" }, { statePath: "other.tfstate" }, "default", ["other.tfstate", "other.tfstate", "other.tfstate.backup"]],
    ["-state in a workspace is literal", {}, { statePath: "other.tfstate" }, "dev", ["other.tfstate", "other.tfstate", "other.tfstate.backup"]],
    ["-state-out", {}, { stateOutPath: "out.tfstate" }, "default", ["terraform.tfstate", "out.tfstate", "out.tfstate.backup"]],
    ["-backup", {}, { backupPath: "b.tfstate" }, "default", ["terraform.tfstate", "terraform.tfstate", "b.tfstate"]],
    ["-backup=-", {}, { backupPath: "-" }, "default", ["terraform.tfstate", "terraform.tfstate", undefined]],
  ];
  it.each(rows)("%s", (_, settings, overrides, workspace, [statePath, stateOutPath, backupPath]) => {
    const b = new LocalBackend({ cwd: "/nowhere", terraformVersion: "1.11.4", settings, overrides });
    expect(b.statePaths(workspace)).toEqual({ statePath, stateOutPath, backupPath });
  });
});

describe("LocalBackend", () => {
  it("makes a non-default workspace's folder when its state manager is opened, and lists workspaces", () => {
    const dir = workDir();
    const b = new LocalBackend({ cwd: dir, terraformVersion: "1.11.4" });
    expect(b.workspaces()).toEqual(["default"]);
    const m = b.stateManager("staging");
    expect(b.stateManager("staging")).toBe(m);
    expect(existsSync(join(dir, "terraform.tfstate.d/staging"))).toBe(true);
    mkdirSync(join(dir, "terraform.tfstate.d/alpha"));
    writeFileSync(join(dir, "terraform.tfstate.d/not-a-workspace"), "");
    expect(b.workspaces()).toEqual(["default", "alpha", "staging"]);
    b.stateManager("default");
    expect(existsSync(join(dir, "terraform.tfstate.d/default"))).toBe(false);
  });
});

describe("backend blocks", () => {
  it("opens the local backend when there is no backend block", () => {
    const r = openBackend(undefined, { cwd: "/x", terraformVersion: "1.11.4" });
    expect(r.backend?.statePaths("default").statePath).toBe("terraform.tfstate");
  });

  it("reads path and workspace_dir from a local backend block", () => {
    const r = backendBlock(workDir(), '  backend "local" {\n    path          = "state/prod.tfstate"\n    workspace_dir = "ws"\n  }');
    expect(r.diagnostics).toEqual([]);
    expect(r.backend!.statePaths("default").statePath).toBe("state/prod.tfstate");
    expect(r.backend!.statePaths("x").statePath).toBe("ws/x/terraform.tfstate");
  });

  it("treats null as not set", () => {
    const r = backendBlock(workDir(), '  backend "local" {\n    path = null\n  }');
    expect(r.backend!.statePaths("default").statePath).toBe("terraform.tfstate");
  });

  it.each([
    ['path = ""', "Invalid local state file path", 'The "path" attribute value must not be empty.'],
    ['workspace_dir = ""', "Invalid local workspace directory path", 'The "workspace_dir" attribute value must not be empty.'],
    ["path = [1]", "Incorrect attribute value type", "Inappropriate value for attribute: string required."],
    ['bucket = "x"', "Unsupported argument", 'An argument named "bucket" is not expected here.'],
    ["path = var.p", "Variables not allowed", "Variables may not be used here."],
  ])("refuses %s", (attr, summary, detail) => {
    const r = backendBlock(workDir(), `  backend "local" {\n    ${attr}\n  }`);
    expect(r.backend).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", summary, detail });
    expect(r.diagnostics[0]!.subject?.start.line).toBe(3);
  });

  it.each([
    ["s3", 'Terrane does not support the "s3" backend; only the "local" backend is available.'],
    ["nope", 'There is no backend type named "nope".'],
  ])("refuses the %s backend", (type, detail) => {
    const r = backendBlock(workDir(), `  backend "${type}" {}`);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: "error", summary: "Unsupported backend type", detail })]);
    expect(r.diagnostics[0]!.subject?.start.line).toBe(2);
  });
});
