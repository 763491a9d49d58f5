import { describe, expect, it } from "vitest";
import { decodeObject, readStateFile, type StateFile, type StoredObject } from "../../../core/states/index.js";
import { DynamicPseudoType, StringType, mapOf, objectOf, type Type } from "../../../lang/types/type.js";
import { typeJsonText } from "../../../lang/values/json-typed.js";
import { toJS } from "../../helpers/values.js";
import { fixture } from "./state-fixtures.js";

// What the reader makes of the state files Terraform v1.11.4 wrote for fixtures/state/<case>/main.tf:
// addresses, keys, object metadata, and the objects decoded with terraform_data's schema type.

const TERRAFORM_DATA = objectOf(
  new Map<string, Type>([
    ["id", StringType],
    ["input", DynamicPseudoType],
    ["output", DynamicPseudoType],
    ["triggers_replace", DynamicPseudoType],
  ]),
);

const BUILTIN = 'provider["terraform.io/builtin/terraform"]';

function read(name: string, file = "terraform.tfstate"): StateFile {
  const r = readStateFile(fixture(`${name}/${file}`));
  expect(r.diagnostics).toEqual([]);
  return r.file!;
}

/** Every object of the state as [address (with " deposed <key>"), object], sorted by address. */
function objects(f: StateFile): [string, StoredObject][] {
  const out: [string, StoredObject][] = [];
  for (const { addr, state } of f.state.allInstances()) {
    if (state.current) out.push([addr.toString(), state.current]);
    for (const [dk, obj] of state.deposed) out.push([`${addr.toString()} deposed ${dk}`, obj]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function input(obj: StoredObject): unknown {
  const d = decodeObject(obj, TERRAFORM_DATA);
  expect(d.error).toBeUndefined();
  return toJS(d.value!.entries().get("input")!);
}

describe("file metadata", () => {
  it("keeps version, serial and lineage", () => {
    const f = read("count");
    expect([f.terraformVersion, f.serial, f.lineage]).toEqual(["1.11.4", 5, "16684095-fac4-e5c8-74e4-121043eb26c6"]);
  });

  it.each([
    ["1.11.4", "1.11.4"],
    ["v1.2", "1.2.0"],
    ["1.2.3.4", "1.2.3.4"],
    ["1.5.0-beta1+abc", "1.5.0-beta1+abc"],
    ["", ""],
  ])("normalises terraform_version %j as Terraform's version parser does", (given, kept) => {
    const r = readStateFile(JSON.stringify({ version: 4, terraform_version: given, serial: 1, lineage: "l" }));
    expect(r.file!.terraformVersion).toBe(kept);
  });

  it("matches field names ignoring case, as Go does, the last one winning", () => {
    const f = readStateFile('{"version": 4, "SERIAL": 3, "Lineage": "a", "lineage": "b"}').file!;
    expect([f.serial, f.lineage]).toEqual([3, "b"]);
  });
});

describe("resource addresses and keys", () => {
  it("count gives integer keys, and no key for a single instance", () => {
    const f = read("count");
    expect(objects(f).map(([a, o]) => [a, input(o)])).toEqual([
      ["terraform_data.n[0]", 0],
      ["terraform_data.n[1]", 1],
      ["terraform_data.n[2]", 2],
      ["terraform_data.single", "one"],
    ]);
    for (const [, r] of f.state.modules.get("")!.resources) expect(r.provider.toString()).toBe(BUILTIN);
  });

  it("for_each gives string keys, quoted in addresses where needed", () => {
    const f = read("for-each");
    expect(objects(f).map(([a, o]) => [a, input(o)])).toEqual([
      ['terraform_data.k[""]', ""],
      ['terraform_data.k["<html>&amp;"]', "<html>&amp;"],
      ['terraform_data.k["a b"]', "a b"],
      ['terraform_data.k["a"]', "a"],
      ['terraform_data.k["back\\\\slash"]', "back\\slash"],
      ['terraform_data.k["tab\\there"]', "tab\there"],
      ['terraform_data.k["with\\"quote"]', 'with"quote'],
      ['terraform_data.k["z"]', "z"],
      ['terraform_data.k["ключ"]', "ключ"],
    ]);
  });

  it("nested module instances keep their keys", () => {
    const f = read("modules");
    expect([...f.state.modules.keys()].sort()).toEqual([
      "",
      "module.a[0]",
      'module.a[0].module.b["x"]',
      'module.a[0].module.b["y z"]',
      "module.a[1]",
      'module.a[1].module.b["x"]',
      'module.a[1].module.b["y z"]',
      "module.solo",
    ]);
    const leaf = objects(f).find(([a]) => a === 'module.a[1].module.b["y z"].terraform_data.leaf[1]')!;
    expect(input(leaf[1])).toBe("1-y z/1");
    const r = f.state.modules.get("module.solo")!.resources.get("terraform_data.leaf")!;
    expect([r.addr.toString(), r.provider.toString()]).toEqual(["module.solo.terraform_data.leaf", BUILTIN]);
  });

  it("data resources are read with their mode", () => {
    const f = read("data");
    expect(objects(f).map(([a]) => a)).toEqual(["data.terraform_remote_state.other", "terraform_data.uses"]);
  });
});

describe("object metadata", () => {
  it("reads tainted objects", () => {
    const f = read("tainted");
    expect(objects(f).map(([a, o]) => [a, o.status])).toEqual([
      ["terraform_data.ok", "ready"],
      ["terraform_data.t[0]", "ready"],
      ["terraform_data.t[1]", "tainted"],
    ]);
  });

  it("reads create_before_destroy and dependencies", () => {
    const f = read("lifecycle");
    expect(objects(f).map(([a, o]) => [a, o.createBeforeDestroy, o.dependencies.map(String), o.status])).toEqual([
      ["terraform_data.base", true, [], "ready"],
      ["terraform_data.cbd", true, ["terraform_data.base"], "tainted"],
      ["terraform_data.deps", false, ["terraform_data.base", "terraform_data.cbd", "terraform_data.other"], "ready"],
      ["terraform_data.other[0]", false, [], "ready"],
      ["terraform_data.other[1]", false, [], "ready"],
      ["terraform_data.ref", false, ["terraform_data.base", "terraform_data.cbd", "terraform_data.deps", "terraform_data.other"], "ready"],
    ]);
  });

  it("reads deposed objects, private data, flatmap attributes and legacy provider addresses", () => {
    const f = read("rewrite", "input.tfstate");
    expect(objects(f).map(([a, o]) => [a, o.status, o.private ? Buffer.from(o.private).toString() : undefined])).toEqual([
      ["data.terraform_remote_state.rs", "ready", undefined],
      ["module.m[0].terraform_data.inner deposed abcdef01", "ready", undefined],
      ["terraform_data.dummy", "ready", undefined],
      ["terraform_data.web[0]", "ready", undefined],
      ["terraform_data.web[1]", "ready", undefined],
      ["terraform_data.web[1] deposed 00000001", "tainted", undefined],
      ["terraform_data.web[1] deposed 00000002", "ready", '{"schema_version":"0"}'],
    ]);
    const web = f.state.modules.get("")!.resources.get("terraform_data.web")!;
    expect(web.provider.toString()).toBe(BUILTIN);
    expect(f.state.modules.get("")!.resources.get("terraform_data.empty")!.instances.size).toBe(0);
    const current = web.instances.get("[1]")!.state.current!;
    expect(current.dependencies.map(String)).toEqual(["terraform_data.dummy", "module.m.terraform_data.inner", "data.terraform_remote_state.rs"]);
    const [, rs] = objects(f)[0]!;
    const rsType = objectOf(new Map<string, Type>([["backend", StringType], ["config", mapOf(StringType)], ["id", StringType], ["workspace", StringType]]));
    expect(toJS(decodeObject(rs, rsType).value!)).toEqual({ backend: "local", config: { path: "x.tfstate" }, id: "2019-01-01", workspace: null });
    expect(f.state.checkResults).toEqual([]);
  });
});

describe("sensitive attributes", () => {
  it("marks the recorded paths when decoding", () => {
    const f = read("sensitive");
    const values = Object.fromEntries(objects(f).map(([a, o]) => [a, toJS(decodeObject(o, TERRAFORM_DATA).value!)]));
    expect(values["terraform_data.whole"]).toMatchObject({ input: { sensitive: "x" }, output: "x" });
    expect(values["terraform_data.var"]).toMatchObject({ input: { sensitive: "s3cret" } });
    expect(values["terraform_data.nested"]).toMatchObject({
      input: { list: ["a", { sensitive: "b" }, "c"], map: { k: { sensitive: "v" }, plain: "p" }, pass: { sensitive: "s3cret" }, user: "admin" },
      triggers_replace: [{ sensitive: 1 }, 2],
    });
    const nested = objects(f).find(([a]) => a === "terraform_data.nested")![1];
    expect(nested.sensitivePaths).toEqual([
      [{ attr: "input" }, { attr: "map" }, { key: "k" }],
      [{ attr: "input" }, { attr: "pass" }],
      [{ attr: "input" }, { attr: "list" }, { index: 1 }],
      [{ attr: "triggers_replace" }, { index: 0 }],
    ]);
  });
});

describe("root outputs", () => {
  it("reads values of every type exactly, with their sensitivity", () => {
    const f = read("outputs");
    const outputs = f.state.modules.get("")!.outputs;
    const row = (name: string): unknown[] => {
      const o = outputs.get(name)!;
      return [toJS(o.value), typeJsonText(o.value.type), o.sensitive];
    };
    expect(row("big")).toEqual(["12345678901234567890.5", '"number"', false]);
    expect(row("bigint")).toEqual(["123456789012345678901234567890", '"number"', false]);
    expect(row("small")).toEqual(["-0.000001", '"number"', false]);
    expect(row("str")).toEqual(['a <b> & c é 中 😀 "q" \\ \n\t line', '"string"', false]);
    expect(row("set")).toEqual([[1, 2, 3], '["set","number"]', false]);
    expect(row("tuple")).toEqual([["x", 1, true, null], '["tuple",["string","number","bool","dynamic"]]', false]);
    expect(row("map")).toEqual([{ "<k>": 3, a: 2, b: 1 }, '["map","number"]', false]);
    expect(row("object")[0]).toEqual({ empty: {}, name: "n", nested: { "&": "amp", list: [1, 2] } });
    expect(row("secret")).toEqual(["hunter2", '"string"', true]);
    expect(row("secret_object")).toEqual([{ pass: "p", user: "u" }, '["object",{"pass":"string","user":"string"}]', true]);
    expect(row("empty_list")).toEqual([[], '["tuple",[]]', false]);
  });
});

describe("check results", () => {
  it("keeps them as read, in the order read", () => {
    const f = read("checks");
    expect(f.state.checkResults).toEqual([
      {
        objectKind: "resource",
        configAddr: "terraform_data.c",
        status: "pass",
        objects: [
          { objectAddr: "terraform_data.c[1]", status: "pass", failureMessages: [] },
          { objectAddr: "terraform_data.c[0]", status: "pass", failureMessages: [] },
        ],
      },
      { objectKind: "output", configAddr: "output.checked", status: "pass", objects: [{ objectAddr: "output.checked", status: "pass", failureMessages: [] }] },
      {
        objectKind: "check",
        configAddr: "check.health",
        status: "fail",
        objects: [{ objectAddr: "check.health", status: "fail", failureMessages: ["c[1] is not 5"] }],
      },
    ]);
    expect(read("count").state.checkResults).toBeNull();
  });
});
