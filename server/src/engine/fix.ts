// Fixing a whole document, as `--fix` and fix-all on save do: check, apply every fix that does not
// conflict with another, and check again until nothing is left to fix (ESLint's passes). A
// renumbering that another fix blocked in one pass lands in the next, so one run is enough: a
// second finds nothing more to do.

import { check, type CheckOptions, type CheckResult } from './check';
import { applyEdits, combineFixes, composeEdits } from './edits';
import type { Fix, TextEdit } from './rule';

/** More passes than any real document needs; a pair of rules undoing each other stops here. */
const MAX_FIX_PASSES = 10;

export interface FixOptions {
  /** Apply suggestions too (edits that change the writer's words: sections inserted, wording changed). */
  suggestions?: boolean;
  /** The check of `text` the caller already has: the first pass starts from it. */
  checked?: CheckResult;
}

export interface FixResult {
  text: string;
  /** Edits against the original text that produce `text`. */
  edits: TextEdit[];
  /** The check of `text`. */
  result: CheckResult;
  /** Passes that changed the text. */
  passes: number;
  /** False when the passes ran out with fixes still to apply. */
  converged: boolean;
}

/** The fixes of a check, one per finding: its mechanical fix, or with `suggestions` its first suggestion. */
export function fixesOf(result: CheckResult, suggestions = false): Fix[] {
  const fixes: Fix[] = [];
  for (const f of result.findings) {
    const fix = f.fix ?? (suggestions ? f.suggestions?.[0] : undefined);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

export function fixText(text: string, options: CheckOptions, { suggestions = false, checked }: FixOptions = {}): FixResult {
  let result = checked ?? check(text, options);
  let current = text;
  const passes: TextEdit[][] = [];
  while (passes.length < MAX_FIX_PASSES) {
    const { text: next, applied } = applyEdits(current, combineFixes(fixesOf(result, suggestions)));
    if (!applied.length || next === current) return { text: current, edits: composeEdits(text, passes), result, passes: passes.length, converged: true };
    passes.push(applied);
    current = next;
    result = check(current, options);
  }
  return { text: current, edits: composeEdits(text, passes), result, passes: passes.length, converged: fixesOf(result, suggestions).length === 0 };
}
