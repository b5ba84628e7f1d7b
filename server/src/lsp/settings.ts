// Editor settings (`gongwen.*`, read through workspace/configuration) and how they become the
// engine's CheckOptions. Values come from users' JSON, so everything is validated here and a
// bad value falls back to its default instead of reaching the engine.

import { findRule, prepareSettings, type CheckOptions, type Locale, type PreparedSettings, type RuleSetting, type Settings, type SeveritySetting } from '../engine';

/** Whether plain-text or Markdown files are checked: only those that look like a report, all, or none. */
export type OtherFilesMode = 'ifReport' | 'always' | 'never';

export interface ServerSettings {
  enable: boolean;
  /** Check as the writer types (debounced) or only when the file is opened and saved. */
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** `auto` follows the client's display language (Chinese unless it is another language). */
  locale: 'auto' | Locale;
  rules: Record<string, SeveritySetting | RuleSetting>;
  checkPlainText: OtherFilesMode;
  checkMarkdown: OtherFilesMode;
  /** Report type to assume when the document does not say (structure rules). */
  defaultReportType?: string;
  /** Where the rule docs live: a URL template with `{id}`, or empty for the docs shipped with the server. */
  ruleDocsUrl: string;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 300,
  locale: 'auto',
  rules: {},
  checkPlainText: 'ifReport',
  checkMarkdown: 'ifReport',
  ruleDocsUrl: '',
};

const SEVERITIES = new Set(['off', 'error', 'warning', 'info']);
const MODES = new Set(['ifReport', 'always', 'never']);

/** Settings from whatever the client sent (an object, null, or nothing). */
export function normalizeSettings(raw: unknown): ServerSettings {
  const r = isObject(raw) ? raw : {};
  const pick = <T>(value: unknown, ok: (v: unknown) => boolean, fallback: T): T => (ok(value) ? (value as T) : fallback);
  return {
    enable: pick(r.enable, (v) => typeof v === 'boolean', DEFAULT_SETTINGS.enable),
    run: pick(r.run, (v) => v === 'onType' || v === 'onSave', DEFAULT_SETTINGS.run),
    debounceMs: pick(r.debounceMs, (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10_000, DEFAULT_SETTINGS.debounceMs),
    locale: pick(r.locale, (v) => v === 'auto' || v === 'zh' || v === 'en', DEFAULT_SETTINGS.locale),
    rules: normalizeRules(r.rules),
    checkPlainText: pick(r.checkPlainText, (v) => MODES.has(v as string), DEFAULT_SETTINGS.checkPlainText),
    checkMarkdown: pick(r.checkMarkdown, (v) => MODES.has(v as string), DEFAULT_SETTINGS.checkMarkdown),
    defaultReportType: typeof r.defaultReportType === 'string' && r.defaultReportType.trim() ? r.defaultReportType.trim() : undefined,
    ruleDocsUrl: typeof r.ruleDocsUrl === 'string' ? r.ruleDocsUrl.trim() : DEFAULT_SETTINGS.ruleDocsUrl,
  };
}

/** Keeps entries for known rules whose value is a severity or `{severity?, options?}`. */
function normalizeRules(raw: unknown): ServerSettings['rules'] {
  const out: ServerSettings['rules'] = {};
  if (!isObject(raw)) return out;
  for (const [id, value] of Object.entries(raw)) {
    if (!findRule(id)) continue;
    if (typeof value === 'string' && SEVERITIES.has(value)) out[id] = value as SeveritySetting;
    else if (isObject(value)) {
      const setting: RuleSetting = {};
      if (typeof value.severity === 'string' && SEVERITIES.has(value.severity)) setting.severity = value.severity as SeveritySetting;
      if (isObject(value.options)) setting.options = value.options;
      out[id] = setting;
    }
  }
  return out;
}

/**
 * Chinese unless the writer chose English, or `auto` and the client runs in another language.
 * A client that sends no locale (Neovim, Helix) gets Chinese.
 */
export function resolveLocale(setting: ServerSettings['locale'], clientLocale: string | undefined): Locale {
  if (setting !== 'auto') return setting;
  if (!clientLocale || /^zh\b/i.test(clientLocale)) return 'zh';
  return 'en';
}

/**
 * Engine options for one document: the configuration file's (`.gongwenrc.json`, read by
 * server/src/config) with the editor settings over them, as the CLI puts `--rule` over the file:
 * a writer's own choice wins, and a severity alone keeps the file's options for that rule.
 */
export function checkOptionsFor(
  settings: ServerSettings,
  format: CheckOptions['format'],
  fileName: string | undefined,
  fromFile?: Pick<CheckOptions, 'rules' | 'settings'>,
): CheckOptions {
  const rules: NonNullable<CheckOptions['rules']> = { ...(fromFile?.rules ?? {}) };
  for (const [id, setting] of Object.entries(settings.rules)) {
    const current = rules[id];
    rules[id] = typeof setting === 'string' && typeof current === 'object' ? { ...current, severity: setting } : setting;
  }
  return { format, fileName, rules, prepared: preparedFor(fromFile?.settings, settings.defaultReportType ?? '') };
}

/** Settings prepared once per configuration file and default type, not on every keystroke. */
const preparedByConfig = new WeakMap<object, Map<string, PreparedSettings>>();
const NO_FILE_SETTINGS = {};

function preparedFor(fromFile: Settings | undefined, defaultReportType: string): PreparedSettings {
  const key = fromFile ?? NO_FILE_SETTINGS;
  let byType = preparedByConfig.get(key);
  if (!byType) preparedByConfig.set(key, (byType = new Map()));
  let prepared = byType.get(defaultReportType);
  if (!prepared) {
    prepared = prepareSettings(defaultReportType ? { ...fromFile, defaultReportType } : { ...fromFile });
    byType.set(defaultReportType, prepared);
  }
  return prepared;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
