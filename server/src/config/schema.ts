// The JSON Schema of `.gongwenrc.json` (schemas/gongwenrc.schema.json), built from the rule
// registry so that the editor completes every rule id and option, and used at run time (ajv, in
// validate.ts) to check the whole file: what the editor flags is what the checker reports. Its
// caps (how many placeholders, how long a glob, how many sections …) keep any configuration's
// cost bounded. test/config/schema.test.ts fails when the committed file is out of date and says
// how to rebuild it.

import templateSchema from '../../../schemas/template.schema.json';
import { BUILTIN_TEMPLATES, GLOB_LIMITS, type Rule } from '../engine';
import { PLACEHOLDERS_SCHEMA, RULE_OPTION_SCHEMAS, type Schema } from './rule-options';

export type { Schema };

const SEVERITIES = ['off', 'error', 'warning', 'info'];
const SEVERITY_HELP = 'off 关闭 / error 错误 / warning 警告 / info 提示 — off, error, warning or info';

/** Caps of the fields that are not a rule's options or a template. */
export const CONFIG_LIMITS = {
  ignore: 100,
  reportTypeByPath: 100,
  templates: 30,
  reportTypeLength: 50,
  lexicon: { formulas: 200, canonical: 200, topicTerms: 2000, disabled: 500, variants: 20, phraseLength: 100, termLength: 50, noteLength: 200, limit: 100 },
} as const;

function bilingual(zh: string, en: string): string {
  return `${zh}\n\n${en}`;
}

/** A severity, written out in each place it is allowed (no `$ref`: ajv then names the branch of an `anyOf` that failed). */
const severity = (): Schema => ({ type: 'string', enum: SEVERITIES, description: SEVERITY_HELP });

function optionsSchema(rule: Rule): Schema {
  const properties: Record<string, Schema> = {};
  for (const [name, value] of Object.entries(rule.defaultOptions ?? {})) {
    properties[name] = { ...RULE_OPTION_SCHEMAS[rule.id]?.[name], default: value };
  }
  return { type: 'object', properties, additionalProperties: false };
}

/** A rule's options are described once, in `definitions`, and referred to from both forms that hold them. */
const optionsRef = (rule: Rule): Schema => ({ $ref: `#/definitions/${OPTIONS_PREFIX}${rule.id}` });
const OPTIONS_PREFIX = 'options:';

function ruleSchema(rule: Rule): Schema {
  const options = optionsRef(rule);
  return {
    description: bilingual(rule.doc.zh, rule.doc.en),
    markdownDescription: `**${rule.id}** (${rule.category}, ${rule.enabledByDefault === false ? `off by default; ${rule.defaultSeverity} when on` : rule.defaultSeverity})\n\n${rule.doc.zh}\n\n${rule.doc.en}\n\n${rule.basis.zh}`,
    anyOf: [
      severity(),
      { type: 'array', items: [severity(), options], minItems: 1, maxItems: 2 },
      { type: 'object', properties: { severity: severity(), options }, additionalProperties: false },
    ],
  };
}

const words = (maxItems: number, maxLength: number): Schema => ({ type: 'array', maxItems, items: { type: 'string', minLength: 1, maxLength } });

function lexiconsSchema(): Schema {
  const l = CONFIG_LIMITS.lexicon;
  const phrase = { type: 'string', minLength: 2, maxLength: l.phraseLength };
  return {
    type: 'object',
    description: bilingual('词表补充：套话及次数上限、规范表述、不计重复的主题词（格式见 docs/lexicons.md）。', 'Lexicon additions: formulas with limits, canonical expressions, topic terms never counted as repeats (format in docs/lexicons.md).'),
    additionalProperties: false,
    properties: {
      formulas: {
        type: 'array',
        maxItems: l.formulas,
        items: {
          type: 'object',
          required: ['text'],
          additionalProperties: false,
          properties: { text: phrase, variants: words(l.variants, l.phraseLength), limit: { type: 'integer', minimum: 0, maximum: l.limit } },
        },
      },
      canonical: {
        type: 'array',
        maxItems: l.canonical,
        items: {
          type: 'object',
          required: ['canonical'],
          additionalProperties: false,
          properties: {
            canonical: phrase,
            wrong: words(l.variants, l.phraseLength),
            nearMiss: { type: 'boolean' },
            bookTitle: { type: 'boolean' },
            accepted: words(l.variants, l.phraseLength),
            note: { type: 'string', maxLength: l.noteLength },
          },
        },
      },
      topicTerms: words(l.topicTerms, l.termLength),
      disabled: words(l.disabled, l.phraseLength),
    },
  };
}

/** The template schema (schemas/template.schema.json), its definitions lifted to the root so that its `$ref`s resolve. */
function templateParts(): { template: Schema; definitions: Record<string, Schema> } {
  const { $schema: _schema, $id: _id, definitions, ...template } = templateSchema as Schema & { definitions: Record<string, Schema> };
  return { template, definitions };
}

export function buildSchema(rules: readonly Rule[]): Schema {
  const reportTypes = [...new Set(BUILTIN_TEMPLATES.flatMap((t) => [t.type, ...t.aliases]))];
  const rulesProperties: Record<string, Schema> = {};
  const ruleOptions: Record<string, Schema> = {};
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    rulesProperties[rule.id] = ruleSchema(rule);
    ruleOptions[`${OPTIONS_PREFIX}${rule.id}`] = optionsSchema(rule);
  }
  const glob = { type: 'string', minLength: 1, maxLength: GLOB_LIMITS.maxLength, pattern: '\\S' };
  const { template, definitions } = templateParts();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://gongwen.dev/schemas/gongwenrc.schema.json',
    title: 'Gongwen configuration (.gongwenrc.json)',
    description: bilingual(
      'Gongwen 公文报告检查的配置。放在工作区或文件所在目录中，从被检查文件所在目录向上查找最近的一个。命令行和编辑器读同一个文件。',
      'Configuration of the Gongwen report checker. The nearest .gongwenrc.json above a checked file applies; the command line and the editor read the same file.',
    ),
    type: 'object',
    additionalProperties: false,
    definitions: { ...definitions, template, ...ruleOptions },
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: bilingual(
          '每条规则的级别和选项："规则编号": "off" | "error" | "warning" | "info"，或 ["warning", { 选项 }]，或 { "severity": …, "options": { … } }。',
          'Severity and options per rule: "rule-id": "off" | "error" | "warning" | "info", or ["warning", { options }], or { "severity": …, "options": { … } }.',
        ),
        properties: rulesProperties,
        additionalProperties: false,
      },
      levelSkip: {
        type: 'string',
        enum: ['consistent', 'strict', 'allow-skip'],
        default: 'consistent',
        description: bilingual(
          '标题越级的处理（GB/T 9704 §7.3.3 的顺序“一、”“（一）”“1.”“（1）”）：consistent 全文一致地省略某层可以接受；strict 凡越级都标出；allow-skip 不检查越级。',
          'Skipped heading levels (GB/T 9704 §7.3.3 order 一、 （一） 1. （1）): consistent accepts a level left out everywhere; strict flags every skip; allow-skip never flags one.',
        ),
      },
      reportType: {
        type: 'string',
        minLength: 1,
        maxLength: CONFIG_LIMITS.reportTypeLength,
        description: bilingual('文档的文种判断不出时采用的报告类型（不设置则不假定文种，不检查文种要求的部分和格式；"none" 同样表示不假定）。', 'The report type assumed when a document\'s type cannot be told (unset: none is assumed and no type-specific requirement applies; "none" says so explicitly).'),
        examples: [...reportTypes, 'none'],
      },
      reportTypeByPath: {
        type: 'object',
        maxProperties: CONFIG_LIMITS.reportTypeByPath,
        description: bilingual(
          '按文件路径指定报告类型："路径模式": "报告类型"，第一个匹配的生效。不含 / 的模式匹配文件名；** 可跨目录。不受信任的工作区中不使用。',
          'Report type by file path: "glob": "report type"; the first match wins. A glob without / matches the file name; ** crosses folders. Not used in an untrusted workspace.',
        ),
        propertyNames: glob,
        additionalProperties: { type: 'string', minLength: 1, maxLength: CONFIG_LIMITS.reportTypeLength, examples: reportTypes },
      },
      placeholders: {
        ...PLACEHOLDERS_SCHEMA,
        description: bilingual(
          '本单位的占位符：原样文字，或 { "regex": … }（RE2 语法，线性时间执行；条数、长度和复杂度有上限）。不受信任的工作区中不运行正则。',
          "The office's own placeholders: literal text, or { \"regex\": … } (RE2 syntax, run in linear time; count, length and complexity are capped). No regular expression runs in an untrusted workspace.",
        ),
      },
      templates: {
        type: 'array',
        maxItems: CONFIG_LIMITS.templates,
        description: bilingual('自定义报告模板（格式见 docs/templates.md）；不受信任的工作区中不使用。', 'Custom report templates (format in docs/templates.md); not used in an untrusted workspace.'),
        items: { $ref: '#/definitions/template' },
      },
      lexicons: lexiconsSchema(),
      ignore: {
        type: 'array',
        maxItems: CONFIG_LIMITS.ignore,
        description: bilingual(
          '不检查的文件，路径模式相对于本配置文件所在目录，规则同 .gitignore：不含 / 的模式匹配任一级文件名或目录名。不受信任的工作区中不使用。',
          'Files not to check: globs relative to this file\'s folder, as in .gitignore (a glob without / matches a file or folder name at any depth). Not used in an untrusted workspace.',
        ),
        items: glob,
      },
    },
  };
}
