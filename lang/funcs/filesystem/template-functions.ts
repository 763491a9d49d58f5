import { parseTemplate } from "../../syntax/parse.js";
import { hasErrors } from "../../source/diagnostics.js";
import { DynamicPseudoType, StringType } from "../../types/type.js";
import { convert, ConversionError } from "../../types/convert.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FuncContext, type FunctionSpec } from "../function.js";
import { fileSpec } from "./file-functions.js";
import { diagnosticsText, renderTemplate, templateResult } from "./template-render.js";

// templatefile and templatestring: render Terraform template syntax with a given set of variables.

function templateFile(pathArg: Value, vars: Value, ctx: FuncContext): Value | FuncError {
  if (!vars.isKnown) return Value.unknown(DynamicPseudoType);
  const content = fileSpec.impl([pathArg], StringType, ctx);
  if (content instanceof FuncError) return content;
  const parsed = parseTemplate(content.asString(), pathArg.asString());
  if (hasErrors(parsed.diagnostics)) return new FuncError(diagnosticsText(parsed.diagnostics));
  const rendered = renderTemplate(parsed.expr, vars, ctx, true);
  if (rendered instanceof FuncError) return rendered;
  return templateResult(rendered, vars).mark(content.marks);
}

/** templatefile(path, vars): the file's content rendered as a template with vars; any result type. */
export const templatefileSpec: FunctionSpec = {
  description:
    "`templatefile` reads the file at the given path and renders its content as a template using a supplied set of template variables.",
  params: [
    { name: "path", type: StringType, allowMarked: true },
    { name: "vars", type: DynamicPseudoType, allowUnknown: true },
  ],
  returnType: staticReturnType(DynamicPseudoType),
  impl: ([path, vars], _t, ctx) => templateFile(path!, vars!, ctx),
};

function templateString(template: Value, vars: Value, ctx: FuncContext): Value | FuncError {
  const parsed = parseTemplate(template.asString(), "<templatestring argument>");
  if (hasErrors(parsed.diagnostics)) return new FuncError(`invalid template: ${diagnosticsText(parsed.diagnostics)}`, 0);
  const rendered = renderTemplate(parsed.expr, vars, ctx, false);
  if (rendered instanceof FuncError) return rendered;
  const str = convert(rendered, StringType);
  if (str instanceof ConversionError) return new FuncError(`invalid template result: ${str.message}`);
  return str.mark(template.marks);
}

/** templatestring(template, vars): a template held in a string, rendered with vars to a string. */
export const templatestringSpec: FunctionSpec = {
  description:
    "`templatestring` takes a string from elsewhere in the module and renders its content as a template using a supplied set of template variables.",
  params: [
    { name: "template", type: StringType, allowMarked: true },
    { name: "vars", type: DynamicPseudoType },
  ],
  returnType: staticReturnType(StringType),
  impl: ([template, vars], _t, ctx) => templateString(template!, vars!, ctx),
};
