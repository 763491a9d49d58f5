import type { Block } from "../../lang/hcl/body.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { BAD_IDENTIFIER_DETAIL, validIdentifier } from "./decode-value.js";
import type { Local } from "./model.js";

/**
 * Decodes a `locals` block: every attribute is a local value, nested blocks are errors
 * (configs.decodeLocalsBlock). Duplicates across blocks and files are found when the module is built.
 */
export function decodeLocalsBlock(block: Block): { locals: Local[]; diagnostics: Diagnostic[] } {
  const { attributes, diagnostics } = block.body.justAttributes();
  const locals: Local[] = [];
  for (const [name, attr] of attributes) {
    if (!validIdentifier(name)) diagnostics.push(errorDiag("Invalid local value name", BAD_IDENTIFIER_DETAIL, attr.nameRange));
    locals.push({ name, expr: attr.expr, declRange: attr.range });
  }
  return { locals, diagnostics };
}
