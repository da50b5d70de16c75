/**
 * Issue #6: `web-ext lint` on the Firefox build reports no errors, and every
 * warning is one the README explains (bundled libraries, not Casefile's code).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const build = resolve(root, '.output/firefox-mv2');

/** Warning codes the README's "Firefox" section explains. */
const explained = new Set(['UNSAFE_VAR_ASSIGNMENT', 'DANGEROUS_EVAL']);

describe('web-ext lint on the Firefox build', () => {
  it('finds no errors and only explained warnings', async () => {
    expect(existsSync(build), 'run npm run build:firefox first').toBe(true);
    const { stdout } = await promisify(execFile)(resolve(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', build, '--output', 'json'], {
      cwd: root,
      maxBuffer: 20 * 1024 * 1024,
    }).catch((error: { stdout: string }) => error);
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: unknown[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((warning) => !explained.has(warning.code))).toEqual([]);
  }, 120_000);
});
