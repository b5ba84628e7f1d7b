// The JSON Schema of `.gongwenrc.json` (schemas/gongwenrc.schema.json), built from the rule
// registry so that the editor completes every rule id and option. test/config/schema.test.ts
// fails when the committed file is out of date and says how to rebuild it.

import type { Rule } from '../engine';
import { BUILTIN_TEMPLATES } from '../engine';

type Schema = Record<string, unknown>;

const SEVERITY_HELP = 'off 关闭 / error 错误 / warning 警告 / info 提示 — off, error, warning or info';

function bilingual(zh: string, en: string): string {
  return `${zh}\n\n${en}`;
}

function optionsSchema(rule: Rule): Schema {
  const properties: Record<string, Schema> = {};
  for (const [name, value] of Object.entries(rule.defaultOptions ?? {})) {
    const type = Array.isArray(value) ? 'array' : value === null ? undefined : typeof value;
    properties[name] = { ...(type ? { type } : {}), default: value };
  }
  return { type: 'object', properties, additionalProperties: false };
}

function ruleSchema(rule: Rule): Schema {
  const options = optionsSchema(rule);
  return {
    description: bilingual(rule.doc.zh, rule.doc.en),
    markdownDescription: `**${rule.id}** (${rule.category}, ${rule.enabledByDefault === false ? `off by default; ${rule.defaultSeverity} when on` : rule.defaultSeverity})\n\n${rule.doc.zh}\n\n${rule.doc.en}\n\n${rule.basis.zh}`,
    anyOf: [
      { $ref: '#/definitions/severity' },
      { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 1, maxItems: 2 },
      { type: 'object', properties: { severity: { $ref: '#/definitions/severity' }, options }, additionalProperties: false },
    ],
  };
}

export function buildSchema(rules: readonly Rule[]): Schema {
  const reportTypes = [...new Set(BUILTIN_TEMPLATES.flatMap((t) => [t.type, ...t.aliases]))];
  const rulesProperties: Record<string, Schema> = {};
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) rulesProperties[rule.id] = ruleSchema(rule);
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
    definitions: {
      severity: { type: 'string', enum: ['off', 'error', 'warning', 'info'], description: SEVERITY_HELP },
    },
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
        description: bilingual('文档的文种判断不出时采用的报告类型（不设置则不假定文种，不检查文种要求的部分和格式；"none" 同样表示不假定）。', 'The report type assumed when a document\'s type cannot be told (unset: none is assumed and no type-specific requirement applies; "none" says so explicitly).'),
        examples: [...reportTypes, 'none'],
      },
      reportTypeByPath: {
        type: 'object',
        description: bilingual(
          '按文件路径指定报告类型："路径模式": "报告类型"，第一个匹配的生效。不含 / 的模式匹配文件名；** 可跨目录。',
          'Report type by file path: "glob": "report type"; the first match wins. A glob without / matches the file name; ** crosses folders.',
        ),
        additionalProperties: { type: 'string', examples: reportTypes },
      },
      placeholders: {
        type: 'array',
        description: bilingual(
          '本单位的占位符：原样文字，或 { "regex": … }。正则只允许有上限的重复（{0,20}，不允许 * + {n,}），不允许反向引用和前后查找，以保证线性时间；不受信任的工作区中不运行正则。',
          "The office's own placeholders: literal text, or { \"regex\": … }. A regular expression may only use bounded repeats ({0,20}; no *, + or {n,}) and no back-references or look-arounds, so that it runs in linear time; none runs in an untrusted workspace.",
        ),
        items: {
          anyOf: [
            { type: 'string', minLength: 1 },
            { type: 'object', properties: { text: { type: 'string', minLength: 1 }, message: { type: 'string' } }, required: ['text'], additionalProperties: false },
            { type: 'object', properties: { regex: { type: 'string', minLength: 1, maxLength: 500 }, message: { type: 'string' } }, required: ['regex'], additionalProperties: false },
          ],
        },
      },
      templates: {
        type: 'array',
        description: bilingual('自定义报告模板（格式见 docs/templates.md）；不受信任的工作区中不使用。', 'Custom report templates (format in docs/templates.md); not used in an untrusted workspace.'),
        items: { type: 'object' },
      },
      lexicons: {
        type: 'object',
        description: bilingual('词表补充：套话及次数上限、规范表述、不计重复的主题词（格式见 docs/lexicons.md）。', 'Lexicon additions: formulas with limits, canonical expressions, topic terms never counted as repeats (format in docs/lexicons.md).'),
      },
      ignore: {
        type: 'array',
        description: bilingual(
          '不检查的文件，路径模式相对于本配置文件所在目录，规则同 .gitignore：不含 / 的模式匹配任一级文件名或目录名。',
          'Files not to check: globs relative to this file\'s folder, as in .gitignore (a glob without / matches a file or folder name at any depth).',
        ),
        items: { type: 'string', minLength: 1 },
      },
    },
  };
}
