import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { BASELINE_ASSET, baselineCatalogJson, firstTurnPlugin } from './scripts/baseline-catalog';
import { icannPackedPlugin, tldtsIcannAlias } from './scripts/public-suffixes';

/**
 * Test builds only (`pnpm build:test`): a JSON file `{ "key": "<base64 public key>" }` whose key goes
 * into the manifest, so the unpacked extension's id is known before Chromium starts and a managed
 * policy can name it. User builds never carry a key and keep writing to `.output/<browser>-mv3`.
 */
const testKeyFile = process.env.LANTERN_EXTENSION_KEY_FILE;
const testKey = testKeyFile
  ? (JSON.parse(readFileSync(testKeyFile, 'utf8')) as { key: string }).key
  : undefined;

const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));

/** Firefox needs a stable add-on id for managed storage (policies.json `3rdparty.Extensions.<id>`). */
const GECKO_ID = 'lantern@lantern.invalid';

export default defineConfig({
  srcDir: 'src',
  publicDir: 'src/public',
  outDir: testKey ? '.output/test' : '.output',
  modules: ['@wxt-dev/module-react'],
  // The catalog ships as a package file the worker reads on first use, not inside its script
  // (scripts/baseline-catalog.ts, src/detect/baseline.ts). The Public Suffix List's ICANN rules that
  // the shared hostname schema checks against come in a smaller form than tldts-icann's own
  // (scripts/public-suffixes.ts, src/psl/).
  vite: () => ({
    plugins: [firstTurnPlugin(), icannPackedPlugin()],
    resolve: { alias: [tldtsIcannAlias] },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: BASELINE_ASSET, contents: baselineCatalogJson() });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(BASELINE_ASSET);
    },
  },
  // MV3 everywhere, Firefox included (WXT would otherwise build Firefox as MV2).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // Name, description and the toolbar button's title follow the browser's language
    // (src/public/_locales/<lang>/messages.json; English when there is none).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Rendered from assets/lantern-icon.svg by scripts/render-icons.mjs: every size both stores need.
    icons: ICONS,
    action: { default_icon: ICONS, default_title: '__MSG_actionTitle__' },
    ...(testKey ? { key: testKey } : {}),
    // The keys an administrator may set through policy (docs/deploy.md); read with storage.managed.
    storage: { managed_schema: 'managed_schema.json' },
    permissions: [
      // Dexie/IndexedDB needs no permission; `storage` is for storage.managed (enterprise enrolment)
      // and storage.local (small flags the worker needs before the database opens).
      'storage',
      // Periodic push/pull and batched flushes survive the service worker being stopped.
      'alarms',
      // Top-level navigations to AI tools, with URL filters so other browsing never wakes the worker.
      'webNavigation',
      // Active time counts only while the user is not idle or locked.
      'idle',
      // Lists installed extensions to find AI browser extensions (id/name only; never changes them).
      'management',
      // Observe-only (no blocking, no extraHeaders): a non-AI page calling a known AI API endpoint.
      'webRequest',
      // The in-page notice is registered at run time for AI tool pages only, so it follows the
      // organisation's own tools and never runs elsewhere (enforce/notice-registration.ts).
      'scripting',
      // Prohibited tools: top-level visits are redirected to the extension's blocked page by dynamic
      // rules kept in step with decisions (enforce/block-rules.ts). "WithHostAccess" adds no prompt:
      // it acts only where host access exists.
      'declarativeNetRequestWithHostAccess',
      // "Your request was answered": one browser notification when a pull brings an answer to the
      // employee's own request (approval/notify.ts). No install prompt; nothing is read.
      'notifications',
    ],
    // A redirect to an extension page is followed only when the page is web-accessible. Only the
    // blocked page is; it refuses to work inside another site's frame, and the background ignores
    // acts sent from a framed extension page (enforce/sender.ts).
    // `use_dynamic_url` (Chromium 130+): a site can reach it only through a per-session random URL,
    // never at chrome-extension://<id>/blocked.html, so no site can detect Lantern or its id by
    // fetching it, or navigate a tab to it with a tool of its choosing (issue 23 finding 8). The
    // block rules' extensionPath redirect still lands there (tests/e2e/experience.test.ts). Firefox
    // does not support the key (MDN) and already serves moz-extension:// under a random per-install
    // UUID, so it is left out of the Firefox manifest, as WXT does for its own resources.
    web_accessible_resources: [
      {
        resources: ['blocked.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Why `<all_urls>` and not the AI hosts alone:
    // 1. webRequest reports a sub-resource request only when the extension has host access to BOTH the
    //    request URL and its initiator. The embedded-AI signal is exactly "an arbitrary non-AI site
    //    called an AI endpoint", so the initiator can be any site. The listener itself is filtered to
    //    AI endpoint URLs, so other traffic never reaches our code; we read only the initiator's
    //    hostname, never a URL, header or body.
    // 2. The organisation's server URL is only known at run time (managed storage or the options
    //    page); host access lets the worker call it without the server having to answer CORS.
    // 3. It lets tab URLs of AI tools be classified without the broader `tabs` permission.
    // Enterprise force-installs grant it silently; it is why the manifest says "read your data on all
    // websites", and the code holds itself to the privacy rules in docs/privacy.md instead.
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Firefox's declaration of what leaves the browser: which AI tools were used (browsing
              // activity, day totals) and the work email the organisation configured.
              data_collection_permissions: {
                required: ['browsingActivity', 'personallyIdentifyingInfo'],
              },
            },
          },
        }
      : {}),
  }),
});
