// testcloud's IPv4 arithmetic (fixtures/test-provider/cidr.ts), one row per input: parsing CIDR blocks
// with Go's net.ParseCIDR messages and numbering hosts as Terraform's cidrhost does. Importing the
// provider's index here also brings its sources into the type-check.
import { describe, expect, it } from "vitest";
import { formatCidr, hostAddress, parseCidr, testcloudProvider } from "../../fixtures/test-provider/index.js";

describe("parseCidr", () => {
  it.each([
    ["10.0.0.0/8", "10.0.0.0/8", false],
    ["192.168.1.7/24", "192.168.1.0/24", true],
    ["0.0.0.0/0", "0.0.0.0/0", false],
    ["255.255.255.255/32", "255.255.255.255/32", false],
  ])("%s is %s (host bits set: %s)", (text, canonical, hostBits) => {
    const p = parseCidr(text);
    if ("error" in p) throw new Error(p.error);
    expect([formatCidr(p), p.hostBitsSet]).toEqual([canonical, hostBits]);
  });

  it.each([
    ["10.0.0.0", "invalid CIDR address: 10.0.0.0"],
    ["10.0.0/8", "invalid CIDR address: 10.0.0/8"],
    ["10.0.0.256/8", "invalid CIDR address: 10.0.0.256/8"],
    ["10.0.0.01/8", "invalid CIDR address: 10.0.0.01/8"],
    ["10.0.0.0/33", "invalid CIDR address: 10.0.0.0/33"],
    ["10.0.0.0/x", "invalid CIDR address: 10.0.0.0/x"],
    ["fd00::/8", "testcloud supports IPv4 only: fd00::/8"],
  ])("%s is refused: %s", (text, error) => {
    expect(parseCidr(text)).toEqual({ error });
  });
});

describe("hostAddress", () => {
  it.each([
    ["10.10.0.0/16", 5n, "10.10.0.5"],
    ["10.10.0.0/16", -2n, "10.10.255.254"],
    ["192.168.4.0/30", 3n, "192.168.4.3"],
    ["192.168.4.0/30", -4n, "192.168.4.0"],
    ["0.0.0.0/0", 4294967295n, "255.255.255.255"],
  ])("host %s of %s is %s", (prefix, n, ip) => {
    const p = parseCidr(prefix);
    if ("error" in p) throw new Error(p.error);
    expect(hostAddress(p, n)).toBe(ip);
  });

  it.each([
    ["192.168.4.0/30", 4n, "prefix of 30 does not accommodate a host numbered 4"],
    ["192.168.4.0/30", -5n, "prefix of 30 does not accommodate a host numbered -5"],
  ])("host %s of %s does not exist", (prefix, n, error) => {
    const p = parseCidr(prefix);
    if ("error" in p) throw new Error(p.error);
    expect(hostAddress(p, n)).toEqual({ error });
  });
});

describe("the provider in-process", () => {
  it("serves the same function through the Provider interface as through the plugin", async () => {
    const { Value } = await import("../../lang/values/value.js");
    const p = testcloudProvider({ version: "0.1.0", env: {} });
    const r = await p.callFunction({ name: "cidr_host", arguments: [Value.string("10.0.0.0/8"), Value.numberFrom(257)] });
    expect(r.result?.asString()).toBe("10.0.1.1");
    expect(await p.callFunction({ name: "nope", arguments: [] })).toEqual({ error: { text: 'Function "nope" is not provided by testcloud.' } });
  });
});
