// The `gongwen` command: a thin adapter that reads files, runs the engine and prints findings.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { allRules, check, findRule, fixesOf, fixText, localize, msg, present, type CheckOptions, type Locale, type Message, type Rule, type SeveritySetting } from '../engine';
import { ConfigLoader, formatProblem } from '../config';
import { getSegmenter } from '../segmentation';
import { displayPath, expandPaths, readTextFile, writeFixedFile } from './files';
import { formatJson, formatSarif, formatStylish, type FileReport } from './format';

declare const __GONGWEN_VERSION__: string | undefined;
export const VERSION = typeof __GONGWEN_VERSION__ === 'string' ? __GONGWEN_VERSION__ : '0.0.0-dev';

const USAGE = `gongwen — checks Chinese official-style reports (工作总结, 自评报告, 评估报告 …)

Usage:
  gongwen check [options] PATH...   check .txt/.md files, folders or globs
  gongwen rules [--locale en]       list the rules
  gongwen --version | --help

Options for check:
  --format stylish|json|sarif       output format (default: stylish)
  --rule ID=off|error|warning|info  change a rule's severity (repeatable; wins over the configuration)
  --config PATH                     use this configuration file for every file
  --no-config                       use no configuration file (.gongwenrc.json is otherwise
                                    looked for from each file's folder upwards)
  --locale zh|en                    language of messages (default: zh)
  --fix                             apply every mechanical fix to the files: punctuation width,
                                    marker forms, doubled marks, renumbering (UTF-8 files only)
  --fix-suggestions                 with --fix, also apply the first suggestion of each problem:
                                    sections inserted, wording changed (read the result!)

Exit status:
  0  every file was checked and has no errors
  1  errors were found in the files
  2  a path could not be checked or fixed (missing, unreadable, not text, not writable;
     the other files are still checked and reported), or a usage error`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

class UsageError extends Error {}

interface CheckArgs {
  format: 'stylish' | 'json' | 'sarif';
  locale: Locale;
  rules: Record<string, SeveritySetting>;
  fix: boolean;
  fixSuggestions: boolean;
  paths: string[];
  config?: string;
  noConfig: boolean;
}

export function run(argv: string[], io: CliIO): number {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(VERSION);
      return 0;
    }
    if (command === 'rules') return listRules(rest, io);
    if (command === 'check') return runCheck(parseCheckArgs(rest), io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`gongwen: ${e.message}\nRun "gongwen --help" for usage.`);
      return 2;
    }
    io.stderr(`gongwen: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

function parseCheckArgs(args: string[]): CheckArgs {
  const out: CheckArgs = { format: 'stylish', locale: 'zh', rules: {}, fix: false, fixSuggestions: false, paths: [], noConfig: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') && !arg.startsWith('--rule=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format' || flag === '-f') {
      const v = value();
      if (v !== 'stylish' && v !== 'json' && v !== 'sarif') throw new UsageError(`unknown format "${v}" (use stylish, json or sarif)`);
      out.format = v;
    } else if (flag === '--locale') {
      const v = value();
      if (v !== 'zh' && v !== 'en') throw new UsageError(`unknown locale "${v}" (use zh or en)`);
      out.locale = v;
    } else if (flag === '--rule' || arg.startsWith('--rule=')) {
      const spec = arg.startsWith('--rule=') ? arg.slice('--rule='.length) : value();
      for (const part of spec.split(',')) {
        const m = /^([a-z0-9-]+)=(off|error|warning|info)$/.exec(part.trim());
        if (!m) throw new UsageError(`--rule expects ID=off|error|warning|info, got "${part}"`);
        if (!findRule(m[1])) throw new UsageError(`unknown rule "${m[1]}" (see "gongwen rules")`);
        out.rules[m[1]] = m[2] as SeveritySetting;
      }
    } else if (flag === '--fix') {
      out.fix = true;
    } else if (flag === '--fix-suggestions') {
      out.fixSuggestions = true;
    } else if (flag === '--config' || flag === '-c') {
      out.config = value();
    } else if (flag === '--no-config') {
      out.noConfig = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else out.paths.push(arg);
  }
  if (!out.paths.length) throw new UsageError('no files given');
  if (out.fixSuggestions && !out.fix) throw new UsageError('--fix-suggestions goes with --fix');
  if (out.config !== undefined && out.noConfig) throw new UsageError('--config and --no-config cannot be used together');
  return out;
}

function formatFor(path: string): CheckOptions['format'] {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}

function runCheck(args: CheckArgs, io: CliIO): number {
  const say = (path: string, message: Message) => io.stderr(`gongwen: ${path}: ${localize(message, args.locale)}`);
  const { files, problems } = expandPaths(args.paths, io.cwd);
  for (const problem of problems) say(problem.path, problem.message);
  if (!files.length) return 2;
  const configFile = args.config === undefined ? undefined : resolve(io.cwd, args.config);
  if (configFile && !statSync(configFile, { throwIfNoEntry: false })?.isFile()) {
    io.stderr(`gongwen: ${args.config}: no such configuration file`);
    return 2;
  }
  // The terminal is trusted, as for ESLint: the configuration's patterns and templates apply.
  const configs = new ConfigLoader({ trusted: true, configFile, noConfig: args.noConfig });
  const reportedConfigs = new Set<string>();
  /** Paths that could not be checked or fixed: the run goes on, the exit status says so. */
  let troubles = problems.length;
  const reports: FileReport[] = [];
  for (const file of files) {
    const absolute = resolve(io.cwd, file);
    const config = configs.forFile(absolute);
    if (config.configPath && !reportedConfigs.has(config.configPath)) {
      // A bad field is named once per configuration file; the checker goes on without it.
      reportedConfigs.add(config.configPath);
      const shown = displayPath(config.configPath, io.cwd);
      for (const problem of config.problems) io.stderr(`gongwen: ${formatProblem(problem, shown, args.locale)}`);
    }
    if (config.ignored) {
      if (args.paths.includes(file)) say(file, msg(`已跳过：${displayPath(config.configPath!, io.cwd)} 设定忽略此文件`, `skipped: ignored by ${displayPath(config.configPath!, io.cwd)}`));
      continue;
    }
    const read = readTextFile(absolute);
    if (!read.ok) {
      say(file, read.message);
      troubles++;
      continue;
    }
    const options: CheckOptions = {
      format: formatFor(file),
      fileName: absolute,
      rules: withCommandLineRules(config.options.rules ?? {}, args.rules),
      prepared: config.prepared,
      segmenter: getSegmenter(),
    };
    let result = check(read.text, options);
    if (args.fix && fixesOf(result, args.fixSuggestions).length) {
      if (read.encoding !== 'utf-8') {
        say(file, msg(`未修复：文件编码为 ${read.encoding}，--fix 只写 UTF-8 文件`, `not fixed: the file is ${read.encoding}, and --fix writes UTF-8 files only`));
        troubles++;
      } else {
        const fixed = fixText(read.text, options, { suggestions: args.fixSuggestions, checked: result });
        const notWritten = fixed.text === read.text ? undefined : writeFixedFile(absolute, fixed.text, read.hadBom);
        if (notWritten) {
          say(file, notWritten);
          troubles++;
        } else {
          if (!fixed.converged) say(file, msg(`修复 ${fixed.passes} 轮后仍有可修复的问题，请再运行一次 --fix 并报告此情况`, `fixes still pending after ${fixed.passes} passes; run --fix again and report this`));
          result = fixed.result;
        }
      }
    }
    for (const failure of result.failures) io.stderr(`gongwen: ${file}: rule ${failure.rule} failed: ${failure.error}`);
    reports.push({ file, diagnostics: result.findings.map((f) => present(f, result.model.lines, args.locale)) });
  }
  const output =
    args.format === 'json' ? formatJson(reports) : args.format === 'sarif' ? formatSarif(reports, args.locale, VERSION) : formatStylish(reports, args.locale);
  if (output) io.stdout(output);
  if (troubles) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** Built-in defaults < .gongwenrc.json < --rule: a severity from the command line keeps the file's options. */
function withCommandLineRules(fromConfig: NonNullable<CheckOptions['rules']>, fromCommandLine: Record<string, SeveritySetting>): NonNullable<CheckOptions['rules']> {
  const rules = { ...fromConfig };
  for (const [id, severity] of Object.entries(fromCommandLine)) {
    const current = rules[id];
    rules[id] = typeof current === 'object' ? { ...current, severity } : severity;
  }
  return rules;
}

function listRules(args: string[], io: CliIO): number {
  const locale: Locale = args.includes('en') || args.includes('--locale=en') ? 'en' : 'zh';
  const edits = (r: Rule) => [r.fixable ? 'fix' : '', r.hasSuggestions ? 'suggest' : ''].filter(Boolean).join('+') || '-';
  const rows = allRules.map((r) => `${r.id.padEnd(24)} ${r.category.padEnd(12)} ${(r.enabledByDefault === false ? 'off' : r.defaultSeverity).padEnd(8)} ${edits(r).padEnd(12)} ${localize(r.doc, locale)}`);
  io.stdout(rows.join('\n'));
  return 0;
}
