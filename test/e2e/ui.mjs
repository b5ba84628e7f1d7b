// The packaged extension as a writer meets it: installed from the .vsix into code-server (a real
// VS Code workbench), driven by headless Chromium. Opens a report, waits for the diagnostics in
// the Problems panel and the sections in the Outline, applies a quick fix, inserts a snippet;
// then, in a report of its own (填空.gongwen), types as a writer with an input method does (text
// committed through composition): fills placeholders with quoted and titled names, gets the next
// heading marker offered after （, inserts a missing section from the 报告结构 view and types over
// its placeholder, and goes to a heading from the view; last, checks a Word document from the
// explorer's context menu (用 Gongwen 检查). Screenshots in test/artifacts/.
// Usage: node test/e2e/ui.mjs RUNDIR REPORT_FILE_NAME
//   RUNDIR from start-code-server.sh; its workspace holds REPORT_FILE_NAME, a report with at
//   least one half-width second-level marker such as (五), on which the quick fix is tried.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = join(root, 'test/artifacts');
const [runDir, reportName] = [resolve(process.argv[2]), process.argv[3]];
const [port] = readFileSync(join(runDir, 'cs.info'), 'utf8').trim().split(/\s+/);
const folder = readFileSync(join(runDir, 'folder'), 'utf8').trim();
const reportText = readFileSync(join(folder, reportName), 'utf8');
const reportLines = reportText.split(/\r?\n/);
const markerLine = reportLines.findIndex((l) => /^[ \t\u3000\u00a0]*\([一二三四五六七八九十]\)/.test(l)) + 1;
if (!markerLine) throw new Error(`${reportName} has no half-width marker like (五) to try the quick fix on`);
const lspTimeout = Number(process.env.LSP_TIMEOUT ?? 60_000);
// A 工作总结 lacking its 存在问题 section, with a placeholder (XX) to fill and a run-in heading.
const fillIn = '填空.gongwen';
writeFileSync(
  join(folder, fillIn),
  ['关于2023年统计工作的总结', '一、主要做法', '　　XX统计局完成了各项任务。', '（一）加强领导。领导小组每月开会。', '（二）强化监督。开展专项检查。', '二、下一步打算', '　　继续努力。', ''].join('\n'),
);
// A Word document with layout faults planted (test/docx/made/make.sh), to check from the explorer.
const wordDocument = '版式问题.docx';
copyFileSync(join(root, 'test/docx/made/layout-faults.docx'), join(folder, wordDocument));
mkdirSync(artifacts, { recursive: true });
// Screenshots of an earlier failure would pass for this run's.
for (const old of readdirSync(artifacts).filter((f) => f.startsWith('FAIL-'))) rmSync(join(artifacts, old));

const started = Date.now();
const log = (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${m}`);
let page;
let context;

async function step(name, run) {
  const t = Date.now();
  try {
    const value = await run();
    log(`ok   ${name} (${Date.now() - t} ms)`);
    return value;
  } catch (e) {
    log(`FAIL ${name}: ${String(e?.message ?? e).split('\n')[0]}`);
    await page?.screenshot({ path: join(artifacts, `FAIL-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    throw e;
  }
}

/** Steps of the writer's session that do not depend on one another: each failure is reported, then the next is tried. */
const failed = [];
async function check(name, run) {
  try {
    await step(name, run);
  } catch {
    failed.push(name);
    await page.keyboard.press('Escape').catch(() => {});
  }
}

const assert = (condition, message) => {
  if (!condition) throw new Error(`assertion failed: ${message}`);
};

/** Presses a key until `selector` shows: the first press can land before the workbench has focus. */
async function pressUntil(key, selector, tries = 5) {
  for (let i = 0; i < tries; i++) {
    await page.keyboard.press(key);
    try {
      await page.waitForSelector(selector, { state: 'visible', timeout: 3000 });
      return;
    } catch {
      // Not yet: press again.
    }
  }
  throw new Error(`${key} never showed ${selector}`);
}

/** Puts the cursor at a 1-based line and column of the active editor. */
async function goTo(line, column) {
  await page.keyboard.press('Control+1');
  await pressUntil('Control+G', '.quick-input-widget');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
}

const editorText = () => page.$$eval('.monaco-editor .view-line', (lines) => lines.map((l) => l.textContent).join('\n'));
/** The active editor's lines as rendered (in screen order, which is text order here: short lines, no scrolling). */
const editorLines = () =>
  page.$$eval('.editor-group-container.active .monaco-editor .view-lines .view-line', (lines) =>
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top)).map((l) => l.textContent.replace(/\u00a0/g, ' ')),
  );
let cdp;
/**
 * Text as an input method commits it, one piece at a time: each piece is composed, then committed
 * (CDP Input.imeSetComposition, then Input.insertText). Trigger characters and auto-closing see
 * no key press, as with a writer's pinyin input method.
 */
async function imeType(...pieces) {
  for (const piece of pieces) {
    await cdp.send('Input.imeSetComposition', { text: piece, selectionStart: piece.length, selectionEnd: piece.length });
    await cdp.send('Input.insertText', { text: piece });
  }
}
const statusSelection = '[id="status.editor.selection"]';
// The view's name follows VS Code's display language (English here).
const structureRows = '.pane:has(> .pane-header:is([aria-label^="报告结构"], [aria-label^="report structure" i])) .monaco-list-row';
const problemsItem = '[id="status.problems"]';

/**
 * Clicks the 报告结构 row holding `text` once the view has settled: after an edit the view is
 * refreshed, and a click while its rows move lands on another row.
 */
async function clickStructureRow(text) {
  const rowsText = () => page.locator(structureRows).allTextContents().then((t) => t.join('|'));
  for (let tries = 0; tries < 3; tries++) {
    let before = await rowsText();
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(400);
      const now = await rowsText();
      if (now === before) break;
      before = now;
    }
    await page.locator(`${structureRows}:has-text("${text}")`).first().click();
    const focused = (await page.locator(`${structureRows}.focused`).first().textContent().catch(() => '')) ?? '';
    if (focused.includes(text)) return;
  }
  throw new Error(`the 报告结构 row "${text}" could not be clicked: the view kept changing`);
}
const outlineRows = '.pane:has(> .pane-header[aria-label^="Outline"]) .monaco-list-row';

try {
  await step('launch Chromium', async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(runDir, 'chrome-')), {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 900 },
      locale: 'zh-CN',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    cdp = await context.newCDPSession(page);
  });

  await step('load the workbench', async () => {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench');
    await page.waitForSelector(`.explorer-folders-view .monaco-list-row[aria-label="${reportName}"]`);
  });

  await step(`open ${reportName} as 公文报告`, async () => {
    await pressUntil('Control+P', '.quick-input-widget');
    await page.keyboard.type(reportName);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${reportName}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${reportName}"]`);
    // The language can be Plain Text for a moment, until the extension host has registered ours.
    await page.waitForSelector('[id="status.editor.mode"][aria-label="公文报告"]', { timeout: lspTimeout });
  });

  const counts = await step('diagnostics published (status bar and squiggles)', async () => {
    await page.waitForSelector(`${problemsItem}:not([aria-label="No Problems"])`, { timeout: lspTimeout });
    await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning');
    return page.getAttribute(problemsItem, 'aria-label');
  });
  log(`     status bar: ${counts}`);

  const rows = await step('Problems panel lists numbering and placeholder problems', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row[aria-label*="gongwen"]');
    // The list is virtual (only the rows in view exist): filter it to find each kind.
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    const labelsFor = async (text) => {
      await filter.fill(text);
      await page.waitForSelector(`.markers-panel .monaco-list-row[aria-label*="${text}"]`);
      return page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    };
    const numbering = await labelsFor('序号');
    const placeholders = await labelsFor('占位符');
    await filter.fill('');
    return [...numbering.filter((l) => l.includes('序号')), ...placeholders.filter((l) => l.includes('占位符'))];
  });
  log(`     e.g. ${rows.find((l) => /序号/.test(l))}`);

  const outline = await step('Outline shows the sections', async () => {
    const header = page.locator('.pane-header[aria-label^="Outline"]');
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const firstHeading = reportLines.map((l) => l.trim()).find((l) => /^一、/.test(l)).replace(/[：:]$/, '');
    await page.waitForSelector(`${outlineRows}[aria-label^="${firstHeading}"]`);
    return page.$$eval(outlineRows, (els) => els.map((e) => e.getAttribute('aria-label')));
  });
  log(`     outline: ${outline.slice(0, 4).join(' | ')} …`);

  await step('status bar shows 字数 and the problem count', async () => {
    const item = await page.waitForSelector('.statusbar-item:has(.codicon-book)');
    const text = (await item.textContent()) ?? '';
    assert(/\d/.test(text), text);
  });
  await step('hover on the half-width marker explains the rule', async () => {
    // More room for the Outline: fold the file list away.
    const folders = page.locator('.pane:has(> .pane-body .explorer-folders-view) > .pane-header');
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    await goTo(markerLine, reportLines[markerLine - 1].indexOf('(') + 2);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // The diagnostic's own part shows first; the server's explanation (with the basis) follows.
    await page.waitForSelector('.monaco-hover:has-text("numbering-style"):has-text("GB/T 9704")');
  });
  await page.screenshot({ path: join(artifacts, 'problems-and-outline.png') });
  await page.keyboard.press('Escape');

  await step('quick fix on a half-width marker', async () => {
    const lineText = reportLines[markerLine - 1];
    const column = lineText.indexOf('(') + 2;
    const wanted = `（${lineText[column - 1]}）`;
    await goTo(markerLine, column);
    await pressUntil('Control+Period', `.action-widget .monaco-list-row.action[aria-label="改为“${wanted}”"]`);
    await page.screenshot({ path: join(artifacts, 'quick-fix.png') });
    await page.keyboard.press('Enter');
    await page.waitForFunction((w) => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes(w)), wanted);
  });

  await step('insert the 特此报告 snippet', async () => {
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('tcbg');
    await pressUntil('Control+Space', '.suggest-widget .monaco-list-row[aria-label^="tcbg"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('特此报告。')));
    assert((await editorText()).includes('特此报告。'), 'snippet text in the editor');
  });

  await step('the 报告结构 view lists the sections', async () => {
    const header = page.locator('.pane-header[aria-label^="报告结构"], .pane-header[aria-label^="Report structure"]');
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await page.waitForSelector('.pane:has(> .pane-header[aria-label^="报告结构"]) .monaco-list-row, .pane:has(> .pane-header[aria-label^="Report structure"]) .monaco-list-row');
  });
  await page.screenshot({ path: join(artifacts, 'after-fix-and-snippet.png') });

  await step(`open ${fillIn}`, async () => {
    await pressUntil('Control+P', '.quick-input-widget');
    await page.keyboard.type(fillIn);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${fillIn}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${fillIn}"]`);
    await page.waitForSelector('[id="status.editor.mode"][aria-label="公文报告"]', { timeout: lspTimeout });
    await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error', { timeout: lspTimeout });
    // Room for the 报告结构 view's rows (only the rows in view exist): fold the Outline away.
    const outlineHeader = page.locator('.pane-header[aria-label^="Outline"]');
    if ((await outlineHeader.getAttribute('aria-expanded')) === 'true') await outlineHeader.click();
    await page.waitForSelector(`${structureRows}:has-text("存在问题")`, { timeout: lspTimeout });
  });
  await check('the status bar and the 报告结构 view speak gongwen.locale (zh) in an English workbench', async () => {
    const status = (await page.textContent('.statusbar-item:has(.codicon-book)')) ?? '';
    assert(status.includes('字数'), `status bar in Chinese: ${status}`);
    const rows = await page.$$eval(structureRows, (els) => els.map((e) => e.textContent));
    assert(rows.some((r) => /第 \d+ 行/.test(r)), `view in Chinese: ${rows.join(' | ')}`);
  });

  await check('fill a placeholder with “县” through an input method (跳到下一个占位符, Ctrl+Alt+J)', async () => {
    await goTo(1, 1);
    await page.keyboard.press('Control+Alt+J');
    await page.waitForFunction((sel) => /selected/.test(document.querySelector(sel)?.textContent ?? ''), statusSelection);
    await imeType('“', '县', '”');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('县')));
    const line = (await editorLines()).find((l) => l.includes('县'));
    assert(line === '　　“县”统计局完成了各项任务。', `filled line: ${line}`);
  });
  await page.screenshot({ path: join(artifacts, 'placeholder-filled.png') });

  await check('typing （ through an input method at the start of a line offers the next marker （三）', async () => {
    await goTo(5, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await imeType('（');
    await page.waitForSelector('.suggest-widget .monaco-list-row[aria-label*="（三）"]', { timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.startsWith('（三）')));
    const lines = await editorLines();
    assert(lines.includes('（三）'), `marker line: ${lines.join(' / ')}`);
    await imeType('健全制度。');
  });

  await check('a missing section inserted from the 报告结构 view has its placeholder selected: typing replaces it', async () => {
    await clickStructureRow('存在问题');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('存在问题')));
    await page.waitForFunction((sel) => /selected/.test(document.querySelector(sel)?.textContent ?? ''), statusSelection, { timeout: 10_000 });
    await page.screenshot({ path: join(artifacts, 'section-inserted.png') });
    await imeType('还有一些不足。');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('还有一些不足。')));
    const lines = await editorLines();
    const at = lines.findIndex((l) => /^二、存在问题$/.test(l));
    assert(at >= 0 && lines[at + 1] === '　　还有一些不足。', `inserted section: ${lines.join(' / ')}`);
    assert(!lines.some((l) => l.includes('此处填写')), 'the placeholder was replaced');
  });

  await check('a heading clicked in the 报告结构 view gets the cursor, with nothing selected', async () => {
    await clickStructureRow('（一）加强领导');
    await page.waitForFunction((sel) => /Ln 4,/.test(document.querySelector(sel)?.textContent ?? ''), statusSelection);
    const status = (await page.textContent(statusSelection)) ?? '';
    assert(/^Ln 4, Col 1$/.test(status.trim()), `cursor after the click: ${status}`);
  });

  await check('fill a snippet tab stop with 《统计法》 through an input method', async () => {
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('gzzj');
    await pressUntil('Control+Space', '.suggest-widget .monaco-list-row[aria-label^="gzzj"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.startsWith('关于XX工作的总结')));
    await imeType('《', '统计法', '》');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('统计法')));
    const line = (await editorLines()).find((l) => l.includes('统计法'));
    assert(line === '关于《统计法》工作的总结', `filled tab stop: ${line}`);
  });
  await page.screenshot({ path: join(artifacts, 'fill-in-the-blanks.png') });

  await check('a rule link in the Problems panel opens the rule documentation rendered', async () => {
    await page.keyboard.press('Control+Shift+M');
    const link = page.locator('.markers-panel .monaco-list-row a:has-text("placeholder-letters")').first();
    await link.click();
    await page.waitForSelector('.tabs-container .tab[aria-label*="placeholder-letters"]');
    const tab = (await page.getAttribute('.tabs-container .tab.active', 'aria-label')) ?? '';
    assert(/^Preview placeholder-letters\.md/.test(tab), `the active tab: ${tab}`);
    // The preview is a webview: its text is in a frame of its own, rendered (no # left).
    const rendered = async () => {
      for (const frame of page.frames()) {
        const heading = await frame.$eval('h1', (h) => h.textContent).catch(() => undefined);
        if (heading?.includes('占位字母')) return heading;
      }
      return undefined;
    };
    let heading;
    for (let i = 0; i < 100 && !(heading = await rendered()); i++) await page.waitForTimeout(200);
    assert(heading && !heading.includes('#'), `rendered heading: ${heading}`);
  });
  await page.screenshot({ path: join(artifacts, 'rule-doc.png') });
  await check(`用 Gongwen 检查 from the explorer's context menu opens ${wordDocument} as a read-only view with its sections and its problems placed in Word`, async () => {
    await page.keyboard.press('Control+Shift+E');
    const folders = page.locator('.pane:has(> .pane-body .explorer-folders-view) > .pane-header');
    if ((await folders.getAttribute('aria-expanded')) !== 'true') await folders.click();
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${wordDocument}"]`).click({ button: 'right' });
    // VS Code's menu runs the item the pointer rests on when Enter is pressed (a click can land while it opens).
    await page.getByRole('menuitem', { name: /Check with Gongwen|用 Gongwen 检查/ }).hover();
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${wordDocument}"]`);
    await page.waitForSelector('[id="status.editor.mode"][aria-label="公文报告"]', { timeout: lspTimeout });
    await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error', { timeout: lspTimeout });
    // The 报告结构 view shows the Word document's sections.
    await page.waitForSelector(`${structureRows}:has-text("主要工作成效")`, { timeout: lspTimeout });
    await page.keyboard.press('Control+Shift+M');
    // The list is virtual and the other reports' problems come first: filter it to the layout ones.
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill('GB/T 9704');
    const layout = page.locator('.markers-panel .monaco-list-row[aria-label*="GB/T 9704"]').first();
    await layout.waitFor({ timeout: lspTimeout });
    const label = (await layout.getAttribute('aria-label')) ?? '';
    assert(/第\d+段/.test(label), `the problem says where in Word: ${label}`);
    // Typing changes nothing: the view is read-only.
    const before = await editorLines();
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.type('改动');
    assert(JSON.stringify(await editorLines()) === JSON.stringify(before), 'the view was edited');
    await page.screenshot({ path: join(artifacts, 'docx-view.png') });
  });
  if (failed.length) throw new Error(`${failed.length} step(s) failed: ${failed.join('; ')}`);
  if (process.env.GONGWEN_UPDATE_DOC_IMAGES) copyFileSync(join(artifacts, 'problems-and-outline.png'), join(root, 'docs/images/editor.png'));
  log('PASS');
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await context?.close();
}
