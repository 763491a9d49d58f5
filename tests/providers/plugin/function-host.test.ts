// Provider functions called synchronously through SyncFunctionHost (a worker thread owning an
// unconfigured testcloud plugin process), and the function table core builds from them: found only
// under a required_providers local name, arguments' marks moved to the result, unknown arguments
// answered with an unknown result without calling the provider, the provider's errors as FuncErrors.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { buildConfig } from "../../../core/configs/config-builder.js";
import { Mark } from "../../../lang/values/marks.js";
import { withProviderFunctions, type SyncProviderFunctions } from "../../../core/eval/provider-functions.js";
import { callFunction } from "../../../lang/funcs/call.js";
import { NumberType, StringType } from "../../../lang/types/type.js";
import { BigNum } from "../../../lang/values/number.js";
import { Value } from "../../../lang/values/value.js";
import { SyncFunctionHost } from "../../../providers/plugin/function-host.js";
import { testcloudPluginDir, TESTCLOUD_SOURCE } from "../../helpers/test-provider.js";

const num = (n: number) => Value.number(BigNum.parse(String(n))!);
let host: SyncFunctionHost;

beforeAll(() => {
  const [exe] = testcloudPluginDir(join(mkdtempSync(join(tmpdir(), "terrane-fnhost-")), "plugins"));
  host = SyncFunctionHost.start(exe!, { address: TESTCLOUD_SOURCE });
});

afterAll(() => host.close());

describe("SyncFunctionHost", () => {
  it("reports the plugin's function signatures and calls them synchronously", () => {
    const decls = host.functions();
    if ("error" in decls) throw new Error(String(decls.error));
    expect(decls.cidr_host!.parameters.map((p) => p.name)).toEqual(["prefix", "hostnum"]);
    expect(host.call("cidr_host", [Value.string("10.0.0.0/24"), num(5)]).result?.asString()).toBe("10.0.0.5");
    expect(host.call("cidr_host", [Value.string("10.0.0.0/24"), num(-2)]).result?.asString()).toBe("10.0.0.254");
  });

  it("passes on the provider's errors with the argument they blame, and refuses unknown names", () => {
    expect(host.call("cidr_host", [Value.string("nope"), num(1)]).error).toEqual({ text: "invalid CIDR address: nope", functionArgument: 0 });
    expect(host.call("missing", []).error?.text).toBe('provider has no function named "missing"');
  });

  it("reports a plugin that cannot start instead of hanging", () => {
    const broken = SyncFunctionHost.start("/nonexistent/terraform-provider-x");
    try {
      const r = broken.functions();
      expect("error" in r && r.error).toMatch(/Failed to load plugin schemas|ENOENT|no such file/);
    } finally {
      broken.close();
    }
  });
});

describe("provider functions in the function table", () => {
  const dir = mkdtempSync(join(tmpdir(), "terrane-fnhost-config-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "main.tf"), `terraform {\n  required_providers {\n    tc = { source = "${TESTCLOUD_SOURCE}" }\n  }\n}\n`);
  const config = buildConfig(dir).config;
  const source = (p: { toString(): string }): SyncProviderFunctions | undefined => (p.toString() === TESTCLOUD_SOURCE ? host : undefined);
  const table = withProviderFunctions(new Map(), config, source);

  it("offers a provider's functions under its local name only", () => {
    expect(table.get("provider::tc::cidr_host")).toBeDefined();
    expect(table.get("provider::testcloud::cidr_host")).toBeUndefined();
    expect(table.get("provider::tc::nope")).toBeUndefined();
    expect([...table.keys()]).toEqual(["provider::tc::cidr_host"]);
  });

  it("moves marks to the result and answers unknown arguments without a call", () => {
    const spec = table.get("provider::tc::cidr_host")!;
    const marked = callFunction("provider::tc::cidr_host", spec, [Value.string("10.1.0.0/16").mark(Mark.Sensitive), num(1)], { baseDir: "." });
    expect("value" in marked && marked.value.marks === Mark.Sensitive).toBe(true);
    expect("value" in marked && marked.value.unmark().asString()).toBe("10.1.0.1");
    const unknown = callFunction("provider::tc::cidr_host", spec, [Value.unknown(StringType), num(1)], { baseDir: "." });
    expect("value" in unknown && !unknown.value.isKnown && unknown.value.type).toBe(StringType);
    const bad = callFunction("provider::tc::cidr_host", spec, [Value.string("10.1.0.0/16"), Value.unknown(NumberType)], { baseDir: "." });
    expect("value" in bad && bad.value.isKnown).toBe(false);
  });
});
