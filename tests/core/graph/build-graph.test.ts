import { describe, expect, it } from "vitest";
import type { Graph } from "../../../core/dag/graph.js";
import { buildGraph, type GraphNode } from "../../../core/graph/index.js";
import { configOf, fixtureDir, loadConfig } from "./config-fixtures.js";

// The configuration graph's nodes and edges, as Terraform's plan and validate builders make them.
// Expectations were checked against `terraform graph -type=plan` where Terraform can run the
// configuration offline (terraform_data, modules); provider resolution follows Terraform's rules
// for providers that cannot be installed here.

function deps(graph: Graph<GraphNode>, name: string): string[] {
  expect(graph.hasNode(name)).toBe(true);
  return graph.dependencies(name).sort();
}

const AWS = 'provider["registry.terraform.io/hashicorp/aws"]';

describe("nodes", () => {
  it("names every kind of node as Terraform's plan graph does", () => {
    const { graph } = buildGraph(loadConfig(fixtureDir("graph-module-tree")));
    expect([...graph.names()].sort()).toEqual([
      "check.networks (expand)",
      "check.networks (report)",
      "data.terraform_remote_state.shared (expand)",
      "local.tags (expand)",
      "local.zones (expand)",
      "module.network (close)",
      "module.network (expand)",
      "module.network.module.subnet (close)",
      "module.network.module.subnet (expand)",
      "module.network.module.subnet.output.id (expand)",
      "module.network.module.subnet.terraform_data.subnet (expand)",
      "module.network.module.subnet.var.name (expand)",
      "module.network.output.subnet_ids (expand)",
      "module.network.var.tags (expand)",
      "module.network.var.zone (expand)",
      "output.first_subnet (expand)",
      'provider["terraform.io/builtin/terraform"]',
      'provider["terraform.io/builtin/terraform"] (close)',
      "root",
      "terraform_data.seed (expand)",
      "var.environment",
      "var.instances",
      "var.instances (validation)",
    ]);
  });

  it("names resources by address alone and has no check report nodes in the validate graph", () => {
    const { graph } = buildGraph(loadConfig(fixtureDir("graph-module-tree")), { walk: "validate" });
    const names = [...graph.names()];
    expect(names).toContain("terraform_data.seed");
    expect(names).toContain("module.network.module.subnet.terraform_data.subnet");
    expect(names.filter((n) => n.includes("(report)"))).toEqual([]);
  });
});

describe("reference edges", () => {
  const config = configOf({
    "main.tf": `
variable "n" {}
locals {
  a = var.n
  b = "\${local.a}-\${count.index}-\${each.key}-\${path.module}-\${terraform.workspace}"
  c = module.child.out
  d = module.child
  e = module.child.missing
}
resource "terraform_data" "r" {
  count            = var.n
  input            = local.a
  triggers_replace = terraform_data.r[0].id
  depends_on       = [local.b]
  lifecycle {
    replace_triggered_by = [terraform_data.s]
    precondition {
      condition     = local.c != ""
      error_message = "\${local.d}"
    }
  }
}
resource "terraform_data" "s" {}
module "child" {
  source = "./child"
  in     = terraform_data.s.output
  count  = length(local.a)
}
check "c" {
  assert {
    condition     = local.e != null
    error_message = "x"
  }
}
`,
    "child/main.tf": `
variable "in" {}
output "out" { value = var.in }
output "other" { value = 1 }
`,
  });
  const { graph, diagnostics } = buildGraph(config);

  it("builds without problems", () => expect(diagnostics).toEqual([]));

  it("connects locals to what they refer to, never to count, each, path or terraform", () => {
    expect(deps(graph, "local.a (expand)")).toEqual(["var.n"]);
    expect(deps(graph, "local.b (expand)")).toEqual(["local.a (expand)"]);
  });

  it("resolves module outputs to the child's output nodes, and whole-module references to all of them and the close node", () => {
    expect(deps(graph, "local.c (expand)")).toEqual(["module.child.output.out (expand)"]);
    const whole = ["module.child (close)", "module.child.output.other (expand)", "module.child.output.out (expand)"];
    expect(deps(graph, "local.d (expand)")).toEqual(whole);
    expect(deps(graph, "local.e (expand)")).toEqual(whole);
  });

  it("makes a child's variables depend on the call's arguments and expansion", () => {
    expect(deps(graph, "module.child.var.in (expand)")).toEqual(["module.child (expand)", "terraform_data.s (expand)"]);
    expect(deps(graph, "module.child (expand)")).toEqual(["local.a (expand)"]);
    expect(deps(graph, "module.child.output.out (expand)")).toEqual(["module.child (expand)", "module.child.var.in (expand)"]);
  });

  it("connects resources through count, body, depends_on, replace_triggered_by and conditions, without self-references", () => {
    expect(deps(graph, "terraform_data.r (expand)")).toEqual([
      "local.a (expand)",
      "local.b (expand)",
      "local.c (expand)",
      "local.d (expand)",
      'provider["terraform.io/builtin/terraform"]',
      "terraform_data.s (expand)",
      "var.n",
    ]);
  });

  it("connects check assertions to what they refer to", () => {
    expect(deps(graph, "check.c (expand)")).toEqual(["check.c (report)", "local.e (expand)"]);
  });

  it("ends with the root node after everything nothing else depends on", () => {
    expect(deps(graph, "root")).toEqual(["check.c (expand)", 'provider["terraform.io/builtin/terraform"] (close)']);
  });
});

describe("resource bodies read without a schema", () => {
  it("connects the references of nested and dynamic blocks, not the iterators", () => {
    const { graph } = buildGraph(
      configOf({
        "main.tf": `
variable "rules" {}
variable "cidr" {}
resource "aws_security_group" "g" {
  ingress {
    cidr_blocks = [var.cidr]
  }
  dynamic "egress" {
    for_each = var.rules
    content {
      from_port = egress.value
    }
  }
}
`,
      }),
    );
    expect(deps(graph, "aws_security_group.g (expand)")).toEqual([AWS, "var.cidr", "var.rules"]);
  });
});

describe("providers", () => {
  const config = configOf({
    "main.tf": `
terraform {
  required_providers {
    acme = { source = "example.com/acme/cloud" }
  }
}
variable "region" {}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
provider "google" {}
resource "aws_instance" "default" {}
resource "aws_instance" "west" {
  provider = aws.west
}
resource "cloud_thing" "t" {
  provider = acme
}
module "passed" {
  source    = "./child"
  providers = { aws = aws.west }
}
module "inherits" {
  source = "./child"
}
module "own" {
  source = "./own"
}
`,
    "child/main.tf": `resource "aws_instance" "c" {}`,
    "own/main.tf": `
provider "aws" {}
resource "aws_instance" "o" {}
`,
  });
  const { graph } = buildGraph(config);

  it("uses the default configuration of the provider a resource type implies", () => {
    expect(deps(graph, "aws_instance.default (expand)")).toEqual([AWS]);
    expect(deps(graph, AWS)).toEqual(["var.region"]);
  });

  it("uses aliased configurations and required_providers local names", () => {
    expect(deps(graph, "aws_instance.west (expand)")).toEqual([`${AWS}.west`]);
    expect(deps(graph, "cloud_thing.t (expand)")).toEqual(['provider["example.com/acme/cloud"]']);
  });

  it("passes configurations into child modules, inherits default ones, and prefers a module's own", () => {
    expect(deps(graph, "module.passed.aws_instance.c (expand)")).toEqual(["module.passed (expand)", `${AWS}.west`]);
    expect(deps(graph, "module.inherits.aws_instance.c (expand)")).toEqual(["module.inherits (expand)", AWS]);
    expect(deps(graph, "module.own.aws_instance.o (expand)")).toEqual(["module.own (expand)", `module.own.${AWS}`]);
    expect(deps(graph, `module.own.${AWS}`)).toEqual(["module.own (expand)"]);
  });

  it("drops configurations nothing uses and closes the rest after their users", () => {
    expect(graph.hasNode('provider["registry.terraform.io/hashicorp/google"]')).toBe(false);
    expect(deps(graph, `${AWS}.west (close)`)).toEqual([
      "aws_instance.west (expand)",
      "module.passed.aws_instance.c (expand)",
      `${AWS}.west`,
    ]);
  });
});

describe("diagnostics", () => {
  it("reports cycles in Terraform's words", () => {
    const { diagnostics } = buildGraph(loadConfig(fixtureDir("validate-locals-cycle")), { walk: "validate" });
    expect(diagnostics.map((d) => d.summary)).toEqual([
      "Cycle: terraform_data.y, terraform_data.x",
      "Cycle: local.c (expand), local.b (expand), local.a (expand)",
    ]);
  });

  it("reports a cycle through a module", () => {
    const { diagnostics } = buildGraph(loadConfig(fixtureDir("validate-module-cycle")));
    expect(diagnostics.map((d) => d.summary)).toEqual([
      "Cycle: module.child.output.name (expand), local.prefix (expand), module.child.var.prefix (expand)",
    ]);
  });

  it("reports module arguments that name no variable and required variables not set", () => {
    const { diagnostics } = buildGraph(loadConfig(fixtureDir("validate-module-arguments")));
    expect(diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Missing required argument", 'The argument "required" is required, but no definition was found.'],
      ["Unsupported argument", 'An argument named "unknown_arg" is not expected here.'],
      ["Unsupported argument", 'An argument named "requird" is not expected here. Did you mean "required"?'],
    ]);
  });
});

describe("size", () => {
  it("builds a graph of thousands of nodes in linear time", () => {
    const locals = Array.from({ length: 3000 }, (_, i) => `  l${i} = ${i === 0 ? "1" : `local.l${i - 1} + 1`}`).join("\n");
    const resources = Array.from({ length: 1000 }, (_, i) => `resource "terraform_data" "r${i}" {\n  input = local.l${i * 3}\n}`).join("\n");
    const config = configOf({ "main.tf": `locals {\n${locals}\n}\n${resources}\n` });
    const start = performance.now();
    const { graph } = buildGraph(config);
    expect(graph.size).toBe(4003);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
