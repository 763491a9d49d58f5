import { parseVersion } from "../configs/version-constraint.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { isGoJsonSyntaxError, parseGoJson, type GoJsonNode } from "./go-json-parse.js";
import type { StateFile } from "./state.js";
import { readLegacyState } from "./statefile-legacy.js";
import { readStateV4 } from "./statefile-v4-read.js";

// Reading a state file of any format version Terraform 1.11 reads (statefile.Read): the version is
// sniffed first, then the file is read with that version's reader. Versions 1 to 3 come from
// Terraform before 0.12 and are upgraded to version 4 on the way in; version 0 (a binary format) and
// versions newer than 4 are refused.

/** The summary of diagnostics about files that are not state files Terrane can read. */
export const UNSUPPORTED_FORMAT = "Unsupported state file format";

/** Terrane's version, which the "newer format" diagnostic names (callers may pass their own). */
export const DEFAULT_READER_VERSION = "0.1.0";

/** Options for reading: the version of the running program, for messages. */
export interface ReadStateOptions {
  readonly terraneVersion?: string;
}

/**
 * Reads a state file. Empty text is no state at all (Terraform's ErrNoState): no file and no
 * diagnostics. Any error diagnostic means no file.
 */
export function readStateFile(text: string, options: ReadStateOptions = {}): { file?: StateFile; diagnostics: Diagnostic[] } {
  if (text.length === 0) return { diagnostics: [] };
  if (text.startsWith("tfstate")) {
    const detail =
      "The state is stored in a legacy binary format that is not supported since Terraform v0.7. To continue, first upgrade the state using Terraform 0.6.16 or earlier.";
    return { diagnostics: [errorDiag(UNSUPPORTED_FORMAT, detail)] };
  }
  const tree = parseGoJson(text);
  if (isGoJsonSyntaxError(tree)) {
    return {
      diagnostics: [unsupported(`The state file could not be parsed as JSON: syntax error at byte offset ${tree.offset}.`), unsupported(NO_VERSION)],
    };
  }
  const sniffed = sniffVersion(tree);
  if (sniffed.diagnostics.length > 0) return { diagnostics: sniffed.diagnostics };
  const version = sniffed.version!;
  if (version === 0n) {
    const detail =
      "The state file uses JSON syntax but has a version number of zero. There was never a JSON-based state format zero, so this state file is invalid and cannot be processed.";
    return { diagnostics: [unsupported(detail)] };
  }
  if (version === 4n) return readStateV4(text, tree);
  if (version < 4n) return readLegacyState(text, tree, Number(version));
  const running = options.terraneVersion ?? DEFAULT_READER_VERSION;
  const creator = sniffTerraformVersion(tree);
  const detail =
    creator !== undefined
      ? `The state file uses format version ${version}, which is not supported by Terrane ${running}. This state file was created by Terraform ${creator}.`
      : `The state file uses format version ${version}, which is not supported by Terrane ${running}. This state file may have been created by a newer version of Terraform.`;
  return { diagnostics: [unsupported(detail)] };
}

const NO_VERSION = 'The state file does not have a "version" attribute, which is required to identify the format version.';

function unsupported(detail: string): Diagnostic {
  return errorDiag(UNSUPPORTED_FORMAT, detail);
}

// json.Unmarshal into struct{ Version *uint64 }: null leaves the pointer nil, a value of the wrong
// type leaves it pointing at zero and is an error. The last "version" member wins; the first error counts.
function sniffVersion(tree: GoJsonNode): { version?: bigint; diagnostics: Diagnostic[] } {
  let version: bigint | undefined;
  let badValue: string | undefined;
  const typeError = (v: string): void => {
    badValue ??= v;
  };
  if (tree.kind === "object") {
    for (const m of tree.members) {
      if (foldKey(m.key) !== "VERSION") continue;
      const n = m.value;
      if (n.kind === "null") version = undefined;
      else if (n.kind === "number" && /^\d+$/.test(n.text) && BigInt(n.text) < 2n ** 64n) version = BigInt(n.text);
      else {
        version = 0n;
        typeError(n.kind === "number" ? `number ${n.text}` : n.kind);
      }
    }
  } else if (tree.kind !== "null") {
    typeError(tree.kind);
  }
  const diagnostics: Diagnostic[] = [];
  if (badValue !== undefined) diagnostics.push(unsupported(`The version in the state file is ${badValue}. A positive whole number is required.`));
  if (version === undefined) diagnostics.push(unsupported(NO_VERSION));
  return version === undefined ? { diagnostics } : { version, diagnostics };
}

function foldKey(k: string): string {
  return [...k].map((c) => c.toLowerCase().toUpperCase()).join("");
}

// The creating version, only when terraform_version is a string that is a valid version.
function sniffTerraformVersion(tree: GoJsonNode): string | undefined {
  if (tree.kind !== "object") return undefined;
  let v = "";
  for (const m of tree.members) {
    if (foldKey(m.key) !== "TERRAFORM_VERSION") continue;
    if (m.value.kind === "string") v = m.value.value;
    else if (m.value.kind !== "null") return undefined;
  }
  return parseVersion(v) ? v : undefined;
}
