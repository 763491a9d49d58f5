import type { GetProviderSchemaResponse } from "../provider.js";
import { diagnosticsToProto } from "./diagnostics-message.js";
import { withV5Names } from "./protocol-versions.js";
import type { ProviderHandlers } from "./provider-service.js";
import { nestedAttributeUses } from "./schema-nesting.js";

// The tfplugin5.Provider service, made from the tfplugin6 handlers (provider-service.ts): the requests
// and responses of both versions have the same field names, so each protocol 6 handler serves its
// protocol 5 RPC as it is, under protocol 5's name (protocol-versions.ts). Two answers differ:
// PrepareProviderConfig also returns the configuration (unchanged: Terrane's providers fill in no
// defaults), and GetSchema refuses a schema with nested attribute types, which protocol 5 cannot carry
// (the server already refuses to start over protocol 5 for such a provider; this is the safety net).

/** The tfplugin5.Provider handlers over the tfplugin6 ones of the same provider instance. */
export function v5Handlers(v6: ProviderHandlers, schema: () => Promise<GetProviderSchemaResponse>): ProviderHandlers {
  return {
    ...withV5Names(v6),
    PrepareProviderConfig: async (req) => {
      const res = await v6.ValidateProviderConfig!(req);
      return { prepared_config: req.config ?? null, diagnostics: res.diagnostics };
    },
    GetSchema: async (req) => {
      const uses = nestedAttributeUses(await schema());
      if (uses.length === 0) return v6.GetProviderSchema!(req);
      const detail = `The provider's schema uses nested attribute types, which plugin protocol 5 cannot describe: ${uses.join(", ")}.`;
      return { diagnostics: diagnosticsToProto([{ severity: "error", summary: "Schema not expressible in protocol 5", detail }]) };
    },
  };
}
