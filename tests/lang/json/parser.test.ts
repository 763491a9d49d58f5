import { describe, expect, it } from "vitest";
import { parseJsonConfig } from "../../../lang/json/parse.js";

/** "line:col-line:col" of a diagnostic subject, for compact expectations. */
function at(d: { subject?: { start: { line: number; column: number }; end: { line: number; column: number } } }): string {
  const s = d.subject!;
  return `${s.start.line}:${s.start.column}-${s.end.line}:${s.end.column}`;
}

describe("JSON syntax errors", () => {
  it.each([
    ['{"a": 1,}', "Trailing comma in object", "1:8-1:9"],
    ['[1, 2,]', "Trailing comma in array", "1:6-1:7"],
    ['{"a" = 1}', "Missing property value colon", "1:6-1:7"],
    ['{"a" 1}', "Missing property value colon", "1:6-1:7"],
    ['{"a"}', "Missing object value", "1:5-1:6"],
    ['{"a": 1 "b": 2}', "Missing attribute seperator comma", "1:16-1:16"],
    ['{"a": 1', "Unclosed object", "1:1-1:2"],
    ['{"a": [1, 2}', "Mismatched brackets", "1:13-1:13"],
    ['{"a": 1]', "Mismatched braces", "1:9-1:9"],
    ['{"a": tru}', "Invalid JSON keyword", "1:7-1:10"],
    ['{"a": True}', "Invalid JSON keyword", "1:7-1:11"],
    ['{"a": NaN}', "Invalid JSON keyword", "1:7-1:10"],
    ['{"a": 01}', "Invalid JSON number", "1:7-1:9"],
    ['{"a": 1.}', "Invalid JSON number", "1:7-1:9"],
    ['{"a": }', "Missing JSON value", "1:7-1:8"],
    ['{"a": [1, ]}', "Trailing comma in array", "1:9-1:10"],
    ['{1: 2}', "Invalid object property name", "1:2-1:3"],
    ['{"a": @}', "Invalid start of value", "1:7-1:8"],
    ['{"a": 1} x', "Extraneous data after value", "1:10-1:11"],
    ["", "Missing value", "1:1-1:1"],
    ['"str"', "Root value must be object", "1:1-1:6"],
    ['{"a": "x\\qy"}', "Invalid JSON string", "1:11-1:12"],
    ['{\n  "a":\n\t1,,\n}', "Invalid start of value", "3:5-3:6"],
  ])("%j → %s at %s", (src, summary, range) => {
    const { diagnostics } = parseJsonConfig(src, "main.tf.json");
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]!.summary).toBe(summary);
    expect(at(diagnostics[0]!)).toBe(range);
    expect(diagnostics[0]!.subject!.filename).toBe("main.tf.json");
  });

  it("gives the JavaScript-identifier detail for NaN and a suggestion for True", () => {
    expect(parseJsonConfig('{"a": NaN}', "f").diagnostics[0]!.detail).toBe('The JavaScript identifier "NaN" cannot be used in JSON.');
    expect(parseJsonConfig('{"a": True}', "f").diagnostics[0]!.detail).toBe('"True" is not a valid JSON keyword. Did you mean "true"?');
  });
});

describe("JSON ranges", () => {
  it("counts UTF-8 bytes, grapheme columns and tabs as two columns", () => {
    const src = '{"é": "x",\n\t"b": 1, "c":';
    const { diagnostics } = parseJsonConfig(src, "f.json");
    expect(diagnostics[0]!.summary).toBe("Missing value");
    expect(diagnostics[0]!.subject!.start).toEqual({ line: 2, column: 15, byte: 25 });
  });

  it("parses a well-formed file without diagnostics", () => {
    const src = '{"resource": {"terraform_data": {"x": {"input": [1, 2.5e3, true, null, "s\\u00e9"]}}}}';
    const { file, diagnostics } = parseJsonConfig(src, "main.tf.json");
    expect(diagnostics).toEqual([]);
    expect(file.root.kind).toBe("object");
  });

  it("accepts a root array of objects", () => {
    expect(parseJsonConfig('[{"a": 1}, {"b": 2}]', "f").diagnostics).toEqual([]);
  });
});
