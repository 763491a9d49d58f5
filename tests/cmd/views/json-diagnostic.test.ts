import { describe, expect, it } from "vitest";
import { jsonDiagnostic } from "../../../cmd/views/json-diagnostic.js";
import { errorDiag } from "../../../lang/source/diagnostics.js";

// Expected shapes are what `terraform validate -json` (v1.11.4) printed for the same source.
const src = 'resource "terraform_data" "x" {\n  lifecycle {\n    precondition {\n      condition = 1 +\n      error_message = "x"\n    }\n  }\n}\n';
const sources = (f: string) => (f === "main.tf" ? src : undefined);

describe("jsonDiagnostic", () => {
  it("gives the range, the snippet lines and the highlight offsets", () => {
    const subject = { filename: "main.tf", start: { line: 4, column: 22, byte: 86 }, end: { line: 5, column: 1, byte: 87 } };
    const d = errorDiag("Invalid expression", "Expected the start of an expression, but found an invalid expression token.", subject);
    expect(jsonDiagnostic(d, sources, () => 'resource "terraform_data" "x"')).toEqual({
      severity: "error",
      summary: "Invalid expression",
      detail: "Expected the start of an expression, but found an invalid expression token.",
      range: { filename: "main.tf", start: { line: 4, column: 22, byte: 86 }, end: { line: 5, column: 1, byte: 87 } },
      snippet: {
        context: 'resource "terraform_data" "x"',
        code: '      condition = 1 +\n      error_message = "x"',
        start_line: 4,
        highlight_start_offset: 21,
        highlight_end_offset: 22,
        values: [],
      },
    });
  });

  it("shows an empty range one character wide", () => {
    const at = { line: 1, column: 31, byte: 30 };
    const d = errorDiag("Missing required argument", "x", { filename: "main.tf", start: at, end: at });
    const j = jsonDiagnostic(d, sources);
    expect(j.range!.end).toEqual({ line: 1, column: 32, byte: 31 });
    expect(j.snippet!.context).toBeNull();
    expect([j.snippet!.highlight_start_offset, j.snippet!.highlight_end_offset]).toEqual([30, 31]);
  });

  it("has no range without a subject and no snippet without the source", () => {
    expect(jsonDiagnostic(errorDiag("Oops"), sources)).toEqual({ severity: "error", summary: "Oops", detail: "" });
    const subject = { filename: "gone.tf", start: { line: 1, column: 1, byte: 0 }, end: { line: 1, column: 2, byte: 1 } };
    expect(jsonDiagnostic(errorDiag("Oops", "d", subject), sources).snippet).toBeUndefined();
  });
});

describe("jsonDiagnostic with an address", () => {
  // What `terraform apply -json` (v1.11.4) printed for a local_file that could not be created: the
  // address after the detail, the range an empty one at the opening brace of the block's body.
  const tf = 'resource "terraform_data" "ok" {\n}\n\nresource "local_file" "f" {\n  count    = 1\n}\n';
  it("puts the address between the detail and the range, as Terraform orders them", () => {
    const at = { line: 4, column: 27, byte: 62 };
    const d = { ...errorDiag("Create local file error", "An unexpected error occurred", { filename: "main.tf", start: at, end: at }), address: "local_file.f[0]" };
    const j = jsonDiagnostic(d, (f) => (f === "main.tf" ? tf : undefined), () => 'resource "local_file" "f"');
    expect(Object.keys(j)).toEqual(["severity", "summary", "detail", "address", "range", "snippet"]);
    expect(j.address).toBe("local_file.f[0]");
    expect(j.range).toEqual({ filename: "main.tf", start: { line: 4, column: 27, byte: 62 }, end: { line: 4, column: 28, byte: 63 } });
    expect(j.snippet).toMatchObject({ context: 'resource "local_file" "f"', code: 'resource "local_file" "f" {', start_line: 4, highlight_start_offset: 26, highlight_end_offset: 27 });
  });

  it("leaves the address out when the diagnostic has none", () => {
    expect("address" in jsonDiagnostic(errorDiag("Oops"), sources)).toBe(false);
  });
});
