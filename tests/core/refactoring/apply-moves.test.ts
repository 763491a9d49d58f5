import { describe, expect, it } from "vitest";
import { applyMoves, type MoveStatement } from "../../../core/refactoring/index.js";
import { instanceAddrs, moveStmt, stateWith } from "./move-fixtures.js";

// applyMoves, with the table of Terraform's TestApplyMoves (internal/refactoring/move_execute_test.go):
// each row is the statements, the instances in the state before, what moved (final address → original
// address), what was blocked (object that stayed → where it wanted to go) and the instances after.

interface Row {
  readonly name: string;
  readonly stmts: readonly MoveStatement[];
  readonly state: readonly string[];
  readonly changes?: Readonly<Record<string, string>>;
  readonly blocked?: Readonly<Record<string, string>>;
  readonly after: readonly string[];
}

const ROWS: readonly Row[] = [
  { name: "no moves and empty state", stmts: [], state: [], after: [] },
  { name: "no moves", stmts: [], state: ["foo.from"], after: ["foo.from"] },
  {
    name: "single move of whole singleton resource",
    stmts: [moveStmt("", "foo.from", "foo.to")],
    state: ["foo.from"],
    changes: { "foo.to": "foo.from" },
    after: ["foo.to"],
  },
  {
    name: "single move of whole 'count' resource",
    stmts: [moveStmt("", "foo.from", "foo.to")],
    state: ["foo.from[0]"],
    changes: { "foo.to[0]": "foo.from[0]" },
    after: ["foo.to[0]"],
  },
  {
    name: "chained move of whole singleton resource",
    stmts: [moveStmt("", "foo.from", "foo.mid"), moveStmt("", "foo.mid", "foo.to")],
    state: ["foo.from"],
    changes: { "foo.to": "foo.from" },
    after: ["foo.to"],
  },
  {
    name: "chained move declared in reverse order",
    stmts: [moveStmt("", "foo.mid", "foo.to"), moveStmt("", "foo.from", "foo.mid")],
    state: ["foo.from"],
    changes: { "foo.to": "foo.from" },
    after: ["foo.to"],
  },
  {
    name: "move whole resource into module",
    stmts: [moveStmt("", "foo.from", "module.boo.foo.to")],
    state: ["foo.from[0]"],
    changes: { "module.boo.foo.to[0]": "foo.from[0]" },
    after: ["module.boo.foo.to[0]"],
  },
  {
    name: "move resource instance between modules",
    stmts: [moveStmt("", "module.boo.foo.from[0]", "module.bar[0].foo.to[0]")],
    state: ["module.boo.foo.from[0]"],
    changes: { "module.bar[0].foo.to[0]": "module.boo.foo.from[0]" },
    after: ["module.bar[0].foo.to[0]"],
  },
  {
    name: "move whole single module to indexed module",
    stmts: [moveStmt("", "module.boo", "module.bar[0]")],
    state: ["module.boo.foo.from[0]"],
    changes: { "module.bar[0].foo.from[0]": "module.boo.foo.from[0]" },
    after: ["module.bar[0].foo.from[0]"],
  },
  {
    name: "move whole module to indexed module and move instance chained",
    stmts: [moveStmt("", "module.boo", "module.bar[0]"), moveStmt("bar", "foo.from[0]", "foo.to[0]")],
    state: ["module.boo.foo.from[0]"],
    changes: { "module.bar[0].foo.to[0]": "module.boo.foo.from[0]" },
    after: ["module.bar[0].foo.to[0]"],
  },
  {
    name: "move instance to indexed module and instance chained",
    stmts: [moveStmt("", "module.boo.foo.from[0]", "module.bar[0].foo.from[0]"), moveStmt("bar", "foo.from[0]", "foo.to[0]")],
    state: ["module.boo.foo.from[0]"],
    changes: { "module.bar[0].foo.to[0]": "module.boo.foo.from[0]" },
    after: ["module.bar[0].foo.to[0]"],
  },
  {
    name: "move module instance to already-existing module instance",
    stmts: [moveStmt("", "module.bar[0]", "module.boo")],
    state: ["module.bar[0].foo.from", "module.boo.foo.to[0]"],
    blocked: { "module.bar[0]": "module.boo" },
    after: ["module.bar[0].foo.from", "module.boo.foo.to[0]"],
  },
  {
    name: "move resource to already-existing resource",
    stmts: [moveStmt("", "foo.from", "foo.to")],
    state: ["foo.from", "foo.to"],
    blocked: { "foo.from": "foo.to" },
    after: ["foo.from", "foo.to"],
  },
  {
    name: "move resource instance to already-existing resource instance",
    stmts: [moveStmt("", "foo.from", "foo.to[0]")],
    state: ["foo.from", "foo.to[0]"],
    blocked: { "foo.from": "foo.to[0]" },
    after: ["foo.from", "foo.to[0]"],
  },
  {
    name: "move resource and containing module",
    stmts: [moveStmt("", "module.boo", "module.bar[0]"), moveStmt("boo", "foo.from", "foo.to")],
    state: ["module.boo.foo.from"],
    changes: { "module.bar[0].foo.to": "module.boo.foo.from" },
    after: ["module.bar[0].foo.to"],
  },
  {
    name: "move module and then move resource into it",
    stmts: [moveStmt("", "module.bar[0]", "module.boo"), moveStmt("", "foo.from", "module.boo.foo.from")],
    state: ["module.bar[0].foo.to", "foo.from"],
    changes: { "module.boo.foo.from": "foo.from", "module.boo.foo.to": "module.bar[0].foo.to" },
    after: ["module.boo.foo.from", "module.boo.foo.to"],
  },
  {
    name: "module move collides with resource move",
    stmts: [moveStmt("", "module.bar[0]", "module.boo"), moveStmt("", "foo.from", "module.boo.foo.from")],
    state: ["module.bar[0].foo.from", "foo.from"],
    changes: { "module.boo.foo.from": "module.bar[0].foo.from" },
    blocked: { "foo.from": "module.boo.foo.from" },
    after: ["foo.from", "module.boo.foo.from"],
  },
  {
    name: "statement in a module applies to every instance of it",
    stmts: [moveStmt("boo", "foo.from", "foo.to")],
    state: ['module.boo["a"].foo.from', 'module.boo["b"].foo.from[1]', "foo.from"],
    changes: { 'module.boo["a"].foo.to': 'module.boo["a"].foo.from', 'module.boo["b"].foo.to[1]': 'module.boo["b"].foo.from[1]' },
    after: ["foo.from", 'module.boo["a"].foo.to', 'module.boo["b"].foo.to[1]'],
  },
  {
    name: "count to for_each key, one instance at a time",
    stmts: [moveStmt("", "foo.a[0]", 'foo.a["x"]'), moveStmt("", "foo.a[1]", 'foo.a["y"]')],
    state: ["foo.a[0]", "foo.a[1]", "foo.a[2]"],
    changes: { 'foo.a["x"]': "foo.a[0]", 'foo.a["y"]': "foo.a[1]" },
    after: ['foo.a["x"]', 'foo.a["y"]', "foo.a[2]"],
  },
  {
    name: "a cycle moves nothing",
    stmts: [moveStmt("", "foo.a", "foo.b"), moveStmt("", "foo.b", "foo.a")],
    state: ["foo.a"],
    after: ["foo.a"],
  },
];

describe("applyMoves", () => {
  it.each(ROWS)("$name", (row) => {
    const state = stateWith(...row.state);
    const results = applyMoves(row.stmts, state);
    const changes = Object.fromEntries([...results.changes].map(([to, m]) => [to, m.from.toString()]));
    const blocked = Object.fromEntries([...results.blocked.values()].map((b) => [b.actual.toString(), b.wanted.toString()]));
    expect(changes).toEqual(row.changes ?? {});
    expect(blocked).toEqual(row.blocked ?? {});
    expect(instanceAddrs(state)).toEqual(row.after);
  });

  it("records where a moved instance came from", () => {
    const results = applyMoves([moveStmt("", "foo.a", "foo.b")], stateWith("foo.a[3]"));
    const [moved] = [...results.changes.values()];
    expect(results.addrMoved(moved!.to)).toBe(true);
    expect(results.oldAddr(moved!.to).toString()).toBe("foo.a[3]");
    expect(results.addrMoved(moved!.from)).toBe(false);
    expect(results.oldAddr(moved!.from).toString()).toBe("foo.a[3]");
  });

  it("keeps the provider and the deposed objects of a moved instance", () => {
    const state = stateWith("foo.a");
    const inst = [...state.allInstances()][0]!.state;
    inst.deposed.set("00000001", inst.current!);
    applyMoves([moveStmt("", "foo.a", "foo.b")], state);
    const [only] = [...state.allInstances()];
    expect(only!.addr.toString()).toBe("foo.b");
    expect(only!.state.deposed.has("00000001")).toBe(true);
    expect(only!.resource.provider.toString()).toBe('provider["registry.terraform.io/hashicorp/foo"]');
  });
});
