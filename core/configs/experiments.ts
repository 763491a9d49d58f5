import type { Body } from "../../lang/hcl/body.js";
import { exprAsKeyword } from "../../lang/hcl/static.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { TERRAFORM_COMPAT_VERSION } from "./core-version.js";

// The `experiments` and `language` arguments of `terraform` blocks (configs.sniffActiveExperiments).
// Experiments exist only in alpha releases of Terraform, so any use of them is an error, as in
// Terraform 1.11.4; the only language edition is TF2021.

const FIRST_EDITION = "TF2021";

/** Checks the `experiments` and `language` arguments of a file's `terraform` blocks. */
export function sniffActiveExperiments(body: Body): Diagnostic[] {
  const root = body.partialContent({ blocks: [{ type: "terraform" }] });
  const diagnostics = [...root.diagnostics];
  for (const block of root.content.blocks) {
    const r = block.body.partialContent({ attributes: [{ name: "experiments" }, { name: "language" }] });
    diagnostics.push(...r.diagnostics);
    const language = r.content.attributes.get("language");
    if (language) diagnostics.push(...checkLanguage(exprAsKeyword(language.expr), language.expr.range));
    const experiments = r.content.attributes.get("experiments");
    if (experiments) {
      const detail =
        "Experimental features are intended only for gathering early feedback on new language designs, and so are available only in alpha releases of Terraform.";
      diagnostics.push(errorDiag("Module uses experimental features", detail, experiments.nameRange));
    }
  }
  return diagnostics;
}

function checkLanguage(keyword: string | undefined, subject: Diagnostic["subject"]): Diagnostic[] {
  if (keyword === undefined) {
    const detail = `The language argument expects a bare language edition keyword. Terraform ${TERRAFORM_COMPAT_VERSION} supports only language edition ${FIRST_EDITION}, which is the default.`;
    return [errorDiag("Invalid language edition", detail, subject)];
  }
  if (keyword !== FIRST_EDITION) {
    const detail = `Terraform v${TERRAFORM_COMPAT_VERSION} only supports language edition ${FIRST_EDITION}. This module requires a newer version of Terraform CLI.`;
    return [errorDiag("Unsupported language edition", detail, subject)];
  }
  return [];
}
