import { compareAbsResourceInstances, type AbsResourceInstance } from "../../../core/addrs/abs-resource.js";
import type { ValuePath } from "../../../lang/values/path.js";
import { compareText } from "./address-json.js";
import { jsonStr, jsonStruct, optArray, type JsonText } from "./go-json.js";
import { pathJson } from "./value-json.js";

// jsonplan's `relevant_attributes`: the resource attributes that the plan's changes depend on, which
// tell a reader which drift matters. Terraform gathers them from a map and sorts them with a faulty
// comparison, so its order varies from run to run; here they are sorted by resource, then by path.

/** One attribute of a resource instance that contributes to the plan's changes (globalref.ResourceAttr). */
export interface RelevantAttribute {
  readonly resource: AbsResourceInstance;
  readonly attr: ValuePath;
}

/** The `relevant_attributes` list, or undefined when there are none. */
export function relevantAttributesJson(attrs: readonly RelevantAttribute[]): JsonText | undefined {
  const items = attrs.map((a) => ({ a, path: pathJson(a.attr) }));
  items.sort((x, y) => compareAbsResourceInstances(x.a.resource, y.a.resource) || compareText(x.path, y.path));
  return optArray(items.map(({ a, path }) => jsonStruct([["resource", jsonStr(a.resource.toString())], ["attribute", path]])));
}
