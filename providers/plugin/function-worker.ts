import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { decodeMsgpack, DynamicValueError, encodeMsgpack } from "./dynamic-value.js";
import { functionToProto } from "./schema-message.js";
import { pluginProvider, type PluginProviderOptions } from "./plugin-provider.js";
import type { FunctionRequest, FunctionResponse } from "./function-messages.js";
import type { Provider } from "../provider.js";

// The worker thread behind SyncFunctionHost: it starts its own unconfigured instance of a plugin (as
// Terraform calls provider functions on an unconfigured instance), answers each request from the
// host's port, and wakes the host, which waits on a shared flag, after each answer.

const data = workerData as { port: MessagePort; flag: SharedArrayBuffer; executable: string; options: PluginProviderOptions };
const flag = new Int32Array(data.flag);
let provider: Promise<Provider> | undefined;

data.port.on("message", (req: FunctionRequest) => {
  void answer(req).then((res) => {
    data.port.postMessage(res);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    if (req.op === "close") {
      data.port.close();
      parentPort?.close();
    }
  });
});

async function answer(req: FunctionRequest): Promise<FunctionResponse> {
  try {
    provider ??= pluginProvider(data.executable, data.options)();
    const p = await provider;
    if (req.op === "close") {
      await p.close();
      return { op: "closed" };
    }
    const schema = await p.getProviderSchema();
    const failed = schema.diagnostics.find((d) => d.severity === "error");
    if (failed) return { op: "error", text: failed.detail ? `${failed.summary}: ${failed.detail}` : failed.summary };
    if (req.op === "functions") {
      const out: Record<string, ReturnType<typeof functionToProto>> = {};
      for (const [name, f] of Object.entries(schema.functions ?? {})) out[name] = functionToProto(f);
      return { op: "functions", functions: out };
    }
    const decl = schema.functions?.[req.name];
    if (!decl) return { op: "error", text: `provider has no function named "${req.name}"` };
    const args = req.args.map((bytes, i) => decodeMsgpack(bytes, (decl.parameters[i] ?? decl.variadicParameter)!.type));
    const bad = args.find((a) => a instanceof DynamicValueError);
    if (bad) return { op: "error", text: (bad as DynamicValueError).message };
    const r = await p.callFunction({ name: req.name, arguments: args as never });
    if (r.error) return { op: "call-error", text: r.error.text, ...(r.error.functionArgument === undefined ? {} : { functionArgument: r.error.functionArgument }) };
    const encoded = encodeMsgpack(r.result!, decl.returnType);
    if (encoded instanceof DynamicValueError) return { op: "error", text: encoded.message };
    return { op: "result", bytes: encoded };
  } catch (e) {
    return { op: "error", text: e instanceof Error ? e.message : String(e) };
  }
}
