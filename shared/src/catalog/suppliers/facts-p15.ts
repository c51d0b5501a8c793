// Pass 15 (fifteenth session, 2026-12-06): facts for top-300 tools, read in full where the vendor publishes the
// page's source in a public repository (cited at the address the vendor serves it at, from the docs generator's
// configuration or the page's front matter) or in stored copies of the vendor's documentation found through the
// search of stored documentation. Tools earlier files already list gain only facts that were still "not known"
// (mergeProfiles in define.ts never replaces a known fact). Each note names the repository and commit, or says the
// page was read in a stored copy, and what exactly the page states.
import { defineSuppliers, read3 } from './define';

const COHERE_FAQS = 'https://docs.cohere.com/docs/cohere-faqs';
const ELEVENLABS_RESIDENCY = 'https://elevenlabs.io/docs/product-guides/administration/data-residency';
const ELEVENLABS_SOURCE = 'Read from its source in elevenlabs/elevenlabs-docs at 3557f0b (25 Aug 2025).';
const M365_EDP = 'https://learn.microsoft.com/en-us/microsoft-365-copilot/enterprise-data-protection';
const M365_DPA =
  'https://www.microsoft.com/licensing/docs/view/Microsoft-Products-and-Services-Data-Protection-Addendum-DPA';
const GEMINI_CODE_ASSIST_WORKS = 'https://developers.google.com/gemini-code-assist/docs/works';
const geminiCodeAssistNoTraining = (edition: string): string =>
  `“How Gemini Code Assist works”: Standard and Enterprise do not use prompts or responses to train or fine-tune the models and use the data only to serve the request (${edition}). Read in a stored copy of the page.`;
const GEMINI_CODE_ASSIST_INDIVIDUALS_NOTICE =
  'https://developers.google.cn/gemini-code-assist/resources/privacy-notice-gemini-code-assist-individuals?hl=hi';
const CLAUDE_CODE_DATA_USAGE_ZH = 'https://code.claude.com/docs/zh-CN/data-usage';
const XAI_CONSOLE_SECURITY_FAQ = 'https://docs.x.ai/console/faq/security';
const QODO_DATA_SHARING = 'https://docs.qodo.ai/qodo-ide/data-sharing';
const qodoTraining = (plan: string): string =>
  `Qodo docs, “Data sharing” (Qodo IDE plugin): Team and Enterprise users are opted out of Qodo’s model training by default; Free users can opt out on request (${plan}). Read in a stored copy of the page.`;

export const pass15Suppliers = /* @__PURE__ */ defineSuppliers([
  // Cohere's documentation FAQ (docs.cohere.com, front matter slug docs/cohere-faqs), "Legal, Security, Data
  // Privacy": customers can request a copy of Cohere's SOC 2 Type II report through its Trust Center.
  {
    toolId: 'cohere-platform',
    soc2: read3(
      true,
      COHERE_FAQS,
      'Cohere docs, “Frequently Asked Questions About Cohere”: a copy of Cohere’s SOC 2 Type II report can be requested through its Trust Center. Read from its source in cohere-ai/cohere-developer-experience at e814c8a.',
    ),
  },
  // ElevenLabs docs, "Data residency": customer data is hosted in the US as standard; Enterprise customers can use
  // isolated environments in the EU and India (storage there; processing may still happen elsewhere, per the DPA).
  // The same page says ElevenLabs maintains SOC 2 certification.
  {
    toolId: 'elevenlabs',
    dataRegions: read3(
      [
        'United States',
        'European Union (Enterprise isolated environment)',
        'India (Enterprise isolated environment)',
      ],
      ELEVENLABS_RESIDENCY,
      `ElevenLabs docs, “Data residency”: stored in the US by default; Enterprise isolated environments store data in the EU or India (processing may still occur elsewhere). ${ELEVENLABS_SOURCE}`,
    ),
    soc2: read3(
      true,
      ELEVENLABS_RESIDENCY,
      `ElevenLabs docs, “Data residency”, core compliance features: ElevenLabs maintains SOC 2 certification. ${ELEVENLABS_SOURCE}`,
    ),
  },
  // Microsoft Learn, "Enterprise data protection in Microsoft 365 Copilot and Microsoft 365 Copilot Chat" (ms.date
  // 15 Jan 2025): organisational use of Copilot Chat is covered by Microsoft's Products and Services DPA and the
  // Product Terms, with Microsoft as processor.
  {
    toolId: 'm365-copilot-chat',
    dpa: read3(
      M365_DPA,
      M365_EDP,
      'Microsoft Learn, “Enterprise data protection in Microsoft 365 Copilot and Microsoft 365 Copilot Chat” (15 Jan 2025): organisational use is covered by the Products and Services DPA and Product Terms. Read from its source in MicrosoftDocs/microsoft-365-docs at 21ea262.',
    ),
  },
  // Google's "How Gemini Code Assist works": Standard (the team edition) and Enterprise do not train on prompts or
  // responses. The free individuals edition has its own privacy notice (read in the Hindi edition served from
  // developers.google.cn): its data is used to improve Google's products and machine-learning technologies.
  {
    toolId: 'gemini-code-assist',
    team: read3('no', GEMINI_CODE_ASSIST_WORKS, geminiCodeAssistNoTraining('Standard edition')),
    enterprise: read3('no', GEMINI_CODE_ASSIST_WORKS, geminiCodeAssistNoTraining('Enterprise edition')),
    free: read3(
      'yes',
      GEMINI_CODE_ASSIST_INDIVIDUALS_NOTICE,
      'Privacy notice for Gemini Code Assist for individuals (the free edition): prompts, related code, outputs, code edits, usage and feedback are used to improve Google products and machine-learning technologies; human reviewers read some. Read in a stored copy (Hindi edition).',
    ),
  },
  // Claude Code docs, "Data usage", data retention section (read in the stored Chinese edition; the English page's
  // stored copy ends before that section): consumer accounts 5 years with model improvement allowed, else 30 days;
  // commercial accounts 30 days; zero data retention for Claude Code on Claude for Enterprise when Anthropic enables it.
  {
    toolId: 'claude-code',
    retention: read3(
      'Consumer (Free, Pro, Max): 5 years if the user allows use for model improvement, else 30 days; commercial (Team, Enterprise, API): 30 days; zero data retention on Claude for Enterprise by arrangement',
      CLAUDE_CODE_DATA_USAGE_ZH,
      'Claude Code docs, “Data usage” (数据使用), data retention: the Claude Code client may also keep sessions locally for up to 30 days. Read in a stored copy of the Chinese edition of the page.',
    ),
  },
  // xAI's console documentation, security FAQ: "We are SOC 2 Type 2 compliant" (details for customers under NDA in its
  // Trust Center). Stated for the xAI API, so recorded for the xAI console only, not for Grok's consumer apps.
  {
    toolId: 'xai-console',
    soc2: read3(
      true,
      XAI_CONSOLE_SECURITY_FAQ,
      'xAI docs, console FAQ “Security”: xAI is SOC 2 Type 2 compliant; certification details are in its Trust Center under NDA. Read in a stored copy of the page.',
    ),
  },
  // Qodo's documentation, "Data sharing" (the Qodo IDE plugin, formerly Qodo Gen): code snippets are sent to Qodo's
  // servers; Team and Enterprise are opted out of model training by default, Free users only on request. Qodo is not
  // one of the top 300, so this adds a profile outside the coverage count.
  {
    toolId: 'qodo',
    free: read3(
      'yes',
      QODO_DATA_SHARING,
      qodoTraining('Free plan: used for training unless the user asks to opt out'),
    ),
    team: read3('no', QODO_DATA_SHARING, qodoTraining('Teams plan')),
    enterprise: read3('no', QODO_DATA_SHARING, qodoTraining('Enterprise plan')),
  },
]);
