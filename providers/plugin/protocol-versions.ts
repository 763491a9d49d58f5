// The two versions of Terraform's plugin protocol Terrane speaks, 5 (tfplugin5) and 6 (tfplugin6), and
// what differs between them on the wire for the provider operations: a handful of RPC names (protocol 6
// renamed them) and the Go package Terraform's client for each lives in (named in its error
// diagnostics). Messages carry the same field names in both, so one request and response shape serves
// both versions; only schemas differ (protocol 5 has no nested attribute types, see schema-nesting.ts).
// Also go-plugin's version negotiation, which the server and the client share.

/** A plugin protocol version Terrane serves and calls. */
export type ProtocolVersion = 5 | 6;

/** The versions Terrane offers as a client and serves as a server, oldest first. */
export const PROTOCOL_VERSIONS: readonly ProtocolVersion[] = [5, 6];

/** Protocol 5's names for the RPCs protocol 6 renamed, by their protocol 6 name. */
const V5_RPC_NAMES: Readonly<Record<string, string>> = {
  GetProviderSchema: "GetSchema",
  ValidateProviderConfig: "PrepareProviderConfig",
  ValidateResourceConfig: "ValidateResourceTypeConfig",
  ValidateDataResourceConfig: "ValidateDataSourceConfig",
  ConfigureProvider: "Configure",
  StopProvider: "Stop",
};

/** How one protocol version names the provider operations (given by their protocol 6 RPC names). */
export interface ProtocolAdapter {
  readonly version: ProtocolVersion;
  /** The RPC to call for an operation. */
  rpcName(method: string): string;
  /** The Go package of Terraform's client for this version, in its error texts (`plugin6.(*GRPCProvider).X`). */
  readonly clientPackage: "plugin" | "plugin6";
}

const ADAPTERS: Readonly<Record<ProtocolVersion, ProtocolAdapter>> = {
  5: { version: 5, rpcName: (m) => V5_RPC_NAMES[m] ?? m, clientPackage: "plugin" },
  6: { version: 6, rpcName: (m) => m, clientPackage: "plugin6" },
};

/** The adapter of one protocol version. */
export function protocolAdapter(version: ProtocolVersion): ProtocolAdapter {
  return ADAPTERS[version];
}

/** Whether a number is a protocol version Terrane speaks. */
export function isProtocolVersion(v: number): v is ProtocolVersion {
  return (PROTOCOL_VERSIONS as readonly number[]).includes(v);
}

/** Protocol 5's handlers from protocol 6's: each renamed RPC served under its protocol 5 name too. */
export function withV5Names<H>(handlers: Readonly<Record<string, H>>): Record<string, H> {
  const out: Record<string, H> = {};
  for (const [name, h] of Object.entries(handlers)) out[V5_RPC_NAMES[name] ?? name] = h;
  return out;
}

/**
 * The version a server speaks, as hashicorp/go-plugin's server picks it: the newest version it serves
 * that the host listed in PLUGIN_PROTOCOL_VERSIONS (comma-separated; entries that are not numbers are
 * ignored), else its oldest version (for hosts that list none; a host that listed others then refuses
 * the handshake).
 */
export function negotiateVersion(offered: string | undefined, served: readonly ProtocolVersion[]): ProtocolVersion {
  const host = new Set((offered ?? "").split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n)));
  const newestFirst = [...served].sort((a, b) => b - a);
  return newestFirst.find((v) => host.has(v)) ?? newestFirst[newestFirst.length - 1]!;
}
