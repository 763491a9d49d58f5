// Provider plugin logs as Terraform shows them with TF_LOG: hashicorp/go-plugin reads the plugin's
// stderr line by line and logs each line through Terraform's provider logger, named
// `provider.<executable name>`. A line that is an hclog JSON object (`{"@level":"debug","@message":...,
// "@timestamp":...}`, what the plugin SDKs write) is logged at its level with its other keys as
// key=value pairs and its own timestamp last; any other line is logged as it is, at the level its
// `[TRACE]`/`[DEBUG]`/`[INFO]`/`[WARN]`/`[ERROR]` prefix names, else at DEBUG. go-plugin's own messages
// about the process go to the logger named `provider`. Lines below the level TF_LOG_PROVIDER (else
// TF_LOG) sets are dropped; TF_LOG=json writes hclog's JSON lines instead of its text lines.
// This file makes the lines; the command that owns the terminal decides where they go.

/** An hclog level, most verbose first. */
export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";

const LEVELS: readonly LogLevel[] = ["trace", "debug", "info", "warn", "error"];

/** Where plugin log lines go, and which. */
export interface PluginLogSink {
  /** The least severe level written. */
  readonly level: LogLevel;
  /** hclog's JSON lines (TF_LOG=json) rather than its text lines. */
  readonly json?: boolean;
  /** Receives one finished line, newline included. */
  write(line: string): void;
}

/** A key and value logged with a message. */
export type LogField = readonly [string, unknown];

/**
 * The sink TF_LOG_PROVIDER, else TF_LOG, asks for, writing to `write`; undefined when neither is set or
 * the level is OFF. An unknown level (and JSON) means TRACE, as in Terraform; TF_LOG=json picks JSON lines.
 */
export function pluginLogSinkFromEnv(env: Readonly<Record<string, string | undefined>>, write: (line: string) => void): PluginLogSink | undefined {
  const setting = (env.TF_LOG_PROVIDER || env.TF_LOG || "").toLowerCase();
  if (setting === "" || setting === "off") return undefined;
  const level = (LEVELS as readonly string[]).includes(setting) ? (setting as LogLevel) : "trace";
  return { level, ...(env.TF_LOG?.toLowerCase() === "json" ? { json: true } : {}), write };
}

/** One hclog logger: a name and a sink. */
export class PluginLogger {
  constructor(
    private readonly sink: PluginLogSink,
    readonly name: string,
  ) {}

  /** The logger `name` under this one (`provider` then `provider.terraform-provider-x`). */
  named(name: string): PluginLogger {
    return new PluginLogger(this.sink, `${this.name}.${name}`);
  }

  /** Logs one message with fields, if the sink's level lets it through. */
  log(level: LogLevel, message: string, fields: readonly LogField[] = [], now = new Date()): void {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.sink.level)) return;
    this.sink.write(this.sink.json ? jsonLine(level, this.name, message, fields, now) : textLine(level, this.name, message, fields, now));
  }

  /** Logs one line the plugin wrote to stderr, as go-plugin does. */
  stderrLine(line: string, now = new Date()): void {
    const entry = hclogEntry(line);
    if (entry) this.log(entry.level, entry.message, entry.fields, now);
    else this.log(prefixLevel(line), line, [], now);
  }
}

/** hclog's text line: `2025-04-09T12:00:00.123Z [DEBUG] name: message: k=v k2="v 2"`. */
function textLine(level: LogLevel, name: string, message: string, fields: readonly LogField[], now: Date): string {
  const pairs = fields.map(([k, v]) => `${k}=${textValue(v)}`).join(" ");
  const tag = `[${level.toUpperCase()}]`.padEnd(7);
  return `${hclogTime(now)} ${tag} ${name}: ${message}${pairs ? `: ${pairs}` : ""}\n`;
}

/** hclog's JSON line: its @-keys and the fields, keys sorted as Go writes a map. */
function jsonLine(level: LogLevel, name: string, message: string, fields: readonly LogField[], now: Date): string {
  const entries: LogField[] = [["@level", level], ["@message", message], ["@module", name], ["@timestamp", jsonTime(now)], ...fields];
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(entries))}\n`;
}

/** A value as hclog writes it: lists as `["a", "b"]`, other values quoted unless all of `-` to `~`. */
function textValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((e) => (typeof e === "string" ? JSON.stringify(e) : textValue(e))).join(", ")}]`;
  const s = typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  return s === "" || /[^\x2d-\x7e]/.test(s) ? JSON.stringify(s) : s;
}

/** A line go-plugin parses as an hclog JSON entry (its @timestamp, if any, must have microseconds). */
function hclogEntry(line: string): { level: LogLevel; message: string; fields: LogField[] } | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const { "@message": message, "@level": level, "@timestamp": timestamp, ...rest } = raw as Record<string, unknown>;
  const stamp = timestamp === undefined ? "0001-01-01T00:00:00.000Z" : entryTime(timestamp);
  if (stamp === undefined || !LEVELS.includes(level as LogLevel)) return undefined;
  return { level: level as LogLevel, message: typeof message === "string" ? message : "", fields: [...Object.entries(rest), ["timestamp", stamp]] };
}

/** An entry's @timestamp (`2006-01-02T15:04:05.000000Z07:00`) in hclog's text time format, offset kept. */
function entryTime(t: unknown): string | undefined {
  const m = typeof t === "string" ? /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{3})\d{3}(Z|[+-]\d\d:\d\d)$/.exec(t) : null;
  return m ? `${m[1]}.${m[2]}${m[3]!.replace(":", "")}` : undefined;
}

function prefixLevel(line: string): LogLevel {
  const m = /^\[(TRACE|DEBUG|INFO|WARN|ERROR)\]/.exec(line);
  return m ? (m[1]!.toLowerCase() as LogLevel) : "debug";
}

/** Local time as hclog's `2006-01-02T15:04:05.000Z0700`. */
function hclogTime(d: Date): string {
  return `${localIso(d, 3)}${offset(d, "")}`;
}

/** Local time as hclog's JSON `2006-01-02T15:04:05.000000Z07:00`. */
function jsonTime(d: Date): string {
  return `${localIso(d, 6)}${offset(d, ":")}`;
}

function localIso(d: Date, digits: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const frac = p(d.getMilliseconds(), 3).padEnd(digits, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${frac}`;
}

function offset(d: Date, sep: string): string {
  const minutes = -d.getTimezoneOffset();
  if (minutes === 0) return "Z";
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}${sep}${String(abs % 60).padStart(2, "0")}`;
}
