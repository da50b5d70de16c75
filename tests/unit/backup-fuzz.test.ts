/** parseBackup against damaged files: fixed seed, a few hundred runs (the benchmark runs 10,000). */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/backup';
import { applyDamage, fixtureText, fuzzSeed, runBackupFuzz } from './backup-fuzz-property';

describe('backup fuzz', () => {
  it('accepts-and-imports or refuses-with-sentences every damaged backup, never throwing or hanging', async () => {
    const stats = await runBackupFuzz({ runs: 300, seed: fuzzSeed });
    expect(stats.runs).toBe(300);
    // Both sides of the property are exercised.
    expect(stats.accepted).toBeGreaterThan(10);
    expect(stats.refused).toBeGreaterThan(100);
  }, 120_000);

  it('damages as intended', () => {
    const base = fixtureText();
    expect(applyDamage(base, { structural: [], textual: [] })).toBe(JSON.stringify(JSON.parse(base), null, 2));
    const proto = applyDamage(base, { structural: [{ op: 'protoKey', at: 0, key: '__proto__', value: { polluted: 1 } }], textual: [] });
    expect(proto).toContain('"__proto__"');
    expect(parseBackup(proto)).toMatchObject({ ok: false, problems: [expect.stringContaining('"__proto__" is not allowed')] });
    const nested = applyDamage(base, { structural: [{ op: 'nest', at: 3, depth: 1000, brackets: 'array' }], textual: [] });
    expect(nested).toContain('['.repeat(1000));
    expect(applyDamage(base, { structural: [], textual: [{ op: 'truncate', at: 10 }] })).toHaveLength(10);
    expect(applyDamage(base, { structural: [{ op: 'raw', at: 2, text: '1e400' }], textual: [] })).toContain('1e400');
  });
});
