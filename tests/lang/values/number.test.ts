import { describe, expect, it } from "vitest";
import { BigNum, NumError } from "../../../lang/values/number.js";

// Each row: an expression typed into `terraform console` (Terraform v1.11.4, linux/amd64) and what
// it printed; "ERR <message>" where Terraform reported "Error during operation: <message>." or
// "Call to function ... failed: <message>." (without the Go stack trace that follows panics).

const rep = (digit: string, n: number): string => digit.repeat(n);
const P512 = 2n ** 512n;
const P513 = 2n ** 513n;
const D159 = "1234567890".repeat(15) + "123456789";
const MAX_F =
  "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000";

/** Evaluates the Terraform expression subset used in the tables with BigNum. */
function evaluate(src: string): string {
  try {
    return String(new Evaluator(src).run());
  } catch (e) {
    if (e instanceof NumError) return `ERR ${e.message}`;
    throw e;
  }
}

type Arg = BigNum | string | number;

class Evaluator {
  private i = 0;

  constructor(private readonly src: string) {}

  run(): BigNum {
    const v = this.sum();
    if (this.peek() !== "") throw new Error(`trailing input in ${this.src}`);
    return v;
  }

  private peek(): string {
    while (this.src[this.i] === " ") this.i++;
    return this.src[this.i] ?? "";
  }

  private eat(token: string): void {
    if (this.peek() !== token) throw new Error(`expected ${token} at ${this.i} in ${this.src}`);
    this.i++;
  }

  private sum(): BigNum {
    let v = this.product();
    for (let op = this.peek(); op === "+" || op === "-"; op = this.peek()) {
      this.i++;
      const r = this.product();
      v = ok(op === "+" ? v.add(r) : v.sub(r));
    }
    return v;
  }

  private product(): BigNum {
    let v = this.unary();
    for (let op = this.peek(); op === "*" || op === "/" || op === "%"; op = this.peek()) {
      this.i++;
      const r = this.unary();
      v = ok(op === "*" ? v.mul(r) : op === "/" ? v.quo(r) : v.mod(r));
    }
    return v;
  }

  private unary(): BigNum {
    if (this.peek() === "-") {
      this.i++;
      return this.unary().neg();
    }
    if (this.peek() === "(") {
      this.i++;
      const v = this.sum();
      this.eat(")");
      return v;
    }
    const rest = this.src.slice(this.i);
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return BigNum.parse(num[0])!;
    }
    const name = /^[a-z]+/.exec(rest)![0];
    this.i += name.length;
    return call(name, this.args());
  }

  private args(): Arg[] {
    const args: Arg[] = [];
    this.eat("(");
    while (this.peek() !== ")") {
      if (this.peek() === '"') {
        const end = this.src.indexOf('"', this.i + 1);
        args.push(this.src.slice(this.i + 1, end));
        this.i = end + 1;
      } else if (this.peek() === "[") {
        const end = this.src.indexOf("]", this.i);
        args.push(this.src.slice(this.i + 1, end).split(",").length);
        this.i = end + 1;
      } else args.push(this.sum());
      if (this.peek() === ",") this.i++;
    }
    this.eat(")");
    return args;
  }
}

function ok(r: BigNum | NumError): BigNum {
  if (r instanceof NumError) throw r;
  return r;
}

function call(name: string, args: Arg[]): BigNum {
  const [a, b] = args as [BigNum, BigNum];
  switch (name) {
    case "pow":
      return ok(a.pow(b));
    case "log":
      return ok(a.log(b));
    case "floor":
      return a.floor();
    case "ceil":
      return a.ceil();
    case "abs":
      return a.abs();
    case "signum":
      return ok(a.signum());
    case "min":
      return BigNum.min(args as BigNum[])!;
    case "max":
      return BigNum.max(args as BigNum[])!;
    case "length":
      return BigNum.fromInt(args[0] as number);
    case "parseint":
      return BigNum.parseInt(args[0] as string, Number(String(args[1])))!;
  }
  throw new Error(`unknown function ${name}`);
}

const CASES: ReadonlyArray<readonly [string, string]> = [
  ["1", "1"],
  ["-1.5", "-1.5"],
  ["1e10", "10000000000"],
  ["1.5E-3", "0.0015"],
  ["0.1", "0.1"],
  ["1e-7", "0.0000001"],
  ["1e21", `1${rep("0", 21)}`],
  ["123456789012345678901234567890", "123456789012345678901234567890"],
  ["9007199254740993", "9007199254740993"],
  ["9007199254740993 + 0", "9007199254740993"],
  ["2e400", `2${rep("0", 400)}`],
  ["1e-400", `0.${rep("0", 399)}1`],
  [`${P512 + 1n}`, `${P512}`],
  [`${P512 + 2n}`, `${P512 + 2n}`],
  [`${P512 + 3n}`, `${P512 + 4n}`],
  [`${P513 + 1n}`, `${P513 - 2n}`],
  ["0.1 + 0.2", "0.3"],
  ["1/3", `0.${rep("3", 154)}5`],
  ["2/3", `0.${rep("6", 153)}7`],
  ["1 - 0.9", `0.1${rep("0", 153)}3`],
  ["0.1 * 3", "0.3"],
  ["10 / 4", "2.5"],
  ["-7 / 2", "-3.5"],
  ["1e300 * 1e300", `1${rep("0", 600)}`],
  ["1.5e300 * 1e300", `15${rep("0", 152)}1${rep("0", 446)}`],
  ["1e-300 * 1e-300", `0.${rep("0", 600)}${rep("9", 154)}`],
  ["9007199254740993 * 9007199254740993", "81129638414606699710187514626049"],
  ["(1/3) * 3", "1"],
  ["(2/3) - (1/3)", `0.${rep("3", 154)}5`],
  ["-0", "-0"],
  ["0 * -1", "-0"],
  ["-0 - 0", "-0"],
  ["-0 + 0", "0"],
  ["-0 * -1", "0"],
  ["0 / -5", "-0"],
  ["1 / -0", "-Inf"],
  ["-1 / 0", "-Inf"],
  ["1 / 0", "+Inf"],
  ["-(1/0)", "-Inf"],
  ["(1/0) + 1", "+Inf"],
  ["(1/0) * -2", "-Inf"],
  ["5 / (1/0)", "0"],
  ["(1/0) - (1/0)", "ERR can't subtract infinity from itself"],
  ["(1/0) + (-1/0)", "ERR can't compute sum of opposing infinities"],
  ["0 * (1/0)", "ERR can't multiply zero by infinity"],
  ["0 / 0", "ERR can't divide zero by zero or infinity by infinity"],
  ["(1/0) / (1/0)", "ERR can't divide zero by zero or infinity by infinity"],
  ["-5 % 3", "-2"],
  ["5 % -3", "2"],
  ["-7 % -3", "-1"],
  ["5.5 % 2", "1.5"],
  ["7.5 % -2", "1.5"],
  ["5 % 0.3", `0.1${rep("9", 152)}76`],
  ["5 % 0", "5"],
  ["-5 % 0", "-5"],
  ["-0 % 3", "-0"],
  ["-0 % -3", "0"],
  ["1e-400 % 3", `0.${rep("0", 399)}1`],
  ["5 % (1/0)", "ERR can't use modulo with zero and infinity"],
  ["(1/0) % 2", "ERR panic in function implementation: runtime error: invalid memory address or nil pointer dereference"],
  ["min(1/0) % 2", "+Inf"],
  ["max(-1/0) % 2", "-Inf"],
  ["abs(min(1/0)) % 2", "ERR panic in function implementation: runtime error: invalid memory address or nil pointer dereference"],
  ["pow(2, 0.5)", "1.4142135623730951"],
  ["pow(2, 10)", "1024"],
  ["pow(2, 0.5) * pow(2, 0.5)", "2.00000000000000027343234630647693"],
  ["pow(2, 0.5) * pow(2, 0.5) * pow(2, 0.5)", "2.82842712474619067764097625559421803862987229547"],
  ["pow(2, 0.5) + 0", "1.4142135623730951454746218587388284504413604736328125"],
  ["pow(2, 0.5) * 1", "1.4142135623730951454746218587388284504413604736328125"],
  ["pow(2, 0.5) % 1", "0.41421356237309515"],
  ["-pow(2, 0.5)", "-1.4142135623730951"],
  ["pow(2, 10) / pow(3, 1)", "341.3333333333333"],
  ["pow(10, 23)", `1${rep("0", 23)}`],
  ["pow(1.1, 100)", "13780.612339822364"],
  ["pow(0.512, 29)", "0.0000000037053468555941175"],
  ["pow(2, 0.3)", "1.2311444133449163"],
  ["pow(10, -2.5)", "0.003162277660168379"],
  ["pow(123.456, 7.89)", "31771028258180932"],
  ["pow(-8, 1/3)", "ERR panic in function implementation: Float.SetFloat64(NaN)"],
  ["pow(-2, 3)", "-8"],
  ["pow(-2, 0.5)", "ERR panic in function implementation: Float.SetFloat64(NaN)"],
  ["pow(0, -1)", "+Inf"],
  ["pow(-0, -3)", "-Inf"],
  ["pow(2, 1024)", "+Inf"],
  ["pow(2, -1075)", "0"],
  ["pow(1e400, 2)", `ERR value must be between -${MAX_F} and ${MAX_F} inclusive`],
  ["log(8, 2)", "3"],
  ["log(100, 10)", "2"],
  ["log(2, 10)", "0.30102999566398114"],
  ["log(3, 7)", "0.5645750340535796"],
  ["log(0, 10)", "-Inf"],
  ["log(-1, 10)", "ERR panic in function implementation: Float.SetFloat64(NaN)"],
  ["log(1e300, 3)", "628.7709822868154"],
  ["log(7e-320, 2)", "-1022.9999999999955"],
  ["length([1,2]) / length([1,2,3])", "0.6666666666666666667"],
  ["length([1,2]) / 3", `0.${rep("6", 153)}7`],
  ["floor(-1.5)", "-2"],
  ["floor(1.5)", "1"],
  ["floor(-0)", "0"],
  ["floor(1/0)", "+Inf"],
  ["ceil(-1.5)", "-1"],
  ["ceil(1.5)", "2"],
  ["ceil(-0.5)", "0"],
  ["ceil(1e400 + 0.5)", `1${rep("0", 400)}`],
  ["floor(pow(2, 0.5) * 100)", "141"],
  ["abs(-0)", "0"],
  ["abs(-2.5)", "2.5"],
  ["signum(-3)", "-1"],
  ["signum(0)", "0"],
  ["signum(-0)", "0"],
  ["signum(1e20)", "ERR value must be a whole number, between -9223372036854775808 and 9223372036854775807"],
  ["signum(0.5)", "ERR value must be a whole number, between -9223372036854775808 and 9223372036854775807"],
  ["signum(1/0)", "ERR value must be a whole number, between -9223372036854775808 and 9223372036854775807"],
  ["min(3, 1, 2)", "1"],
  ["max(3, 1, 2)", "3"],
  ["min(0, -0)", "0"],
  ["max(-1/0, 5)", "5"],
  ["parseint(\"-ff\", 16)", "-255"],
  ["parseint(\"Zz\", 62)", "3817"],
  ["parseint(\"zz\", 36)", "1295"],
  ["parseint(\"101\", 2)", "5"],
  [`parseint("${D159}", 10) * 7`, "864197523086419752308641975230864197523086419752308641975230864197523086419752308641975230864197523086419752308641975230864197523086419752308641975230864228350"],
  [`parseint("${D159}", 10) + 0.5`, `${D159.slice(0, -2)}90`],
  ["parseint(\"7\", 10) / parseint(\"3\", 10)", "2.3333333333333333333"],
]

describe("BigNum against terraform console", () => {
  it.each(CASES)("%s", (expr, printed) => {
    expect(evaluate(expr)).toBe(printed);
  });
});
