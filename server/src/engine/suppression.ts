// Inline suppression: a writer turns a rule off for part of a document, in the document itself.
//
// Two spellings, both accepted in plain text and in Markdown (so a directive survives a copy from
// one into the other):
//   <!-- gongwen-disable RULE… -->   an HTML comment, anywhere on a line (invisible in rendered
//                                     Markdown, as markdownlint's and ESLint's comments are)
//   〔gongwen-disable RULE…〕          a line of its own, for plain text
// The directives:
//   gongwen-disable / gongwen-enable    turn rules off / back on from this line on
//   gongwen-disable-next-line           the next non-blank line
//   gongwen-disable-line                this line (a comment at the end of the line)
//   gongwen-disable-file                the whole document
// RULE is a rule id or a category (`placeholder`); several are separated by spaces or commas;
// none means every rule. Names that are neither are ignored.
//
// Why 〔〕 (U+3014/U+3015) for plain text: in official documents these brackets hold only the
// year of a document number (国发〔2021〕1号), so an ASCII directive inside them is never report
// text; no placeholder or bracket rule reads them; and the writer types them with the same input
// method as the rest of the report.
//
// Directive text is blanked out (each UTF-16 unit replaced by a space, line breaks kept) before
// the document is parsed, so a directive never changes how the report reads and every offset
// still points into the writer's text.

import type { Finding, Fix, TextEdit } from './rule';
import { LineIndex, type Span } from './text';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or categories; empty for every rule. */
  names: string[];
  /** The whole comment or marker. */
  span: Span;
  /** 0-based line the directive is on. */
  line: number;
}

export interface Directives {
  list: Directive[];
  /** The text with every directive blanked out: what the parser reads. Same length and lines. */
  visibleText: string;
  /** The findings directives leave standing; fixes that would edit a directive are dropped. */
  apply(findings: Finding[]): Finding[];
}

/** Which rules are off: all but `names`, or only `names`. */
interface State {
  all: boolean;
  names: ReadonlySet<string>;
}

// Both patterns are linear: one greedy run of a class that cannot hold the closing mark.
const COMMENT = /<!--\s*gongwen-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*)>/g;
const PLAIN_LINE = /^[ \t\u3000\u00a0]*〔\s*gongwen-(disable-next-line|disable-line|disable-file|disable|enable)\b([^〔〕\r\n]*)〕[ \t\u3000\u00a0]*$/gm;
const NAME_SEPARATORS = /[\s,，、]+/;

export function readDirectives(text: string): Directives {
  // Most documents have no directive: no per-line work for them.
  if (!text.includes('gongwen-')) return { list: [], visibleText: text, apply: (findings) => findings };
  const lines = new LineIndex(text);
  const list = findDirectives(text, lines);
  if (!list.length) return { list, visibleText: text, apply: (findings) => findings };

  let visibleText = '';
  let at = 0;
  for (const d of list) {
    visibleText += text.slice(at, d.span.start) + text.slice(d.span.start, d.span.end).replace(/[^\r\n]/g, ' ');
    at = d.span.end;
  }
  visibleText += text.slice(at);

  const off = whereRulesAreOff(list, lines, visibleText);
  const touchesDirective = (edit: TextEdit) => overlapsAny(list, edit.span);
  return {
    list,
    visibleText,
    apply(findings) {
      return findings
        .filter((f) => !off(f.rule, f.category, lines.lineAt(f.span.start)))
        .map((f) => {
          const touches = (fix: Fix) => fix.edits.some(touchesDirective);
          if (!(f.fix && touches(f.fix)) && !f.suggestions?.some(touches)) return f;
          const suggestions = f.suggestions?.filter((s) => !touches(s));
          return { ...f, fix: f.fix && !touches(f.fix) ? f.fix : undefined, suggestions: suggestions?.length ? suggestions : undefined };
        });
    },
  };
}

function findDirectives(text: string, lines: LineIndex): Directive[] {
  const list: Directive[] = [];
  const add = (kind: string, names: string, start: number, end: number) =>
    list.push({ kind: kind as DirectiveKind, names: names.split(NAME_SEPARATORS).filter(Boolean), span: { start, end }, line: lines.lineAt(start) });
  let m: RegExpExecArray | null;
  COMMENT.lastIndex = 0;
  while ((m = COMMENT.exec(text))) {
    // `[^>]*>` stops at the first `>`: a directive is a comment that ends there with `-->`.
    if (m[2].endsWith('--')) add(m[1], m[2].slice(0, -2), m.index, m.index + m[0].length);
  }
  PLAIN_LINE.lastIndex = 0;
  while ((m = PLAIN_LINE.exec(text))) {
    const open = m.index + m[0].indexOf('〔');
    const close = m.index + m[0].lastIndexOf('〕') + 1;
    add(m[1], m[2], open, close);
    if (m[0].length === 0) PLAIN_LINE.lastIndex++;
  }
  list.sort((a, b) => a.span.start - b.span.start);
  // A comment written inside a plain-text marker is one directive, not two.
  return list.filter((d, i) => i === 0 || d.span.start >= list[i - 1].span.end);
}

/** A test of whether a rule is off on a line, from the directives in document order. */
function whereRulesAreOff(list: Directive[], lines: LineIndex, visibleText: string): (rule: string, category: string, line: number) => boolean {
  const fileWide = new Set<string>();
  let allFile = false;
  /** The state in force from each line that changes it, ascending. */
  const changes: { line: number; state: State }[] = [];
  const onLine = new Map<number, State[]>();
  let state: State = { all: false, names: new Set() };
  let nextContent: number[] | undefined;
  const addOnLine = (line: number, d: Directive) => {
    if (line >= lines.lineCount) return;
    const states = onLine.get(line) ?? [];
    states.push({ all: d.names.length === 0, names: new Set(d.names) });
    onLine.set(line, states);
  };
  for (const d of list) {
    switch (d.kind) {
      case 'disable-file':
        if (!d.names.length) allFile = true;
        d.names.forEach((n) => fileWide.add(n));
        break;
      case 'disable-line':
        addOnLine(d.line, d);
        break;
      case 'disable-next-line':
        nextContent ??= nextContentLines(lines, visibleText);
        addOnLine(nextContent[d.line], d);
        break;
      default:
        state = apply(state, d);
        if (changes.length && changes[changes.length - 1].line === d.line) changes[changes.length - 1].state = state;
        else changes.push({ line: d.line, state });
    }
  }
  const turnsOff = (s: State, rule: string, category: string) => {
    const named = s.names.has(rule) || s.names.has(category);
    return s.all ? !named : named;
  };
  const stateAt = (line: number): State | undefined => {
    let lo = 0;
    let hi = changes.length - 1;
    let found: State | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (changes[mid].line <= line) {
        found = changes[mid].state;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  return (rule, category, line) => {
    if (allFile || fileWide.has(rule) || fileWide.has(category)) return true;
    const s = stateAt(line);
    if (s && turnsOff(s, rule, category)) return true;
    return (onLine.get(line) ?? []).some((n) => n.all || n.names.has(rule) || n.names.has(category));
  };
}

/** For each line, the next line after it that holds text (directives are already blanked out). */
function nextContentLines(lines: LineIndex, visibleText: string): number[] {
  const next = new Array<number>(lines.lineCount);
  let following = lines.lineCount;
  for (let l = lines.lineCount - 1; l >= 0; l--) {
    next[l] = following;
    if (visibleText.slice(lines.lineStarts[l], lines.lineEnds[l]).trim() !== '') following = l;
  }
  return next;
}

/** Whether a span overlaps one of the directives (sorted, disjoint). */
function overlapsAny(list: Directive[], span: Span): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = list[mid].span;
    if (d.end <= span.start) lo = mid + 1;
    else if (d.start >= Math.max(span.end, span.start + 1)) hi = mid - 1;
    else return true;
  }
  return false;
}

function apply(state: State, { kind, names }: Directive): State {
  if (names.length === 0) return { all: kind === 'disable', names: new Set() };
  const next = new Set(state.names);
  // While everything is off, `names` lists the rules turned back on; otherwise the rules turned off.
  const add = (kind === 'disable') !== state.all;
  for (const n of names) {
    if (add) next.add(n);
    else next.delete(n);
  }
  return { all: state.all, names: next };
}
