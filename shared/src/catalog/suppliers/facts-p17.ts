// Pass 17 (seventeenth session, 2026-12-06): facts still "not known" for top-300 tools. Most were read in full in the
// copies Open Terms Archive records of vendors' terms, privacy policies and DPAs (OpenTermsArchive/genai-contrib-versions,
// genai-eu-versions and contrib-versions, ODC-By; attribution: Open Terms Archive); the source of each is the address
// the copy was fetched from, as the collections' declarations name it, and the note gives the collection, the commit
// and the day the copy was recorded. Botpress's retention was read from its docs' source in a public repository and is
// cited at the address the docs are served at; Manus's was read in a stored copy of its API docs found through the
// search of stored documentation. One fact is `cited3` (basis "not-fetched"): Microsoft 365 Copilot's ISO/IEC 42001
// certification, named on Microsoft Learn's offering page, whose text was not read (see its row). The live pages may
// have changed since. Manus had no fact before; every other tool was
// already listed by an earlier file, and mergeProfiles in define.ts adds only facts that were still "not known" and
// never replaces a known one.
import { cited3, defineSuppliers, read3 } from './define';

const GENAI = 'Read in full in Open Terms Archive’s copy in genai-contrib-versions';
const GENAI_EU = 'Read in full in Open Terms Archive’s copy in genai-eu-versions';
const CONTRIB = 'Read in full in Open Terms Archive’s copy in contrib-versions';

const JASPER_TERMS = 'https://www.jasper.ai/legal/terms';
const jasperTraining = (plan: string): string =>
  `Jasper Terms (effective 30 May 2025), §7: Input and Output are used to develop Jasper’s AI models; only EU/UK users may object (§12). ${plan} OTA copy in genai-contrib-versions (d8600c3, 2 Oct 2025).`;
const MISTRAL_SUBPROCESSORS = 'https://trust.mistral.ai/subprocessors';
const ANTHROPIC_PRIVACY = 'https://www.anthropic.com/legal/privacy';
const CODEIUM_TERMS = 'https://codeium.com/terms-of-service-individual';
const GROK_TERMS = 'https://x.ai/legal/terms-of-service';
const LIMITLESS_PRIVACY = 'https://www.limitless.ai/privacy-policy';
const CLOUDFLARE_TERMS = 'https://www.cloudflare.com/terms/';
const AWS_SERVICE_TERMS = 'https://aws.amazon.com/service-terms/';
const MS_ISO42001 = 'https://learn.microsoft.com/en-us/compliance/regulatory/offering-iso-42001';
const MANUS_FILE_UPLOAD = 'https://open.manus.ai/docs/v2/file.upload.md';
const BOTPRESS_RETENTION = 'https://botpress.com/docs/studio/guides/advanced/retention-period';

export const pass17Suppliers = /* @__PURE__ */ defineSuppliers([
  // Manus API docs, file.upload (v2), read in the stored copy of its Markdown export: a file uploaded for a task is
  // deleted automatically 48 hours after upload. The page says nothing on tasks, chats or the Manus app, so the value
  // names its scope. Manus had no fact before this pass.
  {
    toolId: 'manus',
    retention: read3(
      'Files uploaded through the Manus API: deleted automatically 48 hours after upload (nothing stated for tasks or the app)',
      MANUS_FILE_UPLOAD,
      'Manus API docs, file.upload (v2): the presigned upload URL expires after 3 minutes and uploaded files are deleted automatically 48 hours after upload; 512 MB per file, 10 GB per account. Read in a stored copy of the page’s Markdown export.',
    ),
  },
  // Botpress docs, "Retention Period" (Mintlify source in botpress/docs, served under botpress.com/docs): logs 30 days;
  // conversations, messages and events 90 days; files kept until deleted unless given an expiry; other data until
  // the customer deletes it through the APIs. No plan is named, so it is read as the Botpress Cloud default.
  {
    toolId: 'botpress',
    retention: read3(
      'Botpress Cloud: logs 30 days; conversations, messages and events 90 days; files and other data until deleted (files may be given an expiry)',
      BOTPRESS_RETENTION,
      'Botpress docs, “Retention Period”: conversations and messages can also be deleted earlier through the Chat API, files through the Files API. Read from its source in botpress/docs at 020c6da (page last changed 9 Dec 2025, commit 979f56b).',
    ),
  },
  // Jasper's online Terms of Service cover self-serve subscriptions and free trials (§5c); its Business plan is
  // sold under a separate Master Subscription Agreement, so enterprise stays "not known". Jasper has no free plan,
  // only a trial, which is recorded as the free tier (as pass 16 did for Kagi's Trial).
  {
    toolId: 'jasper',
    free: read3('yes', JASPER_TERMS, jasperTraining('Free trial, which these terms govern.')),
    team: read3(
      'yes',
      JASPER_TERMS,
      jasperTraining('Self-serve subscriptions for a team’s Authorized Users.'),
    ),
  },
  // Grok's consumer Terms of Service (effective 10 Apr 2026): logged-in users choose in settings whether their User
  // Content trains xAI's models; logged-out use grants xAI full rights to use it for model training. The privacy
  // policy lists User Content among the data used "to train and improve our models", to which users can object in
  // settings: training is the default, with an opt-out. Grok's enterprise tier was recorded by pass 4c.
  {
    toolId: 'grok',
    free: read3(
      'yes',
      GROK_TERMS,
      `Grok Terms of Service (effective 10 Apr 2026): User Content trains xAI’s models unless a logged-in user turns this off in settings; logged-out use grants full rights for model training. ${GENAI} (c6c9c72, 18 May 2026).`,
    ),
  },
  // Mistral's sub-processor list (trust.mistral.ai, recorded with its Data Processing Addendum of 27 May 2025): the
  // cloud infrastructure named for Le Chat is Microsoft Azure in Sweden and Norway and Google Cloud in the Netherlands
  // and the US; feature providers (image generation, web search, Flash Answers) are in the US.
  {
    toolId: 'le-chat',
    dataRegions: read3(
      [
        'Sweden and Norway (Microsoft Azure)',
        'Netherlands (Google Cloud)',
        'United States (Google Cloud)',
        'United States (image, search and Flash Answers providers)',
      ],
      MISTRAL_SUBPROCESSORS,
      `Mistral sub-processor list: Le Chat’s cloud hosts are Azure (Sweden, Norway) and Google Cloud (Netherlands, US); Black Forest Labs, Brave and Cerebras (US) serve some features. ${GENAI} (“Le Chat” DPA, 8349abf, 28 Nov 2025).`,
    ),
  },
  // Anthropic's privacy policy (effective 8 Jul 2026), which covers Claude.ai and the consumer plans, not content
  // Anthropic processes for business customers: personal data is transferred to Anthropic's servers in the US or to
  // other countries outside the EEA and the UK.
  {
    toolId: 'claude',
    dataRegions: read3(
      ['United States (Anthropic’s servers)', 'Other countries outside the EEA and UK, as needed'],
      ANTHROPIC_PRIVACY,
      `Anthropic privacy policy (effective 8 Jul 2026), Data Transfers: personal data goes to Anthropic’s servers in the US or to other countries outside the EEA and UK; consumer use only. ${GENAI_EU} (912d7ac, 17 Aug 2026).`,
    ),
  },
  // Limitless privacy policy (last updated 5 Dec 2025), which covers the website, app and Pendant: among the uses of
  // the information it collects, which includes the audio the Pendant or app captures, is training and improving AI,
  // machine-learning and large language models; no opt-out and no plan is named, so only the free plan is recorded
  // (pass 6c read the same copy for its region and retention).
  {
    toolId: 'limitless',
    free: read3(
      'yes',
      LIMITLESS_PRIVACY,
      `Limitless privacy policy (5 Dec 2025), How We Use: collected information, Pendant and app audio included, is used to train, develop and improve AI, ML and LLMs; no opt-out or plan named. ${CONTRIB} (4f3f9e6fc, 5 Dec 2025).`,
    ),
  },
  // AWS Service Terms (last updated 20 Aug 2026), 50.3: for Kiro Free Tier and Kiro individual subscribers, AWS may use
  // and store AI Content to develop and improve the service and AWS's AI technologies, possibly in another region,
  // unless the user opts out (an AWS Organizations opt-out policy, or the opt-out in Kiro's own settings for Builder ID
  // and third-party sign-in). Pass 6d read the same copy for Kiro's DPA and retention. Enterprise (IAM Identity Center)
  // use is not in 50.3's list, but the terms do not say outright that it never trains, so enterprise stays open.
  {
    toolId: 'kiro',
    free: read3(
      'yes',
      AWS_SERVICE_TERMS,
      `AWS Service Terms (20 Aug 2026), 50.3: Kiro Free Tier and individual subscribers’ AI Content may be used and stored to improve Kiro and AWS AI, unless they opt out. ${CONTRIB} (48abc9a7a, 21 Aug 2026).`,
    ),
  },
  // Cloudflare's Self-Serve Subscription Agreement (last updated 12 Sep 2025), 6.1: where Customer Content holds
  // personal data, Cloudflare acts as processor under its Customer DPA, incorporated by reference. AI Gateway is a
  // Cloudflare service under the same agreement.
  {
    toolId: 'cloudflare-ai-gateway',
    dpa: read3(
      'https://www.cloudflare.com/cloudflare-customer-dpa/',
      CLOUDFLARE_TERMS,
      `Cloudflare Self-Serve Subscription Agreement (12 Sep 2025), 6.1 Data Processing: personal data in Customer Content is handled under Cloudflare’s Data Processing Addendum, which is part of the agreement. ${CONTRIB} (079b99ddb, 3 Oct 2025).`,
    ),
  },
  // Microsoft Learn's ISO/IEC 42001 offering page (`cited3`: not fetched). Microsoft's own words, in a Microsoft Learn
  // training unit on AI compliance read in full in a copy kept in the GitHub index (its published address could not be
  // established), say that Microsoft 365 Copilot has ISO/IEC 42001:2023 certification; a public governance note lists
  // the offering page's scope (retrieved May 2026) with Microsoft 365 Copilot in it. GitHub Copilot and Microsoft
  // Foundry appear only in that one note, so they stay "not known".
  {
    toolId: 'microsoft-365-copilot',
    iso42001: cited3(
      true,
      MS_ISO42001,
      'Microsoft Learn, ISO/IEC 42001 offering: Microsoft 365 Copilot is in the scope of Microsoft’s ISO/IEC 42001:2023 certification (reports on the Service Trust Portal). Stated in a Microsoft Learn unit read in a copy and in a note quoting the page; not fetched.',
    ),
  },
  // Windsurf's Platform Terms of Service (Cognition, last updated 30 Jun 2026), §3.3.1 and §4.2: paid tiers may opt
  // out of training, which also turns on zero data retention with the model providers; personal data is processed
  // under Cognition's DPA at cognition.ai/dpa. The DPA text itself was not read.
  {
    toolId: 'windsurf',
    retention: read3(
      'Paid tiers that opt out of training: zero data retention with the model providers (content flagged for abuse or needed by law excepted); no period stated otherwise',
      CODEIUM_TERMS,
      `Windsurf Platform Terms of Service (last updated 30 Jun 2026), §1.8 and §3.3: after an opt-out, Customer Data is not kept at model providers; on Teams only an admin may opt out. ${GENAI} (“Codeium”, fb7f46e, 1 Jul 2026).`,
    ),
    dpa: read3(
      'https://cognition.ai/dpa',
      CODEIUM_TERMS,
      `Windsurf Platform Terms of Service (last updated 30 Jun 2026), §4.2: processing of personal data falls under Cognition’s Data Processing Addendum at cognition.ai/dpa (not read). ${GENAI} (“Codeium”, fb7f46e, 1 Jul 2026).`,
    ),
  },
]);
