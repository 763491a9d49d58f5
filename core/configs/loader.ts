import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { nativeFileBody } from "../../lang/eval/native-body.js";
import type { Body } from "../../lang/hcl/body.js";
import { parseJsonConfig } from "../../lang/json/parse.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { parseConfig } from "../../lang/syntax/parse.js";
import { parseConfigFile } from "./config-file.js";
import { dirFileSet, type ConfigFileEntry } from "./dir-files.js";
import type { FileContents } from "./file-contents.js";
import { buildModule } from "./module-builder.js";
import { emptyModuleDraft, finishModule, type ModuleDraft } from "./module-draft.js";
import type { Module } from "./model.js";

/** How a module directory is loaded. */
export interface LoadOptions {
  /**
   * The directory as diagnostics should name it; file names in ranges are this joined with the file
   * name. Defaults to `dir` relative to the working directory, so that a module loaded from the
   * working directory has ranges in `main.tf`, as Terraform shows them.
   */
  readonly displayDir?: string;
}

/** A loaded module with the source of every file it read (by the file name its ranges use). */
export interface LoadedModule {
  readonly module: Module;
  readonly files: ReadonlyMap<string, string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads a module directory (configs.Parser.LoadConfigDir): parses every `.tf` and `.tf.json` file in
 * it, decodes the top-level blocks and combines the files, override files last. A directory that
 * cannot be read gives an empty module and an error.
 */
export function loadModule(dir: string, options: LoadOptions = {}): LoadedModule {
  const r = readModuleDir(dir, options.displayDir ?? defaultDisplayDir(dir));
  return { module: finishModule(r.draft ?? emptyModuleDraft(dir)), files: r.files, diagnostics: r.diagnostics };
}

/** The directory relative to the working directory, "." for the working directory itself. */
export function defaultDisplayDir(dir: string): string {
  return relative(process.cwd(), dir) || ".";
}

/** Like loadModule, but with no module at all when the directory cannot be read. */
export function readModuleDir(dir: string, displayDir: string): { draft?: ModuleDraft; files: Map<string, string>; diagnostics: Diagnostic[] } {
  const files = new Map<string, string>();
  const set = dirFileSet(dir, displayDir);
  if (!set.files) return { files, diagnostics: set.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const load = (entries: readonly ConfigFileEntry[], override: boolean): FileContents[] =>
    entries.flatMap((entry) => {
      const r = loadConfigFile(dir, entry, override, files);
      diagnostics.push(...r.diagnostics);
      return r.contents ? [r.contents] : [];
    });
  const primary = load(set.files.primary, false);
  const overrides = load(set.files.override, true);
  const built = buildModule(dir, primary, overrides);
  diagnostics.push(...built.diagnostics);
  return { draft: built.module, files, diagnostics };
}

// Reads and parses one file; syntax errors still leave a body to decode, as in Terraform.
function loadConfigFile(
  dir: string,
  entry: ConfigFileEntry,
  override: boolean,
  files: Map<string, string>,
): { contents?: FileContents; diagnostics: Diagnostic[] } {
  let source: string;
  try {
    source = readFileSync(join(dir, entry.name), "utf8");
  } catch {
    return { diagnostics: [errorDiag("Failed to read file", `The file ${goQuote(entry.displayPath)} could not be read.`)] };
  }
  files.set(entry.displayPath, source);
  const parsed = parseFile(source, entry);
  const decoded = parseConfigFile(parsed.body, override);
  return { contents: decoded.contents, diagnostics: [...parsed.diagnostics, ...decoded.diagnostics] };
}

function parseFile(source: string, entry: ConfigFileEntry): { body: Body; diagnostics: Diagnostic[] } {
  if (entry.json) {
    const r = parseJsonConfig(source, entry.displayPath);
    return { body: r.file.body, diagnostics: r.diagnostics };
  }
  const r = parseConfig(source, entry.displayPath);
  return { body: nativeFileBody(r.file), diagnostics: r.diagnostics };
}
