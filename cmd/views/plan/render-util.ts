import type { Action } from "../../../core/plans/changes.js";
import { validIdentifier } from "../../../core/configs/decode-value.js";
import { goQuote } from "../../../lang/text/go-quote.js";
import { colorize } from "./colorize.js";
import type { RenderOpts } from "./computed-diff.js";

// The small pieces every renderer shares (Terraform's renderers/util.go and format.DiffActionSymbol):
// action symbols, indentation, the `-> null` and `# forces replacement` suffixes, the "unchanged ...
// hidden" notes, attribute names quoted when they are not identifiers, and Go's padding.

/** The three-column symbol of an action, as colorstring markup (format.DiffActionSymbol). */
export function diffActionSymbol(action: Action): string {
  switch (action) {
    case "delete-then-create":
      return "[red]-[reset]/[green]+[reset]";
    case "create-then-delete":
      return "[green]+[reset]/[red]-[reset]";
    case "create":
      return "  [green]+[reset]";
    case "delete":
      return "  [red]-[reset]";
    case "forget":
      return " [red].[reset]";
    case "read":
      return " [cyan]<=[reset]";
    case "update":
      return "  [yellow]~[reset]";
    case "no-op":
      return "   ";
  }
}

/** The coloured symbol and a space, or nothing when symbols are hidden (writeDiffActionSymbol). */
export function writeDiffActionSymbol(action: Action, opts: RenderOpts): string {
  return opts.hideDiffActionSymbols ? "" : `${colorize(diffActionSymbol(action), opts.color)} `;
}

/** ` -> null` after a deleted value unless overridden. */
export function nullSuffix(action: Action, opts: RenderOpts): string {
  return !opts.overrideNullSuffix && action === "delete" ? colorize(" [dark_gray]-> null[reset]", opts.color) : "";
}

/** ` # forces replacement` when this change drives the replacement of the whole resource. */
export function forcesReplacement(replace: boolean, opts: RenderOpts): string {
  return (replace || opts.forceForcesReplacement) && !opts.forbidForcesReplacement
    ? colorize(" [red]# forces replacement[reset]", opts.color)
    : "";
}

/** Four spaces per level. */
export function formatIndent(indent: number): string {
  return "    ".repeat(indent);
}

/** `# (N unchanged attributes hidden)` and the like. */
export function unchanged(keyword: string, count: number, opts: RenderOpts): string {
  const noun = count === 1 ? keyword : `${keyword}s`;
  return colorize(`[dark_gray]# (${count} unchanged ${noun} hidden)[reset]`, opts.color);
}

/** An attribute name as written, quoted when it is not a valid identifier (EnsureValidAttributeName). */
export function ensureValidAttributeName(name: string): string {
  return validIdentifier(name) ? name : goQuote(name);
}

/** A map key, always quoted (hclEscapeString). */
export function hclEscapeString(s: string): string {
  return goQuote(s);
}

/** The length Go's len() gives a string: its UTF-8 bytes. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** Go's `%-*s`: the string padded with spaces to `width` characters (runes). */
export function padRight(s: string, width: number): string {
  const runes = [...s].length;
  return runes >= width ? s : s + " ".repeat(width - runes);
}

/** The widest name by Go's len(), for aligning `=` signs. */
export function maxByteLength(names: Iterable<string>): number {
  let max = 0;
  for (const n of names) max = Math.max(max, byteLength(n));
  return max;
}
