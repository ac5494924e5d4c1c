import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  OPTIONAL_PLAYER_HOST_PERMISSIONS,
  OPTIONAL_SITE_HOST_PERMISSIONS,
  SIMKL_HOST_PERMISSIONS,
  SITE_HOST_PERMISSIONS,
  USER_SERVER_PERMISSION,
} from './lib/hosts';
import { checkBackgroundParts, extendPartBuild, startupSharedModules } from './scripts/lib/background-parts';

/**
 * Chrome derives the extension id from this public key, so the OAuth redirect URI
 * (https://<id>.chromiumapp.org/) stays the same on every machine. It is a public key:
 * the private half was thrown away, and nothing here is a secret.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA8iKcTAlznkmFdrQ0a4CzC8xvm0ZYbETQ95vx0w/9pYSbjj0JrJZsugYAGHZWz4Bbl5bUlX3dpLOHQEvrWkAQ7Aeoyhg/hCjelDfe3uW+vUSJXnSncrPqoYuuAn//V3CB939BcLctRxiZH2XXegG8fM8PsbuW2dL+xn0NHUn1OzS++8Zu8jRzCgXA71jjxgjQT31g6AehTABUKFfjA/Jf3hSbMsFV3z/jLiBOxTJWxp+t4gyhhtU6N2FZofgnoWVCIVqjaR4gY7iti6rxuAjDhQjr8G/6zr/NZtKdZrQt/0kgHMaa8admGatDSJHoGBvHPISBc51G+abJM7Qk2olTpQIDAQAB';

const ROOT = import.meta.url.startsWith('file:')
  ? path.dirname(fileURLToPath(import.meta.url))
  : process.cwd();

/** The APIs the extension may ask for from a user's click, never required. */
const OPTIONAL_API_PERMISSIONS = ['notifications'];

/** Firefox derives the identity redirect host from this id (sha1 of it). */
export const GECKO_ID = 'simkl-extension@simkl.com';

/**
 * The context WXT hands each content script, without the parts they never use
 * (lib/page/ui/script-context.ts says why); the unit tests resolve it the same way (vitest.config.ts).
 */
export const SCRIPT_CONTEXT_ALIAS = {
  find: /^wxt\/utils\/content-script-context$/,
  // Under the unit tests' DOM environment this file's URL is no file: URL; the tests run from the root.
  replacement: path.resolve(ROOT, 'lib/page/ui/script-context.ts'),
};

/**
 * A part (entrypoints/part-*.ts, lib/page/parts/) runs in the isolated world of the content script that
 * asked for it and uses that script's `browser` (lib/page/parts/part-browser.ts), not a polyfill of its
 * own: in a part's build `wxt/browser` resolves there, ahead of the polyfill module's alias.
 */
const PART_BROWSER_ALIAS = {
  find: /^wxt\/browser$/,
  replacement: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'lib/page/parts/part-browser.ts'),
};

const extendBackgroundPartBuild = extendPartBuild(ROOT);

function isPartBuild(entrypoints: readonly { name: string }[]): boolean {
  return entrypoints.length > 0 && entrypoints.every((entry) => entry.name.startsWith('part-'));
}

/**
 * Suggested shortcuts, which the user can change in the browser. Alt+Shift+K and Alt+Shift+J are
 * taken by neither Chrome (Alt+Shift+T/B/I/A), Chrome OS (Alt+Shift+S/M/N/L) nor Firefox.
 */
const keyboardCommands = (manifestVersion: 2 | 3) => ({
  // MV2 (Firefox's build) names the popup's command after browser_action.
  [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
    suggested_key: { default: 'Alt+Shift+K' },
  },
  'open-page-menu': {
    suggested_key: { default: 'Alt+Shift+J' },
    description: '__MSG_commandOpenMenu__',
  },
});

export default defineConfig({
  // `wxt/browser` becomes Mozilla's webextension-polyfill: one promise-based API in Chrome and
  // Firefox, runtime.onMessage listeners answering by returning a Promise included.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Project code imports what it uses, explicitly (docs/architecture.md, Conventions).
  imports: false,
  vite: () => ({
    // The background's start-up script shares its modules with its parts (scripts/lib/background-parts.ts).
    plugins: [preact(), startupSharedModules(ROOT)],
    build: {
      sourcemap: false,
      // Each page names its first load's chunks in `<link rel=modulepreload>`, so they are all asked
      // for as the HTML is parsed, not one level of imports after another (the popup's first paint,
      // docs/architecture.md, Budgets). Without Vite's polyfill: both browsers preload modules. A chunk
      // loaded on demand preloads only its CSS, as before: preloading its imports too added a link
      // element per import, in the popup's task that draws the title.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) =>
          hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
      },
      // Reading a property of a plain object has no side effect in this code base: with that known, a
      // module's selector tables and what is built from them drop out wherever nothing reads them (an
      // unused list part's rules leave the control's script, a site's page readers leave the worker,
      // which cannot load code lazily; docs/architecture.md, Budgets).
      rolldownOptions: { treeshake: { propertyReadSideEffects: false } },
    },
    resolve: { alias: [SCRIPT_CONTEXT_ALIAS] },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // A background part reads the start-up script's modules from its registry.
      extendBackgroundPartBuild(entrypoints, config);
      // A content script's part uses the asking script's `browser`.
      if (!isPartBuild(entrypoints)) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      config.resolve.alias = [
        PART_BROWSER_ALIAS,
        ...(Array.isArray(alias)
          ? alias
          : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))),
      ];
    },
    'build:done': checkBackgroundParts,
  },
  zip: {
    excludeSources: ['tests/**/certs/**', '**/*.pem', '.output/**', 'demo-output/**', 'bench-output/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: Simkl ▸ … on links to title pages (Firefox accepts the name as `menus`' alias).
    // scripting: an optional site's scripts, registered once the user turns it on (no warning in
    // either browser, so an update that adds it is not held back).
    // activeTab: the popup reads the address of the tab it was opened on, to offer an optional site
    // the user has not turned on (no warning, and no access to any other tab).
    permissions: ['storage', 'identity', 'alarms', 'contextMenus', 'scripting', 'activeTab'],
    host_permissions: [...SIMKL_HOST_PERMISSIONS, ...SITE_HOST_PERMISSIONS],
    // The optional sites' hosts, asked for from the user's click (docs/architecture.md, Optional
    // sites). MV2 has no optional_host_permissions: its hosts are optional_permissions.
    // notifications: the new-episode alerts, asked for when the user turns them on in the options
    // (docs/architecture.md, Alerts), never at install.
    // The player-only services' hosts likewise, asked for from their switch under "Track playback on".
    // The user's own servers: each asked for by its own address, which only a pattern for every host
    // can cover (docs/architecture.md, Self-hosted servers).
    ...(manifestVersion === 2
      ? {
          optional_permissions: [
            ...OPTIONAL_SITE_HOST_PERMISSIONS,
            ...OPTIONAL_PLAYER_HOST_PERMISSIONS,
            USER_SERVER_PERMISSION,
            ...OPTIONAL_API_PERMISSIONS,
          ],
        }
      : {
          optional_permissions: OPTIONAL_API_PERMISSIONS,
          optional_host_permissions: [
            ...OPTIONAL_SITE_HOST_PERMISSIONS,
            ...OPTIONAL_PLAYER_HOST_PERMISSIONS,
            USER_SERVER_PERMISSION,
          ],
        }),
    action: { default_title: '__MSG_extName__' },
    commands: keyboardCommands(manifestVersion),
    ...(browser === 'chrome' ? { key: CHROME_PUBLIC_KEY } : {}),
    // Chrome warns about keys it does not know, so Firefox's settings go to Firefox builds only.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
