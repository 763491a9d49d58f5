import { describe, expect, it } from "vitest";
import { readStateFile } from "../../../core/states/index.js";
import { asLoadError, fixture } from "./state-fixtures.js";

// Every damaged state file of fixtures/state/errors/cases.json must fail with the diagnostics
// Terraform v1.11.4 gave for it (golden.json, from `terraform state list`; update-golden.mjs remakes
// it). Terrane names itself where Terraform does in the "newer format" message.

interface Case {
  readonly name: string;
  readonly state: string;
}

const cases = JSON.parse(fixture("errors/cases.json")) as Case[];
const golden = JSON.parse(fixture("errors/golden.json")) as Record<string, string>;

describe("damaged state files", () => {
  it.each(cases.map((c) => [c.name, c.state] as const))("%s", (name, state) => {
    const r = readStateFile(state, { terraneVersion: "1.11.4" });
    expect(r.file).toBeUndefined();
    expect(asLoadError(r.diagnostics).replaceAll("Terrane 1.11.4", "Terraform 1.11.4")).toBe(golden[name]);
  });
});

describe("files that are not state", () => {
  it("reads empty text as no state at all, as Terraform's ErrNoState", () => {
    expect(readStateFile("")).toEqual({ diagnostics: [] });
  });

  it("names Terrane and its version in the newer-format message", () => {
    const r = readStateFile('{"version": 5}', { terraneVersion: "0.1.0" });
    expect(r.diagnostics.map((d) => d.detail)).toEqual([
      "The state file uses format version 5, which is not supported by Terrane 0.1.0. This state file may have been created by a newer version of Terraform.",
    ]);
  });
});

// Where Terraform v1.11.4 gives no usable answer, Terrane reports the error Terraform's parsers
// produce: Terraform silently drops a resource whose provider address it cannot read, and crashes on
// some malformed check result addresses.
describe("where Terrane reports what Terraform does not", () => {
  const P = (provider: string): string =>
    JSON.stringify({ version: 4, resources: [{ mode: "managed", type: "a", name: "b", provider, instances: [{}] }] });
  const C = (kind: string, config: string, object: string): string =>
    JSON.stringify({ version: 4, check_results: [{ object_kind: kind, config_addr: config, status: "pass", objects: [{ object_addr: object, status: "pass" }] }] });
  const PROVIDER = "Invalid provider configuration address";
  const CHECKABLE = "Invalid checkable address";

  it.each([
    ["a provider address of another form", P("nonsense"), PROVIDER, 'Provider address must begin with "provider.", followed by a provider type name.'],
    ["a provider source with too many parts", P('provider["a/b/c/d"]'), "Invalid provider source string", 'The "source" attribute must be in the format "[hostname/][namespace/]name"'],
    ["a keyed module in a provider address", P('module.m[0].provider["hashicorp/aws"]'), PROVIDER, "Provider address cannot contain module indexes"],
    ["an indexed output address", C("output", "output.x", "output.y[0]"), CHECKABLE, "Output address must have only one attribute part after the keyword 'output', giving the name of the output value."],
    ["a check address with extra parts", C("check", "check.x", "check.x.y"), CHECKABLE, "Check address must have only one attribute part after the keyword 'check', giving the name of the check block."],
  ])("%s", (_name, text, summary, detail) => {
    const r = readStateFile(text);
    expect(r.file).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([[summary, detail]]);
  });

  it("skips check results of kinds it does not know, and keeps input variable results", () => {
    const text = JSON.stringify({
      version: 4,
      check_results: [
        { object_kind: "bogus", config_addr: "x", status: "pass", objects: null },
        { object_kind: "var", config_addr: "var.x", status: "later", objects: [{ object_addr: "var.x", status: "fail", failure_messages: ["no"] }] },
      ],
    });
    expect(readStateFile(text).file!.state.checkResults).toEqual([
      { objectKind: "var", configAddr: "var.x", status: "unknown", objects: [{ objectAddr: "var.x", status: "fail", failureMessages: ["no"] }] },
    ]);
  });
});
