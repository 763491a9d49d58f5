import { describe, expect, test } from "vitest";
import { loadModule } from "../../../core/configs/index.js";
import { formatRange } from "../../../lang/source/range.js";
import { typeExprString } from "../../../lang/types/type.js";
import { toJS } from "../../helpers/values.js";
import { fixture, tfDiags } from "./loader-helpers.js";

// Variables, locals, outputs and module arguments in detail (load-named-values). The diagnostics are
// what `terraform validate -json` printed for the fixture.

describe("load-named-values", () => {
  const r = loadModule(fixture("load-named-values"), { displayDir: "." });
  const m = r.module;

  test("diagnostics as Terraform reports them", () => {
    expect(tfDiags(r.diagnostics)).toEqual([
      'E locals.tf.json:1,24(23)-1,28(27) | Invalid local value name | "A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes."',
      'E main.tf:13,21(183)-13,36(198) | Invalid variable validation condition | "The condition for variable \\"other\\" must refer to var.other in order to test incoming values."',
      'W main.tf:20,17(293)-20,35(311) | Quoted references are deprecated | "In this context, references are expected literally rather than in quotes. Terraform 0.11 and earlier required quotes, but quoted references are now deprecated and will be removed in a future version of Terraform. Remove the quotes surrounding this reference to silence this warning."',
    ]);
  });

  test("a default is checked after the type's optional-attribute defaults are applied", () => {
    const shape = m.variables.get("shape")!;
    expect(typeExprString(shape.type)).toBe("object({a=optional(string),b=number})");
    expect(toJS(shape.typeDefaults!.defaultValues!.get("a")!)).toBe("x");
    expect(toJS(shape.default!.value(null).value)).toEqual({ b: 1 });
  });

  test("the validation rule is kept even when its condition refers elsewhere", () => {
    expect(m.variables.get("other")!.validations).toHaveLength(1);
  });

  test("a quoted reference in depends_on becomes the reference, ranged over the quoted string", () => {
    const deps = m.outputs.get("refs")!.dependsOn;
    expect(deps.map((t) => t.map((s) => ("name" in s ? s.name : "?")).join("."))).toEqual(["terraform_data.r", "module.child"]);
    expect(formatRange(deps[0]![0].range)).toBe("main.tf:20,18-32");
  });

  test("locals from JSON, invalid names included", () => {
    expect([...m.locals.keys()]).toEqual(["ok", "1x"]);
  });

  test("the _ block escapes meta-argument names into the child's arguments", () => {
    const call = m.moduleCalls.get("child")!;
    expect(call.source).toBe("./child");
    const { content, diagnostics } = call.config.content({ attributes: [{ name: "source" }, { name: "input" }] });
    expect(toJS(content.attributes.get("source")!.expr.value(null).value)).toBe("escaped");
    expect(toJS(content.attributes.get("input")!.expr.value(null).value)).toBe(1);
    expect(tfDiags(diagnostics)).toEqual(['E main.tf:29,5(415)-29,10(420) | Duplicate argument | "Argument \\"input\\" was already set at main.tf:25,3-8"']);
  });
});

test("an output without a value (already an error) evaluates to null at the block's opening brace", () => {
  const r = loadModule(fixture("load-invalid-outputs-locals"), { displayDir: "." });
  const out = r.module.outputs.get("a")!;
  expect(out.expr.value(null).value.isNull).toBe(true);
  expect(formatRange(out.expr.range)).toBe("main.tf:1,12-12");
});
