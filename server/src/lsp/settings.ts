// Editor settings (`gongwen.*`, read through workspace/configuration) and how they become the
// engine's CheckOptions. The server's own settings are validated here, a bad value falling back
// to its default; those that configure checking (`rules`, `defaultReportType`) are handed to the
// ConfigLoader in the configuration file's shape and validated there, the one way every
// configuration is validated (same schema, same caps, same trust).

import type { FileConfiguration } from '../config';
import type { CheckOptions, Locale } from '../engine';

/** Whether plain-text or Markdown files are checked: only those that look like a report, all, or none. */
export type OtherFilesMode = 'ifReport' | 'always' | 'never';

export interface ServerSettings {
  enable: boolean;
  /** Check as the writer types (debounced) or only when the file is opened and saved. */
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** `auto` follows the client's display language (Chinese unless it is another language). */
  locale: 'auto' | Locale;
  /** As the client sent it: validated by the ConfigLoader (see `editorOverrides`). */
  rules: Record<string, unknown>;
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
    rules: isObject(r.rules) ? r.rules : {},
    checkPlainText: pick(r.checkPlainText, (v) => MODES.has(v as string), DEFAULT_SETTINGS.checkPlainText),
    checkMarkdown: pick(r.checkMarkdown, (v) => MODES.has(v as string), DEFAULT_SETTINGS.checkMarkdown),
    defaultReportType: typeof r.defaultReportType === 'string' && r.defaultReportType.trim() ? r.defaultReportType.trim() : undefined,
    ruleDocsUrl: typeof r.ruleDocsUrl === 'string' ? r.ruleDocsUrl.trim() : DEFAULT_SETTINGS.ruleDocsUrl,
  };
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
 * The settings that configure checking, in the configuration file's shape, for the ConfigLoader
 * to validate and apply over the file (as the CLI puts `--rule` over it): a writer's own choice
 * wins, and a severity alone keeps the file's options for that rule. Undefined when none is set.
 */
export function editorOverrides(settings: ServerSettings): Record<string, unknown> | undefined {
  const overrides: Record<string, unknown> = {};
  if (Object.keys(settings.rules).length) overrides.rules = settings.rules;
  if (settings.defaultReportType) overrides.reportType = settings.defaultReportType;
  return Object.keys(overrides).length ? overrides : undefined;
}

/** Engine options for one document, from its configuration (the file with the editor settings over it). */
export function checkOptionsFor(format: CheckOptions['format'], fileName: string | undefined, configured: Pick<FileConfiguration, 'options' | 'prepared'>): CheckOptions {
  return { format, fileName, rules: configured.options.rules ?? {}, prepared: configured.prepared };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
