import { describe, expect, it } from "vitest";
import { AbsResource, ModuleInstance, Resource } from "../../../core/addrs/index.js";
import { decodeObject, encodeObject, readStateFile, State, writeStateFile, type StoredObject } from "../../../core/states/index.js";
import { AbsProviderConfig, Module, Provider } from "../../../core/addrs/index.js";
import { BoolType, DynamicPseudoType, NumberType, StringType, listOf, mapOf, objectOf, setOf, tupleOf, type Type } from "../../../lang/types/type.js";
import { Mark } from "../../../lang/values/marks.js";
import { markedPaths } from "../../../lang/values/path.js";
import { Value } from "../../../lang/values/value.js";
import { js, toJS } from "../../helpers/values.js";

// encodeObject and decodeObject: a value goes into its stored form and comes back the same, marks
// included, directly and through a written and re-read state file.

const s = (v: Value): Value => v.mark(Mark.Sensitive);
const TYPE = objectOf(
  new Map<string, Type>([
    ["id", StringType],
    ["n", NumberType],
    ["flag", BoolType],
    ["list", listOf(StringType)],
    ["map", mapOf(NumberType)],
    ["nested", objectOf(new Map<string, Type>([["a", StringType], ["b", tupleOf([StringType, NumberType])]]))],
    ["dyn", DynamicPseudoType],
  ]),
);

function obj(attrs: Record<string, Value>): Value {
  const m = new Map<string, Value>();
  for (const [k, t] of (TYPE as Type & { kind: "object" }).attributes) m.set(k, attrs[k] ?? Value.null(t));
  return Value.of(TYPE, m);
}

const ROWS: [name: string, value: Value][] = [
  ["all null", obj({})],
  ["plain values", obj({ id: Value.string("<&>"), n: Value.numberFrom(12345678901234567890n), flag: Value.bool(true), dyn: js({ a: [1, "x"] }) })],
  ["sensitive attribute", obj({ id: s(Value.string("secret")) })],
  ["sensitive list element", obj({ list: Value.list([Value.string("a"), s(Value.string("b"))]) })],
  ["sensitive map entry", obj({ map: Value.map({ k: s(Value.numberFrom(1)), j: Value.numberFrom(2) }) })],
  ["sensitive deep in an object", obj({ nested: js({ a: "x", b: ["y", s(Value.numberFrom(3))] }) })],
  ["sensitive dynamic value", obj({ dyn: s(js(["x"])) })],
];

const PROVIDER = new AbsProviderConfig(new Module([]), Provider.builtin("terraform"));
const ADDR = new AbsResource(ModuleInstance.ROOT, new Resource("managed", "test_thing", "x")).instance(null);

function viaFile(stored: StoredObject): StoredObject {
  const state = new State();
  state.setCurrent(ADDR, stored, PROVIDER);
  const r = readStateFile(writeStateFile({ terraformVersion: "1.11.4", serial: 1, lineage: "l", state }));
  expect(r.diagnostics).toEqual([]);
  return r.file!.state.instance(ADDR)!.current!;
}

describe("encode then decode gives the value back", () => {
  it.each(ROWS)("%s", (_name, value) => {
    const stored = encodeObject(value, TYPE, { schemaVersion: 2 });
    if ("error" in stored) throw new Error(stored.error);
    expect(stored.sensitivePaths).toEqual(markedPaths(value));
    for (const o of [stored, viaFile(stored)]) {
      const back = decodeObject(o, TYPE);
      expect(back.error).toBeUndefined();
      expect(toJS(back.value!)).toEqual(toJS(value));
      expect(markedPaths(back.value!)).toEqual(markedPaths(value));
    }
  });
});

describe("encoding", () => {
  it("records what goes with the object, dependencies sorted by address", () => {
    const deps = ["module.b.x.y", "data.a.b", "a.c", "a.b"].map((t) => {
      const [mod, rest] = t.startsWith("module.b.") ? [ModuleInstance.ROOT.child("b"), t.slice(9)] : [ModuleInstance.ROOT, t];
      const parts = rest.split(".");
      const r = parts[0] === "data" ? new Resource("data", parts[1]!, parts[2]!) : new Resource("managed", parts[0]!, parts[1]!);
      return new AbsResource(mod, r);
    });
    const stored = encodeObject(obj({}), TYPE, { schemaVersion: 1, private: Uint8Array.from([1, 2]), status: "tainted", dependencies: deps, createBeforeDestroy: true });
    expect("error" in stored).toBe(false);
    const o = stored as StoredObject;
    expect([o.schemaVersion, o.status, o.createBeforeDestroy, [...o.private!], o.dependencies.map(String)]).toEqual([
      1,
      "tainted",
      true,
      [1, 2],
      ["a.b", "a.c", "data.a.b", "module.b.x.y"],
    ]);
    expect(o.attrsJson).toBe('{"dyn":null,"flag":null,"id":null,"list":null,"map":null,"n":null,"nested":null}');
  });

  it.each([
    ["an unknown value", obj({ id: Value.unknown(StringType) }), "value is not known"],
    ["an ephemeral value", obj({ id: Value.string("e").mark(Mark.Ephemeral) }), "cannot serialize value marked as ephemeral for inclusion in a state snapshot (this is a bug in Terrane)"],
  ])("refuses %s", (_name, value, error) => {
    expect(encodeObject(value, TYPE, { schemaVersion: 0 })).toEqual({ error });
  });
});

describe("decoding", () => {
  it("reports attributes that do not fit the type", () => {
    const bad: StoredObject = { schemaVersion: 0, attrsJson: '{"nope": 1}', sensitivePaths: [], status: "ready", dependencies: [], createBeforeDestroy: false };
    expect(decodeObject(bad, TYPE).error).toBe('unsupported attribute "nope"');
  });

  it("ignores sensitive paths that are not in the value", () => {
    const o: StoredObject = { schemaVersion: 0, attrsJson: '{"id":"x"}', sensitivePaths: [[{ attr: "list" }, { index: 3 }]], status: "ready", dependencies: [], createBeforeDestroy: false };
    expect(toJS(decodeObject(o, TYPE).value!)).toMatchObject({ id: "x", list: null });
  });

  it("marks set elements named by index steps", () => {
    const t = objectOf(new Map<string, Type>([["tags", setOf(StringType)]]));
    const o: StoredObject = { schemaVersion: 0, attrsJson: '{"tags":["a","b"]}', sensitivePaths: [[{ attr: "tags" }, { key: "b" }]], status: "ready", dependencies: [], createBeforeDestroy: false };
    expect(toJS(decodeObject(o, t).value!)).toEqual({ tags: ["a", { sensitive: "b" }] });
  });
});

const FLAT_TYPE = objectOf(
  new Map<string, Type>([
    ["id", StringType],
    ["count", NumberType],
    ["on", BoolType],
    ["names", listOf(StringType)],
    ["ids", setOf(StringType)],
    ["tags", mapOf(StringType)],
    ["pair", tupleOf([StringType, NumberType])],
    ["block", listOf(objectOf(new Map<string, Type>([["x", StringType], ["y", listOf(NumberType)]])))],
    ["missing", listOf(StringType)],
  ]),
);

function flat(entries: Record<string, string>): StoredObject {
  return { schemaVersion: 0, attrsJson: "", attrsFlat: new Map(Object.entries(entries)), sensitivePaths: [], status: "ready", dependencies: [], createBeforeDestroy: false };
}

describe("legacy flatmap attributes", () => {
  it("are read with the type, as Terraform's hcl2shim does", () => {
    const o = flat({
      id: "i-1",
      count: "3",
      on: "true",
      "names.#": "2",
      "names.0": "a",
      "names.1": "b",
      "ids.#": "2",
      "ids.1234": "x",
      "ids.5678": "y",
      "tags.%": "2",
      "tags.Name": "web",
      "tags.a.b": "dotted",
      "pair.#": "2",
      "pair.0": "p",
      "pair.1": "7",
      "block.#": "1",
      "block.0.x": "bx",
      "block.0.y.#": "0",
    });
    expect(toJS(decodeObject(o, FLAT_TYPE).value!)).toEqual({
      id: "i-1",
      count: 3,
      on: true,
      names: ["a", "b"],
      ids: ["x", "y"],
      tags: { Name: "web", "a.b": "dotted" },
      pair: ["p", 7],
      block: [{ x: "bx", y: [] }],
      missing: null,
    });
  });

  it.each([
    ["a bad number", { count: "many" }, 'invalid value for "count" in state: a number is required'],
    ["a bad bool", { on: "yes" }, 'invalid value for "on" in state: a bool is required'],
    ["a bad count", { "names.#": "x" }, 'invalid count value for "names." in state: strconv.Atoi: parsing "x": invalid syntax'],
    ["a wrong tuple length", { "pair.#": "3" }, 'wrong number of values for "pair." in state: got 3, but need 2'],
  ])("report %s", (_name, entries, error) => {
    expect(decodeObject(flat(entries), FLAT_TYPE)).toEqual({ error });
  });
});
