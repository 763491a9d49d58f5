import { NumberType, StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { GoPanic, hostBig } from "./go-cidr.js";
import { ipString } from "./go-ip.js";
import { parseCIDR } from "./ip-parse.js";
import { bigIntOf, NOT_WHOLE } from "./whole-number.js";

/** cidrhost(prefix, hostnum): the address of host `hostnum` in a network; negative numbers count from the end. */
export const cidrhostFunction: FunctionSpec = {
  description:
    "Calculates a full host IP address for a given host number within a given IP network address prefix.",
  params: [
    { name: "prefix", type: StringType },
    { name: "hostnum", type: NumberType },
  ],
  returnType: staticReturnType(StringType),
  impl: ([prefix, hostnum]) => {
    const num = bigIntOf(hostnum!);
    if (num === undefined) return new FuncError(NOT_WHOLE);
    const network = parseCIDR(prefix!.asString());
    if ("error" in network) return new FuncError(`invalid CIDR expression: ${network.error}`);
    const ip = hostBig(network, num);
    if (ip instanceof GoPanic) return new FuncError(ip.message);
    return "error" in ip ? new FuncError(ip.error) : Value.string(ipString(ip));
  },
};
