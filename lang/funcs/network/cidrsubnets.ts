import { listOf, NumberType, StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { nextSubnet, previousSubnet } from "./go-cidr.js";
import { ipNetContains, ipNetString, maskSize, type GoIPNet } from "./go-ip.js";
import { parseCIDR } from "./ip-parse.js";
import { goIntOf, NOT_INT64 } from "./whole-number.js";

/** cidrsubnets(prefix, newbits...): consecutive subnets of a network, each extended by its own bit count. */
export const cidrsubnetsFunction: FunctionSpec = {
  description:
    "Calculates a sequence of consecutive IP address ranges within a particular CIDR prefix.",
  params: [{ name: "prefix", type: StringType }],
  varParam: { name: "newbits", type: NumberType },
  returnType: staticReturnType(listOf(StringType)),
  impl: ([prefix, ...newbits]) => {
    const network = parseCIDR(prefix!.asString());
    if ("error" in network) return new FuncError(`invalid CIDR expression: ${network.error}`, 0);
    if (newbits.length === 0) return Value.list([], StringType);
    const [startLen] = maskSize(network.mask);
    const first = goIntOf(newbits[0]!);
    if (first === undefined) return new FuncError(NOT_INT64, 1);
    let current = previousSubnet(network, clampPrefix(first + BigInt(startLen)));
    const out: Value[] = [];
    for (let i = 0; i < newbits.length; i++) {
      const next = allocate(network, startLen, current, newbits[i]!, i + 1);
      if (next instanceof FuncError) return next;
      current = next;
      out.push(Value.string(ipNetString(current)));
    }
    return Value.list(out, StringType);
  },
};

/** The next subnet after `current`, `arg` bits longer than the base prefix, or the error for argument `argIndex`. */
function allocate(network: GoIPNet, startLen: number, current: GoIPNet, arg: Value, argIndex: number): GoIPNet | FuncError {
  const bits = goIntOf(arg);
  if (bits === undefined) return new FuncError(NOT_INT64, argIndex);
  if (bits < 1n) return new FuncError("must extend prefix by at least one bit", argIndex);
  if (bits > 32n) return new FuncError("may not extend prefix by more than 32 bits", argIndex);
  const length = Number(bits) + startLen;
  const addrBits = network.ip.length * 8;
  if (length > addrBits) {
    const protocol = addrBits === 32 ? "IPv4" : addrBits === 128 ? "IPv6" : "IP";
    return new FuncError(`would extend prefix to ${length} bits, which is too long for an ${protocol} address`, argIndex);
  }
  const { next, rollover } = nextSubnet(current, length);
  if (rollover || !ipNetContains(network, next.ip)) {
    const after = ipNetString(current);
    return new FuncError(`not enough remaining address space for a subnet with a prefix of ${length} bits after ${after}`, argIndex);
  }
  return next;
}

/** A Go int prefix length as a JS number; values past ±2^31 only ever make Go's CIDRMask give nil. */
function clampPrefix(n: bigint): number {
  const wrapped = BigInt.asIntN(64, n);
  return wrapped > 1000n ? 1000 : wrapped < -1n ? -1 : Number(wrapped);
}
