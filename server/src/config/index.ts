// Finding and reading `.gongwenrc.json` for a checked file: the one configuration the CLI and the
// language server share. The nearest file wins, found by walking up from the checked file's
// folder (as ESLint's and markdownlint's configuration files are found). Files are read once
// and re-read when their modification time or size changes.

import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  CONFIG_FILE_NAME,
  emptyConfig,
  formatProblem,
  ignoredBy,
  mergeConfigs,
  msg,
  readConfigText,
  toCheckOptions,
  validateConfig,
  type CheckOptions,
  type ConfigProblem,
  type GongwenConfig,
  type Rule,
} from '../engine';

export { CONFIG_FILE_NAME, formatProblem, type ConfigProblem, type GongwenConfig };

/** A problem in a configuration, with the file it is in (or `settings` for editor settings). */
export interface LocatedConfigProblem extends ConfigProblem {
  file: string;
}

export interface FileConfiguration {
  /** Engine options from the configuration; the caller adds format, fileName and segmenter. */
  options: Pick<CheckOptions, 'rules' | 'settings'>;
  /** Problems in the configuration file and the overrides; the options above leave those fields out. */
  problems: LocatedConfigProblem[];
  /** The configuration file used, if any. */
  configPath?: string;
  /** The file matches an `ignore` glob of the configuration: it is not to be checked. */
  ignored: boolean;
}

export interface ConfigLoaderOptions {
  /** The workspace is trusted (the CLI always is): user regular expressions and templates may run. Default true. */
  trusted?: boolean;
  /** Use this configuration file for every checked file, without looking for one (the CLI's `--config`). */
  configFile?: string;
  /** Use no configuration file at all (the CLI's `--no-config`). */
  noConfig?: boolean;
  /**
   * Editor settings in the configuration's shape (`gongwen.rules`, `gongwen.levelSkip` …, without
   * the prefix), applied over every file's configuration. Give only values the user set: each
   * field given replaces the file's, rules merge per rule.
   */
  overrides?: unknown;
  /** Name to show for problems in `overrides`. Default `settings`. */
  overridesName?: string;
  /** Rules the configuration may name; the built-in registry by default. */
  ruleSet?: readonly Rule[];
}

const emptyConfigKeys: Record<keyof GongwenConfig, true> = {
  rules: true,
  levelSkip: true,
  reportType: true,
  reportTypeByPath: true,
  placeholders: true,
  templates: true,
  lexicons: true,
  ignore: true,
};

interface CachedFile {
  mtimeMs: number;
  size: number;
  config: GongwenConfig;
  problems: LocatedConfigProblem[];
}

export class ConfigLoader {
  private readonly files = new Map<string, CachedFile>();
  private readonly trusted: boolean;
  private overrides: { config: GongwenConfig; problems: LocatedConfigProblem[]; fields: Set<keyof GongwenConfig> } | undefined;

  constructor(private readonly options: ConfigLoaderOptions = {}) {
    this.trusted = options.trusted ?? true;
    this.setOverrides(options.overrides);
  }

  /** Replaces the editor settings applied over the files (on `workspace/didChangeConfiguration`). */
  setOverrides(raw: unknown): void {
    if (raw === undefined || raw === null) {
      this.overrides = undefined;
      return;
    }
    const name = this.options.overridesName ?? 'settings';
    const { config, problems } = validateConfig(raw, { trusted: this.trusted, ruleSet: this.options.ruleSet });
    // The fields given, less those rejected whole: a bad value leaves the file's value in force.
    const rejected = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.field));
    const fields = new Set(Object.keys(typeof raw === 'object' ? raw : {}).filter((k) => k in emptyConfigKeys && !rejected.has(k)) as (keyof GongwenConfig)[]);
    this.overrides = { config, problems: problems.map((p) => ({ ...p, file: name })), fields };
  }

  /** Forgets every file read, e.g. when the client reports a configuration file changed or was deleted. */
  clear(): void {
    this.files.clear();
  }

  /**
   * The configuration for a checked file (an absolute path). Never throws. `trusted` overrides
   * the loader's setting for this call (the server learns of trust after it starts).
   */
  forFile(filePath: string, { trusted = this.trusted }: { trusted?: boolean } = {}): FileConfiguration {
    const absolute = resolve(filePath);
    const configPath = this.options.noConfig ? undefined : this.options.configFile ? resolve(this.options.configFile) : this.find(dirname(absolute));
    const file = configPath ? this.read(configPath, trusted) : undefined;
    let config = file?.config ?? emptyConfig();
    const problems = [...(file?.problems ?? [])];
    if (this.overrides) {
      config = mergeConfigs(config, this.overrides.config, this.overrides.fields);
      problems.push(...this.overrides.problems);
    }
    return { options: toCheckOptions(config), problems, configPath, ignored: configPath ? isIgnored(config, configPath, absolute) : false };
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
      return this.unreadable(path, e);
    }
    const cacheKey = `${trusted ? 'trusted' : 'restricted'}:${path}`;
    const cached = this.files.get(cacheKey);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      return this.unreadable(path, e);
    }
    const { config, problems } = readConfigText(text, { trusted, ruleSet: this.options.ruleSet });
    const entry: CachedFile = { mtimeMs: stat.mtimeMs, size: stat.size, config, problems: problems.map((p) => ({ ...p, file: path })) };
    this.files.set(cacheKey, entry);
    return entry;
  }

  private unreadable(path: string, e: unknown): CachedFile {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const message = code === 'ENOENT' ? msg('配置文件不存在', 'the configuration file does not exist') : msg(`无法读取配置文件（${code}）`, `cannot read the configuration file (${code})`);
    return { mtimeMs: -1, size: -1, config: emptyConfig(), problems: [{ file: path, line: 0, column: 0, field: '', severity: 'error', message }] };
  }
}

function isIgnored(config: GongwenConfig, configPath: string, file: string): boolean {
  if (!config.ignore.length) return false;
  const rel = relative(dirname(configPath), file);
  // Files outside the configuration's folder (possible with --config) are not under its globs.
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  const path = rel.split(sep).join('/');
  return config.ignore.some((glob) => ignoredBy(glob, path));
}
