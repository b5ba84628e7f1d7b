// The template format: built-in templates, the JSON Schema, validation of users' templates and
// how they merge over the built-ins.
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, builtinTemplateProblems, templateRegistry } from '../../server/src/engine/templates/registry';
import { validateTemplates } from '../../server/src/engine/templates/validate';

const root = resolve(__dirname, '../..');
const builtinDir = join(root, 'server/src/engine/templates/builtin');
const schema = JSON.parse(readFileSync(join(root, 'schemas/template.schema.json'), 'utf8'));

describe('built-in templates', () => {
  it('has the types offices write, each valid with no problem', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.type)).toEqual([
      '工作总结', '自评报告', '评估报告', '述职报告', '调研报告', '整改报告', '工作计划', '请示', '报告',
      '通报', '通知', '函', '汇报', '讲话', '政府信息公开工作年度报告', '法治政府建设年度报告',
    ]);
    expect(builtinTemplateProblems()).toEqual([]);
  });

  it('gives 工作总结 the GUIDE\'s four required sections in order, 问题 before 打算', () => {
    const summary = BUILTIN_TEMPLATES[0];
    expect(summary.sections.map((s) => [s.key, s.name, s.required, s.position])).toEqual([
      ['practice', '主要做法', true, 1],
      ['results', '取得成效', true, 1],
      ['problems', '存在问题', true, 2],
      ['plans', '下一步打算', true, 3],
    ]);
    for (const word of ['主要做法', '开展情况', '主要工作', '工作开展', '基本情况', '具体做法', '主要措施', '总体评价']) expect(summary.sections[0].words).toContain(word);
    for (const word of ['成效', '成果', '成绩', '收获', '效果']) expect(summary.sections[1].words).toContain(word);
    for (const word of ['问题', '不足', '差距', '短板']) expect(summary.sections[2].words).toContain(word);
    for (const word of ['下一步', '下步', '打算', '建议', '今后', '常态化', '展望']) expect(summary.sections[3].words).toContain(word);
  });

  it('requires a 请示\'s closing formula always, and a signature of a sent 请示 or 报告; a 报告 may end without 特此报告', () => {
    const request = BUILTIN_TEMPLATES.find((t) => t.type === '请示')!;
    const report = BUILTIN_TEMPLATES.find((t) => t.type === '报告')!;
    expect(request.sections).toEqual([]);
    expect(request.sent).toBe(true);
    expect(request.closing).toMatchObject({ required: true, skeleton: '妥否，请批示。' });
    expect(report.closing).toMatchObject({ required: false, skeleton: '特此报告。' });
    expect(report.opening?.required).toBe(false);
    expect(request.signature).toMatchObject({ signer: true, date: true });
    expect(report.signature).toMatchObject({ signer: true, date: true });
  });

  it('mandates the six parts of the 政府信息公开工作年度报告 at the top level, from the 2019 reports on', () => {
    const annual = BUILTIN_TEMPLATES.find((t) => t.type === '政府信息公开工作年度报告')!;
    expect(annual.fixedSections).toBe(true);
    expect(annual.since).toBe(2019);
    expect(annual.sections.map((s) => [s.name, s.required, s.position])).toEqual([
      ['总体情况', true, 1],
      ['主动公开政府信息情况', true, 2],
      ['收到和处理政府信息公开申请情况', true, 3],
      ['政府信息公开行政复议、行政诉讼情况', true, 4],
      ['存在的主要问题及改进情况', true, 5],
      ['其他需要报告的事项', true, 6],
    ]);
  });

  it('requires nothing of types whose body is free: 通报, 通知, 函, 汇报, 讲话', () => {
    for (const type of ['通报', '通知', '函', '汇报', '讲话']) {
      const t = BUILTIN_TEMPLATES.find((x) => x.type === type)!;
      expect([type, t.sections.filter((s) => s.required), t.closing?.required ?? false, t.signature]).toEqual([type, [], false, undefined]);
    }
  });

  it('keeps every built-in data file valid against the published JSON Schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const files = readdirSync(builtinDir).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(BUILTIN_TEMPLATES.length);
    for (const f of files) {
      const ok = validate(JSON.parse(readFileSync(join(builtinDir, f), 'utf8')));
      expect(ok, `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('describes in the schema exactly the fields the validator knows', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const bad = { type: '述职报告', sectons: [] };
    expect(validate(bad)).toBe(false);
    expect(validateTemplates([bad]).problems.map((p) => p.path)).toEqual(['templates[0].sectons']);
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'aliases', 'closing', 'description', 'fixedSections', 'opening', 'recognise', 'sections', 'sent', 'signature', 'since', 'type']);
    expect(Object.keys(schema.definitions.section.properties).sort()).toEqual(['bodyCues', 'key', 'name', 'position', 'required', 'skeleton', 'topical', 'words']);
  });
});

describe('validating users\' templates', () => {
  it('reports each problem with its path and never throws', () => {
    const inputs: unknown[] = [
      null,
      'nope',
      42,
      [{}],
      [{ type: '' }],
      [{ type: '专项报告', sections: 'x' }],
      [{ type: '专项报告', sections: [{ key: 'a', name: '甲', words: [] }, { key: 'a', name: '乙', words: ['乙'] }, { key: 'b', name: '丙', words: ['丙'] }, { key: 'b', name: '丁', words: ['丁'] }] }],
      [{ type: '专项报告', closing: { phrases: [''] }, signature: 'yes', recognise: { titleWords: 'x' } }],
      [{ type: '专项报告', sections: [{ key: 'a', name: '甲', words: ['甲'], required: 'yes', position: 0 }] }],
    ];
    for (const input of inputs) expect(() => validateTemplates(input)).not.toThrow();
    const paths = (input: unknown) => validateTemplates(input).problems.map((p) => p.path);
    expect(paths('nope')).toEqual(['templates']);
    expect(paths([{}])).toEqual(['templates[0].type']);
    expect(paths([{ type: '专项报告', sections: 'x' }])).toEqual(['templates[0].sections']);
    expect(paths(inputs[6])).toEqual(['templates[0].sections[0].words', 'templates[0].sections[3].key']);
    expect(paths(inputs[7])).toEqual(['templates[0].recognise.titleWords', 'templates[0].closing.phrases', 'templates[0].signature']);
    expect(paths(inputs[8])).toEqual(['templates[0].sections[0].position', 'templates[0].sections[0].required']);
    const [problem] = validateTemplates([{}]).problems;
    expect(problem).toEqual({ path: 'templates[0].type', message: { zh: '缺少文种名称 type（非空字符串）', en: 'missing type (a non-empty string)' } });
  });

  it('keeps the valid parts of a template with problems and fills defaults', () => {
    const { templates } = validateTemplates([{ type: '专项报告', sections: [{ key: 'a', name: '背景', words: ['背景'] }, { key: 'b', name: '措施', words: ['措施'], required: false }, { key: 'c', name: '成效', words: 'x' }] }]);
    expect(templates[0].sections).toEqual([
      { key: 'a', name: '背景', words: ['背景'], required: true, position: 1, topical: false, bodyCues: [], skeleton: '（此处填写背景）' },
      { key: 'b', name: '措施', words: ['措施'], required: false, position: 2, topical: false, bodyCues: [], skeleton: '（此处填写措施）' },
    ]);
  });
});

describe('the registry: built-ins with the user\'s templates', () => {
  it('adds a new type and finds it by name or alias', () => {
    const registry = templateRegistry({ templates: [{ type: '专项报告', aliases: ['专报'], sections: [{ key: 'background', name: '背景', words: ['背景'] }] }] });
    expect(registry.templates).toHaveLength(BUILTIN_TEMPLATES.length + 1);
    expect(registry.find('专报')?.type).toBe('专项报告');
    expect(registry.find('专项报告')?.recognise).toEqual({ titleWords: [], openingWords: [], fileNamePatterns: [] });
    expect(registry.problems).toEqual([]);
  });

  it('merges a template of a built-in type over it, field by field', () => {
    const registry = templateRegistry({ templates: [{ type: '工作总结', recognise: { titleWords: ['小结'] } }] });
    const summary = registry.find('工作总结')!;
    expect(summary.recognise.titleWords).toEqual(['小结']);
    expect(summary.recognise.fileNamePatterns).toEqual(['*总结*']);
    expect(summary.sections).toHaveLength(4);
    expect(registry.templates).toHaveLength(BUILTIN_TEMPLATES.length);
  });

  it('returns the problems of the user\'s templates', () => {
    const templates = [{ type: '工作总结', sections: 'x' }] as never;
    const registry = templateRegistry({ templates });
    expect(registry.problems.map((p) => p.path)).toEqual(['templates[0].sections']);
    expect(registry.find('工作总结')!.sections).toHaveLength(4);
    expect(templateRegistry({})).toBe(templateRegistry(undefined));
  });
});
