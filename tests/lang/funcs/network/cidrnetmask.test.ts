import { describe } from "vitest";
import { networkFunctions } from "../../../../lang/funcs/network/index.js";
import { StringType } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { js, UNKNOWN } from "../../../helpers/values.js";
import { runTable, type FuncRow } from "../datetime/func-table.js";

// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`).

const mask = (prefix: string, want: string): FuncRow => ({ args: [prefix], want });
const fail = (prefix: string, error: string): FuncRow => ({ args: [prefix], error });
const badCIDR = (prefix: string): FuncRow => fail(prefix, `invalid CIDR expression: invalid CIDR address: ${prefix}`);

const rows: FuncRow[] = [
  mask("172.16.0.0/12", "255.240.0.0"),
  mask("10.0.0.0/0", "0.0.0.0"),
  mask("10.0.0.0/32", "255.255.255.255"),
  mask("::ffff:10.0.0.0/104", "ffff:ffff:ffff:ffff:ffff:ffff:ff00:0"),
  mask("::ffff:10.0.0.0/96", "ffff:ffff:ffff:ffff:ffff:ffff::"),
  { args: [Value.unknown(StringType)], want: UNKNOWN },
  { args: [js("10.0.0.0/8").mark(Mark.Sensitive)], want: { sensitive: "255.0.0.0" } },
  fail("fd00::/64", "IPv6 addresses cannot have a netmask: fd00::/64"),
  fail("FD00::/8", "IPv6 addresses cannot have a netmask: FD00::/8"),
  fail("::/0", "IPv6 addresses cannot have a netmask: ::/0"),
  badCIDR("10.0.0.0"),
  badCIDR("1.2.3.4/-1"),
  badCIDR("1.2.3.4/+8"),
  badCIDR(" 1.2.3.4/8"),
  badCIDR("1.2.3.256/8"),
  badCIDR("1.2.3.4/"),
  badCIDR("/8"),
];

describe("cidrnetmask", () => runTable(networkFunctions, "cidrnetmask", rows));
