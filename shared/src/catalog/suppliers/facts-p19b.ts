// Pass 19b (nineteenth session, 2026-12-06): facts still "not known" for the 129 top-300 tools of this pass's list.
// Two rows come from Open Terms Archive's full copy of Baidu's general privacy policy (OpenTermsArchive/genai-contrib-
// versions, filed under "Wenxinyiyan", ODC-By; attribution: Open Terms Archive): it says it covers every Baidu product
// and service, with a product's own policy prevailing where the two differ, so its storage-location clause is recorded
// for Baidu's Miaoda and DuMate, which had no fact before. Pass 6d recorded the same clause for ERNIE Bot. The
// products' own policies were not read. The source is the address the copy was fetched from, as the collection's
// declarations name it. The other three rows fill gaps of tools already listed and were read in stored copies of
// vendor pages found through the search of stored pages: Modal's HIPAA announcement (SOC 2 audits), Photoroom's help
// article on AI training (what it stores) and a Heidi Health blog post on data sovereignty (in-country hosting). Every
// fact is `read3`. The live pages may have changed since. mergeProfiles in define.ts adds only facts that were still
// "not known" and never replaces a known one.
// Counts: 5 facts for 5 tools, 2 of which had no fact before; 43 of the 45 look-ups used; Open Terms Archive collections
// fetched: genai-contrib-versions, genai-eu-versions, contrib-versions and their declarations, GenAI-versions,
// france-versions, pga-versions, dating-versions, p2b-compliance-versions, user-rights-versions, vlopses-us-versions.
// Found but not used: SOUNDRAW's terms and privacy policy, Civitai's terms (no statement on training or retention),
// Murf's and Speechify's terms and policies (voice-clone training audio, Google Drive data only), Replit's terms (public
// Apps may train models; nothing on prompts or private Apps), Fireworks AI's no-training commitment (it names no team
// plan), the DeepSeek Open Platform terms (API inputs not addressed; the privacy policy's training clause is written for
// the apps), Hugging Face's and Qwen Chat's policies, the Microsoft Services Agreement (AI inputs stored for abuse
// monitoring, no period), OpenAI's Europe privacy policy (names Sora, whose service has closed, not Operator or Codex),
// Poe's privacy centre (training differs by bot), JetBrains AI's data-handling page (already recorded), LanguageTool's
// privacy policy (retention already recorded), Read AI's Slack-marketplace listing and Krisp's privacy page (not on the
// vendor's domain or only its opening), and the openings of neuroflash's, Beatoven's, Yandex Alice's and Modal's
// security pages. Tried without a usable vendor page: Liner (only a Notion-hosted copy), Chutes, NightCafe, QuillBot,
// Wispr Flow, Devin, Elicit, Avoma, Tabnine, Hume, Anyscale, Baseten, Copyleaks, Notion AI's certifications, Writesonic,
// GigaChat, Yandex Alice, AskYourPDF, ChatDOC and OpenAI Codex (its manual's data section lies past the part returned).
import { defineSuppliers, read3 } from './define';

const GENAI = 'Read in full in Open Terms Archive’s copy in genai-contrib-versions';

const BAIDU_PRIVACY = 'https://privacy.baidu.com/policy';
const baiduStorage = (product: string): string =>
  `Baidu privacy policy, general part (26 Apr 2022), §4.2, §7: data collected in China is stored in the PRC. It covers all Baidu products, ${product} too; a product's own policy (unread) prevails. ${GENAI} (“Wenxinyiyan”, 0d89c8a, 14 Aug 2024).`;

const MODAL_HIPAA = 'https://modal.com/blog/hipaa';
const PHOTOROOM_TRAINING =
  'https://help.photoroom.com/en/articles/10067660-does-the-ai-learn-from-your-images';
const HEIDI_SOVEREIGNTY = 'https://www.heidihealth.com/en-hk/blog/healthcare-data-sovereignty';

export const pass19bSuppliers = /* @__PURE__ */ defineSuppliers([
  // Miaoda (秒哒), Baidu's no-code app builder, had no fact before this pass.
  {
    toolId: 'miaoda',
    dataRegions: read3(['Mainland China (PRC)'], BAIDU_PRIVACY, baiduStorage('Miaoda')),
  },
  // DuMate, Baidu's agent, had no fact before this pass.
  {
    toolId: 'dumate',
    dataRegions: read3(['Mainland China (PRC)'], BAIDU_PRIVACY, baiduStorage('DuMate')),
  },
  // Modal's blog post announcing HIPAA workloads (BAA on the Enterprise plan only): Modal shows its adherence through
  // its security guide and "official audits for standards like SOC 2". The report type is not named in the part read.
  {
    toolId: 'modal',
    soc2: read3(
      true,
      MODAL_HIPAA,
      'Modal blog on HIPAA workloads: with no official HIPAA certification, Modal shows its adherence through its security guide and official audits for standards such as SOC 2 (report type not named in the part read). Read in a stored copy; undated.',
    ),
  },
  // Photoroom's help article (the same page pass 4b read for the free plan's training default) on what it keeps.
  {
    toolId: 'photoroom',
    retention: read3(
      'App: images created are kept in Your Content (no period stated); images sent through the API are not stored',
      PHOTOROOM_TRAINING,
      'Photoroom help, “Does the AI learn from your images?”: images made in the app are stored so they are available in Your Content (Designs on the web); API images are neither stored nor used for training. Read in a stored copy.',
    ),
  },
  // Heidi Health blog, "What is data sovereignty in healthcare?" (Hong Kong English edition): Heidi localises its cloud
  // infrastructure to the jurisdiction where data is collected, so patient data is processed and stored only in the
  // country of origin. A blog post, not a contract or trust page; no list of countries is given.
  {
    toolId: 'heidi-health',
    dataRegions: read3(
      ['The country where the data is collected'],
      HEIDI_SOVEREIGNTY,
      'Heidi Health blog on healthcare data sovereignty: patient data is processed and stored only in its country of origin, on cloud infrastructure localised to that jurisdiction. A blog post, not a trust page; no country list or date. Read in a stored copy.',
    ),
  },
]);
