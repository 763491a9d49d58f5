import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { RawValue } from "./raw-value.js";
import { readVarsFile } from "./vars-file.js";

// Gathering raw values from every place Terraform looks, lowest precedence first so that later
// sources replace earlier ones (Terraform's collectVariableValues): TF_VAR_ environment variables,
// terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical order, then -var and
// -var-file in command-line order.

/** The prefix of environment variables that set root module variables. */
export const VAR_ENV_PREFIX = "TF_VAR_";

/** One `-var` or `-var-file` option, in the order given on the command line. */
export interface VarArgument {
  readonly kind: "var" | "var-file";
  /** `name=value` for -var, a path for -var-file. */
  readonly value: string;
}

/** Where to look for values. */
export interface CollectOptions {
  /** The working directory: where the automatic files are found and relative -var-file paths start. */
  readonly dir: string;
  /** The process environment (or a stand-in for it). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly args: readonly VarArgument[];
}

/** The winning raw value for each name, and the problems finding them (stop when there are errors). */
export interface CollectResult {
  readonly values: ReadonlyMap<string, RawValue>;
  readonly diagnostics: Diagnostic[];
}

/** Collects raw values from every source in Terraform's precedence order. */
export function collectRawValues(opts: CollectOptions): CollectResult {
  const values = new Map<string, RawValue>();
  const diagnostics: Diagnostic[] = [];
  const addFile = (filename: string, source: "auto-file" | "named-file"): void => {
    const r = readVarsFile(opts.dir, filename, source);
    diagnostics.push(...r.diagnostics);
    for (const [name, v] of r.values) values.set(name, v);
  };
  for (const [name, text] of envValues(opts.env)) values.set(name, { kind: "string", text, source: "env" });
  for (const filename of autoFiles(opts.dir)) addFile(filename, "auto-file");
  for (const arg of opts.args) {
    if (arg.kind === "var-file") {
      addFile(arg.value, "named-file");
      continue;
    }
    const parsed = parseVarOption(arg.value);
    if ("summary" in parsed) diagnostics.push(parsed);
    else values.set(parsed.name, { kind: "string", text: parsed.text, source: "cli" });
  }
  return { values, diagnostics };
}

/** The `TF_VAR_name=value` entries of an environment, prefix removed. */
export function envValues(env: Readonly<Record<string, string | undefined>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, text] of Object.entries(env)) {
    if (text !== undefined && key.startsWith(VAR_ENV_PREFIX)) out.set(key.slice(VAR_ENV_PREFIX.length), text);
  }
  return out;
}

/** The files Terraform loads without being asked, in the order it loads them. */
export function autoFiles(dir: string): string[] {
  const out = ["terraform.tfvars", "terraform.tfvars.json"].filter((f) => existsSync(join(dir, f)));
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  const auto = names.filter((n) => n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json"));
  return [...out, ...auto.sort(compareCodePoints)];
}

/** Splits `name=value` as Terraform's -var does, or returns its "Invalid -var option" error. */
export function parseVarOption(raw: string): { name: string; text: string } | Diagnostic {
  const eq = raw.indexOf("=");
  if (eq === -1) {
    const detail = `The given -var option ${goQuote(raw)} is not correctly specified. Must be a variable name and value separated by an equals sign, like -var="key=value".`;
    return errorDiag("Invalid -var option", detail);
  }
  const name = raw.slice(0, eq);
  const text = raw.slice(eq + 1);
  if (name.endsWith(" ")) {
    const suggestion = `${name.slice(0, -1)}=${text.startsWith(" ") ? text.slice(1) : text}`;
    const detail = `Variable name ${goQuote(name)} is invalid due to trailing space. Did you mean -var="${suggestion}"?`;
    return errorDiag("Invalid -var option", detail);
  }
  return { name, text };
}
