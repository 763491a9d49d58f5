import { describe, expect, it } from "vitest";
import { IntKey, StringKey } from "../../../core/addrs/index.js";
import { evaluateExpansion, instanceKeysFor, repetitionData, SINGLE, type Expansion } from "../../../core/expand/index.js";
import { Value } from "../../../lang/values/value.js";
import { toJS } from "../../helpers/values.js";
import { CTX, expr } from "./expand-fixtures.js";

const keys = (e: Expansion) => {
  const k = instanceKeysFor(e);
  return k === "unknown" ? k : k.map((x) => x?.toString() ?? "(no key)");
};

describe("instance keys in Terraform's order", () => {
  it("gives one unkeyed instance without count or for_each", () => {
    expect(keys(SINGLE)).toEqual(["(no key)"]);
  });

  it("numbers count instances from zero", () => {
    expect(keys({ kind: "count", count: 3 })).toEqual(["[0]", "[1]", "[2]"]);
    expect(keys({ kind: "count", count: 0 })).toEqual([]);
    expect(keys({ kind: "count", count: "unknown" })).toBe("unknown");
  });

  it("sorts for_each keys by code point (as Go sorts strings)", () => {
    const map = new Map(["b", "a", "B", "é", "😀", "ｚ", "a b"].map((k) => [k, Value.string(k)]));
    expect(keys({ kind: "forEach", map })).toEqual(['["B"]', '["a"]', '["a b"]', '["b"]', '["é"]', '["ｚ"]', '["😀"]']);
    expect(keys({ kind: "forEach", map: "unknown" })).toBe("unknown");
  });
});

describe("repetition data", () => {
  it("gives count.index, or each.key and each.value", () => {
    expect(toJS(repetitionData({ kind: "count", count: 2 }, new IntKey(1)).countIndex!)).toBe(1);
    const e: Expansion = { kind: "forEach", map: new Map([["a", Value.numberFrom(7)]]) };
    const data = repetitionData(e, new StringKey("a"));
    expect([toJS(data.eachKey!), toJS(data.eachValue!)]).toEqual(["a", 7]);
    expect(repetitionData(SINGLE, null)).toEqual({});
    expect(repetitionData(e, new StringKey("zz"))).toEqual({});
  });
});

describe("evaluating whichever meta-argument is set", () => {
  it("expands count, for_each or neither", () => {
    expect(evaluateExpansion({ count: expr("2") }, CTX).expansion).toEqual({ kind: "count", count: 2 });
    const fe = evaluateExpansion({ forEach: expr('toset(["x"])') }, CTX).expansion!;
    expect(keys(fe)).toEqual(['["x"]']);
    expect(evaluateExpansion({}, CTX)).toEqual({ expansion: SINGLE, diagnostics: [] });
  });

  it("passes errors and allowed unknowns through", () => {
    expect(evaluateExpansion({ count: expr("-1") }, CTX).expansion).toBeUndefined();
    expect(evaluateExpansion({ forEach: expr("local.u") }, CTX, { allowUnknown: true }).expansion).toEqual({ kind: "forEach", map: "unknown" });
  });
});
