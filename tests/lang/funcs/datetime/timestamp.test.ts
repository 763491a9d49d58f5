import { describe, expect, it } from "vitest";
import { callFunction } from "../../../../lang/funcs/call.js";
import { datetimeFunctions } from "../../../../lang/funcs/datetime/index.js";
import { toJS, UNKNOWN } from "../../../helpers/values.js";
import { runTable, type FuncRow } from "./func-table.js";

const plantimestampRows: FuncRow[] = [
  { args: [], ctx: { planTimestamp: new Date("2024-05-06T07:08:09.123Z") }, want: "2024-05-06T07:08:09Z" },
  { args: [], ctx: { planTimestamp: new Date("1999-12-31T23:59:59.999Z") }, want: "1999-12-31T23:59:59Z" },
  { args: [], want: UNKNOWN },
  { args: [1], error: 'Function "plantimestamp" expects only 0 argument(s).', kind: "arity" },
];

const timestampRows: FuncRow[] = [
  { args: [1], error: 'Function "timestamp" expects only 0 argument(s).', kind: "arity" },
];

describe("plantimestamp", () => runTable(datetimeFunctions, "plantimestamp", plantimestampRows));

describe("timestamp", () => {
  runTable(datetimeFunctions, "timestamp", timestampRows);

  it("is impure", () => {
    expect(datetimeFunctions.get("timestamp")!.impure).toBe(true);
    expect(datetimeFunctions.get("plantimestamp")!.impure).toBeFalsy();
  });

  it("returns the current UTC time in RFC 3339, to whole seconds", () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const outcome = callFunction("timestamp", datetimeFunctions.get("timestamp")!, [], { baseDir: "." });
    const after = Date.now();
    const text = "value" in outcome ? (toJS(outcome.value) as string) : "";
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const at = Date.parse(text);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
  });
});
