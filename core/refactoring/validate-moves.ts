import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { AbsResource, AbsResourceInstance } from "../addrs/abs-resource.js";
import type { AbsModuleCall } from "../addrs/module-call.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { Config } from "../configs/model.js";
import { moveableDeclRange, startString } from "./config-lookup.js";
import type { Moveable } from "./move-endpoint.js";
import { buildMoveStatementGraph, moveGraphDiagnostics } from "./move-graph.js";
import type { MoveStatement } from "./move-statement.js";

// Validating move statements against the expanded configuration (refactoring.ValidateMoves), after
// planning since it needs to know which module and resource instances exist: a move to the same
// address, a move from something still declared, two destinations for one source or two sources for
// one destination; and, only when nothing else is wrong, cycles.

/** The module and resource instances the plan walk found declared (instances.Set). */
export interface DeclaredInstances {
  /** Every instance of the static module at `path` (InstancesForModule). */
  moduleInstances(path: readonly string[]): readonly ModuleInstance[];
  hasModuleInstance(addr: ModuleInstance): boolean;
  hasModuleCall(addr: AbsModuleCall): boolean;
  hasResource(addr: AbsResource): boolean;
  hasResourceInstance(addr: AbsResourceInstance): boolean;
}

interface Seen {
  readonly other: Moveable;
  readonly range: Range;
}

const NOUNS: Readonly<Record<Moveable["kind"], readonly [string, string]>> = {
  ModuleInstance: ["module instance", "instance"],
  AbsModuleCall: ["module call", "call"],
  AbsResourceInstance: ["resource instance", "instance"],
  AbsResource: ["resource", "resource"],
};

/** Terraform's errors for invalid move statements; empty when they are all valid. */
export function validateMoves(stmts: readonly MoveStatement[], root: Config, declared: DeclaredInstances): Diagnostic[] {
  if (stmts.length === 0) return [];
  const diags: Diagnostic[] = [];
  const froms = new Map<string, Seen>();
  const tos = new Map<string, Seen>();
  for (const stmt of stmts) {
    for (const m of declared.moduleInstances(stmt.from.module)) {
      const absFrom = stmt.from.inModuleInstance(m);
      const absTo = stmt.to.inModuleInstance(m);
      if (key(absFrom) === key(absTo)) {
        diags.push(redundant(stmt, absFrom));
        continue;
      }
      const [noun, shortNoun] = NOUNS[absFrom.kind];
      if (exists(absFrom, declared)) diags.push(stillExists(stmt, absFrom, absTo, root, noun, shortNoun));
      const f = froms.get(key(absFrom));
      if (!f) froms.set(key(absFrom), { other: absTo, range: stmt.declRange });
      else if (key(f.other) !== key(absTo)) {
        const detail =
          `A statement at ${startString(f.range)} declared that ${absFrom} moved to ${f.other}, but this statement instead declares that it moved to ${absTo}.\n\n` +
          `Each ${noun} can move to only one destination ${shortNoun}.`;
        diags.push(errorDiag("Ambiguous move statements", detail, stmt.declRange));
      }
      const t = tos.get(key(absTo));
      if (!t) tos.set(key(absTo), { other: absFrom, range: stmt.declRange });
      else if (key(t.other) !== key(absFrom)) {
        const detail =
          `A statement at ${startString(t.range)} declared that ${t.other} moved to ${absTo}, but this statement instead declares that ${absFrom} moved there.\n\n` +
          `Each ${noun} can have moved from only one source ${shortNoun}.`;
        diags.push(errorDiag("Ambiguous move statements", detail, stmt.declRange));
      }
    }
  }
  if (!hasErrors(diags)) diags.push(...moveGraphDiagnostics(buildMoveStatementGraph(stmts)));
  return diags;
}

function key(a: Moveable): string {
  return `${a.kind}:${a.toString()}`;
}

function exists(addr: Moveable, declared: DeclaredInstances): boolean {
  switch (addr.kind) {
    case "ModuleInstance":
      return declared.hasModuleInstance(addr);
    case "AbsModuleCall":
      return declared.hasModuleCall(addr);
    case "AbsResourceInstance":
      return declared.hasResourceInstance(addr);
    case "AbsResource":
      return declared.hasResource(addr);
  }
}

function redundant(stmt: MoveStatement, absFrom: Moveable): Diagnostic {
  const detail = `This statement declares a move from ${absFrom} to the same address, which is the same as not declaring this move at all.`;
  return errorDiag("Redundant move statement", detail, stmt.declRange);
}

function stillExists(stmt: MoveStatement, absFrom: Moveable, absTo: Moveable, root: Config, noun: string, shortNoun: string): Diagnostic {
  const range = moveableDeclRange(absFrom, root);
  const declaredAt = range ? ` at ${startString(range)}` : "";
  const detail =
    `This statement declares a move from ${absFrom}, but that ${noun} is still declared${declaredAt}.\n\n` +
    `Change your configuration so that this ${shortNoun} will be declared as ${absTo} instead.`;
  return errorDiag("Moved object still exists", detail, stmt.declRange);
}
