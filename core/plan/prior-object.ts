import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { markPaths } from "../../lang/values/path.js";
import type { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType, type Schema } from "../../providers/schema.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import { decodeObject } from "../states/object-codec.js";
import type { StoredObject } from "../states/state.js";
import { providerDiagnostics } from "./provider-diagnostics.js";

// Reading an object from the state for planning (Terraform's upgradeResourceState then decoding): an
// object stored with an older schema version is upgraded by its provider first; the sensitive paths
// recorded with it are marked on the value.

/** The stored object as a value of the current schema, with its sensitive paths marked. */
export async function readStoredObject(
  provider: Provider,
  schema: Schema,
  addr: AbsResourceInstance,
  obj: StoredObject,
): Promise<{ value?: Value; diagnostics: Diagnostic[] }> {
  const typeName = addr.resource.resource.type;
  if (obj.schemaVersion !== schema.version) {
    const r = await provider.upgradeResourceState({ typeName, version: obj.schemaVersion, rawStateJson: obj.attrsJson });
    const diagnostics = providerDiagnostics(r.diagnostics);
    if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
    return { value: markPaths(r.upgradedState, obj.sensitivePaths), diagnostics };
  }
  const decoded = decodeObject(obj, impliedType(schema.block));
  if (decoded.value) return { value: decoded.value, diagnostics: [] };
  const detail = `Failed to decode the stored state of ${addr.toString()}: ${decoded.error ?? "invalid object"}.`;
  return { diagnostics: [errorDiag("Invalid resource state", detail)] };
}
