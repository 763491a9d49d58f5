import type { Block, Body, BodySchema } from "../../lang/hcl/body.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { decodeCheckBlock } from "./check.js";
import { sniffCoreVersionRequirements } from "./core-version.js";
import { sniffActiveExperiments } from "./experiments.js";
import { emptyFileContents, type FileContents } from "./file-contents.js";
import { decodeImportBlock } from "./import.js";
import { decodeLocalsBlock } from "./locals.js";
import { decodeModuleBlock } from "./module-call.js";
import { decodeMovedBlock } from "./moved.js";
import { decodeOutputBlock } from "./output.js";
import { decodeProviderBlock } from "./provider-block.js";
import { decodeRemovedBlock } from "./removed.js";
import { decodeResourceBlock } from "./resource.js";
import { decodeTerraformBlock } from "./terraform-block.js";
import { decodeVariableBlock } from "./variable.js";

/** The top-level block types of a configuration file, in Terraform's order (configs.configFileSchema). */
export const CONFIG_FILE_SCHEMA: BodySchema = {
  blocks: [
    { type: "terraform" },
    { type: "required_providers" },
    { type: "provider", labelNames: ["name"] },
    { type: "variable", labelNames: ["name"] },
    { type: "locals" },
    { type: "output", labelNames: ["name"] },
    { type: "module", labelNames: ["name"] },
    { type: "resource", labelNames: ["type", "name"] },
    { type: "data", labelNames: ["type", "name"] },
    { type: "ephemeral", labelNames: ["type", "name"] },
    { type: "moved" },
    { type: "removed" },
    { type: "import" },
    { type: "check", labelNames: ["name"] },
  ],
};

/**
 * Decodes the body of one configuration file into what it declares (configs.parseConfigFile):
 * `required_version` and experiments first, then every top-level block with its own decoder.
 * Override files relax required arguments and forbid some block types.
 */
export function parseConfigFile(body: Body, override: boolean): { contents: FileContents; diagnostics: Diagnostic[] } {
  const contents = emptyFileContents();
  const versions = sniffCoreVersionRequirements(body);
  contents.coreVersionConstraints.push(...versions.constraints);
  const diagnostics = [...versions.diagnostics, ...sniffActiveExperiments(body)];
  const { content, diagnostics: contentDiags } = body.content(CONFIG_FILE_SCHEMA);
  diagnostics.push(...contentDiags);
  for (const block of content.blocks) diagnostics.push(...decodeTopLevelBlock(block, override, contents));
  return { contents, diagnostics };
}

function decodeTopLevelBlock(block: Block, override: boolean, into: FileContents): Diagnostic[] {
  switch (block.type) {
    case "terraform":
      return decodeTerraformBlock(block, into);
    case "required_providers": {
      const detail = 'A "required_providers" block must be nested inside a "terraform" block.';
      return [errorDiag("Invalid required_providers block", detail, block.typeRange)];
    }
    case "provider":
      return collect(decodeProviderBlock(block), (r) => r.provider && into.providerConfigs.push(r.provider));
    case "variable":
      return collect(decodeVariableBlock(block, override), (r) => into.variables.push(r.variable));
    case "locals":
      return collect(decodeLocalsBlock(block), (r) => into.locals.push(...r.locals));
    case "output":
      return collect(decodeOutputBlock(block, override), (r) => into.outputs.push(r.output));
    case "module":
      return collect(decodeModuleBlock(block, override), (r) => into.moduleCalls.push(r.call));
    default:
      return decodeResourceLikeBlock(block, override, into);
  }
}

// The blocks decoded by the resource-side decoders.
function decodeResourceLikeBlock(block: Block, override: boolean, into: FileContents): Diagnostic[] {
  switch (block.type) {
    case "resource":
      return collect(decodeResourceBlock(block, "managed"), (r) => r.resource && into.managedResources.push(r.resource));
    case "data":
      return collect(decodeResourceBlock(block, "data"), (r) => r.resource && into.dataResources.push(r.resource));
    case "moved":
      return collect(decodeMovedBlock(block), (r) => r.moved && into.moved.push(r.moved));
    case "import":
      return collect(decodeImportBlock(block), (r) => r.import && into.imports.push(r.import));
    case "removed":
      return collect(decodeRemovedBlock(block), (r) => r.removed && into.removed.push(r.removed));
    case "check":
      if (override) return [errorDiag("Can't override check blocks", "Override files cannot override check blocks.", block.defRange)];
      return collect(decodeCheckBlock(block), (r) => r.check && into.checks.push(r.check));
    case "ephemeral": {
      const detail = 'Terrane does not support ephemeral resources yet, so "ephemeral" blocks cannot be used.';
      return [errorDiag("Ephemeral resources are not supported by Terrane", detail, block.defRange)];
    }
    default:
      throw new Error(`configuration file schema has no decoder for block type ${block.type}`);
  }
}

function collect<R extends { diagnostics: Diagnostic[] }>(result: R, store: (r: R) => unknown): Diagnostic[] {
  store(result);
  return result.diagnostics;
}
