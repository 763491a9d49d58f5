import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Range } from "../../../lang/source/range.js";
import { lexConfig, parseConfig, parseExpression, parseTemplate } from "../../../lang/syntax/index.js";

// The parser must never throw: whatever the input, it returns a tree and diagnostics, and every
// range it reports (in diagnostics and in the tree) lies inside the input.

const SAMPLES = [
  'resource "aws_instance" "web" {\n  ami   = "ami-123"\n  count = var.n > 0 ? var.n : 1\n  tags = {\n    Name = "web-${count.index}"\n  }\n}\n',
  'locals {\n  ids = [for s in var.subnets : s.id if s.public]\n  m   = {for k, v in var.m : upper(k) => v...}\n  x   = a[*].b.c\n  y   = a.*.b[0]\n}\n',
  'variable "x" {\n  default = <<-EOT\n    hello ${name}\n    %{ if ok ~}yes%{ else }no%{ endif }\n  EOT\n}\n',
  'output "o" { value = provider::aws::arn_parse(x).region }\n# comment\n/* block */ a = f(1, [2, 3]...)\n',
  'a = "\\u00e9\\n $${x} %%{y}" // c\nb = -1.5e3 * (2 + 3) % 4 != 5 && !true || null == false\n',
];

const TOKENS = [
  "a", "b", "for", "in", "if", "true", "null", "x1", "é", "0", "1.5", "1e3", "=", "==", "!=", "<", "<=", ">", ">=",
  "+", "-", "*", "/", "%", "&&", "||", "!", "?", ":", "::", "=>", "...", ".", ",", "(", ")", "[", "]", "{", "}",
  '"', "${", "%{", "~}", "~", "$${", "\\", "\\n", "\n", "\r\n", "\r", "# c\n", "// c", "/*", "*/", "<<EOT\n",
  "<<-EOT\n", "EOT\n", "endif", "else", "endfor", "'", "`", ";", "&", "|", "^", "@", "\t", " ", "\u2003", "👩‍👩‍👧",
  "\ud800", "\ufeff",
];

const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join(""));
const spacedSoup = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom("", " ", "\n")), { maxLength: 40 })
  .map((parts) => parts.map(([t, s]) => t + s).join(""));

type Edit = { at: number; kind: "delete" | "insert" | "swap"; len: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("delete" as const, "insert" as const, "swap" as const),
  len: fc.integer({ min: 1, max: 8 }),
  text: fc.constantFrom(...TOKENS),
});

function applyEdits(src: string, edits: Edit[]): string {
  let s = src;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % s.length;
    if (e.kind === "delete") s = s.slice(0, at) + s.slice(at + e.len);
    else if (e.kind === "insert") s = s.slice(0, at) + e.text + s.slice(at);
    else {
      const b = Math.min(s.length, at + e.len);
      const c = Math.min(s.length, b + e.len);
      s = s.slice(0, at) + s.slice(b, c) + s.slice(at, b) + s.slice(c);
    }
  }
  return s;
}

const mutated = fc
  .tuple(fc.constantFrom(...SAMPLES), fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([src, edits]) => applyEdits(src, edits));

const anyInput = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(..."{}[]()\"$%~\\<-=.*#/\n ab1"), maxLength: 60 }),
  soup,
  spacedSoup,
  mutated,
);

function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

function checkRange(range: Range, src: string): void {
  const bytes = byteLength(src);
  if (range.start.byte < 0 || range.end.byte > bytes || range.start.byte > range.end.byte) {
    throw new Error(`range ${JSON.stringify(range)} outside input of ${bytes} bytes`);
  }
  if (range.start.line < 1 || range.start.column < 1 || range.end.line < range.start.line) {
    throw new Error(`bad position in ${JSON.stringify(range)}`);
  }
}

/** Visits every range in a parse result (tree nodes, steps, diagnostics). */
function checkTree(node: unknown, src: string, seen = new Set<object>()): void {
  if (node === null || typeof node !== "object" || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) checkTree(item, src, seen);
    return;
  }
  const obj = node as Record<string, unknown>;
  if ("filename" in obj && "start" in obj && "end" in obj) return checkRange(obj as unknown as Range, src);
  for (const [key, value] of Object.entries(obj)) if (key !== "source") checkTree(value, src, seen);
}

function checkDiagnostics(diags: Diagnostic[], src: string): void {
  for (const d of diags) {
    expect(d.severity).toBe("error");
    expect(typeof d.summary).toBe("string");
    if (d.subject) checkRange(d.subject, src);
    if (d.context) checkRange(d.context, src);
  }
}

describe("parser fuzzing", () => {
  it("parses any config input into a tree and diagnostics, with ranges inside the input", () => {
    fc.assert(
      fc.property(anyInput, (src) => {
        const { file, diagnostics } = parseConfig(src, "f.tf");
        checkDiagnostics(diagnostics, src);
        checkTree(file.body, src);
      }),
      { numRuns: 20000 },
    );
  });

  it("parses any input as an expression and as a template", () => {
    fc.assert(
      fc.property(anyInput, (src) => {
        const expr = parseExpression(src, "e");
        checkDiagnostics(expr.diagnostics, src);
        checkTree(expr.expr, src);
        const tmpl = parseTemplate(src, "t");
        checkDiagnostics(tmpl.diagnostics, src);
        checkTree(tmpl.expr, src);
      }),
      { numRuns: 10000 },
    );
  });

  // Each of these once took quadratic time somewhere; 100,000 repetitions must stay quick.
  const pathological: [string, string][] = [
    ["unterminated block comments", "/*".repeat(100_000)],
    ["an unterminated heredoc", "a = <<EOT\n" + "x\n".repeat(100_000)],
    ["a long heredoc with interpolations", "a = <<-EOT\n" + "  x${y}\n".repeat(100_000) + "EOT\n"],
    ["stray directive closers", 'a = "' + "%{endif}".repeat(100_000) + '"'],
    ["a long tuple", "a = [" + "1,".repeat(100_000) + "]\n"],
    ["a long traversal", "a = " + "x.".repeat(100_000) + "y\n"],
    ["many arguments", "a = f(" + "x, ".repeat(100_000) + ")\n"],
    ["repeated attributes", "a {\n" + "b = 1\n".repeat(100_000) + "}\n"],
  ];
  it.each(pathological)("parses %s in linear time", (_what, src) => {
    const started = performance.now();
    const { diagnostics } = parseConfig(src, "f.tf");
    checkDiagnostics(diagnostics.slice(0, 10), src);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("lexes any input into ordered tokens that cover everything but blanks", () => {
    fc.assert(
      fc.property(anyInput, (src) => {
        const { tokens, diagnostics } = lexConfig(src, "f.tf");
        checkDiagnostics(diagnostics, src);
        let offset = src.startsWith("\ufeff") ? 1 : 0;
        for (const t of tokens.slice(0, -1)) {
          const at = src.indexOf(t.text, offset);
          expect(/^[ \t]*$/.test(src.slice(offset, at))).toBe(true);
          offset = at + t.text.length;
        }
        expect(/^[ \t]*$/.test(src.slice(offset))).toBe(true);
        expect(tokens[tokens.length - 1].type).toBe("EOF");
      }),
      { numRuns: 10000 },
    );
  });
});
