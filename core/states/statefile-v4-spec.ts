import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { CHECK_RESULT_SPEC } from "./check-results.js";
import type { Decoded, GoDecodeError, Spec } from "./go-json-decode.js";

// The JSON structure of state format version 4 (Terraform's stateV4 and the structs under it) as a
// decoder schema, and the diagnostics Terraform gives when a file does not fit it.

const INSTANCE_SPEC = {
  kind: "struct",
  fields: {
    index_key: { kind: "any" },
    status: { kind: "string" },
    deposed: { kind: "string" },
    schema_version: { kind: "uint64" },
    attributes: { kind: "raw" },
    attributes_flat: { kind: "map", of: { kind: "string" } },
    sensitive_attributes: { kind: "raw" },
    private: { kind: "bytes" },
    dependencies: { kind: "slice", of: { kind: "string" } },
    create_before_destroy: { kind: "bool" },
  },
} as const satisfies Spec;

const RESOURCE_SPEC = {
  kind: "struct",
  fields: {
    module: { kind: "string" },
    mode: { kind: "string" },
    type: { kind: "string" },
    name: { kind: "string" },
    each: { kind: "string" },
    provider: { kind: "string" },
    instances: { kind: "slice", of: INSTANCE_SPEC },
  },
} as const satisfies Spec;

const OUTPUT_SPEC = {
  kind: "struct",
  fields: { value: { kind: "raw" }, type: { kind: "raw" }, sensitive: { kind: "bool" } },
} as const satisfies Spec;

/** The whole v4 document; `version` accepts anything, as stateVersionV4's UnmarshalJSON does. */
export const STATE_V4_SPEC = {
  kind: "struct",
  fields: {
    version: { kind: "raw" },
    terraform_version: { kind: "string" },
    serial: { kind: "uint64" },
    lineage: { kind: "string" },
    outputs: { kind: "map", of: OUTPUT_SPEC },
    resources: { kind: "slice", of: RESOURCE_SPEC },
    check_results: { kind: "slice", of: CHECK_RESULT_SPEC },
  },
} as const satisfies Spec;

/** A decoded v4 document. */
export type StateV4 = Decoded<typeof STATE_V4_SPEC>;

/** A decoded resource of a v4 document. */
export type ResourceV4 = Decoded<typeof RESOURCE_SPEC>;

/** A decoded instance object of a v4 document. */
export type InstanceV4 = Decoded<typeof INSTANCE_SPEC>;

/** The summary of diagnostics about a file that is a state file but not a well-formed one. */
export const INVALID_FORMAT = "Invalid state file format";

/** Terraform's jsonUnmarshalDiags: a decoding failure as a diagnostic. */
export function jsonUnmarshalDiagnostic(e: GoDecodeError): Diagnostic {
  if (e.kind === "other") {
    return errorDiag(INVALID_FORMAT, `The state file does not conform to the expected JSON data structure: ${e.message}.`);
  }
  if (e.field !== "") return errorDiag(INVALID_FORMAT, `The state file field ${goQuote(e.field)} has invalid value ${e.value}`);
  return errorDiag(INVALID_FORMAT, "The state file does not conform to the expected JSON data structure.");
}
