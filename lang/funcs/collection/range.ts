import { NumberType, listOf } from "../../types/type.js";
import { BigNum, NumError } from "../../values/number.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// range(params...): cty's RangeFunc with Go's big.Float arithmetic, so fractional steps accumulate
// exactly the rounding Terraform shows. cty's "step must not be zero" check compares Go values by
// identity and never fires: a zero step runs into the 1024-element limit instead, as in Terraform.

const LIMIT = 1024;

/** range(params...): the numbers from start (default 0) up or down to end, exclusive, by step. */
export const range = ctyFunction({
  description: "Returns a list of numbers spread evenly over a particular range.",
  params: [],
  varParam: { name: "params", type: NumberType },
  notNull: true,
  returnType: staticReturnType(listOf(NumberType)),
  impl: (args) => {
    const bounds = rangeBounds(args.map((a) => a.asNumber()));
    if (bounds instanceof FuncError) return bounds;
    return generate(bounds.start, bounds.end, bounds.step);
  },
});

interface Bounds {
  readonly start: BigNum;
  readonly end: BigNum;
  readonly step: BigNum;
}

function rangeBounds(nums: readonly BigNum[]): FuncResult<Bounds> {
  const minusOne = BigNum.fromInt(-1);
  switch (nums.length) {
    case 1:
      return { start: BigNum.ZERO, end: nums[0]!, step: nums[0]!.sign() < 0 ? minusOne : BigNum.ONE };
    case 2:
      return { start: nums[0]!, end: nums[1]!, step: nums[1]!.cmp(nums[0]!) < 0 ? minusOne : BigNum.ONE };
    case 3:
      return checkDirection({ start: nums[0]!, end: nums[1]!, step: nums[2]! });
    default:
      return new FuncError("must have one, two, or three arguments");
  }
}

function checkDirection(b: Bounds): FuncResult<Bounds> {
  if (b.step.sign() < 0) {
    if (b.end.cmp(b.start) > 0) return new FuncError("end must be less than start when step is negative", 1);
  } else if (b.end.cmp(b.start) < 0) {
    return new FuncError("end must be greater than start when step is positive", 1);
  }
  return b;
}

function generate(start: BigNum, end: BigNum, step: BigNum): FuncResult<Value> {
  const down = step.sign() < 0;
  const out: Value[] = [];
  let num = start;
  while (down ? num.cmp(end) > 0 : num.cmp(end) < 0) {
    if (out.length >= LIMIT) {
      return new FuncError(
        "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step",
      );
    }
    out.push(Value.number(num));
    const next = num.add(step);
    if (next instanceof NumError) return new FuncError(next.message);
    num = next;
  }
  return Value.list(out, NumberType);
}
