import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { ipString, to4 } from "./go-ip.js";
import { parseCIDR } from "./ip-parse.js";

/** cidrnetmask(prefix): the subnet mask of an IPv4 network in dotted form ("255.255.0.0"). */
export const cidrnetmaskFunction: FunctionSpec = {
  description: "Converts an IPv4 address prefix given in CIDR notation into a subnet mask address.",
  params: [{ name: "prefix", type: StringType }],
  returnType: staticReturnType(StringType),
  impl: ([prefix]) => {
    const text = prefix!.asString();
    const network = parseCIDR(text);
    if ("error" in network) return new FuncError(`invalid CIDR expression: ${network.error}`);
    if (!to4(network.ip)) return new FuncError(`IPv6 addresses cannot have a netmask: ${text}`);
    return Value.string(ipString(network.mask));
  },
};
