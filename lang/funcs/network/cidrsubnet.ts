import { NumberType, StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { GoPanic, subnetBig } from "./go-cidr.js";
import { ipNetString } from "./go-ip.js";
import { parseCIDR } from "./ip-parse.js";
import { bigIntOf, goIntOf, NOT_INT64, NOT_WHOLE } from "./whole-number.js";

/** cidrsubnet(prefix, newbits, netnum): subnet number `netnum` of a network extended by `newbits` bits. */
export const cidrsubnetFunction: FunctionSpec = {
  description: "Calculates a subnet address within a given IP network address prefix.",
  params: [
    { name: "prefix", type: StringType },
    { name: "newbits", type: NumberType },
    { name: "netnum", type: NumberType },
  ],
  returnType: staticReturnType(StringType),
  impl: ([prefix, newbits, netnum]) => {
    const bits = goIntOf(newbits!);
    if (bits === undefined) return new FuncError(NOT_INT64);
    const num = bigIntOf(netnum!);
    if (num === undefined) return new FuncError(NOT_WHOLE);
    const network = parseCIDR(prefix!.asString());
    if ("error" in network) return new FuncError(`invalid CIDR expression: ${network.error}`);
    const subnet = subnetBig(network, bits, num);
    if (subnet instanceof GoPanic) return new FuncError(subnet.message);
    return "error" in subnet ? new FuncError(subnet.error) : Value.string(ipNetString(subnet));
  },
};
