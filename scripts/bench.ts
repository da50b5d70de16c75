/**
 * `npm run bench`: speed figures measured side by side with a baseline in one
 * run; prints a table per section and writes bench-results/<section>.json.
 * `npm run bench -- extraction` runs one section.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchBackupFuzz } from './bench/backup-fuzz';
import { benchBriefingExport } from './bench/briefing-export';
import { benchExtraction } from './bench/extraction';
import { benchHardPages } from './bench/hard-pages';
import { benchLibraryScale } from './bench/library-scale';
import type { BenchSection } from './bench/stats';

const sections: Record<string, () => Promise<BenchSection>> = {
  extraction: benchExtraction,
  'library-scale': benchLibraryScale,
  'briefing-export': benchBriefingExport,
  'hard-pages': benchHardPages,
  'backup-fuzz': benchBackupFuzz,
};

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

const wanted = process.argv.slice(2);
const outDir = resolve(import.meta.dirname, '../bench-results');
mkdirSync(outDir, { recursive: true });
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  const section = await run();
  if (section.skipped) {
    console.log(`skipped: ${section.skipped}`);
    continue;
  }
  if (section.table) printTable(section.table);
  for (const note of section.notes ?? []) console.log(`- ${note}`);
  const file = resolve(outDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...section }, null, 2)}\n`);
  console.log(`(written to ${file})`);
}
