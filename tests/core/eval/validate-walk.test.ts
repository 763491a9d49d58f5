import { describe, expect, it } from "vitest";
import { compareDiagnostics, sortDiagnostics, validateConfig } from "../../../core/eval/index.js";
import { errorDiag, warningDiag, type Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Range } from "../../../lang/source/range.js";
import { configOf, fixtureDir, loadConfig } from "../graph/config-fixtures.js";

// The validate walk as a whole: concurrency, cancellation, bodies read without a schema (dynamic
// blocks), and Terraform's order of diagnostics.

function brief(d: Diagnostic): string {
  const r = d.subject;
  return `${d.summary}${r ? ` @ ${r.filename}:${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}` : ""}`;
}

describe("walking", () => {
  it("finds the same problems at any parallelism", async () => {
    const dir = fixtureDir("validate-undeclared");
    const config = loadConfig(dir);
    const one = await validateConfig(config, { cwd: dir, parallelism: 1 });
    const many = await validateConfig(config, { cwd: dir, parallelism: 10 });
    expect(one.map(brief)).toEqual(many.map(brief));
    expect(one.length).toBe(17);
  });

  it("starts nothing once cancelled, and returns what it found", async () => {
    const dir = fixtureDir("validate-undeclared");
    const controller = new AbortController();
    controller.abort();
    expect(await validateConfig(loadConfig(dir), { cwd: dir, signal: controller.signal })).toEqual([]);
  });

  it("stops before walking when the graph cannot be built", async () => {
    const dir = fixtureDir("validate-module-arguments");
    const found = await validateConfig(loadConfig(dir), { cwd: dir });
    expect(found.map((d) => d.summary)).toEqual(["Missing required argument", "Unsupported argument", "Unsupported argument"]);
  });
});

describe("resource bodies without a schema", () => {
  it("evaluates nested and dynamic blocks, binding iterators and reporting what is undeclared", async () => {
    const config = configOf({
      "main.tf": `variable "rules" {
  type = list(object({ port = number }))
}

resource "aws_security_group" "g" {
  name = upper("web")

  dynamic "ingress" {
    for_each = var.rules
    iterator = rule
    content {
      from_port = rule.value.port
      to_port   = rule.value.port + var.offset
    }
  }
}

resource "aws_security_group" "h" {
  dynamic "egress" {
    for_each = var.rules
    content {
      description = nofunc(egress.key)
      cidr        = [for c in egress.value : c]
    }
  }
}
`,
    });
    const found = await validateConfig(config, { cwd: "." });
    expect(found.map(brief)).toEqual(["Reference to undeclared input variable @ main.tf:13:37-13:47", "Call to unknown function @ main.tf:22:21-22:27"]);
  });
});

describe("diagnostic order", () => {
  const at = (filename: string, byte: number, end = byte + 1): Range => ({
    filename,
    start: { line: 1, column: byte + 1, byte },
    end: { line: 1, column: end + 1, byte: end },
  });

  it("puts warnings first, then diagnostics without a location, then by file depth, name, start and end", () => {
    const diags = [
      errorDiag("e-sub-file", undefined, at("a/main.tf", 0)),
      errorDiag("e-late", undefined, at("main.tf", 9)),
      errorDiag("e-early-long", undefined, at("main.tf", 2, 8)),
      errorDiag("e-early-short", undefined, at("main.tf", 2, 4)),
      errorDiag("e-nowhere"),
      errorDiag("e-b-file", undefined, at("b.tf", 5)),
      warningDiag("w", undefined, at("z.tf", 0)),
    ];
    expect(sortDiagnostics(diags).map((d) => d.summary)).toEqual([
      "w",
      "e-nowhere",
      "e-b-file",
      "e-early-short",
      "e-early-long",
      "e-late",
      "e-sub-file",
    ]);
  });

  it("keeps ties in the order found", () => {
    const a = errorDiag("first", undefined, at("main.tf", 1));
    const b = errorDiag("second", undefined, at("main.tf", 1));
    expect(compareDiagnostics(a, b)).toBe(0);
    expect(sortDiagnostics([a, b]).map((d) => d.summary)).toEqual(["first", "second"]);
  });
});
