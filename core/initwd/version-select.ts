import type { ModuleCall } from "../configs/model.js";
import { compareVersions, constraintsAllow, parseConstraints, parseVersion, versionString, type Constraint, type Version } from "../configs/version-constraint.js";
import { warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";

// Choosing a registry module version as Terraform's installer does: the newest version the call's
// `version` constraint allows. A prerelease is considered only when a constraint names exactly that
// version; version strings the registry sends that do not parse are skipped with a warning.

/** The newest version on offer, the newest allowed one, and warnings about bad version strings. */
export interface VersionChoice {
  readonly latest?: string;
  readonly match?: string;
  readonly warnings: Diagnostic[];
}

/** Picks the version to install from what the registry offers. */
export function selectRegistryVersion(offered: readonly string[], call: ModuleCall, host: string): VersionChoice {
  const constraints = call.version === undefined ? [] : (parseConstraints(call.version) ?? []);
  const warnings: Diagnostic[] = [];
  let latest: Version | undefined;
  let match: Version | undefined;
  for (const raw of offered) {
    const v = parseVersion(raw);
    if (!v) {
      const at = `${call.declRange.filename}:${call.declRange.start.line}`;
      const detail = `The registry at ${host} returned an invalid version string ${JSON.stringify(raw)} for module "${call.name}" (${at}), which Terrane ignored.`;
      warnings.push(warningDiag("Invalid response from remote module registry", detail, call.declRange));
      continue;
    }
    if (v.prerelease !== "" && !exactlyRequested(constraints, v)) continue;
    if (!latest || compareVersions(v, latest) > 0) latest = v;
    if (constraintsAllow(constraints, v) && (!match || compareVersions(v, match) > 0)) match = v;
  }
  return { ...(latest ? { latest: versionString(latest) } : {}), ...(match ? { match: versionString(match) } : {}), warnings };
}

function exactlyRequested(constraints: readonly Constraint[], v: Version): boolean {
  return constraints.some((c) => (c.operator === "" || c.operator === "=") && compareVersions(c.version, v) === 0);
}
