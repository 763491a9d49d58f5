import type { Diagnostic } from "../source/diagnostics.js";
import { hasErrors } from "../source/diagnostics.js";
import { lexConfig, parseConfig } from "../syntax/index.js";
import { writeTokens, writerTokens } from "./format-token.js";
import { layoutTokens } from "./layout.js";
import { applyTerraformRewrites } from "./terraform-rewrites.js";

// The whole of `terraform fmt` for one file's text: refuse input with syntax errors (the layout
// would mangle it), apply Terraform's rewrites, then hclwrite's layout.

/** A formatted file: the new text (the input unchanged when it has syntax errors) and the parser's diagnostics. */
export interface FormatResult {
  readonly output: string;
  readonly diagnostics: Diagnostic[];
}

/** Formats native-syntax source exactly as `terraform fmt` would write it. */
export function formatSource(source: string, filename: string): FormatResult {
  const parsed = parseConfig(source, filename);
  if (hasErrors(parsed.diagnostics)) return { output: source, diagnostics: parsed.diagnostics };
  const lexed = lexConfig(source, filename);
  const tokens = applyTerraformRewrites(parsed.file, lexed.tokens, writerTokens(lexed.tokens));
  layoutTokens(tokens);
  return { output: writeTokens(tokens), diagnostics: parsed.diagnostics };
}
