import type { GetProviderSchemaResponse } from "../provider.js";
import type { BlockSchema, Schema } from "../schema.js";

// Protocol 5 cannot describe nested attribute types (an attribute whose type is an object of
// attributes with their own required/optional/computed flags, protocol 6's Schema.Object): its
// Schema.Attribute has no nested_type field. A provider whose schema uses them can only be served
// over protocol 6; this finds where it does, so the server can say so instead of sending a schema
// that silently lost those attributes.

/** Where a provider's schemas use nested attribute types, as `resource "aws_x" attribute "a.b"`; empty when nowhere. */
export function nestedAttributeUses(s: GetProviderSchemaResponse): string[] {
  const out: string[] = [];
  const visit = (what: string, schema: Schema | undefined) => {
    for (const path of nestedIn(schema?.block)) out.push(`${what} attribute ${JSON.stringify(path)}`);
  };
  visit("the provider configuration", s.provider);
  visit("provider_meta", s.providerMeta);
  for (const [name, schema] of Object.entries(s.resourceTypes)) visit(`resource type ${JSON.stringify(name)}`, schema);
  for (const [name, schema] of Object.entries(s.dataSources)) visit(`data source ${JSON.stringify(name)}`, schema);
  return out;
}

/** The message explaining why a provider cannot be served over protocol 5. */
export function cannotServeV5Message(uses: readonly string[]): string {
  const list = uses.map((u) => `  - ${u}\n`).join("");
  return (
    "This provider cannot be served over plugin protocol 5: its schema uses nested attribute types, " +
    "which only protocol 6 can describe:\n" +
    list +
    "Serve it over protocol 6 (a host that offers protocol 6, such as Terraform 1.0 or later).\n"
  );
}

function nestedIn(block: BlockSchema | undefined, prefix = ""): string[] {
  if (!block) return [];
  const out: string[] = [];
  for (const [name, a] of Object.entries(block.attributes)) if (a.nested) out.push(`${prefix}${name}`);
  for (const [name, nb] of Object.entries(block.blocks ?? {})) out.push(...nestedIn(nb.block, `${prefix}${name}.`));
  return out;
}
