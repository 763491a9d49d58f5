import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import { goQuote } from "../../../lang/text/go-quote.js";
import { childOpts, diffWarnings, newDiff, renderDiff, type Diff, type DiffRenderer, type RenderOpts } from "./computed-diff.js";
import { IMPORTANT_ATTRIBUTES } from "./render-object.js";
import { ensureValidAttributeName, forcesReplacement, formatIndent, maxByteLength, padRight, unchanged, writeDiffActionSymbol } from "./render-util.js";
import { SensitiveBlockRenderer, UnknownRenderer } from "./render-wrappers.js";

// Configuration blocks (renderers.Block): attributes first with their `=` aligned, then each nested
// block type in name order, a blank line before each group that shows anything. A group that is
// sensitive as a whole hides its contents; one that is unknown as a whole prints "(known after apply)".

const NO_WARNINGS = (): string[] => [];

/** One nested block type's diffs, by nesting mode, with what is known about the group as a whole. */
export type BlockGroup = (
  | { readonly kind: "single"; readonly diff: Diff }
  | { readonly kind: "list" | "set"; readonly diffs: readonly Diff[] }
  | { readonly kind: "map"; readonly diffs: ReadonlyMap<string, Diff> }
) & {
  readonly replace: boolean;
  readonly beforeSensitive: boolean;
  readonly afterSensitive: boolean;
  readonly unknown: boolean;
};

/** Prints a block: its attributes and its nested blocks (renderers.Block). */
export class BlockRenderer implements DiffRenderer {
  readonly warningsHuman = NO_WARNINGS;

  constructor(
    readonly attributes: ReadonlyMap<string, Diff>,
    readonly blocks: ReadonlyMap<string, BlockGroup>,
  ) {}

  renderHuman(diff: Diff, indent: number, opts: RenderOpts): string {
    if (this.attributes.size === 0 && this.blocks.size === 0) return `{}${forcesReplacement(diff.replace, opts)}`;
    let buf = `{${forcesReplacement(diff.replace, opts)}\n`;
    buf += this.renderAttributes(indent, opts);
    let hiddenBlocks = 0;
    for (const key of [...this.blocks.keys()].sort(compareCodePoints)) {
      const r = this.renderGroup(key, this.blocks.get(key)!, diff, indent, opts);
      buf += r.text;
      hiddenBlocks += r.hidden;
    }
    if (hiddenBlocks > 0) {
      buf += `\n${formatIndent(indent + 1)}${writeDiffActionSymbol("no-op", opts)}${unchanged("block", hiddenBlocks, opts)}\n`;
    }
    return `${buf}${formatIndent(indent)}${writeDiffActionSymbol("no-op", opts)}}`;
  }

  private renderAttributes(indent: number, opts: RenderOpts): string {
    const width = maxByteLength([...this.attributes.keys()].map(ensureValidAttributeName));
    const importantOpts = childOpts(opts, { showUnchangedChildren: true });
    const attributeOpts = childOpts(opts);
    let hidden = 0;
    let buf = "";
    for (const key of [...this.attributes.keys()].sort(compareCodePoints)) {
      const attribute = this.attributes.get(key)!;
      const important = IMPORTANT_ATTRIBUTES.has(key);
      if (!important && attribute.action === "no-op" && !opts.showUnchangedChildren) {
        hidden++;
        continue;
      }
      const aOpts = important ? importantOpts : attributeOpts;
      const name = important ? key : ensureValidAttributeName(key);
      for (const w of diffWarnings(attribute, indent + 1, important ? importantOpts : opts)) buf += `${formatIndent(indent + 1)}${w}\n`;
      buf += `${formatIndent(indent + 1)}${writeDiffActionSymbol(attribute.action, aOpts)}${padRight(name, width)} = ${renderDiff(attribute, indent + 1, aOpts)}\n`;
    }
    if (hidden > 0) buf += `${formatIndent(indent + 1)}${writeDiffActionSymbol("no-op", opts)}${unchanged("attribute", hidden, opts)}\n`;
    return buf;
  }

  private renderGroup(key: string, group: BlockGroup, parent: Diff, indent: number, opts: RenderOpts): { text: string; hidden: number } {
    let text = "";
    let hidden = 0;
    let foundChanged = false;
    const render = (d: Diff, mapKey: string): void => {
      const shown = sensitiveGroupDiff(d, group);
      if (shown.action === "no-op" && !opts.showUnchangedChildren) {
        hidden++;
        return;
      }
      if (!foundChanged && this.attributes.size > 0) {
        text += "\n";
        foundChanged = true;
      }
      const blockOpts = childOpts(opts, { forceForcesReplacement: group.replace });
      for (const w of diffWarnings(shown, indent + 1, blockOpts)) text += `${formatIndent(indent + 1)}${w}\n`;
      text += `${formatIndent(indent + 1)}${writeDiffActionSymbol(shown.action, blockOpts)}${ensureValidAttributeName(key)}${mapKey} ${renderDiff(shown, indent + 1, blockOpts)}\n`;
    };
    if (group.kind === "single") {
      render(group.diff, "");
      return { text, hidden };
    }
    if (group.unknown) render(newDiff(new UnknownRenderer(undefined), parent.action, false), "");
    if (group.kind === "map") {
      for (const k of [...group.diffs.keys()].sort(compareCodePoints)) render(group.diffs.get(k)!, ` ${goQuote(k)}`);
    } else {
      for (const d of group.diffs) render(d, "");
    }
    return { text, hidden };
  }
}

// A group that is sensitive as a whole shows each of its blocks as hidden.
function sensitiveGroupDiff(d: Diff, group: BlockGroup): Diff {
  const creating = d.action === "create" && group.afterSensitive;
  const deleting = d.action === "delete" && group.beforeSensitive;
  const modifying = (d.action === "update" || d.action === "no-op") && (group.afterSensitive || group.beforeSensitive);
  if (!creating && !deleting && !modifying) return d;
  const action = d.action === "no-op" && group.beforeSensitive !== group.afterSensitive ? "update" : d.action;
  return newDiff(new SensitiveBlockRenderer(d, group.beforeSensitive, group.afterSensitive), action, d.replace);
}
