import type { Attribute, BodySchema } from "../../lang/hcl/body.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Config } from "../configs/model.js";

// The arguments of a `module` block, read against the called module's input variables as Terraform's
// ModuleVariableTransformer reads them: every variable is an optional argument, required when it has
// no default, and anything else is an error. The texts are hcl's ("Missing required argument" at the
// block's opening brace, "Unsupported argument" with a did-you-mean).

/** Each variable's argument (when given), and the errors of reading the block against the variables. */
export interface ModuleArguments {
  readonly arguments: ReadonlyMap<string, Attribute>;
  readonly diagnostics: Diagnostic[];
}

/** Reads the arguments a child module's call gives it; a root config has none. */
export function moduleArguments(child: Config): ModuleArguments {
  if (!child.call) return { arguments: new Map(), diagnostics: [] };
  const schema: BodySchema = {
    attributes: [...child.module.variables.values()].map((v) => ({ name: v.name, required: v.default === undefined })),
  };
  const { content, diagnostics } = child.call.config.content(schema);
  return { arguments: content.attributes, diagnostics };
}
