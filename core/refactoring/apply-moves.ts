import { AbsResource } from "../addrs/abs-resource.js";
import type { ModuleState, State } from "../states/state.js";
import { instanceMoveDestination, moduleMoveDestination, resourceMoveDestination } from "./move-destination.js";
import { buildMoveStatementGraph, moveOrder } from "./move-graph.js";
import { MoveResults } from "./move-results.js";
import type { MoveStatement } from "./move-statement.js";
import { moveModuleInstance, moveResource, moveResourceInstance } from "./state-moves.js";

// Applying move statements to a state (refactoring.ApplyMoves): statements in dependency order, each
// moving every module instance, resource or resource instance its "from" endpoint selects, unless
// something already occupies the destination (then the move is recorded as blocked and the existing
// object wins). Invalid statements are tolerated: cycles move nothing, and validation reports them
// after planning, since it needs the expanded configuration.

/** Moves objects in `state` (changed in place) as the statements say, and reports what moved. */
export function applyMoves(stmts: readonly MoveStatement[], state: State): MoveResults {
  const results = new MoveResults();
  if (stmts.length === 0) return results;
  const order = moveOrder(buildMoveStatementGraph(stmts));
  if (!order) return results;
  for (const stmt of order) {
    for (const ms of [...state.modules.values()]) {
      if (stmt.from.objectKind === "module") moveModule(state, stmt, ms, results);
      else if (stmt.from.selectsModule(ms.addr)) moveResources(state, stmt, ms, results);
    }
  }
  return results;
}

function moveModule(state: State, stmt: MoveStatement, ms: ModuleState, results: MoveResults): void {
  const dst = moduleMoveDestination(ms.addr, stmt.from, stmt.to);
  if (!dst) return;
  if (state.modules.has(dst.toString())) {
    results.recordBlockage(ms.addr, dst);
    return;
  }
  for (const rs of ms.resources.values()) {
    for (const { key } of rs.instances.values()) {
      results.recordMove(rs.addr.instance(key), new AbsResource(dst, rs.addr.resource).instance(key));
    }
  }
  moveModuleInstance(state, ms.addr, dst);
}

function moveResources(state: State, stmt: MoveStatement, ms: ModuleState, results: MoveResults): void {
  for (const rs of [...ms.resources.values()]) {
    const dst = resourceMoveDestination(rs.addr, stmt.from, stmt.to);
    if (dst) {
      moveWholeResource(state, stmt, rs.addr, dst, results);
      continue;
    }
    for (const { key } of [...rs.instances.values()]) {
      const src = rs.addr.instance(key);
      const to = instanceMoveDestination(src, stmt.from, stmt.to);
      if (!to) continue;
      if (state.instance(to)) {
        results.recordBlockage(src, to);
        continue;
      }
      noteCrossType(state, stmt, rs.addr, to.containingResource(), results);
      results.recordMove(src, to);
      moveResourceInstance(state, src, to);
    }
  }
}

function moveWholeResource(state: State, stmt: MoveStatement, src: AbsResource, dst: AbsResource, results: MoveResults): void {
  if (state.resource(dst)) {
    results.recordBlockage(src, dst);
    return;
  }
  noteCrossType(state, stmt, src, dst, results);
  for (const { key } of state.resource(src)!.instances.values()) results.recordMove(src.instance(key), dst.instance(key));
  moveResource(state, src, dst);
}

// A move to another resource type or provider needs the target provider to convert the object.
function noteCrossType(state: State, stmt: MoveStatement, src: AbsResource, dst: AbsResource, results: MoveResults): void {
  const sourceProvider = state.resource(src)?.provider.provider;
  if (!stmt.provider || !sourceProvider) return;
  if (stmt.provider.toString() === sourceProvider.toString() && src.resource.type === dst.resource.type) return;
  results.crossType.push({ statement: stmt, from: src, to: dst, sourceProvider });
}
