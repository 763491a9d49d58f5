import type { Range } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { AbsResource } from "../addrs/abs-resource.js";
import { IntKey, type InstanceKey } from "../addrs/instance-key.js";
import { parseTarget, type Targetable } from "../addrs/parse-target.js";
import type { Provider } from "../addrs/provider.js";
import type { Config, Moved } from "../configs/model.js";
import { requestedProviderConfig } from "../graph/provider-addresses.js";
import type { State } from "../states/state.js";
import { moduleCallOf, MoveEndpointInModule, type Moveable } from "./move-endpoint.js";
import { descendant, resourceByAddr } from "./config-lookup.js";

// Move statements (refactoring.MoveStatement): every `moved` block of the configuration with its
// endpoints unified to the same kind of address, plus the moves Terraform implies when a resource
// gains or loses `count` (`a` becomes `a[0]` and back), for resources no explicit statement mentions.

/** One move: from an address to another, as declared or implied. */
export interface MoveStatement {
  readonly from: MoveEndpointInModule;
  readonly to: MoveEndpointInModule;
  /** The `moved` block, or for an implied move the construct that implied it. */
  readonly declRange: Range;
  /** The provider of the resource at `to` in the configuration, when it is a resource declared there. */
  readonly provider?: Provider;
  /** True for moves implied by a change of repetition, not declared. */
  readonly implied: boolean;
}

/** Every `moved` block of the configuration tree, parent modules before their children. */
export function findMoveStatements(root: Config): MoveStatement[] {
  const out: MoveStatement[] = [];
  const visit = (cfg: Config): void => {
    for (const mc of cfg.module.moved) {
      const stmt = statementFor(cfg, root, mc);
      if (stmt) out.push(stmt);
    }
    for (const child of cfg.children.values()) visit(child);
  };
  visit(root);
  return out;
}

/**
 * The moves implied by the state and configuration (ImpliedMoveStatements): a resource now using
 * `count` takes over its no-key instance as `[0]`, and one using neither `count` nor `for_each` takes
 * over its `[0]` instance, unless an explicit statement mentions the resource.
 */
export function impliedMoveStatements(root: Config, prevRunState: State, explicit: readonly MoveStatement[]): MoveStatement[] {
  const out: MoveStatement[] = [];
  const visit = (cfg: Config): void => {
    for (const ms of prevRunState.modules.values()) {
      if (ms.addr.steps.length !== cfg.path.length || ms.addr.steps.some((s, i) => s.name !== cfg.path[i])) continue;
      for (const rs of ms.resources.values()) {
        const stmt = impliedFor(cfg, rs.addr, [...rs.instances.values()].map((i) => i.key), explicit);
        if (stmt) out.push(stmt);
      }
    }
    for (const child of cfg.children.values()) visit(child);
  };
  visit(root);
  return out;
}

function impliedFor(cfg: Config, addr: AbsResource, keys: readonly (InstanceKey | null)[], explicit: readonly MoveStatement[]): MoveStatement | undefined {
  const rc = resourceByAddr(cfg, addr.resource);
  if (!rc) return undefined;
  let from: InstanceKey | null | undefined;
  let to: InstanceKey | null | undefined;
  if (rc.count && keys.some((k) => k === null)) [from, to] = [null, new IntKey(0)];
  else if (!rc.count && !rc.forEach && keys.some((k) => k instanceof IntKey && k.index === 0)) [from, to] = [new IntKey(0), null];
  if (from === undefined || to === undefined) return undefined;
  if (explicit.some((s) => s.from.selectsResource(addr) || s.to.selectsResource(addr))) return undefined;
  const range = rc.count ? rc.count.range : rc.declRange;
  const endpoint = (key: InstanceKey | null) => new MoveEndpointInModule([], addr.instance(key), range);
  const provider = requestedProviderConfig(cfg.module, cfg.path, rc).provider;
  return { from: endpoint(from), to: endpoint(to), declRange: range, provider, implied: true };
}

// One `moved` block as a statement; undefined when its addresses do not unify (reported when decoding).
function statementFor(cfg: Config, root: Config, mc: Moved): MoveStatement | undefined {
  const from = parseEndpoint(mc.from);
  const to = parseEndpoint(mc.to);
  if (!from || !to) return undefined;
  const unified = unifyMoveEndpoints(cfg.path, from, to);
  if (!unified) return undefined;
  const provider = providerAt(root, cfg.path, unified.to.subject);
  return { ...unified, declRange: mc.declRange, ...(provider ? { provider } : {}), implied: false };
}

function parseEndpoint(t: Traversal): { subject: Targetable; range: Range } | undefined {
  const parsed = parseTarget(t);
  return parsed.target ? { subject: parsed.target.subject, range: parsed.target.sourceRange } : undefined;
}

type AddrType = "call" | "module-instance" | "resource" | "resource-instance";
const SPECIFICITY: readonly AddrType[] = ["resource-instance", "resource", "module-instance", "call"];

function addrType(t: Targetable): AddrType {
  if (t.kind === "AbsResource") return "resource";
  if (t.kind === "AbsResourceInstance") return t.resource.key === null ? "resource" : "resource-instance";
  return t.steps[t.steps.length - 1]?.key === null ? "call" : "module-instance";
}

/**
 * addrs.UnifyMoveEndpoints: both endpoints as the least specific address type either of them needs
 * (a whole resource or call when both allow it, else instances); undefined when one names a module
 * and the other a resource.
 */
export function unifyMoveEndpoints(
  module: readonly string[],
  from: { subject: Targetable; range: Range },
  to: { subject: Targetable; range: Range },
): { from: MoveEndpointInModule; to: MoveEndpointInModule } | undefined {
  const types = [addrType(from.subject), addrType(to.subject)];
  const want = SPECIFICITY.find((t) => types.includes(t))!;
  const f = prepare(from.subject, want);
  const t = prepare(to.subject, want);
  if (!f || !t) return undefined;
  return { from: new MoveEndpointInModule(module, f, from.range), to: new MoveEndpointInModule(module, t, to.range) };
}

function prepare(subject: Targetable, want: AddrType): Moveable | undefined {
  if (subject.kind === "ModuleInstance") {
    if (want === "module-instance") return subject;
    return want === "call" ? moduleCallOf(subject) : undefined;
  }
  const instance = subject.kind === "AbsResource" ? subject.instance(null) : subject;
  if (want === "resource-instance") return instance;
  return want === "resource" ? instance.containingResource() : undefined;
}

// The provider of the resource a statement moves to, when that resource is in the configuration.
function providerAt(root: Config, declaring: readonly string[], to: Moveable): Provider | undefined {
  if (to.kind !== "AbsResource" && to.kind !== "AbsResourceInstance") return undefined;
  const r = to.kind === "AbsResource" ? to.resource : to.resource.resource;
  const path = [...declaring, ...to.module.steps.map((s) => s.name)];
  const cfg = descendant(root, path);
  const rc = cfg && resourceByAddr(cfg, r);
  return cfg && rc ? requestedProviderConfig(cfg.module, cfg.path, rc).provider : undefined;
}
