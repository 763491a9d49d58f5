import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinFunctions } from "../../../lang/funcs/registry.js";
import { typeToJSON } from "../../../lang/types/type-json.js";

// golden/terraform-functions.json is what `terraform metadata functions -json` printed (Terraform 1.11.4).
interface TfParam {
  name: string;
  type: unknown;
  is_nullable?: boolean;
}
interface TfSignature {
  return_type: unknown;
  parameters?: TfParam[];
  variadic_parameter?: TfParam;
}
const golden = JSON.parse(readFileSync(new URL("./golden/terraform-functions.json", import.meta.url), "utf8")) as {
  function_signatures: Record<string, TfSignature>;
};
const EVALUATOR_FUNCTIONS = new Set(["try", "can", "core::try", "core::can"]);
// Terraform still defines list() and map() (calling them reports their removal in v0.12) but leaves
// them out of the metadata.
const REMOVED_FUNCTIONS = ["list", "map", "core::list", "core::map"];
const expected = Object.entries(golden.function_signatures).filter(([name]) => !EVALUATOR_FUNCTIONS.has(name));

describe("built-in function signatures match Terraform's", () => {
  const registry = builtinFunctions();

  it("has every Terraform function and no other", () => {
    const ours = [...registry.keys()].filter((n) => !REMOVED_FUNCTIONS.includes(n)).sort();
    expect(ours).toEqual(expected.map(([n]) => n).sort());
  });

  it.each(expected)("%s", (name, sig) => {
    const spec = registry.get(name);
    expect(spec, `missing ${name}`).toBeDefined();
    if (!spec) return;
    const params = spec.params.map((p) => ({ name: p.name, type: typeToJSON(p.type), nullable: !!p.allowNull }));
    const want = (sig.parameters ?? []).map((p) => ({ name: p.name, type: p.type, nullable: !!p.is_nullable }));
    expect(params).toEqual(want);
    const variadic = spec.varParam
      ? { name: spec.varParam.name, type: typeToJSON(spec.varParam.type), nullable: !!spec.varParam.allowNull }
      : undefined;
    const wantVariadic = sig.variadic_parameter
      ? { name: sig.variadic_parameter.name, type: sig.variadic_parameter.type, nullable: !!sig.variadic_parameter.is_nullable }
      : undefined;
    expect(variadic).toEqual(wantVariadic);
  });
});
