import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { Variable } from "../configs/model.js";
import type { RawValue } from "./raw-value.js";

// Asking the user for required variables nobody set (Terraform's interactiveCollectVariables):
// one request per variable, in lexical order, worded as Terraform's UIInput words it. The asking
// itself belongs to the CLI, which passes a Prompter in.

/** What Terraform asks for one variable (its InputOpts). */
export interface InputRequest {
  /** `var.NAME`. */
  readonly id: string;
  /** The first line shown: `var.NAME`, with ` (ephemeral)` for ephemeral variables. */
  readonly query: string;
  /** The variable's description, "" when it has none. */
  readonly description: string;
  /** True for sensitive variables: the answer should not be echoed. */
  readonly secret: boolean;
}

/** Asks for one value; resolves undefined when no answer could be read (end of input, interrupt). */
export type Prompter = (request: InputRequest) => Promise<string | undefined>;

/** True when the variable has no default, so some source must give it a value. */
export function isRequired(variable: Variable): boolean {
  return variable.default === undefined;
}

/** The request Terraform makes for a variable. */
export function inputRequest(variable: Variable): InputRequest {
  const id = `var.${variable.name}`;
  const query = variable.ephemeral ? `${id} (ephemeral)` : id;
  return { id, query, description: variable.description ?? "", secret: variable.sensitive };
}

/** The text Terraform writes before reading an answer: the query, the description indented, `Enter a value: `. */
export function formatInputPrompt(request: InputRequest): string {
  let out = `${request.query}\n`;
  if (request.description !== "") {
    for (const line of scanLines(request.description)) out += `  ${line}\n`;
    out += "\n";
  }
  return `${out}  Enter a value: `;
}

/**
 * Prompts for each required variable missing from `raw`, in name order, and returns `raw` with the
 * answers added as values from input. Variables whose prompt gave no answer stay missing.
 */
export async function promptForMissing(
  variables: ReadonlyMap<string, Variable>,
  raw: ReadonlyMap<string, RawValue>,
  prompt: Prompter,
): Promise<Map<string, RawValue>> {
  const out = new Map(raw);
  const needed = [...variables.values()].filter((v) => isRequired(v) && !raw.has(v.name));
  needed.sort((a, b) => compareCodePoints(a.name, b.name));
  for (const variable of needed) {
    const answer = await prompt(inputRequest(variable));
    if (answer !== undefined) out.set(variable.name, { kind: "string", text: answer, source: "input" });
  }
  return out;
}

// bufio.Scanner's lines: split at \n, a trailing \r dropped, no empty last line after a final \n.
function scanLines(s: string): string[] {
  const lines = s.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
