import type { Block, BodySchema } from "../../lang/hcl/body.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { FileContents } from "./file-contents.js";
import { checkProviderNameNormalized } from "./provider-name.js";
import { decodeRequiredProvidersBlock } from "./required-providers.js";

// The nested blocks of a `terraform` block: backend, cloud, required_providers and provider_meta.
// `required_version`, `experiments` and `language` are read separately, before the rest of the file
// (core-version.ts, experiments.ts).

const TERRAFORM_BLOCK_SCHEMA: BodySchema = {
  attributes: [{ name: "required_version" }, { name: "experiments" }, { name: "language" }],
  blocks: [
    { type: "backend", labelNames: ["type"] },
    { type: "cloud" },
    { type: "required_providers" },
    { type: "provider_meta", labelNames: ["provider"] },
  ],
};

const CLOUD_DETAIL =
  'Terrane does not support HCP Terraform or Terraform Enterprise, so a "cloud" block cannot be used. Use a "backend" block to choose where state is stored.';

/** Decodes a `terraform` block into the file's contents. */
export function decodeTerraformBlock(block: Block, into: FileContents): Diagnostic[] {
  const { content, diagnostics } = block.body.content(TERRAFORM_BLOCK_SCHEMA);
  for (const inner of content.blocks) {
    switch (inner.type) {
      case "backend":
        into.backends.push({ type: inner.labels[0]!, config: inner.body, declRange: inner.defRange });
        break;
      case "cloud":
        into.clouds.push({ declRange: inner.defRange });
        diagnostics.push(errorDiag("Terraform Cloud is not supported by Terrane", CLOUD_DETAIL, inner.defRange));
        break;
      case "required_providers": {
        const r = decodeRequiredProvidersBlock(inner);
        diagnostics.push(...r.diagnostics);
        if (r.requirements) into.requiredProviders.push(r.requirements);
        break;
      }
      case "provider_meta":
        diagnostics.push(...decodeProviderMeta(inner, into));
        break;
    }
  }
  return diagnostics;
}

// provider_meta must hold constant arguments only (configs.decodeProviderMetaBlock).
function decodeProviderMeta(block: Block, into: FileContents): Diagnostic[] {
  const { attributes, diagnostics } = block.body.justAttributes();
  if (hasErrors(diagnostics)) return diagnostics;
  for (const attr of attributes.values()) diagnostics.push(...attr.expr.value(null).diagnostics);
  diagnostics.push(...checkProviderNameNormalized(block.labels[0]!, block.defRange));
  into.providerMetas.push({ provider: block.labels[0]!, config: block.body, declRange: block.defRange });
  return diagnostics;
}
