import { describe } from "vitest";
import { networkFunctions } from "../../../../lang/funcs/network/index.js";
import { NumberType } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { js, UNKNOWN } from "../../../helpers/values.js";
import { runTable, type FuncRow } from "../datetime/func-table.js";

// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`).

const subs = (prefix: string, newbits: unknown[], want: string[]): FuncRow => ({ args: [prefix, ...newbits], want });
const fail = (prefix: string, newbits: unknown[], argIndex: number, error: string): FuncRow => ({
  args: [prefix, ...newbits],
  error,
  argIndex,
});
const NOT_INT = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
const noRoom = (bits: number, after: string) =>
  `not enough remaining address space for a subnet with a prefix of ${bits} bits after ${after}`;

const rows: FuncRow[] = [
  subs("10.1.0.0/16", [4, 4, 8, 4], ["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"]),
  subs("fd00:fd12:3456:7890::/56", [16, 16, 16, 32], [
    "fd00:fd12:3456:7800::/72",
    "fd00:fd12:3456:7800:100::/72",
    "fd00:fd12:3456:7800:200::/72",
    "fd00:fd12:3456:7800:300::/88",
  ]),
  subs("10.0.0.0/8", [], []),
  subs("10.0.0.0/8", [8, 4], ["10.0.0.0/16", "10.16.0.0/12"]),
  subs("10.0.0.0/8", [4, 8, 4], ["10.0.0.0/12", "10.16.0.0/16", "10.32.0.0/12"]),
  subs("10.1.2.3/8", [8], ["10.0.0.0/16"]),
  subs("10.0.0.0/24", [8, 1], ["10.0.0.0/32", "10.0.0.128/25"]),
  subs("fd00::/100", [28, 1], ["fd00::/128", "fd00::800:0/101"]),
  { args: ["10.0.0.0/8", Value.unknown(NumberType), 4], want: UNKNOWN },
  { args: ["10.0.0.0/8", js(4).mark(Mark.Sensitive), 4], want: { sensitive: ["10.0.0.0/12", "10.16.0.0/12"] } },
  fail("10.0.0.0/8", [0], 1, "must extend prefix by at least one bit"),
  fail("10.0.0.0/8", [-1], 1, "must extend prefix by at least one bit"),
  fail("10.0.0.0/8", [4, 0], 2, "must extend prefix by at least one bit"),
  fail("10.0.0.0/8", [33], 1, "may not extend prefix by more than 32 bits"),
  fail("fd00::/8", [33], 1, "may not extend prefix by more than 32 bits"),
  fail("fd00::/100", [29], 1, "would extend prefix to 129 bits, which is too long for an IPv6 address"),
  fail("10.0.0.0/8", [32], 1, "would extend prefix to 40 bits, which is too long for an IPv4 address"),
  fail("10.0.0.0/8", [25], 1, "would extend prefix to 33 bits, which is too long for an IPv4 address"),
  fail("10.0.0.0/8", [1, 1, 1], 3, noRoom(9, "10.128.0.0/9")),
  fail("255.0.0.0/8", [1, 1, 1], 3, noRoom(9, "255.128.0.0/9")),
  fail("10.0.0.0/30", [2, 2, 2, 2, 2], 5, noRoom(32, "10.0.0.3/32")),
  fail("0.0.0.0/0", [1, 1], 1, noRoom(1, "128.0.0.0/1")),
  fail("::/0", [1, 1, 1], 1, noRoom(1, "8000::/1")),
  fail("ffff::/16", [1, 1, 1], 3, noRoom(17, "ffff:8000::/17")),
  fail("::ffff:10.0.0.0/104", [8, 8], 1, noRoom(112, "<nil>")),
  fail("10.0.0.0/8", [1.5], 1, NOT_INT),
  fail("10.0.0.0/8", [2, 1.5], 2, NOT_INT),
  fail("10.0.0.0/8", [9223372036854775808n], 1, NOT_INT),
  fail("bad", [2], 0, "invalid CIDR expression: invalid CIDR address: bad"),
  fail("bad", [], 0, "invalid CIDR expression: invalid CIDR address: bad"),
];

describe("cidrsubnets", () => runTable(networkFunctions, "cidrsubnets", rows));
