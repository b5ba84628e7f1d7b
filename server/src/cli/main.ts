// The `gongwen` command: a thin adapter that reads files (or standard input), runs the engine and
// prints findings. Everything it says is a message from messages.ts, in the locale asked for.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  allRules,
  CATEGORIES,
  check,
  findRule,
  fixesOf,
  fixText,
  localize,
  nearestNames,
  present,
  rulesNamed,
  type CheckOptions,
  type Locale,
  type Message,
  type Rule,
  type SeveritySetting,
} from '../engine';
import { ConfigLoader, formatProblem } from '../config';
import { createJiebaSegmenter } from '../segmentation';
import { placeOf, withoutGeneratedEdits } from '../docx';
import { displayPath, expandPaths, isWordDocumentName, readStandardInput, readStandardInputDocument, readTextFile, readWordDocument, STDIN_PATH, writeFixedFile } from './files';
import { formatJson, formatSarif, formatStylish, type FileReport } from './format';
import { notices, SEE_HELP, usageErrors, USAGE } from './messages';
import { annotateMessages, annotateRequestProblem, writeAnnotatedCopy } from './annotate';

declare const __GONGWEN_VERSION__: string | undefined;
export const VERSION = typeof __GONGWEN_VERSION__ === 'string' ? __GONGWEN_VERSION__ : '0.0.0-dev';

export interface CliIO {
  /** A message or report: a line break is added if it has none. */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Text written exactly as given (the fixed text of standard input). */
  write: (s: string) => void;
  cwd: string;
}

/** A usage error, in the writer's language. */
class UsageError extends Error {
  constructor(readonly problem: Message) {
    super(problem.en);
  }
}

/** How standard input is named in the output without --stdin-filename. */
const STDIN_NAME = '<stdin>';

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'error', 'warning', 'info'];

interface CheckArgs {
  format: 'stylish' | 'json' | 'sarif';
  locale: Locale;
  /** `--rule` settings in the order given: each name a rule id or a category. */
  ruleSettings: { name: string; severity: SeveritySetting }[];
  fix: boolean;
  fixSuggestions: boolean;
  paths: string[];
  config?: string;
  noConfig: boolean;
  stdinFilename?: string;
  /** `--annotate OUT.docx`: write a copy of the one .docx checked with the findings as Word comments. */
  annotate?: string;
  /** With --annotate: each finding's fix as a tracked change too. */
  trackFixes: boolean;
}

export function run(argv: string[], io: CliIO): number {
  // Known before anything else is read, so that even an error in the arguments is in the writer's language.
  const locale = localeIn(argv);
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(localize(USAGE.general, locale));
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(VERSION);
      return 0;
    }
    const asksForHelp = rest.includes('--help') || rest.includes('-h');
    if (command === 'rules') {
      if (asksForHelp) return printed(io, localize(USAGE.rules, locale));
      return listRules(parseRulesArgs(rest), io);
    }
    if (command === 'check') {
      if (asksForHelp) return printed(io, localize(USAGE.check, locale));
      return runCheck(parseCheckArgs(rest), io);
    }
    throw new UsageError(usageErrors.unknownCommand(command));
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`gongwen: ${localize(e.problem, locale)}\n${localize(SEE_HELP, locale)}`);
      return 2;
    }
    io.stderr(`gongwen: ${localize(notices.internalError(e instanceof Error ? e.message : String(e)), locale)}`);
    return 2;
  }
}

function printed(io: CliIO, text: string): number {
  io.stdout(text);
  return 0;
}

/** The last valid `--locale` anywhere in the arguments; zh without one. */
export function localeIn(argv: string[]): Locale {
  let locale: Locale = 'zh';
  argv.forEach((arg, i) => {
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value === 'zh' || value === 'en') locale = value;
  });
  return locale;
}

/** Splits `--flag=value` and gives each option its value; what is not an option is passed to `positional`. */
function readOptions(args: string[], option: (flag: string, value: () => string) => boolean, positional: (arg: string) => void): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = args[++i];
      if (v === undefined) throw new UsageError(usageErrors.needsValue(flag));
      return v;
    };
    if (option(flag, value)) continue;
    if (arg.startsWith('-') && arg !== STDIN_PATH) throw new UsageError(usageErrors.unknownOption(arg));
    positional(arg);
  }
}

function readLocale(value: string): Locale {
  if (value !== 'zh' && value !== 'en') throw new UsageError(usageErrors.unknownLocale(value));
  return value;
}

function parseCheckArgs(args: string[]): CheckArgs {
  const out: CheckArgs = { format: 'stylish', locale: 'zh', ruleSettings: [], fix: false, fixSuggestions: false, paths: [], noConfig: false, trackFixes: false };
  readOptions(
    args,
    (flag, value) => {
      if (flag === '--format' || flag === '-f') {
        const v = value();
        if (v !== 'stylish' && v !== 'json' && v !== 'sarif') throw new UsageError(usageErrors.unknownFormat(v));
        out.format = v;
      } else if (flag === '--locale') out.locale = readLocale(value());
      else if (flag === '--rule') out.ruleSettings.push(...readRuleSettings(value()));
      else if (flag === '--fix') out.fix = true;
      else if (flag === '--fix-suggestions') out.fixSuggestions = true;
      else if (flag === '--config' || flag === '-c') out.config = value();
      else if (flag === '--no-config') out.noConfig = true;
      else if (flag === '--stdin-filename') out.stdinFilename = value();
      else if (flag === '--annotate') out.annotate = value();
      else if (flag === '--track-fixes') out.trackFixes = true;
      else return false;
      return true;
    },
    (path) => out.paths.push(path),
  );
  if (!out.paths.length) throw new UsageError(usageErrors.noFiles);
  if (out.fixSuggestions && !out.fix) throw new UsageError(usageErrors.fixSuggestionsWithoutFix);
  if (out.config !== undefined && out.noConfig) throw new UsageError(usageErrors.configAndNoConfig);
  if (out.stdinFilename !== undefined && !out.paths.includes(STDIN_PATH)) throw new UsageError(usageErrors.stdinFilenameWithoutStdin);
  if (out.annotate !== undefined && out.fix) throw new UsageError(annotateMessages.notWithFix);
  if (out.trackFixes && out.annotate === undefined) throw new UsageError(annotateMessages.trackWithoutAnnotate);
  return out;
}

/** `NAME=SEVERITY[,NAME=SEVERITY…]`, each name a rule id or a category. */
function readRuleSettings(spec: string): CheckArgs['ruleSettings'] {
  return spec.split(',').map((part) => {
    const [name, severity, ...more] = part.trim().split('=');
    if (!name || more.length || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) throw new UsageError(usageErrors.badRuleSetting(part));
    if (!rulesNamed(name).length) throw new UsageError(usageErrors.unknownRule(name, nearestNames(name, [...allRules.map((r) => r.id), ...CATEGORIES])));
    return { name, severity: severity as SeveritySetting };
  });
}

/**
 * The severities `--rule` sets, by rule id: a category sets each of its rules, and a rule named
 * by its id keeps that setting whatever its category is set to, before or after it (the more
 * specific name wins, as a rule id in a directive does); between names alike the last one wins.
 */
function commandLineSeverities(settings: CheckArgs['ruleSettings']): Record<string, SeveritySetting> {
  const severities: Record<string, SeveritySetting> = {};
  const byCategoryFirst = [...settings.filter((s) => !findRule(s.name)), ...settings.filter((s) => findRule(s.name))];
  for (const { name, severity } of byCategoryFirst) for (const rule of rulesNamed(name)) severities[rule.id] = severity;
  return severities;
}

function formatFor(path: string | undefined): CheckOptions['format'] {
  return path && /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}

/** One text to check: a file, or standard input under the name it was given. */
interface Input {
  /** As shown in messages and the output. */
  shown: string;
  /** The path the configuration is looked up from and the engine is given (none: standard input without a name). */
  path?: string;
  /** Named on the command line (told when ignored), as opposed to found in a folder or by a glob. */
  named: boolean;
  stdin: boolean;
}

function runCheck(args: CheckArgs, io: CliIO): number {
  const { locale } = args;
  const say = (path: string, message: Message) => io.stderr(`gongwen: ${path}: ${localize(message, locale)}`);
  if (args.annotate !== undefined) {
    const refused = annotateRequestProblem(args.paths, args.annotate, io.cwd);
    if (refused) {
      io.stderr(`gongwen: ${refused.path ? `${refused.path}: ` : ''}${localize(refused.message, locale)}`);
      return 2;
    }
  }
  const { files, problems } = expandPaths(args.paths, io.cwd);
  for (const problem of problems) say(problem.path, problem.message);
  if (!files.length) return 2;
  const configFile = args.config === undefined ? undefined : resolve(io.cwd, args.config);
  if (configFile && !statSync(configFile, { throwIfNoEntry: false })?.isFile()) {
    say(args.config!, notices.noConfigFile);
    return 2;
  }
  const inputs: Input[] = files.map((file) =>
    file === STDIN_PATH
      ? {
          shown: args.stdinFilename ?? STDIN_NAME,
          path: args.stdinFilename === undefined ? undefined : resolve(io.cwd, args.stdinFilename),
          named: true,
          stdin: true,
        }
      : { shown: file, path: resolve(io.cwd, file), named: args.paths.includes(file), stdin: false },
  );
  /** A Word document is read as one (standard input too, when its name says it is); any other file as text. */
  const readInput = (input: Input) => {
    const wordDocument = input.path !== undefined && isWordDocumentName(input.path);
    if (input.stdin) return wordDocument ? readStandardInputDocument() : readStandardInput();
    return wordDocument ? readWordDocument(input.path!) : readTextFile(input.path!);
  };
  // With --fix, standard output carries the fixed text of standard input; the report goes to standard error.
  const fixedTextToStdout = args.fix && files.includes(STDIN_PATH);
  const segmenter = createJiebaSegmenter({ warn: (warning) => io.stderr(`gongwen: ${localize(warning, locale)}`) });
  // The terminal is trusted, as for ESLint: the configuration's patterns and templates apply.
  const configs = new ConfigLoader({ trusted: true, configFile, noConfig: args.noConfig });
  const reportedConfigs = new Set<string>();
  const ruleSeverities = commandLineSeverities(args.ruleSettings);
  /** Paths that could not be checked or fixed: the run goes on, the exit status says so. */
  let troubles = problems.length;
  const reports: FileReport[] = [];
  for (const input of inputs) {
    // Standard input without a name takes the configuration of the working folder, as a file there would.
    const config = configs.forFile(input.path ?? resolve(io.cwd, STDIN_NAME));
    if (config.configPath && !reportedConfigs.has(config.configPath)) {
      // A bad field is named once per configuration file; the checker goes on without it.
      reportedConfigs.add(config.configPath);
      const shown = displayPath(config.configPath, io.cwd);
      for (const problem of config.problems) io.stderr(`gongwen: ${formatProblem(problem, shown, locale)}`);
    }
    if (config.ignored && input.path) {
      if (input.named) say(input.shown, notices.ignored(displayPath(config.configPath!, io.cwd)));
      if (input.stdin && fixedTextToStdout) {
        // Text piped through `--fix` comes out as it went in (a Word document does not come out: it is not text).
        const unchecked = readInput(input);
        if (unchecked.ok && 'encoding' in unchecked) io.write(asPiped(unchecked.text, unchecked));
      }
      continue;
    }
    const content = readInput(input);
    if (!content.ok) {
      say(input.shown, content.message);
      troubles++;
      continue;
    }
    // A Word document is checked as its text; its findings are then placed in the document.
    const docx = 'docx' in content ? content.docx : undefined;
    const options: CheckOptions = {
      format: formatFor(input.path),
      fileName: input.path,
      rules: withCommandLineRules(config.options.rules ?? {}, ruleSeverities),
      prepared: config.prepared,
      segmenter,
      layout: 'docx' in content ? content.layout : undefined,
    };
    let result = check(content.text, options);
    if ('docx' in content) {
      result = { ...result, findings: result.findings.map((f) => withoutGeneratedEdits(f, content.docx)) };
      if (args.fix && fixesOf(result, args.fixSuggestions).length) {
        say(input.shown, notices.notFixedWordDocument);
        troubles++;
      }
      if (args.annotate !== undefined) {
        const copy = writeAnnotatedCopy({ output: args.annotate, trackFixes: args.trackFixes, locale }, io.cwd, content.bytes, content.docx, result.findings);
        if (copy.failed) {
          say(args.annotate, copy.failed);
          troubles++;
        }
        for (const told of copy.told) io.stderr(`gongwen: ${localize(told, locale)}`);
      }
    } else if (input.stdin && args.fix) {
      const fixed = fixText(content.text, options, { suggestions: args.fixSuggestions, checked: result });
      if (!fixed.converged) say(input.shown, notices.notConverged(fixed.passes));
      io.write(asPiped(fixed.text, content));
      result = fixed.result;
    } else if (args.fix && fixesOf(result, args.fixSuggestions).length) {
      if (content.encoding !== 'utf-8') {
        say(input.shown, notices.notFixedEncoding(content.encoding));
        troubles++;
      } else {
        const fixed = fixText(content.text, options, { suggestions: args.fixSuggestions, checked: result });
        const notWritten = fixed.text === content.text ? undefined : writeFixedFile(input.path!, fixed.text, content.hadBom);
        if (notWritten) {
          say(input.shown, notWritten);
          troubles++;
        } else {
          if (!fixed.converged) say(input.shown, notices.notConverged(fixed.passes));
          result = fixed.result;
        }
      }
    }
    for (const failure of result.failures) say(input.shown, notices.ruleFailed(failure.rule, failure.error));
    const { model } = result;
    reports.push({
      file: input.shown,
      ...(docx ? { wordDocument: true } : {}),
      diagnostics: result.findings.map((f) => {
        const place = docx && placeOf(f, docx, model);
        return { ...present(f, model.lines, locale), ...(place ? { place } : {}) };
      }),
    });
  }
  const output = args.format === 'json' ? formatJson(reports) : args.format === 'sarif' ? formatSarif(reports, locale, VERSION) : formatStylish(reports, locale);
  if (output) (fixedTextToStdout ? io.stderr : io.stdout)(output);
  if (troubles) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** Text for standard output, in UTF-8: with the BOM it came with, if it came in UTF-8 with one. */
function asPiped(text: string, read: { encoding: string; hadBom: boolean }): string {
  return (read.hadBom && read.encoding === 'utf-8' ? '\ufeff' : '') + text;
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

function parseRulesArgs(args: string[]): { locale: Locale } {
  const out: { locale: Locale } = { locale: 'zh' };
  readOptions(
    args,
    (flag, value) => {
      if (flag !== '--locale') return false;
      out.locale = readLocale(value());
      return true;
    },
    (arg) => {
      throw new UsageError(usageErrors.unexpectedArgument(arg));
    },
  );
  return out;
}

function listRules({ locale }: { locale: Locale }, io: CliIO): number {
  const edits = (r: Rule) => [r.fixable ? 'fix' : '', r.hasSuggestions ? 'suggest' : ''].filter(Boolean).join('+') || '-';
  const rows = allRules.map((r) => `${r.id.padEnd(24)} ${r.category.padEnd(12)} ${(r.enabledByDefault === false ? 'off' : r.defaultSeverity).padEnd(8)} ${edits(r).padEnd(12)} ${localize(r.doc, locale)}`);
  io.stdout(rows.join('\n'));
  return 0;
}
