import type { ServerDuplexStream, ServerWritableStream, UntypedServiceImplementation, sendUnaryData } from "@grpc/grpc-js";

// The services hashicorp/go-plugin's server runs beside the plugin's own, which its client (Terraform)
// calls: GRPCController.Shutdown ends the plugin, GRPCStdio.StreamStdio carries what the plugin writes
// to stdout after the handshake, GRPCBroker.StartStream is held open (providers never broker extra
// connections), and grpc.health.v1.Health reports the "plugin" service as serving.

/** What the go-plugin services need from the process serving them. */
export interface PluginProcess {
  /** Stops serving and exits (after the Shutdown answer is sent). */
  shutdown(): void;
  /** Registers where stdout text goes once the host streams it; returns a function that stops it. */
  onStdout(send: (text: Uint8Array) => void): () => void;
}

/** plugin.GRPCController. */
export function controllerService(p: PluginProcess): UntypedServiceImplementation {
  return {
    Shutdown: (_call: unknown, callback: sendUnaryData<object>) => {
      callback(null, {});
      setTimeout(() => p.shutdown(), 10);
    },
  };
}

/** plugin.GRPCStdio: one long-lived stream of stdout chunks. */
export function stdioService(p: PluginProcess): UntypedServiceImplementation {
  return {
    StreamStdio: (call: ServerWritableStream<object, object>) => {
      const stop = p.onStdout((data) => call.write({ channel: "STDOUT", data: Buffer.from(data) }));
      call.on("cancelled", stop);
      call.on("close", stop);
    },
  };
}

/** plugin.GRPCBroker: accepted and held open until the host ends it. */
export function brokerService(): UntypedServiceImplementation {
  return {
    StartStream: (call: ServerDuplexStream<object, object>) => {
      call.on("data", () => {});
      call.on("end", () => call.end());
      call.on("error", () => {});
    },
  };
}

const SERVING = { status: "SERVING" };

/** grpc.health.v1.Health: the plugin serves while it runs. */
export function healthService(): UntypedServiceImplementation {
  return {
    Check: (_call: unknown, callback: sendUnaryData<object>) => callback(null, SERVING),
    Watch: (call: ServerWritableStream<object, object>) => {
      call.write(SERVING);
      call.on("cancelled", () => call.end());
    },
  };
}
