import { describe, expect, it } from "vitest";
import { containsSensitive, isSensitivePath, valueMarks } from "../../../core/schemas/index.js";
import { DynamicPseudoType, StringType, listOf, objectOf } from "../../../lang/types/type.js";
import type { ValuePath } from "../../../lang/values/path.js";
import { Value } from "../../../lang/values/value.js";
import type { BlockSchema } from "../../../providers/schema.js";
import { js, toJS, UNKNOWN } from "../../helpers/values.js";

// Sensitivity the schema declares (configschema's ValueMarks): sensitive attributes are marked
// wherever they are, inside nested attributes and nested blocks of every nesting mode; a set whose
// elements would hold a mark is marked as a whole instead, as cty sets cannot hold marked elements.

const S = StringType;

const SCHEMA: BlockSchema = {
  attributes: {
    plain: { type: S, optional: true },
    secret: { type: S, optional: true, sensitive: true },
    whole: { nested: { nesting: "single", attributes: { x: { type: S, optional: true } } }, optional: true, sensitive: true },
    single: { nested: { nesting: "single", attributes: { a: { type: S, optional: true }, pw: { type: S, optional: true, sensitive: true } } }, optional: true },
    items: { nested: { nesting: "list", attributes: { a: { type: S, optional: true }, pw: { type: S, optional: true, sensitive: true } } }, optional: true },
    members: { nested: { nesting: "set", attributes: { pw: { type: S, optional: true, sensitive: true } } }, optional: true },
    by_key: { nested: { nesting: "map", attributes: { pw: { type: S, optional: true, sensitive: true } } }, optional: true },
    deep: {
      nested: { nesting: "single", attributes: { inner: { nested: { nesting: "list", attributes: { pw: { type: S, optional: true, sensitive: true } } }, optional: true } } },
      optional: true,
    },
  },
  blocks: {
    one: { nesting: "single", block: { attributes: { pw: { type: S, optional: true, sensitive: true }, a: { type: S, optional: true } } } },
    listed: { nesting: "list", block: { attributes: { pw: { type: S, optional: true, sensitive: true } } } },
    setted: { nesting: "set", block: { attributes: { pw: { type: S, optional: true, sensitive: true } } } },
    mapped: { nesting: "map", block: { attributes: { pw: { type: S, optional: true, sensitive: true } } } },
    harmless: { nesting: "list", block: { attributes: { a: { type: S, optional: true } } } },
  },
};

const PW = objectOf({ pw: S });

const ROWS: readonly (readonly [string, Record<string, Value>, Record<string, unknown>])[] = [
  ["a sensitive attribute", { secret: js("s"), plain: js("p") }, { secret: { sensitive: "s" }, plain: "p" }],
  ["a sensitive attribute that is null", { secret: Value.null(S) }, { secret: { sensitive: null } }],
  ["a sensitive attribute that is unknown", { secret: Value.unknown(S) }, { secret: { sensitive: UNKNOWN } }],
  ["a sensitive nested attribute, as a whole", { whole: js({ x: "1" }) }, { whole: { sensitive: { x: "1" } } }],
  ["inside a single nested attribute", { single: js({ a: "a", pw: "p" }) }, { single: { a: "a", pw: { sensitive: "p" } } }],
  ["inside a null nested attribute", { single: Value.null(objectOf({ a: S, pw: S })) }, { single: null }],
  ["inside each element of a list nested attribute", { items: Value.list([js({ a: "1", pw: "x" }), js({ a: "2", pw: "y" })]) }, {
    items: [{ a: "1", pw: { sensitive: "x" } }, { a: "2", pw: { sensitive: "y" } }],
  }],
  ["inside an unknown list nested attribute", { items: Value.unknown(listOf(PW)) }, { items: UNKNOWN }],
  ["inside a set nested attribute: the set", { members: Value.set([js({ pw: "x" }), js({ pw: "y" })]) }, { members: { sensitive: [{ pw: "x" }, { pw: "y" }] } }],
  ["inside a map nested attribute", { by_key: Value.map({ k: js({ pw: "x" }) }) }, { by_key: { k: { pw: { sensitive: "x" } } } }],
  ["two levels of nested attributes", { deep: js({ inner: Value.list([js({ pw: "x" })]) }) }, { deep: { inner: [{ pw: { sensitive: "x" } }] } }],
  ["inside a single block", { one: js({ pw: "x", a: "a" }) }, { one: { pw: { sensitive: "x" }, a: "a" } }],
  ["inside each list block", { listed: Value.list([js({ pw: "x" }), js({ pw: "y" })]) }, { listed: [{ pw: { sensitive: "x" } }, { pw: { sensitive: "y" } }] }],
  ["inside set blocks: the set", { setted: Value.set([js({ pw: "x" })]) }, { setted: { sensitive: [{ pw: "x" }] } }],
  ["an empty set of blocks stays unmarked", { setted: Value.set([], PW) }, { setted: [] }],
  ["inside map blocks", { mapped: Value.map({ k: js({ pw: "x" }) }) }, { mapped: { k: { pw: { sensitive: "x" } } } }],
  ["blocks without sensitive attributes", { harmless: Value.list([js({ a: "x" })]) }, { harmless: [{ a: "x" }] }],
  ["a single block that is absent", { one: Value.null(objectOf({ pw: S, a: S })) }, { one: null }],
];

describe("valueMarks", () => {
  it.each(ROWS)("%s", (_, attrs, expected) => {
    expect(toJS(valueMarks(Value.object(attrs), SCHEMA))).toEqual(expected);
  });

  it.each([
    ["a null object", Value.null(objectOf({ secret: S }))],
    ["an unknown object", Value.unknown(objectOf({ secret: S }))],
    ["an unknown value of unknown type", Value.unknown(DynamicPseudoType)],
  ])("leaves %s alone", (_, v) => {
    expect(valueMarks(v, SCHEMA)).toBe(v);
  });
});

describe("isSensitivePath", () => {
  it.each([
    ["secret", [{ attr: "secret" }], true],
    ["plain", [{ attr: "plain" }], false],
    ["inside a sensitive attribute", [{ attr: "whole" }, { attr: "x" }], true],
    ["a nested attribute holding one", [{ attr: "single" }], false],
    ["single.pw", [{ attr: "single" }, { attr: "pw" }], true],
    ["items[0].pw", [{ attr: "items" }, { index: 0 }, { attr: "pw" }], true],
    ["items[0].a", [{ attr: "items" }, { index: 0 }, { attr: "a" }], false],
    ["by_key.k.pw", [{ attr: "by_key" }, { key: "k" }, { attr: "pw" }], true],
    ["deep.inner[1].pw", [{ attr: "deep" }, { attr: "inner" }, { index: 1 }, { attr: "pw" }], true],
    ["one.pw", [{ attr: "one" }, { attr: "pw" }], true],
    ["listed[2].pw", [{ attr: "listed" }, { index: 2 }, { attr: "pw" }], true],
    ["setted[elem].pw", [{ attr: "setted" }, { element: js({ pw: "x" }) }, { attr: "pw" }], true],
    ["mapped.k.pw", [{ attr: "mapped" }, { key: "k" }, { attr: "pw" }], true],
    ["harmless[0].a", [{ attr: "harmless" }, { index: 0 }, { attr: "a" }], false],
    ["nothing at all", [{ attr: "nope" }], false],
    ["the whole object", [], false],
  ] as const)("%s", (_, path, expected) => {
    expect(isSensitivePath(SCHEMA, path as ValuePath)).toBe(expected);
  });
});

describe("containsSensitive", () => {
  it.each([
    ["the schema", SCHEMA, true],
    ["a block of plain attributes", SCHEMA.blocks!["harmless"]!.block, false],
    ["a block whose nested block is sensitive", { attributes: {}, blocks: { b: SCHEMA.blocks!["one"]! } }, true],
  ] as const)("%s", (_, schema, expected) => {
    expect(containsSensitive(schema)).toBe(expected);
  });
});
