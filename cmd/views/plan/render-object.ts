import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import { childOpts, diffWarnings, renderDiff, type Diff, type DiffRenderer, type RenderOpts } from "./computed-diff.js";
import {
  ensureValidAttributeName,
  forcesReplacement,
  formatIndent,
  hclEscapeString,
  maxByteLength,
  nullSuffix,
  padRight,
  unchanged,
  writeDiffActionSymbol,
} from "./render-util.js";

// Keyed values (renderers.Object, NestedObject, Map, NestedMap): one `key = value` line per entry in
// key order with the `=` signs aligned, unchanged entries counted rather than shown. `id`, `name` and
// `tags` always show, since they say which object this is.

const NO_WARNINGS = (): string[] => [];

/** Attributes that always show in an object or block, changed or not. */
export const IMPORTANT_ATTRIBUTES: ReadonlySet<string> = new Set(["id", "name", "tags"]);

function sortedKeys(m: ReadonlyMap<string, Diff>): string[] {
  return [...m.keys()].sort(compareCodePoints);
}

function warningLines(d: Diff, indent: number, opts: RenderOpts): string {
  return diffWarnings(d, indent + 1, opts).map((w) => `${formatIndent(indent + 1)}${w}\n`).join("");
}

/** An object; a nested-attribute object keeps `-> null` on deleted attributes (renderers.Object / NestedObject). */
export class ObjectRenderer implements DiffRenderer {
  readonly warningsHuman = NO_WARNINGS;
  readonly isObject = true;

  constructor(
    readonly attributes: ReadonlyMap<string, Diff>,
    readonly overrideNullSuffix: boolean,
  ) {}

  renderHuman(diff: Diff, indent: number, opts: RenderOpts): string {
    if (this.attributes.size === 0) return `{}${nullSuffix(diff.action, opts)}${forcesReplacement(diff.replace, opts)}`;
    const attributeOpts = childOpts(opts, { overrideNullSuffix: this.overrideNullSuffix });
    const importantOpts = childOpts(attributeOpts, { showUnchangedChildren: true });
    const escaped = new Map([...this.attributes.keys()].map((k) => [k, ensureValidAttributeName(k)]));
    const width = maxByteLength(escaped.values());
    let hidden = 0;
    let buf = `{${forcesReplacement(diff.replace, opts)}\n`;
    for (const key of sortedKeys(this.attributes)) {
      const attribute = this.attributes.get(key)!;
      const important = IMPORTANT_ATTRIBUTES.has(key);
      if (!important && attribute.action === "no-op" && !opts.showUnchangedChildren) {
        hidden++;
        continue;
      }
      const aOpts = important ? importantOpts : attributeOpts;
      buf += warningLines(attribute, indent, important ? importantOpts : opts);
      buf += `${formatIndent(indent + 1)}${writeDiffActionSymbol(attribute.action, aOpts)}${padRight(escaped.get(key)!, width)} = ${renderDiff(attribute, indent + 1, aOpts)}\n`;
    }
    if (hidden > 0) buf += `${formatIndent(indent + 1)}${writeDiffActionSymbol("no-op", opts)}${unchanged("attribute", hidden, opts)}\n`;
    return `${buf}${formatIndent(indent)}${writeDiffActionSymbol("no-op", opts)}}${nullSuffix(diff.action, opts)}`;
  }
}

/** A map with quoted keys; a nested map pushes `# forces replacement` to its elements (renderers.Map / NestedMap). */
export class MapRenderer implements DiffRenderer {
  readonly warningsHuman = NO_WARNINGS;

  constructor(
    readonly elements: ReadonlyMap<string, Diff>,
    readonly nested: boolean,
  ) {}

  renderHuman(diff: Diff, indent: number, opts: RenderOpts): string {
    const replaceSelf = diff.replace && !this.nested;
    const replaceChildren = diff.replace && this.nested;
    if (this.elements.size === 0) return `{}${nullSuffix(diff.action, opts)}${forcesReplacement(replaceSelf, opts)}`;
    const escaped = new Map([...this.elements.keys()].map((k) => [k, hclEscapeString(k)]));
    const width = maxByteLength(escaped.values());
    const elementOpts = childOpts(opts, {
      overrideNullSuffix: diff.action === "delete" || this.nested,
      forceForcesReplacement: replaceChildren,
    });
    let hidden = 0;
    let buf = `{${forcesReplacement(replaceSelf, opts)}\n`;
    for (const key of sortedKeys(this.elements)) {
      const element = this.elements.get(key)!;
      if (element.action === "no-op" && !opts.showUnchangedChildren) {
        hidden++;
        continue;
      }
      const comma = element.renderer.isObject ? "," : "";
      const name = this.nested ? escaped.get(key)! : padRight(escaped.get(key)!, width);
      buf += warningLines(element, indent, opts);
      buf += `${formatIndent(indent + 1)}${writeDiffActionSymbol(element.action, elementOpts)}${name} = ${renderDiff(element, indent + 1, elementOpts)}${comma}\n`;
    }
    if (hidden > 0) buf += `${formatIndent(indent + 1)}${writeDiffActionSymbol("no-op", opts)}${unchanged("element", hidden, opts)}\n`;
    return `${buf}${formatIndent(indent)}${writeDiffActionSymbol("no-op", opts)}}${nullSuffix(diff.action, opts)}`;
  }
}
