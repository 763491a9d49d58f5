import type { PbFunction } from "./tfplugin6-messages.js";

// The messages between SyncFunctionHost and its worker thread: plain data (values as msgpack bytes,
// signatures as tfplugin6 Function messages), as worker messages must be.

/** What the host asks the worker. */
export type FunctionRequest =
  | { readonly op: "functions" }
  | { readonly op: "call"; readonly name: string; readonly args: readonly Uint8Array[] }
  | { readonly op: "close" };

/** What the worker answers. */
export type FunctionResponse =
  | { readonly op: "functions"; readonly functions: Readonly<Record<string, PbFunction>> }
  | { readonly op: "result"; readonly bytes: Uint8Array }
  | { readonly op: "call-error"; readonly text: string; readonly functionArgument?: number }
  | { readonly op: "error"; readonly text: string }
  | { readonly op: "closed" };
