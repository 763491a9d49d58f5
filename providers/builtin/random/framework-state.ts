import { JsonError } from "../../../lang/values/json-marshal.js";
import { isJsonObject, JsonSyntaxError, readJsonTree, type JsonNode } from "../../../lang/values/json-tree.js";
import { valueFromTree } from "../../../lang/values/json-typed.js";
import { Value } from "../../../lang/values/value.js";
import type { ProviderDiagnostic, UpgradeResourceStateResponse } from "../../provider.js";
import { impliedType, type Schema } from "../../schema.js";
import { providerError } from "../kit/index.js";

// UpgradeResourceState as terraform-plugin-framework runs it: the stored JSON of an older schema
// version is read with that version's schema (attributes the schema does not have are ignored, as the
// framework's IgnoreUndefinedAttributes does), handed to the upgrader registered for the version, and a
// version without an upgrader is refused with the framework's own message.

/** An upgrader for one prior schema version: its schema and the function that makes a current object. */
export interface StateUpgrader {
  readonly prior: Schema;
  readonly upgrade: (prior: Value) => UpgradeResourceStateResponse;
}

/** The `upgrade` of a framework resource with these upgraders (keyed by the version they read). */
export function frameworkUpgrade(
  current: Schema,
  upgraders: Readonly<Record<number, StateUpgrader>>,
): (version: number, rawStateJson: string) => UpgradeResourceStateResponse {
  return (version: number, rawStateJson: string): UpgradeResourceStateResponse => {
    const nothing = Value.null(impliedType(current.block));
    const upgrader = upgraders[version];
    if (!upgrader) return { upgradedState: nothing, diagnostics: [noUpgrader(version, Object.keys(upgraders).length > 0)] };
    const prior = readStateJson(rawStateJson, upgrader.prior);
    if (prior instanceof JsonError) {
      const detail =
        `There was an error reading the saved resource state using the prior resource schema defined for version ${version} upgrade.\n\n` +
        `Please report this to the provider developer:\n\n${prior.message}`;
      return { upgradedState: nothing, diagnostics: [providerError("Unable to Read Previously Saved State for UpgradeResourceState", detail)] };
    }
    return upgrader.upgrade(prior);
  };
}

/** Reads stored state JSON as an object of the schema's type, ignoring attributes the schema does not have. */
export function readStateJson(text: string, schema: Schema): Value | JsonError {
  const tree = readJsonTree(text);
  if (tree instanceof JsonSyntaxError) return new JsonError(tree.message);
  const type = impliedType(schema.block);
  return valueFromTree(withKnownAttributes(tree, new Set(Object.keys(schema.block.attributes))), type, "");
}

function withKnownAttributes(tree: JsonNode, names: ReadonlySet<string>): JsonNode {
  if (!isJsonObject(tree)) return tree;
  return { object: new Map([...tree.object].filter(([k]) => names.has(k))) };
}

function noUpgrader(version: number, hasUpgraders: boolean): ProviderDiagnostic {
  const how = hasUpgraders ? "with" : "without";
  const detail =
    `This resource was implemented ${how} an UpgradeState() method, however Terraform was expecting an implementation for version ${version} upgrade.\n\n` +
    "This is always an issue with the Terraform Provider and should be reported to the provider developer.";
  return providerError("Unable to Upgrade Resource State", detail);
}
