import { parseModuleInstancePrefix } from "../../../core/addrs/parse-module-instance.js";
import { parseResourceInstanceUnderModule } from "../../../core/addrs/parse-resource-instance.js";
import { IntKey, type InstanceKey } from "../../../core/addrs/instance-key.js";
import type { ResourceMode } from "../../../core/addrs/resource.js";
import { parseTraversalAbs } from "../../../core/configs/resource-traversal-string.js";
import type { CheckResultAggregate, CheckResultObject, CheckResults } from "../../../core/states/check-results.js";
import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import { jsonArray, jsonMap, jsonStr, jsonStruct, optArray, type JsonText } from "./go-json.js";

// The `checks` of Terraform's JSON plan and state (jsonchecks.MarshalCheckStates): one entry per
// checkable configuration object with its address taken apart (kind, resource mode/type/name, module),
// its aggregate status and each instance's status with the failure messages as `problems`. Entries
// sort by their display address, instances too, problems by message; addresses are Go maps, so their
// keys are sorted.

/** The check results in Terraform's JSON form. */
export function checksJson(results: CheckResults): JsonText {
  const entries = results.map((r) => ({ display: r.configAddr, text: staticJson(r) }));
  entries.sort((a, b) => compareCodePoints(a.display, b.display));
  return jsonArray(entries.map((e) => e.text));
}

function staticJson(r: CheckResultAggregate): JsonText {
  const instances = [...r.objects].sort((a, b) => compareCodePoints(a.objectAddr, b.objectAddr)).map(dynamicJson);
  return jsonStruct([
    ["address", jsonMap(staticAddress(r))],
    ["status", jsonStr(r.status)],
    ["instances", optArray(instances)],
  ]);
}

function dynamicJson(o: CheckResultObject): JsonText {
  const problems = [...o.failureMessages].sort(compareCodePoints).map((m) => jsonStruct([["message", jsonStr(m)]]));
  const parts = addressParts(o.objectAddr);
  const address: [string, JsonText][] = [["to_display", jsonStr(o.objectAddr)]];
  if (parts.module !== "") address.push(["module", jsonStr(parts.module)]);
  if (parts.key instanceof IntKey) address.push(["instance_key", String(parts.key.index)]);
  else if (parts.key) address.push(["instance_key", jsonStr(parts.key.key)]);
  return jsonStruct([
    ["address", jsonMap(address)],
    ["status", jsonStr(o.status)],
    ["problems", optArray(problems)],
  ]);
}

const KIND_NAMES = { resource: "resource", output: "output_value", check: "check", var: "var" } as const;

function staticAddress(r: CheckResultAggregate): [string, JsonText][] {
  const parts = addressParts(r.configAddr);
  const out: [string, JsonText][] = [
    ["to_display", jsonStr(r.configAddr)],
    ["kind", jsonStr(KIND_NAMES[r.objectKind])],
    ["name", jsonStr(parts.name)],
  ];
  if (parts.mode) out.push(["mode", jsonStr(parts.mode)], ["type", jsonStr(parts.type ?? "")]);
  if (parts.module !== "") out.push(["module", jsonStr(parts.module)]);
  return out;
}

interface AddressParts {
  readonly module: string;
  readonly name: string;
  readonly mode?: ResourceMode;
  readonly type?: string;
  readonly key?: InstanceKey;
}

/** The parts of a checkable address (as the plan recorded it, so it parses). */
function addressParts(text: string): AddressParts {
  const t = parseTraversalAbs(text, "", { line: 1, column: 1, byte: 0 }).traversal ?? [];
  const prefix = parseModuleInstancePrefix(t);
  const module = prefix.module.toString();
  const first = prefix.remain[0];
  const keyword = first && first.type !== "TraverseIndex" ? first.name : "";
  const second = prefix.remain[1];
  if (["output", "check", "var"].includes(keyword) && second && second.type !== "TraverseIndex") return { module, name: second.name };
  const r = parseResourceInstanceUnderModule(prefix.module, prefix.remain).addr;
  if (!r) return { module, name: text };
  const res = r.resource.resource;
  return { module, name: res.name, mode: res.mode, type: res.type, ...(r.resource.key !== null ? { key: r.resource.key } : {}) };
}
