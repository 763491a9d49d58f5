import { describe, expect, it } from "vitest";
import { knownJson, pathJson, sensitiveAsBoolJson, typeJson, unknownAsBoolJson } from "../../../../cmd/views/json/value-json.js";
import { DynamicPseudoType, listOf, mapOf, NumberType, objectOf, setOf, StringType, tupleOf } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { js } from "../../../helpers/values.js";

// The value shadows jsonplan and jsonstate write, one row per value: its known part, where it is
// unknown, where it is sensitive. Expectations follow jsonplan's omitUnknowns and unknownAsBool and
// jsonstate's SensitiveAsBool (Terraform v1.11).

const s = (x: string) => Value.string(x);
const secret = (v: Value) => v.mark(Mark.Sensitive);
const unknownString = Value.unknown(StringType);

const rows: readonly [string, Value, string | undefined, string, string][] = [
  ["known string", s("x"), '"x"', "false", "false"],
  ["HTML characters", s("<a&b>"), '"\\u003ca\\u0026b\\u003e"', "false", "false"],
  ["exact number", Value.numberFrom(12345678901234567890n), "12345678901234567890", "false", "false"],
  ["null", Value.null(StringType), "null", "false", "false"],
  ["unknown string", unknownString, undefined, "true", "false"],
  ["unknown of unknown type", Value.unknown(DynamicPseudoType), undefined, "true", "false"],
  ["unknown list", Value.unknown(listOf(StringType)), undefined, "true", "[]"],
  ["unknown object", Value.unknown(objectOf({ a: StringType })), undefined, "true", "{}"],
  ["empty list", Value.list([], StringType), "[]", "[]", "[]"],
  ["empty map", Value.map({}, StringType), "{}", "{}", "{}"],
  ["tuple with an unknown", Value.tuple([unknownString, s("k")]), '[null,"k"]', "[true,false]", "[false,false]"],
  ["object with an unknown", js({ a: unknownString, b: 1 }), '{"b":1}', '{"a":true}', "{}"],
  ["map keys escaped", Value.map({ "a&b": unknownString, c: s("d") }), '{"c":"d"}', '{"a\\u0026b":true}', "{}"],
  ["sensitive leaf", js({ a: secret(s("p")), b: [secret(s("q")), s("r")] }), '{"a":"p","b":["q","r"]}', '{"b":[false,false]}', '{"a":true,"b":[true,false]}'],
  ["sensitive whole", secret(js({ a: 1 })), '{"a":1}', "{}", "true"],
  ["sensitive inside a set", Value.set([secret(s("a")), s("b")]), '["a","b"]', "[false,false]", "true"],
  ["sensitive unknown", secret(unknownString), undefined, "true", "true"],
];

describe("value shadows", () => {
  it.each(rows)("%s", (_, v, known, unknown, sensitive) => {
    expect(knownJson(v)).toBe(known);
    expect(unknownAsBoolJson(v)).toBe(unknown);
    expect(sensitiveAsBoolJson(v)).toBe(sensitive);
  });
});

describe("typeJson", () => {
  it.each([
    [StringType, '"string"'],
    [DynamicPseudoType, '"dynamic"'],
    [listOf(NumberType), '["list","number"]'],
    [setOf(mapOf(StringType)), '["set",["map","string"]]'],
    [tupleOf([StringType, NumberType]), '["tuple",["string","number"]]'],
    [objectOf({ b: StringType, a: NumberType, "<": StringType }), '["object",{"\\u003c":"string","a":"number","b":"string"}]'],
  ] as const)("%j", (t, want) => {
    expect(typeJson(t)).toBe(want);
  });
});

describe("pathJson", () => {
  it.each([
    [[{ attr: "triggers_replace" }], '["triggers_replace"]'],
    [[{ attr: "output" }, { index: 1 }], '["output",1]'],
    [[{ attr: "tags" }, { key: "a&b" }], '["tags","a\\u0026b"]'],
    [[{ attr: "set" }, { element: s("x") }], '["set","x"]'],
  ] as const)("%j", (path, want) => {
    expect(pathJson(path)).toBe(want);
  });
});
