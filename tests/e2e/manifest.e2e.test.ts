/**
 * Issue #6: the shipped manifests ask for what Casefile needs and nothing
 * more. Reads the production builds of both browsers (npm run build,
 * npm run build:firefox), which `npm run test:e2e` makes first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const builds = {
  chrome: resolve(__dirname, '../../.output/chrome-mv3/manifest.json'),
  firefox: resolve(__dirname, '../../.output/firefox-mv2/manifest.json'),
};

describe.each(Object.entries(builds))('the %s manifest', (browser, file) => {
  it('exists', () => {
    expect(existsSync(file), `${file} is missing: run npm run build${browser === 'firefox' ? ':firefox' : ''}`).toBe(true);
  });
  const manifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};

  it('asks for activeTab, scripting, contextMenus, storage and unlimitedStorage only', () => {
    const permissions = [...(manifest.permissions ?? [])].sort();
    const expected = ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];
    // Firefox MV2 names the menu API "menus" and has scripting as part of tabs;
    // WXT writes the same list, which Firefox accepts.
    expect(permissions).toEqual(expected);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('declares no content scripts: the reader is injected only when the user clips', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('tightens the content security policy and loads no remote code', () => {
    const csp = typeof manifest.content_security_policy === 'string' ? manifest.content_security_policy : manifest.content_security_policy?.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
  });

  it('opens the clip popup with Alt+Shift+S', () => {
    const commands = manifest.commands ?? {};
    const action = commands._execute_action ?? commands._execute_browser_action;
    expect(action?.suggested_key?.default).toBe('Alt+Shift+S');
  });
});
