import { defineConfig } from 'wxt';

// The e2e build (CASEFILE_E2E=1) may read pages on 127.0.0.1 without a user
// gesture, because a test cannot click the toolbar button to grant activeTab.
// The shipped build has no host permissions at all (issue #2).
const e2e = process.env.CASEFILE_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The e2e build goes to its own folder so it never ships by mistake.
  outDir: e2e ? '.output/e2e' : '.output',
  manifest: ({ manifestVersion }) => ({
    name: 'Casefile',
    description:
      'Clip statistics and success stories with their sources while you read, and export a briefing. Everything stays in your browser.',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Clip to Casefile' },
    // Alt+Shift+S opens the clip popup (issue #6).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the Casefile clip popup',
      },
    },
    // Tighter than MV3's default: no plugins, no <base> rewriting, no form posts (issue #6).
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    browser_specific_settings: {
      gecko: {
        id: 'casefile@casefile.invalid',
        // Casefile collects nothing: every record stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
