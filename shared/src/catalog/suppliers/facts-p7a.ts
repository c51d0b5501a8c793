// Pass 7a (2026-12-05): developer platforms whose documentation states a fact the earlier passes could not reach.
// Each page was read either from a stored copy of the vendor's documentation page (the search of stored documentation
// pages, which returns a page's Markdown export in full when it is short) or from the documentation's source in the
// vendor's own repository, and is cited at the address the vendor publishes it at. Notes say which, and the page's date
// where it shows one.
import { defineSuppliers, read } from './define';

const BFL_GENERATING = 'https://docs.bfl.ai/quick_start/generating_images';
const MODEL_STUDIO_REGIONS = 'https://www.alibabacloud.com/help/ja/model-studio/regions/';
const FISH_ONESHOT =
  'https://docs.fish.audio/developer-guide/sdk-guide/cookbook/oneshot-vs-persistent-cloning';
const KREA_ZDR = 'https://docs.krea.ai/es/developers/zdr';
const BROWSER_USE_PURGE = 'https://docs.browser-use.com/cloud/api-v2/sessions/purge-session';

export const pass7aSuppliers = /* @__PURE__ */ defineSuppliers([
  // BFL API docs, "Image Generation with Text Prompts": the global endpoint routes across all available clusters
  // worldwide; api.eu.bfl.ai limits routing to EU regions, api.us.bfl.ai to US regions (a legacy single-cluster EU
  // endpoint, api.eu1.bfl.ai, is also listed). Read in a stored copy of the page and of its Markdown export.
  {
    toolId: 'black-forest-labs',
    dataRegions: read(
      ['Worldwide by default (api.bfl.ai)', 'EU only via api.eu.bfl.ai', 'US only via api.us.bfl.ai'],
      BFL_GENERATING,
      'BFL API docs, “Image Generation with Text Prompts”: the global endpoint routes across all clusters worldwide; the EU and US regional endpoints keep routing within that region. The endpoint is chosen per request. Read in a stored copy of the page.',
    ),
  },
  // Alibaba Cloud Model Studio, "Choose region and deployment mode" (Japanese edition updated 26 Mar 2026, English
  // edition 25 Mar 2026): the region holds static data, inputs and outputs included; the deployment mode decides where
  // inference runs (Global: computing resources worldwide). The list of regions was read in the Japanese edition.
  {
    toolId: 'alibaba-model-studio',
    dataRegions: read(
      ['Singapore', 'US (Virginia)', 'China (Beijing)', 'China (Hong Kong)', 'Germany (Frankfurt)'],
      MODEL_STUDIO_REGIONS,
      'Model Studio, “Choose region and deployment mode” (26 Mar 2026): static data, inputs and outputs included, is always stored in the region the customer selects; inference may run elsewhere in the Global deployment mode. Read in stored copies.',
    ),
  },
  // Browser Use Cloud API v2 reference, "Purge Session" (ZDR projects only: redacts personal data in database records
  // and deletes the session's stored objects, the same clean-up the ZDR job runs, with no grace period), and the Cloud
  // docs' live-preview page (API runs default to recording off; Zero Data Retention projects never record). Read in the
  // docs' source in browser-use/sdk (docs/cloud/openapi/v2.json, docs/cloud/browser/live-preview.mdx, July 2026) and
  // cited at the address the docs site gives the generated endpoint page. The plans that offer ZDR are not named.
  {
    toolId: 'browser-use',
    retention: read(
      'No default period stated; on Zero Data Retention projects a scheduled job purges each session’s screenshots, files, logs, history and agent state, the API can purge a session at once, and browser sessions are never recorded',
      BROWSER_USE_PURGE,
      'Browser Use Cloud API v2, “Purge Session”, and the live-preview page. Read in the docs’ source in the vendor’s browser-use/sdk repository (July 2026); which plans offer Zero Data Retention is not stated.',
    ),
  },
  // Fish Audio developer docs, cookbook "One-shot vs persistent cloning": a one-shot (instant) clone passes the reference
  // audio and its transcript with each request and nothing is stored server-side; a persistent clone trains a voice
  // model once and is reused by its id. Read in a stored copy of the page; it says nothing of the text sent for speech.
  {
    toolId: 'fish-audio',
    retention: read(
      'One-shot voice cloning: the reference audio sent with a request is not stored server-side; a persistent voice model is kept for reuse (no period stated)',
      FISH_ONESHOT,
      'Fish Audio docs, cookbook “One-shot vs persistent cloning”: for an instant clone nothing is stored server-side and the clone lives only for that request. Read in a stored copy; the page says nothing on the text sent for speech.',
    ),
  },
  // Krea developer docs, "Zero Data Retention" (read in stored copies of its Spanish, Japanese and German editions, which
  // say the same): enterprises can have Zero Data Retention enabled for their workspace by asking sales; it covers the
  // Krea 2 Medium, Large and Medium Turbo models on the public API, asked for per request with a header.
  {
    toolId: 'krea',
    retention: read(
      'No default period stated; enterprises can have Zero Data Retention enabled for their workspace (via sales) for the Krea 2 models on the public API',
      KREA_ZDR,
      'Krea developer docs, “Zero Data Retention”: enterprises can enable it on request for Krea 2 Medium, Large and Medium Turbo on the public API. Read in stored copies of localized editions; the retention of the Krea app itself is not stated.',
    ),
  },
]);
