// The published JSON Schema is built from the rule registry; it must list every rule as it is now,
// describe each rule option precisely, and carry the caps the run-time checks enforce.

import Ajv from 'ajv';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_OPTION_SCHEMAS } from '../../server/src/config/rule-options';
import { buildSchema } from '../../server/src/config/schema';
import { validateAgainstSchema } from '../../server/src/config/validate';
import { allRules, GLOB_LIMITS, USER_PATTERN_LIMITS } from '../../server/src/engine';
import { TEMPLATE_LIMITS } from '../../server/src/engine/templates/validate';

const SCHEMA_PATH = resolve(__dirname, '../../schemas/gongwenrc.schema.json');
const schema = () => JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));

describe('schemas/gongwenrc.schema.json', () => {
  it('matches the rule registry (rebuild: GONGWEN_WRITE_SCHEMA=1 npx vitest run test/config/schema.test.ts)', () => {
    const built = JSON.stringify(buildSchema(allRules), null, 2) + '\n';
    if (process.env.GONGWEN_WRITE_SCHEMA) writeFileSync(SCHEMA_PATH, built);
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(built);
  });

  it('completes every rule id and offers its options, with their allowed values', () => {
    const ruleProperties = schema().properties.rules.properties;
    expect(Object.keys(ruleProperties).sort()).toEqual(allRules.map((r) => r.id).sort());
    expect(ruleProperties['numbering-hierarchy'].anyOf[2].properties.options).toEqual({ $ref: '#/definitions/options:numbering-hierarchy' });
    const hierarchy = schema().definitions['options:numbering-hierarchy'].properties;
    expect(hierarchy.policy).toEqual({ type: 'string', enum: ['consistent', 'strict', 'allow-skip'], default: 'consistent' });
    expect(schema().properties.levelSkip.enum).toEqual(['consistent', 'strict', 'allow-skip']);
  });

  it('describes every option every rule declares, and each default is valid against its description', () => {
    const ajv = new Ajv({ strict: false });
    for (const rule of allRules) {
      const declared = Object.keys(rule.defaultOptions ?? {});
      expect(Object.keys(RULE_OPTION_SCHEMAS[rule.id] ?? {}).sort(), rule.id).toEqual(declared.sort());
      for (const name of declared) {
        const option = RULE_OPTION_SCHEMAS[rule.id][name];
        expect(option.type ?? option.anyOf, `${rule.id}.${name} has a type`).toBeDefined();
        expect(ajv.validate(option, rule.defaultOptions![name]), `${rule.id}.${name}: ${JSON.stringify(ajv.errors)}`).toBe(true);
      }
    }
  });

  it('carries the caps the engine enforces', () => {
    const s = schema();
    expect(s.properties.placeholders.maxItems).toBe(USER_PATTERN_LIMITS.maxPatterns);
    expect(s.properties.placeholders.items.anyOf[2].properties.regex.maxLength).toBe(USER_PATTERN_LIMITS.maxLength);
    expect(s.properties.ignore.items.maxLength).toBe(GLOB_LIMITS.maxLength);
    expect(s.properties.reportTypeByPath.propertyNames.maxLength).toBe(GLOB_LIMITS.maxLength);
    expect(s.definitions.template.properties.sections.maxItems).toBe(TEMPLATE_LIMITS.sections);
    expect(s.definitions.globs.items.maxLength).toBe(GLOB_LIMITS.maxLength);
  });

  it('is a valid schema for editors and for ajv in strict mode', () => {
    const ajv = new Ajv({ strictTuples: false });
    ajv.addVocabulary(['markdownDescription']);
    expect(() => ajv.compile(schema())).not.toThrow();
  });

  it('checked field by field at run time, accepts and refuses exactly what the whole schema does', () => {
    const ajv = new Ajv({ allErrors: true, strictTuples: false });
    ajv.addVocabulary(['markdownDescription']);
    const whole = ajv.compile(schema());
    const scalar = fc.oneof(fc.constantFrom('off', 'warning', 'strict', '', '〔待填〕', '*.txt', 'x'.repeat(300), '工作总结'), fc.integer({ min: -2, max: 3 }), fc.boolean(), fc.constant(null));
    const value = fc.letrec<{ any: unknown }>((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('regex', 'text', 'type', 'sections', 'options', 'patterns', 'policy', 'allow', 'key', 'name', 'words'), tie('any'), { maxKeys: 3 })),
    })).any;
    const rule = fc.constantFrom(...allRules.map((r) => r.id), 'no-such-rule');
    const config = fc.oneof(
      fc.dictionary(fc.constantFrom(...Object.keys(schema().properties), 'colour'), value, { maxKeys: 4 }),
      fc.record({ rules: fc.dictionary(rule, fc.oneof(value, fc.tuple(fc.constantFrom('error', 'loud'), value)), { maxKeys: 3 }) }),
      value,
    );
    fc.assert(
      fc.property(config, (c) => {
        expect(validateAgainstSchema(c).problems.length === 0).toBe(whole(c));
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});
