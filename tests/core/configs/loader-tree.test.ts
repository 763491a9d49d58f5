import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { buildConfig, type Config } from "../../../core/configs/index.js";
import { fixture, tfDiags } from "./loader-helpers.js";

// The module tree: local children loaded from paths relative to their caller, any depth; installed
// registry and remote modules found through `.terraform/modules/modules.json`; and the errors for
// missing, uninstalled and self-including modules. Where Terraform has the same case, the expected
// lines are what `terraform validate -json` printed for the fixture.

function paths(c: Config): string[] {
  const here = c.path.length === 0 ? "(root)" : c.path.join(".");
  return [here, ...[...c.children.values()].flatMap(paths)];
}

describe("load-nested: local modules three levels below the root", () => {
  const r = buildConfig(fixture("load-nested"), { displayDir: "." });

  test("loads every module without diagnostics", () => {
    expect(tfDiags(r.diagnostics)).toEqual([]);
    expect(paths(r.config)).toEqual(["(root)", "app", "network", "network.subnets", "network.subnets.subnet_a"]);
  });

  test("children know their parent, their call and their directory", () => {
    const subnetA = r.config.children.get("network")!.children.get("subnets")!.children.get("subnet_a")!;
    expect(subnetA.path).toEqual(["network", "subnets", "subnet_a"]);
    expect(subnetA.call!.source).toBe("../../shared/subnet");
    expect(subnetA.parent!.call!.name).toBe("subnets");
    expect(subnetA.parent!.parent!.parent).toBe(r.config);
    expect(subnetA.module.dir).toBe(join(fixture("load-nested"), "modules/network/subnets/../../shared/subnet"));
    expect([...subnetA.module.outputs.keys()]).toEqual(["id"]);
    expect(r.config.children.get("app")!.module.outputs.has("name")).toBe(true);
  });

  test("file names are relative to the root, as Terraform shows them", () => {
    expect([...r.files.keys()]).toEqual([
      "main.tf",
      "modules/app/main.tf.json",
      "modules/network/main.tf",
      "modules/network/subnets/main.tf",
      "modules/shared/subnet/main.tf",
    ]);
    const subnetA = r.config.children.get("network")!.children.get("subnets")!.children.get("subnet_a")!;
    expect(subnetA.module.variables.get("cidr")!.declRange.filename).toBe("modules/shared/subnet/main.tf");
  });
});

test("load-invalid-tree: errors in children are reported with their files; unreadable directories", () => {
  // Terraform (init) reports the first two identically; for the missing and non-directory sources its
  // installer says "Unreadable module directory" without a range and, through a quirk, without the
  // directory name. Terrane points at the source argument and names the directory.
  const r = buildConfig(fixture("load-invalid-tree"), { displayDir: "." });
  expect(tfDiags(r.diagnostics)).toEqual([
    'E child/main.tf:8,10(85)-8,15(90) | Invalid type specification | "The keyword \\"strin\\" is not a valid type specification."',
    'E child/grand/great/main.tf:6,3(31)-6,8(36) | Duplicate local value definition | "A local value named \\"a\\" was already defined at child/grand/great/main.tf:2,3-8. Local value names must be unique within a module."',
    'E main.tf:7,12(86)-7,20(94) | Unreadable module directory | "The directory nope could not be read for module \\"missing\\" at main.tf:6."',
    'E main.tf:11,12(130)-11,23(141) | Unreadable module directory | "The directory main.tf could not be read for module \\"not_a_dir\\" at main.tf:10."',
  ]);
  expect(paths(r.config)).toEqual(["(root)", "child", "child.grand", "child.grand.great"]);
});

test("load-recursion: a module that includes itself, directly or through a child", () => {
  // Terraform has no such check: `terraform init` recurses until the path is too long.
  const r = buildConfig(fixture("load-recursion"), { displayDir: "." });
  expect(tfDiags(r.diagnostics)).toEqual([
    'E a/main.tf:2,12(27)-2,17(32) | Recursive module call | "Module call \\"back\\" loads \\".\\", the directory of the root module, which contains this call. A module cannot call itself, directly or through its child modules."',
    'E main.tf:6,12(60)-6,16(64) | Recursive module call | "Module call \\"self\\" loads \\".\\", the directory of the root module, which contains this call. A module cannot call itself, directly or through its child modules."',
  ]);
  expect(paths(r.config)).toEqual(["(root)", "a"]);
});

test("load-unsupported: cloud blocks and ephemeral resources are clear errors", () => {
  const r = buildConfig(fixture("load-unsupported"), { displayDir: "." });
  expect(tfDiags(r.diagnostics)).toEqual([
    'E main.tf:2,3(14)-2,8(19) | Terraform Cloud is not supported by Terrane | "Terrane does not support HCP Terraform or Terraform Enterprise, so a \\"cloud\\" block cannot be used. Use a \\"backend\\" block to choose where state is stored."',
    'E main.tf:7,1(55)-7,33(87) | Ephemeral resources are not supported by Terrane | "Terrane does not support ephemeral resources yet, so \\"ephemeral\\" blocks cannot be used."',
  ]);
});

describe("load-installed: registry and remote modules through the module manifest", () => {
  const work = mkdtempSync(join(tmpdir(), "terrane-load-installed-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const copy = (records: object[]): string => {
    const dir = mkdtempSync(join(work, "case-"));
    cpSync(fixture("load-installed"), dir, { recursive: true });
    if (records.length > 0) {
      mkdirSync(join(dir, ".terraform/modules"), { recursive: true });
      writeFileSync(join(dir, ".terraform/modules/modules.json"), JSON.stringify({ Modules: [{ Key: "", Source: "", Dir: "." }, ...records] }));
    }
    return dir;
  };
  const consul = { Key: "consul", Source: "registry.terraform.io/hashicorp/consul/aws", Version: "0.1.2", Dir: "cache/consul" };
  const example = { Key: "example", Source: "git::https://example.com/example.git", Dir: "cache/example" };
  const notInstalled =
    '| Module not installed | "This module is not yet installed. Run \\"terraform init\\" to install all modules required by this configuration."';

  test("without a manifest: Module not installed", () => {
    const r = buildConfig(copy([]), { displayDir: "." });
    expect(tfDiags(r.diagnostics)).toEqual([`E main.tf:1,1(0)-1,16(15) ${notInstalled}`, `E main.tf:6,1(77)-6,17(93) ${notInstalled}`]);
  });

  test("with a manifest: loaded from the recorded directories, local children relative to them", () => {
    const r = buildConfig(copy([consul, example]), { displayDir: "." });
    expect(tfDiags(r.diagnostics)).toEqual([]);
    expect(paths(r.config)).toEqual(["(root)", "consul", "consul.inner", "example"]);
    expect(r.config.children.get("consul")!.module.outputs.has("servers")).toBe(true);
    expect([...r.files.keys()]).toEqual(["main.tf", "cache/consul/main.tf", "cache/consul/modules/inner/main.tf", "cache/example/main.tf"]);
  });

  // As printed by Terraform, which drops the "Module source has changed" error of the second module
  // when its cache directory is missing.
  test("a changed version requirement, and a changed source whose cache directory is missing", () => {
    const r = buildConfig(copy([{ ...consul, Version: "1.0.0" }, { ...example, Source: "git::https://example.com/other.git", Dir: "cache/gone" }]), {
      displayDir: ".",
    });
    expect(tfDiags(r.diagnostics)).toEqual([
      'E main.tf:2,13(30)-2,35(52) | Module version requirements have changed | "The version requirements have changed since this module was installed and the installed version (1.0.0) is no longer acceptable. Run \\"terraform init\\" to install all modules required by this configuration."',
      'E main.tf:6,1(77)-6,17(93) | Module not installed | "This module\'s local cache directory cache/gone could not be read. Run \\"terraform init\\" to install all modules required by this configuration."',
    ]);
  });

  test("a changed source", () => {
    const r = buildConfig(copy([consul, { ...example, Source: "git::https://example.com/other.git" }]), { displayDir: "." });
    expect(tfDiags(r.diagnostics)).toEqual([
      'E main.tf:7,12(107)-7,50(145) | Module source has changed | "The source address was changed since this module was installed. Run \\"terraform init\\" to install all modules required by this configuration."',
    ]);
  });
});
