import { status, type Client, type ServiceError } from "@grpc/grpc-js";
import type { Type } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";
import type { ProviderDiagnostic } from "../provider.js";
import { DynamicValueError, decodeDynamicValue, encodeMsgpack } from "./dynamic-value.js";
import type { PbDynamicValue } from "./tfplugin6-messages.js";

// The plugin client's wire layer: one unary tfplugin5 or tfplugin6 call as a promise whose failures
// (the plugin crashed, was cancelled, lacks the method) come back as the error diagnostics Terraform's
// plugin.GRPCProvider and plugin6.GRPCProvider make of them, and the DynamicValue fields of requests
// and responses with problems collected as diagnostics.

/** A tfplugin6 request or response as a plain object. */
export type Msg = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A call's response, or the diagnostic its gRPC failure makes. */
export type RpcResult = { readonly ok: true; readonly res: Msg } | { readonly ok: false; readonly diagnostic: ProviderDiagnostic };

/** Calls one unary method of a connected client; `caller` names it in error texts (`plugin6.(*GRPCProvider).X`). */
export function callRpc(client: Client, method: string, req: Msg, caller = `plugin6.(*GRPCProvider).${method}`): Promise<RpcResult> {
  const fn = (client as unknown as Record<string, (r: Msg, cb: (e: ServiceError | null, res: Msg) => void) => void>)[method];
  if (!fn) throw new Error(`no gRPC method ${method}`);
  return new Promise((resolve) => {
    fn.call(client, req, (e, res) => resolve(e ? { ok: false, diagnostic: rpcErrorDiagnostic(caller, e) } : { ok: true, res }));
  });
}

/** Terraform's diagnostic for a gRPC error from a provider method, named as its Go client method. */
export function rpcErrorDiagnostic(name: string, e: ServiceError): ProviderDiagnostic {
  switch (e.code) {
    case status.UNAVAILABLE:
      return { severity: "error", summary: "Plugin did not respond", detail: `The plugin encountered an error, and failed to respond to the ${name} call. The plugin logs may contain more details.` };
    case status.CANCELLED:
      return { severity: "error", summary: "Request cancelled", detail: `The ${name} request was cancelled.` };
    case status.UNIMPLEMENTED:
      return { severity: "error", summary: "Unsupported plugin method", detail: `The ${name} method is not supported by this plugin.` };
    default:
      return { severity: "error", summary: "Plugin error", detail: `The plugin returned an unexpected error from ${name}: rpc error: code = ${status[e.code]} desc = ${e.details}` };
  }
}

/** Encodes request values and decodes response values for one call, collecting what went wrong. */
export class ClientCodec {
  readonly diagnostics: ProviderDiagnostic[] = [];

  /** A request field: the value as msgpack of type `t`. */
  write(field: string, v: Value, t: Type): PbDynamicValue {
    const bytes = encodeMsgpack(v, t);
    if (!(bytes instanceof DynamicValueError)) return { msgpack: bytes };
    this.diagnostics.push({ severity: "error", summary: "Invalid value for the provider", detail: `The ${field} value cannot be sent to the provider: ${bytes.message}.` });
    return { msgpack: new Uint8Array() };
  }

  /** A response field of type `t`; absent or empty reads as null, an undecodable one as null with an error. */
  read(field: string, m: PbDynamicValue | null | undefined, t: Type): Value {
    if (!m || ((m.msgpack?.length ?? 0) === 0 && (m.json?.length ?? 0) === 0)) return Value.null(t);
    const v = decodeDynamicValue(m, t);
    if (!(v instanceof DynamicValueError)) return v;
    this.diagnostics.push({ severity: "error", summary: "Invalid response from the provider", detail: `The provider returned a ${field} value that cannot be read: ${v.message}.` });
    return Value.null(t);
  }

  /** True when a request value could not be encoded (the call is then not made). */
  get failed(): boolean {
    return this.diagnostics.length > 0;
  }
}

/** Bytes from a response field, or undefined when empty. */
export function bytesOf(b: Uint8Array | null | undefined): Uint8Array | undefined {
  return b && b.length > 0 ? new Uint8Array(b) : undefined;
}

/** `{ [key]: bytes }` when the bytes are present and non-empty, else `{}`. */
export function bytesField<K extends string>(key: K, b: Uint8Array | null | undefined): { [P in K]?: Uint8Array } {
  const v = bytesOf(b);
  return (v ? { [key]: v } : {}) as { [P in K]?: Uint8Array };
}
