import { describe, expect, test } from "vitest";
import { js, toJS } from "../../helpers/values.js";
import { convert, ConversionError } from "../../../lang/types/convert.js";
import { applyDefaults } from "../../../lang/types/defaults.js";
import { exactType, typeConstraint, typeConstraintWithDefaults } from "../../../lang/types/type-constraint.js";
import { typeExprString } from "../../../lang/types/type.js";
import { Mark } from "../../../lang/values/marks.js";
import { Value } from "../../../lang/values/value.js";
import { evalConstant, parseTypeExpr } from "./type-syntax.js";

// Diagnostics and ranges are Terraform v1.11's for `variable "x" { type = T }` (terraform validate
// -json), shifted to an expression starting at byte 0; values are `var.x` in terraform console.

function withDefaults(src: string) {
  return typeConstraintWithDefaults(parseTypeExpr(src), evalConstant);
}

describe("valid type constraints", () => {
  const rows: [src: string, want: string][] = [
    ["string", "string"],
    ["number", "number"],
    ["bool", "bool"],
    ["any", "dynamic"],
    ["list(string)", "list(string)"],
    ["set(any)", "set(dynamic)"],
    ["map(list(number))", "map(list(number))"],
    ["tuple([string, number])", "tuple([string,number])"],
    ["tuple([])", "tuple([])"],
    ["object({})", "object({})"],
    ["object({a=string, b=optional(number, 5)})", "object({a=string,b=optional(number)})"],
    ["map(object({a=string, b=optional(number)}))", "map(object({a=string,b=optional(number)}))"],
    ["set(object({b=optional(list(string), [\"x\"])}))", "set(object({b=optional(list(string))}))"],
    ["list(string...)", "list(string)"],
    ["list(string,)", "list(string)"],
    ["object({true = bool, false = bool, null = any})", "object({false=bool,null=dynamic,true=bool})"],
  ];
  test.each(rows)("%s", (src, want) => {
    const r = withDefaults(src);
    expect(r.diagnostics).toEqual([]);
    expect(typeExprString(r.type)).toBe(want);
  });

  test("defaults are kept converted to the attribute's type, nested under their types", () => {
    const r = withDefaults('map(object({a=optional(string, 1), b=optional(object({c=optional(number, "7")}), {})}))');
    const d = r.defaults!;
    expect(typeExprString(d.type)).toBe("map(object({a=optional(string),b=optional(object({c=optional(number)}))}))");
    const obj = d.children!.get("")!;
    expect(toJS(obj.defaultValues!.get("a")!)).toBe("1");
    expect(typeExprString(obj.defaultValues!.get("b")!.type)).toBe("object({c=number})");
    expect(toJS(obj.children!.get("b")!.defaultValues!.get("c")!)).toBe(7);
  });

  test("a constraint without defaults has none", () => {
    expect(withDefaults("list(object({a=optional(string)}))").defaults).toBeUndefined();
  });
});

describe("invalid type constraints", () => {
  const SPEC = "Invalid type specification";
  const rows: [src: string, summary: string, detail: string, start: number, end: number][] = [
    ["list", SPEC, "The list type constructor requires one argument specifying the element type.", 0, 4],
    ["object", SPEC, "The object type constructor requires one argument specifying the attribute types and values as a map.", 0, 6],
    ["tuple", SPEC, "The tuple type constructor requires one argument specifying the element types as a list.", 0, 5],
    ["list(string, number)", SPEC, "The list type constructor requires one argument specifying the element type.", 13, 19],
    ["list()", SPEC, "The list type constructor requires one argument specifying the element type.", 4, 6],
    ["list(list)", SPEC, "The list type constructor requires one argument specifying the element type.", 5, 9],
    ["string(1)", SPEC, 'Primitive type keyword "string" does not expect arguments.', 6, 9],
    ["any(1)", SPEC, 'Type constraint keyword "any" does not expect arguments.', 3, 6],
    ["foo", SPEC, 'The keyword "foo" is not a valid type specification.', 0, 3],
    ["foo(string)", SPEC, 'Keyword "foo" is not a valid type constructor.', 0, 11],
    ["provider::foo::list(string)", SPEC, 'Keyword "provider::foo::list" is not a valid type constructor.', 0, 27],
    ["(string)", SPEC, "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).", 0, 8],
    ['"string"', SPEC, "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).", 0, 8],
    ["optional(string)", SPEC, 'Keyword "optional" is valid only as a modifier for object type attributes.', 0, 8],
    ["object({a=optional()})", SPEC, "Optional attribute modifier requires the attribute type as its argument.", 18, 20],
    ["object({a=optional(string, 1, 2)})", SPEC, "Optional attribute modifier expects at most two arguments: the attribute type, and a default value.", 18, 32],
    ['object({"a"=string})', SPEC, "Object constructor map keys must be attribute names.", 8, 11],
    ["object({(a)=string})", SPEC, "Object constructor map keys must be attribute names.", 8, 11],
    ["object({a=string, a=number})", SPEC, "Object constructor map keys must be unique.", 18, 19],
    ["object([string])", SPEC, "Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.", 7, 15],
    ["tuple({a=string})", SPEC, "Tuple type constructor requires a list of element types.", 6, 16],
    ["tuple([string, foo])", SPEC, 'The keyword "foo" is not a valid type specification.', 15, 18],
    [
      'object({a=optional(number, "x")})',
      "Invalid default value for optional attribute",
      "This default value is not compatible with the attribute's type constraint: a number is required.",
      27,
      30,
    ],
  ];
  test.each(rows)("%s", (src, summary, detail, start, end) => {
    const r = withDefaults(src);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect([d.severity, d.summary, d.detail]).toEqual(["error", summary, detail]);
    expect(d.subject!.start).toEqual({ line: 1, column: start + 1, byte: start });
    expect(d.subject!.end).toEqual({ line: 1, column: end + 1, byte: end });
  });

  test("a default that is not a constant is reported by the evaluator and not used", () => {
    const r = withDefaults("object({a=optional(string, var.y)})");
    expect(r.diagnostics.map((d) => [d.summary, d.detail, d.subject!.start.byte, d.subject!.end.byte])).toEqual([
      ["Variables not allowed", "Variables may not be used here.", 27, 30],
    ]);
    expect(typeExprString(r.type)).toBe("object({a=string})");
    expect(r.defaults).toBeUndefined();
  });

  test("too many arguments: the extra ones are the subject, the parentheses the context", () => {
    const d = withDefaults("map(string, number, bool)").diagnostics[0]!;
    expect([d.subject!.start.byte, d.subject!.end.byte]).toEqual([12, 24]);
    expect([d.context!.start.byte, d.context!.end.byte]).toEqual([3, 25]);
  });

  test("a bad attribute leaves the rest of the object type", () => {
    const r = withDefaults("object({a=foo, b=string})");
    expect(r.diagnostics).toHaveLength(1);
    expect(typeExprString(r.type)).toBe("object({a=dynamic,b=string})");
  });

  test("the first of duplicated attributes wins", () => {
    const r = withDefaults('object({a=optional(string, "x"), a=optional(number)})');
    expect(typeExprString(r.type)).toBe("object({a=optional(string)})");
    expect(toJS(r.defaults!.defaultValues!.get("a")!)).toBe("x");
  });

  test("without defaults, optional() takes one argument", () => {
    const d = typeConstraint(parseTypeExpr('object({a=optional(string, "x")})')).diagnostics[0]!;
    expect(d.detail).toBe("Optional attribute modifier expects only one argument: the attribute type.");
  });

  test("exact types allow neither any nor optional()", () => {
    expect(exactType(parseTypeExpr("list(any)")).diagnostics[0]!.detail).toBe(
      'The keyword "any" cannot be used in this type specification: an exact type is required.',
    );
    const r = exactType(parseTypeExpr("object({a=optional(string)})"));
    expect(r.diagnostics[0]!.detail).toBe("Optional attribute modifier is only for type constraints, not for exact types.");
    expect([r.diagnostics[0]!.subject!.start.byte, r.diagnostics[0]!.subject!.end.byte]).toEqual([10, 18]);
    expect(typeExprString(r.type)).toBe("object({a=string})");
  });
});

describe("applyDefaults then convert, as Terraform treats variable values", () => {
  const rows: [type: string, value: unknown, want: unknown][] = [
    ["list(object({a=string, b=optional(number, 5)}))", [{ a: "x" }, { a: "y", b: 1 }], [{ a: "x", b: 5 }, { a: "y", b: 1 }]],
    [
      'map(object({a=optional(string, "d"), b=optional(list(string), ["q"])}))',
      { k: {}, j: { a: "z" } },
      { j: { a: "z", b: ["q"] }, k: { a: "d", b: ["q"] } },
    ],
    ["object({a=optional(object({b=optional(number, 7)}), {})})", {}, { a: { b: 7 } }],
    ["object({a=optional(object({b=optional(number, 7)}))})", {}, { a: null }],
    ["object({a=optional(object({b=optional(number, 7)}))})", { a: {} }, { a: { b: 7 } }],
    ["set(object({a=optional(number, 1)}))", [{ a: 2 }, {}], [{ a: 1 }, { a: 2 }]],
    ["object({a=optional(string, 1)})", {}, { a: "1" }],
    ["tuple([object({a=optional(number, 3)}), string])", [{}, "s"], [{ a: 3 }, "s"]],
    ["object({a=optional(list(number), [])})", {}, { a: [] }],
    ["object({a=optional(any, 1)})", {}, { a: 1 }],
    ["object({a=optional(map(string), {x=1})})", {}, { a: { x: "1" } }],
    ["object({a=string, b=optional(number, 5)})", { a: "x", b: null }, { a: "x", b: 5 }],
    ["list(object({a=optional(number)}))", [{ a: 1 }, {}], [{ a: 1 }, { a: null }]],
  ];
  test.each(rows)("%s", (src, value, want) => {
    const r = withDefaults(src);
    expect(r.diagnostics).toEqual([]);
    const filled = r.defaults ? applyDefaults(js(value), r.defaults) : js(value);
    const converted = convert(filled, r.type);
    expect(converted).not.toBeInstanceOf(ConversionError);
    expect(toJS(converted as Value)).toEqual(want);
  });

  test("null and unknown values are left alone; marks are kept", () => {
    const d = withDefaults("object({a=optional(number, 1)})").defaults!;
    const n = Value.null(js({}).type);
    expect(applyDefaults(n, d)).toBe(n);
    const u = Value.unknown(js({}).type);
    expect(applyDefaults(u, d)).toBe(u);
    expect(toJS(applyDefaults(js({}).mark(Mark.Sensitive), d))).toEqual({ sensitive: { a: 1 } });
  });

  test("an unknown attribute with a non-null default becomes known not to be null", () => {
    const d = withDefaults("object({a=optional(number, 1)})").defaults!;
    const v = applyDefaults(Value.object({ a: Value.unknown(js(1).type) }), d);
    expect(v.entries().get("a")!.refinement).toEqual({ notNull: true });
  });
});
