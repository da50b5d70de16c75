/**
 * The backup importer against damaged files, the long run (issues #5, #6): 30,000
 * mutated backups (byte flips, truncation, type swaps, deep nesting,
 * prototype keys, huge numbers and strings) through importBackupText into a
 * fake-indexeddb library; each is imported or refused with sentences, the
 * library unchanged after every refusal. The unit suite runs the same
 * property 10,000 times from a fixed seed; here the seed is random unless
 * BENCH_FUZZ_SEED is given, and printed so that a failure reproduces.
 *
 *   npm run bench -- backup-fuzz
 *   BENCH_FUZZ_SEED=20261129 BENCH_FUZZ_RUNS=50000 npm run bench -- backup-fuzz
 */
import { refusalKinds, runBackupFuzz } from '../../tests/unit/backup-fuzz-property';
import type { BenchSection } from './stats';

export async function benchBackupFuzz(): Promise<BenchSection> {
  const runs = Math.max(10_000, Number(process.env.BENCH_FUZZ_RUNS ?? 30_000));
  const seed = process.env.BENCH_FUZZ_SEED ? Number(process.env.BENCH_FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  console.log(`seed ${seed}, ${runs} runs (reproduce with BENCH_FUZZ_SEED=${seed})`);
  const started = performance.now();
  const stats = await runBackupFuzz({ runs, seed });
  const ms = performance.now() - started;
  const share = (n: number) => `${((n / stats.runs) * 100).toFixed(1)}%`;
  return {
    name: 'backup-fuzz',
    table: [
      ['outcome', 'files', 'share'],
      ['imported', String(stats.accepted), share(stats.accepted)],
      ['refused', String(stats.refused), share(stats.refused)],
      ...refusalKinds.map((kind) => [`  refused: ${kind}`, String(stats.refusals[kind]), share(stats.refusals[kind])]),
    ],
    notes: [
      `Seed ${seed}; ${stats.runs} damaged backups of tests/fixtures/backups/v1.json in ${(ms / 1000).toFixed(1)} s (${(ms / stats.runs).toFixed(2)} ms each); slowest single import ${stats.slowestImportMs.toFixed(0)} ms.`,
      'Every refusal left the database exactly as before; no import threw, none passed its time budget.',
    ],
    figures: { seed, ms, ...stats },
  };
}
