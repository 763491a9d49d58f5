import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { Value } from "../../lang/values/value.js";
import type { CallFunctionResponse, FunctionDecl } from "../provider.js";
import { decodeMsgpack, DynamicValueError, encodeMsgpack } from "./dynamic-value.js";
import type { FunctionRequest, FunctionResponse } from "./function-messages.js";
import type { PluginProviderOptions } from "./plugin-provider.js";
import { functionFromProto, SchemaMessageError } from "./schema-message.js";

// Provider-defined functions called synchronously, as the expression evaluator calls every function:
// a worker thread owns an unconfigured instance of the plugin and makes the asynchronous gRPC calls;
// this side posts a request and blocks on a shared flag (Atomics.wait) until the worker has answered.
// One host serves one provider for a whole command and is closed at its end.

/** How long one request may take (starting the plugin included). */
const REQUEST_TIMEOUT_MS = 60_000;

/** A plugin's functions, callable synchronously. */
export class SyncFunctionHost {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #flag: Int32Array;
  #decls: Readonly<Record<string, FunctionDecl>> | { readonly error: string } | undefined;
  #closed = false;

  private constructor(executable: string, options: PluginProviderOptions) {
    const { port1, port2 } = new MessageChannel();
    const shared = new SharedArrayBuffer(4);
    this.#port = port1;
    this.#flag = new Int32Array(shared);
    const { log: _log, ...cloneable } = options;
    const workerData = { port: port2, flag: shared, executable, options: cloneable };
    this.#worker = startWorker(workerData, [port2]);
    this.#worker.unref();
  }

  /** A host for the plugin executable; the plugin starts on the first request. */
  static start(executable: string, options: PluginProviderOptions = {}): SyncFunctionHost {
    return new SyncFunctionHost(executable, options);
  }

  /** The plugin's function signatures, or why they could not be had. */
  functions(): Readonly<Record<string, FunctionDecl>> | { readonly error: string } {
    if (this.#decls) return this.#decls;
    const res = this.#request({ op: "functions" });
    if (res.op !== "functions") return (this.#decls = { error: res.op === "error" || res.op === "call-error" ? res.text : "unexpected answer" });
    const decls: Record<string, FunctionDecl> = {};
    for (const [name, f] of Object.entries(res.functions)) {
      const d = functionFromProto(f, name);
      if (d instanceof SchemaMessageError) return (this.#decls = { error: d.message });
      decls[name] = d;
    }
    return (this.#decls = decls);
  }

  /** Calls a function with arguments of its parameters' types. */
  call(name: string, args: readonly Value[]): CallFunctionResponse {
    const decls = this.functions();
    const decl = "error" in decls ? undefined : decls[name];
    if (!decl) return { error: { text: "error" in decls ? String(decls.error) : `provider has no function named "${name}"` } };
    const encoded: Uint8Array[] = [];
    for (const [i, a] of args.entries()) {
      const bytes = encodeMsgpack(a, (decl.parameters[i] ?? decl.variadicParameter)!.type);
      if (bytes instanceof DynamicValueError) return { error: { text: bytes.message, functionArgument: i } };
      encoded.push(bytes);
    }
    const res = this.#request({ op: "call", name, args: encoded });
    if (res.op === "call-error") return { error: { text: res.text, ...(res.functionArgument === undefined ? {} : { functionArgument: res.functionArgument }) } };
    if (res.op !== "result") return { error: { text: res.op === "error" ? res.text : "unexpected answer" } };
    const result = decodeMsgpack(res.bytes, decl.returnType);
    return result instanceof DynamicValueError ? { error: { text: result.message } } : { result };
  }

  /** Ends the plugin and the worker. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#request({ op: "close" });
    void this.#worker.terminate();
  }

  #request(req: FunctionRequest): FunctionResponse {
    if (this.#closed && req.op !== "close") return { op: "error", text: "the provider's function host is closed" };
    Atomics.store(this.#flag, 0, 0);
    this.#port.postMessage(req);
    const waited = Atomics.wait(this.#flag, 0, 0, REQUEST_TIMEOUT_MS);
    const got = receiveMessageOnPort(this.#port);
    if (!got) return { op: "error", text: waited === "timed-out" ? `the provider did not answer within ${REQUEST_TIMEOUT_MS / 1000}s` : "the provider's function worker ended" };
    return got.message as FunctionResponse;
  }
}

// The worker runs function-worker.js beside this file; from the TypeScript sources (the tests), it
// first registers the same TypeScript loader the tests' child processes use.
function startWorker(workerData: unknown, transferList: MessagePort[]): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./function-worker.js", here), { workerData, transferList });
  const loader = new URL("../../tests/helpers/ts-loader.mjs", here).href;
  const entry = new URL("./function-worker.ts", here).href;
  const boot = `require("node:module").register(${JSON.stringify(loader)}); import(${JSON.stringify(entry)});`;
  return new Worker(boot, { eval: true, workerData, transferList });
}
