import type { Provider } from "../../provider.js";
import { BuiltinProvider } from "../kit/index.js";
import { localFileDataSource } from "./local-file-data-source.js";
import { localFileResource } from "./local-file-resource.js";

// hashicorp/local v2.5 as a built-in provider: local_file and local_sensitive_file, as resources and
// as data sources. Its direxists function is not served (the kit has no provider functions yet).

/** Where relative file names are resolved (the real provider uses the process's directory). */
export interface LocalProviderOptions {
  readonly cwd?: string;
}

/** The local provider. */
export function localProvider(opts: LocalProviderOptions = {}): Provider {
  const cwd = opts.cwd ?? process.cwd();
  return new BuiltinProvider({
    resources: {
      local_file: localFileResource("local_file", cwd),
      local_sensitive_file: localFileResource("local_sensitive_file", cwd),
    },
    dataSources: {
      local_file: localFileDataSource("local_file", cwd),
      local_sensitive_file: localFileDataSource("local_sensitive_file", cwd),
    },
  });
}
