import type { Action } from "../../../core/plans/changes.js";

// Terraform's computed.Diff: the result of diffing one value, ready to print. The action and the
// "forces replacement" flag are common to every kind of value; how it prints is up to its renderer
// (primitive, list, map, object, block, sensitive, unknown...).

/** Options that steer printing; the force/forbid flags apply to direct children only. */
export interface RenderOpts {
  readonly color: boolean;
  /** Do not print `-> null` after a deleted value. */
  readonly overrideNullSuffix: boolean;
  /** Print `# forces replacement` even when the diff itself does not force it. */
  readonly forceForcesReplacement: boolean;
  /** Never print `# forces replacement`. */
  readonly forbidForcesReplacement: boolean;
  /** Print unchanged children instead of counting them as hidden. */
  readonly showUnchangedChildren: boolean;
  /** Leave out the `+`/`-`/`~` symbols and the room they take. */
  readonly hideDiffActionSymbols: boolean;
}

/** Prints one kind of diff. */
export interface DiffRenderer {
  /** The diff's text; lines after the first are indented for `indent` levels. */
  renderHuman(diff: Diff, indent: number, opts: RenderOpts): string;
  /** Warning lines to print before the diff's own line. */
  warningsHuman(diff: Diff, indent: number, opts: RenderOpts): string[];
  /** True for object renderers, which a map prints with a trailing comma. */
  readonly isObject?: boolean;
}

/** A value's diff: how to print it, what happens to it, and whether it forces replacement (computed.Diff). */
export interface Diff {
  readonly renderer: DiffRenderer;
  readonly action: Action;
  readonly replace: boolean;
}

/** A diff from its parts (computed.NewDiff). */
export function newDiff(renderer: DiffRenderer, action: Action, replace: boolean): Diff {
  return { renderer, action, replace };
}

/** The text of a diff (Diff.RenderHuman). */
export function renderDiff(diff: Diff, indent: number, opts: RenderOpts): string {
  return diff.renderer.renderHuman(diff, indent, opts);
}

/** The warnings of a diff (Diff.WarningsHuman). */
export function diffWarnings(diff: Diff, indent: number, opts: RenderOpts): string[] {
  return diff.renderer.warningsHuman(diff, indent, opts);
}

/** Fresh options for printing at the top level (computed.NewRenderHumanOpts). */
export function newRenderOpts(color: boolean): RenderOpts {
  return {
    color,
    overrideNullSuffix: false,
    forceForcesReplacement: false,
    forbidForcesReplacement: false,
    showUnchangedChildren: false,
    hideDiffActionSymbols: false,
  };
}

/** A copy of the options for children, with the non-cascading flags cleared and `patch` applied (Clone). */
export function childOpts(opts: RenderOpts, patch: Partial<RenderOpts> = {}): RenderOpts {
  return { ...opts, forceForcesReplacement: false, forbidForcesReplacement: false, ...patch };
}

/** Folds a child's action into the running action of its parent: any difference makes an update. */
export function compareActions(current: Action, next: Action): Action {
  if (next === "no-op") return current;
  return current !== next ? "update" : current;
}
