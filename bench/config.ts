// What a configuration can cost: a real report checked under each adversarial configuration of
// issue 11 (test/config/adversarial-configs.ts) and under one at every cap, against the default
// check of the same report, through the ConfigLoader as the CLI and the server use it. The
// configuration is read once (its own row); each check then pays for finding its configuration
// (the file is cached), the ignore globs and the check itself, as the CLI does per file.
//
// Part of `npm run bench` (bench/run.ts); `tsx bench/config.ts [REPORT...]` prints the table alone.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ConfigLoader } from '../server/src/config';
import { check, prepareSettings, type PreparedSettings, type Segmenter, type Settings } from '../server/src/engine';
import { getSegmenter } from '../server/src/segmentation';
import { ADVERSARIAL_CONFIGS, AT_THE_CAPS } from '../test/config/adversarial-configs';
import { fmtMs, fmtRatio, time } from './measure';

export interface ConfigRow {
  report: string;
  config: string;
  /** Reading and validating the configuration once (first use, cold for that configuration). */
  loadMs: number;
  /** One check of the report with the configuration in force: median of warm runs. */
  checkMs: number;
  /** The same with no configuration. */
  defaultMs: number;
  problems: number;
}

export async function measureConfigs(reports: { name: string; text: string }[], segmenter?: Segmenter): Promise<ConfigRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-bench-config-'));
  const rows: ConfigRow[] = [];
  try {
    // At the caps, each field alone and then all together: which field costs what.
    const capped = Object.entries(AT_THE_CAPS).map(([field, value]) => ({
      name: `at the caps: ${field} alone`,
      config: field === 'templates' ? { templates: value, reportTypeByPath: { '*.txt': '工作总结' } } : { [field]: value },
    }));
    const configs = [
      { name: 'none (the default check)', config: undefined as unknown },
      ...ADVERSARIAL_CONFIGS,
      ...capped,
      { name: 'at the caps: every field, every pattern as costly as allowed', config: AT_THE_CAPS },
    ];
    for (const report of reports) {
      const file = join(dir, 'report.txt');
      writeFileSync(file, report.text);
      // Warm code for the default check, the row every other is divided by.
      for (let i = 0; i < 20; i++) check(report.text, { fileName: file, segmenter });
      let defaultMs = 0;
      for (const [i, c] of configs.entries()) {
        const configPath = join(dir, `config-${i}.json`);
        writeFileSync(configPath, JSON.stringify(c.config ?? {}));
        const loader = new ConfigLoader(c.config === undefined ? { noConfig: true } : { configFile: configPath });
        const started = performance.now();
        const { problems } = loader.forFile(file);
        const loadMs = performance.now() - started;
        const prepared = new Map<Settings | undefined, PreparedSettings>();
        const once = () => {
          const found = loader.forFile(file);
          if (found.ignored) return;
          let settings = prepared.get(found.options.settings);
          if (!settings) prepared.set(found.options.settings, (settings = prepareSettings(found.options.settings)));
          check(report.text, { rules: found.options.rules, prepared: settings, fileName: file, segmenter });
        };
        const checkMs = (await time(once, { minRuns: 5, budgetMs: 1_500 })).medianMs;
        if (c.config === undefined) defaultMs = checkMs;
        rows.push({ report: report.name, config: c.name, loadMs, checkMs, defaultMs, problems: problems.length });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function renderConfigRows(rows: ConfigRow[]): string {
  const out = ['| report | configuration | problems told | read once | check | × default check |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  for (const r of rows) out.push(`| ${r.report} | ${r.config} | ${r.problems} | ${fmtMs(r.loadMs)} | ${fmtMs(r.checkMs)} | ${fmtRatio(r.checkMs / r.defaultMs)} |`);
  return out.join('\n');
}

if (require.main === module) {
  const reports = process.argv.slice(2).map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8').replace(/^\ufeff/, '') }));
  measureConfigs(reports, getSegmenter()).then((rows) => process.stdout.write(renderConfigRows(rows) + '\n'));
}
