// The configuration file `.gongwenrc.json`, read into engine options. Pure: text in, options and
// problems out; the adapters find and read the file (server/src/config/).
//
// A writer's office edits this file by hand, so a mistake in it must never stop the checker: each
// problem is reported with the field and the line it is on, the field is left out, and the rest
// applies. JSON with comments and trailing commas is accepted (as ESLint and markdownlint do).
// In an untrusted workspace (VS Code's restricted mode) user-written regular expressions and
// templates are dropped before anything could run them.

import type { CheckOptions, RuleSetting } from './check';
import { LinearPattern } from './linear-pattern';
import { CATEGORIES, msg, type Message, type Rule, type SeveritySetting } from './rule';
import { allRules } from './rules';
import type { Settings } from './settings';
import type { LevelSkipPolicy } from './rules/numbering/numbering-hierarchy';
export type { LevelSkipPolicy };

export const CONFIG_FILE_NAME = '.gongwenrc.json';

const LEVEL_SKIP_POLICIES: readonly LevelSkipPolicy[] = ['consistent', 'strict', 'allow-skip'];
const SEVERITIES: readonly SeveritySetting[] = ['off', 'error', 'warning', 'info'];

/** A placeholder the office adds: literal text, or a (linear-time) pattern. */
export type PlaceholderPattern = { text: string; message?: string } | { regex: string; message?: string };

/** A configuration after validation: only well-formed fields are left. */
export interface GongwenConfig {
  rules: Record<string, RuleSetting>;
  levelSkip?: LevelSkipPolicy;
  reportType?: string;
  /** Glob (relative to the configuration file) → report type; the first matching glob wins. */
  reportTypeByPath: { glob: string; type: string }[];
  placeholders: PlaceholderPattern[];
  templates?: unknown[];
  lexicons?: unknown;
  /** Globs (relative to the configuration file) of files not to check. */
  ignore: string[];
}

export interface ConfigProblem {
  /** Where the field is: 1-based line and column in the file (0 when the source has no lines, e.g. editor settings). */
  line: number;
  column: number;
  /** The field's path, e.g. `rules.placeholder-letters` or `placeholders[2].regex`. */
  field: string;
  message: Message;
  /** `error`: the field was left out; `warning`: applied with a caveat or ignored on purpose. */
  severity: 'error' | 'warning';
}

export interface ConfigReadOptions {
  /** The workspace is trusted: user patterns and templates may run. */
  trusted: boolean;
  /** Rules the configuration may name; the built-in registry by default. */
  ruleSet?: readonly Rule[];
}

export function emptyConfig(): GongwenConfig {
  return { rules: {}, reportTypeByPath: [], placeholders: [], ignore: [] };
}

/** Parses and validates the text of a configuration file. Never throws. */
export function readConfigText(text: string, options: ConfigReadOptions): { config: GongwenConfig; problems: ConfigProblem[] } {
  const parsed = parseJsonWithPositions(typeof text === 'string' ? text : '');
  if (!parsed.ok) {
    return {
      config: emptyConfig(),
      problems: [
        {
          line: parsed.line,
          column: parsed.column,
          field: parsed.field,
          severity: 'error',
          message: msg(`${parsed.message.zh}（整个文件未生效，按默认设置检查）`, `${parsed.message.en} (the whole file is ignored; checking with the defaults)`),
        },
      ],
    };
  }
  const { config, problems } = validateConfig(parsed.value, options, parsed.positions);
  for (const d of parsed.duplicates) {
    problems.push({ ...d, severity: 'warning', message: msg('字段重复出现，只有最后一个生效', 'the field appears twice; only the last one applies') });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { config, problems };
}

/**
 * Validates a configuration value (from a file, or from editor settings in the same shape).
 * `positions` maps field paths to where they are in the file, for messages.
 */
export function validateConfig(
  value: unknown,
  options: ConfigReadOptions,
  positions: ReadonlyMap<string, { line: number; column: number }> = new Map(),
): { config: GongwenConfig; problems: ConfigProblem[] } {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const report = (field: string, message: Message, severity: ConfigProblem['severity'] = 'error', locatedAt = field) => {
    const at = positions.get(locatedAt) ?? positions.get(field) ?? { line: 0, column: 0 };
    problems.push({ ...at, field, message, severity });
  };
  if (!isObject(value)) {
    report('', msg('配置应是一个 JSON 对象 { … }', 'the configuration must be a JSON object { … }'));
    return { config, problems };
  }
  const ruleSet = options.ruleSet ?? allRules;
  const ruleIds = new Set(ruleSet.map((r) => r.id));
  for (const [key, field] of Object.entries(value)) {
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        readRules(field, ruleSet, config, report);
        break;
      case 'levelSkip':
        if (typeof field === 'string' && (LEVEL_SKIP_POLICIES as readonly string[]).includes(field)) config.levelSkip = field as LevelSkipPolicy;
        else report('levelSkip', msg(`应为 ${LEVEL_SKIP_POLICIES.join('、')} 之一`, `must be one of ${LEVEL_SKIP_POLICIES.join(', ')}`));
        break;
      case 'reportType':
        if (typeof field === 'string' && field.trim()) config.reportType = field.trim();
        else report('reportType', msg('应为报告类型名称，如“工作总结”', 'must be a report type name, such as "工作总结"'));
        break;
      case 'reportTypeByPath':
        if (!isObject(field)) {
          report('reportTypeByPath', msg('应为对象：{ "路径模式": "报告类型" }', 'must be an object: { "glob": "report type" }'));
          break;
        }
        for (const [glob, type] of Object.entries(field)) {
          if (typeof type === 'string' && type.trim() && glob.trim()) config.reportTypeByPath.push({ glob, type: type.trim() });
          else report(`reportTypeByPath.${glob}`, msg('应为报告类型名称', 'must be a report type name'));
        }
        break;
      case 'placeholders':
        readPlaceholders(field, options.trusted, config, report);
        break;
      case 'templates':
        if (!Array.isArray(field)) report('templates', msg('应为模板数组', 'must be an array of templates'));
        else if (!options.trusted) report('templates', msg('工作区不受信任，未使用其中的自定义模板', 'the workspace is not trusted: its templates are not used'), 'warning');
        else config.templates = field;
        break;
      case 'lexicons':
        if (!isObject(field)) report('lexicons', msg('应为词表对象', 'must be a lexicon object'));
        else config.lexicons = field;
        break;
      case 'ignore':
        if (!Array.isArray(field)) {
          report('ignore', msg('应为路径模式数组，如 ["草稿/**"]', 'must be an array of globs, such as ["drafts/**"]'));
          break;
        }
        field.forEach((glob, i) => {
          if (typeof glob === 'string' && glob.trim()) config.ignore.push(glob.trim());
          else report(`ignore[${i}]`, msg('应为路径模式字符串', 'must be a glob string'));
        });
        break;
      default:
        report(
          key,
          ruleIds.has(key)
            ? msg(`未知字段；规则设置应写在 "rules" 里："rules": { "${key}": … }`, `unknown field; rule settings go inside "rules": { "${key}": … }`)
            : msg(`未知字段“${key}”，已忽略`, `unknown field "${key}", ignored`),
          'warning',
        );
    }
  }
  return { config, problems };
}

/** `locatedAt`: the path under which the field's position was recorded, when it differs from `field`. */
type Report = (field: string, message: Message, severity?: ConfigProblem['severity'], locatedAt?: string) => void;

function readRules(value: unknown, ruleSet: readonly Rule[], config: GongwenConfig, report: Report): void {
  if (!isObject(value)) {
    report('rules', msg('应为对象：{ "规则编号": "off" | "error" | "warning" | "info" }', 'must be an object: { "rule-id": "off" | "error" | "warning" | "info" }'));
    return;
  }
  for (const [id, setting] of Object.entries(value)) {
    const field = `rules.${id}`;
    const rule = ruleSet.find((r) => r.id === id);
    if (!rule) {
      const near = nearestId(id, ruleSet.map((r) => r.id));
      report(
        field,
        CATEGORIES.includes(id as never)
          ? msg(`“${id}”是规则类别，不是规则编号；请逐条列出该类别的规则`, `"${id}" is a category, not a rule id; list the category's rules one by one`)
          : msg(`未知规则“${id}”${near ? `，是否是“${near}”？` : ''}`, `unknown rule "${id}"${near ? `; did you mean "${near}"?` : ''}`),
        'warning',
      );
      continue;
    }
    // "off" | ["warning", {options}] | { "severity": "warning", "options": {…} }
    let severity: unknown;
    let ruleOptions: unknown;
    let optionsAt = `${field}.options`;
    if (typeof setting === 'string') severity = setting;
    else if (Array.isArray(setting)) {
      [severity, ruleOptions] = setting;
      optionsAt = `${field}[1]`;
    }
    else if (isObject(setting)) ({ severity, options: ruleOptions } = setting as { severity?: unknown; options?: unknown });
    else {
      report(field, msg('应为 "off"、"error"、"warning"、"info"，或 ["warning", { 选项 }]', 'must be "off", "error", "warning", "info", or ["warning", { options }]'));
      continue;
    }
    const out: RuleSetting = {};
    if (severity !== undefined) {
      if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) out.severity = severity as SeveritySetting;
      else report(field, msg(`级别应为 ${SEVERITIES.join('、')} 之一`, `the severity must be one of ${SEVERITIES.join(', ')}`));
    }
    if (ruleOptions !== undefined) {
      if (!isObject(ruleOptions)) report(field, msg('规则选项应为对象', 'rule options must be an object'), 'error', optionsAt);
      else out.options = readRuleOptions(rule, ruleOptions, `${field}.options`, optionsAt, report);
    }
    if (out.severity !== undefined || out.options !== undefined) config.rules[id] = out;
  }
}

/** Keeps the options the rule declares, of the type of their defaults. */
function readRuleOptions(rule: Rule, value: Record<string, unknown>, field: string, locatedAt: string, report: Report): Record<string, unknown> {
  const defaults = rule.defaultOptions ?? {};
  const out: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(value)) {
    if (!(name in defaults)) {
      const known = Object.keys(defaults);
      report(
        `${field}.${name}`,
        msg(
          `规则 ${rule.id} 没有选项“${name}”${known.length ? `（可用：${known.join('、')}）` : '（该规则没有选项）'}`,
          `rule ${rule.id} has no option "${name}"${known.length ? ` (options: ${known.join(', ')})` : ' (the rule has no options)'}`,
        ),
        'warning',
        `${locatedAt}.${name}`,
      );
      continue;
    }
    const expected = typeOf(defaults[name]);
    if (expected !== 'null' && typeOf(option) !== expected) {
      report(`${field}.${name}`, msg(`选项“${name}”应为${TYPE_NAMES_ZH[expected]}`, `option "${name}" must be ${TYPE_NAMES_EN[expected]}`), 'error', `${locatedAt}.${name}`);
      continue;
    }
    out[name] = option;
  }
  return out;
}

function readPlaceholders(value: unknown, trusted: boolean, config: GongwenConfig, report: Report): void {
  if (!Array.isArray(value)) {
    report('placeholders', msg('应为数组：["〔待填〕", { "regex": "…" }]', 'must be an array: ["〔待填〕", { "regex": "…" }]'));
    return;
  }
  value.forEach((entry, i) => {
    const field = `placeholders[${i}]`;
    const message = isObject(entry) && typeof entry.message === 'string' ? entry.message : undefined;
    if (typeof entry === 'string' || (isObject(entry) && typeof entry.text === 'string')) {
      const text = typeof entry === 'string' ? entry : (entry as { text: string }).text;
      if (!text.trim()) report(field, msg('占位文字不能为空', 'the placeholder text must not be empty'));
      else config.placeholders.push(message ? { text, message } : { text });
      return;
    }
    if (isObject(entry) && typeof entry.regex === 'string') {
      if (!trusted) {
        report(`${field}.regex`, msg('工作区不受信任，未运行其中的正则表达式', 'the workspace is not trusted: its regular expressions are not run'), 'warning');
        return;
      }
      const compiled = LinearPattern.compile(entry.regex);
      if (!compiled.ok) {
        report(`${field}.regex`, msg(`正则表达式第 ${compiled.error.index + 1} 个字符处：${compiled.error.message.zh}`, `regular expression, at character ${compiled.error.index + 1}: ${compiled.error.message.en}`));
        return;
      }
      config.placeholders.push(message ? { regex: entry.regex, message } : { regex: entry.regex });
      return;
    }
    report(field, msg('应为占位文字，或 { "regex": "…", "message": "…" }', 'must be placeholder text, or { "regex": "…", "message": "…" }'));
  });
}

/**
 * One configuration over another (editor settings over the file): rules merge per rule, each
 * other field set in `over` replaces the one in `base`.
 */
export function mergeConfigs(base: GongwenConfig, over: GongwenConfig, overSet: ReadonlySet<keyof GongwenConfig> = fieldsSet(over)): GongwenConfig {
  const rules: Record<string, RuleSetting> = { ...base.rules };
  for (const [id, s] of Object.entries(over.rules)) {
    const b = rules[id];
    rules[id] = { severity: s.severity ?? b?.severity, options: s.options || b?.options ? { ...b?.options, ...s.options } : undefined };
    if (rules[id].severity === undefined) delete rules[id].severity;
    if (rules[id].options === undefined) delete rules[id].options;
  }
  const pick = <K extends keyof GongwenConfig>(k: K): GongwenConfig[K] => (overSet.has(k) ? over[k] : base[k]);
  return {
    rules,
    levelSkip: pick('levelSkip'),
    reportType: pick('reportType'),
    reportTypeByPath: pick('reportTypeByPath'),
    placeholders: pick('placeholders'),
    templates: pick('templates'),
    lexicons: pick('lexicons'),
    ignore: pick('ignore'),
  };
}

/** The fields a configuration actually sets (empty lists count as set only when given). */
function fieldsSet(config: GongwenConfig): Set<keyof GongwenConfig> {
  const set = new Set<keyof GongwenConfig>();
  for (const [k, v] of Object.entries(config) as [keyof GongwenConfig, unknown][]) {
    if (v === undefined || k === 'rules') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    set.add(k);
  }
  return set;
}

/**
 * The engine options a configuration gives. The numbering-hierarchy rule's own `policy` option
 * wins over `levelSkip`; `reportTypeByPath` is matched by the structure rules against `fileName`.
 */
export function toCheckOptions(config: GongwenConfig): Pick<CheckOptions, 'rules' | 'settings'> {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, s] of Object.entries(config.rules)) rules[id] = { ...s, ...(s.options ? { options: { ...s.options } } : {}) };
  if (config.levelSkip) {
    const h = rules['numbering-hierarchy'] ?? {};
    rules['numbering-hierarchy'] = { ...h, options: { policy: config.levelSkip, ...h.options } };
  }
  if (config.placeholders.length) {
    const c = rules['placeholder-custom'] ?? {};
    rules['placeholder-custom'] = { ...c, options: { ...c.options, patterns: config.placeholders } };
  }
  const settings: Settings = {};
  if (config.reportType) settings.defaultReportType = config.reportType;
  if (config.reportTypeByPath.length) settings.reportTypeByPath = config.reportTypeByPath;
  if (config.templates) settings.templates = config.templates as Settings['templates'];
  if (config.lexicons) settings.lexicons = config.lexicons as Settings['lexicons'];
  return { rules, settings };
}

export function formatProblem(problem: ConfigProblem, file: string, locale: 'zh' | 'en'): string {
  const where = problem.line ? `${file}:${problem.line}:${problem.column}` : file;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where}: ${field}${locale === 'en' ? problem.message.en : problem.message.zh}`;
}

// --- JSON with positions -------------------------------------------------------------------

export type JsonParseResult =
  | {
      ok: true;
      value: unknown;
      positions: Map<string, { line: number; column: number }>;
      /** Keys given twice in one object: JSON keeps the last, which is rarely what the writer meant. */
      duplicates: { field: string; line: number; column: number }[];
    }
  | { ok: false; line: number; column: number; message: Message; /** The object or array being read, e.g. `rules`. */ field: string };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/**
 * JSON with `//` and `/* *\/` comments and trailing commas. Records the 1-based line and column
 * of every property key and array element by path, and reports duplicate keys. Never throws.
 */
export function parseJsonWithPositions(text: string): JsonParseResult {
  const positions = new Map<string, { line: number; column: number }>();
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const where = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  /** The path of the object or array being read, for messages. */
  let context = '';
  const duplicates: { path: string; offset: number }[] = [];

  const skip = () => {
    for (;;) {
      const c = text[pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') pos++;
      else if (c === '/' && text[pos + 1] === '/') {
        while (pos < text.length && text[pos] !== '\n') pos++;
      } else if (c === '/' && text[pos + 1] === '*') {
        const end = text.indexOf('*/', pos + 2);
        if (end < 0) throw new JsonSyntaxError(pos, '注释没有结束（缺少 */）', 'unterminated comment (missing */)');
        pos = end + 2;
      } else return;
    }
  };
  const expected = (what: string, whatEn: string): never => {
    const found = pos >= text.length ? '文件结尾' : `“${text[pos]}”`;
    const foundEn = pos >= text.length ? 'end of file' : `"${text[pos]}"`;
    throw new JsonSyntaxError(pos, `此处应为${what}，却是${found}`, `expected ${whatEn}, found ${foundEn}`);
  };
  const fullWidth = (): void => {
    // Chinese input methods type ： ， “ ” in place of JSON's punctuation; say so.
    const c = text[pos];
    if (c && '：，“”｛｝［］'.includes(c)) throw new JsonSyntaxError(pos, `全角符号“${c}”不能用作 JSON 标点，请改用半角`, `full-width "${c}" cannot be JSON punctuation; use the half-width one`);
  };

  const value = (path: string, depth: number): unknown => {
    if (depth > 64) throw new JsonSyntaxError(pos, '嵌套过深', 'nested too deeply');
    context = path;
    skip();
    fullWidth();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const out: Record<string, unknown> = {};
      skip();
      if (text[pos] === '}') {
        pos++;
        return out;
      }
      for (;;) {
        skip();
        fullWidth();
        if (text[pos] === '}') {
          pos++;
          return out;
        }
        if (text[pos] !== '"') expected('带双引号的字段名', 'a property name in double quotes');
        const keyOffset = pos;
        const key = string();
        const keyPath = path ? `${path}.${key}` : key;
        if (Object.prototype.hasOwnProperty.call(out, key)) duplicates.push({ path: keyPath, offset: keyOffset });
        positions.set(keyPath, where(keyOffset));
        skip();
        fullWidth();
        if (text[pos] !== ':') expected('冒号“:”', '":"');
        pos++;
        const v = value(keyPath, depth + 1);
        context = path;
        // `__proto__` as a key would change the object's prototype; keep it as plain data.
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
        skip();
        fullWidth();
        if (text[pos] === ',') pos++;
        else if (text[pos] === '}') {
          pos++;
          return out;
        } else expected('逗号“,”或“}”', '"," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const out: unknown[] = [];
      for (;;) {
        skip();
        fullWidth();
        if (text[pos] === ']') {
          pos++;
          return out;
        }
        const elementPath = `${path}[${out.length}]`;
        skip();
        positions.set(elementPath, where(pos));
        out.push(value(elementPath, depth + 1));
        context = path;
        skip();
        fullWidth();
        if (text[pos] === ',') pos++;
        else if (text[pos] === ']') {
          pos++;
          return out;
        } else expected('逗号“,”或“]”', '"," or "]"');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(pos, pos + 40));
    if (literal) {
      pos += literal[0].length;
      return literal[0] === 'true' ? true : literal[0] === 'false' ? false : literal[0] === 'null' ? null : Number(literal[0]);
    }
    if (c === "'") throw new JsonSyntaxError(pos, 'JSON 字符串要用双引号', 'JSON strings use double quotes');
    return expected('一个值', 'a value');
  };

  const string = (): string => {
    const start = pos;
    pos++;
    let out = '';
    for (;;) {
      const c = text[pos];
      if (c === undefined || c === '\n') throw new JsonSyntaxError(start, '字符串没有结束（缺少 "）', 'unterminated string (missing ")');
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === '\\') {
        const e = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e];
          pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else throw new JsonSyntaxError(pos, '无效的转义；正则表达式中的反斜杠要写两次（\\\\d）', 'invalid escape; a backslash in a regular expression is written twice (\\\\d)');
        continue;
      }
      out += c;
      pos++;
    }
  };

  try {
    const result = value('', 0);
    skip();
    if (pos < text.length) expected('文件结尾', 'end of file');
    return { ok: true, value: result, positions, duplicates: duplicates.map((d) => ({ field: d.path, ...where(d.offset) })) };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, ...where(e.offset), field: context, message: msg(e.zh, e.en) };
    return { ok: false, line: 1, column: 1, field: '', message: msg('无法解析配置文件', 'the configuration file cannot be parsed') };
  }
}

// --- helpers -------------------------------------------------------------------------------

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type JsonType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';
const TYPE_NAMES_ZH: Record<JsonType, string> = { string: '字符串', number: '数字', boolean: 'true 或 false', array: '数组', object: '对象', null: 'null' };
const TYPE_NAMES_EN: Record<JsonType, string> = { string: 'a string', number: 'a number', boolean: 'true or false', array: 'an array', object: 'an object', null: 'null' };

function typeOf(v: unknown): JsonType {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : (typeof v as JsonType);
}

/** The known id closest to a misspelt one (edit distance at most 3). */
function nearestId(id: string, ids: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of ids) {
    const d = editDistance(id, candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
