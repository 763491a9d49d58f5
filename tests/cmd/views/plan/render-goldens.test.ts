import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderPlan, renderPlanNextStep } from "../../../../cmd/views/plan/index.js";
import { renderDiagnostic } from "../../../../cmd/views/diagnostic-view.js";
import type { PlanMode } from "../../../../core/plans/changes.js";
import { warningDiag } from "../../../../lang/source/diagnostics.js";
import { JsonSyntaxError, readJsonTree, type JsonNode } from "../../../../lang/values/json-tree.js";
import { planFromJson } from "./plan-from-json.js";
import { schemaLookupFromJson } from "./schema-json.js";

// Every scenario in fixtures/render/ (made by fixtures/render/generate.sh with real Terraform) is
// rebuilt as a Plan from its plan.json and rendered with the product name "Terraform"; the result
// must equal what `terraform plan` printed, byte for byte, plain and in colour. The golden files hold
// Terraform's whole stdout: the refresh progress lines at the top come from the walk, not the plan
// view, and are dropped here; then comes the plan, then any warnings (listed in case.json, rendered
// with the diagnostic view), then the closing hint of an applyable plan.

const root = fileURLToPath(new URL("../../../../fixtures/render/", import.meta.url));
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, "expected-plan.txt")));
const schemas = schemaLookupFromJson(readJson(join(root, "schemas.json")));

interface CaseConfig {
  readonly mode?: PlanMode;
  readonly warnings?: readonly { readonly summary: string; readonly detail: string }[];
}

function readJson(path: string): JsonNode {
  const tree = readJsonTree(readFileSync(path, "utf8"));
  if (tree instanceof JsonSyntaxError) throw new Error(`${path}: ${tree.message}`);
  return tree;
}

const PROGRESS = /^(\x1b\[[0-9;]*m)*\S.*: (Refreshing state\.\.\.|Preparing import\.\.\.|Reading\.\.\.|Read complete after )/;

/** The golden without the progress lines Terraform prints before the plan. */
function stripProgress(text: string): string {
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length && PROGRESS.test(lines[i]!)) i++;
  return lines.slice(i).join("\n");
}

interface Rendered {
  readonly plan: string;
  readonly diagnostics: string;
  readonly nextStep: string;
}

function rendered(name: string, color: boolean): Rendered {
  const dir = join(root, name);
  const config: CaseConfig = existsSync(join(dir, "case.json")) ? JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) : {};
  const plan = planFromJson(readJson(join(dir, "plan.json")), schemas, config.mode ?? "normal");
  const opts = { color, productName: "Terraform" };
  const diagnostics = (config.warnings ?? []).map((w) => renderDiagnostic(warningDiag(w.summary, w.detail), () => undefined, { color }));
  return {
    plan: renderPlan(plan, schemas, opts),
    diagnostics: diagnostics.join(""),
    nextStep: plan.applyable && plan.complete ? renderPlanNextStep(opts) : "",
  };
}

const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, "");

describe("renderPlan against Terraform's output", () => {
  it("has scenarios", () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  describe.each(cases)("%s", (name) => {
    it.each([
      ["plain", false, "expected-plan.txt"],
      ["colour", true, "expected-plan-color.txt"],
    ] as const)("%s", (_label, color, golden) => {
      const expected = stripProgress(readFileSync(join(root, name, golden), "utf8"));
      const { plan, diagnostics, nextStep } = rendered(name, color);
      expect(expected.slice(0, plan.length)).toBe(plan);
      expect(expected.slice(expected.length - nextStep.length)).toBe(nextStep);
      // The diagnostic view places its colour resets a little differently from Terraform's; the plan
      // view does not own it, so only its text is compared here.
      expect(stripAnsi(expected.slice(plan.length, expected.length - nextStep.length))).toBe(stripAnsi(diagnostics));
    });
  });
});
