// Reading .gongwenrc.json: what applies, and what the writer is told about what does not.

import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/engine';
import { mergeConfigs, parseJsonWithPositions, readConfigText, toCheckOptions, validateConfig } from '../../server/src/engine/config';

const read = (text: string, trusted = true) => readConfigText(text, { trusted });
/** `line:column field` of each problem, in the order of the file. */
const where = (text: string, trusted = true) => read(text, trusted).problems.map((p) => `${p.line}:${p.column} ${p.field}`);

describe('a valid configuration', () => {
  const text = `{
  "$schema": "./schemas/gongwenrc.schema.json",
  // house rules of the office
  "rules": {
    "placeholder-letters": "warning",
    "numbering-sequence": "off",
    "numbering-hierarchy": ["info", { "policy": "allow-skip" }],
    "placeholder-date": { "severity": "info" },
  },
  "levelSkip": "strict",
  "reportType": "述职报告",
  "reportTypeByPath": { "自评/**": "自评报告" },
  "placeholders": ["〔待填〕", { "regex": "（填写[^）]{0,20}）", "message": "模板提示未删除" }],
  "ignore": ["drafts/"]
}`;

  it('applies every field, with no problem reported', () => {
    const { config, problems } = read(text);
    expect(problems).toEqual([]);
    expect(toCheckOptions(config)).toEqual({
      rules: {
        'placeholder-letters': { severity: 'warning' },
        'numbering-sequence': { severity: 'off' },
        // The rule's own option wins over levelSkip.
        'numbering-hierarchy': { severity: 'info', options: { policy: 'allow-skip' } },
        'placeholder-date': { severity: 'info' },
        'placeholder-custom': { options: { patterns: ['〔待填〕', { regex: '（填写[^）]{0,20}）', message: '模板提示未删除' }].map((p) => (typeof p === 'string' ? { text: p } : p)) } },
      },
      settings: { defaultReportType: '述职报告', reportTypeByPath: [{ glob: '自评/**', type: '自评报告' }] },
    });
    expect(config.ignore).toEqual(['drafts/']);
  });

  it('levelSkip sets the numbering-hierarchy policy, and changes what the writer sees', () => {
    const report = '一、主要做法\n（一）强化领导。内容。\n二、主要成效\n1.成效一。内容。\n';
    const strict = toCheckOptions(read('{ "levelSkip": "strict" }').config);
    const allow = toCheckOptions(read('{ "levelSkip": "allow-skip" }').config);
    expect(strict.rules?.['numbering-hierarchy']).toEqual({ options: { policy: 'strict' } });
    const hierarchy = (options: object) => check(report, options).findings.filter((f) => f.rule === 'numbering-hierarchy').length;
    expect(hierarchy(strict)).toBe(1);
    expect(hierarchy(allow)).toBe(0);
  });

  it('extra placeholders are reported by placeholder-custom', () => {
    const options = toCheckOptions(read('{ "placeholders": ["〔待填〕", { "regex": "（填写[^）]{0,20}）" }] }').config);
    const found = check('〔待填〕完成了（填写数量）项任务。', options).findings.filter((f) => f.rule === 'placeholder-custom');
    expect(found.map((f) => f.message.zh)).toEqual(['未填写的占位内容“〔待填〕”', '未填写的占位内容“（填写数量）”']);
  });
});

describe('a configuration with mistakes: each named with its line and field, the rest applied', () => {
  it('an unknown rule, with the id it was probably meant to be', () => {
    const { config, problems } = read('{\n  "rules": {\n    "placeholder-lettrs": "off",\n    "placeholder-date": "off"\n  }\n}');
    expect(problems).toMatchObject([{ line: 3, column: 5, field: 'rules.placeholder-lettrs', severity: 'warning' }]);
    expect(problems[0].message.zh).toContain('是否是“placeholder-letters”');
    expect(config.rules).toEqual({ 'placeholder-date': { severity: 'off' } });
  });

  it('a bad severity, an unknown option and an option of the wrong type', () => {
    const text = '{\n "rules": {\n  "placeholder-date": "loud",\n  "numbering-hierarchy": ["warning", { "policy": 3, "depth": 2 }]\n }\n}';
    expect(where(text)).toEqual(['3:3 rules.placeholder-date', '4:40 rules.numbering-hierarchy.options.policy', '4:53 rules.numbering-hierarchy.options.depth']);
    expect(read(text).config.rules).toEqual({ 'numbering-hierarchy': { severity: 'warning', options: {} } });
  });

  it('unknown fields, a category used as a rule id, and a rule id at the top level', () => {
    expect(where('{\n "colour": 1,\n "rules": { "placeholder": "off" },\n "placeholder-date": "off"\n}')).toEqual(['2:2 colour', '3:13 rules.placeholder', '4:2 placeholder-date']);
    expect(read('{ "placeholder-date": "off" }').problems[0].message.en).toContain('inside "rules"');
  });

  it('wrong types for the top-level fields', () => {
    const text = '{"levelSkip": "sometimes", "reportType": 3, "reportTypeByPath": [], "placeholders": "XX", "templates": {}, "lexicons": [], "ignore": "drafts"}';
    expect(read(text).problems.map((p) => p.field)).toEqual(['levelSkip', 'reportType', 'reportTypeByPath', 'placeholders', 'templates', 'lexicons', 'ignore']);
  });

  it('a regular expression that could not run in linear time is refused, saying where and why', () => {
    const { config, problems } = read('{\n  "placeholders": [\n    "〔待填〕",\n    { "regex": "(X+)+" }\n  ]\n}');
    expect(problems).toMatchObject([{ line: 4, column: 7, field: 'placeholders[1].regex', severity: 'error' }]);
    expect(problems[0].message.zh).toContain('第 3 个字符处');
    expect(config.placeholders).toEqual([{ text: '〔待填〕' }]);
  });

  it('a key given twice is a warning: the last one applies', () => {
    const { config, problems } = read('{\n "reportType": "请示",\n "reportType": "报告"\n}');
    expect(problems).toMatchObject([{ line: 3, column: 2, field: 'reportType', severity: 'warning' }]);
    expect(config.reportType).toBe('报告');
  });
});

describe('a file that is not JSON', () => {
  it.each([
    ['{\n  "rules": {\n    "a": "off"\n    "b": "off"\n  }\n}', 4, 5, 'rules', '"," or "}"'],
    ['{\n  "rules"： {}\n}', 2, 10, '', 'full-width'],
    ['{ "placeholders": ["\\d"] }', 1, 21, 'placeholders[0]', 'backslash'],
    ["{ 'rules': {} }", 1, 3, '', 'double quotes'],
    ['{ "rules": { /* unfinished', 1, 14, 'rules', 'unterminated comment'],
    ['', 1, 1, '', 'a value'],
  ])('%j: one problem at its line and column, and the defaults apply', (text, line, column, field, words) => {
    const { config, problems } = read(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, column, field, severity: 'error' });
    expect(problems[0].message.en).toContain(words);
    expect(problems[0].message.en).toContain('checking with the defaults');
    expect(toCheckOptions(config)).toEqual({ rules: {}, settings: {} });
  });

  it('never throws, whatever the text', () => {
    for (const text of ['{', '[', '"', '{"a":', '{"__proto__": {"polluted": 1}}', 'null', '[1,2]', '{"rules": {"x": [[[[[[[]]]]]]]}}', '\ufeff{}', '{"a": 1e999}']) {
      expect(() => read(text)).not.toThrow();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('an untrusted workspace (VS Code restricted mode)', () => {
  const text = '{\n "placeholders": ["〔待填〕", { "regex": "（填写[^）]{0,20}）" }],\n "templates": [{ "type": "述职报告" }],\n "rules": { "placeholder-date": "off" }\n}';

  it('drops user regular expressions and templates, says so, and keeps plain data', () => {
    const { config, problems } = read(text, false);
    expect(problems.map((p) => `${p.field} ${p.severity}`)).toEqual(['placeholders[1].regex warning', 'templates warning']);
    expect(problems[0].message.en).toContain('not trusted');
    expect(config.placeholders).toEqual([{ text: '〔待填〕' }]);
    expect(config.templates).toBeUndefined();
    expect(config.rules).toEqual({ 'placeholder-date': { severity: 'off' } });
  });

  it('keeps them when the workspace is trusted', () => {
    const { config, problems } = read(text, true);
    expect(problems).toEqual([]);
    expect(config.placeholders).toHaveLength(2);
    expect(config.templates).toEqual([{ type: '述职报告' }]);
  });
});

describe('editor settings over the file', () => {
  it('replace the fields they set and merge rules per rule', () => {
    const file = read('{ "rules": { "placeholder-date": ["info", { }], "placeholder-words": "off" }, "reportType": "请示", "ignore": ["a"] }').config;
    const settings = validateConfig({ rules: { 'placeholder-date': 'error' }, reportType: '报告' }, { trusted: true }).config;
    const merged = mergeConfigs(file, settings);
    expect(merged.rules).toEqual({ 'placeholder-date': { severity: 'error', options: {} }, 'placeholder-words': { severity: 'off' } });
    expect(merged.reportType).toBe('报告');
    expect(merged.ignore).toEqual(['a']);
  });
});

describe('parseJsonWithPositions', () => {
  it('records where each field and element is', () => {
    const parsed = parseJsonWithPositions('{\n  "a": [1,\n    {"b": true}],\n  "c": null\n}');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.fromEntries(parsed.positions)).toEqual({
      a: { line: 2, column: 3 },
      'a[0]': { line: 2, column: 9 },
      'a[1]': { line: 3, column: 5 },
      'a[1].b': { line: 3, column: 6 },
      c: { line: 4, column: 3 },
    });
    expect(parsed.value).toEqual({ a: [1, { b: true }], c: null });
  });
});
