import type { Action, ResourceInstanceChange } from "../../../core/plans/changes.js";
import { colorize } from "./colorize.js";
import { newRenderOpts, renderDiff, type Diff } from "./computed-diff.js";
import { blockFor, resourceStructuredChange, type SchemaLookup } from "./change-input.js";
import { computeDiffForBlock } from "./differ-block.js";
import { ALWAYS_MATCHER, type PathMatcher } from "./path-matcher.js";
import { diffActionSymbol } from "./render-util.js";
import { previousAddress, resourceChangeComment, resourceChangeHeader, type ChangeCause } from "./resource-comment.js";

// One resource instance's part of the plan: its diff computed under its schema, and printed with the
// comment lines above it (jsonformat's renderHumanDiff). The apply view prints the same blocks.

/** A resource instance change with its computed diff. */
export interface ResourceDiff {
  readonly change: ResourceInstanceChange;
  readonly diff: Diff;
}

/** Computes a resource instance's diff; `relevant` limits which attributes may show a change (drift). */
export function computeResourceDiff(rc: ResourceInstanceChange, schemas: SchemaLookup, relevant: PathMatcher = ALWAYS_MATCHER): ResourceDiff {
  const block = blockFor(rc, schemas);
  return { change: rc, diff: computeDiffForBlock(resourceStructuredChange(rc, block, relevant), block) };
}

/** True when the object moved to a new address (diff.Moved). */
export function isMoved(rc: ResourceInstanceChange): boolean {
  return previousAddress(rc) !== undefined;
}

/** True when the change has nothing to show: a no-op that neither moves nor imports. */
export function isSilent(rc: ResourceInstanceChange): boolean {
  return rc.change.action === "no-op" && !isMoved(rc) && !rc.importing;
}

/** Options for printing a resource's diff. */
export interface ResourceRenderOptions {
  readonly color: boolean;
  /** The product name in the text ("Terrane"; "Terraform" to compare with Terraform's output). */
  readonly productName: string;
}

/**
 * The comment lines and the `+ resource "type" "name" { ... }` block of one resource instance, or
 * undefined when it has nothing to show (renderHumanDiff). `cause` says whether this is a planned
 * change or drift detected by refresh.
 */
export function renderResourceDiff(rd: ResourceDiff, cause: ChangeCause, opts: ResourceRenderOptions): string | undefined {
  const rc = rd.change;
  if (isSilent(rc)) return undefined;
  const action: Action = rc.change.action;
  const comment = colorize(resourceChangeComment(rc, action, cause, opts.productName), opts.color);
  const renderOpts = { ...newRenderOpts(opts.color), showUnchangedChildren: rc.importing !== undefined };
  const symbol = colorize(diffActionSymbol(action), opts.color);
  return `${comment}${symbol} ${resourceChangeHeader(rc)} ${renderDiff(rd.diff, 0, renderOpts)}`;
}
