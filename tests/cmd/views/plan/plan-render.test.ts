import { describe, expect, it } from "vitest";
import { colorize, renderPlan, renderPlanNextStep, renderPlanSummary, type RenderablePlan } from "../../../../cmd/views/plan/index.js";
import { ModuleInstance } from "../../../../core/addrs/module-instance.js";
import { AbsOutputValue, OutputValue } from "../../../../core/addrs/named-values.js";
import type { OutputChange } from "../../../../core/plans/changes.js";
import { State } from "../../../../core/states/state.js";
import { DynamicPseudoType, objectOf, StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { obj, resourceChange, s } from "./build.js";

// The parts of the plan text around the resource diffs: the product name, the messages for plans
// with nothing to show, the tally, the closing hint, and colorstring's markup. Expected texts follow
// Terraform's, with "Terrane" for its name.

const schemas = () => ({ version: 0, block: { attributes: { id: { type: StringType, computed: true } } } });

function plan(extra: Partial<RenderablePlan>): RenderablePlan {
  return {
    mode: "normal",
    changes: [],
    outputChanges: [],
    driftedResources: [],
    prevRunState: new State(),
    priorState: new State(),
    targets: [],
    forceReplace: [],
    variables: new Map(),
    complete: true,
    errored: false,
    applyable: true,
    timestamp: "",
    ...extra,
  };
}

function output(name: string, before: Value, after: Value, module = ModuleInstance.ROOT): OutputChange {
  return { addr: new AbsOutputValue(module, new OutputValue(name)), sensitive: false, change: { action: "update", before, after } };
}

const NULL = Value.null(objectOf({ id: StringType }));

const ROWS: { name: string; plan: RenderablePlan; expected: string }[] = [
  {
    name: "output changes only, in Terrane's words",
    plan: plan({
      outputChanges: [output("a", s("x"), s("y")), output("hidden", s("x"), s("y"), ModuleInstance.ROOT.child("m"))],
    }),
    expected:
      "\nChanges to Outputs:\n" +
      '  ~ a = "x" -> "y"\n' +
      "\nYou can apply this plan to save these new output values to the Terrane state,\nwithout changing any real infrastructure.\n",
  },
  {
    name: "nothing to show after an error",
    plan: plan({ complete: false, errored: true, applyable: false }),
    expected: "\nPlanning failed. Terrane encountered an error while generating this plan.\n\n",
  },
  {
    name: "a deleted data resource is not shown",
    plan: plan({
      applyable: false,
      changes: [resourceChange({ action: "delete", mode: "data", before: obj({ id: s("d") }), after: NULL })],
    }),
    expected:
      "\nNo changes. Your infrastructure matches the configuration.\n\n" +
      "Terrane has compared your real infrastructure against your configuration and\nfound no differences, so no changes are needed.\n",
  },
  {
    name: "an unknown output of unknown type",
    plan: plan({ outputChanges: [{ ...output("o", Value.null(DynamicPseudoType), Value.unknown(DynamicPseudoType)), change: { action: "create", before: Value.null(DynamicPseudoType), after: Value.unknown(DynamicPseudoType) } }] }),
    expected:
      "\nChanges to Outputs:\n" +
      "  + o = (known after apply)\n" +
      "\nYou can apply this plan to save these new output values to the Terrane state,\nwithout changing any real infrastructure.\n",
  },
];

describe("renderPlan", () => {
  it.each(ROWS)("$name", ({ plan: p, expected }) => {
    expect(renderPlan(p, schemas, { color: false })).toBe(expected);
  });

  it("wraps to the given width", () => {
    const text = renderPlan(plan({ applyable: false }), schemas, { color: false, width: 40 });
    expect(text).toBe(
      "\nNo changes. Your infrastructure matches the configuration.\n\n" +
        "Terrane has compared your real\ninfrastructure against your\nconfiguration and found no differences,\nso no changes are needed.\n",
    );
  });
});

describe("renderPlanSummary", () => {
  it.each([
    [{ actions: new Map([["create", 1]] as const), importing: 0 }, "\nPlan: 1 to add, 0 to change, 0 to destroy.\n"],
    [{ actions: new Map([["delete-then-create", 2], ["update", 1]] as const), importing: 0 }, "\nPlan: 2 to add, 1 to change, 2 to destroy.\n"],
    [{ actions: new Map([["create-then-delete", 1], ["delete", 1]] as const), importing: 3 }, "\nPlan: 3 to import, 1 to add, 0 to change, 2 to destroy.\n"],
  ])("%#", (counts, expected) => {
    expect(renderPlanSummary(counts, false)).toBe(expected);
  });

  it("colours the label as Terraform does", () => {
    expect(renderPlanSummary({ actions: new Map(), importing: 0 }, true)).toBe("\n\x1b[1mPlan:\x1b[0m 0 to add, 0 to change, 0 to destroy.\n\x1b[0m");
  });
});

describe("renderPlanNextStep", () => {
  it("explains how to apply a saved plan", () => {
    expect(renderPlanNextStep({ color: false, planPath: "tf plan" })).toBe(
      `\n${"─".repeat(77)}\n\nSaved the plan to: tf plan\n\nTo perform exactly these actions, run the following command to apply:\n    terrane apply "tf plan"\n`,
    );
  });

  it("warns that an unsaved plan may change", () => {
    expect(renderPlanNextStep({ color: false })).toBe(
      `\n${"─".repeat(77)}\n\nNote: You didn't use the -out option to save this plan, so Terrane can't\nguarantee to take exactly these actions if you run "terrane apply" now.\n`,
    );
  });
});

describe("colorize", () => {
  it.each([
    ["[red]x[reset]", true, "\x1b[31mx\x1b[0m\x1b[0m"],
    ["[red]x[reset]", false, "x"],
    ["plain", true, "plain"],
    ["[RED] and [unknown] stay", true, "[RED] and [unknown] stay"],
    ["[toString]", true, "[toString]"],
    ["[bold][dark_gray]a", true, "\x1b[1m\x1b[90ma\x1b[0m"],
  ])("%s (colour %s)", (markup, color, expected) => {
    expect(colorize(markup, color)).toBe(expected);
  });
});
