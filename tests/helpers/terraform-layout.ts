// Terrane's plain-text diagnostics put back into Terraform's layout, so that they can be compared with
// what `terraform` printed: Terrane adds the column on the "on" line (`main.tf:2:10` for Terraform's
// `main.tf line 2`) and a caret line under the subject, and shows console input, which Terraform
// reports as "(source code not available)". Nothing else is changed.

const ON_LINE = /^ {2}on (.*):(\d+):(\d+)((?:, in .*)?):$/;
// Source lines, and the expression values under them (which Terraform shows only with the source).
const SNIPPET_LINE = /^( {0,3}\d+: | {4}[├│])/;
const CARET_LINE = /^ {6}[ \t]*\^+$/;

/** The same text with Terrane's additions to Terraform's plain diagnostic layout undone. */
export function terraformLayout(text: string): string {
  const out: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const on = ON_LINE.exec(line);
    if (CARET_LINE.test(line)) continue;
    if (!on) {
      out.push(line);
      continue;
    }
    out.push(`  on ${on[1]} line ${on[2]}${on[4]}:`);
    if (on[1] !== "<console-input>") continue;
    out.push("  (source code not available)");
    while (i + 1 < lines.length && (SNIPPET_LINE.test(lines[i + 1]!) || CARET_LINE.test(lines[i + 1]!))) i++;
  }
  return out.join("\n");
}
