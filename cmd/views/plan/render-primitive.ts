import type { Action } from "../../../core/plans/changes.js";
import { goQuote } from "../../../lang/text/go-quote.js";
import { colorize } from "./colorize.js";
import { childOpts, newDiff, renderDiff, type Diff, type DiffRenderer, type RenderOpts } from "./computed-diff.js";
import { parseGenericJson, type Generic, type JsonNumber } from "./generic.js";
import { jsonTransform, type PrimitiveKind } from "./json-diff.js";
import { ALWAYS_MATCHER, pathsMatcher } from "./path-matcher.js";
import { rendererJsonOpts } from "./render-json-opts.js";
import { forcesReplacement, formatIndent, nullSuffix, writeDiffActionSymbol } from "./render-util.js";
import { TypeChangeRenderer } from "./render-wrappers.js";
import { processSlice } from "./slice-diff.js";

// Primitive values (renderers.Primitive): numbers exactly as written, bools, null, and strings, which
// print quoted, as a heredoc diff when they span lines, or as a jsonencode(...) structural diff when
// they hold JSON.

const NO_WARNINGS = (): string[] => [];

/** A string as the renderer sees it: its JSON when it holds JSON, its trimmed text when multi-line. */
interface EvaluatedString {
  readonly text: string;
  readonly json?: Generic;
  readonly isMultiline: boolean;
  readonly isNull: boolean;
}

function evaluateString(value: Generic, opts: RenderOpts): EvaluatedString {
  if (value === null) return { text: colorize("[dark_gray]null[reset]", opts.color), isMultiline: false, isNull: true };
  const s = value as string;
  if (s.startsWith("{") || s.startsWith("[")) {
    const json = parseGenericJson(s);
    if (json !== undefined) return { text: s, json, isMultiline: false, isNull: false };
  }
  if (s.includes("\n")) return { text: trimSpace(s), isMultiline: true, isNull: false };
  return { text: s, isMultiline: false, isNull: false };
}

// Go's strings.TrimSpace: white space as unicode.IsSpace defines it, at both ends.
const GO_SPACE_EDGES = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

function trimSpace(s: string): string {
  return s.replace(GO_SPACE_EDGES, "");
}

function renderSimple(e: EvaluatedString): string {
  return e.isNull ? e.text : goQuote(e.text);
}

function renderPrimitiveValue(value: Generic, kind: PrimitiveKind, opts: RenderOpts): string {
  if (value === null) return colorize("[dark_gray]null[reset]", opts.color);
  if (kind === "bool") return value ? "true" : "false";
  if (kind === "number") return (value as JsonNumber).text;
  throw new Error(`unrecognized primitive type: ${kind}`);
}

/** Prints a primitive value or the change between two (renderers.Primitive). */
export class PrimitiveRenderer implements DiffRenderer {
  readonly warningsHuman = NO_WARNINGS;

  constructor(
    readonly before: Generic,
    readonly after: Generic,
    readonly kind: PrimitiveKind,
  ) {}

  renderHuman(diff: Diff, indent: number, opts: RenderOpts): string {
    if (this.kind === "string") return this.renderString(diff, indent, opts);
    const before = renderPrimitiveValue(this.before, this.kind, opts);
    const after = renderPrimitiveValue(this.after, this.kind, opts);
    const replace = forcesReplacement(diff.replace, opts);
    switch (diff.action) {
      case "create":
        return `${after}${replace}`;
      case "delete":
        return `${before}${nullSuffix(diff.action, opts)}${replace}`;
      case "no-op":
        return `${before}${replace}`;
      default:
        return `${before} ${colorize("[yellow]->[reset]", opts.color)} ${after}${replace}`;
    }
  }

  private renderString(diff: Diff, indent: number, opts: RenderOpts): string {
    if (diff.action === "create" || diff.action === "no-op") {
      const str = evaluateString(this.after, opts);
      if (str.json !== undefined) return renderStringAsJson(diff, indent, opts, diff.action === "no-op" ? str : undefined, str);
      if (!str.isMultiline) return `${renderSimple(str)}${forcesReplacement(diff.replace, opts)}`;
      return heredoc(diff, indent, opts, unchangedLines(str.text, indent, opts));
    }
    if (diff.action === "delete") {
      const str = evaluateString(this.before, opts);
      if (str.isNull) return `${str.text}${forcesReplacement(diff.replace, opts)}`;
      if (str.json !== undefined) return renderStringAsJson(diff, indent, opts, str, undefined);
      if (!str.isMultiline) return `${renderSimple(str)}${nullSuffix(diff.action, opts)}${forcesReplacement(diff.replace, opts)}`;
      return heredoc(diff, indent, opts, unchangedLines(str.text, indent, opts));
    }
    return this.renderStringUpdate(diff, indent, opts);
  }

  private renderStringUpdate(diff: Diff, indent: number, opts: RenderOpts): string {
    const before = evaluateString(this.before, opts);
    const after = evaluateString(this.after, opts);
    if (before.json !== undefined && after.json !== undefined) return renderStringAsJson(diff, indent, opts, before, after);
    if (before.json !== undefined || after.json !== undefined) {
      const change = new TypeChangeRenderer(
        newDiff(new PrimitiveRenderer(this.before, null, "string"), "delete", false),
        newDiff(new PrimitiveRenderer(null, this.after, "string"), "create", false),
      );
      return renderDiff(newDiff(change, diff.action, diff.replace), indent, opts);
    }
    if (!before.isMultiline && !after.isMultiline) {
      return `${renderSimple(before)} ${colorize("[yellow]->[reset]", opts.color)} ${renderSimple(after)}${forcesReplacement(diff.replace, opts)}`;
    }
    return heredoc(diff, indent, opts, changedLines(before.text.split("\n"), after.text.split("\n"), indent, opts));
  }
}

function line(action: Action, text: string, indent: number, opts: RenderOpts): string {
  return `${formatIndent(indent + 1)}${writeDiffActionSymbol(action, opts)}${text}`;
}

function unchangedLines(text: string, indent: number, opts: RenderOpts): string[] {
  return text.split("\n").map((l) => line("no-op", l, indent, opts));
}

function changedLines(before: string[], after: string[], indent: number, opts: RenderOpts): string[] {
  const lines: string[] = [];
  processSlice(before, after, (b, a) => {
    if (b < 0 || b >= before.length) lines.push(line("create", after[a]!, indent, opts));
    else if (a < 0 || a >= after.length) lines.push(line("delete", before[b]!, indent, opts));
    else if (before[b] !== after[a]) {
      lines.push(line("delete", before[b]!, indent, opts));
      lines.push(line("create", after[a]!, indent, opts));
    } else lines.push(line("no-op", before[b]!, indent, opts));
  }, () => false);
  return lines;
}

function heredoc(diff: Diff, indent: number, opts: RenderOpts, lines: string[]): string {
  const close = `${formatIndent(indent)}${writeDiffActionSymbol("no-op", opts)}EOT${nullSuffix(diff.action, opts)}`;
  return `<<-EOT${forcesReplacement(diff.replace, opts)}\n${lines.join("\n")}\n${close}`;
}

function renderStringAsJson(
  diff: Diff,
  indent: number,
  opts: RenderOpts,
  before: EvaluatedString | undefined,
  after: EvaluatedString | undefined,
): string {
  const jsonDiff = jsonTransform(rendererJsonOpts(), {
    beforeExplicit: diff.action !== "create",
    afterExplicit: diff.action !== "delete",
    before: before?.json ?? null,
    after: after?.json ?? null,
    unknown: false,
    beforeSensitive: false,
    afterSensitive: false,
    replacePaths: pathsMatcher([]),
    relevantAttributes: ALWAYS_MATCHER,
    nonLegacySchema: false,
  });
  let action = diff.action;
  let jsonOpts = childOpts(opts, { overrideNullSuffix: true });
  let whitespace = "";
  let replace = "";
  if (jsonDiff.action === "no-op" && diff.action === "update") {
    // Only whitespace changed, which the JSON diff cannot show.
    whitespace = diff.replace ? " # whitespace changes force replacement" : " # whitespace changes";
    jsonOpts = { ...jsonOpts, showUnchangedChildren: true };
    action = "no-op";
  } else {
    replace = forcesReplacement(diff.replace, opts);
  }
  const rendered = renderDiff(jsonDiff, indent + 1, jsonOpts);
  if (diff.action === "create" || diff.action === "delete") action = "no-op";
  if (!rendered.includes("\n")) return `jsonencode(${rendered})${whitespace}${replace}`;
  return (
    `jsonencode(${whitespace}\n${formatIndent(indent + 1)}${writeDiffActionSymbol(action, opts)}${rendered}${replace}\n` +
    `${formatIndent(indent)}${writeDiffActionSymbol("no-op", opts)})${nullSuffix(diff.action, opts)}`
  );
}
