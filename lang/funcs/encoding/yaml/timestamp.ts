// YAML timestamps as go-cty-yaml recognises them (the layouts it tries with Go's time.Parse) and
// re-spells them in RFC 3339, which is how Terraform represents times.

const WITH_ZONE = /^(\d{4})-(\d{1,2})-(\d{1,2})[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const SPACE_SEPARATED = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?$/;
const DATE_ONLY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad2 = (n: number): string => String(n).padStart(2, "0");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) && h < 24 && mi < 60 && s < 60;
}

function zoneText(zone: string | undefined): string {
  if (zone === undefined || zone === "Z" || zone === "+00:00" || zone === "-00:00") return "Z";
  return zone;
}

/** The RFC 3339 form of a YAML timestamp, or undefined when the text is not one. */
export function parseYamlTimestamp(text: string): string | undefined {
  const m = WITH_ZONE.exec(text) ?? SPACE_SEPARATED.exec(text) ?? DATE_ONLY.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (!valid(y, mo, d, h, mi, s)) return undefined;
  const zone = m[7] !== undefined && /^[Z+-]/.test(m[7]) ? m[7] : undefined;
  return `${String(y).padStart(4, "0")}-${pad2(mo)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}${zoneText(zone)}`;
}
