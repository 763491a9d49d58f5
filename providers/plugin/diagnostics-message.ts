import type { PathStep, ValuePath } from "../../lang/values/path.js";
import type { ProviderDiagnostic } from "../provider.js";
import type { PbAttributePath, PbDiagnostic, PbPathStep } from "./tfplugin6-messages.js";

// Diagnostics and attribute paths between the provider interface and tfplugin6's Diagnostic and
// AttributePath messages. The protocol has no step for a set element, so a path is cut before one,
// as Terraform's own conversion does; a path that would be empty is left out.

/** A provider diagnostic as a tfplugin6 Diagnostic. */
export function diagnosticToProto(d: ProviderDiagnostic): PbDiagnostic {
  const path = d.attribute ? pathToProto(d.attribute) : undefined;
  return {
    severity: d.severity === "error" ? "ERROR" : "WARNING",
    summary: d.summary,
    detail: d.detail ?? "",
    attribute: path && path.steps.length > 0 ? path : null,
  };
}

/** Diagnostics as tfplugin6 Diagnostics. */
export function diagnosticsToProto(ds: readonly ProviderDiagnostic[]): PbDiagnostic[] {
  return ds.map(diagnosticToProto);
}

/** A tfplugin6 Diagnostic as a provider diagnostic (INVALID severities read as errors). */
export function diagnosticFromProto(d: PbDiagnostic): ProviderDiagnostic {
  const path = d.attribute ? pathFromProto(d.attribute) : [];
  return {
    severity: d.severity === "WARNING" ? "warning" : "error",
    summary: d.summary,
    ...(d.detail ? { detail: d.detail } : {}),
    ...(path.length > 0 ? { attribute: path } : {}),
  };
}

/** A value path as a tfplugin6 AttributePath, cut before the first set element step. */
export function pathToProto(p: ValuePath): PbAttributePath {
  const steps: PbPathStep[] = [];
  for (const s of p) {
    if ("attr" in s) steps.push({ attribute_name: s.attr });
    else if ("key" in s) steps.push({ element_key_string: s.key });
    else if ("index" in s) steps.push({ element_key_int: s.index });
    else break;
  }
  return { steps };
}

/** A tfplugin6 AttributePath as a value path. */
export function pathFromProto(p: PbAttributePath): ValuePath {
  return p.steps.map(stepFromProto);
}

function stepFromProto(s: PbPathStep): PathStep {
  switch (s.selector ?? selectorOf(s)) {
    case "attribute_name":
      return { attr: s.attribute_name ?? "" };
    case "element_key_string":
      return { key: s.element_key_string ?? "" };
    default:
      return { index: Number(s.element_key_int ?? 0) };
  }
}

function selectorOf(s: PbPathStep): PbPathStep["selector"] {
  if (s.attribute_name !== undefined && s.attribute_name !== "") return "attribute_name";
  if (s.element_key_string !== undefined && s.element_key_string !== "") return "element_key_string";
  return "element_key_int";
}
