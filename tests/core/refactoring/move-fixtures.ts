import { expect } from "vitest";
import type { AbsResourceInstance } from "../../../core/addrs/abs-resource.js";
import { Module } from "../../../core/addrs/module.js";
import { parseAbsResourceInstance, parseTarget, type Targetable } from "../../../core/addrs/parse-target.js";
import { AbsProviderConfig, Provider } from "../../../core/addrs/provider.js";
import { parseTraversalAbs } from "../../../core/configs/resource-traversal-string.js";
import { unifyMoveEndpoints, type MoveStatement } from "../../../core/refactoring/index.js";
import { State, type StoredObject } from "../../../core/states/state.js";
import type { Range } from "../../../lang/source/range.js";
import type { Traversal } from "../../../lang/syntax/ast.js";

// Helpers for the refactoring tests, after Terraform's testMoveStatement and
// allResourceInstanceAddrsInState: statements written as address strings in a module, states holding
// empty objects at given addresses, and the instance addresses a state ends up with.

/** An address string as a traversal, as written in a moved block. */
export function traversal(src: string): Traversal {
  const parsed = parseTraversalAbs(src, "test", { line: 1, column: 1, byte: 0 });
  expect(parsed.diagnostics).toEqual([]);
  return parsed.traversal!;
}

/** A one-line range in file "test" at the given line, the declRange of test statements. */
export function rangeAt(line: number): Range {
  return { filename: "test", start: { line, column: 1, byte: 0 }, end: { line, column: 6, byte: 5 } };
}

/** A move statement declared in the module at `module` (dot-separated call names, "" for the root). */
export function moveStmt(module: string, from: string, to: string, line = 1): MoveStatement {
  const endpoint = (src: string) => ({ subject: target(src), range: rangeAt(line) });
  const unified = unifyMoveEndpoints(module === "" ? [] : module.split("."), endpoint(from), endpoint(to));
  if (!unified) throw new Error(`incompatible endpoints ${from} and ${to}`);
  return { ...unified, declRange: rangeAt(line), implied: false };
}

/** A resource instance address from its string. */
export function instanceAddr(src: string): AbsResourceInstance {
  const r = parseAbsResourceInstance(traversal(src));
  expect(r.diagnostics).toEqual([]);
  return r.addr!;
}

const OBJECT: StoredObject = { schemaVersion: 0, attrsJson: "{}", sensitivePaths: [], status: "ready", dependencies: [], createBeforeDestroy: false };
const PROVIDER = new AbsProviderConfig(Module.ROOT, Provider.official("foo"), null);

/** A state with an empty object at each address. */
export function stateWith(...addrs: string[]): State {
  const s = new State();
  for (const a of addrs) s.setCurrent(instanceAddr(a), OBJECT, PROVIDER);
  return s;
}

/** Every resource instance address in a state, sorted. */
export function instanceAddrs(state: State): string[] {
  return [...state.allInstances()].map((i) => i.addr.toString()).sort();
}

function target(src: string): Targetable {
  const r = parseTarget(traversal(src));
  expect(r.diagnostics).toEqual([]);
  return r.target!.subject;
}
