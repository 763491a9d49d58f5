import { goQuote } from "../text/go-quote.js";
import type { ConfigFile } from "./ast.js";

// hcl's navigation for diagnostics: which top-level block a position is in, written as Terraform's
// "in resource "aws_instance" "web"" context.

/** The header of the top-level block containing byte `offset` (`resource "a" "b"`), or undefined. */
export function contextString(file: ConfigFile, offset: number): string | undefined {
  for (const block of file.body.blocks) {
    if (offset >= block.range.start.byte && offset < block.range.end.byte) {
      return [block.blockType, ...block.labels.map(goQuote)].join(" ");
    }
  }
  return undefined;
}
