// The built-in hashicorp/null provider, as version 3.2 of the real one behaves: null_resource, whose only
// use is to be replaced when its `triggers` change, and the deprecated null_data_source, with the same
// schemas, plan behaviour and id formats.

import type { Provider } from "../../provider.js";
import { BuiltinProvider } from "../kit/index.js";
import { nullDataSourceType } from "./null-data-source.js";
import { nullResourceType } from "./null-resource.js";

/** A fresh instance of the built-in hashicorp/null provider. */
export function nullProvider(): Provider {
  return new BuiltinProvider({
    resources: { null_resource: nullResourceType() },
    dataSources: { null_data_source: nullDataSourceType() },
  });
}
