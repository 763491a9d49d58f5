// Runs HCL's own specification test suite (../shared/conformance/hcl-specsuite) through an
// in-process hcldec: each case's inputs are decoded by its .hcldec spec and compared with the .t
// expectations — the result value and type, the diagnostics' severities and exact ranges, and the
// references the input makes.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { nativeFileBody } from "../../lang/eval/native-body.js";
import { EvalContext } from "../../lang/hcl/eval-context.js";
import type { Body } from "../../lang/hcl/body.js";
import { parseJsonConfig } from "../../lang/json/parse.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { parseConfig } from "../../lang/syntax/parse.js";
import { convert } from "../../lang/types/convert.js";
import { typeConstraint } from "../../lang/types/type-constraint.js";
import { typeExprString } from "../../lang/types/type.js";
import { NativeExpression } from "../../lang/eval/native-expression.js";
import { rawEquals, type Value } from "../../lang/values/value.js";
import { formatConsoleValue } from "../../cmd/views/console-value.js";
import { decode } from "./hcldec-decode.js";
import { readSpecFile } from "./hcldec-spec.js";

const SUITE = fileURLToPath(new URL("../../../shared/conformance/hcl-specsuite/tests", import.meta.url));

function findCases(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return findCases(path);
      return name.endsWith(".t") ? [path.slice(0, -2)] : [];
    });
}

interface Expectation {
  readonly result?: Value;
  readonly diagnostics?: string[];
  readonly traversals?: string[];
}

function readExpectation(base: string): Expectation {
  const src = readFileSync(`${base}.t`, "utf8");
  const { file, diagnostics } = parseConfig(src, `${base}.t`);
  expect(diagnostics).toEqual([]);
  const body = nativeFileBody(file);
  const { content } = body.content({
    attributes: [{ name: "result" }, { name: "result_type" }],
    blocks: [{ type: "diagnostics" }, { type: "traversals" }],
  });
  const out: { result?: Value; diagnostics?: string[]; traversals?: string[] } = {};
  const resultAttr = content.attributes.get("result");
  if (resultAttr) {
    const value = resultAttr.expr.value(null).value;
    const typeExpr = content.attributes.get("result_type")?.expr;
    const type = typeExpr instanceof NativeExpression ? typeConstraint(typeExpr.node).type : undefined;
    const converted = type ? convert(value, type) : value;
    if (!("type" in converted)) throw new Error(`${base}.t: result does not match result_type`);
    out.result = converted;
  }
  for (const block of content.blocks) {
    if (block.type === "diagnostics") out.diagnostics = readDiagnostics(block.body);
    else out.traversals = readTraversals(block.body);
  }
  return out;
}

function readPos(body: Body): string {
  const attrs = body.justAttributes().attributes;
  const n = (k: string) => attrs.get(k)!.expr.value(null).value.asNumber().toString();
  return `${n("line")}:${n("column")}:${n("byte")}`;
}

function readRange(body: Body): string {
  const { content } = body.content({ blocks: [{ type: "from" }, { type: "to" }] });
  const [from, to] = ["from", "to"].map((t) => content.blocks.find((b) => b.type === t)!.body);
  return `${readPos(from!)}-${readPos(to!)}`;
}

function readDiagnostics(body: Body): string[] {
  const { content } = body.content({ blocks: [{ type: "error" }, { type: "warning" }] });
  return content.blocks.map((b) => `${b.type} ${readRange(b.body)}`).sort();
}

function readTraversals(body: Body): string[] {
  const { content } = body.content({ blocks: [{ type: "expect" }] });
  return content.blocks.map((b) => {
    const { content: c } = b.body.content({ attributes: [{ name: "ref" }], blocks: [{ type: "range" }] });
    const ref = c.attributes.get("ref")!.expr.variables()[0]!;
    return `${traversalString(ref)} ${readRange(c.blocks[0]!.body)}`;
  });
}

function traversalString(t: readonly { type: string; name?: string; key?: unknown }[]): string {
  return t.map((s) => (s.type === "TraverseIndex" ? `[${JSON.stringify(s.key)}]` : s.type === "TraverseRoot" ? s.name : `.${s.name}`)).join("");
}

function diagString(d: Diagnostic): string {
  const s = d.subject!;
  return `${d.severity} ${s.start.line}:${s.start.column}:${s.start.byte}-${s.end.line}:${s.end.column}:${s.end.byte}`;
}

function parseInput(path: string): { body: Body; diagnostics: Diagnostic[] } {
  const src = readFileSync(path, "utf8");
  if (path.endsWith(".json")) {
    const { file, diagnostics } = parseJsonConfig(src, path);
    return { body: file.body, diagnostics };
  }
  const { file, diagnostics } = parseConfig(src, path);
  return { body: nativeFileBody(file), diagnostics };
}

const cases = findCases(SUITE).flatMap((base) =>
  [".hcl", ".hcl.json"].filter((ext) => existsSync(base + ext)).map((ext) => [relative(SUITE, base) + ext, base, ext] as const),
);

describe("HCL specification suite", () => {
  it("finds the suite's cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases)("%s", (_name, base, ext) => {
    const want = readExpectation(base);
    const spec = readSpecFile(readFileSync(`${base}.hcldec`, "utf8"), `${base}.hcldec`);
    const ctx = new EvalContext(spec.variables);
    const input = parseInput(base + ext);
    const parseFailed = input.diagnostics.some((d) => d.severity === "error");
    const decoded = parseFailed ? undefined : decode(input.body, spec.spec, ctx);
    const diagnostics = [...input.diagnostics, ...(decoded?.diagnostics ?? [])];
    expect(diagnostics.map(diagString).sort()).toEqual(want.diagnostics ?? []);
    if (want.result && decoded) {
      expect(typeExprString(decoded.value.type)).toBe(typeExprString(want.result.type));
      const same = rawEquals(decoded.value, want.result);
      expect(same ? "equal" : formatConsoleValue(decoded.value), formatConsoleValue(want.result)).toBe("equal");
    }
    if (want.traversals && decoded) {
      const got = decoded.traversals.map((t) => {
        const r = t[t.length - 1]!.range;
        const first = t[0].range;
        return `${traversalString(t)} ${first.start.line}:${first.start.column}:${first.start.byte}-${r.end.line}:${r.end.column}:${r.end.byte}`;
      });
      expect(got).toEqual(want.traversals);
    }
  });
});
