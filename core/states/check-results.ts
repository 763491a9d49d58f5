import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { jsonString } from "../../lang/values/json-marshal.js";
import { parseCheckableStr, type CheckableKind } from "./address-strings.js";
import type { Spec } from "./go-json-decode.js";
import { jsonArray, jsonObject } from "./go-json-write.js";

// The results of custom conditions and check blocks from the last run (`check_results` in the state
// file, Terraform's states.CheckResults): one aggregate per configuration object, with the result of
// each of its dynamic instances. They are kept in the order read, as Terraform's own order is random.

/** The outcome of a check: passed, failed, errored, or not known (not evaluated). */
export type CheckStatus = "pass" | "fail" | "error" | "unknown";

/** One checkable object's result (checkResultsObjectV4). */
export interface CheckResultObject {
  /** `aws_instance.a[0]`, `module.m["k"].output.x`, `check.health`, `var.x`. */
  readonly objectAddr: string;
  readonly status: CheckStatus;
  readonly failureMessages: readonly string[];
}

/** The results of every instance of one configuration object (checkResultsV4). */
export interface CheckResultAggregate {
  readonly objectKind: CheckableKind;
  /** The object in the configuration, without instance keys: `aws_instance.a`, `module.m.output.x`. */
  readonly configAddr: string;
  readonly status: CheckStatus;
  readonly objects: readonly CheckResultObject[];
}

/** All check results of a state; an empty list is written as none (null). */
export type CheckResults = readonly CheckResultAggregate[];

/** The decoder schema of one `check_results` element. */
export const CHECK_RESULT_SPEC = {
  kind: "struct",
  fields: {
    object_kind: { kind: "string" },
    config_addr: { kind: "string" },
    status: { kind: "string" },
    objects: {
      kind: "slice",
      of: {
        kind: "struct",
        fields: { object_addr: { kind: "string" }, status: { kind: "string" }, failure_messages: { kind: "slice", of: { kind: "string" } } },
      },
    },
  },
} as const satisfies Spec;

/** A `check_results` element as decoded. */
export interface CheckResultV4 {
  readonly object_kind: string;
  readonly config_addr: string;
  readonly status: string;
  readonly objects: readonly { readonly object_addr: string; readonly status: string; readonly failure_messages: readonly string[] | null }[] | null;
}

const KINDS = new Set<string>(["resource", "output", "check", "var"]);
const STATUSES = new Set<string>(["pass", "fail", "error"]);

/**
 * Check results as read (decodeCheckResultsV4): addresses are validated; an unknown object kind is
 * skipped and an unknown status reads as "unknown", for forward compatibility as Terraform does.
 */
export function decodeCheckResults(input: readonly CheckResultV4[]): { results: CheckResultAggregate[]; diagnostics: Diagnostic[] } {
  const results: CheckResultAggregate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const aggr of input) {
    if (!KINDS.has(aggr.object_kind)) continue;
    const kind = aggr.object_kind as CheckableKind;
    const config = parseCheckableStr(kind, aggr.config_addr);
    diagnostics.push(...config.diagnostics);
    if (!config.addr) continue;
    if (config.addr.config !== config.addr.text) {
      diagnostics.push(errorDiag(`invalid checkable config address ${aggr.config_addr}`));
      continue;
    }
    const objects: CheckResultObject[] = [];
    for (const o of aggr.objects ?? []) {
      const addr = parseCheckableStr(kind, o.object_addr);
      diagnostics.push(...addr.diagnostics);
      if (!addr.addr) continue;
      objects.push({ objectAddr: addr.addr.text, status: statusOf(o.status), failureMessages: o.failure_messages ?? [] });
    }
    results.push({ objectKind: kind, configAddr: config.addr.text, status: statusOf(aggr.status), objects });
  }
  return { results, diagnostics };
}

function statusOf(s: string): CheckStatus {
  return STATUSES.has(s) ? (s as CheckStatus) : "unknown";
}

/** The compact JSON of `check_results`: `null` when there are none. */
export function encodeCheckResults(results: CheckResults | null): string {
  if (results === null || results.length === 0) return "null";
  return jsonArray(
    results.map((r) =>
      jsonObject([
        ["object_kind", jsonString(r.objectKind)],
        ["config_addr", jsonString(r.configAddr)],
        ["status", jsonString(r.status)],
        ["objects", r.objects.length === 0 ? "null" : jsonArray(r.objects.map(encodeObjectResult))],
      ]),
    ),
  );
}

function encodeObjectResult(o: CheckResultObject): string {
  const members: [string, string][] = [
    ["object_addr", jsonString(o.objectAddr)],
    ["status", jsonString(o.status)],
  ];
  if (o.failureMessages.length > 0) members.push(["failure_messages", jsonArray(o.failureMessages.map(jsonString))]);
  return jsonObject(members);
}
