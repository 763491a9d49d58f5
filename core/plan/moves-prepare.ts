import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import { compareAbsResourceInstances } from "../addrs/abs-resource.js";
import type { Targetable } from "../addrs/parse-target.js";
import type { Config } from "../configs/model.js";
import {
  applyMoves,
  findMoveStatements,
  findRemoveStatements,
  impliedMoveStatements,
  type MoveResults,
  type MoveStatement,
  type RemoveStatement,
} from "../refactoring/index.js";
import type { State } from "../states/state.js";
import type { PlanContext } from "./plan-context.js";
import type { PlanOptions } from "./plan-options.js";
import { copyState } from "./state-copy.js";

// Before the plan walk (Context.planWalk's prologue): the `moved` statements, declared and implied,
// are applied to a copy of the previous run's state, which the plan then starts from; a targeted plan
// must cover every moved instance; and in a normal plan the `removed` blocks are collected, each
// target having to be gone from the configuration.

/** The moves applied and the removed blocks found, or the errors that stop the plan. */
export interface PreparedMoves {
  /** The previous run's state with the moves applied (a copy: the caller's state is not changed). */
  readonly state: State;
  readonly statements: readonly MoveStatement[];
  readonly results: MoveResults;
  readonly removed: readonly RemoveStatement[];
  readonly diagnostics: Diagnostic[];
}

/** Applies the configuration's moves to a copy of the previous run's state and checks the removed blocks. */
export function prepareMoves(config: Config, prevRunState: State, options: PlanOptions): PreparedMoves {
  const state = copyState(prevRunState);
  const explicit = findMoveStatements(config);
  const statements = [...explicit, ...impliedMoveStatements(config, state, explicit)];
  const results = applyMoves(statements, state);
  const diagnostics = targetedMovesDiagnostics(results, options.targets ?? []);
  if (hasErrors(diagnostics) || options.mode !== "normal") return { state, statements, results, removed: [], diagnostics };
  const removed = findRemoveStatements(config);
  diagnostics.push(...removed.diagnostics);
  return { state, statements, results, removed: [...removed.statements.values()], diagnostics };
}

/**
 * Moves to another resource type or provider (refactoring's crossTypeMover): the target provider must
 * convert each object; none of Terrane's providers can, so such a move is an error, as Terraform
 * reports for a provider without the MoveResourceState capability.
 */
export async function crossTypeMoveDiagnostics(pc: PlanContext, results: MoveResults): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<MoveStatement>();
  for (const move of results.crossType) {
    if (reported.has(move.statement)) continue;
    reported.add(move.statement);
    const target = move.statement.provider!;
    const schema = await pc.providers.schema(target);
    diagnostics.push(...schema.diagnostics);
    if (!schema.schema) continue;
    const detail = `The provider ${goQuote(target.toString())} does not support moved operations across resource types and providers.`;
    diagnostics.push(errorDiag("Unsupported `moved` across resource types", detail, move.statement.declRange));
  }
  return diagnostics;
}

/** Context.prePlanVerifyTargetedMoves: every moved instance, old and new address, must be targeted. */
function targetedMovesDiagnostics(results: MoveResults, targets: readonly Targetable[]): Diagnostic[] {
  if (targets.length === 0) return [];
  const excluded: AbsResourceInstance[] = [];
  for (const { from, to } of results.changes.values()) {
    if (!targets.some((t) => targetContains(t, from))) excluded.push(from);
    if (!targets.some((t) => targetContains(t, to))) excluded.push(to);
  }
  if (excluded.length === 0) return [];
  const resources = [...new Set(excluded.sort(compareAbsResourceInstances).map((a) => a.containingResource().toString()))];
  const list = resources.map((r) => `\n  -target=${goQuote(r)}`).join("");
  const detail =
    "Resource instances in your current state have moved to new addresses in the latest configuration. Terrane must include those resource instances while planning in order to ensure a correct result, but your -target=... options do not fully cover all of those resource instances.\n\n" +
    `To create a valid plan, either remove your -target=... options altogether or add the following additional target options:${list}\n\n` +
    "Note that adding these options may include further additional resource instances in your plan, in order to respect object dependencies.";
  return [errorDiag("Moved resource instances excluded by targeting", detail)];
}

/** Targetable.TargetContains for a resource instance. */
function targetContains(t: Targetable, addr: AbsResourceInstance): boolean {
  if (t.kind === "ModuleInstance") return t.isRoot || t.toString() === addr.module.toString() || t.isAncestorOf(addr.module);
  if (t.kind === "AbsResource") return t.toString() === addr.containingResource().toString();
  return t.toString() === addr.toString();
}
