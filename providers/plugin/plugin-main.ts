import { BUILTIN_PLUGINS } from "./builtin-plugins.js";
import { isProtocolVersion, type ProtocolVersion } from "./protocol-versions.js";
import { serveProvider } from "./serve.js";

// The entry point of a built-in provider run as a Terraform plugin process (bin/terrane-provider.js):
// `terrane-provider <random|null|local|time> [-protocol=5|6|5,6]` serves that provider until the host
// shuts it down, over the plugin protocol versions `-protocol` allows (default both; `-protocol=5`
// makes Terraform use tfplugin5). The process ignores Ctrl-C as go-plugin's servers do (Terraform
// forwards the interrupt as StopProvider).

/** The streams and environment of the plugin process. */
export interface PluginProcessIO {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Ends the process once serving is over. */
  readonly exit: (code: number) => void;
}

/** Runs the plugin named by argv[0]; returns an exit code when it cannot serve, else serves until shutdown. */
export async function runBuiltinPlugin(argv: readonly string[], io: PluginProcessIO): Promise<number | undefined> {
  const plugin = BUILTIN_PLUGINS[argv[0] ?? ""];
  const versions = protocolFlag(argv.slice(1));
  if (!plugin || !versions) {
    io.stderr.write(`Usage: terrane-provider <${Object.keys(BUILTIN_PLUGINS).join("|")}> [-protocol=5|6|5,6]\n`);
    return 1;
  }
  const r = await serveProvider(plugin.factory(io.cwd), { env: io.env, stdout: io.stdout, onShutdown: () => io.exit(0), ...versions });
  if (!r.ok) {
    io.stderr.write(r.message);
    return 1;
  }
  return undefined;
}

/** The `-protocol=5,6` flag as serve options; undefined when an argument is not understood. */
function protocolFlag(args: readonly string[]): { protocolVersions?: ProtocolVersion[] } | undefined {
  if (args.length === 0) return {};
  const m = args.length === 1 ? /^--?protocol=([\d,]+)$/.exec(args[0]!) : null;
  const versions = m ? m[1]!.split(",").map(Number) : [];
  if (versions.length === 0 || !versions.every(isProtocolVersion)) return undefined;
  return { protocolVersions: versions };
}

/** Runs the plugin in this Node.js process (the launchers' whole body): ignores Ctrl-C, serves, sets the exit code. */
export async function runBuiltinPluginProcess(): Promise<void> {
  process.on("SIGINT", () => {});
  const io = { env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, exit: (c: number) => process.exit(c) };
  const code = await runBuiltinPlugin(process.argv.slice(2), io);
  if (code !== undefined) process.exitCode = code;
}
