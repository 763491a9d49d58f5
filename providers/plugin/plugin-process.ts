import { spawn, type ChildProcess } from "node:child_process";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { credentials, type Client, type ServiceClientConstructor } from "@grpc/grpc-js";
import { pluginServices } from "./grpc-definitions.js";
import { PluginLogger, type PluginLogSink } from "./plugin-log.js";
import { PROTOCOL_VERSIONS, type ProtocolVersion } from "./protocol-versions.js";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "./serve.js";
import { derToPem, selfSignedCertificate } from "./tls-certificate.js";

// The host side of go-plugin's start-up, the first part of Terrane's plugin client: starts a plugin
// executable with the magic cookie, the protocol versions it may speak (PLUGIN_PROTOCOL_VERSIONS=5,6)
// and a fresh client certificate (automatic mutual TLS), reads its handshake line, and connects gRPC
// clients for the provider service of the version the plugin chose (tfplugin5 or tfplugin6) and
// go-plugin's services. A plugin that exits, prints something else, picks a version not offered or
// stays silent gives an error quoting its stderr. With a log sink, the plugin's stderr and go-plugin's
// messages about the process are logged as Terraform logs them (plugin-log.ts). The RPCs are called
// by grpc-provider.ts.

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
  /** The plugin protocol version the plugin chose (the handshake's, checked). */
  readonly protocolVersion: ProtocolVersion;
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
  /** The protocol versions offered (default 5 and 6). */
  readonly protocolVersions?: readonly ProtocolVersion[];
  /** Where the plugin's log (its stderr) goes, when it is shown (TF_LOG). */
  readonly log?: PluginLogSink;
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
  const offered = opts.protocolVersions ?? PROTOCOL_VERSIONS;
  const env = { ...(opts.env ?? process.env), [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: offered.join(","), PLUGIN_CLIENT_CERT: cert.certPem };
  const log = opts.log && new PluginLogger(opts.log, "provider");
  const argv = [opts.command, ...(opts.args ?? [])];
  log?.log("debug", "starting plugin", [["path", opts.command], ["args", argv]]);
  const child = spawn(opts.command, [...(opts.args ?? [])], { cwd: opts.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const output = new CapturedOutput(child, log?.named(basename(opts.command)));
  if (log) logLifecycle(log, child, opts.command);
  const line = await firstLine(child, opts.timeoutMs ?? 60_000);
  if (line instanceof PluginStartError) return output.failure(line.message);
  const hs = parseHandshake(line);
  if (hs instanceof PluginStartError) return (child.kill(), output.failure(hs.message));
  const version = offered.find((v) => v === hs.protocolVersion);
  if (hs.protocol !== "grpc" || !version) return (child.kill(), output.failure(unsupported(hs, offered, line)));
  log?.log("debug", "using plugin", [["version", version]]);
  output.drainStdout();
  const target = hs.network === "unix" ? `unix:${hs.address}` : hs.address;
  const creds = hs.serverCertPem
    ? credentials.createSsl(Buffer.from(hs.serverCertPem), Buffer.from(cert.keyPem), Buffer.from(cert.certPem))
    : credentials.createInsecure();
  const options = { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost", "grpc.max_receive_message_length": -1 };
  const s = pluginServices();
  const make = (c: ServiceClientConstructor) => new c(target, creds, options);
  const clients = { provider: make(s.providers[version]), controller: make(s.controller), health: make(s.health) };
  return { handshake: hs, protocolVersion: version, ...clients, child, stderr: () => output.stderr, kill: (graceMs = 2000) => stopPlugin(child, clients, graceMs) };
}

/** go-plugin's errors for a handshake with a version or protocol this client does not speak, quoting the line. */
function unsupported(hs: Handshake, offered: readonly ProtocolVersion[], line: string): string {
  const why =
    hs.protocol !== "grpc"
      ? `Unsupported plugin protocol ${JSON.stringify(hs.protocol)}. Supported: [grpc]`
      : `Incompatible API version with plugin. Plugin version: ${hs.protocolVersion}, Client versions: [${offered.join(" ")}]`;
  return `${why}\nThe plugin's handshake line was: ${line.trim()}`;
}

/** go-plugin's messages about the process: started, and how it exited. */
function logLifecycle(log: PluginLogger, child: ChildProcess, command: string): void {
  if (child.pid === undefined) return;
  const pid = child.pid;
  log.log("debug", "plugin started", [["path", command], ["pid", pid]]);
  log.log("debug", "waiting for RPC address", [["plugin", command]]);
  child.once("exit", (code, signal) => {
    const fields: [string, unknown][] = [["plugin", command], ["id", pid]];
    if (code === 0) log.log("info", "plugin process exited", fields);
    else log.log("error", "plugin process exited", [...fields, ["error", signal ? `signal: ${signalName(signal)}` : `exit status ${code}`]]);
    log.log("debug", "plugin exited");
  });
}

/** Go's name of a signal (`killed` for SIGKILL). */
function signalName(signal: NodeJS.Signals): string {
  const names: Partial<Record<NodeJS.Signals, string>> = { SIGKILL: "killed", SIGTERM: "terminated", SIGINT: "interrupt", SIGSEGV: "segmentation fault", SIGABRT: "aborted" };
  return names[signal] ?? signal;
}

/** Most bytes of stderr kept (the end is kept). */
const STDERR_LIMIT = 1 << 20;

/** The plugin's stderr (always kept, and logged line by line when there is a logger) and its stdout after the handshake. */
class CapturedOutput {
  stderr = "";
  #stderrEnded: Promise<void>;

  constructor(
    private readonly child: ChildProcess,
    log: PluginLogger | undefined,
  ) {
    child.stderr!.on("data", (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-STDERR_LIMIT)));
    if (log) createInterface({ input: child.stderr!, crlfDelay: Infinity }).on("line", (l) => log.stderrLine(l));
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
