import { describe, expect, it } from "vitest";
import { pathRange } from "../../../core/schemas/index.js";
import type { PathStep } from "../../../lang/values/path.js";
import { js } from "../../helpers/values.js";
import { expectedRows, loadFixture, row } from "./schema-fixtures.js";

// Where a provider's diagnostic about a path of the decoded value goes (tfdiags.InConfigBody). The
// first rows are diagnostics the aws provider returned in the fixtures' golden files (those with an
// `address`): each path is the attribute the provider named, and the range must be the one
// Terraform printed. The others place indexes and keys inside expressions and nested blocks.

type Row = readonly [fixture: string, address: string, path: readonly (string | number | PathStep)[], range: string];

const FROM_TERRAFORM: readonly Row[] = [
  ["provider-side-checks", "aws_instance.computed", ["arn"], "main.tf:10:20-10:27"],
  ["provider-side-checks", "aws_instance.computed", ["public_ip"], "main.tf:11:20-11:29"],
  ["provider-side-checks", "aws_instance.computed", ["cpu_core_count"], "main.tf:12:20-12:21"],
  ["provider-side-checks", "aws_s3_bucket.deprecated", ["acl"], "main.tf:17:12-17:21"],
  ["valid-s3-bucket", "aws_s3_bucket.logs", ["versioning"], "main.tf:7:33-7:34"],
  ["valid-lb-listener", "aws_lb_listener.front", ["load_balancer_arn"], "main.tf:12:23-12:31"],
  ["dynamic-iterator", "aws_lb_listener.nested", ["default_action", 0, "forward", 0, "target_group", 0, "arn"], "main.tf:14:37-14:38"],
];

const PLACED: readonly Row[] = [
  ["valid-instance", "aws_instance.web", ["vpc_security_group_ids", 1], "main.tf:15:37-15:43"],
  ["valid-instance", "aws_instance.web", ["vpc_security_group_ids", 7], "main.tf:15:3-15:25"],
  ["valid-instance", "aws_instance.web", ["tags", { key: "Name" }], "main.tf:17:13-17:16"],
  ["valid-instance", "aws_instance.web", ["tags", { key: "Other" }], "main.tf:16:3-16:7"],
  ["valid-instance", "aws_instance.web", ["root_block_device", 0, "volume_size"], "main.tf:21:19-21:21"],
  ["valid-instance", "aws_instance.web", ["ebs_block_device", 1, "volume_size"], "main.tf:31:19-31:23"],
  ["valid-instance", "aws_instance.web", ["ebs_block_device", { element: js({ device_name: "/dev/sdb" }) }, "device_name"], "main.tf:11:31-11:32"],
  ["valid-instance", "aws_instance.web", ["metadata_options", 0, "http_endpoint"], "main.tf:34:20-34:21"],
  ["valid-instance", "aws_instance.web", [0, "ami"], "main.tf:11:31-11:32"],
  ["valid-instance", "aws_instance.web", ["ami"], "main.tf:12:28-12:40"],
];

function step(s: string | number | PathStep): PathStep {
  return typeof s === "string" ? { attr: s } : typeof s === "number" ? { index: s } : s;
}

function rangeOf(fixture: string, address: string, path: Row[2]): string | undefined {
  const r = loadFixture(fixture).managedResources.get(address)!;
  const at = pathRange(r.config, path.map(step));
  return row({ severity: "error", summary: "", subject: at }).range;
}

describe("pathRange", () => {
  it.each(FROM_TERRAFORM)("%s %s %j: where terraform put the provider's diagnostic", (fixture, address, path, range) => {
    expect(expectedRows(fixture).some((r) => r.address === address && r.range === range)).toBe(true);
    expect(rangeOf(fixture, address, path)).toBe(range);
  });

  it.each(PLACED)("%s %s %j", (fixture, address, path, range) => {
    expect(rangeOf(fixture, address, path)).toBe(range);
  });
});
