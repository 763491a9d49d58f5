import { childOpts, diffWarnings, renderDiff, type Diff, type DiffRenderer, type RenderOpts } from "./computed-diff.js";
import { forcesReplacement, formatIndent, nullSuffix, unchanged, writeDiffActionSymbol } from "./render-util.js";

// Sequences (renderers.List, NestedList, Set, NestedSet): one element per line with a trailing comma.
// Lists of values show the unchanged element on each side of a change for context; sets and lists of
// nested objects only count their unchanged elements.

const NO_WARNINGS = (): string[] => [];

function elementLine(element: Diff, indent: number, opts: RenderOpts): string {
  const warnings = diffWarnings(element, indent + 1, opts).map((w) => `${formatIndent(indent + 1)}${w}\n`);
  return `${warnings.join("")}${formatIndent(indent + 1)}${writeDiffActionSymbol(element.action, opts)}${renderDiff(element, indent + 1, opts)},\n`;
}

function closing(diff: Diff, indent: number, opts: RenderOpts, bracket: string): string {
  return `${formatIndent(indent)}${writeDiffActionSymbol("no-op", opts)}${bracket}${nullSuffix(diff.action, opts)}`;
}

/** A list or tuple; `displayContext` shows the neighbours of each change (renderers.List / NestedList). */
export class ListRenderer implements DiffRenderer {
  readonly warningsHuman = NO_WARNINGS;

  constructor(
    readonly elements: readonly Diff[],
    readonly displayContext: boolean,
  ) {}

  renderHuman(diff: Diff, indent: number, opts: RenderOpts): string {
    if (this.elements.length === 0) return `[]${nullSuffix(diff.action, opts)}${forcesReplacement(diff.replace, opts)}`;
    const elementOpts = childOpts(opts, { overrideNullSuffix: true });
    const unchangedOpts = childOpts(opts, { showUnchangedChildren: true });
    let pending: Diff[] = [];
    let renderNext = false;
    let buf = `[${forcesReplacement(diff.replace, opts)}\n`;
    for (const element of this.elements) {
      if (element.action === "no-op" && !renderNext && !opts.showUnchangedChildren) {
        pending.push(element);
        continue;
      }
      renderNext = false;
      let eOpts = elementOpts;
      if (this.displayContext) {
        buf += this.context(pending, indent, opts, unchangedOpts);
        pending = [];
        if (element.action === "no-op") eOpts = unchangedOpts;
        else renderNext = true;
      }
      buf += elementLine(element, indent, eOpts);
    }
    if (pending.length > 0) {
      buf += `${formatIndent(indent + 1)}${writeDiffActionSymbol("no-op", opts)}${unchanged("element", pending.length, opts)}\n`;
    }
    return buf + closing(diff, indent, opts, "]");
  }

  // The count of skipped unchanged elements, then the last of them in full.
  private context(pending: readonly Diff[], indent: number, opts: RenderOpts, unchangedOpts: RenderOpts): string {
    let out = "";
    if (pending.length > 1) {
      out += `${formatIndent(indent + 1)}${writeDiffActionSymbol("no-op", opts)}${unchanged("element", pending.length - 1, opts)}\n`;
    }
    const last = pending[pending.length - 1];
    if (last) {
      out += `${formatIndent(indent + 1)}${writeDiffActionSymbol(last.action, unchangedOpts)}${renderDiff(last, indent + 1, unchangedOpts)},\n`;
    }
    return out;
  }
}

/** A set; a nested set pushes `# forces replacement` down to its elements (renderers.Set / NestedSet). */
export class SetRenderer implements DiffRenderer {
  readonly warningsHuman = NO_WARNINGS;

  constructor(
    readonly elements: readonly Diff[],
    readonly overrideForcesReplacement: boolean,
  ) {}

  renderHuman(diff: Diff, indent: number, opts: RenderOpts): string {
    const inSelf = diff.replace && !this.overrideForcesReplacement;
    const inChildren = diff.replace && this.overrideForcesReplacement;
    if (this.elements.length === 0) return `[]${nullSuffix(diff.action, opts)}${forcesReplacement(inSelf, opts)}`;
    const elementOpts = childOpts(opts, { overrideNullSuffix: true, forceForcesReplacement: inChildren });
    let hidden = 0;
    let buf = `[${forcesReplacement(inSelf, opts)}\n`;
    for (const element of this.elements) {
      if (element.action === "no-op" && !opts.showUnchangedChildren) {
        hidden++;
        continue;
      }
      const warnings = diffWarnings(element, indent + 1, opts).map((w) => `${formatIndent(indent + 1)}${w}\n`);
      buf += `${warnings.join("")}${formatIndent(indent + 1)}${writeDiffActionSymbol(element.action, elementOpts)}${renderDiff(element, indent + 1, elementOpts)},\n`;
    }
    if (hidden > 0) buf += `${formatIndent(indent + 1)}${writeDiffActionSymbol("no-op", opts)}${unchanged("element", hidden, opts)}\n`;
    return buf + closing(diff, indent, opts, "]");
  }
}
