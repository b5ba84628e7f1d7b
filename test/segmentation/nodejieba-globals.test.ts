// nodejieba 3.5.8's public load() assigns undeclared globals (dict, hmmDict, userDict, idfDict,
// stopWordDict). A script in the same realm with its own top-level `const dict` makes that throw;
// the adapter must keep working, and must not add those globals either. Its own file: the script
// below changes this worker's global scope.
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createJiebaSegmenter } from '../../server/src/segmentation';
import { nodejiebaBuilt } from './native';

describe.skipIf(!nodejiebaBuilt)('the nodejieba segmenter beside a script with its own top-level `const dict`', () => {
  it('still loads nodejieba, and leaves the globals alone', () => {
    runInThisContext('const dict = "mine"; const userDict = "mine too";');
    const warnings: string[] = [];
    const segmenter = createJiebaSegmenter({ warn: (m) => warnings.push(m.en) });
    expect(segmenter.cut('开展党史学习教育')).toEqual(['开展', '党史学习教育']);
    expect(segmenter.backend).toBe('nodejieba');
    expect(warnings).toEqual([]);
    expect(runInThisContext('dict + "/" + userDict')).toBe('mine/mine too');
    for (const name of ['hmmDict', 'idfDict', 'stopWordDict']) expect(name in globalThis).toBe(false);
  });

  it('is what the public API would break on', () => {
    const nodejieba = createRequire(__filename)('nodejieba') as { load: () => unknown };
    expect(() => nodejieba.load()).toThrow(/constant/);
  });
});
