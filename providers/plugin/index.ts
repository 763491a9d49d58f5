// Terraform's plugin protocols 5 and 6 (tfplugin5 and tfplugin6 over gRPC, started by hashicorp/
// go-plugin's handshake, which negotiates the version): the wire parts both sides share (the
// DynamicValue msgpack/JSON codec, schema, diagnostic and path messages, the .proto definitions in
// ./proto, what differs between the versions in protocol-versions.ts), the server that serves a
// Provider to Terraform (used to run the built-in providers as real plugins, bin/terrane-provider.js),
// and the client: starting a plugin process (plugin-process.ts) and a Provider over its RPCs
// (grpc-provider.ts, plugin-provider.ts), with the plugin's log shown as Terraform shows it
// (plugin-log.ts).

export { DynamicValueError, decodeDynamicValue, decodeMsgpack, encodeMsgpack, type DynamicValueMessage } from "./dynamic-value.js";
export { diagnosticFromProto, diagnosticToProto, pathFromProto, pathToProto } from "./diagnostics-message.js";
export { functionFromProto, functionToProto, schemaFromProto, schemaToProto, SchemaMessageError } from "./schema-message.js";
export { pluginServices, type PluginServices } from "./grpc-definitions.js";
export { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, serveProvider, type ServeOptions, type ServeResult } from "./serve.js";
export { BUILTIN_PLUGINS, pluginExecutableName, pluginPackageDir, type BuiltinPlugin } from "./builtin-plugins.js";
export { parseHandshake, PluginStartError, startPlugin, type Handshake, type PluginProcess, type StartPluginOptions } from "./plugin-process.js";
export { selfSignedCertificate, type SelfSignedCertificate } from "./tls-certificate.js";
export type * from "./tfplugin6-messages.js";
export { GrpcProvider } from "./grpc-provider.js";
export { failedProvider, pluginProvider, startFailure, startPluginProvider, type PluginProviderOptions } from "./plugin-provider.js";
export { negotiateVersion, PROTOCOL_VERSIONS, protocolAdapter, type ProtocolAdapter, type ProtocolVersion } from "./protocol-versions.js";
export { PluginLogger, pluginLogSinkFromEnv, type LogLevel, type PluginLogSink } from "./plugin-log.js";
export { nestedAttributeUses } from "./schema-nesting.js";
