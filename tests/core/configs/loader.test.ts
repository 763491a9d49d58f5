import { describe, expect, test } from "vitest";
import { loadModule, type Module } from "../../../core/configs/index.js";
import { formatRange } from "../../../lang/source/range.js";
import type { Traversal } from "../../../lang/syntax/ast.js";
import { typeExprString } from "../../../lang/types/type.js";
import { toJS } from "../../helpers/values.js";
import { fixture, tfDiags } from "./loader-helpers.js";

// Loading valid module directories: every top-level block type decoded into the model, in native
// syntax (load-valid-native) and JSON syntax (load-valid-json). Terraform 1.11.4 loads both without
// errors (`terraform validate` then only asks for the providers to be installed).

function traversalString(t: Traversal): string {
  return t
    .map((s, i) => {
      if (s.type === "TraverseRoot") return s.name;
      if (s.type === "TraverseAttr") return `.${s.name}`;
      return i >= 0 && s.key.kind === "number" ? `[${s.key.text}]` : `[${JSON.stringify(s.key)}]`;
    })
    .join("");
}

function load(name: string): { module: Module; files: ReadonlyMap<string, string>; diags: string[] } {
  const r = loadModule(fixture(name), { displayDir: "." });
  return { module: r.module, files: r.files, diags: tfDiags(r.diagnostics) };
}

describe("load-valid-native", () => {
  const { module: m, files, diags } = load("load-valid-native");

  test("loads without diagnostics and keeps every file's source", () => {
    expect(diags).toEqual([]);
    expect([...files.keys()]).toEqual(["main.tf", "outputs.tf", "variables.tf"]);
    expect(files.get("outputs.tf")).toContain('output "size"');
    expect(m.dir).toBe(fixture("load-valid-native"));
  });

  test("terraform block: required_version, required_providers, backend, provider_meta", () => {
    expect(m.requiredVersions.map((v) => [v.constraint, formatRange(v.range)])).toEqual([[">= 1.5, < 2.0", "main.tf:2,3-37"]]);
    const reqs = [...m.requiredProviders.values()].map((r) => ({
      name: r.name,
      source: r.source,
      versions: r.versionConstraints,
      aliases: r.configurationAliases.map((a) => `${a.name}.${a.alias}`),
      range: formatRange(r.declRange),
    }));
    expect(reqs).toEqual([
      { name: "null", source: "registry.terraform.io/hashicorp/null", versions: ["~> 3.2"], aliases: ["null.second"], range: "main.tf:5,12-9,6" },
      { name: "random", source: "registry.terraform.io/hashicorp/random", versions: ["~> 3.0"], aliases: [], range: "main.tf:10,14-22" },
      { name: "local", source: "registry.terraform.io/hashicorp/local", versions: [], aliases: [], range: "main.tf:11,13-13,6" },
    ]);
    expect(m.backend?.type).toBe("local");
    expect(formatRange(m.backend!.declRange)).toBe("main.tf:16,3-18");
    expect([...m.backend!.config.justAttributes().attributes.keys()]).toEqual(["path"]);
    expect([...m.providerMetas!.keys()]).toEqual(["null"]);
    expect(m.experiments).toEqual([]);
  });

  test("provider blocks keep their configuration for the provider's schema", () => {
    expect([...m.providerConfigs.keys()]).toEqual(["random.second", "local"]);
    const local = m.providerConfigs.get("local")!;
    const { content, diagnostics } = local.config.content({ attributes: [{ name: "option" }], blocks: [{ type: "nested" }] });
    expect(diagnostics).toEqual([]);
    expect(toJS(content.attributes.get("option")!.expr.value(null).value)).toBe("a");
    expect(content.blocks.map((b) => b.type)).toEqual(["nested"]);
    expect(m.providerConfigs.get("random.second")).toMatchObject({ name: "random", alias: "second" });
  });

  test("variables: types, defaults, flags and validations", () => {
    expect([...m.variables.keys()]).toEqual(["name", "settings", "legacy_list", "secret", "untyped"]);
    const name = m.variables.get("name")!;
    expect(typeExprString(name.type)).toBe("string");
    expect(name).toMatchObject({ description: "The name.", typeSet: true, sensitive: false, nullable: true });
    expect(toJS(name.default!.value(null).value)).toBe("web");
    expect(name.validations.map((v) => formatRange(v.range))).toEqual(["variables.tf:6,3-13"]);
    const settings = m.variables.get("settings")!;
    expect(typeExprString(settings.type)).toBe("object({size=optional(number),tags=optional(map(string))})");
    expect(settings.typeDefaults?.defaultValues?.get("size")?.asNumber().toString()).toBe("3");
    expect(typeExprString(m.variables.get("legacy_list")!.type)).toBe("list(dynamic)");
    expect(m.variables.get("secret")).toMatchObject({ sensitive: true, ephemeral: true, nullable: false, typeSet: false });
    const untyped = m.variables.get("untyped")!;
    expect(typeExprString(untyped.type)).toBe("dynamic");
    expect(untyped.default).toBeUndefined();
    expect(formatRange(untyped.declRange)).toBe("variables.tf:31,1-19");
  });

  test("locals from several blocks, outputs with depends_on and preconditions", () => {
    expect([...m.locals.keys()]).toEqual(["prefix", "names", "full"]);
    expect(formatRange(m.locals.get("full")!.declRange)).toBe("main.tf:42,3-39");
    const full = m.outputs.get("full")!;
    expect(full).toMatchObject({ description: "The full name.", sensitive: false, ephemeral: false });
    expect(full.dependsOn.map(traversalString)).toEqual(["terraform_data.first", "module.child"]);
    expect(full.preconditions).toHaveLength(1);
    expect(full.expr.variables().map(traversalString)).toEqual(["local.full"]);
    expect([...m.outputs.keys()]).toEqual(["full", "size"]);
  });

  test("module call: source, meta-arguments and input variables", () => {
    const call = m.moduleCalls.get("child")!;
    expect(call.source).toBe("./child");
    expect(call.sourceAddr).toEqual({ kind: "local", path: "./child" });
    expect(formatRange(call.sourceRange)).toBe("main.tf:46,12-21");
    expect(toJS(call.count!.value(null).value)).toBe(2);
    expect(call.dependsOn.map(traversalString)).toEqual(["terraform_data.first"]);
    expect(call.providers.map((p) => [p.inChild.name, p.inParent.name, p.inParent.alias])).toEqual([["null", "null", "second"]]);
    expect([...call.config.justAttributes().attributes.keys()]).toEqual(["input"]);
    expect(formatRange(call.declRange)).toBe("main.tf:45,1-15");
  });

  test("resource-like blocks reach the module through their decoders", () => {
    expect([...m.managedResources.keys()]).toEqual(["terraform_data.first"]);
    expect([...m.dataResources.keys()]).toEqual(["data.terraform_remote_state.other"]);
    expect(m.moved).toHaveLength(1);
    expect(m.imports).toHaveLength(1);
    expect(m.removed).toHaveLength(1);
    expect([...m.checks.keys()]).toEqual(["health"]);
  });
});

describe("load-valid-json", () => {
  const { module: m, diags } = load("load-valid-json");

  test("every block type in JSON syntax", () => {
    expect(diags).toEqual([]);
    expect(m.requiredVersions.map((v) => v.constraint)).toEqual([">= 1.0"]);
    expect([...m.requiredProviders.keys()]).toEqual(["null", "random"]);
    expect(m.requiredProviders.get("null")!.configurationAliases.map((a) => a.alias)).toEqual(["second"]);
    expect(m.backend?.type).toBe("local");
    expect([...m.variables.keys()]).toEqual(["name", "sizes", "shape"]);
    expect(typeExprString(m.variables.get("sizes")!.type)).toBe("list(number)");
    expect(typeExprString(m.variables.get("shape")!.type)).toBe("object({a=string})");
    expect(m.variables.get("name")!.validations).toHaveLength(1);
    expect([...m.locals.keys()]).toEqual(["prefix", "full"]);
    expect(m.outputs.get("full")!.dependsOn.map(traversalString)).toEqual(["terraform_data.first", "var.name"]);
    expect(m.outputs.get("full")!.sensitive).toBe(true);
    expect([...m.providerConfigs.keys()]).toEqual(["random", "random.second"]);
    const call = m.moduleCalls.get("child")!;
    expect(call.sourceAddr).toEqual({ kind: "local", path: "./child" });
    expect(call.providers.map((p) => `${p.inChild.name}=${p.inParent.name}.${p.inParent.alias}`)).toEqual(["null=null.second"]);
    expect(call.dependsOn.map(traversalString)).toEqual(["terraform_data.first"]);
    expect([...call.config.justAttributes().attributes.keys()]).toEqual(["input"]);
    expect([...m.managedResources.keys()]).toEqual(["terraform_data.first"]);
    expect([...m.dataResources.keys()]).toEqual(["data.terraform_remote_state.other"]);
    expect([m.moved.length, m.imports.length, m.removed.length, m.checks.size]).toEqual([1, 1, 1, 1]);
  });
});

describe("load-file-order", () => {
  const { module: m, files, diags } = load("load-file-order");

  test("reads .tf and .tf.json files in byte order, skips hidden and editor files and subdirectories", () => {
    expect(diags).toEqual([]);
    expect([...files.keys()]).toEqual(["B.tf", "a.tf.json", "b.tf", "c_override.tf", "override.tf.json"]);
    expect([...m.variables.keys()]).toEqual(["upper", "from_json", "lower"]);
  });

  test("applies override files after every primary file, in filename order", () => {
    // c_override.tf sets "c", override.tf.json (read later) sets "json": the later one wins.
    expect(toJS(m.variables.get("lower")!.default!.value(null).value)).toBe("json");
    expect(m.variables.get("lower")!.description).toBe("from c_override.tf");
  });
});

test("a directory that cannot be read gives an empty module and Terraform's error", () => {
  const r = loadModule(fixture("load-no-such-dir"), { displayDir: "nowhere" });
  expect(tfDiags(r.diagnostics)).toEqual(['E - | Failed to read module directory | "Module directory nowhere does not exist or cannot be read."']);
  expect(r.module.variables.size).toBe(0);
});

test("file names in ranges default to paths relative to the working directory", () => {
  const r = loadModule(fixture("load-file-order"));
  expect([...r.files.keys()][0]).toBe("fixtures/config/load-file-order/B.tf");
});
