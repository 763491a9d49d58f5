import { normalizeHostname } from "../../core/configs/hostname.js";
import { parseProviderPart } from "../../core/configs/provider-name.js";
import type { ProviderPattern } from "../../providers/installer/multi-source.js";

// The include and exclude patterns of installation methods (getproviders.ParseMultiSourceMatchingPatterns):
// `namespace/type` on the default registry or `host/namespace/type`, where any part may be `*` as long as
// the parts after it are wildcards too. Errors have Terraform's wording.

const DEFAULT_HOST = "registry.terraform.io";

/** Parses patterns; the first bad one gives the error. */
export function parseProviderPatterns(strs: readonly string[]): { patterns: ProviderPattern[] } | { error: string } {
  const patterns: ProviderPattern[] = [];
  for (const str of strs) {
    const p = parsePattern(str);
    if ("error" in p) return p;
    patterns.push(p);
  }
  return { patterns };
}

function parsePattern(str: string): ProviderPattern | { error: string } {
  let parts = str.split("/");
  if (parts.length < 2 || parts.length > 3) return { error: `invalid provider matching pattern ${JSON.stringify(str)}: must have either two or three slash-separated segments` };
  let hostname = DEFAULT_HOST;
  if (parts.length === 3) {
    if (parts[0] === "*") hostname = "*";
    else {
      const h = normalizeHostname(parts[0]!);
      if ("error" in h) return { error: `invalid hostname in provider matching pattern ${JSON.stringify(str)}: ${h.error}` };
      hostname = h.host;
    }
    parts = parts.slice(1);
  }
  const type = nameOrWildcard(parts[1]!);
  if (type === undefined) return { error: `invalid provider type ${JSON.stringify(parts[1])} in provider matching pattern ${JSON.stringify(str)}: must either be the wildcard * or a provider type name` };
  const namespace = nameOrWildcard(parts[0]!);
  // Terraform names the type, not the namespace, in this message.
  if (namespace === undefined) return { error: `invalid registry namespace ${JSON.stringify(parts[1])} in provider matching pattern ${JSON.stringify(str)}: must either be the wildcard * or a literal namespace` };
  if (hostname === "*" && !(namespace === "*" && type === "*")) {
    return { error: `invalid provider matching pattern ${JSON.stringify(str)}: hostname can be a wildcard only if both namespace and provider type are also wildcards` };
  }
  if (namespace === "*" && type !== "*") return { error: `invalid provider matching pattern ${JSON.stringify(str)}: namespace can be a wildcard only if the provider type is also a wildcard` };
  return { hostname, namespace, type };
}

function nameOrWildcard(s: string): string | undefined {
  if (s === "*") return s;
  const r = parseProviderPart(s);
  return "error" in r ? undefined : r.value;
}
