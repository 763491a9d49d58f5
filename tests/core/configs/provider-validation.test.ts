import { describe, expect, test } from "vitest";
import { buildConfig } from "../../../core/configs/index.js";
import { fixture, tfDiags } from "./loader-helpers.js";

// Terraform's validateProviderConfigs, for the cases that fixtures/validate-invalid cannot hold as
// whole-command goldens. Each fixtures/config/provider-validation-* was given to `terraform validate
// -json` (Terraform 1.11.4, after `terraform init -backend=false -plugin-dir=/opt/tf-plugins`) and the
// diagnostics it printed while loading the configuration are pasted here. Two differences from the raw
// output are recorded where they occur: Terraform's walk error "missing provider" (which has no range
// and comes after loading), and the random (Go map) order of required_providers entries.

const REDUNDANT = (source: string) =>
  JSON.stringify(
    'Earlier versions of Terraform used empty provider blocks ("proxy provider configurations") for child modules to declare their need to be passed a provider configuration by their callers. That approach was ambiguous and is now deprecated.\n\n' +
      'If you control this module, you can migrate to the new declaration syntax by removing all of the empty provider "terraform" blocks and then adding or updating an entry like the following to the required_providers block of module.m:\n' +
      `    terraform = {\n      source = "${source}"\n    }`,
  );

const EXPECTED: Record<string, string[]> = {
  // Terraform then fails the walk with `missing provider module.mid.provider["registry.terraform.io/hashicorp/aws"]`.
  "provider-validation-missing-passed": [
    'W main.tf:3,1(19)-3,13(31) | Missing required provider configuration | "The configuration for module.mid expects to inherit a configuration for provider hashicorp/aws with local name \\"aws\\", but the root module doesn\'t pass a configuration under that name.\\n\\nTo satisfy this requirement, add an entry for \\"aws\\" to the \\"providers\\" argument in the module \\"mid\\" block."',
  ],
  // An aliased name the child never declares, of a provider outside the hashicorp namespace: an error.
  "provider-validation-undeclared-alias": [
    'E main.tf:12,5(152)-12,10(157) | Reference to undefined provider | "The child module does not declare any provider requirement with the local name \\"other.x\\".\\n\\nIf you also control the child module, you can add a required_providers entry named \\"other.x\\" with the source address \\"example.com/acme/other\\" to accept this provider configuration."',
  ],
  // Terraform picks which of the two entries is the duplicate in map order; this is its output when
  // it visits them in declaration order, the order Terrane uses.
  "provider-validation-duplicates": [
    'W main.tf:6,9(90)-8,6(128) | Duplicate required provider | "Provider hashicorp/aws with the local name \\"b\\" was previously required as \\"a\\". A provider can only be required once within required_providers."',
  ],
  // Terraform 1.11 resolves provider types and checks them even when a child module has errors.
  "provider-validation-load-error": [
    'E m/main.tf:11,1(139)-11,9(147) | Unsupported block type | "Blocks of type \\"nonsense\\" are not expected here."',
    'E main.tf:12,17(153)-12,20(156) | Provider type mismatch | "The local name \\"aws\\" in the root module represents provider \\"hashicorp/aws\\", but \\"terraform\\" in module.m represents \\"terraform.io/builtin/terraform\\".\\n\\nEach provider has its own distinct configuration schema and provider types, so this module\'s \\"terraform\\" can be assigned only a configuration for terraform.io/builtin/terraform, which is not required by module.m."',
    `W m/main.tf:9,1(114)-9,21(134) | Redundant empty provider block | ${REDUNDANT("terraform.io/builtin/terraform")}`,
  ],
  // In JSON, a provider object holding only a "//" comment is empty; one with any other property is not.
  "provider-validation-json": [
    'E main.tf:3,12(41)-3,13(42) | Module is incompatible with count, for_each, and depends_on | "The module at module.m is a legacy module which contains its own local provider configurations, and so calls to it may not use the count, for_each, or depends_on arguments.\\n\\nIf you also control the module \\"./m\\", consider updating this module to instead expect provider configurations to be passed by its caller."',
    `W m/main.tf.json:3,18(35)-3,19(36) | Redundant empty provider block | ${REDUNDANT("hashicorp/terraform")}`,
  ],
};

describe("provider configuration checks across the module tree", () => {
  test.each(Object.keys(EXPECTED))("%s", (name) => {
    const r = buildConfig(fixture(name), { displayDir: "." });
    expect(tfDiags(r.diagnostics)).toEqual(EXPECTED[name]);
  });

  test("a module called with for_each that configures no provider is accepted", () => {
    const r = buildConfig(fixture("graph-locals-outputs"), { displayDir: "." });
    expect(tfDiags(r.diagnostics)).toEqual([]);
  });
});
