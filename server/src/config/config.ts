// A configuration (`.gongwenrc.json`, or editor settings in the same shape) read into the one
// loaded shape the CLI and the server share, and from there into check options.
//
// A writer's office edits this file by hand, so a mistake in it must never stop the checker: the
// schema (validate.ts) and the checks only code can make (patterns compile within their caps,
// globs compile, templates' section keys are unique) each leave the bad field out and report it
// with the field and the line it is on; the rest applies. In an untrusted workspace (VS Code's
// restricted mode) no user pattern or glob runs, under whatever key it comes, and templates (which
// hold globs) are not used either; a warning says so once.

import {
  BUILTIN_TEMPLATES,
  compileIgnoreGlob,
  compilePathGlob,
  msg,
  planPlaceholders,
  validateTemplates,
  type CheckOptions,
  type CompiledGlob,
  type LevelSkipPolicy,
  type LexiconSettings,
  type Message,
  type PlaceholderEntry,
  type RuleSetting,
  type Settings,
  type SeveritySetting,
  type TemplateInput,
} from '../engine';
import { readJsonc, type JsonPath, type Located } from './jsonc';
import { validateAgainstSchema } from './validate';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

/** Past this size a file is no configuration: it is not read at all. */
export const MAX_CONFIG_CHARS = 2 << 20;
/** Problems told per file: a file with thousands of mistakes needs its first ones fixed first. */
export const MAX_PROBLEMS = 100;

/** A configuration after validation: only well-formed fields are left, globs compiled. */
export interface GongwenConfig {
  rules: Record<string, RuleSetting>;
  levelSkip?: LevelSkipPolicy;
  reportType?: string;
  /** Glob (relative to the configuration file) → report type; the first matching glob wins. */
  reportTypeByPath: { glob: string; type: string }[];
  placeholders: PlaceholderEntry[];
  templates?: TemplateInput[];
  lexicons?: LexiconSettings;
  /** Files not to check, relative to the configuration file's folder. */
  ignore: CompiledGlob[];
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
  /** The workspace is trusted: user patterns, globs and templates may run. */
  trusted: boolean;
}

export function emptyConfig(): GongwenConfig {
  return { rules: {}, reportTypeByPath: [], placeholders: [], ignore: [] };
}

/** Reads and validates the text of a configuration file. Never throws. */
export function readConfigText(text: string, options: ConfigReadOptions): { config: GongwenConfig; problems: ConfigProblem[] } {
  const whole = (at: Located, field: JsonPath, message: Message) => ({
    config: emptyConfig(),
    problems: [{ ...at, field: formatField(field), severity: 'error' as const, message: msg(`${message.zh}（整个文件未生效，按默认设置检查）`, `${message.en} (the whole file is ignored; checking with the defaults)`) }],
  });
  if (typeof text !== 'string') return whole({ line: 0, column: 0 }, [], msg('无法读取配置文件', 'the configuration file cannot be read'));
  if (text.length > MAX_CONFIG_CHARS) return whole({ line: 0, column: 0 }, [], msg(`文件过大（上限 ${MAX_CONFIG_CHARS / (1 << 20)} MB）`, `the file is too large (at most ${MAX_CONFIG_CHARS / (1 << 20)} MB)`));
  const parsed = readJsonc(text);
  if (!parsed.ok) return whole(parsed.at, parsed.field, parsed.message);
  const { config, problems } = checkConfig(parsed.value, options, parsed.locate);
  for (const { path, at } of parsed.duplicates) {
    problems.push({ ...at, field: formatField(path), severity: 'warning', message: msg('字段重复出现，只有最后一个生效', 'the field appears twice; only the last one applies') });
  }
  return { config, problems: capped(problems) };
}

/** Validates a configuration value in the file's shape (editor settings); problems have no position. */
export function validateConfig(value: unknown, options: ConfigReadOptions): { config: GongwenConfig; problems: ConfigProblem[] } {
  const { config, problems } = checkConfig(value, options, () => ({ line: 0, column: 0 }));
  return { config, problems: capped(problems) };
}

function checkConfig(input: unknown, { trusted }: ConfigReadOptions, locate: (path: JsonPath) => Located): { config: GongwenConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const tell = (path: JsonPath, message: Message, severity: ConfigProblem['severity']) => problems.push({ ...locate(path), field: formatField(path), message, severity });
  const validated = validateAgainstSchema(input);
  for (const p of validated.problems) {
    const message = p.path.length === 0 ? msg('配置应是一个 JSON 对象 { … }', 'the configuration must be a JSON object { … }') : p.message;
    tell(p.path, message, p.severity);
  }
  // From here on, paths are into what the schema let through: told where they are in the file.
  const report = (path: JsonPath, message: Message, severity: ConfigProblem['severity'] = 'error') => tell(validated.original(path), message, severity);
  const value = validated.value as RawConfig;
  const config = emptyConfig();
  const untrusted: JsonPath[] = [];

  for (const [id, setting] of Object.entries(value.rules ?? {})) config.rules[id] = ruleSetting(setting);
  if (value.levelSkip) config.levelSkip = value.levelSkip;

  // Placeholders: the rule's own `patterns` option, then `placeholders`, planned as the rule will run them.
  const custom = config.rules['placeholder-custom'];
  const optionsPath: JsonPath = Array.isArray(value.rules?.['placeholder-custom']) ? ['rules', 'placeholder-custom', 1] : ['rules', 'placeholder-custom', 'options'];
  const sources: { entry: PlaceholderEntry; path: JsonPath }[] = [
    ...((custom?.options?.patterns as PlaceholderEntry[] | undefined) ?? []).map((entry, i) => ({ entry, path: [...optionsPath, 'patterns', i] })),
    ...(value.placeholders ?? []).map((entry, i) => ({ entry, path: ['placeholders', i] })),
  ].filter(({ entry, path }) => {
    if (trusted || typeof entry !== 'object' || !('regex' in entry)) return true;
    untrusted.push([...path, 'regex']);
    return false;
  });
  const plan = planPlaceholders(sources.map((s) => s.entry));
  const notRun = new Set(plan.notRun.map((n) => n.index));
  for (const n of plan.notRun) {
    const { entry, path } = sources[n.index];
    report(typeof entry === 'object' && 'regex' in entry ? [...path, 'regex'] : path, n.message);
  }
  const running = sources.filter((_, i) => !notRun.has(i));
  config.placeholders = running.map((s) => s.entry);
  if (custom?.options && 'patterns' in custom.options) {
    // The rule's patterns are in `placeholders` now; one list, run once.
    const { patterns: _moved, ...rest } = custom.options;
    custom.options = rest;
  }

  // Globs: each compiled once here; one that cannot be used is told and left out.
  if (value.ignore) {
    if (!trusted) untrusted.push(['ignore']);
    else {
      value.ignore.forEach((glob, i) => {
        const compiled = compileIgnoreGlob(glob);
        if (compiled.ok) config.ignore.push(compiled.glob);
        else report(['ignore', i], compiled.message);
      });
    }
  }
  if (value.reportTypeByPath) {
    if (!trusted) untrusted.push(['reportTypeByPath']);
    else {
      for (const [glob, type] of Object.entries(value.reportTypeByPath)) {
        const compiled = compilePathGlob(glob);
        if (compiled.ok) config.reportTypeByPath.push({ glob, type: type.trim() });
        else report(['reportTypeByPath', glob], compiled.message);
      }
    }
  }
  if (value.templates) {
    if (!trusted) untrusted.push(['templates']);
    else config.templates = checkTemplates(value.templates, report);
  }
  if (value.lexicons) config.lexicons = value.lexicons;

  // Report types named must exist: an unknown name would silently assume no type.
  const known = knownReportTypes(config.templates);
  const some = [...known].slice(0, 12);
  const unknownType = (name: string) => msg(`未知的报告类型“${name}”（可用：${some.join('、')}等）`, `unknown report type "${name}" (known: ${some.join(', ')} …)`);
  if (value.reportType !== undefined) {
    const name = value.reportType.trim();
    if (known.has(name) || NO_TYPE.has(name)) config.reportType = name;
    else report(['reportType'], unknownType(name), 'warning');
  }
  config.reportTypeByPath = config.reportTypeByPath.filter(({ glob, type }) => {
    if (known.has(type)) return true;
    report(['reportTypeByPath', glob], unknownType(type), 'warning');
    return false;
  });

  if (untrusted.length) {
    const fields = untrusted.map((path) => formatField(validated.original(path)));
    problems.push({
      ...locate(validated.original(untrusted[0])),
      field: fields[0],
      severity: 'warning',
      message: msg(
        `工作区不受信任：未使用其中的正则表达式、路径模式和模板（${fields.join('、')}）；信任此工作区后生效`,
        `the workspace is not trusted: its regular expressions, globs and templates are not used (${fields.join(', ')}); they apply once the workspace is trusted`,
      ),
    });
  }
  return { config, problems };
}

/** The configuration as the schema lets it through. */
interface RawConfig {
  rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>?] | { severity?: SeveritySetting; options?: Record<string, unknown> }>;
  levelSkip?: LevelSkipPolicy;
  reportType?: string;
  reportTypeByPath?: Record<string, string>;
  placeholders?: PlaceholderEntry[];
  templates?: TemplateInput[];
  lexicons?: LexiconSettings;
  ignore?: string[];
}

function ruleSetting(setting: NonNullable<RawConfig['rules']>[string]): RuleSetting {
  const [severity, options] = typeof setting === 'string' ? [setting] : Array.isArray(setting) ? setting : [setting.severity, setting.options];
  return { ...(severity ? { severity } : {}), ...(options ? { options: { ...options } } : {}) };
}

/**
 * Problems only code can find in templates the schema let through: a section key used twice, a
 * file-name glob that cannot be used (left out). The templates as the engine will read them.
 */
function checkTemplates(templates: TemplateInput[], report: (path: JsonPath, message: Message) => void): TemplateInput[] {
  templates.forEach((template, t) => {
    const globs = template.recognise?.fileNamePatterns;
    if (!globs) return;
    template.recognise!.fileNamePatterns = globs.filter((glob, g) => {
      const compiled = compilePathGlob(glob);
      if (!compiled.ok) report(['templates', t, 'recognise', 'fileNamePatterns', g], compiled.message);
      return compiled.ok;
    });
  });
  for (const p of validateTemplates(templates).problems) report(parseField(p.path), p.message);
  return templates;
}

const NO_TYPE = new Set(['none', '无']);

function knownReportTypes(templates: readonly TemplateInput[] | undefined): Set<string> {
  const names = new Set<string>();
  for (const t of [...BUILTIN_TEMPLATES, ...(templates ?? [])]) {
    names.add(t.type);
    for (const alias of t.aliases ?? []) names.add(alias);
  }
  return names;
}

function capped(problems: ConfigProblem[]): ConfigProblem[] {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  const last = problems[MAX_PROBLEMS - 1];
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { line: last.line, column: last.column, field: '', severity: 'error', message: msg(`另有 ${rest} 个问题未列出`, `${rest} more problems not listed`) },
  ];
}

/** Longer keys (a glob of 200,000 characters) are shown by their start. */
const MAX_KEY_SHOWN = 40;

/** `rules.placeholder-custom[1].patterns[0]`: how a path is shown. */
export function formatField(path: JsonPath): string {
  return path
    .map((s, i) => {
      if (typeof s === 'number') return `[${s}]`;
      const key = s.length > MAX_KEY_SHOWN ? `${s.slice(0, MAX_KEY_SHOWN)}…` : s;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

/** The path of a field written by `formatField` (keys without dots or brackets, as in templates). */
function parseField(field: string): JsonPath {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/**
 * One configuration over another (editor settings over the file): rules merge per rule, each
 * other field given in `over` replaces the one in `base`.
 */
export function mergeConfigs(base: GongwenConfig, over: GongwenConfig, given: ReadonlySet<keyof GongwenConfig>): GongwenConfig {
  const rules: Record<string, RuleSetting> = { ...base.rules };
  for (const [id, s] of Object.entries(over.rules)) {
    const b = rules[id];
    const options = s.options || b?.options ? { ...b?.options, ...s.options } : undefined;
    const severity = s.severity ?? b?.severity;
    rules[id] = { ...(severity ? { severity } : {}), ...(options ? { options } : {}) };
  }
  const pick = <K extends keyof GongwenConfig>(k: K): GongwenConfig[K] => (given.has(k) ? over[k] : base[k]);
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
  if (config.templates) settings.templates = config.templates;
  if (config.lexicons) settings.lexicons = config.lexicons;
  return { rules, settings };
}

export function formatProblem(problem: ConfigProblem, file: string, locale: 'zh' | 'en'): string {
  const where = problem.line ? `${file}:${problem.line}:${problem.column}` : file;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where}: ${field}${locale === 'en' ? problem.message.en : problem.message.zh}`;
}
