import type { Config } from "../configs/model.js";
import { modulePathString } from "../graph/graph-node.js";
import type { CheckableKind } from "../states/address-strings.js";
import type { CheckResultAggregate, CheckResultObject, CheckResults, CheckStatus } from "../states/check-results.js";

// The results of every check of one run (Terraform's checks.State): the checkable objects of the
// configuration are known before the walk (resources with conditions, outputs with preconditions,
// check blocks, variables with validations), each with how many rules of each type it declares; the
// walk reports each object's instances once it has expanded them, then each rule's outcome. Every
// rule starts unknown, so an object the walk never reached stays unknown. Statuses aggregate with
// errors over failures over unknowns over passes; the result is the model the plan and state carry.

/** The kinds of rule a checkable object declares (addrs.CheckRuleType). */
export type CheckRuleType = "precondition" | "postcondition" | "assertion" | "data" | "validation";

interface ConfigCheckable {
  readonly kind: CheckableKind;
  readonly configAddr: string;
  readonly ruleCounts: ReadonlyMap<CheckRuleType, number>;
  /** Undefined until the walk reports the object's instances. */
  objects?: Map<string, ObjectChecks>;
}

interface ObjectChecks {
  readonly statuses: Map<CheckRuleType, CheckStatus[]>;
  readonly failures: Map<string, string>;
}

/** The check results of one plan or apply walk, filled in as the walk goes. */
export class CheckState {
  readonly #configs = new Map<string, ConfigCheckable>();
  /** Set in an apply walk: the objects are the plan's, and the walk reports no others. */
  #objectsFromPlan = false;

  /** The checkable objects declared anywhere in the configuration tree. */
  constructor(config: Config) {
    collect(config, this.#configs);
  }

  /** True when the configuration object declares checks (ConfigHasChecks). */
  has(kind: CheckableKind, configAddr: string): boolean {
    return this.#configs.has(key(kind, configAddr));
  }

  /**
   * Starts an apply walk's results from the plan's (graphWalker's PlanTimeCheckResults): every object
   * the plan knew, each rule unknown again until the apply evaluates it. Objects the plan did not know
   * stay unknown, and reportObjects changes nothing from now on, so that the state lists the plan's objects.
   */
  seedFromPlan(planned: CheckResults | null | undefined): void {
    this.#objectsFromPlan = true;
    for (const aggr of planned ?? []) {
      // An aggregate without objects either knew there were none (it passed) or never learnt them.
      if (aggr.objects.length === 0 && aggr.status === "unknown") continue;
      this.#addObjects(this.#configs.get(key(aggr.objectKind, aggr.configAddr)), aggr.objects.map((o) => o.objectAddr));
    }
  }

  /** Records instances of a configuration object (ReportCheckableObjects), each with every rule unknown; may be called per module instance. */
  reportObjects(kind: CheckableKind, configAddr: string, objectAddrs: readonly string[]): void {
    if (!this.#objectsFromPlan) this.#addObjects(this.#configs.get(key(kind, configAddr)), objectAddrs);
  }

  #addObjects(c: ConfigCheckable | undefined, objectAddrs: readonly string[]): void {
    if (!c) return;
    c.objects ??= new Map();
    for (const addr of objectAddrs) {
      if (c.objects.has(addr)) continue;
      c.objects.set(addr, { statuses: new Map([...c.ruleCounts].map(([t, n]) => [t, Array<CheckStatus>(n).fill("unknown")])), failures: new Map() });
    }
  }

  /** Records the outcome of rule `index` of type `type` on one object (ReportCheckResult / ReportCheckFailure). */
  reportResult(kind: CheckableKind, configAddr: string, objectAddr: string, type: CheckRuleType, index: number, status: CheckStatus, failureMessage = ""): void {
    const obj = this.#configs.get(key(kind, configAddr))?.objects?.get(objectAddr);
    const list = obj?.statuses.get(type);
    if (!obj || !list || index >= list.length) return;
    list[index] = status;
    if (status === "fail" && failureMessage !== "") obj.failures.set(`${type}/${index}`, failureMessage);
    else obj.failures.delete(`${type}/${index}`);
  }

  /** The status of one object so far (ObjectCheckStatus); unknown when it was not reported. */
  objectStatus(kind: CheckableKind, configAddr: string, objectAddr: string): CheckStatus {
    const obj = this.#configs.get(key(kind, configAddr))?.objects?.get(objectAddr);
    return obj ? summarize([...obj.statuses.values()].flat()) : "unknown";
  }

  /** The results as plans and states keep them (states.NewCheckResults); null when nothing is checkable. */
  results(): CheckResults | null {
    if (this.#configs.size === 0) return null;
    return [...this.#configs.values()].map(aggregate);
  }

  /**
   * The results of a destroy plan, whose walk evaluates no conditions: everything unknown, and only
   * outputs know their instances (Terraform's destroy walk still expands them).
   */
  destroyResults(): CheckResults | null {
    if (this.#configs.size === 0) return null;
    return [...this.#configs.values()].map((c) => ({
      objectKind: c.kind,
      configAddr: c.configAddr,
      status: "unknown" as const,
      objects: c.kind === "output" ? [...(c.objects?.keys() ?? [])].map((objectAddr) => ({ objectAddr, status: "unknown" as const, failureMessages: [] })) : [],
    }));
  }
}

function aggregate(c: ConfigCheckable): CheckResultAggregate {
  if (!c.objects) return { objectKind: c.kind, configAddr: c.configAddr, status: "unknown", objects: [] };
  const objects: CheckResultObject[] = [...c.objects].map(([addr, o]) => ({
    objectAddr: addr,
    status: summarize([...o.statuses.values()].flat()),
    failureMessages: [...o.failures.values()].sort(),
  }));
  const all = [...c.objects.values()].flatMap((o) => [...o.statuses.values()].flat());
  return { objectKind: c.kind, configAddr: c.configAddr, status: summarize(all), objects };
}

/** Errors over failures over unknowns; all passing (or nothing) passes (summarizeCheckStatuses). */
function summarize(statuses: readonly CheckStatus[]): CheckStatus {
  for (const s of ["error", "fail", "unknown"] as const) if (statuses.includes(s)) return s;
  return "pass";
}

function key(kind: CheckableKind, configAddr: string): string {
  return `${kind} ${configAddr}`;
}

/** The checkable objects of one module and its children (collectInitialStatuses), as Terraform lists them. */
function collect(config: Config, into: Map<string, ConfigCheckable>): void {
  const m = config.module;
  const prefix = modulePathString(config.path);
  const at = (rest: string) => (prefix === "" ? rest : `${prefix}.${rest}`);
  const put = (kind: CheckableKind, configAddr: string, counts: [CheckRuleType, number][]) => {
    const ruleCounts = new Map(counts.filter(([, n]) => n > 0));
    if (ruleCounts.size > 0 || kind === "check") into.set(key(kind, configAddr), { kind, configAddr, ruleCounts });
  };
  for (const r of [...m.managedResources.values(), ...m.dataResources.values()]) {
    const addr = at(r.mode === "data" ? `data.${r.type}.${r.name}` : `${r.type}.${r.name}`);
    put("resource", addr, [["precondition", r.preconditions.length], ["postcondition", r.postconditions.length]]);
  }
  for (const o of m.outputs.values()) put("output", at(`output.${o.name}`), [["precondition", o.preconditions.length]]);
  for (const c of m.checks.values()) put("check", at(`check.${c.name}`), [["assertion", c.asserts.length], ["data", c.dataResource ? 1 : 0]]);
  for (const v of m.variables.values()) put("var", at(`var.${v.name}`), [["validation", v.validations.length]]);
  for (const child of config.children.values()) collect(child, into);
}
