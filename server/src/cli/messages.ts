// What the `gongwen` command says, in both languages: usage, usage errors, warnings and the
// summary line. Each is a `Message` ({zh, en}) shown with the engine's `localize`, as the
// findings are; file problems come from files.ts in the same form.

import { msg } from '../engine';
import type { DocxPlace } from '../docx';

const CHECK_OPTIONS_ZH = `检查选项：
  --format stylish|json|sarif       输出格式（默认 stylish）
  --rule 名称=off|error|warning|info
                                    改变规则的级别（可重复；优先于配置文件）；名称可以是规则编号，
                                    也可以是类别（placeholder、numbering、structure、repetition、
                                    expression、punctuation、layout），同时给出时规则编号优先于
                                    其类别
  --config 路径                     所有文件都使用此配置文件
  --no-config                       不使用配置文件（否则从每个文件所在文件夹向上查找 .gongwenrc.json）
  --locale zh|en                    消息语言（默认 zh）
  --fix                             自动修复文件中所有机械性问题：标点全半角、序号形式、重复标点、
                                    重新编号（仅 UTF-8 文本文件；不写 .docx 文件）
  --fix-suggestions                 与 --fix 一起使用，同时采用每个问题的第一条建议：补入章节、
                                    改写措辞（请核对结果！）
  --annotate 输出.docx              为一个 .docx 文档写一份批注副本：每个问题成为 Word 批注，标在
                                    所指的文字上（原文档不变，正文只加批注标记）
  --track-fixes                     与 --annotate 一起使用，同时把每个问题的修复（或第一条建议）写为
                                    修订，可在 Word 中逐条接受或拒绝
  --stdin-filename 名称             路径为 - 时，标准输入内容所用的文件名：据此查找配置文件、
                                    判断报告类型和格式（.md/.txt/.docx），并在输出中显示（默认 <stdin>）
  -h, --help                        显示此帮助

Word 文档：
  .docx 文件按其正文检查（自动编号按 Word 显示的写出，修订按接受后的文本）；每个问题另注明
  段落、所在标题和原文，如“第12段（在“二、主要做法”下）：“……””；json、sarif 输出中另有
  paragraph（从 0 起的段落序号，第N段即 paragraph + 1）、heading、excerpt。旧版 .doc、.wps
  请先另存为 .docx。文件夹中 Word 的临时文件（~$ 开头）不检查。

标准输入：
  路径写作 - 时从标准输入读取报告（UTF-8、UTF-16 或 GB18030，与文件相同）；
  与 --fix 一起使用时，修复后的全文写到标准输出，检查结果改写到标准错误。
  例：cat report.txt | gongwen check - --stdin-filename report.txt

退出状态：
  0  所有文件均已检查，且没有错误
  1  文件中发现错误
  2  有路径无法检查或修复（不存在、无法读取、不是文本或 .docx、无法写入、用 --fix 修复 .docx；
     其余文件照常检查和报告），标准输入是终端，或用法错误`;

const CHECK_OPTIONS_EN = `Options for check:
  --format stylish|json|sarif       output format (default: stylish)
  --rule NAME=off|error|warning|info
                                    change a rule's severity (repeatable; wins over the configuration);
                                    NAME is a rule id or a category (placeholder, numbering,
                                    structure, repetition, expression, punctuation, layout); a
                                    rule id given too wins over its category
  --config PATH                     use this configuration file for every file
  --no-config                       use no configuration file (.gongwenrc.json is otherwise
                                    looked for from each file's folder upwards)
  --locale zh|en                    language of messages (default: zh)
  --fix                             apply every mechanical fix to the files: punctuation width,
                                    marker forms, doubled marks, renumbering (UTF-8 text files
                                    only; never writes a .docx)
  --fix-suggestions                 with --fix, also apply the first suggestion of each problem:
                                    sections inserted, wording changed (read the result!)
  --annotate OUT.docx               write a copy of the one .docx checked with each finding as a
                                    Word comment on the characters it flags (the original is
                                    left as it is; the text only gains the comment marks)
  --track-fixes                     with --annotate, also write each finding's fix (or first
                                    suggestion) as a tracked change, to accept or reject in Word
  --stdin-filename NAME             with the path -, the file name of the text on standard input:
                                    where its configuration is looked for, its report type and
                                    format (.md/.txt/.docx), its name in the output (default: <stdin>)
  -h, --help                        show this help

Word documents:
  A .docx is checked as its text (automatic numbering written out as Word shows it, tracked
  changes as if accepted); each finding also names the paragraph, the heading it falls under
  and the words, as in: paragraph 12 (under "二、主要做法"): "…". The json and sarif output add
  paragraph (0-based: "paragraph 12" has 11), heading and excerpt. Save an old .doc or .wps as
  .docx first. Word's lock files in a folder (~$…) are skipped.

Standard input:
  The path - reads the report from standard input (UTF-8, UTF-16 or GB18030, as for files);
  with --fix the whole fixed text goes to standard output and the findings to standard error.
  Example: cat report.txt | gongwen check - --stdin-filename report.txt

Exit status:
  0  every file was checked and has no errors
  1  errors were found in the files
  2  a path could not be checked or fixed (missing, unreadable, not text or .docx, not
     writable, a .docx with --fix; the other files are still checked and reported),
     standard input is a terminal, or a usage error`;

const RULES_OPTIONS_ZH = `列出每条规则：编号、类别、默认级别、可否自动修复（fix）或给出建议（suggest）、说明。

选项：
  --locale zh|en                    说明的语言（默认 zh）
  -h, --help                        显示此帮助`;

const RULES_OPTIONS_EN = `Lists every rule: id, category, default severity, whether it fixes (fix) or suggests (suggest), description.

Options:
  --locale zh|en                    language of the descriptions (default: zh)
  -h, --help                        show this help`;

export const USAGE = {
  general: msg(
    `gongwen — 检查中文公文式报告（工作总结、自评报告、评估报告……）

用法：
  gongwen check [选项] 路径...      检查 .txt/.md/.docx 文件、文件夹或通配模式（- 为标准输入）
  gongwen rules [--locale en]       列出规则
  gongwen --version | --help
  gongwen 命令 --help               该命令的用法

${CHECK_OPTIONS_ZH}`,
    `gongwen — checks Chinese official-style reports (工作总结, 自评报告, 评估报告 …)

Usage:
  gongwen check [options] PATH...   check .txt/.md/.docx files, folders or globs (- for standard input)
  gongwen rules [--locale en]       list the rules
  gongwen --version | --help
  gongwen COMMAND --help            usage of that command

${CHECK_OPTIONS_EN}`,
  ),
  check: msg(`用法：gongwen check [选项] 路径...\n\n${CHECK_OPTIONS_ZH}`, `Usage: gongwen check [options] PATH...\n\n${CHECK_OPTIONS_EN}`),
  rules: msg(`用法：gongwen rules [选项]\n\n${RULES_OPTIONS_ZH}`, `Usage: gongwen rules [options]\n\n${RULES_OPTIONS_EN}`),
} as const;

export const SEE_HELP = msg('运行“gongwen --help”查看用法。', 'Run "gongwen --help" for usage.');

export const usageErrors = {
  unknownCommand: (command: string) => msg(`未知命令“${command}”（可用：check、rules）`, `unknown command "${command}" (use check or rules)`),
  needsValue: (flag: string) => msg(`${flag} 需要一个值`, `${flag} needs a value`),
  unknownFormat: (value: string) => msg(`未知输出格式“${value}”（可用 stylish、json 或 sarif）`, `unknown format "${value}" (use stylish, json or sarif)`),
  unknownLocale: (value: string) => msg(`未知语言“${value}”（可用 zh 或 en）`, `unknown locale "${value}" (use zh or en)`),
  badRuleSetting: (value: string) =>
    msg(`--rule 的写法是 名称=off|error|warning|info，收到的是“${value}”`, `--rule expects NAME=off|error|warning|info, got "${value}"`),
  unknownRule: (name: string, near: string[]) =>
    msg(
      `未知规则或类别“${name}”${near.length ? `，是否是${near.map((n) => `“${n}”`).join('、')}？` : ''}（运行“gongwen rules”查看全部）`,
      `unknown rule or category "${name}"${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : ''} (see "gongwen rules")`,
    ),
  unknownOption: (option: string) => msg(`未知选项“${option}”`, `unknown option "${option}"`),
  unexpectedArgument: (arg: string) => msg(`多余的参数“${arg}”`, `unexpected argument "${arg}"`),
  noFiles: msg('没有给出要检查的文件', 'no files given'),
  fixSuggestionsWithoutFix: msg('--fix-suggestions 须与 --fix 一起使用', '--fix-suggestions goes with --fix'),
  configAndNoConfig: msg('--config 与 --no-config 不能同时使用', '--config and --no-config cannot be used together'),
  stdinFilenameWithoutStdin: msg('--stdin-filename 只用于路径 -（标准输入）', '--stdin-filename goes with the path - (standard input)'),
} as const;

export const notices = {
  noConfigFile: msg('没有这个配置文件', 'no such configuration file'),
  ignored: (configFile: string) => msg(`已跳过：${configFile} 设定忽略此文件`, `skipped: ignored by ${configFile}`),
  notFixedEncoding: (encoding: string) => msg(`未修复：文件编码为 ${encoding}，--fix 只写 UTF-8 文件`, `not fixed: the file is ${encoding}, and --fix writes UTF-8 files only`),
  notFixedWordDocument: msg(
    '未修复：--fix 暂不支持写入 Word 文档，请按检查结果在 Word 中修改（其余文件照常修复）',
    'not fixed: --fix does not write Word documents yet; make the changes the findings show in Word (other files are fixed as usual)',
  ),
  notConverged: (passes: number) =>
    msg(`修复 ${passes} 轮后仍有可修复的问题，请再运行一次 --fix 并报告此情况`, `fixes still pending after ${passes} passes; run --fix again and report this`),
  ruleFailed: (rule: string, error: string) => msg(`规则 ${rule} 运行出错：${error}`, `rule ${rule} failed: ${error}`),
  internalError: (error: string) => msg(`内部错误：${error}`, `internal error: ${error}`),
  cannotWriteOutput: (reason: string) => msg(`无法写出结果：${reason}`, `cannot write the output: ${reason}`),
} as const;

export const summary = {
  problems: (total: number, errors: number, warnings: number, infos: number) =>
    msg(
      `✖ 共 ${total} 个问题（错误 ${errors}，警告 ${warnings}，提示 ${infos}）`,
      `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`,
    ),
  fixable: (count: number) => msg(`  其中 ${count} 个可用 --fix 选项自动修复。`, `  ${count} of them can be fixed with the --fix option.`),
  fixableInWord: (count: number) =>
    msg(`  其中 ${count} 个在 Word 文档中，有机械性修改，请在 Word 中修改（--fix 不写 .docx 文件）。`, `  ${count} of them, in Word documents, have a mechanical fix: make it in Word (--fix does not write .docx files).`),
} as const;

/** Where a finding is in a Word document: 第N段 (1-based), the heading it falls under, the flagged words. */
export function docxPlace({ paragraph, heading, excerpt, inWordNumbering }: DocxPlace) {
  const n = paragraph + 1;
  const where = heading === undefined ? msg(`第${n}段`, `paragraph ${n}`) : msg(`第${n}段（在“${heading}”下）`, `paragraph ${n} (under "${heading}")`);
  const words = excerpt ? msg(`：“${excerpt}”`, `: "${excerpt}"`) : msg('', '');
  const numbering = inWordNumbering ? msg('（此编号由 Word 自动生成，请在 Word 的编号设置中修改）', ' (Word generates this numbering: change it in its numbering settings)') : msg('', '');
  return msg(where.zh + words.zh + numbering.zh, where.en + words.en + numbering.en);
}
