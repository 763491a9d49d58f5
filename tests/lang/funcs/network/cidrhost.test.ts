import { describe } from "vitest";
import { networkFunctions } from "../../../../lang/funcs/network/index.js";
import { NumberType, StringType } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { js, UNKNOWN } from "../../../helpers/values.js";
import { runTable, type FuncRow } from "../datetime/func-table.js";

// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`).

const host = (prefix: string, hostnum: unknown, want: string): FuncRow => ({ args: [prefix, hostnum], want });
const fail = (prefix: string, hostnum: unknown, error: string): FuncRow => ({ args: [prefix, hostnum], error });
const badCIDR = (prefix: string): FuncRow => fail(prefix, 0, `invalid CIDR expression: invalid CIDR address: ${prefix}`);
const PANIC = "panic in function implementation: runtime error: index out of range [-1]";

const rows: FuncRow[] = [
  host("10.12.112.0/20", 16, "10.12.112.16"),
  host("10.12.112.0/20", 268, "10.12.113.12"),
  host("10.12.112.0/20", 4095, "10.12.127.255"),
  host("10.12.112.0/20", -1, "10.12.127.255"),
  host("10.12.112.0/20", -4096, "10.12.112.0"),
  host("10.0.0.1/32", 0, "10.0.0.1"),
  host("10.0.0.1/32", -1, "10.0.0.1"),
  host("255.255.255.255/32", 0, "255.255.255.255"),
  host("0.0.0.0/0", -4294967296, "0.0.0.0"),
  host("010.001.0.0/16", 1, "10.1.0.1"),
  host("10.0.0.0/08", 1, "10.0.0.1"),
  host("1.2.3.4/016", 0, "1.2.0.0"),
  host("1.2.3.4/00000000032", 0, "1.2.3.4"),
  host("1.2.3.4/24", "5", "1.2.3.5"),
  host("fd00:fd12:3456:7890:00a2::/72", 34, "fd00:fd12:3456:7890::22"),
  host("fd00::/64", -1, "fd00::ffff:ffff:ffff:ffff"),
  host("fd00::/64", 18446744073709551615n, "fd00::ffff:ffff:ffff:ffff"),
  host("fd00::/64", 18446744073709551616n, "fd00:0:0:1::"),
  host("fd00::/64", 36893488147419103232n, "fd00:0:0:2::"),
  host("::/0", 340282366920938463463374607431768211455n, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
  host("::/0", -1, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
  host("::/0", 1, "::1"),
  host("2001:db8::/32", 4294967296, "2001:db8::1:0:0"),
  host("FD00:ABCD::/32", 10, "fd00:abcd::a"),
  host("fd00:00000001::/64", 1, "fd00:1::1"),
  host("1:2:3:4:5:6:1.2.3.4/64", 5, "1:2:3:4::5"),
  host("::1.2.3.4/96", 5, "::5"),
  host("2001:0:0:1::/64", 1, "2001:0:0:1::1"),
  host("2001:0:0:1:0:0:0:0/128", 0, "2001:0:0:1::"),
  host("1:0:0:2:0:0:3:0/128", 0, "1::2:0:0:3:0"),
  host("0:0:1:0:0:0:0:1/128", 0, "0:0:1::1"),
  host("1:2:3:4:5:6:7:0/128", 0, "1:2:3:4:5:6:7:0"),
  host("0:2:3:4:5:6:7:8/128", 0, "0:2:3:4:5:6:7:8"),
  host("1:0:3:4:5:6:7:8/128", 0, "1:0:3:4:5:6:7:8"),
  host("::ffff:10.0.0.0/104", 0, "10.0.0.0"),
  host("::ffff:10.0.0.0/104", 1, "0:1::ffff:a00:0"),
  host("::ffff:0:0/96", 0, "0.0.0.0"),
  host("::ffff:0:0/96", 5, "0:5::ffff:0:0"),
  host("::ffff:0:0/95", 5, "::fffe:0:5"),
  { args: [Value.unknown(StringType), 1], want: UNKNOWN },
  { args: ["10.0.0.0/8", Value.unknown(NumberType)], want: UNKNOWN },
  { args: [js("10.0.0.0/8").mark(Mark.Sensitive), 2], want: { sensitive: "10.0.0.2" } },
  fail("10.12.112.0/20", -4097, "prefix of 20 does not accommodate a host numbered -1"),
  fail("10.12.112.0/20", 4096, "prefix of 20 does not accommodate a host numbered 4096"),
  fail("10.0.0.0/8", 16777216, "prefix of 8 does not accommodate a host numbered 16777216"),
  fail("10.0.0.1/32", 1, "prefix of 32 does not accommodate a host numbered 1"),
  fail("0.0.0.0/0", 4294967296, "prefix of 0 does not accommodate a host numbered 4294967296"),
  fail("0.0.0.0/0", -4294967297, "prefix of 0 does not accommodate a host numbered -1"),
  fail("0.0.0.0/0", 18446744073709551616n, PANIC),
  fail("0.0.0.0/0", 9223372036854775808n, PANIC),
  fail("10.0.0.0/8", 1.5, "value must be a whole number"),
  { args: ["10.0.0.0/8", "x"], error: "a number is required", argIndex: 1 },
  { args: [null, 1], error: "argument must not be null", argIndex: 0 },
  { args: ["10.0.0.0/8", null], error: "argument must not be null", argIndex: 1 },
  badCIDR("10.0.0/8"),
  badCIDR("10.0.0.0"),
  badCIDR("10.0.0.0/33"),
  badCIDR("1.2.3.4.5/8"),
  badCIDR("1.2.3.4/8/8"),
  badCIDR("0.0.0.0/16777216"),
  badCIDR("1:2:3:4:5:6:7:8::/64"),
  badCIDR("1:2:3:4::5:6:7:8/64"),
  badCIDR(":::/64"),
  badCIDR("1::2::3/64"),
  badCIDR("1:/64"),
  badCIDR("10000::/64"),
  badCIDR("::ffff:1.2.3/64"),
  badCIDR("fe80::1%eth0/64"),
];

describe("cidrhost", () => runTable(networkFunctions, "cidrhost", rows));
