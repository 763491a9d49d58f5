import { Server, ServerCredentials, status, type ServerUnaryCall, type UntypedServiceImplementation, type sendUnaryData } from "@grpc/grpc-js";
import type { ProviderFactory } from "../provider.js";
import { brokerService, controllerService, healthService, stdioService, type PluginProcess } from "./go-plugin-services.js";
import { pluginServices, serviceDefinition } from "./grpc-definitions.js";
import { negotiateVersion, PROTOCOL_VERSIONS, type ProtocolVersion } from "./protocol-versions.js";
import { providerHandlers } from "./provider-service.js";
import { cannotServeV5Message, nestedAttributeUses } from "./schema-nesting.js";
import { selfSignedCertificate } from "./tls-certificate.js";

// Serving a provider as a Terraform plugin: hashicorp/go-plugin's server side. The host (Terraform)
// starts the process with its magic cookie and, for automatic mutual TLS, its client certificate in
// PLUGIN_CLIENT_CERT; the plugin listens on a loopback port with a certificate of its own and tells the
// host where, in one handshake line on stdout: `1|6|tcp|127.0.0.1:PORT|grpc|CERT` (core protocol 1,
// the plugin protocol version, the certificate's DER in unpadded base64). The version is negotiated as
// go-plugin does: the newest the server offers (5 and 6 unless limited) among those the host lists in
// PLUGIN_PROTOCOL_VERSIONS. The host then calls tfplugin5.Provider or tfplugin6.Provider and go-plugin's
// own services over gRPC. A provider whose schema uses nested attribute types is not served over 5.

/** The environment variable and value that prove the process was started by Terraform. */
export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
/** Terraform's magic cookie value (the same for every provider). */
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

/** What go-plugin prints when a plugin binary is run by hand. */
export const NOT_A_HOST_MESSAGE =
  "This binary is a plugin. These are not meant to be executed directly.\n" +
  "Please execute the program that consumes these plugins, which will\n" +
  "load any plugins automatically\n";

/** Where the server writes its handshake and where it reads its environment. */
export interface ServeOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): unknown };
  /** Called once the host asked the plugin to shut down and the server has stopped. */
  readonly onShutdown?: () => void;
  /** The protocol versions offered to the host (default: 5 and 6). */
  readonly protocolVersions?: readonly ProtocolVersion[];
}

/** A running plugin server, or why none was started. */
export type ServeResult =
  | { readonly ok: true; readonly port: number; readonly protocolVersion: ProtocolVersion; readonly close: () => Promise<void> }
  | { readonly ok: false; readonly message: string };

/** Starts serving one instance of the provider the factory makes; resolves once the handshake is written. */
export async function serveProvider(factory: ProviderFactory, opts: ServeOptions): Promise<ServeResult> {
  if (opts.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) return { ok: false, message: NOT_A_HOST_MESSAGE };
  const served = opts.protocolVersions ?? PROTOCOL_VERSIONS;
  const unknown = served.filter((v) => !PROTOCOL_VERSIONS.includes(v));
  if (served.length === 0 || unknown.length > 0) return { ok: false, message: `Terrane serves plugin protocol versions ${PROTOCOL_VERSIONS.join(" and ")}, not ${served.join(", ") || "none"}.\n` };
  const version = negotiateVersion(opts.env.PLUGIN_PROTOCOL_VERSIONS, served);
  const provider = await factory();
  const refused = version === 5 ? nestedAttributeUses(await provider.getProviderSchema()) : [];
  if (refused.length > 0) {
    await provider.close();
    return { ok: false, message: cannotServeV5Message(refused) };
  }
  const server = new Server({ "grpc.max_receive_message_length": -1, "grpc.max_send_message_length": -1 });
  const stdout = new StdoutRelay(opts.stdout);
  const close = async () => {
    await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
    await provider.close();
  };
  const proc: PluginProcess = {
    shutdown: () => void close().then(() => opts.onShutdown?.()),
    onStdout: (send) => stdout.relay(send),
  };
  const s = pluginServices();
  server.addService(serviceDefinition(s.providers[version]), unary(providerHandlers(provider, version)));
  server.addService(serviceDefinition(s.controller), controllerService(proc));
  server.addService(serviceDefinition(s.stdio), stdioService(proc));
  server.addService(serviceDefinition(s.broker), brokerService());
  server.addService(serviceDefinition(s.health), healthService());
  const { credentials, certField } = serverCredentials(opts.env.PLUGIN_CLIENT_CERT);
  const port = await new Promise<number>((resolve, reject) => server.bindAsync("127.0.0.1:0", credentials, (err, p) => (err ? reject(err) : resolve(p))));
  opts.stdout.write(`1|${version}|tcp|127.0.0.1:${port}|grpc|${certField}\n`);
  stdout.handshakeDone();
  return { ok: true, port, protocolVersion: version, close };
}

function serverCredentials(clientCertPem: string | undefined): { credentials: ServerCredentials; certField: string } {
  if (!clientCertPem) return { credentials: ServerCredentials.createInsecure(), certField: "" };
  const cert = selfSignedCertificate();
  const credentials = ServerCredentials.createSsl(Buffer.from(clientCertPem), [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }], true);
  return { credentials, certField: cert.certDer.toString("base64").replace(/=+$/, "") };
}

/** grpc-js unary handlers from promise-returning functions; a thrown error (a bug) is an Internal status. */
function unary(handlers: Readonly<Record<string, (req: Record<string, unknown>) => Promise<unknown>>>): UntypedServiceImplementation {
  const impl: UntypedServiceImplementation = {};
  for (const [name, h] of Object.entries(handlers)) {
    impl[name] = (call: ServerUnaryCall<Record<string, unknown>, unknown>, callback: sendUnaryData<unknown>) => {
      h(call.request).then(
        (res) => callback(null, res),
        (e: unknown) => callback({ code: status.INTERNAL, details: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
      );
    };
  }
  return impl;
}

/** Stdout after the handshake: streamed to the host through GRPCStdio when it asks, else written as is. */
class StdoutRelay {
  #send: ((text: Uint8Array) => void) | undefined;

  constructor(private readonly out: { write(text: string): unknown }) {}

  handshakeDone(): void {
    if (this.out !== process.stdout) return;
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (!this.#send) return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
      this.#send(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
      return true;
    }) as typeof process.stdout.write;
  }

  relay(send: (text: Uint8Array) => void): () => void {
    this.#send = send;
    return () => {
      if (this.#send === send) this.#send = undefined;
    };
  }
}
