import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { wordWrap } from "../views/word-wrap.js";

// How problems with the CLI configuration are shown (Terraform's main.go, before any command runs): on
// stderr, under "There are some problems with the CLI configuration:", each in the boxed layout with
// colour off (flags like -no-color are not parsed yet), then a closing sentence when there are errors.

/** Prints the problems, if any, as Terraform does before running a command. */
export function showCliConfigProblems(diags: readonly Diagnostic[], io: Pick<CommandIO, "stderr">): void {
  showProblems(diags, io, "the CLI configuration", "Terrane may not behave as intended.");
}

/** Prints problems in the installation methods (bad URLs, patterns), which Terraform also reports at start-up. */
export function showProviderInstallationProblems(diags: readonly Diagnostic[], io: Pick<CommandIO, "stderr">): void {
  showProblems(diags, io, "the provider_installation configuration", "Terrane's provider installer may not behave as intended.");
}

function showProblems(diags: readonly Diagnostic[], io: Pick<CommandIO, "stderr">, what: string, consequence: string): void {
  if (diags.length === 0) return;
  let out = `There are some problems with ${what}:\n`;
  for (const d of diags) out += `${boxed(d)}\n`;
  if (diags.some((d) => d.severity === "error")) out += `As a result of the above problems, ${consequence}\n\n\n`;
  io.stderr.write(out);
}

function boxed(d: Diagnostic): string {
  const label = d.severity === "error" ? "Error: " : "Warning: ";
  const body = [`${label}${d.summary}`, ""];
  if (d.detail) body.push(...wordWrap(d.detail, 75));
  const lines = body.map((l) => (l === "" ? "│" : `│ ${l}`));
  return `╷\n${lines.join("\n")}\n╵\n`;
}
