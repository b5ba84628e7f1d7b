// The structure checks on the five seed reports: 001, 002 and 003 have all four sections of a
// summary; the only structure findings are the lead phrase of 002 and 004's missing 成效.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, parse } from '../../server/src/engine';
import { detectReportType } from '../../server/src/engine/templates/detect';
import { analyseStructure } from '../../server/src/engine/templates/structure';

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

  it('recognises all four sections of a summary in 001, 002 and 003 (and 000), combined headings included', () => {
    for (const seed of ['000', '001', '002', '003'] as const) {
      const model = parse(read(files[seed]));
      const structure = analyseStructure(model, detectReportType(model).template!);
      expect(structure.sections.map((s) => s.status), seed).toEqual(['present', 'present', 'present', 'present']);
    }
    const model = parse(read(files['002']));
    const structure = analyseStructure(model, detectReportType(model).template!);
    expect(structure.headings.map((h) => h.matches.map((m) => m.section.key))).toEqual([['practice'], ['results', 'problems'], ['plans']]);
  });

  it('assumes the types their openings name, and the default type for the others', () => {
    const types = Object.values(files).map((f) => {
      const d = detectReportType(parse(read(f)));
      return `${d.template?.type} ${d.source}`;
    });
    expect(types).toEqual(['工作总结 default', '评估报告 opening', '工作总结 default', '工作总结 opening', '自评报告 opening']);
  });

  it('reports only the lead phrase of 002 and the missing 成效 of 004', () => {
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
    expect(seen).toEqual([
      '002 6:358 empty-section “二是便民春风暖人心”只有一句小标题，没有具体内容',
      '004 0:0 required-section 缺少“取得成效”部分（一级标题中没有“成效”“成果”“成绩”等词）；按“自评报告”检查（开头“现就XXX党史学习教育工作自评如下”含“自评”）',
    ]);
  });
});
