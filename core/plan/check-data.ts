import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { markedPaths, markPaths } from "../../lang/values/path.js";
import { unknownAsNull } from "../../lang/values/unknown-as-null.js";
import { Value } from "../../lang/values/value.js";
import { impliedType } from "../../providers/schema.js";
import { plannedDataResourceObject } from "../objchange/index.js";
import { valueMarks } from "../schemas/index.js";
import { encodeObject } from "../states/object-codec.js";
import { Module } from "../addrs/module.js";
import { withModulePrefix } from "../addrs/module-instance.js";
import { markCheckBlockDiagnostics } from "./check-diagnostics.js";
import type { PlanContext } from "./plan-context.js";
import type { InstanceSite } from "./plan-resource.js";
import { idOf } from "./refresh.js";

// A data source nested in a `check` block, once read during planning (planDataSource's nested case):
// whatever the read said is only a warning, a failed read fails the check (its message the error's
// text) and leaves the object unknown, and the data source is planned to be read again during apply
// ("read-because-check-nested") so that the check sees the applied infrastructure; that read is
// recorded the same way (reportNestedRead).

/** Records the outcome of reading a check block's data source; returns the read's diagnostics as warnings. */
export function recordNestedRead(pc: PlanContext, site: InstanceSite, config: Value, state: Value, readDiags: readonly Diagnostic[]): Diagnostic[] {
  const { addr, schema } = site;
  const failed = hasErrors(readDiags);
  const plainConfig = unmarkDeep(config).value;
  const raw = failed ? plannedDataResourceObject(schema.block, plainConfig) : state;
  const value = markPaths(valueMarks(raw, schema.block), markedPaths(config));
  const warnings = reportNestedRead(pc, site, readDiags);
  if (!failed) pc.options.hooks?.read?.(addr, idOf(state));
  if (pc.options.mode !== "refresh-only") {
    pc.changes.push({
      addr,
      prevRunAddr: addr,
      provider: site.providerAddr,
      change: { action: "read", before: Value.null(impliedType(schema.block)), after: value },
      actionReason: "read-because-check-nested",
      requiredReplace: [],
      schemaVersion: schema.version,
    });
  }
  const stored = encodeObject(unknownAsNull(value), impliedType(schema.block), { schemaVersion: schema.version });
  if (!("error" in stored)) pc.priorState.setCurrent(addr, stored, site.providerAddr);
  pc.instances.setInstanceValue(addr.containingResource(), addr.resource.key, value);
  return warnings;
}

/**
 * Records a read of a check block's data source (during planning or apply) as the check's data
 * rule: passed, or failed with the errors' text. Returns the read's diagnostics as warnings.
 */
export function reportNestedRead(pc: PlanContext, site: InstanceSite, readDiags: readonly Diagnostic[]): Diagnostic[] {
  const failed = hasErrors(readDiags);
  const check = `check.${site.node.check}`;
  const configAddr = withModulePrefix(new Module(site.node.module.path), check);
  pc.checks.reportResult("check", configAddr, withModulePrefix(site.module, check), "data", 0, failed ? "fail" : "pass", failed ? errorText(readDiags) : "");
  return markCheckBlockDiagnostics(readDiags.map((d) => ({ ...d, severity: "warning" as const })));
}

/** The errors as one text, as Go's tfdiags Diagnostics.Err().Error() writes them. */
function errorText(diags: readonly Diagnostic[]): string {
  const one = (d: Diagnostic) => (d.detail ? `${d.summary}: ${d.detail}` : d.summary);
  const errors = diags.filter((d) => d.severity === "error");
  if (errors.length === 1) return one(errors[0]!);
  return `${errors.length} problems:\n${errors.map((d) => `\n- ${one(d)}`).join("")}`;
}

