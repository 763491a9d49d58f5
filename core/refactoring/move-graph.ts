import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { Graph } from "../dag/graph.js";
import { stronglyConnected } from "../dag/tarjan.js";
import { startString } from "./config-lookup.js";
import type { MoveStatement } from "./move-statement.js";

// The order of move statements (buildMoveStatementGraph): a statement depends on another when it
// chains from the other's destination or when one's addresses are nested in the other's, so that
// objects travel a whole chain and nested moves happen after the moves around them. A cycle means
// there is no final place for objects; then nothing moves and validation reports it.

/** The dependency graph of the statements, nodes named by their index. */
export function buildMoveStatementGraph(stmts: readonly MoveStatement[]): Graph<MoveStatement> {
  const g = new Graph<MoveStatement>();
  stmts.forEach((s, i) => g.addNode(String(i), s));
  stmts.forEach((a, i) => {
    stmts.forEach((b, j) => {
      if (i !== j && statementDependsOn(a, b)) g.addEdge(String(i), String(j));
    });
  });
  return g;
}

/** True when statement `b` must be applied before statement `a` (statementDependsOn). */
export function statementDependsOn(a: MoveStatement, b: MoveStatement): boolean {
  if (a.from.canChainFrom(b.to)) return true;
  const nested = a.from.nestedWithin(b.to) || a.to.nestedWithin(b.to) || b.from.nestedWithin(a.from) || b.to.nestedWithin(a.from);
  if (!nested) return false;
  // A move inside a module that only changes the module's instance keys must not depend back on the
  // statements nested in it, or the two would form a cycle.
  if (a.to.module.length >= b.to.module.length) return true;
  return !a.from.isModuleReIndex(a.to);
}

/** The statements in the order to apply them (dependencies first); undefined when they form a cycle. */
export function moveOrder(g: Graph<MoveStatement>): MoveStatement[] | undefined {
  if (stronglyConnected(g).some((c) => c.length > 1)) return undefined;
  const out: MoveStatement[] = [];
  const done = new Set<string>();
  const visit = (name: string): void => {
    if (done.has(name)) return;
    done.add(name);
    for (const dep of g.dependencies(name)) visit(dep);
    out.push(g.node(name)!);
  };
  for (const name of g.names()) visit(name);
  return out;
}

/** Terraform's errors for cycles among the statements (validateMoveStatementGraph). */
export function moveGraphDiagnostics(g: Graph<MoveStatement>): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const cycle of stronglyConnected(g).filter((c) => c.length > 1)) {
    const lines = cycle
      .map((name) => g.node(name)!)
      .map((s) => `\n  - ${startString(s.declRange)}: ${s.from.toString()} → ${s.to.toString()}`)
      .sort();
    const detail =
      `The following chained move statements form a cycle, and so there is no final location to move objects to:${lines.join("")}\n\n` +
      "A chain of move statements must end with an address that doesn't appear in any other statements, and which typically also refers to an object still declared in the configuration.";
    diags.push(errorDiag("Cyclic dependency in move statements", detail));
  }
  return diags;
}
