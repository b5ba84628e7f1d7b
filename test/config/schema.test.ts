// The published JSON Schema is built from the rule registry; it must list every rule as it is now.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/src/config/schema';
import { allRules } from '../../server/src/engine';

const SCHEMA_PATH = resolve(__dirname, '../../schemas/gongwenrc.schema.json');

describe('schemas/gongwenrc.schema.json', () => {
  it('matches the rule registry (rebuild: GONGWEN_WRITE_SCHEMA=1 npx vitest run test/config/schema.test.ts)', () => {
    const built = JSON.stringify(buildSchema(allRules), null, 2) + '\n';
    if (process.env.GONGWEN_WRITE_SCHEMA) writeFileSync(SCHEMA_PATH, built);
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(built);
  });

  it('completes every rule id and offers its options', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    const ruleProperties = schema.properties.rules.properties;
    expect(Object.keys(ruleProperties).sort()).toEqual(allRules.map((r) => r.id).sort());
    const hierarchy = ruleProperties['numbering-hierarchy'].anyOf[2].properties.options.properties;
    expect(hierarchy.policy).toEqual({ type: 'string', default: 'consistent' });
    expect(schema.properties.levelSkip.enum).toEqual(['consistent', 'strict', 'allow-skip']);
  });
});
