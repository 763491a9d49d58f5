import { absTraversalForExpr } from "../../lang/hcl/static.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { parseAbsResourceInstance } from "../addrs/parse-target.js";
import type { Config, Import, Resource } from "../configs/model.js";
import type { ResourceAddr } from "../configs/resource-address.js";
import { importTargetResource } from "../graph/import-references.js";

// Checks of the root module's import blocks that need no evaluation: two blocks importing into the
// same statically written address (Terraform reports this while loading the configuration), and
// blocks whose target resource has no resource block (Terraform offers -generate-config-out there,
// which Terrane does not implement yet, so the resource block must be written).

/** `Duplicate import configuration for "..."`, once for each block repeating an earlier block's static target. */
export function duplicateImportDiagnostics(root: Config): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen: { readonly key: string; readonly imp: Import }[] = [];
  for (const imp of root.module.imports) {
    const key = staticTarget(imp);
    const target = importTargetResource(imp);
    if (key !== undefined && target) {
      for (const earlier of seen) {
        if (earlier.key !== key) continue;
        const what = goQuote(resourceString(target));
        const detail = `An import block for the resource ${what} was already declared at ${formatRange(earlier.imp.declRange)}. A resource can have only one import block.`;
        diagnostics.push(errorDiag(`Duplicate import configuration for ${what}`, detail, imp.to.range));
      }
      seen.push({ key, imp });
    }
  }
  return diagnostics;
}

/** "Configuration for import target does not exist" for each import block whose resource is not declared. */
export function missingImportConfigDiagnostics(root: Config): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const imp of root.module.imports) {
    const target = importTargetResource(imp);
    if (!target || importTargetConfig(root, imp)) continue;
    const addr = resourceString(target);
    const detail =
      `The configuration for the given import target ${addr} does not exist. If you wish to automatically generate config for this resource, ` +
      "use the -generate-config-out option within terrane plan. Otherwise, make sure the target resource exists within your configuration. " +
      "For example:\n\n  terrane plan -generate-config-out=generated.tf";
    diagnostics.push(errorDiag("Configuration for import target does not exist", detail, imp.to.range));
  }
  return diagnostics;
}

/** The target as a string when `to` is written without computed keys (parseImportToStatic). */
function staticTarget(imp: Import): string | undefined {
  const t = absTraversalForExpr(imp.to);
  if (!t.traversal || hasErrors(t.diagnostics)) return undefined;
  return parseAbsResourceInstance(t.traversal).addr?.toString();
}

/** The resource block an import block imports into, when it is declared. */
export function importTargetConfig(root: Config, imp: Import): Resource | undefined {
  const target = importTargetResource(imp);
  if (!target) return undefined;
  let config: Config | undefined = root;
  for (const name of target.module) config = config?.children.get(name);
  return config?.module.managedResources.get(`${target.type}.${target.name}`);
}

/** `module.a.type.name`: the resource in its static module (configs.Import.ToResource). */
function resourceString(target: ResourceAddr): string {
  return [...target.module.map((m) => `module.${m}`), `${target.type}.${target.name}`].join(".");
}
