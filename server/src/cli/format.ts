// Output formats of the CLI: stylish (for people), json (for tools), sarif (for code scanning).
// Nothing a file name, a document or a configuration holds may reach the terminal as a control
// sequence: stylish text shows control characters as escapes, JSON and SARIF write them as
// JSON escapes (the same values, still valid JSON).

import { allRules, localize, type Locale, type PresentedFinding, type PresentedFix, type Rule } from '../engine';
import type { DocxPlace } from '../docx';
import { docxPlace, summary } from './messages';

/**
 * Characters a terminal acts on instead of showing: C0 controls but tab and line feed, DEL, C1
 * controls (U+009B starts a sequence as ESC [ does), and the bidirectional overrides and isolates
 * that reorder what is shown.
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same in JSON text, where JSON.stringify has already escaped C0 controls. */
const JSON_TERMINAL_CONTROLS = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text safe to print: each control character shown as `\uXXXX`. */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, escaped);
}

/** JSON text safe to print: the characters a terminal acts on written as JSON escapes. */
function jsonForTerminal(json: string): string {
  return json.replace(JSON_TERMINAL_CONTROLS, escaped);
}

export interface ReportedFinding extends PresentedFinding {
  /** In a Word document: the paragraph, heading and words (positions stay those of the extracted text). */
  place?: DocxPlace;
}

export interface FileReport {
  file: string;
  diagnostics: ReportedFinding[];
  /** A Word document: its findings are placed by paragraph, and --fix does not write it. */
  wordDocument?: boolean;
}

export function formatJson(reports: FileReport[]): string {
  const json = JSON.stringify(
    reports.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.rule,
        category: d.category,
        severity: d.severity,
        message: d.message,
        range: d.range,
        ...(d.place ? docxPlaceProperties(d.place) : {}),
        ...(d.fix ? { fix: d.fix } : {}),
        ...(d.suggestions ? { suggestions: d.suggestions } : {}),
      })),
    })),
    null,
    2,
  );
  return jsonForTerminal(json);
}

/** Where a finding is in a Word document, as JSON and SARIF give it (`paragraph` 0-based: 第N段 is paragraph + 1). */
function docxPlaceProperties(place: DocxPlace) {
  return {
    paragraph: place.paragraph,
    ...(place.heading !== undefined ? { heading: place.heading } : {}),
    excerpt: place.excerpt,
    ...(place.inWordNumbering ? { inWordNumbering: true } : {}),
  };
}

const useColor = () => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const paint = (code: number, s: string) => (useColor() ? `\u001b[${code}m${s}\u001b[0m` : s);

export function formatStylish(reports: FileReport[], locale: Locale): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of reports) {
    if (!r.diagnostics.length) continue;
    lines.push(paint(4, forTerminal(r.file)));
    const rows = r.diagnostics.map((d) => {
      counts[d.severity]++;
      return [`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.severity, forTerminal(d.message), forTerminal(d.rule), d.place] as const;
    });
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, message, rule, place] of rows) {
      const colour = sev === 'error' ? 31 : sev === 'warning' ? 33 : 36;
      lines.push(`  ${paint(2, pos.padEnd(w0))}  ${paint(colour, sev.padEnd(w1))}  ${message}  ${paint(2, rule)}`);
      // In a Word document, where the writer finds it: under the message, aligned with it.
      if (place) lines.push(`  ${' '.repeat(w0 + 2 + w1 + 2)}${paint(2, forTerminal(localize(docxPlace(place), locale)))}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  if (total) {
    lines.push(localize(summary.problems(total, counts.error, counts.warning, counts.info), locale));
    const withFix = (wordDocuments: boolean) => reports.reduce((n, r) => n + (Boolean(r.wordDocument) === wordDocuments ? r.diagnostics.filter((d) => d.fix).length : 0), 0);
    const fixable = withFix(false);
    if (fixable) lines.push(localize(summary.fixable(fixable), locale));
    const inWord = withFix(true);
    if (inWord) lines.push(localize(summary.fixableInWord(inWord), locale));
  }
  return lines.join('\n');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(reports: FileReport[], locale: Locale, version: string): string {
  const rules: Rule[] = [...allRules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.rule,
      ruleIndex: index.get(d.rule),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      // A fix is an edit of the file's text: a Word document's is not (its edits are on the extracted text).
      ...(d.fix && !r.wordDocument ? { fixes: [sarifFix(r.file, d.fix)] } : {}),
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(r.file), ...(isAbsolute(r.file) ? {} : { uriBaseId: '%SRCROOT%' }) },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
      // In a Word document, the paragraph (0-based, as in the JSON output: 第N段 is paragraph + 1), its heading and the words.
      ...(d.place ? { properties: docxPlaceProperties(d.place) } : {}),
    })),
  );
  const json = JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'gongwen',
              version,
              semanticVersion: version,
              rules: rules.map((r) => ({
                id: r.id,
                name: r.id.replace(/(^|-)([a-z])/g, (_, _d, c: string) => c.toUpperCase()),
                shortDescription: { text: firstSentence(localize(r.doc, locale)) },
                fullDescription: { text: localize(r.doc, locale) },
                help: { text: `${localize(r.doc, locale)}\n${localize(r.basis, locale)}` },
                defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity], enabled: r.enabledByDefault !== false },
                properties: { category: r.category, tags: [r.category] },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
  return jsonForTerminal(json);
}

function sarifFix(file: string, fix: PresentedFix) {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: { uri: toUri(file), ...(isAbsolute(file) ? {} : { uriBaseId: '%SRCROOT%' }) },
        replacements: fix.edits.map((e) => ({
          deletedRegion: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1 },
          insertedContent: { text: e.newText },
        })),
      },
    ],
  };
}

function firstSentence(s: string): string {
  const m = /^[^。.]*[。.]/.exec(s);
  return m ? m[0] : s;
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);
}

function toUri(p: string): string {
  const forward = p.split('\\').join('/');
  const encoded = forward.split('/').map(encodeURIComponent).join('/');
  return isAbsolute(p) ? `file://${forward.startsWith('/') ? '' : '/'}${encoded}` : encoded;
}
