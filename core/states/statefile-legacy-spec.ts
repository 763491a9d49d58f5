import type { Decoded, Spec } from "./go-json-decode.js";
import type { GoJsonNode } from "./go-json-parse.js";

// The JSON structures of state format versions 1 to 3 (Terraform before 0.12; version 3 shares
// version 2's structs), as decoder schemas, and the version 2 shape that every legacy file is brought
// to before its upgrade to version 4.

const REMOTE = { kind: "ptr", of: { kind: "struct", fields: { type: { kind: "string" }, config: { kind: "map", of: { kind: "string" } } } } } as const satisfies Spec;
const STRINGS = { kind: "slice", of: { kind: "string" } } as const satisfies Spec;

const INSTANCE_V1 = {
  kind: "ptr",
  of: { kind: "struct", fields: { id: { kind: "string" }, attributes: { kind: "map", of: { kind: "string" } }, meta: { kind: "map", of: { kind: "string" } } } },
} as const satisfies Spec;

const RESOURCE_V1 = {
  kind: "ptr",
  of: {
    kind: "struct",
    fields: {
      type: { kind: "string" },
      depends_on: STRINGS,
      primary: INSTANCE_V1,
      tainted: { kind: "slice", of: INSTANCE_V1 },
      deposed: { kind: "slice", of: INSTANCE_V1 },
      provider: { kind: "string" },
    },
  },
} as const satisfies Spec;

/** Format version 1 (stateV1). */
export const STATE_V1_SPEC = {
  kind: "struct",
  fields: {
    version: { kind: "int64" },
    serial: { kind: "int64" },
    remote: REMOTE,
    modules: {
      kind: "slice",
      of: {
        kind: "ptr",
        of: {
          kind: "struct",
          fields: { path: STRINGS, outputs: { kind: "map", of: { kind: "string" } }, resources: { kind: "map", of: RESOURCE_V1 }, depends_on: STRINGS },
        },
      },
    },
  },
} as const satisfies Spec;

const INSTANCE_V2 = {
  kind: "ptr",
  of: {
    kind: "struct",
    fields: { id: { kind: "string" }, attributes: { kind: "map", of: { kind: "string" } }, meta: { kind: "map", of: { kind: "any" } }, tainted: { kind: "bool" } },
  },
} as const satisfies Spec;

const RESOURCE_V2 = {
  kind: "ptr",
  of: {
    kind: "struct",
    fields: { type: { kind: "string" }, depends_on: STRINGS, primary: INSTANCE_V2, deposed: { kind: "slice", of: INSTANCE_V2 }, provider: { kind: "string" } },
  },
} as const satisfies Spec;

const OUTPUT_V2 = { kind: "ptr", of: { kind: "struct", fields: { sensitive: { kind: "bool" }, type: { kind: "string" }, value: { kind: "any" } } } } as const satisfies Spec;

/** Format versions 2 and 3 (stateV2, stateV3). */
export const STATE_V2_SPEC = {
  kind: "struct",
  fields: {
    version: { kind: "int64" },
    terraform_version: { kind: "string" },
    serial: { kind: "int64" },
    lineage: { kind: "string" },
    remote: REMOTE,
    backend: { kind: "ptr", of: { kind: "struct", fields: { type: { kind: "string" }, config: { kind: "raw" }, hash: { kind: "uint64" } } } },
    modules: {
      kind: "slice",
      of: {
        kind: "ptr",
        of: { kind: "struct", fields: { path: STRINGS, outputs: { kind: "map", of: OUTPUT_V2 }, resources: { kind: "map", of: RESOURCE_V2 }, depends_on: STRINGS } },
      },
    },
  },
} as const satisfies Spec;

/** A decoded version 1 document. */
export type StateV1 = Decoded<typeof STATE_V1_SPEC>;

/** A decoded version 2 or 3 document. */
export type StateV2 = Decoded<typeof STATE_V2_SPEC>;

/** A module of a version 2 or 3 document. */
export type ModuleV2 = NonNullable<NonNullable<StateV2["modules"]>[number]>;

/** A resource instance entry (`type.name.N`) of a version 2 or 3 document. */
export type ResourceV2 = NonNullable<NonNullable<ModuleV2["resources"]> extends Map<string, infer R> ? R : never>;

/** One object (primary or deposed) of a version 2 or 3 document. */
export type InstanceV2 = NonNullable<ResourceV2["primary"]>;

/** A synthetic string node, for values that version 1 kept as plain strings. */
export function stringNode(value: string): GoJsonNode {
  return { kind: "string", value, start: 0, end: 0 };
}
