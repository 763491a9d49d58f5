import { describe, expect, it } from "vitest";
import { JsonError } from "../../../lang/values/json-marshal.js";
import { marshalTyped, typeFromJsonText, unmarshalTyped } from "../../../lang/values/json-typed.js";
import { DynamicPseudoType, NumberType, StringType, listOf, objectOf, setOf, typeEquals } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";

describe("typed JSON (cty json.Marshal / Unmarshal)", () => {
  const obj = objectOf({ id: StringType, input: DynamicPseudoType, n: NumberType, tags: setOf(StringType) });

  it("writes attributes sorted and dynamic values with their type", () => {
    const v = Value.object({
      id: Value.string("a<b"),
      input: Value.tuple([Value.string("x"), Value.numberFrom(1)]),
      n: Value.numberFrom(12345678901234567890n),
      tags: Value.set([Value.string("b"), Value.string("a")]),
    });
    expect(marshalTyped(v, obj)).toBe(
      '{"id":"a\\u003cb","input":{"value":["x",1],"type":["tuple",["string","number"]]},"n":12345678901234567890,"tags":["a","b"]}',
    );
  });

  it("reads back what it wrote, exactly", () => {
    const text = '{"id":"x","input":{"value":{"a":1.5},"type":["object",{"a":"number"}]},"n":0.1000000000000000000001,"tags":null}';
    const v = unmarshalTyped(text, obj);
    expect(v).not.toBeInstanceOf(JsonError);
    expect(marshalTyped(v as Value, obj)).toBe(text);
  });

  it("reads a missing attribute as null and refuses an unknown one", () => {
    const v = unmarshalTyped('{"id":"x"}', obj) as Value;
    expect(v.entries().get("tags")!.isNull).toBe(true);
    expect(unmarshalTyped('{"idd":"x"}', obj)).toEqual(new JsonError('unsupported attribute "idd"'));
  });

  it("refuses unknown values and reports where a value is wrong", () => {
    expect(marshalTyped(Value.unknown(StringType))).toBeInstanceOf(JsonError);
    expect(unmarshalTyped('{"tags":[1,{}]}', obj)).toEqual(new JsonError(".tags[1]: string is required"));
  });

  it("parses type JSON", () => {
    expect(typeEquals(typeFromJsonText('["list",["object",{"a":"string"}]]') as never, listOf(objectOf({ a: StringType })))).toBe(true);
    expect(typeFromJsonText('["blob","x"]')).toBeInstanceOf(JsonError);
  });
});
