// Word's automatic numbering rendered as the text Word shows: the definitions of numbering.xml
// (abstractNum, num, lvlOverride/startOverride), the numbering a paragraph style carries
// (styles.xml, through basedOn), and the counters as Word keeps them while it lays the body out.

import { formatChineseNumeral } from '../engine/numerals';
import { child, onOff, val, type XmlElement } from './xml';

interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  /** Lower levels restart after a level at or above this one (0-based); -1: never. */
  restartAfter: number | undefined;
  suffix: string;
  legal: boolean;
  /** The paragraph style this level is linked to (`w:pStyle`): paragraphs of that style take this level. */
  styleId?: string;
}

interface NumberingInstance {
  abstractId: string;
  /** Levels redefined by this instance (lvlOverride/lvl). */
  levels: Map<number, LevelDefinition>;
  /** Levels this instance restarts, and where (lvlOverride/startOverride). */
  startOverrides: Map<number, number>;
}

export interface NumberingReference {
  numId: string;
  level: number;
}

export interface StyleSheet {
  /** The numbering a paragraph style gives its paragraphs, basedOn followed. */
  numberingOf(styleId: string | undefined): Partial<NumberingReference> | undefined;
  /** The style and those it is based on, nearest first (the default paragraph style when none is named). */
  chainOf(styleId: string | undefined): string[];
  /** The numbering instance a numbering style (a list style) stands for. */
  listStyleNumId(styleId: string): string | undefined;
}

const MAX_LEVEL = 8;

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function readLevel(lvl: XmlElement): LevelDefinition {
  const restart = val(lvl, 'w:lvlRestart');
  const suffix = val(lvl, 'w:suff') ?? 'tab';
  return {
    start: int(val(lvl, 'w:start'), 0),
    format: val(lvl, 'w:numFmt') ?? 'decimal',
    text: val(lvl, 'w:lvlText') ?? '',
    restartAfter: restart === undefined ? undefined : int(restart, 1) - 1,
    suffix: suffix === 'space' ? ' ' : suffix === 'nothing' ? '' : '\t',
    legal: onOff(lvl, 'w:isLgl') ?? false,
    styleId: val(lvl, 'w:pStyle'),
  };
}

function readLevels(parent: XmlElement): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>();
  for (const lvl of parent.children) {
    if (lvl.name !== 'w:lvl') continue;
    const ilvl = int(lvl.attrs['w:ilvl'], -1);
    if (ilvl >= 0 && ilvl <= MAX_LEVEL) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa …: the letter repeated. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return LETTERS[(n - 1) % 26].repeat(Math.floor((n - 1) / 26) + 1);
}

function fromTable(table: string, n: number): string | undefined {
  return n >= 1 && n <= table.length ? table[n - 1] : undefined;
}

/** Chinese counting up to 9999 (一百零一, 一千二百); below 100 as writers write it (十一, 二十). */
function chineseCounting(n: number, digits = IDEOGRAPH_DIGITS.replace('〇', '零')): string {
  if (n < 100) return formatChineseNumeral(n);
  if (n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i];
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out) out += digits[0];
    zero = false;
    out += digits[d] + unit;
  });
  return out;
}

function legalCounting(n: number): string {
  if (n >= 10000) return String(n);
  if (n < 10) return LEGAL_DIGITS[n];
  const units = ['', '拾', '佰', '仟'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out) out += LEGAL_DIGITS[0];
    zero = false;
    out += LEGAL_DIGITS[d] + units[ds.length - 1 - i];
  });
  return out;
}

/** A counter's value in a numFmt of ECMA-376 §17.18.59; formats not listed fall back to decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return fromTable(CIRCLED, n) ?? String(n);
    case 'decimalEnclosedParen':
      return fromTable(PARENTHESIZED, n) ?? `(${n})`;
    case 'decimalEnclosedFullstop':
      return fromTable(FULL_STOP, n) ?? `${n}.`;
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n >= 0 ? chineseCounting(n) : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/[0-9]/g, (d) => IDEOGRAPH_DIGITS[Number(d)]);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return n >= 0 ? legalCounting(n) : String(n);
    case 'ideographTraditional':
      return fromTable(HEAVENLY_STEMS, n) ?? String(n);
    case 'ideographZodiac':
      return fromTable(EARTHLY_BRANCHES, n) ?? String(n);
    default:
      return String(n);
  }
}

/** Symbol and Wingdings bullets live in the Private Use Area; shown as the bullet they draw. */
function bulletText(text: string): string {
  return text.replace(/[\uf000-\uf0ff]/g, '•');
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, LevelDefinition>>();
  /** Abstract definitions that only point at a list style (`w:numStyleLink`), which holds the levels. */
  private readonly styleLinks = new Map<string, string>();
  private readonly instances = new Map<string, NumberingInstance>();
  /** Counters per abstract definition: Word continues a list across instances that share one. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly instancesStarted = new Set<string>();
  private readonly startsInForce = new Map<string, Map<number, number>>();

  constructor(
    numberingPart: XmlElement | undefined,
    private readonly styles: StyleSheet,
  ) {
    if (!numberingPart) return;
    for (const c of numberingPart.children) {
      if (c.name === 'w:abstractNum') {
        const id = c.attrs['w:abstractNumId'];
        if (id === undefined) continue;
        this.abstracts.set(id, readLevels(c));
        const link = val(c, 'w:numStyleLink');
        if (link !== undefined) this.styleLinks.set(id, link);
      } else if (c.name === 'w:num') {
        const id = c.attrs['w:numId'];
        const abstractId = val(c, 'w:abstractNumId');
        if (id === undefined || abstractId === undefined) continue;
        const instance: NumberingInstance = { abstractId, levels: new Map(), startOverrides: new Map() };
        for (const o of c.children) {
          if (o.name !== 'w:lvlOverride') continue;
          const ilvl = int(o.attrs['w:ilvl'], -1);
          if (ilvl < 0 || ilvl > MAX_LEVEL) continue;
          const start = val(o, 'w:startOverride');
          if (start !== undefined) instance.startOverrides.set(ilvl, int(start, 0));
          const lvl = child(o, 'w:lvl');
          if (lvl) instance.levels.set(ilvl, readLevel(lvl));
        }
        this.instances.set(id, instance);
      }
    }
  }

  /** The abstract definition that holds the levels: through a list style when it only links to one. */
  private definitionOf(abstractId: string): string {
    const link = this.styleLinks.get(abstractId);
    if (link === undefined) return abstractId;
    const numId = this.styles.listStyleNumId(link);
    const target = numId === undefined ? undefined : this.instances.get(numId)?.abstractId;
    return target !== undefined && !this.styleLinks.has(target) ? target : abstractId;
  }

  private level(instance: NumberingInstance, ilvl: number): LevelDefinition | undefined {
    return instance.levels.get(ilvl) ?? this.abstracts.get(this.definitionOf(instance.abstractId))?.get(ilvl);
  }

  /** The level of `numId` linked to one of these paragraph styles (nearest first), if any. */
  levelOfStyle(numId: string, styleIds: string[]): number | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    for (const styleId of styleIds) {
      for (let l = 0; l <= MAX_LEVEL; l++) if (this.level(instance, l)?.styleId === styleId) return l;
    }
    return undefined;
  }

  /**
   * The label Word shows before the next paragraph numbered `ref` (its suffix included), and
   * counts it. Undefined when the reference names no numbering (numId 0, an unknown id).
   */
  next(ref: NumberingReference): string | undefined {
    const instance = this.instances.get(ref.numId);
    if (!instance) return undefined;
    const ilvl = Math.min(Math.max(ref.level, 0), MAX_LEVEL);
    const definition = this.level(instance, ilvl);
    if (!definition) return undefined;

    const definitionId = this.definitionOf(instance.abstractId);
    const counters = this.counters.get(definitionId) ?? [];
    this.counters.set(definitionId, counters);
    let starts = this.startsInForce.get(definitionId);
    if (!starts) this.startsInForce.set(definitionId, (starts = new Map()));
    if (!this.instancesStarted.has(ref.numId)) {
      this.instancesStarted.add(ref.numId);
      for (const [l, start] of instance.startOverrides) {
        counters[l] = undefined;
        starts.set(l, start);
      }
    }
    const startOf = (l: number) => starts.get(l) ?? this.level(instance, l)?.start ?? 0;

    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
    for (let l = ilvl + 1; l <= MAX_LEVEL; l++) {
      const restartAfter = this.level(instance, l)?.restartAfter;
      if (restartAfter === undefined || (restartAfter >= 0 && ilvl <= restartAfter)) counters[l] = undefined;
    }

    if (definition.format === 'bullet') return bulletText(definition.text) + definition.suffix;
    const label = definition.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counters[l] ?? startOf(l);
      const format = this.level(instance, l)?.format ?? 'decimal';
      return formatNumber(value, definition.legal && format !== 'none' ? 'decimal' : format);
    });
    return label ? label + definition.suffix : '';
  }
}

interface StyleDefinition {
  basedOn?: string;
  numId?: string;
  level?: number;
}

/** Paragraph styles' numbering and list styles, from styles.xml. */
export function readStyleSheet(stylesPart: XmlElement | undefined): StyleSheet {
  const styles = new Map<string, StyleDefinition>();
  const listStyles = new Map<string, string>();
  let defaultParagraphStyle: string | undefined;
  for (const s of stylesPart?.children ?? []) {
    if (s.name !== 'w:style') continue;
    const id = s.attrs['w:styleId'];
    if (id === undefined) continue;
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    if (s.attrs['w:type'] === 'numbering') {
      const numId = val(numPr, 'w:numId');
      if (numId !== undefined) listStyles.set(id, numId);
      continue;
    }
    if (s.attrs['w:type'] !== 'paragraph') continue;
    if (/^(?:1|true|on)$/i.test(s.attrs['w:default'] ?? '')) defaultParagraphStyle = id;
    const ilvl = val(numPr, 'w:ilvl');
    styles.set(id, { basedOn: val(s, 'w:basedOn'), numId: val(numPr, 'w:numId'), level: ilvl === undefined ? undefined : int(ilvl, 0) });
  }
  const chainOf = (styleId: string | undefined): string[] => {
    const chain: string[] = [];
    for (let id = styleId ?? defaultParagraphStyle; id !== undefined && !chain.includes(id); id = styles.get(id)?.basedOn) {
      if (!styles.has(id)) break;
      chain.push(id);
    }
    return chain;
  };
  return {
    chainOf,
    listStyleNumId: (styleId) => listStyles.get(styleId),
    numberingOf(styleId) {
      const found: Partial<NumberingReference> = {};
      for (const id of chainOf(styleId)) {
        const style = styles.get(id)!;
        found.numId ??= style.numId;
        found.level ??= style.level;
      }
      return found.numId === undefined && found.level === undefined ? undefined : found;
    },
  };
}
