import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { nativeFileBody } from "../../lang/eval/native-body.js";
import type { Body } from "../../lang/hcl/body.js";
import { parseJsonConfig } from "../../lang/json/parse.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { parseConfig } from "../../lang/syntax/parse.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { RawExpressionValue } from "./raw-value.js";

// One variable definitions file (`terraform.tfvars`, `x.auto.tfvars.json`, `-var-file=...`): read,
// parsed in the syntax its name says, and turned into one raw value per attribute, with the
// diagnostics Terraform's addVarsFromFile gives.

/** The values a variables file defines, in file order, and the problems reading it. */
export interface VarsFileResult {
  readonly values: ReadonlyMap<string, RawExpressionValue>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads a variables file. `filename` is the path as the user gave it (it names the file in every
 * diagnostic); a relative one is read from `dir`.
 */
export function readVarsFile(dir: string, filename: string, source: RawExpressionValue["source"]): VarsFileResult {
  const values = new Map<string, RawExpressionValue>();
  const text = readSource(isAbsolute(filename) ? filename : join(dir, filename), filename);
  if (typeof text !== "string") return { values, diagnostics: [text] };
  const { body, diagnostics } = parseVarsFile(text, filename);
  diagnostics.push(...variableBlocks(body, filename));
  if (hasErrors(diagnostics)) return { values, diagnostics };
  const { attributes, diagnostics: attrDiags } = body.justAttributes();
  diagnostics.push(...attrDiags);
  for (const [name, attr] of attributes) values.set(name, { kind: "expression", expr: attr.expr, source });
  return { values, diagnostics };
}

function readSource(path: string, filename: string): string | Diagnostic {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") {
      return errorDiag("Failed to read variables file", `Given variables file ${filename} does not exist.`);
    }
    return errorDiag("Failed to read variables file", `Error while reading ${filename}: ${goReadError(err, filename)}.`);
  }
}

// Go's *PathError text for the usual failures, so the message reads as Terraform's does.
function goReadError(err: NodeJS.ErrnoException, filename: string): string {
  switch (err.code) {
    case "EISDIR":
      return `read ${filename}: is a directory`;
    case "EACCES":
      return `open ${filename}: permission denied`;
    default:
      return `open ${filename}: ${err.message}`;
  }
}

function parseVarsFile(text: string, filename: string): { body: Body; diagnostics: Diagnostic[] } {
  if (filename.endsWith(".json")) {
    const { file, diagnostics } = parseJsonConfig(text, filename);
    return { body: file.body, diagnostics };
  }
  const { file, diagnostics } = parseConfig(text, filename);
  return { body: nativeFileBody(file), diagnostics };
}

/** A `variable` block is a common mistake in a .tfvars file; Terraform explains it before anything else. */
function variableBlocks(body: Body, filename: string): Diagnostic[] {
  const { content } = body.partialContent({ blocks: [{ type: "variable", labelNames: ["name"] }] });
  return content.blocks.map((block) => {
    const name = block.labels[0]!;
    const detail =
      "A .tfvars file is used to assign values to variables that have already been declared in .tf files, " +
      `not to declare new variables. To declare variable ${goQuote(name)}, place this block in one of your .tf files, ` +
      `such as variables.tf.\n\nTo set a value for this variable in ${filename}, use the definition syntax instead:\n    ${name} = <value>`;
    return errorDiag("Variable declaration in .tfvars file", detail, block.typeRange);
  });
}
