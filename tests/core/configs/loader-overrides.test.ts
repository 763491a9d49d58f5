import { describe, expect, test } from "vitest";
import { buildConfig, loadModule } from "../../../core/configs/index.js";
import type { Body } from "../../../lang/hcl/body.js";
import { formatRange } from "../../../lang/source/range.js";
import { typeExprString } from "../../../lang/types/type.js";
import { toJS } from "../../helpers/values.js";
import { fixture, tfDiags } from "./loader-helpers.js";

// Override files (load-overrides/override.tf) merged over the primary files with Terraform's rules
// (module_merge.go). Terraform 1.11.4 loads the fixture without errors and, for example, asks for
// the provider at example.com/acme/random: the override's required_providers entry replaced the base's.

function attrs(body: Body, names: string[]): Record<string, unknown> {
  const { content } = body.content({ attributes: names.map((name) => ({ name })) });
  return Object.fromEntries([...content.attributes].map(([k, a]) => [k, toJS(a.expr.value(null).value)]));
}

describe("load-overrides", () => {
  const r = loadModule(fixture("load-overrides"), { displayDir: "." });
  const m = r.module;

  test("loads without diagnostics", () => {
    expect(tfDiags(r.diagnostics)).toEqual([]);
  });

  test("terraform settings: required_version and backend replaced, required_providers entries replaced whole", () => {
    expect(m.requiredVersions.map((v) => [v.constraint, formatRange(v.range)])).toEqual([[">= 0.2", "override.tf:2,3-30"]]);
    const random = m.requiredProviders.get("random")!;
    expect(random.source).toBe("example.com/acme/random");
    expect(random.versionConstraints).toEqual([]);
    expect(attrs(m.backend!.config, ["path"])).toEqual({ path: "override.tfstate" });
    expect(formatRange(m.backend!.declRange)).toBe("override.tf:10,3-18");
  });

  test("variables keep what the override does not set", () => {
    const region = m.variables.get("region")!;
    expect(typeExprString(region.type)).toBe("string");
    expect(toJS(region.default!.value(null).value)).toBe("us");
    expect(region.description).toBe("Base description.");
    expect(formatRange(region.declRange)).toBe("main.tf:16,1-18");
    const size = m.variables.get("size")!;
    expect(typeExprString(size.type)).toBe("string");
    expect(size).toMatchObject({ typeSet: true, sensitive: true });
    expect(toJS(size.default!.value(null).value)).toBe(1);
  });

  test("a local is replaced whole, range included; others stay", () => {
    expect(toJS(m.locals.get("greeting")!.expr.value(null).value)).toBe("hi");
    expect(formatRange(m.locals.get("greeting")!.declRange)).toBe("override.tf:25,3-18");
    expect(toJS(m.locals.get("kept")!.expr.value(null).value)).toBe("kept");
  });

  test("outputs take the override's description and flags and keep the base value", () => {
    const out = m.outputs.get("greeting")!;
    expect(out).toMatchObject({ description: "Overridden output.", sensitive: true });
    expect(out.expr.variables().map((t) => t.map((s) => ("name" in s ? s.name : "")).join("."))).toEqual(["local.greeting"]);
  });

  test("provider configurations merge argument by argument; a default one may be added", () => {
    expect(attrs(m.providerConfigs.get("random.second")!.config, ["seed", "extra"])).toEqual({ seed: "base", extra: "override" });
    expect(attrs(m.providerConfigs.get("random")!.config, ["seed"])).toEqual({ seed: "new default" });
  });

  test("module calls: source replaced, arguments merged", () => {
    const call = m.moduleCalls.get("child")!;
    expect(call.source).toBe("./other");
    expect(call.sourceAddr).toEqual({ kind: "local", path: "./other" });
    expect(formatRange(call.sourceRange)).toBe("override.tf:43,12-21");
    expect(attrs(call.config, ["a", "b", "c"])).toEqual({ a: 1, b: 20, c: 30 });
  });

  test("resources: arguments merged, lifecycle settings merged per setting", () => {
    const res = m.managedResources.get("terraform_data.r")!;
    expect(attrs(res.config, ["input", "triggers_replace"])).toEqual({ input: "override", triggers_replace: ["base"] });
    expect(res.lifecycle).toMatchObject({ createBeforeDestroy: true, preventDestroy: true });
  });

  test("the module tree follows the overridden source", () => {
    const built = buildConfig(fixture("load-overrides"), { displayDir: "." });
    expect(tfDiags(built.diagnostics)).toEqual([]);
    expect(built.config.children.get("child")!.module.dir).toBe(fixture("load-overrides/other"));
  });
});

test("an override body replaces every base block of a type it sets, and keeps the rest", () => {
  const m = loadModule(fixture("load-overrides-blocks"), { displayDir: "." }).module;
  const res = m.managedResources.get("terraform_data.r")!;
  const { content } = res.config.content({ attributes: [{ name: "input" }], blocks: [{ type: "setting" }, { type: "other" }] });
  const blocks = content.blocks.map((b) => `${b.type}@${formatRange(b.defRange)}`);
  expect(blocks).toEqual(["other@main.tf:6,3-8", "setting@override.tf:3,3-10", "dynamic@override.tf:6,3-20"]);
});
