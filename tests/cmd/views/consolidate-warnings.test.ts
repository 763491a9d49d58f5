import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { compactWarnings, consolidatedDiagnostic, consolidateWarnings } from "../../../cmd/views/consolidate-warnings.js";
import { showDiagnostics } from "../../../cmd/views/diagnostics-view.js";
import type { CommandIO } from "../../../cmd/io.js";
import { errorDiag, warningDiag, type Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Range } from "../../../lang/source/range.js";

// Terraform's ConsolidateWarnings(1) and DiagnosticWarningsCompact, as `terraform validate`, `plan`
// and `apply` (v1.11.4) print them (whole-command goldens: fixtures/diagnostics/warnings and
// check-warnings).

function at(line: number): Range {
  return { filename: "main.tf", start: { line, column: 1, byte: line * 10 }, end: { line, column: 2, byte: line * 10 + 1 } };
}
const quoted = (line: number) => warningDiag("Quoted references are deprecated", "Remove the quotes.", at(line));

function summary(diags: readonly Diagnostic[]): string[] {
  return consolidateWarnings(diags).map((s) => `${s.diag.summary}@${s.diag.subject?.start.line ?? "-"}+${s.similar.length}`);
}

describe("consolidateWarnings", () => {
  it("merges warnings with the same summary into the first, keeping the order of the rest", () => {
    const other = warningDiag("Other", "x", at(3));
    expect(summary([quoted(1), other, quoted(5), quoted(9)])).toEqual(["Quoted references are deprecated@1+2", "Other@3+0"]);
  });

  it("leaves errors, warnings without a location and check block results alone", () => {
    const err = errorDiag("Quoted references are deprecated", "x", at(2));
    const noSubject = warningDiag("Quoted references are deprecated", "x");
    const check = { ...warningDiag("Check block assertion failed", "a", at(4)), doNotConsolidate: true };
    expect(summary([quoted(1), err, noSubject, check, check, quoted(6)])).toEqual([
      "Quoted references are deprecated@1+1",
      "Quoted references are deprecated@2+0",
      "Quoted references are deprecated@-+0",
      "Check block assertion failed@4+0",
      "Check block assertion failed@4+0",
    ]);
  });

  it.each([
    [1, "Remove the quotes."],
    [2, "Remove the quotes.\n\n(and one more similar warning elsewhere)"],
    [5, "Remove the quotes.\n\n(and 4 more similar warnings elsewhere)"],
  ])("says how many more there are (%i in all)", (n, detail) => {
    const [shown] = consolidateWarnings(Array.from({ length: n }, (_, i) => quoted(i + 1)));
    expect(consolidatedDiagnostic(shown!).detail).toBe(detail);
  });

  it("gives a group without a detail just the count", () => {
    const bare = (line: number) => warningDiag("Bare", undefined, at(line));
    expect(consolidatedDiagnostic(consolidateWarnings([bare(1), bare(2)])[0]!).detail).toBe("(and one more similar warning elsewhere)");
  });
});

describe("compactWarnings", () => {
  it("lists each summary with where it is and how many more places", () => {
    const shown = consolidateWarnings([quoted(5), quoted(9), warningDiag("Value for undeclared variable", "x"), warningDiag("Other", "y", at(7))]);
    expect(compactWarnings(shown, false)).toBe(
      "Warnings:\n\n- Quoted references are deprecated\n  on main.tf line 5 (and 1 more)\n- Value for undeclared variable\n- Other\n  on main.tf line 7\n",
    );
    expect(compactWarnings([], true)).toBe("\x1b[1m\x1b[33mWarnings:\x1b[0m\n\n");
  });
});

describe("showDiagnostics", () => {
  function run(diags: Diagnostic[], compact: boolean): { stdout: string; stderr: string } {
    let stdout = "";
    let stderr = "";
    const io: CommandIO = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      stdin: Readable.from([]),
      cwd: ".",
      originalCwd: ".",
      env: {},
    };
    showDiagnostics(diags, () => undefined, io, { color: false, compactWarnings: compact });
    return { stdout, stderr };
  }

  it("prints only the compact list when there are only warnings", () => {
    expect(run([quoted(9), quoted(5)], true)).toEqual({
      stdout: "\nWarnings:\n\n- Quoted references are deprecated\n  on main.tf line 5 (and 1 more)\n\nTo see the full warning notes, run Terrane without -compact-warnings.\n",
      stderr: "",
    });
  });

  it("prints warnings in full next to errors even with -compact-warnings, errors on stderr", () => {
    const out = run([errorDiag("Broken", "b"), quoted(5), quoted(9)], true);
    expect(out.stdout).toContain("Warning: Quoted references are deprecated\n\n  on main.tf:5:1:\n  (source code not available)\n\nRemove the quotes.\n\n(and one more similar warning elsewhere)\n");
    expect(out.stderr).toBe("\nError: Broken\n\nb\n");
  });

  it("prints nothing for no diagnostics", () => {
    expect(run([], true)).toEqual({ stdout: "", stderr: "" });
  });
});
