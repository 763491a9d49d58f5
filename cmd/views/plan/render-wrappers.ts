import { colorize } from "./colorize.js";
import { childOpts, renderDiff, type Diff, type DiffRenderer, type RenderOpts } from "./computed-diff.js";
import { forcesReplacement, formatIndent, nullSuffix, writeDiffActionSymbol } from "./render-util.js";

// Renderers that stand in for a value rather than show it: sensitive values and blocks, values known
// only after apply, a value whose JSON type changes, and write-only attributes.

const NO_WARNINGS = (): string[] => [];

/** `(sensitive value)`, with a warning when the value's sensitivity changes (renderers.Sensitive). */
export class SensitiveRenderer implements DiffRenderer {
  constructor(
    readonly inner: Diff,
    readonly beforeSensitive: boolean,
    readonly afterSensitive: boolean,
  ) {}

  renderHuman(diff: Diff, _indent: number, opts: RenderOpts): string {
    return `(sensitive value)${nullSuffix(diff.action, opts)}${forcesReplacement(diff.replace, opts)}`;
  }

  warningsHuman(_diff: Diff, indent: number, opts: RenderOpts): string[] {
    if (this.beforeSensitive === this.afterSensitive || this.inner.action === "create" || this.inner.action === "delete") return [];
    const warning = this.beforeSensitive
      ? `  # [yellow]Warning[reset]: this attribute value will no longer be marked as sensitive\n${formatIndent(indent)}  # after applying this change.`
      : `  # [yellow]Warning[reset]: this attribute value will be marked as sensitive and will not\n${formatIndent(indent)}  # display in UI output after applying this change.`;
    const colored = colorize(warning, opts.color);
    return [this.inner.action === "no-op" ? `${colored} The value is unchanged.` : colored];
  }
}

/** A block whose contents are hidden because part of it is sensitive (renderers.SensitiveBlock). */
export class SensitiveBlockRenderer implements DiffRenderer {
  constructor(
    readonly inner: Diff,
    readonly beforeSensitive: boolean,
    readonly afterSensitive: boolean,
  ) {}

  renderHuman(diff: Diff, indent: number, opts: RenderOpts): string {
    const prefix = `${formatIndent(indent)}${writeDiffActionSymbol("no-op", opts)}`;
    return (
      `{${forcesReplacement(diff.replace, opts)}\n` +
      `${prefix}  # At least one attribute in this block is (or was) sensitive,\n` +
      `${prefix}  # so its contents will not be displayed.\n${prefix}}`
    );
  }

  warningsHuman(_diff: Diff, indent: number, opts: RenderOpts): string[] {
    if (this.beforeSensitive === this.afterSensitive || this.inner.action === "create" || this.inner.action === "delete") return [];
    const warning = this.beforeSensitive
      ? `  # [yellow]Warning[reset]: this block will no longer be marked as sensitive\n${formatIndent(indent)}  # after applying this change.`
      : `  # [yellow]Warning[reset]: this block will be marked as sensitive and will not\n${formatIndent(indent)}  # display in UI output after applying this change.`;
    return [colorize(warning, opts.color)];
  }
}

/** `(known after apply)`, after the old value when there was one (renderers.Unknown). */
export class UnknownRenderer implements DiffRenderer {
  readonly warningsHuman = NO_WARNINGS;

  constructor(readonly before: Diff | undefined) {}

  renderHuman(diff: Diff, indent: number, opts: RenderOpts): string {
    if (diff.action === "create" || this.before === undefined) {
      return `(known after apply)${forcesReplacement(diff.replace, opts)}`;
    }
    // The old value never gets `-> null`, nor its own `# forces replacement` when this one prints it.
    const beforeOpts = childOpts(opts, { overrideNullSuffix: true, forbidForcesReplacement: diff.replace });
    return `${renderDiff(this.before, indent, beforeOpts)} -> (known after apply)${forcesReplacement(diff.replace, opts)}`;
  }
}

/** `old -> new` for a value whose JSON type changes (renderers.TypeChange). */
export class TypeChangeRenderer implements DiffRenderer {
  readonly warningsHuman = NO_WARNINGS;

  constructor(
    readonly before: Diff,
    readonly after: Diff,
  ) {}

  renderHuman(_diff: Diff, indent: number, opts: RenderOpts): string {
    const inner = { ...opts, overrideNullSuffix: true };
    return `${renderDiff(this.before, indent, inner)} ${colorize("[yellow]->[reset]", opts.color)} ${renderDiff(this.after, indent, inner)}`;
  }
}

/** `(write-only attribute)`: a value that is never stored, so never shown (renderers.WriteOnly). */
export class WriteOnlyRenderer implements DiffRenderer {
  readonly warningsHuman = NO_WARNINGS;

  constructor(readonly sensitive: boolean) {}

  renderHuman(diff: Diff, _indent: number, opts: RenderOpts): string {
    const text = this.sensitive ? "(sensitive, write-only attribute)" : "(write-only attribute)";
    return `${text}${nullSuffix(diff.action, opts)}${forcesReplacement(diff.replace, opts)}`;
  }
}
