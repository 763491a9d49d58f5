import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadPackageDefinition, type GrpcObject, type ServiceClientConstructor, type ServiceDefinition } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import type { ProtocolVersion } from "./protocol-versions.js";

// The gRPC services of a Terraform provider plugin, loaded from the .proto files in ./proto with the
// message shapes tfplugin6-messages.ts describes (tfplugin5's have the same shapes): field names as
// written, enums by name, int64 as JS numbers, bytes as Buffers, every field present (defaults filled
// in), oneofs named. Both provider protocols are loaded: tfplugin5 and tfplugin6.

/** proto-loader's options for every Terrane plugin service. */
const LOAD_OPTIONS = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true } as const;

/** The services a plugin serves and a client calls. */
export interface PluginServices {
  /** tfplugin6.Provider. */
  readonly provider: ServiceClientConstructor;
  /** tfplugin5.Provider and tfplugin6.Provider by protocol version. */
  readonly providers: Readonly<Record<ProtocolVersion, ServiceClientConstructor>>;
  readonly controller: ServiceClientConstructor;
  readonly stdio: ServiceClientConstructor;
  readonly broker: ServiceClientConstructor;
  readonly health: ServiceClientConstructor;
}

let loaded: PluginServices | undefined;

/** The plugin services (loaded once per process). */
export function pluginServices(): PluginServices {
  loaded ??= load();
  return loaded;
}

/** The service definition to register with a grpc-js Server. */
export function serviceDefinition(c: ServiceClientConstructor): ServiceDefinition {
  return c.service;
}

function load(): PluginServices {
  const dir = protoDir();
  const def = loadSync(["tfplugin5.proto", "tfplugin6.proto", "go-plugin.proto", "health.proto"], { ...LOAD_OPTIONS, includeDirs: [dir] });
  const root = loadPackageDefinition(def);
  const pkg = (path: string) => path.split(".").reduce<GrpcObject>((o, k) => o[k] as GrpcObject, root);
  const v6 = pkg("tfplugin6").Provider as ServiceClientConstructor;
  return {
    provider: v6,
    providers: { 5: pkg("tfplugin5").Provider as ServiceClientConstructor, 6: v6 },
    controller: pkg("plugin").GRPCController as ServiceClientConstructor,
    stdio: pkg("plugin").GRPCStdio as ServiceClientConstructor,
    broker: pkg("plugin").GRPCBroker as ServiceClientConstructor,
    health: pkg("grpc.health.v1").Health as ServiceClientConstructor,
  };
}

/** ./proto next to this source file, or the source tree's copy when running from dist/. */
function protoDir(): string {
  const candidates = ["./proto/", "../../../providers/plugin/proto/"].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((d) => existsSync(`${d}tfplugin6.proto`));
  if (!found) throw new Error(`tfplugin6.proto not found in ${candidates.join(" or ")}`);
  return found;
}
