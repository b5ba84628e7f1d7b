// The structure checks on the five seed reports: 001 and 003 name their types in their openings
// and have all four sections; 004 tells its work under topic headings; 000 and 002 say nothing of
// their type, so none is assumed. The only structure finding is the lead phrase of 002.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, check } from '../../server/src/engine';

const seeds = resolve(__dirname, '../../../shared/corpus/seeds');
const read = (name: string) => readFileSync(resolve(seeds, name), 'utf8');

describe.skipIf(!existsSync(seeds))('structure on the seeds', () => {
  const files = {
    '000': '000_7bb5cf063f89b13b.txt',
    '001': '001_f7c9bf3b663debaa.txt',
    '002': '002_6295e86795a01676.txt',
    '003': '003_876dce043ba1a933.txt',
    '004': '004_d236006037f4c89f.txt',
  };

  it('recognises all four sections in 001 and 003, and 004\'s work told under topic headings', () => {
    for (const seed of ['001', '003'] as const) {
      const structure = analyse(read(files[seed])).structure!;
      expect(structure.sections.map((s) => s.status), seed).toEqual(['present', 'present', 'present', 'present']);
    }
    const structure = analyse(read(files['004'])).structure!;
    expect(structure.sections.map((s) => `${s.section.name} ${s.status}`)).toEqual(['主要做法 topical', '取得成效 topical', '存在问题 present', '整改措施和下一步打算 present']);
  });

  it('assumes the types their openings name, and none for the others', () => {
    const types = Object.values(files).map((f) => {
      const d = analyse(read(f)).type;
      return `${d.template?.type} ${d.source}`;
    });
    expect(types).toEqual(['undefined default', '评估报告 opening', 'undefined default', '工作总结 opening', '自评报告 opening']);
  });

  it('reports only the lead phrase of 002', () => {
    const seen = Object.entries(files).flatMap(([seed, f]) => {
      const text = read(f);
      const result = check(text);
      return result.findings
        .filter((x) => x.category === 'structure')
        .map((x) => {
          const p = result.model.lines.positionAt(x.span.start);
          return `${seed} ${p.line}:${p.character} ${x.rule} ${x.message.zh}`;
        });
    });
    expect(seen).toEqual(['002 6:358 empty-section “二是便民春风暖人心”只有一句小标题，没有具体内容']);
  });
});
