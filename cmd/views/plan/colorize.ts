// mitchellh/colorstring as Terraform configures it: `[name]` codes become ANSI escapes and every
// coloured string ends with a reset; with colour off the known codes vanish. Terraform builds its plan
// text from such markup and colours it piece by piece, so the exact escapes (including the extra
// resets) depend on where each piece was coloured; the plan views colour at the same places.

const CODES: ReadonlyMap<string, string> = new Map(Object.entries({
  default: "39",
  _default_: "49",
  black: "30",
  red: "31",
  green: "32",
  yellow: "33",
  blue: "34",
  magenta: "35",
  cyan: "36",
  light_gray: "37",
  dark_gray: "90",
  light_red: "91",
  light_green: "92",
  light_yellow: "93",
  light_blue: "94",
  light_magenta: "95",
  light_cyan: "96",
  white: "97",
  _black_: "40",
  _red_: "41",
  _green_: "42",
  _yellow_: "43",
  _blue_: "44",
  _magenta_: "45",
  _cyan_: "46",
  _light_gray_: "47",
  _dark_gray_: "100",
  _light_red_: "101",
  _light_green_: "102",
  _light_yellow_: "103",
  _light_blue_: "104",
  _light_magenta_: "105",
  _light_cyan_: "106",
  _white_: "107",
  bold: "1",
  dim: "2",
  underline: "4",
  blink_slow: "5",
  blink_fast: "6",
  invert: "7",
  hidden: "8",
  reset: "0",
  reset_bold: "21",
}));

const CODE_RE = /\[[a-z0-9_-]+\]/gi;

/** Colours colorstring markup (Colorize.Color with Reset): ANSI escapes when `color`, plain text otherwise. */
export function colorize(markup: string, color: boolean): string {
  let colored = false;
  const out = markup.replace(CODE_RE, (token) => {
    const code = CODES.get(token.slice(1, -1));
    if (code === undefined) return token;
    colored = true;
    return color ? `\x1b[${code}m` : "";
  });
  return colored && color ? `${out}\x1b[0m` : out;
}
