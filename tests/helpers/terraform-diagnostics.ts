// Terrane's diagnostics in Terraform's plain layout, to compare them with what terraform printed:
// Terrane's own additions (the column on the "on" line and the caret line under the subject) are
// taken out, and Terraform's name in prose becomes Terrane's.

/** `text` (diagnostics as Terrane prints them) as Terraform would have printed it. */
export function asTerraformDiagnostics(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^ {6}[ \t]*\^+$/.test(line))
    .map((line) => line.replace(/^( {2}on .+?):(\d+):\d+(,|:$)/, "$1 line $2$3"))
    .join("\n");
}

/** Terraform's output with its product name replaced by Terrane's, as Terrane prints it. */
export function withTerraneName(text: string): string {
  return text.replaceAll("Terraform", "Terrane");
}
