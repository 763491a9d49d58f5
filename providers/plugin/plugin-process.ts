import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { credentials, type Client, type ServiceClientConstructor } from "@grpc/grpc-js";
import { pluginServices } from "./grpc-definitions.js";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "./serve.js";
import { derToPem, selfSignedCertificate } from "./tls-certificate.js";

// The host side of go-plugin's start-up, the first part of Terrane's plugin client: starts a plugin
// executable with the magic cookie and a fresh client certificate (automatic mutual TLS), reads its
// handshake line, and connects gRPC clients for tfplugin6.Provider and go-plugin's services. A plugin
// that exits, prints something else or stays silent gives an error quoting its stderr. The RPCs are
// called by grpc-provider.ts.

/** What the plugin said in its handshake line. */
export interface Handshake {
  readonly coreVersion: number;
  readonly protocolVersion: number;
  readonly network: "tcp" | "unix";
  readonly address: string;
  readonly protocol: string;
  /** The server certificate (PEM) when the plugin uses TLS. */
  readonly serverCertPem?: string;
}

/** A running plugin process with connected clients. */
export interface PluginProcess {
  readonly handshake: Handshake;
  readonly provider: Client;
  readonly controller: Client;
  readonly health: Client;
  readonly child: ChildProcess;
  /** What the plugin wrote to stderr so far. */
  stderr(): string;
  /** Asks the plugin to shut down (GRPCController.Shutdown), then kills it if it has not exited after `graceMs`. */
  kill(graceMs?: number): Promise<void>;
}

/** How to start a plugin. */
export interface StartPluginOptions {
  readonly command: string;
  readonly args?: readonly string[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How long to wait for the handshake line (default 60 s). */
  readonly timeoutMs?: number;
}

/** Why a plugin could not be started. */
export class PluginStartError {
  constructor(readonly message: string) {}
}

/** Parses a go-plugin handshake line (`1|6|tcp|127.0.0.1:1234|grpc|CERT`). */
export function parseHandshake(line: string): Handshake | PluginStartError {
  const parts = line.trim().split("|");
  if (parts.length < 4) return new PluginStartError(`Unrecognized remote plugin message: ${line.trim()}`);
  const [core, proto, network, address, protocol = "netrpc", cert = ""] = parts;
  if (core !== "1") return new PluginStartError(`Incompatible core API version with plugin. Plugin version: ${core}, Core version: 1`);
  if (network !== "tcp" && network !== "unix") return new PluginStartError(`Unknown address type: ${network}`);
  const pad = "=".repeat((4 - (cert.length % 4)) % 4);
  return {
    coreVersion: 1,
    protocolVersion: Number(proto),
    network,
    address: address!,
    protocol,
    ...(cert ? { serverCertPem: derToPem(Buffer.from(cert + pad, "base64")) } : {}),
  };
}

/** Starts a plugin executable and connects to it. */
export async function startPlugin(opts: StartPluginOptions): Promise<PluginProcess | PluginStartError> {
  const cert = selfSignedCertificate();
  const env = { ...(opts.env ?? process.env), [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_CLIENT_CERT: cert.certPem };
  const child = spawn(opts.command, [...(opts.args ?? [])], { cwd: opts.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const output = new CapturedOutput(child);
  const line = await firstLine(child, opts.timeoutMs ?? 60_000);
  if (line instanceof PluginStartError) return output.failure(line.message);
  const hs = parseHandshake(line);
  if (hs instanceof PluginStartError) return (child.kill(), output.failure(hs.message));
  if (hs.protocol !== "grpc" || hs.protocolVersion !== 6) return (child.kill(), output.failure(`The plugin speaks ${hs.protocol} protocol ${hs.protocolVersion}, not grpc protocol 6.`));
  output.drainStdout();
  const target = hs.network === "unix" ? `unix:${hs.address}` : hs.address;
  const creds = hs.serverCertPem
    ? credentials.createSsl(Buffer.from(hs.serverCertPem), Buffer.from(cert.keyPem), Buffer.from(cert.certPem))
    : credentials.createInsecure();
  const options = { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost", "grpc.max_receive_message_length": -1 };
  const s = pluginServices();
  const make = (c: ServiceClientConstructor) => new c(target, creds, options);
  const clients = { provider: make(s.provider), controller: make(s.controller), health: make(s.health) };
  return { handshake: hs, ...clients, child, stderr: () => output.stderr, kill: (graceMs = 2000) => stopPlugin(child, clients, graceMs) };
}

/** Most bytes of stderr kept (the end is kept). */
const STDERR_LIMIT = 1 << 20;

/** The plugin's stderr (always) and its stdout after the handshake, kept for messages and logs. */
class CapturedOutput {
  stderr = "";
  #stderrEnded: Promise<void>;

  constructor(private readonly child: ChildProcess) {
    child.stderr!.on("data", (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-STDERR_LIMIT)));
    this.#stderrEnded = new Promise((resolve) => child.stderr!.once("close", () => resolve()));
  }

  /** Keeps reading stdout so the plugin never blocks on a full pipe. */
  drainStdout(): void {
    this.child.stdout!.on("data", () => {});
    this.child.stdout!.resume();
  }

  /** A start error quoting what the plugin wrote to stderr (read to its end, or for up to a second). */
  async failure(message: string): Promise<PluginStartError> {
    await Promise.race([this.#stderrEnded, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    const err = this.stderr.trimEnd();
    return new PluginStartError(err ? `${message}\nThe plugin wrote to stderr:\n${err}` : message);
  }
}

function firstLine(child: ChildProcess, timeoutMs: number): Promise<string | PluginStartError> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: child.stdout! });
    let settled = false;
    const done = (r: string | PluginStartError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      rl.close();
      resolve(r);
    };
    const timer = setTimeout(() => (child.kill("SIGKILL"), done(new PluginStartError(`timeout while waiting for plugin to start (${timeoutMs} ms)`))), timeoutMs);
    rl.once("line", (l) => done(l));
    child.once("error", (e) => done(new PluginStartError(`fork/exec ${child.spawnfile}: ${e.message}`)));
    // A line written just before exiting may still be on its way: give it a moment.
    child.once("exit", (code, signal) => {
      const why = signal ? `signal ${signal}` : `exit code ${code}`;
      setTimeout(() => done(new PluginStartError(`plugin exited before we could connect (${why})`)), 300);
    });
  });
}

async function stopPlugin(child: ChildProcess, clients: Record<string, Client>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return closeAll(clients);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const controller = clients.controller as Client & { Shutdown(req: object, cb: (err: unknown) => void): void };
  controller.Shutdown({}, () => {});
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  closeAll(clients);
}

function closeAll(clients: Record<string, Client>): void {
  for (const c of Object.values(clients)) c.close();
}
