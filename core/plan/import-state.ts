import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { Value } from "../../lang/values/value.js";
import type { ImportedResource, Provider } from "../../providers/provider.js";
import { impliedType, type Schema } from "../../providers/schema.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import { valueMarks } from "../schemas/index.js";
import { encodeObject } from "../states/object-codec.js";
import type { PlanContext } from "./plan-context.js";
import { providerDiagnostics } from "./provider-diagnostics.js";
import { idOf } from "./refresh.js";

// Importing one object during planning (NodePlannableResourceInstance.importState): the provider's
// ImportResourceState turns the id into exactly one object, which is then read back (ReadResource) to
// check that it exists. The result goes into the refreshed prior state only — the previous run's
// state never had it, so it is not drift — and the instance is then planned from it.

/** Where the object is imported and through what. */
export interface ImportSite {
  readonly addr: AbsResourceInstance;
  readonly schema: Schema;
  readonly provider: Provider;
  readonly providerAddr: AbsProviderConfig;
  readonly createBeforeDestroy: boolean;
}

/** The imported and read object (marked as the schema says), or the errors. */
export async function importObject(pc: PlanContext, site: ImportSite, id: string): Promise<{ value?: Value; diagnostics: Diagnostic[] }> {
  const { addr, provider } = site;
  pc.options.hooks?.importing?.(addr, id);
  const resp = await pc.semaphore.run(() => provider.importResourceState({ typeName: addr.resource.resource.type, id }));
  const diagnostics = providerDiagnostics(resp.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  const imported = resp.importedResources;
  if (imported.length > 1) {
    const detail = `While attempting to import with ID ${id}, the provider returned multiple resource instance states. This is not currently supported.`;
    diagnostics.push(errorDiag("Multiple import states not supported", detail));
  }
  if (imported.length === 0) {
    return { diagnostics: [...diagnostics, errorDiag("Import returned no resources", `While attempting to import with ID ${id}, the providerreturned no instance states.`)] };
  }
  const first = imported[0]!;
  if (first.typeName === "") return { diagnostics: [...diagnostics, errorDiag(`import of ${addr.toString()} didn't set type`)] };
  if (first.state.isNull) {
    diagnostics.push(errorDiag("Import returned null resource", `While attempting to import with ID ${id}, the providerreturned an instance with no state.`));
  }
  const read = await readImported(pc, site, first);
  return { ...(read.value ? { value: read.value } : {}), diagnostics: [...diagnostics, ...read.diagnostics] };
}

/** Reads the imported object back (the import's own refresh) and stores it in the prior state. */
async function readImported(pc: PlanContext, site: ImportSite, imported: ImportedResource): Promise<{ value?: Value; diagnostics: Diagnostic[] }> {
  const { addr, provider, schema } = site;
  pc.options.hooks?.refreshing?.(addr, idOf(imported.state));
  const resp = await pc.semaphore.run(() =>
    provider.readResource({ typeName: addr.resource.resource.type, currentState: imported.state, ...(imported.private ? { private: imported.private } : {}) }),
  );
  const diagnostics = providerDiagnostics(resp.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  if (resp.newState.isNull) return { diagnostics: [...diagnostics, nonExistent(addr)] };
  const value = valueMarks(resp.newState, schema.block);
  const priv = resp.private ?? imported.private;
  const stored = encodeObject(value, impliedType(schema.block), {
    schemaVersion: schema.version,
    ...(priv ? { private: priv } : {}),
    status: "ready",
    dependencies: [],
    createBeforeDestroy: site.createBeforeDestroy,
  });
  if ("error" in stored) return { diagnostics: [...diagnostics, errorDiag("Failed to encode imported object", stored.error)] };
  pc.priorState.setCurrent(addr, stored, site.providerAddr);
  return { value, diagnostics };
}

function nonExistent(addr: AbsResourceInstance): Diagnostic {
  const detail =
    `While attempting to import an existing object to ${goQuote(addr.toString())}, the provider detected that no object exists with the given id. ` +
    'Only pre-existing objects can be imported; check that the id is correct and that it is associated with the provider\'s configured region or endpoint, or use "terrane apply" to create a new remote object for this resource.';
  return errorDiag("Cannot import non-existent remote object", detail);
}
