import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, CATEGORIES } from '../../server/src/engine';

describe('rule registry', () => {
  it('gives every rule a unique kebab-case id and a known category and severity', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(CATEGORIES).toContain(rule.category);
      expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
    }
  });

  it('documents every rule in Chinese and English, with a page under docs/rules/', () => {
    for (const rule of allRules) {
      expect(rule.doc.zh.length, rule.id).toBeGreaterThan(10);
      expect(rule.doc.en.length, rule.id).toBeGreaterThan(10);
      expect(rule.basis.zh.length, rule.id).toBeGreaterThan(2);
      const page = resolve(__dirname, '../../docs/rules', `${rule.id}.md`);
      expect(existsSync(page), `docs/rules/${rule.id}.md`).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain(rule.id);
    }
  });

  it('says on each rule page whether the rule fixes on its own or only suggests', () => {
    for (const rule of allRules) {
      const edits = /^- 修改 \/ edits: (.*)$/m.exec(readFileSync(resolve(__dirname, '../../docs/rules', `${rule.id}.md`), 'utf8'))?.[1];
      expect(edits, `docs/rules/${rule.id}.md has no "- 修改 / edits:" line`).toBeDefined();
      expect(edits!.includes('--fix` 与保存时'), `${rule.id}: fix`).toBe(rule.fixable === true);
      expect(edits!.includes('从不自动应用'), `${rule.id}: suggestions`).toBe(rule.hasSuggestions === true);
    }
  });
});
