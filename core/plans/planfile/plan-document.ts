import { JsonError } from "../../../lang/values/json-marshal.js";
import type { Value } from "../../../lang/values/value.js";
import type { AbsResourceInstance } from "../../addrs/abs-resource.js";
import { AbsOutputValue, OutputValue } from "../../addrs/named-values.js";
import { ModuleInstance } from "../../addrs/module-instance.js";
import { parseAbsResourceInstance } from "../../addrs/parse-target.js";
import type { AbsProviderConfig } from "../../addrs/provider.js";
import { parseTraversalAbs } from "../../configs/resource-traversal-string.js";
import { parseAbsProviderConfigStr } from "../../states/address-strings.js";
import { readStateFile, writeStateFile } from "../../states/index.js";
import { decodeCheckResults, encodeCheckResults, type CheckResultV4 } from "../../states/check-results.js";
import type { State } from "../../states/state.js";
import type { Action, ActionReason, OutputChange, Plan, PlanMode, ResourceAttr, ResourceInstanceChange } from "../changes.js";
import { decodeValue, encodeValue, type EncodedValue } from "./value-codec.js";

// The JSON document inside a plan file: everything apply needs and nothing it must guess — the plan
// (changes with unknowns and sensitive parts, output changes, drift, mode, targets), both states as
// state files, the variable values, the configuration snapshot with its hash, and the providers used.

/** What a plan file holds besides the plan itself. */
export interface PlanFileExtras {
  /** Every configuration file by its path relative to the working directory, and the hash of them all. */
  readonly config: { readonly files: Readonly<Record<string, string>>; readonly hash: string };
  /** Lineage and serial of the state the plan was made against (absent for a new state). */
  readonly state?: { readonly lineage: string; readonly serial: number };
  /** The providers the plan used, with their versions and lock file hashes. */
  readonly providers: readonly { readonly source: string; readonly version: string; readonly hashes: readonly string[] }[];
}

/** The document of a plan file. */
export function planDocument(plan: Plan, extras: PlanFileExtras, stateMeta: { terraformVersion: string; lineage: string; serial: number }): unknown {
  const stateText = (s: State) => writeStateFile({ ...stateMeta, state: s });
  return {
    ...extras,
    mode: plan.mode,
    timestamp: plan.timestamp,
    complete: plan.complete,
    errored: plan.errored,
    applyable: plan.applyable,
    targets: plan.targets,
    force_replace: plan.forceReplace,
    variables: Object.fromEntries([...plan.variables].map(([k, v]) => [k, encodeValue(v)])),
    changes: plan.changes.map(encodeChange),
    drift: plan.driftedResources.map(encodeChange),
    output_changes: plan.outputChanges.map((o) => ({ name: o.addr.output.name, sensitive: o.sensitive, action: o.change.action, before: encodeValue(o.change.before), after: encodeValue(o.change.after) })),
    prev_run_state: stateText(plan.prevRunState),
    prior_state: stateText(plan.priorState),
    ...(plan.relevantAttributes ? { relevant_attributes: plan.relevantAttributes.map((a) => ({ resource: a.resource.toString(), attr: a.attr })) } : {}),
    ...(plan.checks ? { checks: JSON.parse(encodeCheckResults(plan.checks)) as unknown } : {}),
  };
}

function encodeChange(c: ResourceInstanceChange): unknown {
  return {
    addr: c.addr.toString(),
    prev_run_addr: c.prevRunAddr.toString(),
    ...(c.deposedKey ? { deposed: c.deposedKey } : {}),
    provider: c.provider.toString(),
    action: c.change.action,
    reason: c.actionReason,
    before: encodeValue(c.change.before),
    after: encodeValue(c.change.after),
    required_replace: c.requiredReplace.map((p) => p.map((s) => ("element" in s ? { element: encodeValue(s.element) } : s))),
    ...(c.private ? { private: Buffer.from(c.private).toString("base64") } : {}),
    schema_version: c.schemaVersion,
    ...(c.importing ? { importing: c.importing } : {}),
  };
}

/** A plan read back from its document, with the extras; an error text when the document is malformed. */
export function planFromDocument(doc: unknown): { plan: Plan; extras: PlanFileExtras } | { error: string } {
  try {
    return decodeDocument(doc as Record<string, unknown>);
  } catch (e) {
    return { error: e instanceof DocumentError ? e.message : `invalid plan document (${(e as Error).message})` };
  }
}

class DocumentError extends Error {}

function decodeDocument(d: Record<string, unknown>): { plan: Plan; extras: PlanFileExtras } {
  const state = (text: unknown): State => {
    const r = readStateFile(String(text));
    if (!r.file) throw new DocumentError(`invalid state in plan: ${r.diagnostics[0]?.detail ?? r.diagnostics[0]?.summary ?? ""}`);
    return r.file.state;
  };
  const plan: Plan = {
    mode: d.mode as PlanMode,
    timestamp: String(d.timestamp),
    complete: d.complete === true,
    errored: d.errored === true,
    applyable: d.applyable === true,
    targets: (d.targets as string[]) ?? [],
    forceReplace: (d.force_replace as string[]) ?? [],
    variables: new Map(Object.entries((d.variables as Record<string, unknown>) ?? {}).map(([k, v]) => [k, value(v)])),
    changes: ((d.changes as unknown[]) ?? []).map(decodeChange),
    driftedResources: ((d.drift as unknown[]) ?? []).map(decodeChange),
    outputChanges: ((d.output_changes as Record<string, unknown>[]) ?? []).map(decodeOutput),
    prevRunState: state(d.prev_run_state),
    priorState: state(d.prior_state),
    ...(Array.isArray(d.relevant_attributes) ? { relevantAttributes: (d.relevant_attributes as unknown[]).map(decodeResourceAttr) } : {}),
    ...(Array.isArray(d.checks) ? { checks: decodeChecks(d.checks as CheckResultV4[]) } : {}),
  };
  const extras: PlanFileExtras = {
    config: d.config as PlanFileExtras["config"],
    ...(d.state ? { state: d.state as { lineage: string; serial: number } } : {}),
    providers: (d.providers as PlanFileExtras["providers"]) ?? [],
  };
  return { plan, extras };
}

function decodeChange(raw: unknown): ResourceInstanceChange {
  const c = raw as Record<string, unknown>;
  return {
    addr: instanceAddr(String(c.addr)),
    prevRunAddr: instanceAddr(String(c.prev_run_addr)),
    ...(c.deposed ? { deposedKey: String(c.deposed) } : {}),
    provider: providerAddr(String(c.provider)),
    change: { action: c.action as Action, before: value(c.before), after: value(c.after) },
    actionReason: c.reason as ActionReason,
    requiredReplace: ((c.required_replace as unknown[][]) ?? []).map((p) =>
      p.map((s) => (s && typeof s === "object" && "element" in s ? { element: value((s as { element: unknown }).element) } : (s as { attr: string }))),
    ),
    ...(c.private ? { private: new Uint8Array(Buffer.from(String(c.private), "base64")) } : {}),
    schemaVersion: Number(c.schema_version),
    ...(c.importing ? { importing: c.importing as { id: string } } : {}),
  };
}

function decodeChecks(raw: readonly CheckResultV4[]): NonNullable<Plan["checks"]> {
  const r = decodeCheckResults(raw);
  if (r.diagnostics.length > 0) throw new DocumentError(`invalid check results in plan: ${r.diagnostics[0]!.detail ?? r.diagnostics[0]!.summary}`);
  return r.results;
}

function decodeResourceAttr(raw: unknown): ResourceAttr {
  const a = raw as { resource: unknown; attr: unknown };
  return { resource: instanceAddr(String(a.resource)), attr: (a.attr as ResourceAttr["attr"]) ?? [] };
}

function decodeOutput(o: Record<string, unknown>): OutputChange {
  return {
    addr: new AbsOutputValue(ModuleInstance.ROOT, new OutputValue(String(o.name))),
    sensitive: o.sensitive === true,
    change: { action: o.action as Action, before: value(o.before), after: value(o.after) },
  };
}

function value(e: unknown): Value {
  const v = decodeValue(e as EncodedValue);
  if (v instanceof JsonError) throw new DocumentError(`invalid value in plan: ${v.message}`);
  return v;
}

function instanceAddr(s: string): AbsResourceInstance {
  const t = parseTraversalAbs(s, "", { line: 1, column: 1, byte: 0 });
  const r = t.traversal && t.diagnostics.length === 0 ? parseAbsResourceInstance(t.traversal) : undefined;
  if (!r?.addr) throw new DocumentError(`invalid resource instance address ${JSON.stringify(s)}`);
  return r.addr;
}

function providerAddr(s: string): AbsProviderConfig {
  const r = parseAbsProviderConfigStr(s);
  if (!r.addr) throw new DocumentError(`invalid provider address ${JSON.stringify(s)}`);
  return r.addr;
}
