import { goQuote } from "../../lang/text/go-quote.js";
import { normalizeHostname } from "./hostname.js";
import { parseProviderPart } from "./provider-name.js";

// Provider source addresses (`source` in required_providers): `name`, `namespace/name` or
// `hostname/namespace/name`, as addrs.ParseProviderSourceString reads them.

/** The public registry host that provider source addresses may leave out. */
export const DEFAULT_PROVIDER_REGISTRY_HOST = "registry.terraform.io";

/** A parsed provider source, or the diagnostic texts Terraform gives for an invalid one. */
export type ProviderSourceResult =
  | { readonly hostname: string; readonly namespace: string; readonly type: string }
  | { readonly summary: string; readonly detail: string };

const FORMAT_DETAIL = 'The "source" attribute must be in the format "[hostname/][namespace/]name"';

/** Parses a provider source string; a missing namespace means `hashicorp`. */
export function parseProviderSource(str: string): ProviderSourceResult {
  const parts = str.split("/");
  if (parts.length > 3 || parts.some((p) => p === "")) return { summary: "Invalid provider source string", detail: FORMAT_DETAIL };
  const givenName = parts[parts.length - 1]!;
  const type = parseProviderPart(givenName);
  if ("error" in type) {
    return { summary: "Invalid provider type", detail: `Invalid provider type ${goQuote(givenName)} in source ${goQuote(str)}: ${type.error}"` };
  }
  let namespace = "hashicorp";
  if (parts.length >= 2) {
    const given = parts[parts.length - 2]!;
    const ns = given === "-" ? { value: "-" } : parseProviderPart(given);
    if ("error" in ns) {
      // Terraform names the namespace it failed to produce, which is always empty.
      return { summary: "Invalid provider namespace", detail: `Invalid provider namespace "" in source ${goQuote(str)}: ${ns.error}"` };
    }
    namespace = ns.value;
  }
  let hostname = DEFAULT_PROVIDER_REGISTRY_HOST;
  if (parts.length === 3) {
    const given = parts[0]!;
    const host = normalizeHostname(given);
    if ("error" in host) {
      // Terraform's message is worded oddly and names the (empty) hostname it failed to produce.
      const detail = `Invalid provider source hostname namespace "" in source ${goQuote(str)}: ${host.error}"`;
      return { summary: "Invalid provider source hostname", detail };
    }
    hostname = host.host;
  }
  if (namespace === "-" && hostname !== DEFAULT_PROVIDER_REGISTRY_HOST) {
    const detail = `The legacy provider namespace "-" can be used only with hostname ${DEFAULT_PROVIDER_REGISTRY_HOST}.`;
    return { summary: "Invalid provider namespace", detail };
  }
  return { hostname, namespace, type: type.value };
}

/** The fully-qualified form of a parsed source: `registry.terraform.io/hashicorp/aws`. */
export function providerSourceString(p: { hostname: string; namespace: string; type: string }): string {
  return `${p.hostname}/${p.namespace}/${p.type}`;
}
