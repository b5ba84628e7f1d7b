// The built server attached to headless Neovim's own LSP client: for each report, Neovim must
// receive the same diagnostics the CLI reports (rule, range, message, severity), the outline, and
// code actions. Usage: node test/nvim/run.mjs [FILE…] (default: the sample and the seed reports).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const seeds = resolve(root, '../shared/corpus/seeds');
const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(f))
  : [join(root, 'samples/工作总结示例.gongwen'), ...(existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f)) : [])];
const cache = process.env.GONGWEN_EDITOR_CACHE ?? join(root, '.cache/vscode');
// Keep Neovim's log and state out of $HOME.
const env = {
  ...process.env,
  XDG_CONFIG_HOME: join(cache, 'xdg/config'),
  XDG_DATA_HOME: join(cache, 'xdg/data'),
  XDG_CACHE_HOME: join(cache, 'xdg/cache'),
  XDG_STATE_HOME: join(cache, 'xdg/state'),
  GONGWEN_SERVER: join(root, 'dist/server.js'),
};
const SEVERITY = { error: 1, warning: 2, info: 3 };
const work = mkdtempSync(join(tmpdir(), 'gongwen-nvim-'));
let failures = 0;

for (const file of files) {
  const out = join(work, 'out.json');
  const started = Date.now();
  const nvim = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', join(here, 'init.lua'), file], { env: { ...env, GONGWEN_NVIM_OUT: out }, timeout: 120_000, encoding: 'utf8' });
  const elapsed = Date.now() - started;
  const problems = [];
  if (nvim.status !== 0 || !existsSync(out)) {
    problems.push(`nvim exited ${nvim.status ?? nvim.signal}: ${nvim.stderr || (existsSync(out) ? readFileSync(out, 'utf8') : '')}`);
  } else {
    const received = JSON.parse(readFileSync(out, 'utf8'));
    const cli = JSON.parse(spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' }).stdout)[0];
    const fromCli = cli.diagnostics.map((d) => ({ rule: d.rule, range: d.range, message: d.message, severity: SEVERITY[d.severity] }));
    const fromNvim = received.diagnostics
      .map((d) => ({ rule: d.code, range: d.range, message: d.message, severity: d.severity }))
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.range.end.line - b.range.end.line || a.range.end.character - b.range.end.character || a.rule.localeCompare(b.rule));
    if (!received.idle) problems.push('the server never reported itself idle');
    if (!isDeepStrictEqual(fromNvim, fromCli)) {
      const key = (d) => JSON.stringify(d);
      const cliKeys = new Set(fromCli.map(key));
      const nvimKeys = new Set(fromNvim.map(key));
      problems.push(
        `diagnostics differ from the CLI's (${fromNvim.length} in Neovim, ${fromCli.length} from the CLI)\n` +
          `  only in Neovim: ${fromNvim.filter((d) => !cliKeys.has(key(d))).slice(0, 3).map(key).join('\n    ')}\n` +
          `  only from the CLI: ${fromCli.filter((d) => !nvimKeys.has(key(d))).slice(0, 3).map(key).join('\n    ')}`,
      );
    }
    const firstHeading = readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).find((l) => /^一、/.test(l));
    if (firstHeading && !received.symbols.some((s) => firstHeading.startsWith(s))) problems.push(`outline lacks "${firstHeading}": ${received.symbols.join(' | ')}`);
    if (!received.codeActions.length) problems.push('no code actions for the first diagnostic');
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${file}: ${fromNvim.length} diagnostics (same as the CLI: ${isDeepStrictEqual(fromNvim, fromCli)}), ${received.symbols.length} top-level sections, ${received.codeActions.length} code actions (${elapsed} ms)`);
  }
  if (problems.length) {
    failures++;
    for (const p of problems) console.log(`  ${p}`);
  }
}
// The README's setup for this Neovim, pasted as a user would, with `gongwen-server` on PATH: the
// server must attach to a .txt report (filetype `text`) and publish diagnostics.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const luaBlocks = [...readme.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]);
const [, minor] = /NVIM v0\.(\d+)/.exec(spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout) ?? [];
const setups = [
  { name: 'README setup for Neovim 0.7 to 0.9', code: luaBlocks.find((b) => b.includes('vim.lsp.start_client(')) },
  { name: 'README setup for Neovim 0.10+', code: luaBlocks.find((b) => b.includes('vim.lsp.start(')), minor: 10 },
];
const bin = join(work, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'gongwen-server'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'dist/server.js')}" "$@"\n`);
chmodSync(join(bin, 'gongwen-server'), 0o755);
const report = join(work, 'report.txt');
copyFileSync(files.at(-1), report);
let setupsRun = 0;
for (const setup of setups) {
  if (!setup.code) {
    failures++;
    console.log(`FAIL ${setup.name}: no such Lua block in README.md`);
    continue;
  }
  if (setup.minor && Number(minor) < setup.minor) {
    console.log(`skip ${setup.name}: this is Neovim 0.${minor}`);
    continue;
  }
  setupsRun++;
  const snippet = join(work, 'setup.lua');
  const out = join(work, 'readme.json');
  writeFileSync(snippet, setup.code);
  const nvim = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', join(here, 'readme.lua'), report], {
    env: { ...env, PATH: `${bin}:${env.PATH}`, GONGWEN_README_SNIPPET: snippet, GONGWEN_NVIM_OUT: out },
    timeout: 120_000,
    encoding: 'utf8',
  });
  const received = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
  const ok = nvim.status === 0 && received?.diagnostics > 0;
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${setup.name}: ${received ? `${received.diagnostics} diagnostics in a ${received.filetype} buffer` : `nvim exited ${nvim.status ?? nvim.signal}: ${nvim.stderr}`}`);
}
const total = files.length + setupsRun;
console.log(`Neovim: ${total - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
