// Terraform's IP network functions: cidrhost, cidrnetmask, cidrsubnet and cidrsubnets. Addresses are
// parsed as Terraform's patched ipaddr package does (ip-parse.ts), computed with go-cidr's arithmetic
// on bigints (go-cidr.ts) and printed as Go's net package prints them (go-ip.ts).

import type { FunctionSpec } from "../function.js";
import { cidrhostFunction } from "./cidrhost.js";
import { cidrnetmaskFunction } from "./cidrnetmask.js";
import { cidrsubnetFunction } from "./cidrsubnet.js";
import { cidrsubnetsFunction } from "./cidrsubnets.js";

/** The IP network functions by name, for the function registry. */
export const networkFunctions: ReadonlyMap<string, FunctionSpec> = new Map([
  ["cidrhost", cidrhostFunction],
  ["cidrnetmask", cidrnetmaskFunction],
  ["cidrsubnet", cidrsubnetFunction],
  ["cidrsubnets", cidrsubnetsFunction],
]);
