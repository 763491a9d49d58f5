import { describe, expect, it } from "vitest";
import { goMarshal, goMarshalIndent } from "../../../cmd/views/go-marshal.js";

// Go's encoding/json as Terraform's JSON output uses it: HTML-safe strings, json.Indent's layout.

describe("goMarshal", () => {
  it.each([
    ["<a & b>", '"\\u003ca \\u0026 b\\u003e"'],
    ["line\u2028sep\u2029", '"line\\u2028sep\\u2029"'],
    ['quote " and \\ and \n', '"quote \\" and \\\\ and \\n"'],
    ["ünïcode", '"ünïcode"'],
  ])("%j", (s, want) => {
    expect(goMarshal(s)).toBe(want);
  });

  it("escapes keys as well as values", () => {
    expect(goMarshal({ "<k>": ["&"] })).toBe('{"\\u003ck\\u003e":["\\u0026"]}');
  });
});

describe("goMarshalIndent", () => {
  it("indents by two spaces and keeps empty arrays and objects on one line", () => {
    expect(goMarshalIndent({ a: [], b: {}, c: [1, { d: "<" }] })).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    {\n      "d": "\\u003c"\n    }\n  ]\n}',
    );
  });
});
