import { describe } from "vitest";
import { networkFunctions } from "../../../../lang/funcs/network/index.js";
import { NumberType } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { js, UNKNOWN } from "../../../helpers/values.js";
import { runTable, type FuncRow } from "../datetime/func-table.js";

// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`).

const sub = (prefix: string, newbits: unknown, netnum: unknown, want: string): FuncRow => ({
  args: [prefix, newbits, netnum],
  want,
});
const fail = (prefix: string, newbits: unknown, netnum: unknown, error: string): FuncRow => ({
  args: [prefix, newbits, netnum],
  error,
});
const NOT_INT = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
const PANIC = "panic in function implementation: runtime error: index out of range [-1]";

const rows: FuncRow[] = [
  sub("172.16.0.0/12", 4, 2, "172.18.0.0/16"),
  sub("10.1.2.0/24", 4, 15, "10.1.2.240/28"),
  sub("10.1.2.3/24", 4, 15, "10.1.2.240/28"),
  sub("10.0.0.0/8", 24, 16777215, "10.255.255.255/32"),
  sub("10.0.0.0/8", 0, 0, "10.0.0.0/8"),
  sub("10.0.0.0/8", -1, 0, "10.0.0.0/7"),
  sub("10.0.0.0/8", -8, 0, "10.0.0.0/0"),
  sub("10.0.0.0/8", -9, 0, "<nil>"),
  sub("10.0.0.0/8", 4, -1, "0.16.0.0/12"),
  sub("10.0.0.0/8", -1000000, 0, "<nil>"),
  sub("fd00:fd12:3456:7890::/56", 16, 162, "fd00:fd12:3456:7800:a200::/72"),
  sub("fd00::/8", 120, 0, "fd00::/128"),
  sub("fd00::/8", 64, 18446744073709551615n, "fdff:ffff:ffff:ffff:ff00::/72"),
  sub("fd00::/8", 64, 18446744073709551616n, "fd00::/72"),
  sub("fd00::/8", 65, 18446744073709551616n, "fd80::/73"),
  sub("fd00::/8", 70, 36893488147419103232n, "fd08::/78"),
  sub("2001:db8:0:0:1::/80", 0, 0, "2001:db8:0:0:1::/80"),
  sub("::ffff:10.0.0.0/104", 8, 1, "10.1.0.0/16"),
  sub("::ffff:10.0.0.0/104", 0, 0, "10.0.0.0/8"),
  sub("::ffff:10.0.0.0/96", 8, 1, "1.0.0.0/8"),
  sub("::ffff:10.0.0.0/90", 8, 1, "::ffc0:4000:0/98"),
  { args: ["10.0.0.0/8", Value.unknown(NumberType), 1], want: UNKNOWN },
  { args: ["10.0.0.0/8", 8, js(3).mark(Mark.Sensitive)], want: { sensitive: "10.3.0.0/16" } },
  fail("10.0.0.0/16", 17, 1, "insufficient address space to extend prefix of 16 by 17"),
  fail("10.0.0.0/8", 25, 0, "insufficient address space to extend prefix of 8 by 25"),
  fail("fd00::/8", 121, 0, "insufficient address space to extend prefix of 8 by 121"),
  fail("0.0.0.0/0", 64, 18446744073709551615n, "insufficient address space to extend prefix of 0 by 64"),
  fail("10.0.0.0/8", 4, 16, "prefix extension of 4 does not accommodate a subnet numbered 16"),
  fail("10.0.0.0/8", 8, 256, "prefix extension of 8 does not accommodate a subnet numbered 256"),
  fail("10.0.0.0/8", 0, 1, "prefix extension of 0 does not accommodate a subnet numbered 1"),
  fail("10.0.0.0/8", 4, -16, "prefix extension of 4 does not accommodate a subnet numbered -16"),
  fail("10.0.0.0/8", 4, -17, "prefix extension of 4 does not accommodate a subnet numbered -17"),
  fail("10.0.0.0/8", -8, 5, PANIC),
  fail("10.0.0.0/8", -1000000, 1, PANIC),
  fail("10.0.0.0/8", 8, 340282366920938463463374607431768211456n, PANIC),
  fail("10.0.0.0/8", 8, 1.5, "value must be a whole number"),
  fail("10.0.0.0/8", 1.5, 1, NOT_INT),
  fail("10.0.0.0/8", 9223372036854775808n, 1, NOT_INT),
  fail("bad", 1.5, 1, NOT_INT),
  fail("bad", 1, 1.5, "value must be a whole number"),
  fail("bad", 1, 1, "invalid CIDR expression: invalid CIDR address: bad"),
];

describe("cidrsubnet", () => runTable(networkFunctions, "cidrsubnet", rows));
