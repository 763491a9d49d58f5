import { randomBytes } from "node:crypto";
import { hostname, userInfo } from "node:os";
import { jsonString } from "../../lang/values/json-marshal.js";

// Who holds a state lock, as Terraform records it (statemgr.LockInfo): the JSON written next to a
// locked state, and the "Lock Info:" block that lock errors print. Terrane adds the holder's process
// id and host name so that a lock left behind by a process that died can be recognised.

/** The metadata of one lock. `created` is kept as the RFC 3339 text Go marshals (UTC, nanoseconds). */
export interface LockInfo {
  /** A random UUID; the id that unlocking needs. */
  readonly id: string;
  /** What the holder is doing (`OperationTypeApply`, `OperationTypePlan`, ...). */
  readonly operation: string;
  /** Extra text from the caller, usually empty. */
  readonly info: string;
  /** `user@host`. */
  readonly who: string;
  /** The version of the program holding the lock. */
  readonly version: string;
  /** When the lock was taken, as RFC 3339 with a fraction (`2026-11-23T17:22:43.363712155Z`). */
  readonly created: string;
  /** The state the lock protects, set by the lock implementation. */
  readonly path: string;
  /** Terrane's addition: the holder's process id (absent in locks taken by Terraform). */
  readonly pid?: number;
  /** Terrane's addition: the host the holder runs on. */
  readonly host?: string;
}

/** A new lock info for an operation (statemgr.NewLockInfo): random id, `user@host`, now. */
export function newLockInfo(operation: string, version: string, info = ""): LockInfo {
  let user = "";
  try {
    user = userInfo().username;
  } catch {
    // like Terraform, an unknown user is not an error
  }
  return { id: randomUuid(), operation, info, who: `${user}@${hostname()}`, version, created: nowRfc3339(), path: "" };
}

/** A UUID-shaped id from 16 random bytes, as go-uuid's FormatUUID lays it out. */
export function randomUuid(): string {
  const hex = randomBytes(16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The current time as Go's time.Time marshals in UTC (RFC 3339, fraction without trailing zeros). */
export function nowRfc3339(): string {
  const ms = performance.timeOrigin + performance.now();
  const whole = Math.floor(ms);
  const micros = Math.floor((ms - whole) * 1000);
  const base = new Date(whole).toISOString().slice(0, 19);
  const fraction = `${String(whole % 1000).padStart(3, "0")}${String(micros).padStart(3, "0")}`.replace(/0+$/, "");
  return `${base}${fraction === "" ? "" : `.${fraction}`}Z`;
}

/** The lock info as Go's json.Marshal writes it (field order of the struct), with Terrane's fields last. */
export function marshalLockInfo(info: LockInfo): string {
  const members = [
    ["ID", jsonString(info.id)],
    ["Operation", jsonString(info.operation)],
    ["Info", jsonString(info.info)],
    ["Who", jsonString(info.who)],
    ["Version", jsonString(info.version)],
    ["Created", jsonString(info.created)],
    ["Path", jsonString(info.path)],
  ];
  if (info.pid !== undefined) members.push(["Pid", String(info.pid)]);
  if (info.host !== undefined) members.push(["Host", jsonString(info.host)]);
  return `{${members.map(([k, v]) => `"${k}":${v}`).join(",")}}`;
}

/** Reads lock info JSON (keys matched case-insensitively, as Go does); an error text when it is not lock info. */
export function parseLockInfo(text: string): LockInfo | { readonly error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { error: "json: cannot unmarshal non-object into Go value of type statemgr.LockInfo" };
  const fields = new Map(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
  const str = (k: string): string => (typeof fields.get(k) === "string" ? (fields.get(k) as string) : "");
  const created = str("created") || "0001-01-01T00:00:00Z";
  if (!RFC3339.test(created)) return { error: `parsing time ${JSON.stringify(created)} as "2006-01-02T15:04:05Z07:00": cannot parse` };
  const pid = fields.get("pid");
  const host = fields.get("host");
  return {
    id: str("id"),
    operation: str("operation"),
    info: str("info"),
    who: str("who"),
    version: str("version"),
    created,
    path: str("path"),
    ...(typeof pid === "number" && Number.isInteger(pid) ? { pid } : {}),
    ...(typeof host === "string" ? { host } : {}),
  };
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** The "Lock Info:" block of lock errors (LockInfo.String), ending with a newline. */
export function lockInfoString(info: LockInfo): string {
  return [
    "Lock Info:",
    `  ID:        ${info.id}`,
    `  Path:      ${info.path}`,
    `  Operation: ${info.operation}`,
    `  Who:       ${info.who}`,
    `  Version:   ${info.version}`,
    `  Created:   ${goTimeString(info.created)}`,
    `  Info:      ${info.info}`,
    "",
  ].join("\n");
}

/** An RFC 3339 time as Go's Time.String prints it: `2026-11-23 17:22:43.363712155 +0000 UTC`. */
export function goTimeString(rfc3339: string): string {
  const m = RFC3339.exec(rfc3339);
  if (!m) return rfc3339;
  const fraction = (m[3] ?? "").slice(0, 9).replace(/0+$/, "");
  const zone = m[4] === "Z" ? "+0000 UTC" : `${m[4]!.replace(":", "")} ${m[4]!.replace(":", "")}`;
  return `${m[1]} ${m[2]}${fraction === "" ? "" : `.${fraction}`} ${zone}`;
}
