import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStateOutputs } from "../../../../cmd/operation/state-outputs.js";
import { DynamicPseudoType, StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { REMOTE_STATE_SCHEMA, terraformProvider } from "../../../../providers/builtin/terraform/index.js";
import { objectFor, plain } from "../harness.js";

// terraform_remote_state against Terraform 1.11's builtin provider: the schema `terraform providers
// schema -json` prints, reads of state files terraform wrote (fixtures/plan/data-remote-state), and the
// error texts terraform plan printed for bad backends and configurations.

const T = "terraform_remote_state";
const FIXTURE = join(import.meta.dirname, "../../../../fixtures/plan/data-remote-state");
const cfg = (attrs: Record<string, unknown>) => objectFor(REMOTE_STATE_SCHEMA, attrs);

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-remote-state-"));
  cpSync(join(FIXTURE, "other.tfstate"), join(dir, "other.tfstate"));
  cpSync(join(FIXTURE, "terraform.tfstate.d"), join(dir, "terraform.tfstate.d"), { recursive: true });
  return dir;
}

async function read(attrs: Record<string, unknown>, cwd = workDir()) {
  const p = terraformProvider({ cwd, readStateOutputs });
  const config = cfg(attrs);
  const validated = await p.validateDataResourceConfig({ typeName: T, config });
  if (validated.diagnostics.length > 0) return { diagnostics: validated.diagnostics };
  return p.readDataSource({ typeName: T, config });
}

const summaries = (r: { diagnostics: readonly { summary: string; detail?: string }[] }) => r.diagnostics.map((d) => `${d.summary}: ${d.detail}`);

describe("terraform_remote_state schema", () => {
  it("has Terraform 1.11's attributes", async () => {
    const s = await terraformProvider().getProviderSchema();
    const attrs = s.dataSources[T]!.block.attributes;
    expect(Object.keys(attrs)).toEqual(["backend", "config", "defaults", "outputs", "workspace"]);
    expect(attrs.backend).toMatchObject({ type: StringType, required: true });
    expect(attrs.config).toMatchObject({ type: DynamicPseudoType, optional: true });
    expect(attrs.defaults).toMatchObject({ type: DynamicPseudoType, optional: true });
    expect(attrs.outputs).toMatchObject({ type: DynamicPseudoType, computed: true });
    expect(attrs.workspace).toMatchObject({ type: StringType, optional: true });
  });
});

describe("terraform_remote_state read from the local backend", () => {
  it("reads the root outputs of a state file, over the defaults, sensitive ones unmarked", async () => {
    const r = await read({ backend: "local", config: { path: "other.tfstate" }, defaults: { extra: "fallback", name: "overridden" } });
    expect(r.diagnostics).toEqual([]);
    const state = (r as { state: Value }).state;
    expect(plain(state.entries().get("outputs"))).toEqual({ extra: "fallback", list: [1, 2], name: "remote", obj: { a: "x", b: true }, secret: "hidden", ws_name: "dev" });
    expect(state.entries().get("outputs")!.entries().get("secret")!.isSensitive).toBe(false);
    expect(plain(state.entries().get("backend"))).toBe("local");
  });

  it("reads another workspace from terraform.tfstate.d, and the old _local backend name", async () => {
    const r = await read({ backend: "_local", workspace: "dev" });
    expect(r.diagnostics).toEqual([]);
    expect(plain((r as { state: Value }).state.entries().get("outputs")!.entries().get("extra"))).toBe("dev");
  });

  it("reports a missing state as Terraform does, with empty outputs", async () => {
    const r = await read({ backend: "local", config: { path: "missing.tfstate" }, defaults: { a: 1 } });
    expect(summaries(r)).toEqual(["Unable to find remote state: No stored state was found for the given workspace in the given backend."]);
    expect(r.diagnostics[0]!.attribute).toEqual([{ attr: "workspace" }]);
    expect(plain((r as { state: Value }).state.entries().get("outputs"))).toEqual({});
  });

  it("reports a state file it cannot read", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "bad.tfstate"), "{ not json");
    const r = await read({ backend: "local", config: { path: "bad.tfstate" } }, dir);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.severity).toBe("error");
  });

  it("honours workspace_dir", async () => {
    const dir = workDir();
    mkdirSync(join(dir, "ws", "dev"), { recursive: true });
    cpSync(join(dir, "other.tfstate"), join(dir, "ws", "dev", "terraform.tfstate"));
    const r = await read({ backend: "local", workspace: "dev", config: { workspace_dir: "ws" } }, dir);
    expect(plain((r as { state: Value }).state.entries().get("outputs")!.entries().get("name"))).toBe("remote");
  });
});

describe("terraform_remote_state errors", () => {
  it.each([
    [{ backend: "nope" }, 'Invalid backend configuration: There is no backend type named "nope".'],
    [{ backend: "artifactory" }, 'Invalid backend configuration: The "artifactory" backend is not supported in Terraform v1.3 or later.'],
    [{ backend: "local", config: { path: "x.tfstate", bogus: 1 } }, 'Invalid backend configuration: The given configuration is not valid for backend "local": unexpected attribute "bogus".'],
    [{ backend: "local", config: { path: ["a"] } }, 'Invalid backend configuration: The given configuration is not valid for backend "local": .path: string required.'],
    [{ backend: "local", config: "str" }, 'Invalid backend configuration: The given configuration is not valid for backend "local": an object is required.'],
    [{ backend: "local", config: { path: "" } }, 'Invalid local state file path: The "path" attribute value must not be empty.'],
    [{ backend: "local", config: { workspace_dir: "" } }, 'Invalid local workspace directory path: The "workspace_dir" attribute value must not be empty.'],
    [{ backend: "local", defaults: "str" }, "Invalid default values: Defaults must be given in an object value."],
  ])("%j: %s", async (attrs, message) => {
    expect(summaries(await read(attrs))).toEqual([message]);
  });

  it("names a backend Terraform has but Terrane cannot read yet, when reading", async () => {
    const p = terraformProvider({ cwd: workDir(), readStateOutputs });
    const config = cfg({ backend: "s3", config: { bucket: "b", key: "k" } });
    expect((await p.validateDataResourceConfig({ typeName: T, config })).diagnostics).toEqual([]);
    const r = await p.readDataSource({ typeName: T, config });
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Unsupported remote state backend"]);
    expect(r.diagnostics[0]!.detail).toContain('the "s3" backend is not supported yet');
  });

  it("checks only the types of an unknown configuration", async () => {
    const p = terraformProvider();
    const unknownConfig = cfg({ backend: "local", config: { path: Value.unknown(StringType) } });
    expect((await p.validateDataResourceConfig({ typeName: T, config: unknownConfig })).diagnostics).toEqual([]);
  });
});
