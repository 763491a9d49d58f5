import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import { ConfigResource } from "../addrs/abs-resource.js";
import { Module } from "../addrs/module.js";
import { parseTarget } from "../addrs/parse-target.js";
import type { Config, Removed } from "../configs/model.js";
import { descendant, resourceByAddr } from "./config-lookup.js";

// `removed` blocks as statements (refactoring.RemoveStatement): the absolute module or resource each
// one removes and whether its objects are destroyed or only forgotten. A statement in a parent module
// wins over one in a child for the same object. It is an error for the target to still be declared.

/** One `removed` block, with its target made absolute. */
export interface RemoveStatement {
  readonly from: ConfigResource | Module;
  /** False for `lifecycle { destroy = false }`: the objects leave the state but are not destroyed. */
  readonly destroy: boolean;
  readonly declRange: Range;
}

/** Every `removed` block of the tree by target address, and errors for targets still declared. */
export function findRemoveStatements(root: Config): { statements: Map<string, RemoveStatement>; diagnostics: Diagnostic[] } {
  const statements = new Map<string, RemoveStatement>();
  collect(root, statements);
  return { statements, diagnostics: validateRemoveStatements(root, statements) };
}

/** True when a statement's target covers the resource instance: that resource, or a module around it. */
export function removeTargets(stmt: RemoveStatement, addr: AbsResourceInstance): boolean {
  const names = addr.module.steps.map((s) => s.name);
  if (stmt.from instanceof Module) return stmt.from.names.every((n, i) => names[i] === n);
  return stmt.from.toString() === new ConfigResource(new Module(names), addr.resource.resource).toString();
}

function collect(cfg: Config, into: Map<string, RemoveStatement>): void {
  for (const rb of cfg.module.removed) {
    const stmt = statementFor(cfg, rb);
    if (!stmt) continue;
    // Terraform looks a module target up by its address relative to the declaring module, so only a
    // root statement keeps a child's statement for the same module from replacing it.
    const lookup = stmt.from instanceof Module ? new Module(stmt.from.names.slice(cfg.path.length)).toString() : stmt.from.toString();
    const existing = into.get(lookup);
    if (existing && existing.from.toString() === stmt.from.toString()) continue;
    into.set(stmt.from.toString(), stmt);
  }
  for (const child of cfg.children.values()) collect(child, into);
}

function statementFor(cfg: Config, rb: Removed): RemoveStatement | undefined {
  const parsed = parseTarget(rb.from).target?.subject;
  if (!parsed) return undefined;
  const declRange = rb.declRange;
  if (parsed.kind === "ModuleInstance") {
    return { from: new Module([...cfg.path, ...parsed.steps.map((s) => s.name)]), destroy: rb.destroy, declRange };
  }
  const module = new Module([...cfg.path, ...parsed.module.steps.map((s) => s.name)]);
  const resource = parsed.kind === "AbsResource" ? parsed.resource : parsed.resource.resource;
  return { from: new ConfigResource(module, resource), destroy: rb.destroy, declRange };
}

function validateRemoveStatements(root: Config, stmts: ReadonlyMap<string, RemoveStatement>): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const { from } of stmts.values()) {
    if (from instanceof Module) {
      const m = descendant(root, from.names);
      if (m?.call) diags.push(stillExists("Removed module still exists", from.toString(), m.call.declRange));
      continue;
    }
    const m = descendant(root, from.module.names);
    const r = m && resourceByAddr(m, from.resource);
    if (r) diags.push(stillExists("Removed resource still exists", from.toString(), r.declRange));
  }
  return diags;
}

function stillExists(summary: string, addr: string, subject: Range): Diagnostic {
  return errorDiag(summary, `This statement declares that ${addr} was removed, but it is still declared in configuration.`, subject);
}
