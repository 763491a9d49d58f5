import type { Type } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";
import type { ProviderDiagnostic } from "../provider.js";
import { DynamicValueError, decodeDynamicValue, encodeMsgpack } from "./dynamic-value.js";
import type { PbDynamicValue } from "./tfplugin6-messages.js";

// DynamicValue fields of requests and responses with problems as diagnostics: a request field that
// does not decode becomes an error diagnostic (and a null of its type) rather than an exception, so
// each RPC answers with what went wrong, as HashiCorp's SDKs do.

/** Collects the diagnostics of the values read and written for one RPC. */
export class ValueCodec {
  readonly diagnostics: ProviderDiagnostic[] = [];

  /** Reads a request's DynamicValue field of type `t`; absent or bad values read as null. */
  read(field: string, m: PbDynamicValue | null | undefined, t: Type): Value {
    if (!m || ((m.msgpack?.length ?? 0) === 0 && (m.json?.length ?? 0) === 0)) return Value.null(t);
    const v = decodeDynamicValue(m, t);
    if (v instanceof DynamicValueError) {
      this.diagnostics.push({ severity: "error", summary: `Invalid ${field} value`, detail: `The ${field} value sent to the provider could not be read: ${v.message}.` });
      return Value.null(t);
    }
    return v;
  }

  /** Reads an optional field (provider_meta): undefined when absent or null. */
  readOptional(field: string, m: PbDynamicValue | null | undefined, t: Type): Value | undefined {
    const v = this.read(field, m, t);
    return v.isNull ? undefined : v;
  }

  /** Writes a response's DynamicValue field as msgpack of type `t`. */
  write(field: string, v: Value, t: Type): PbDynamicValue {
    const bytes = encodeMsgpack(v, t);
    if (bytes instanceof DynamicValueError) {
      this.diagnostics.push({ severity: "error", summary: `Invalid ${field} value`, detail: `The provider returned a ${field} value that cannot be sent: ${bytes.message}.` });
      return { msgpack: encodeMsgpack(Value.null(t), t) as Uint8Array };
    }
    return { msgpack: bytes };
  }

  /** True when a request value could not be read (the provider is then not called). */
  get failed(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }
}
