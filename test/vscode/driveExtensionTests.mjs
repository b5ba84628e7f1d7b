// Runs an extension test suite (the @vscode/test-electron contract: extensionDevelopmentPath +
// extensionTestsPath) inside a running code-server's Node extension host, driven by headless
// Chromium. VS Code's web workbench takes both paths from its `payload` URL parameter and calls
// window.codeAutomationExit(code) when the suite's run() settles. Exit code = test result.
// Usage: node driveExtensionTests.mjs RUNDIR EXT_DEV_PATH TESTS_ENTRY_JS   (RUNDIR from start-code-server.sh)
import { mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const [runDir, devPath, testsPath] = process.argv.slice(2).map((p) => resolve(p));
const [port] = readFileSync(join(runDir, 'cs.info'), 'utf8').trim().split(/\s+/);
const folder = readFileSync(join(runDir, 'folder'), 'utf8').trim();
const timeoutMs = Number(process.env.TEST_TIMEOUT ?? 180_000);

const context = await chromium.launchPersistentContext(mkdtempSync(join(runDir, 'chrome-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = context.pages()[0] ?? (await context.newPage());
const finished = new Promise((done) => page.exposeFunction('codeAutomationExit', (code) => done(code)));
// The extension host's console (mocha's reporter) is replayed in the page as
// console.log('%c INFO', 'color: …', '<printf format>', ...args).
page.on('console', async (message) => {
  const args = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => '?')));
  const level = typeof args[0] === 'string' && /^%c\s*(TRACE|DEBUG|INFO|WARN|ERROR)/.exec(args[0]);
  if (level && typeof args[2] === 'string') {
    const line = format(args[2], ...args.slice(3));
    if (!/Creating a socket|connection token/.test(line)) console.log(`  ${line}`);
  }
});
// Paths as vscode-remote URIs, so that the Node extension host on the server loads them.
const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
const payload = [
  ['extensionDevelopmentPath', remote(devPath)],
  ['extensionTestsPath', remote(testsPath)],
];
await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
const code = await Promise.race([finished, new Promise((done) => setTimeout(() => done('timeout'), timeoutMs))]);
console.log(`extension tests finished: ${code === 'timeout' ? `no result within ${timeoutMs} ms` : `exit code ${code}`}`);
await page.screenshot({ path: join(runDir, 'extension-tests.png') }).catch(() => {});
await context.close();
process.exit(code === 0 ? 0 : typeof code === 'number' ? code : 1);
