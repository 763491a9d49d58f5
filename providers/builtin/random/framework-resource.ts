import { mapOf, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { ApplyResourceChangeResponse, ImportResourceStateResponse, ProviderDiagnostic } from "../../provider.js";
import { impliedType, type Schema, type SchemaAttribute } from "../../schema.js";
import { storePlanned, type ManagedResourceType } from "../kit/index.js";
import { planFramework, type FrameworkPlanRules } from "./framework-plan.js";
import { frameworkUpgrade, type StateUpgrader } from "./framework-state.js";

// A managed resource type written as the random and null providers write theirs with the plugin
// framework: a schema with plan modifiers and defaults, a Create that makes the object, an Update that
// stores the plan, an empty Read and Delete, and optionally ImportState (refused with the framework's
// message otherwise) and state upgraders.

/** What one framework-style resource type defines. */
export interface FrameworkResourceSpec {
  readonly typeName: string;
  readonly schema: Schema;
  readonly rules: FrameworkPlanRules;
  /** Checks of the configuration beyond its types (the schema's validators). */
  readonly validate?: (config: Value) => readonly ProviderDiagnostic[];
  /** Makes the object from the planned state (whose computed attributes are unknown). */
  readonly create: (planned: Value) => Promise<CreateResult> | CreateResult;
  /** Builds the state of an existing object from its import id. */
  readonly import?: (id: string) => ImportResult | Promise<ImportResult>;
  /** Readers of stored state of older schema versions, by version. */
  readonly upgraders?: Readonly<Record<number, StateUpgrader>>;
}

/** A Create's outcome: the new object's attributes (absent when it failed) and diagnostics. */
export interface CreateResult {
  readonly attributes?: Readonly<Record<string, Value>>;
  readonly diagnostics: readonly ProviderDiagnostic[];
}

/** An ImportState's outcome: the imported object's attributes (absent when it failed) and diagnostics. */
export type ImportResult = CreateResult;

/** The kit's resource type for a framework-style spec. */
export function frameworkResource(spec: FrameworkResourceSpec): ManagedResourceType {
  const type = impliedType(spec.schema.block);
  return {
    schema: spec.schema,
    validate: (config) => spec.validate?.(config) ?? [],
    plan: (req) => planFramework(spec.schema, req, spec.rules),
    async apply(req): Promise<ApplyResourceChangeResponse> {
      if (req.plannedState.isNull) return { newState: req.plannedState, diagnostics: [] };
      if (!req.priorState.isNull) return storePlanned(req);
      const r = await spec.create(req.plannedState);
      return { newState: r.attributes ? objectOfSchema(spec.schema, r.attributes) : Value.null(type), diagnostics: r.diagnostics };
    },
    import: async (id: string) => (spec.import ? imported(spec, await spec.import(id)) : IMPORT_NOT_IMPLEMENTED),
    upgrade: frameworkUpgrade(spec.schema, spec.upgraders ?? {}),
  };
}

const IMPORT_NOT_IMPLEMENTED: ImportResourceStateResponse = {
  importedResources: [],
  diagnostics: [
    {
      severity: "error",
      summary: "Resource Import Not Implemented",
      detail: "This resource does not support import. Please contact the provider developer for additional information.",
    },
  ],
};

function imported(spec: FrameworkResourceSpec, r: ImportResult): ImportResourceStateResponse {
  if (!r.attributes) return { importedResources: [], diagnostics: r.diagnostics };
  const state = objectOfSchema(spec.schema, r.attributes);
  return { importedResources: [{ typeName: spec.typeName, state }], diagnostics: r.diagnostics };
}

/** An object of the schema's type with these attributes and null for the others. */
export function objectOfSchema(schema: Schema, attributes: Readonly<Record<string, Value>>): Value {
  const type = impliedType(schema.block);
  if (type.kind !== "object") throw new Error("a block's implied type is an object");
  const m = new Map<string, Value>();
  for (const [name, t] of type.attributes) m.set(name, attributes[name] ?? Value.null(t));
  return Value.of(type, m);
}

/** Description of `keepers`, shared by every random resource. */
export const KEEPERS_DESCRIPTION =
  "Arbitrary map of values that, when changed, will trigger recreation of resource. " +
  "See [the main provider documentation](../index.html) for more information.";

/** The `keepers` attribute every random resource has. */
export const KEEPERS_ATTRIBUTE: SchemaAttribute = { type: mapOf(StringType), optional: true, description: KEEPERS_DESCRIPTION };

/** The message the provider appends to errors of the machine's randomness. */
export const RETRY_MSG =
  "Retry the Terraform operation. If the error still occurs or happens regularly, please contact the provider developer " +
  "with hardware and operating system information.\n\n";
