import { describe, expect, it } from "vitest";
import { renderDiagnostic } from "../../../cmd/views/diagnostic-view.js";
import { EvalContext } from "../../../lang/hcl/eval-context.js";
import { builtinFunctions } from "../../../lang/funcs/registry.js";
import { errorDiag, warningDiag, type DiagnosticExpression } from "../../../lang/source/diagnostics.js";
import type { Traversal } from "../../../lang/syntax/ast.js";
import { Value } from "../../../lang/values/value.js";
import type { Range } from "../../../lang/source/range.js";

const source = 'locals {\n  a = 1\n  a = 2\n}\n';
const sources = (f: string) => (f === "main.tf" ? source : undefined);
const subject: Range = {
  filename: "main.tf",
  start: { line: 3, column: 3, byte: 17 },
  end: { line: 3, column: 4, byte: 18 },
};

describe("renderDiagnostic", () => {
  it("renders plain text with file:line:col, the source line and a caret", () => {
    const d = errorDiag(
      "Attribute redefined",
      'The argument "a" was already set at main.tf:2,3-4. Each argument may be set only once.',
      subject,
    );
    expect(renderDiagnostic(d, sources, { color: false })).toBe(
      [
        "",
        "Error: Attribute redefined",
        "",
        "  on main.tf:3:3:",
        "   3:   a = 2",
        "        ^",
        "",
        'The argument "a" was already set at main.tf:2,3-4. Each argument may be set',
        "only once.",
        "",
      ].join("\n"),
    );
  });

  it("draws Terraform's box and underlines the subject in colour", () => {
    const out = renderDiagnostic(warningDiag("Deprecated", "Use b.", subject), sources, { color: true });
    expect(out.startsWith("\x1b[33m╷\x1b[0m\n")).toBe(true);
    expect(out).toContain("\x1b[33m│\x1b[0m    3:   \x1b[4ma\x1b[0m = 2");
    expect(out.endsWith("\x1b[33m╵\x1b[0m\n")).toBe(true);
  });

  it("draws a summary-only diagnostic as Terraform does", () => {
    expect(renderDiagnostic(errorDiag("Oops"), sources, { color: true })).toBe(
      "\x1b[31m╷\x1b[0m\n\x1b[31m│\x1b[0m \x1b[1m\x1b[31mError: \x1b[0m\x1b[1mOops\x1b[0m\n\x1b[31m│\x1b[0m \n\x1b[31m│\x1b[0m \n\x1b[31m╵\x1b[0m\n",
    );
  });

  it("names the enclosing block when it is known", () => {
    const out = renderDiagnostic(errorDiag("X", undefined, subject), sources, { color: false, context: () => "locals" });
    expect(out).toContain("  on main.tf:3:3, in locals:\n");
  });

  it("names the object a diagnostic is about before its location, as Terraform's \"with\" line", () => {
    const d = { ...errorDiag("Create failed", "The provider said no.", subject), address: "terraform_data.x[0]" };
    expect(renderDiagnostic(d, sources, { color: false, context: () => "locals" })).toBe(
      ["", "Error: Create failed", "", "  with terraform_data.x[0],", "  on main.tf:3:3, in locals:", "   3:   a = 2", "        ^", "", "The provider said no.", ""].join("\n"),
    );
  });

  it("prints the \"with\" line alone when the diagnostic has an address but no subject", () => {
    const d = { ...errorDiag("Delete failed", "Gone wrong."), address: 'module.m.aws_instance.web["a"]' };
    expect(renderDiagnostic(d, sources, { color: false })).toBe('\nError: Delete failed\n\n  with module.m.aws_instance.web["a"],\nGone wrong.\n');
  });

  it("omits the snippet for a diagnostic with no subject", () => {
    expect(renderDiagnostic(errorDiag("Oops"), sources, { color: false })).toBe("\nError: Oops\n\n");
  });

  it("names the location when the source is not available", () => {
    const d = errorDiag("Oops", undefined, { ...subject, filename: "gone.tf" });
    expect(renderDiagnostic(d, sources, { color: false })).toBe("\nError: Oops\n\n  on gone.tf:3:3:\n  (source code not available)\n\n");
  });

  it("underlines a multi-column subject with several carets", () => {
    const wide: Range = { ...subject, end: { line: 3, column: 8, byte: 22 } };
    expect(renderDiagnostic(errorDiag("X"), sources, { color: false })).not.toContain("^");
    expect(renderDiagnostic(errorDiag("X", undefined, wide), sources, { color: false })).toContain("        ^^^^^\n");
  });

  describe("values of the expression's references", () => {
    const traversal: Traversal = [
      { type: "TraverseRoot", name: "local", range: subject },
      { type: "TraverseAttr", name: "a", range: subject },
    ];
    const ctx = new EvalContext(new Map([["local", Value.object({ a: Value.numberFrom(2) })]]), builtinFunctions());
    const expression: DiagnosticExpression = { variables: () => [traversal], ctx };
    const d = { ...errorDiag("Invalid operand", "Unsuitable value.", subject), expression };

    it("lists them under the snippet, after a rule", () => {
      expect(renderDiagnostic(d, sources, { color: false })).toBe(
        ["", "Error: Invalid operand", "", "  on main.tf:3:3:", "   3:   a = 2", "        ^", "    ├────────────────", "    │ local.a is 2", "", "Unsuitable value.", ""].join("\n"),
      );
    });

    it("names the function whose call failed, with its parameters", () => {
      const call = { ...d, expression: { ...expression, calledFunction: "format" } };
      expect(renderDiagnostic(call, sources, { color: false })).toContain("    ├────────────────\n    │ while calling format(format, args...)\n    │ local.a is 2\n");
    });

    it("draws the rule in dark gray and the names in bold in colour", () => {
      const out = renderDiagnostic({ ...d, expression: { ...expression, calledFunction: "upper" } }, sources, { color: true });
      expect(out).toContain("    \x1b[90m├────────────────\x1b[0m\n");
      expect(out).toContain("    \x1b[90m│\x1b[0m while calling \x1b[1mupper\x1b[0m(str)\n");
      expect(out).toContain("    \x1b[90m│\x1b[0m \x1b[1mlocal.a\x1b[0m is 2\n");
    });

    it("prints no rule when there is nothing to show", () => {
      const none = { ...d, expression: { variables: () => [], ctx } };
      expect(renderDiagnostic(none, sources, { color: false })).not.toContain("├");
    });
  });
});
