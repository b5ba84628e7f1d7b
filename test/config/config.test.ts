// Reading .gongwenrc.json: what applies, and what the writer is told about what does not.

import { describe, expect, it } from 'vitest';
import { mergeConfigs, readConfigText, toCheckOptions, validateConfig } from '../../server/src/config/config';
import { check } from '../../server/src/engine';

const read = (text: string, trusted = true) => readConfigText(text, { trusted });
/** `line:column field` of each problem, in the order of the file. */
const where = (text: string, trusted = true) => read(text, trusted).problems.map((p) => `${p.line}:${p.column} ${p.field}`);
const json = (value: unknown) => JSON.stringify(value, null, 2);

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
        'placeholder-custom': { options: { patterns: ['〔待填〕', { regex: '（填写[^）]{0,20}）', message: '模板提示未删除' }] } },
      },
      settings: { defaultReportType: '述职报告', reportTypeByPath: [{ glob: '自评/**', type: '自评报告' }] },
    });
    expect(config.ignore.map((g) => [g.source, g.matches('drafts/a.txt'), g.matches('a.txt')])).toEqual([['drafts/', true, false]]);
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

  it('extra placeholders are reported by placeholder-custom, from placeholders and from the rule\'s own patterns', () => {
    const options = toCheckOptions(read(json({ rules: { 'placeholder-custom': ['warning', { patterns: ['＃＃'] }] }, placeholders: ['〔待填〕', { regex: '（填写[^）]{0,20}）' }] })).config);
    const found = check('〔待填〕完成了（填写数量）项任务，共＃＃人。', options).findings.filter((f) => f.rule === 'placeholder-custom');
    expect(found.map((f) => [f.severity, f.message.zh])).toEqual([
      ['warning', '未填写的占位内容“〔待填〕”'],
      ['warning', '未填写的占位内容“（填写数量）”'],
      ['warning', '未填写的占位内容“＃＃”'],
    ]);
  });

  it('accepts every rule option its rule documents, of the right type', () => {
    const text = json({
      rules: {
        'numbering-style': ['warning', { allow: ['ar-dun', 'cn-dot'] }],
        'required-section': { options: { minHeadings: 2 } },
        'repeated-formula': ['warning', { defaultLimit: 3 }],
        'repeated-phrase': ['info', { minLength: 12, minCount: 4, maxChars: 500000 }],
      },
    });
    expect(read(text).problems).toEqual([]);
  });
});

describe('a configuration with mistakes: each named with its line and field, the rest applied', () => {
  it('an unknown rule, with the id it was probably meant to be', () => {
    const { config, problems } = read('{\n  "rules": {\n    "placeholder-lettrs": "off",\n    "placeholder-date": "off"\n  }\n}');
    expect(problems).toMatchObject([{ line: 3, column: 5, field: 'rules.placeholder-lettrs', severity: 'warning' }]);
    expect(problems[0].message.zh).toContain('是否是“placeholder-letters”');
    expect(config.rules).toEqual({ 'placeholder-date': { severity: 'off' } });
  });

  it('a bad severity, an unknown option and an option value not allowed: one message each', () => {
    const text = '{\n "rules": {\n  "placeholder-date": "loud",\n  "numbering-hierarchy": ["warning", { "policy": 3, "depth": 2 }]\n }\n}';
    const { config, problems } = read(text);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.severity}: ${p.message.en}`)).toEqual([
      '3:3 rules.placeholder-date error: must be one of "off", "error", "warning", "info"',
      '4:40 rules.numbering-hierarchy[1].policy error: must be one of "consistent", "strict", "allow-skip"',
      '4:53 rules.numbering-hierarchy[1].depth warning: rule numbering-hierarchy has no option "depth" (options: policy)',
    ]);
    expect(config.rules).toEqual({ 'numbering-hierarchy': { severity: 'warning', options: {} } });
  });

  it.each([
    [{ 'numbering-style': ['warning', { allow: ['ar-dun', 'xx'] }] }, 'rules.numbering-style[1].allow[1]', 'must be one of "cn-dot"'],
    [{ 'numbering-style': ['warning', { allow: 'ar-dun' }] }, 'rules.numbering-style[1].allow', 'must be an array'],
    [{ 'required-section': { options: { minHeadings: -1 } } }, 'rules.required-section.options.minHeadings', 'must be at least 0'],
    [{ 'repeated-formula': ['warning', { defaultLimit: 1.5 }] }, 'rules.repeated-formula[1].defaultLimit', 'must be an integer'],
    [{ 'repeated-phrase': ['info', { minLength: 1000 }] }, 'rules.repeated-phrase[1].minLength', 'must be at most 50'],
    [{ 'repeated-phrase': ['info', { maxChars: 1e9 }] }, 'rules.repeated-phrase[1].maxChars', 'must be at most 1000000'],
    [{ 'placeholder-custom': ['error', { patterns: [''] }] }, 'rules.placeholder-custom[1].patterns[0]', 'must not be empty'],
    [{ 'placeholder-custom': ['error', { patterns: [{ regex: 'a(' }] }] }, 'rules.placeholder-custom[1].patterns[0].regex', 'missing ")"'],
    [{ 'placeholder-custom': ['error', { patterns: Array(51).fill('〔待填〕') }] }, 'rules.placeholder-custom[1].patterns', 'at most 50 entries'],
    [{ 'placeholder-date': ['error', {}, 3] }, 'rules.placeholder-date', 'at most 2 entries'],
    [{ 'placeholder-date': 5 }, 'rules.placeholder-date', 'must be "off", "error", "warning", "info", or ["warning", { options }]'],
  ])('rule options %j: reported at %s, not dropped in silence', (rules, field, words) => {
    const { problems } = read(json({ rules }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field, severity: 'error' });
    expect(problems[0].line).toBeGreaterThan(1);
    expect(problems[0].message.en).toContain(words);
    expect(problems[0].message.zh).not.toBe('');
  });

  it('unknown fields, a category used as a rule id, and a rule id at the top level', () => {
    expect(where('{\n "colour": 1,\n "rules": { "placeholder": "off" },\n "placeholder-date": "off"\n}')).toEqual(['2:2 colour', '3:13 rules.placeholder', '4:2 placeholder-date']);
    expect(read('{ "placeholder-date": "off" }').problems[0].message.en).toContain('inside "rules"');
  });

  it('wrong types for the top-level fields', () => {
    const text = '{"levelSkip": "sometimes", "reportType": 3, "reportTypeByPath": [], "placeholders": "XX", "templates": {}, "lexicons": [], "ignore": "drafts"}';
    expect(read(text).problems.map((p) => p.field)).toEqual(['levelSkip', 'reportType', 'reportTypeByPath', 'placeholders', 'templates', 'lexicons', 'ignore']);
  });

  it('a report type nobody defines is a warning, and assumes nothing', () => {
    const { config, problems } = read(json({ reportType: '大报告', reportTypeByPath: { '*.txt': '小报告', '*述职*': '述职报告' } }));
    expect(problems.map((p) => `${p.field} ${p.severity}`)).toEqual(['reportType warning', 'reportTypeByPath.*.txt warning']);
    expect(config.reportType).toBeUndefined();
    expect(config.reportTypeByPath).toEqual([{ glob: '*述职*', type: '述职报告' }]);
  });

  it('a regular expression that cannot be used is refused, saying where and why', () => {
    const { config, problems } = read('{\n  "placeholders": [\n    "〔待填〕",\n    { "regex": "(?=X)X" },\n    { "regex": "X?" }\n  ]\n}');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.severity}`)).toEqual(['4:7 placeholders[1].regex error', '5:7 placeholders[2].regex error']);
    expect(problems[0].message.en).toContain('look-arounds');
    expect(problems[1].message.en).toContain('can match empty text');
    expect(config.placeholders).toEqual(['〔待填〕']);
  });

  it('placeholders past the caps are told, one by one, and left out', () => {
    const heavy = { regex: '[^甲乙]{70}X' };
    const { config, problems } = read(json({ placeholders: [...Array(8).fill(heavy)] }));
    expect(problems.map((p) => p.field)).toEqual(['placeholders[4].regex', 'placeholders[5].regex', 'placeholders[6].regex', 'placeholders[7].regex']);
    expect(problems[0].message.en).toContain('together are too complex');
    expect(config.placeholders).toHaveLength(4);
  });

  it('a glob that cannot be used is told and left out, where it is in the file; the others apply', () => {
    const { config, problems } = read(json({ ignore: [3, 'drafts/', '!(x)', 'x'.repeat(300)], reportTypeByPath: { '!(述职)': '述职报告' } }));
    expect(problems.map((p) => `${p.field}: ${p.message.en}`)).toEqual([
      'ignore[0]: must be a string',
      'ignore[2]: the glob cannot be used (negations such as !(…) are not supported)',
      'ignore[3]: too long (at most 256 characters)',
      'reportTypeByPath.!(述职): the glob cannot be used (negations such as !(…) are not supported)',
    ]);
    expect(config.ignore.map((g) => g.source)).toEqual(['drafts/']);
  });

  it('a key given twice is a warning: the last one applies', () => {
    const { config, problems } = read('{\n "reportType": "请示",\n "reportType": "报告"\n}');
    expect(problems).toMatchObject([{ line: 3, column: 2, field: 'reportType', severity: 'warning' }]);
    expect(config.reportType).toBe('报告');
  });

  it('an entry repeated ten times: each copy told, and the rest of the file applies', () => {
    const { config, problems } = read(json({ rules: { 'numbering-style': ['warning', { allow: Array(10).fill('ar-dun') }], 'halfwidth-punctuation': 'off' }, reportType: '工作总结' }));
    expect(problems.map((p) => p.field)).toEqual(Array.from({ length: 9 }, (_, i) => `rules.numbering-style[1].allow[${i + 1}]`));
    expect(problems.every((p) => p.severity === 'warning' && p.message.en === 'repeats entry 1')).toBe(true);
    expect(config.rules).toEqual({ 'numbering-style': { severity: 'warning', options: { allow: ['ar-dun'] } }, 'halfwidth-punctuation': { severity: 'off' } });
    expect(config.reportType).toBe('工作总结');
  });

  it('a file with thousands of mistakes tells the first hundred and how many more', () => {
    const { problems } = read(json({ rules: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`rule-${i}`, 'off'])) }));
    expect(problems).toHaveLength(101);
    expect(problems[100].message.en).toBe('400 more problems not listed');
  });
});

describe('templates: every problem told, with its line and field', () => {
  it('reports what the schema refuses and what only code can see, and keeps the rest', () => {
    const text = json({
      templates: [
        {
          type: '专项报告',
          sectons: [],
          sections: [
            { key: 'a', name: '背景', words: ['背景'] },
            { key: 'a', name: '措施', words: ['措施'] },
            { key: 'c', name: '成效', words: 'x' },
            { key: 'd', name: '问题', words: ['问题'], position: 0 },
          ],
          recognise: { fileNamePatterns: ['*专项*', '!(x)'] },
          since: 'now',
        },
        { aliases: ['无名'] },
      ],
    });
    const { config, problems } = read(text);
    expect(problems.map((p) => `${p.field}: ${p.message.en}`)).toEqual([
      'templates[0].sectons: unknown field "sectons", ignored',
      'templates[0].sections[1].key: duplicate section key "a"',
      'templates[0].sections[2].words: must be an array […]',
      'templates[0].sections[3].position: must be at least 1',
      'templates[0].recognise.fileNamePatterns[1]: the glob cannot be used (negations such as !(…) are not supported)',
      'templates[0].since: must be an integer',
      'templates[1]: missing "type"; the entry is not used',
    ]);
    for (const p of problems) expect(p.line).toBeGreaterThan(1);
    expect(config.templates).toHaveLength(1);
    expect(config.templates![0].recognise?.fileNamePatterns).toEqual(['*专项*']);
  });

  it('caps a template\'s size: 10,000 sections are one problem, the first 20 are kept', () => {
    const sections = Array.from({ length: 10_000 }, (_, i) => ({ key: `s${i}`, name: `第${i}部分`, words: [`词${i}`] }));
    const { config, problems } = read(json({ reportType: '大报告', templates: [{ type: '大报告', sections }] }));
    expect(problems.map((p) => `${p.field}: ${p.message.en}`)).toEqual(['templates[0].sections: at most 20 entries; the rest are not used']);
    expect(config.templates![0].sections).toHaveLength(20);
  });
});

describe('a file that is not JSON', () => {
  it.each([
    ['{\n  "rules": {\n    "a": "off"\n    "b": "off"\n  }\n}', 4, 5, 'rules', 'expected ","'],
    ['{\n  "rules"： {}\n}', 2, 10, '', 'full-width'],
    ['{ "placeholders": ["\\d"] }', 1, 20, 'placeholders', 'backslash'],
    ["{ 'rules': {} }", 1, 3, '', 'double quotes'],
    ['{ "rules": { /* unfinished', 1, 14, 'rules', 'unterminated comment'],
    ['', 1, 1, '', 'a value'],
    ['['.repeat(100_000), 1, 65, '', 'nested more than 64'],
  ])('%j: one problem at its line and column, and the defaults apply', (text, line, column, field, words) => {
    const { config, problems } = read(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, column, field, severity: 'error' });
    expect(problems[0].message.en).toContain(words);
    expect(problems[0].message.en).toContain('checking with the defaults');
    expect(toCheckOptions(config)).toEqual({ rules: {}, settings: {} });
  });

  it('a file over 2 MB is not read', () => {
    const { problems } = read(`{"ignore": ["${'x'.repeat(3 << 20)}"]}`);
    expect(problems).toMatchObject([{ severity: 'error', line: 0 }]);
    expect(problems[0].message.en).toContain('too large');
  });

  it('never throws, whatever the text', () => {
    for (const text of ['{', '[', '"', '{"a":', '{"__proto__": {"polluted": 1}}', 'null', '[1,2]', '{"rules": {"x": [[[[[[[]]]]]]]}}', '\ufeff{}', '{"a": 1e999}']) {
      expect(() => read(text)).not.toThrow();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(read('[1,2]').problems[0].message.en).toBe('the configuration must be a JSON object { … }');
    expect(read('\ufeff{}').problems).toEqual([]);
  });
});

describe('an untrusted workspace (VS Code restricted mode): no user pattern or glob runs', () => {
  it.each([
    ['placeholders', { placeholders: ['〔待填〕', { regex: '（填写[^）]{0,20}）' }] }, 'placeholders[1].regex'],
    ['placeholder-custom patterns', { rules: { 'placeholder-custom': ['error', { patterns: ['〔待填〕', { regex: '（填写[^）]{0,20}）' }] }] } }, 'rules.placeholder-custom[1].patterns[1].regex'],
    ['placeholder-custom patterns, object form', { rules: { 'placeholder-custom': { options: { patterns: [{ regex: '（填写[^）]{0,20}）' }] } } } }, 'rules.placeholder-custom.options.patterns[0].regex'],
    ['ignore', { ignore: ['drafts/'] }, 'ignore'],
    ['reportTypeByPath', { reportTypeByPath: { '*述职*': '述职报告' } }, 'reportTypeByPath'],
    ['templates', { templates: [{ type: '专项报告', recognise: { fileNamePatterns: ['*专项*'] } }] }, 'templates'],
  ])('%s: left out, with one warning naming it', (_key, value, field) => {
    const { config, problems } = read(json(value), false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field, severity: 'warning' });
    expect(problems[0].line).toBeGreaterThan(1);
    expect(problems[0].message.en).toContain('not trusted');
    expect(config.placeholders.filter((p) => typeof p === 'object' && 'regex' in p)).toEqual([]);
    expect([config.ignore, config.reportTypeByPath, config.templates]).toEqual([[], [], undefined]);
    // And the options the engine gets run no pattern: the literal placeholder alone applies.
    const found = check('〔待填〕（填写数量）', toCheckOptions(config)).findings.filter((f) => f.rule === 'placeholder-custom');
    expect(found.map((f) => f.message.zh)).toEqual(value === undefined || JSON.stringify(value).includes('〔待填〕') ? ['未填写的占位内容“〔待填〕”'] : []);
  });

  it('says so once for the whole file, and keeps plain data', () => {
    const text = json({ placeholders: ['〔待填〕', { regex: 'a{2}' }], ignore: ['x'], templates: [{ type: '专项报告' }], rules: { 'placeholder-date': 'off' }, lexicons: { topicTerms: ['乡村振兴'] } });
    const { config, problems } = read(text, false);
    expect(problems).toHaveLength(1);
    expect(problems[0].message.en).toContain('placeholders[1].regex, ignore, templates');
    expect(config.rules).toEqual({ 'placeholder-date': { severity: 'off' } });
    expect(config.lexicons).toEqual({ topicTerms: ['乡村振兴'] });
  });

  it('keeps them when the workspace is trusted', () => {
    const text = json({ placeholders: ['〔待填〕', { regex: 'a{2}' }], templates: [{ type: '专项报告' }] });
    const { config, problems } = read(text, true);
    expect(problems).toEqual([]);
    expect(config.placeholders).toHaveLength(2);
    expect(config.templates).toEqual([{ type: '专项报告' }]);
  });
});

describe('editor settings over the file', () => {
  it('replace the fields they set and merge rules per rule', () => {
    const file = read('{ "rules": { "placeholder-date": ["info", { }], "placeholder-words": "off" }, "reportType": "请示", "ignore": ["a"] }').config;
    const settings = validateConfig({ rules: { 'placeholder-date': 'error' }, reportType: '报告' }, { trusted: true }).config;
    const merged = mergeConfigs(file, settings, new Set(['reportType']));
    expect(merged.rules).toEqual({ 'placeholder-date': { severity: 'error', options: {} }, 'placeholder-words': { severity: 'off' } });
    expect(merged.reportType).toBe('报告');
    expect(merged.ignore.map((g) => g.source)).toEqual(['a']);
  });

  it('are validated as the file is: problems without a position', () => {
    const { config, problems } = validateConfig({ rules: { 'placeholder-custom': { options: { patterns: [''] } }, 'no-such-rule': 'off' } }, { trusted: true });
    expect(problems.map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual(['0:0 rules.no-such-rule', '0:0 rules.placeholder-custom.options.patterns[0]']);
    expect(toCheckOptions(config).rules).toEqual({ 'placeholder-custom': { options: {} } });
  });
});
