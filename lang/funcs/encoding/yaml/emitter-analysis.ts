import { isBreak, isPrintable } from "./chars.js";

// What a scalar's text allows (libyaml's yaml_emitter_analyze_scalar): whether it may be written
// plain, single-quoted or as a block scalar, and whether it spans several lines.

/** The styles a scalar's text permits. */
export interface ScalarAnalysis {
  readonly multiline: boolean;
  readonly flowPlainAllowed: boolean;
  readonly blockPlainAllowed: boolean;
  readonly singleQuotedAllowed: boolean;
  readonly blockAllowed: boolean;
}

const FIRST_INDICATORS = new Set([..."#,[]{}&*!|>'\"%@`"].map((c) => c.codePointAt(0)!));
const FLOW_INDICATORS = new Set([...",?[]{}"].map((c) => c.codePointAt(0)!));

const isBlankOrEnd = (c: number | undefined): boolean => c === undefined || c === 0x20 || c === 0x09;

interface Flags {
  block: boolean;
  flow: boolean;
  lineBreaks: boolean;
  special: boolean;
  leadingSpace: boolean;
  leadingBreak: boolean;
  trailingSpace: boolean;
  trailingBreak: boolean;
  breakSpace: boolean;
  spaceBreak: boolean;
}

/** Analyses a scalar's text for the emitter. */
export function analyzeScalar(value: string): ScalarAnalysis {
  if (value === "") {
    return { multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  const f = scanFlags([...value].map((c) => c.codePointAt(0)!), value);
  const plainOk = !(f.leadingSpace || f.leadingBreak || f.trailingSpace || f.trailingBreak || f.breakSpace || f.spaceBreak || f.special || f.lineBreaks);
  return {
    multiline: f.lineBreaks,
    flowPlainAllowed: plainOk && !f.flow,
    blockPlainAllowed: plainOk && !f.block,
    singleQuotedAllowed: !(f.breakSpace || f.spaceBreak || f.special),
    blockAllowed: !(f.trailingSpace || f.spaceBreak || f.special),
  };
}

function scanFlags(cps: number[], value: string): Flags {
  const f: Flags = {
    block: false, flow: false, lineBreaks: false, special: false, leadingSpace: false, leadingBreak: false,
    trailingSpace: false, trailingBreak: false, breakSpace: false, spaceBreak: false,
  };
  if (value.startsWith("---") || value.startsWith("...")) [f.block, f.flow] = [true, true];
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  cps.forEach((c, i) => {
    const followedByWhitespace = isBlankOrEnd(cps[i + 1]);
    indicatorFlags(f, c, i === 0, precededByWhitespace, followedByWhitespace);
    if (!isPrintable(c)) f.special = true;
    const last = i === cps.length - 1;
    if (c === 0x20) {
      if (i === 0) f.leadingSpace = true;
      if (last) f.trailingSpace = true;
      if (previousBreak) f.breakSpace = true;
      [previousSpace, previousBreak] = [true, false];
    } else if (isBreak(c)) {
      f.lineBreaks = true;
      if (i === 0) f.leadingBreak = true;
      if (last) f.trailingBreak = true;
      if (previousSpace) f.spaceBreak = true;
      [previousSpace, previousBreak] = [false, true];
    } else [previousSpace, previousBreak] = [false, false];
    precededByWhitespace = c === 0x20 || c === 0x09 || isBreak(c);
  });
  return f;
}

function indicatorFlags(f: Flags, c: number, first: boolean, precededByWs: boolean, followedByWs: boolean): void {
  if (first) {
    if (FIRST_INDICATORS.has(c)) [f.flow, f.block] = [true, true];
    else if (c === 0x3f || c === 0x3a) {
      f.flow = true;
      if (followedByWs) f.block = true;
    } else if (c === 0x2d && followedByWs) [f.flow, f.block] = [true, true];
    return;
  }
  if (FLOW_INDICATORS.has(c)) f.flow = true;
  else if (c === 0x3a) {
    f.flow = true;
    if (followedByWs) f.block = true;
  } else if (c === 0x23 && precededByWs) [f.flow, f.block] = [true, true];
}
