// Twenty-fifth session, regional pass for Taiwan, Hong Kong and Macau (2026-12-07, helper `twhk`): AI products made
// in Taiwan or Hong Kong, or built mainly for Traditional-Chinese users, that no entry claimed yet, beside the earlier
// China files (regional-china.ts, regional-china-2.ts, regional-c5-china.ts, regional-c10-china.ts,
// regional-c12-china.ts, regional-c12-china-2.ts, regional-c19-china.ts, regional-c21-china2.ts,
// regional-c21-chinabig.ts, regional-c23-china6.ts) and the South-East Asia files that took some Taiwanese and Hong
// Kong rows (regional-c17-asia.ts, regional-c21-sea2.ts), whose rows are not repeated here. Taiwan and Hong Kong stay
// under the region value 'china', as regional-c19-china.ts and regional-c23-china6.ts give them (regions.ts has no
// value of their own). Here, from Taiwan: an AI translation service that passes text to OpenAI and Anthropic models
// (TW-Bridge); an AI contract tool (AgreeGold); GliaCloud's AI video editor (GliaStar); an AI platform that generates
// semantic analyses and documents (MDVICEFUSION); a generative-AI app and agent builder (Asgard AI Platform); an AI
// reply bot for LINE Official Accounts on Claude (Kuzu); a job-search tracker whose resume and vacancy parsing runs on
// Gemini (OfferOtter); and a speech-recognition API for Mandarin and Taiwanese (聽有 AI). From Hong Kong: a Cantonese
// transcription, subtitle and dubbing app on Gemini and Azure (Canto AI); an AI dining app that reads menus (ChefBear);
// an AI learning companion for secondary pupils (Dimension Space); an AI legal-document platform (AI Paralegal); a
// Cantonese AI medical scribe (Micromeet); a Cantonese speech-synthesis API (cantonese.ai); and AI-powered bookkeeping
// (Accrew). Two more rows are AI agent platforms for LINE Official Accounts whose pages name no country (Genibuilder,
// BotSphere); they carry region 'global'.
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way these
// vendors word their own pages: in Traditional Chinese (隱私權政策, 服務條款, 使用者條款, 私隱政策, 個人資料保護法, 股份有限公司,
// 有限公司, 點數 不予退款, 人工智慧 / 人工智能 / AI 生成) by kind (LINE 客服機器人, 會議記錄 and 逐字稿, 電商文案, 家教 and 作文批改,
// 台股 analysis, 算命 and 紫微斗數, 履歷 and 面試, 小說 writing, 證件照, Macau 個人資料保護法), in English anchored on "Limited" with
// the PDPO (Cap. 486), "Co., Ltd." with Taipei and Taiwan's Personal Data Protection Act, Macau's Law 8/2005, by kind
// (DSE tutors, WhatsApp bots, legal assistants, property, clinic scribes, insurance advisers, bookkeeping, Cantonese
// voice, LINE bots, SaaS terms), and eight by product name for gaps the classifier showed among well-known Taiwanese
// and Hong Kong AI hosts (雅婷逐字稿, GliaCloud, Votee, genape, Asgard, YouCam, Lawsnote, Kolr). As the earlier China
// passes found, the Traditional-Chinese queries returned mostly news, law-firm and agency articles and already-listed
// products; the English queries naming the PDPO or Taiwan's PDPA, and the name queries, found most rows. Every row
// cites a page with a path on the product's own host (for GliaStar its ja. locale host; for Asgard, cantonese.ai and
// 聽有 AI their documentation) where the vendor says the product translates, transcribes, generates, answers or
// analyses with AI, a named model provider (OpenAI, Anthropic, Google Gemini, Azure) or an AI model. Hosts were run
// through /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c25 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 209 hosts the searches returned (vendors, news, regulators,
// law firms, agencies, stores and shared hosts alike, in /work/helpers/out/twhk-hosts.txt): 22 classified before
// (10.5%), 41 after (19.6%), the documentation and locale subdomains counting with their rows.
//
// Already listed and left to their entries: GuidingStar (指南星), KOTORI, MaiAgent, LaplaceAI, Audio Transcriber
// (audiorescues.com), Aurellar AI, GPT HK, Tutor Wong, ESSAi, CantoSub AI, Homeable (snailbutler.com), SeaMeet,
// SlidesPilot, AI-Character.chat, 牛道 (newdoor.jxxqtech.com), TarotLens, Glimvid, bestimage.ai, InviAI, Lawfree and
// SpeechGen.
//
// Three subdomains are claimed alone because their parents are not shown to be the product: agreegold.aicloudapp.net
// (WCTech's app host), hk.starcloudedu.com (FLYER GROUP's Hong Kong site for Dimension Space) and docs.skiesoft.com
// (聽有 AI's documentation on Skiesoft's company domain); offerotter.shun-an.app likewise, on a developer's host.
//
// Doubtful rows: OfferOtter is run by an independent developer and names no country; it is counted here from its
// Traditional-Chinese policy. Canto AI and ChefBear name no company, only an e-mail contact, beside Hong Kong PDPO
// wording. cantonese.ai's cited page is its text-to-speech API reference, which names the TTS model versions rather
// than the words "artificial intelligence". MDVICEFUSION's terms call the platform an AI-based system but name the
// company only as "the Company". 聽有 AI is read from its documentation host; the parent skiesoft.com was not read.
// Genibuilder and BotSphere (Datatech Co., Ltd.) are LINE-centred AI agent platforms whose pages name no country, so
// they take region 'global' rather than a guess.
//
// Left out. AI products with no page that says what the AI does, left as leads: genape.ai (a Taiwanese AI subtitle and
// video tool; its terms speak only of "Generated Content"), Kolr on kolr.ai (iKala's influencer platform; its terms
// say no AI), Taiwan Mobile's LIAISE on ai-liaise.com (video, sound and lip-movement content, no AI named), Monata AI
// (monata-ai.com, Uniwill AI Technology), Vocu on docs.vocu.ai (Hongkong Vocarea; AI only in the name),
// influenceai.tw, King Jam AI (kingjam.app), WeVoice+ (techinnospire.com), Insuraim, Pathors, Lawsnote (only its 2016
// blog met), Yating (only a user's blog met), Perfect Corp's YouCam business privacy (virtual make-up, no AI named) and
// Appier. AI one feature of a wider product: Keeonz's Man Yuen DSE app (an AI adviser inside a practice app), GoodDesti
// (BaZi readings with one AI reading among them), the AIO school platform and Learner (as earlier passes decided),
// Alphora Insights and cter.tw's AI policy (as before), archive.tw's AI question box, KOL Radar. Drafts and dev hosts:
// app.alloclab.io (an AI Taiwan-stock workbench whose terms say "2026-XX-XX" and "draft"), dev.ycsecretary.com (Olivia,
// as before), the taoboy.app disclaimer ("v0.1 Draft", Australia). Not Taiwanese or Hong Kong, or not shown: voixl.com
// (West Covina, California), CantoAI (canto-ai.com, no operator), tripcn.net, canto and tarot sites in simplified
// Chinese, eduq-ai.com (as before), genesislearning.ai (AI courses). Shared platforms: way-app.zeabur.app,
// smartclinic-ai.pages.dev (as before), aequilex.pages.dev (as before), sui-bi.pages.dev (a Taiwanese AI meeting-notes
// app: a lead for its own host), cyber-tarot-landing.pages.dev, ziyuan-legal.pages.dev, cloud-studios.pages.dev,
// sites.google.com and tally.so pages. Agencies, law firms, directories and news: oneflash.hk, hksoka.com, ud.hk,
// asteratek.com, awlawyers.co, aipogeo.com, hkg.dgmgr.com, technine.io, doodhk.com, imagity.com.hk, pertamapartners.com,
// forms-legal.com, the Chambers, ICLG and Legal 500 guides, udn.com, nownews.com, stheadline.com and etnet.com.hk.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const regionalC25TwhkTools: Tool[] = defineTools(
  'productivity',
  [
    // --- Taiwan ---
    { id: 'tw-bridge', name: 'TW-Bridge', vendor: 'TW-Bridge', category: 'translation', domains: ['tw-bridge.com'], source: 'https://www.tw-bridge.com/terms' }, // terms (Traditional Chinese): an AI translation service with free and paid quotas, whose text goes to models of OpenAI, Anthropic and others
    { id: 'agreegold', name: 'AgreeGold (合約金)', vendor: 'WCTech Co., Ltd.', domains: ['agreegold.aicloudapp.net'], source: 'https://agreegold.aicloudapp.net/privacy' }, // privacy (Taiwan PDPA): uploaded contracts and documents are processed with AI technology to extract clauses and parties
    { id: 'gliastar', name: 'GliaStar', vendor: 'GliaCloud Co., Ltd.', category: 'video', domains: ['gliastar.com'], source: 'https://ja.gliastar.com/term-condition' }, // customer agreement: GliaCloud's service to create and edit video with AI, with support in Taiwan Standard Time
    { id: 'mdvicefusion', name: 'MDVICEFUSION AI Platform', vendor: 'MDVICEFUSION', domains: ['ebmci.tw'], source: 'https://ebmci.tw/terms-of-use' }, // terms: an artificial-intelligence-based system that generates semantic analyses, summaries and documents
    { id: 'asgard-ai', name: 'Asgard AI Platform', vendor: 'Asgard AI Co., Ltd.', category: 'agents', domains: ['asgard-ai.com'], source: 'https://www.asgard-ai.com/docs/guides/ai-workflow' }, // docs (Traditional Chinese): a platform to build and deploy generative-AI apps and multi-agent workflows calling OpenAI, Anthropic and Google models, with LINE integration
    { id: 'kuzu-tw', name: 'Kuzu', vendor: 'ProSoft Engineering Co., Ltd.', category: 'agents', domains: ['kuzu.tw'], source: 'https://www.kuzu.tw/en/privacy' }, // privacy (Taiwan PDPA): an AI chatbot for businesses' LINE Official Accounts whose replies are generated by Anthropic's Claude API
    { id: 'offerotter', name: 'OfferOtter', vendor: 'OfferOtter', domains: ['offerotter.shun-an.app'], source: 'https://offerotter.shun-an.app/privacy.html' }, // privacy (Traditional Chinese): a job-search tracker whose AI parsing of resumes and vacancies runs on Google Gemini
    { id: 'tingyou-ai-skiesoft', name: '聽有 AI', vendor: 'Skiesoft (軟雲)', category: 'audio', domains: ['docs.skiesoft.com'], source: 'https://docs.skiesoft.com/essentials/voice-recognition' }, // docs: a speech-recognition API tuned for Taiwan, recognising Mandarin, Taiwanese and English with industry models
    // --- Hong Kong ---
    { id: 'canto-ai-transcriber', name: 'Canto AI', vendor: 'Canto AI', category: 'audio', domains: ['cantonese-ai-transcriber.com'], source: 'https://www.cantonese-ai-transcriber.com/privacy.html' }, // 私隱政策: AI transcription, translation, summaries and subtitles through Google's Gemini API and AI dubbing through Azure text-to-speech
    { id: 'chefbear', name: 'ChefBear', vendor: 'ChefBear', category: 'other', domains: ['chef-bear.com'], source: 'https://chef-bear.com/privacy/hk.html' }, // privacy (PDPO Cap. 486): an AI-powered dining app that reads menu photos and answers dish questions with AI-generated replies
    { id: 'dimension-space-hk', name: 'Dimension Space (次元空間)', vendor: 'FLYER GROUP LIMITED', category: 'chat', domains: ['hk.starcloudedu.com'], source: 'https://hk.starcloudedu.com/privacy/en/' }, // privacy (PDPO, Mong Kok): an AI learning companion app built by a Hong Kong team for Form 1-6 pupils
    { id: 'ai-paralegal-hk', name: 'AI Paralegal', vendor: 'AI Paralegal Limited', domains: ['hkparalegal.ai'], source: 'https://www.hkparalegal.ai/en/privacy-policy' }, // privacy (Hong Kong company): AI-powered legal technology whose AI engine processes and generates legal documents for law firms
    { id: 'micromeet', name: 'Micromeet', vendor: 'Micromeet', domains: ['micromeet.ai'], source: 'https://www.micromeet.ai/en/answers/is-there-a-cantonese-ai-medical-scribe-for-hong-kong' }, // vendor FAQ on its own product: a Cantonese AI medical scribe (Voice-to-EMR) that drafts consultation notes for doctors to review
    { id: 'cantonese-ai', name: 'cantonese.ai', vendor: 'cantonese.ai', category: 'audio', domains: ['cantonese.ai'], source: 'https://docs.cantonese.ai/text-to-speech' }, // API docs: Cantonese text-to-speech from selectable TTS model versions, voices and jyutping guidance
    { id: 'accrew', name: 'Accrew', vendor: 'Accrew', domains: ['accrew.ai'], source: 'https://accrew.ai/privacy-policy.html' }, // privacy (PDPO): AI-powered bookkeeping for Hong Kong companies, with AI transaction categorisation and insights reviewed by accountants
    // --- LINE agent platforms naming no country ---
    { id: 'genibuilder', name: 'Genibuilder', vendor: 'Genibuilder', category: 'agents', region: 'global', domains: ['genibuilder.ai'], source: 'https://www.genibuilder.ai/en/privacyservicedatapolicy' }, // privacy and service-data policy: AI digital employees that answer LINE Official Account, Facebook and Instagram customers with AI intent recognition and replies
    { id: 'botsphere', name: 'BotSphere', vendor: 'Datatech Co., Ltd.', category: 'agents', region: 'global', domains: ['botsphere.app'], source: 'https://botsphere.app/privacy-policy' }, // privacy: an AI-powered omnichannel chatbot platform for LINE Official Accounts that generates AI chatbot responses
  ],
  { checked: CHECKED_C25, region: 'china' },
);
