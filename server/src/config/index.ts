// Finding and reading `.gongwenrc.json` for a checked file: the one configuration the CLI and the
// language server share. The nearest file wins, found by walking up from the checked file's
// folder (as ESLint's and markdownlint's configuration files are found). Files are read and
// validated once, and again when their modification time or size changes; the options handed out
// for a file are the same object until then, so that settings prepared from them are reused.

import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { msg, prepareSettings, type CheckOptions, type PreparedSettings } from '../engine';
import { CONFIG_FILE_NAME, emptyConfig, formatProblem, mergeConfigs, readConfigText, toCheckOptions, validateConfig, type ConfigProblem, type GongwenConfig } from './config';

export { CONFIG_FILE_NAME, formatProblem, type ConfigProblem, type GongwenConfig };

/** A problem in a configuration, with the file it is in (or the name of the editor settings). */
export interface LocatedConfigProblem extends ConfigProblem {
  file: string;
}

export interface FileConfiguration {
  /** Engine options from the configuration; the caller adds format, fileName and segmenter. */
  options: Pick<CheckOptions, 'rules' | 'settings'>;
  /** `options.settings` prepared for checking, once per configuration (templates, lexicons, globs, patterns). */
  prepared: PreparedSettings;
  /** Problems in the configuration file and the overrides; the options above leave those fields out. */
  problems: LocatedConfigProblem[];
  /** The configuration file used, if any. */
  configPath?: string;
  /** The file matches an `ignore` glob of the configuration: it is not to be checked. */
  ignored: boolean;
}

export interface ConfigLoaderOptions {
  /** The workspace is trusted (the CLI always is): user patterns, globs and templates may run. Default true. */
  trusted?: boolean;
  /** Use this configuration file for every checked file, without looking for one (the CLI's `--config`). */
  configFile?: string;
  /** Use no configuration file at all (the CLI's `--no-config`). */
  noConfig?: boolean;
}

export interface ConfigRequest {
  /** Overrides the loader's trust for this call (the server learns of trust after it starts). */
  trusted?: boolean;
  /**
   * Editor settings in the configuration's shape (`rules`, `reportType` …), applied over the
   * file's configuration and validated the same way. Give only values the user set: each field
   * given replaces the file's; rules merge per rule.
   */
  overrides?: unknown;
  /** Name to show for problems in `overrides`. Default `settings`. */
  overridesName?: string;
}

interface Loaded {
  config: GongwenConfig;
  problems: LocatedConfigProblem[];
  /** The fields the overrides set (for a file: none). */
  given: Set<keyof GongwenConfig>;
}

interface CachedFile extends Loaded {
  mtimeMs: number;
  size: number;
  /** Check options per overrides, the same object every time. */
  options: Map<string, ConfigEntry>;
}

/** What a configuration gives every file it applies to, made once. */
type ConfigEntry = Pick<FileConfiguration, 'options' | 'prepared' | 'problems'>;

const NO_FILE: Loaded = { config: emptyConfig(), problems: [], given: new Set() };
/** Distinct editor settings kept validated; the server has one or a few. */
const MAX_OVERRIDES = 32;

export class ConfigLoader {
  private readonly files = new Map<string, CachedFile>();
  private readonly overrides = new Map<string, Loaded>();
  private readonly noFile = new Map<string, ConfigEntry>();
  /** Configuration files that could not be read, by path and reason: told the same way each time, prepared once. */
  private readonly unreadable = new Map<string, CachedFile>();
  private readonly trusted: boolean;

  constructor(private readonly options: ConfigLoaderOptions = {}) {
    this.trusted = options.trusted ?? true;
  }

  /** Forgets every file read, e.g. when the client reports a configuration file changed or was deleted. */
  clear(): void {
    this.files.clear();
  }

  /** The configuration for a checked file (an absolute path; none for an unsaved document). Never throws. */
  forFile(filePath: string | undefined, request: ConfigRequest = {}): FileConfiguration {
    const trusted = request.trusted ?? this.trusted;
    const absolute = filePath === undefined ? undefined : resolve(filePath);
    const configPath = this.options.noConfig ? undefined : this.options.configFile ? resolve(this.options.configFile) : absolute && this.find(dirname(absolute));
    const file = configPath ? this.read(configPath, trusted) : undefined;
    const overrides = this.validatedOverrides(request, trusted);
    const key = overrides ? overridesKey(request, trusted) : '';
    const byOverrides = file?.options ?? this.noFile;
    let entry = byOverrides.get(key);
    if (!entry) {
      const base = file ?? NO_FILE;
      const config = overrides ? mergeConfigs(base.config, overrides.config, overrides.given) : base.config;
      const options = toCheckOptions(config);
      entry = { options, prepared: prepareSettings(options.settings), problems: [...base.problems, ...(overrides?.problems ?? [])] };
      byOverrides.set(key, entry);
    }
    const ignored = Boolean(file && configPath && absolute && isIgnored(file.config, configPath, absolute));
    return { ...entry, configPath, ignored };
  }

  private validatedOverrides(request: ConfigRequest, trusted: boolean): Loaded | undefined {
    if (request.overrides === undefined || request.overrides === null) return undefined;
    const key = overridesKey(request, trusted);
    let loaded = this.overrides.get(key);
    if (!loaded) {
      const { config, problems } = validateConfig(request.overrides, { trusted });
      const name = request.overridesName ?? 'settings';
      // The fields given, less those refused whole: a bad value leaves the file's value in force.
      const refused = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.field));
      const given = new Set(Object.keys(request.overrides as object).filter((k): k is keyof GongwenConfig => k in config && !refused.has(k)));
      if (config.placeholders.length) given.add('placeholders');
      if (this.overrides.size >= MAX_OVERRIDES) this.overrides.clear();
      loaded = { config, problems: problems.map((p) => ({ ...p, file: name })), given };
      this.overrides.set(key, loaded);
    }
    return loaded;
  }

  private cannotRead(path: string, e: unknown): CachedFile {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const key = `${code}:${path}`;
    let entry = this.unreadable.get(key);
    if (!entry) {
      const message = code === 'ENOENT' ? msg('配置文件不存在', 'the configuration file does not exist') : msg(`无法读取配置文件（${code}）`, `cannot read the configuration file (${code})`);
      entry = { mtimeMs: -1, size: -1, config: emptyConfig(), problems: [{ file: path, line: 0, column: 0, field: '', severity: 'error', message }], given: new Set(), options: new Map() };
      this.unreadable.set(key, entry);
    }
    return entry;
  }

  /** The nearest configuration file in `dir` or a folder above it. */
  private find(dir: string): string | undefined {
    for (let current = dir; ; ) {
      const candidate = join(current, CONFIG_FILE_NAME);
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
      const parent = dirname(current);
      if (parent === current) return undefined;
      current = parent;
    }
  }

  private read(path: string, trusted: boolean): CachedFile {
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      return this.cannotRead(path, e);
    }
    const cacheKey = `${trusted ? 'trusted' : 'restricted'}:${path}`;
    const cached = this.files.get(cacheKey);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      return this.cannotRead(path, e);
    }
    const { config, problems } = readConfigText(text, { trusted });
    const entry: CachedFile = { mtimeMs: stat.mtimeMs, size: stat.size, config, problems: problems.map((p) => ({ ...p, file: path })), given: new Set(), options: new Map() };
    this.files.set(cacheKey, entry);
    return entry;
  }
}

function overridesKey(request: ConfigRequest, trusted: boolean): string {
  return JSON.stringify([trusted, request.overridesName ?? '', request.overrides]);
}


function isIgnored(config: GongwenConfig, configPath: string, file: string): boolean {
  if (!config.ignore.length) return false;
  const rel = relative(dirname(configPath), file);
  // Files outside the configuration's folder (possible with --config) are not under its globs.
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  const path = rel.split(sep).join('/');
  return config.ignore.some((glob) => glob.matches(path));
}
