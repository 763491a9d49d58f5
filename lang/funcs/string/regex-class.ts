import { cleanRanges, foldExtras, inRanges, negateRanges } from "./regex-fold.js";
import { MAX_RUNE, type CharClass, type CodeRange } from "./regex-syntax.js";

// Building RE2 character classes: the Perl (\d \s \w) and POSIX ([:alpha:]) groups, Unicode
// classes (\pL, \p{Greek}) by the names Go knows, and case folding of explicit ranges.

/** A class under construction. */
export class ClassBuilder {
  private readonly ranges: CodeRange[] = [];
  private readonly props: string[] = [];
  private readonly negProps: string[] = [];

  constructor(private readonly fold: boolean) {}

  /** Adds lo-hi (folded when the builder folds; the folding is added when the class is built). */
  addRange(lo: number, hi: number): void {
    this.ranges.push([lo, hi]);
  }

  /** Adds a Perl or POSIX group, folding it before negating as Go's appendGroup does. */
  addGroup(group: AsciiGroup): void {
    let ranges = group.ranges;
    if (this.fold) ranges = withFolds(ranges);
    this.ranges.push(...(group.negated ? negateRanges(ranges) : ranges));
  }

  /** Adds a Unicode class; `negated` for \P{..} or \p{^..}. */
  addUnicode(table: UnicodeTable, negated: boolean): void {
    if (table.ranges) {
      const ranges = negated ? negateRanges(table.ranges) : table.ranges;
      this.ranges.push(...ranges);
    } else if (negated) this.negProps.push(table.props);
    else this.props.push(table.props);
  }

  /** The finished class; `negated` for [^...]. */
  build(negated: boolean): CharClass {
    const ranges = this.fold ? withFolds(this.ranges) : cleanRanges(this.ranges);
    return { negated, ranges, props: [...this.props], negProps: [...this.negProps] };
  }
}

/** The ranges plus every code point that folds to one of them. */
function withFolds(ranges: readonly CodeRange[]): CodeRange[] {
  const clean = cleanRanges(ranges);
  return cleanRanges([...clean, ...foldExtras((cp) => inRanges(clean, cp))]);
}

/** A Perl or POSIX group: ASCII ranges, possibly negated. */
export interface AsciiGroup {
  readonly negated: boolean;
  readonly ranges: readonly CodeRange[];
}

const DIGIT: CodeRange[] = [[0x30, 0x39]];
const SPACE: CodeRange[] = [
  [0x09, 0x0a],
  [0x0c, 0x0d],
  [0x20, 0x20],
];
const WORD: CodeRange[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];

const PERL_GROUPS: Readonly<Record<string, readonly CodeRange[]>> = { d: DIGIT, s: SPACE, w: WORD };

/** The Perl class for `\d`, `\D`, `\s`, `\S`, `\w` or `\W` (the letter after the backslash). */
export function perlGroup(letter: string): AsciiGroup | undefined {
  const ranges = PERL_GROUPS[letter.toLowerCase()];
  return ranges ? { negated: letter !== letter.toLowerCase(), ranges } : undefined;
}

const POSIX_GROUPS: Readonly<Record<string, readonly CodeRange[]>> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  ascii: [[0x00, 0x7f]],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: DIGIT,
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  upper: [[0x41, 0x5a]],
  word: WORD,
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
};

/** The POSIX class named by `[:name:]` or `[:^name:]` (the whole bracketed text). */
export function posixGroup(text: string): AsciiGroup | undefined {
  const m = /^\[:(\^?)([a-z]+):\]$/.exec(text);
  const ranges = m ? POSIX_GROUPS[m[2]!] : undefined;
  return ranges ? { negated: m![1] === "^", ranges } : undefined;
}

/** A Unicode table: explicit ranges, or the inside of a JavaScript class matching it. */
export interface UnicodeTable {
  readonly ranges?: readonly CodeRange[];
  readonly props: string;
}

/** Go's unicode.Categories keys. */
const CATEGORIES = new Set(
  "C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs".split(" "),
);

/** Script long names with four letters (other four-letter names are ISO codes, which Go rejects). */
const FOUR_LETTER_SCRIPTS = new Set("Ahom Cham Kawi Lisu Miao Modi Newa Thai Toto".split(" "));

/** Script values JavaScript knows that Go 1.23's Unicode 15 tables do not have. */
const NOT_IN_GO = new Set(
  ("Katakana_Or_Hiragana Unknown Garay Gurung_Khema Kirat_Rai Ol_Onal Sunuwar Todhri Tulu_Tigalari " +
    "Beria_Erfe Chisoi Sidetic Tai_Yo Tolong_Siki").split(" "),
);

/** The table Go's `\p{name}` names (Any, a general category or a script), or undefined. */
export function unicodeTable(name: string): UnicodeTable | undefined {
  if (name === "Any") return { ranges: [[0, MAX_RUNE]], props: "" };
  // Go's C leaves out unassigned code points (Cn), which JavaScript's \p{C} includes.
  if (name === "C") return { props: "\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}" };
  if (CATEGORIES.has(name)) return { props: `\\p{${name}}` };
  if (!/^[A-Z][A-Za-z_]*$/.test(name) || NOT_IN_GO.has(name)) return undefined;
  if (/^[A-Z][a-z]{3}$/.test(name) && !FOUR_LETTER_SCRIPTS.has(name)) return undefined;
  return jsKnowsScript(name) ? { props: `\\p{Script=${name}}` } : undefined;
}

function jsKnowsScript(name: string): boolean {
  try {
    new RegExp(`\\p{Script=${name}}`, "u");
    return true;
  } catch {
    return false;
  }
}
