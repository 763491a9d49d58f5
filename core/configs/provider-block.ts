import type { Block, BodySchema } from "../../lang/hcl/body.js";
import { errorDiag, hasErrors, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { BAD_IDENTIFIER_DETAIL, decodeString, validIdentifier } from "./decode-value.js";
import type { ProviderDecl } from "./file-contents.js";
import { checkProviderNameNormalized } from "./provider-name.js";
import { decodeVersionConstraint } from "./version-attribute.js";

const RESERVED_ARGUMENTS = ["count", "depends_on", "for_each", "source"];

const PROVIDER_SCHEMA: BodySchema = {
  attributes: [{ name: "alias" }, { name: "version" }, ...RESERVED_ARGUMENTS.map((name) => ({ name }))],
  blocks: [{ type: "lifecycle" }, { type: "locals" }],
};

const VERSION_DEPRECATED =
  "Terraform 0.13 and earlier allowed provider version constraints inside the provider configuration block, but that is now deprecated and will be removed in a future version of Terraform. To silence this warning, move the provider version constraint into the required_providers block.";

/**
 * Decodes a `provider` block (configs.decodeProviderBlock): the local name and alias are checked, the
 * legacy `version` argument warns, reserved names are errors, and every other argument and block is
 * kept as the configuration body for the provider's schema. No result when the name is invalid.
 */
export function decodeProviderBlock(block: Block): { provider?: ProviderDecl; diagnostics: Diagnostic[] } {
  const { content, remain, diagnostics } = block.body.partialContent(PROVIDER_SCHEMA);
  const name = block.labels[0]!;
  const nameDiags = checkProviderNameNormalized(name, block.defRange);
  diagnostics.push(...nameDiags);
  if (hasErrors(nameDiags)) return { diagnostics };
  const provider: ProviderDecl = { name, config: remain, declRange: block.defRange };
  const alias = content.attributes.get("alias");
  if (alias) {
    const r = decodeString(alias.expr);
    diagnostics.push(...r.diagnostics);
    provider.alias = r.value ?? "";
    if (!validIdentifier(provider.alias)) {
      diagnostics.push(errorDiag("Invalid provider configuration alias", `An alias must be a valid name. ${BAD_IDENTIFIER_DETAIL}`));
    }
  }
  const version = content.attributes.get("version");
  if (version) {
    diagnostics.push(warningDiag("Version constraints inside provider configuration blocks are deprecated", VERSION_DEPRECATED, version.expr.range));
    const r = decodeVersionConstraint(version);
    diagnostics.push(...r.diagnostics);
    if (r.constraint) provider.version = r.constraint.text;
  }
  for (const reserved of RESERVED_ARGUMENTS) {
    const attr = content.attributes.get(reserved);
    if (!attr) continue;
    const detail = `The provider argument name ${goQuote(reserved)} is reserved for use by Terraform in a future version.`;
    diagnostics.push(errorDiag("Reserved argument name in provider block", detail, attr.nameRange));
  }
  for (const inner of content.blocks) {
    const detail = `The block type name ${goQuote(inner.type)} is reserved for use by Terraform in a future version.`;
    diagnostics.push(errorDiag("Reserved block type name in provider block", detail, inner.typeRange));
  }
  return { provider, diagnostics };
}
