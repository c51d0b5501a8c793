// Twentieth session, regional pass `japan` (2026-12-07, helper `japan`): AI services for businesses sold by Japanese
// companies that no entry claimed yet, beside the nineteenth session's jpkr pass (data/regional-c19-jpkr.ts) and the
// earlier Japanese rows, none of which are repeated here. Here: a corporate AI chat portal (Lightblue Assistant), a
// generative-AI agent studio on Azure with Dify workflows (FUKURO AI STUDIO), a company generative-AI app on Microsoft's
// models (AZUSA by Seraku CCC, a path on its company site), a Slack AI dialogue bot on OpenAI's API (GACHI.ai), a
// multilingual AI concierge chatbot (Kotozna ConcierGAI, a path on Kotozna's site), AI Google-review reply and review
// draft writers for shops (クチコピ, VoiceUp), an AI image generator sold by SourceNext (Artist AI) and a slides-to-
// narrated-video generator (Slide2Video).
//
// Leads. 45 look-ups in the stored `pages` corpus, almost all in Japanese, worded the way vendors word their own
// 利用規約, プライバシーポリシー, AI利用ポリシー and 特定商取引法に基づく表記 by product kind (議事録・文字起こし, AIチャットボット,
// 社内ChatGPT・法人向け生成AI, AI翻訳, AIライティング, AI-OCR, AI画像生成, 契約書レビュー, 採用・AI面接, 営業AI, AI電話応対,
// AIロープレ, AIスライド, 口コミ返信, カルテ要約, 社内文書検索, 求人原稿, 音声合成, 動画生成, AIチューター, 社内問い合わせ),
// with phrases such as "OpenAI社のAPIを利用", "Azure OpenAI Service を利用" and "入力データは学習に利用しません", a few
// naming known products (Taskhub, IVRy, toruno, Lightblue, ChatSense, AI Messenger, Kotae, Kocoro), and three in English
// for Japanese vendors. Most answers were vendors the catalog already lists, articles, or general products with an AI
// feature. Every row cites a page with a path on the product's own host (for AZUSA and ConcierGAI, under the claimed
// path) that says in the vendor's words that the product answers, generates, writes or runs agents with AI, generative
// AI, large language models or a named model provider. Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ first. Already listed and left to their entries: Knowleful Chat, Talk to Nobunaga, Smart書記, Memory
// Cloud, Telelogger, DX Suite, AI Sakura-san, Lawfree, Eraberu AI Shain, People XRecruit, HeyJob, Rimo Voice, the Alva AI
// operator, O.Translator, PLaMo翻訳, Lara, Transcope, SlideFlair, slidict.io, SlidesPilot, Trimna, Kaica AI, オフィスの
// 知恵子さん, BLUEISH Agents, Aixis, OneBot, KOTORI, NeoTutor, 教科書AIワカル, 音六AI, Aipictors, mikuapi's AI images,
// AutonoMath, OneMake Relay and Kufuri; of the known Japanese names checked first, JAPAN AI, ELYZA, NoLang, Felo, ailead,
// Notta, Karakuri, Mirai Translate, ZEALS, rinna, Sakana AI, AIのべりすと, CoeFont, にじボイス, Shodo and Ubie are listed.
// Two subdomains are claimed alone because their parents carry other things: kuchikopi.lateblu.com (クチコピ) and
// voiceup.rep-ful.com (VoiceUp); slide2video.valueupdate.net likewise. Lightblue's own site lightblue-tech.com is claimed
// whole, as for other generative-AI companies whose site is the product's home (Lightblue sells Lightblue Assistant and
// its LLMs there).
//
// Measured with /work/helpers/classify-hosts.mts on the 241 hosts the searches returned (vendors, articles, news, stores
// and shared hosts alike, in /work/helpers/out/japan-hosts.txt): 36 classified before (14.9%), 43 (17.8%) after.
//
// Left out. Plain-http pages (BlueLamp's AI development chat on terms.blue-lamp.jp, AI Messenger's terms, which also do
// not say AI); vendors whose only pages met sit on shared platforms (ChatSense's terms on notion.site, musubot's
// 特定商取引法 page on pages.dev, マヤイ's AI phone answering and SpiralAI's Kotodama voices on notion.site, LiveSuggest on
// pages.dev); pages that never say the product uses AI (kotae.ai's privacy policy, kocoro.ai's terms, texta.cloud,
// taskul-ai.com, chattee-ai.com, vitworks.xyz, kuchitoru.com, formhire.net, aitelefonista.com's FAQ, LignApps' voice-mail
// transcription, the machine-translation terms of k-intl.co.jp and science.co.jp, ai-sensei.biz, spisma-share.com,
// Ricoh's TONOME beta); p0, an AI slide add-in whose terms sit on LR's company site with no product host seen
// (lr.run); 88service.biz's AI mail-reply trial, whose only page sits under a non-ASCII path of a general company site;
// general products with an AI feature (MEDLEY AI CLOUD's records summaries, Backlog's AI assistant, Governance Cloud,
// Jobcan's AI-OCR, DMM's virtual-office AI secretary, Pepper's AI app, Zoom AI Companion, HubSpot's note taker) and
// consulting or schools (Tech Fun's AI diagnosis pack, AIなんでも相談所, ロジカルAIスクール); a recruiting site whose terms
// cover one team's AI product (saiyo-hack.com); unclear operators or products (akasach.io, anyaneko.com's Ragbot, as the
// c19 pass also decided); phone-only apps (sansho.fun's anime filter, shukudai-oshiete on github.io); vendors seen only
// on their blogs or articles (stepai.co.jp, mediasprint.jp, chatgpt-enterprise.jp); and shared platforms (notion.site,
// pages.dev, web.app, railway.app, vercel.app, github.io, sites.google.com, carrd.co, an S3 bucket).
//
// Listed since: BlueLamp (blue-lamp.jp), by the twenty-first session's leads pass (long-tail-c21-leads.ts), from pages
// on the vendors' own hosts; the traps this pass's test set on them were dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const regionalC20JapanTools: Tool[] = defineTools(
  'chat',
  [
    // --- corporate generative-AI portals, agents and chatbots ---
    { id: 'lightblue-assistant', name: 'Lightblue Assistant', vendor: '株式会社Lightblue (Lightblue Inc.)', domains: ['lightblue-tech.com'], source: 'https://www.lightblue-tech.com/lightblue-assistant-termsofuse/' }, // terms: an in-house chat service using AI natural-language processing through external AI APIs
    { id: 'fukuro-ai-studio', name: 'FUKURO AI STUDIO', vendor: '株式会社デライトチューブ (Delight Tube)', category: 'agents', domains: ['fkr.ai'], source: 'https://fkr.ai/fukuro-ai-chat-terms-of-service' }, // terms: an AI agent service using generative AI including LLMs on Azure, with Dify workflow agents
    { id: 'seraku-azusa', name: 'AZUSA', vendor: '株式会社セラクCCC (Seraku CCC)', domains: [], urlPrefixes: ['ccc.seraku.co.jp/service/azusa'], source: 'https://www.ccc.seraku.co.jp/service/azusa/termstrial' }, // terms: an app for using generative AI (Microsoft's language models) through the API, with usage logs for companies
    { id: 'gachi-ai', name: 'GACHI.ai', vendor: 'GACHI.ai', domains: ['gachi.ai'], source: 'https://gachi.ai/en/tos.html' }, // terms (Japanese law): an AI dialogue service on OpenAI's API, run as a Slack bot
    { id: 'kotozna-conciergai', name: 'Kotozna ConcierGAI', vendor: 'Kotozna株式会社 (Kotozna Inc.)', domains: [], urlPrefixes: ['kotozna.com/ja/conciergai'], source: 'https://kotozna.com/ja/conciergai/terms' }, // terms: a multilingual chat and chatbot service whose chatbot simulates human conversation and answers, translating both ways
    // --- AI review replies and review drafts for shops ---
    { id: 'kuchikopi', name: 'クチコピ (Kuchikopi)', vendor: 'クチコピ運営事務局', category: 'writing', domains: ['kuchikopi.lateblu.com'], source: 'https://kuchikopi.lateblu.com/terms' }, // terms: a tool that generates replies to Google reviews with AI
    { id: 'voiceup-rep-ful', name: 'VoiceUp', vendor: 'VoiceUp', category: 'writing', domains: ['voiceup.rep-ful.com'], source: 'https://voiceup.rep-ful.com/terms' }, // terms: a cloud service where AI drafts reviews for satisfied customers from survey answers
    // --- AI images and video ---
    { id: 'artist-ai-sourcenext', name: 'Artist AI', vendor: 'ソースネクスト株式会社 (SourceNext)', category: 'image', domains: ['artistai.jp'], source: 'https://www.artistai.jp/terms-of-service' }, // terms: an AI image generation service provided by SourceNext on a licensed AI model
    { id: 'slide2video', name: 'Slide2Video', vendor: 'Slide2Video', category: 'video', domains: ['slide2video.valueupdate.net'], source: 'https://slide2video.valueupdate.net/terms' }, // terms (Japanese and English): AI generates narration scripts, audio and videos from PDF slides, with the user's Gemini, OpenAI or ElevenLabs keys
  ],
  { checked: CHECKED_C20, region: 'japan' },
);
