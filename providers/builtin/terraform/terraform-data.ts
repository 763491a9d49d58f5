import { randomBytes } from "node:crypto";
import { DynamicPseudoType, StringType } from "../../../lang/types/type.js";
import { JsonError } from "../../../lang/values/json-marshal.js";
import { unmarshalTyped } from "../../../lang/values/json-typed.js";
import { rawEquals, Value } from "../../../lang/values/value.js";
import type { ValuePath } from "../../../lang/values/path.js";
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  ImportResourceStateResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  ProviderDiagnostic,
  UpgradeResourceStateResponse,
} from "../../provider.js";
import { impliedType, type Schema } from "../../schema.js";
import { providerError, type ManagedResourceType } from "../kit/index.js";

// terraform_data (internal/builtin/providers/terraform/resource_data.go): a resource that stores a
// value of any type in state. `output` follows `input` (unknown in the plan whenever input changes),
// `id` is a random UUID made on create, and a change of `triggers_replace` replaces the object.

/** The terraform_data schema: input, output and triggers_replace of any type, a computed string id. */
export const TERRAFORM_DATA_SCHEMA: Schema = {
  version: 0,
  block: {
    attributes: {
      input: { type: DynamicPseudoType, optional: true },
      output: { type: DynamicPseudoType, computed: true },
      triggers_replace: { type: DynamicPseudoType, optional: true },
      id: { type: StringType, computed: true },
    },
  },
};

/** The terraform_data resource type. */
export const terraformData: ManagedResourceType = {
  schema: TERRAFORM_DATA_SCHEMA,
  validate: validateData,
  plan: planData,
  apply: applyData,
  import: importData,
  upgrade: upgradeData,
};

function validateData(config: Value): ProviderDiagnostic[] {
  if (config.isNull) return [];
  // Terraform core does not reject computed-only attributes set in configuration; the provider does.
  return ["id", "output"]
    .filter((name) => !attr(config, name).isNull)
    .map((name) => providerError(`${JSON.stringify(name)} attribute is read-only`));
}

function planData(req: PlanResourceChangeRequest): PlanResourceChangeResponse {
  const proposed = req.proposedNewState;
  if (proposed.isNull) return { plannedState: proposed, requiresReplace: [], diagnostics: [] };
  const planned = new Map(proposed.entries());
  const input = attr(proposed, "input");
  const prior = req.priorState;
  const requiresReplace: ValuePath[] = [];
  if (prior.isNull) {
    planned.set("id", Value.unknown(StringType));
    planned.set("output", outputFor(input));
  } else if (!rawEquals(attr(prior, "triggers_replace"), attr(proposed, "triggers_replace"))) {
    requiresReplace.push([{ attr: "triggers_replace" }]);
    planned.set("id", Value.unknown(StringType));
    planned.set("output", outputFor(input));
  } else if (!rawEquals(attr(prior, "input"), input)) {
    planned.set("output", Value.unknown(input.type));
  }
  return { plannedState: Value.object(planned), requiresReplace, diagnostics: [] };
}

/** The planned output of a new object: its type always matches the input's, even when null. */
function outputFor(input: Value): Value {
  return input.isNull ? input : Value.unknown(input.type);
}

function applyData(req: ApplyResourceChangeRequest): ApplyResourceChangeResponse {
  const planned = req.plannedState;
  if (planned.isNull) return { newState: planned, diagnostics: [] };
  const state = new Map(planned.entries());
  if (!attr(planned, "output").isKnown) state.set("output", attr(planned, "input"));
  if (!attr(planned, "id").isKnown) state.set("id", Value.string(generateUUID()));
  return { newState: Value.object(state), diagnostics: [] };
}

/** Only the id is known on import; the configuration fills in the rest on the next plan. */
function importData(id: string): ImportResourceStateResponse {
  const state = Value.object({
    id: Value.string(id),
    input: Value.null(DynamicPseudoType),
    output: Value.null(DynamicPseudoType),
    triggers_replace: Value.null(DynamicPseudoType),
  });
  return { importedResources: [{ typeName: "terraform_data", state }], diagnostics: [] };
}

/** Every stored version is read with the current schema, as Terraform does. */
function upgradeData(_version: number, rawStateJson: string): UpgradeResourceStateResponse {
  const type = impliedType(TERRAFORM_DATA_SCHEMA.block);
  const v = unmarshalTyped(rawStateJson, type);
  if (v instanceof JsonError) return { upgradedState: Value.null(type), diagnostics: [providerError(v.message)] };
  return { upgradedState: v, diagnostics: [] };
}

/** hashicorp/go-uuid's GenerateUUID: 16 random bytes in the 8-4-4-4-12 hex layout, no version bits. */
function generateUUID(): string {
  const h = randomBytes(16).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function attr(v: Value, name: string): Value {
  return v.entries().get(name) ?? Value.null(DynamicPseudoType);
}
