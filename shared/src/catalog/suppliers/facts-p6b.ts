// Supplier facts of pass 6b (2026-12-05): the even-numbered half of the top-300 tools that had no fact yet.
// Each fact is read on the vendor's own page: from its source where the vendor publishes its help centre
// as a public repository (the note says so), otherwise from a stored copy found through search, of which
// only a page's opening is reachable. A rule a page states for every customer is recorded for each plan
// the vendor offers, with a note saying so; a DPA that covers a vendor's whole service is recorded for the
// tool with a note that the tool is not named.
import { defineSuppliers, read } from './define';

const KIMI_API_SECURITY = 'https://www.kimi.com/help/kimi-api/api-data-security';
const KIMI_API_NO_TRAINING =
  'Kimi API help page “Data processing & security”: API inputs and outputs are not used to train or improve Kimi’s models and serve only the request. Stated for all API use (free trial credit, pay-as-you-go, enterprise), so recorded for each. Read from its source in MoonshotAI/kimi-help-center.';

const OPENCLAW_DISK = 'https://docs.openclaw.ai/help/faq/where-things-live-on-disk';

const ZAPIER_DPA = 'https://zapier.com/dpa';

const JASPER_SUBPROCESSORS = 'https://www.jasper.ai/sub-processors';

const HUME_DOCS = 'https://dev.hume.ai/voice/intro/llms.txt';

export const pass6bSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'moonshot-platform',
    free: read('no', KIMI_API_SECURITY, KIMI_API_NO_TRAINING),
    team: read('no', KIMI_API_SECURITY, KIMI_API_NO_TRAINING),
    enterprise: read('no', KIMI_API_SECURITY, KIMI_API_NO_TRAINING),
  },
  {
    toolId: 'openclaw',
    retention: read(
      'Sessions, memory files, configuration and workspace are kept on the user’s own Gateway host (~/.openclaw), no expiry set; what is sent to a model provider or chat platform is kept under that service’s terms',
      OPENCLAW_DISK,
      'OpenClaw documentation FAQ, “Where things live on disk”: OpenClaw’s own state is local by default; messages sent to model providers reach their APIs and chat platforms store messages on their servers; a local model keeps prompts on the machine.',
    ),
  },
  {
    toolId: 'zapier-agents',
    dpa: read(
      ZAPIER_DPA,
      ZAPIER_DPA,
      'Zapier DPA (updated 19 November 2024): part of its Terms of Service or Enterprise Agreement, no separate signature needed; covers personal information Zapier processes in providing its Service, not data passed on to connected apps. Agents is not named; it covers the Zapier Service as a whole.',
    ),
  },
  {
    toolId: 'jasper',
    dpa: read(
      JASPER_SUBPROCESSORS,
      JASPER_SUBPROCESSORS,
      'Jasper sub-processors page: a customer who wants to enter into Jasper’s DPA asks its legal team by email, and Jasper signs data protection agreements with each sub-processor; the page lists the sub-processors under its Master Subscription Agreement. The DPA text itself was not read.',
    ),
  },
  {
    toolId: 'hume',
    retention: read(
      'The EVI and text-to-speech APIs closed on 13 November 2026; all data in Hume accounts is permanently deleted after that date',
      HUME_DOCS,
      'Notice at the top of Hume’s developer documentation index: Hume is sunsetting its TTS and EVI APIs, access ends 13 November 2026 (fully supported until then) and account data is permanently deleted afterwards. No retention period for data held before the closure was read.',
    ),
  },
]);
