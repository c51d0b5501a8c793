// Twenty-fourth session, fourth regional pass for Japan (2026-12-07, helper `japan4`): AI products made in Japan or
// built mainly for Japanese users that no entry claimed yet, beside the nineteenth session's jpkr pass
// (data/regional-c19-jpkr.ts), the twentieth session's japan pass (data/regional-c20-japan.ts), the twenty-second
// session's jpkr3 pass (data/regional-c22-jpkr3.ts) and the Japanese rows of the long-tail passes, none of which are
// repeated here. Here: an AI data-structuring service that reads Excel, CSV and PDF files with OCR or AI (ミャク楽 by
// WIREBASE, a path on its company site), an AI medical-chart drafting service for clinics (コエカル by ADVATEC), an AI
// information tool for medical professionals (ともドク), and an AI image generator paid by prepaid credits (Persta.AI).
//
// Leads. 40 look-ups (39 in the stored `pages` corpus, 1 in `docs`, which answered with Oracle, ServiceNow and other
// global vendors' documentation only), counted as they were made. Queries in Japanese, worded the way vendors word their
// own 利用規約, プライバシーポリシー, 特定商取引法に基づく表記, 資金決済法に基づく表示 and AI利用ポリシー, by kind: AI議事録・文字起こし,
// AI-OCR, AI電話・自動応答, AI面接, AI問診, AIカルテ, 契約書レビュー, 教育AI・問題作成, AI翻訳, Azure OpenAI の社内利用,
// AI画像生成, AIライティング, LINE の AI アシスタント, 社内問い合わせ RAG, 営業メール, 介護記録, 薬歴, 不動産の物件紹介文,
// Gemini API・OpenAI API の利用明記, 文字起こしの料金プラン, AI占い, AI英会話, エントリーシート添削, 補助金申請書, 士業向け AI,
// 特許明細書, 広告バナー, AIナレーション, ショート動画, 文章校正, AI献立, AIアバター受付, 生成AIの誤り免責, ChatGPT 搭載
// チャットボットの料金, 法人向け生成AIポータル, コールセンターの通話要約; and two in English worded like the English copies of
// Japanese policies (APPI, "Kabushiki Kaisha", Tokyo District Court). The stored corpus has been read by five earlier
// Japanese passes: most answers were vendors the catalog already lists (Smart書記, Telelogger, Memory Cloud, easy writer by
// AI, the Alva AI operator, えらべるAI社員, People XRecruit, Lawfree, clux, 教科書AIワカル, NeoTutor, AIシュリーマン,
// O.Translator, PLaMo翻訳, KOTORI, tifana.ai, talk to Nobunaga, AI占いアイ, aiAstro, AI英会話
// (aikaiwa.net), SpeakL, IELTS Diary, 終活相談AI, ZEILY, Robot Lawyer, aiip, Patenty, AutonoMath, LLM Insight, 音六AI,
// ナビチャット, AI自動返信メール, Trimna, SHORTBOOST), articles, news, law firms' columns, patents and general products with an AI
// feature. Every row cites a page with a path on the product's own host (for コエカル its info. host; for ミャク楽 under the
// claimed path) where the vendor says the product drafts, answers, generates or reads documents with AI or runs an image
// generation service. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 248 hosts the searches returned (vendors, articles, news, law
// firms, patents, documentation and shared hosts alike, in /work/helpers/out/japan4-hosts.txt): 40 classified before
// (16.1%), 43 after (17.3%; the host wire-base.com stays unclassified, only its
// /myakuraku path is claimed).
//
// Claimed below or beside a parent. wire-base.com/myakuraku is claimed as a path only: wire-base.com is WIREBASE's
// company site (a trap), and the prefix matches on whole path segments. coekar.com is claimed whole from its info. host's
// terms: the domain is the product's own name (コエカル), though the bare domain itself was not read.
//
// Doubtful rows: Persta.AI is read from its Payment Services Act notice, which says the prepaid credits pay for the
// service's image generation and withholds the issuer's name until asked; ともドク is run by a general incorporated
// association (一般社団法人Garden) and its terms call it an information-gathering AI tool whose question-answering system is
// served by an app, a LINE account and its site.
//
// Left out, as earlier passes decided: AI Triple Chat on qutrit.space (a store-only app) and the four-pillars GPT
// subscription gate on shichusuimei.tagrpma.info (regional-c17-asia.ts, long-tail-c20-lifestyle.ts). Bots that live only
// inside LINE: AI Chat MIU (ai-chat-jp.com, a ChatGPT API bot for Vietnamese residents of Japan) and AIチャットちゃん
// (ai-chatchan.com, whose only page met was its homepage). Probable phone apps: Labo Voice (labovoice.app, a voice
// assistant for clinical-laboratory staff by a sole proprietor), junmei.app (a fortune app whose AI dialogue is one
// feature). Pages that never say the product uses AI: 書きあげクン's trial terms on flegrowth.co.jp (recording,
// transcription and minutes summaries), LAQOOT's form-to-text terms (laqoot.com; terms.laqoot.com is plain http),
// コエレク's terms (koereq.com), AIやさしいβ版 (careadvice.aiyasashii.com), AI会話's FAQ (ai-kaiwa.com, AI only in the name),
// CookPartner (cook-partner-meshitsuji.com), Lesson Arch (lesson-arch.com), セナリ学院 (teleport.jp), jpcite (jpcite.com,
// Bookyou's public-record evidence API for AI agents, beside its listed AutonoMath). Placeholders: QX AI's terms
// (qxai.app, "XX XX, 2024" and "[会社名]"). General products or sites whose AI is one part: 売却の窓口's
// AI virtual staging (baikyaku-madoguchi.com/room, a real-estate company's site whose /room path was not shown to be the
// service alone: a lead), 文賢's AI assist (bun-ken.net), learningBOX's QuizGenerator AI quiz assist, MEDLEY AI CLOUD,
// STORES, OBC and restaurant-startup.app as before. Terms on a company or reseller site with no product host seen:
// Edia, CAMEL's AI chatbot for municipal service desks (camel.co.jp/request-public: a lead), うちのAI (setunet.com, as
// before). `?p=` pages: AICO (goaico.com), Ask White's WordPress AI chatbot plugin (dosen.askwhite.jp), universalspace.jp's
// AI reason-statement writer for care managers (leads). Shared platforms: web.app (policy-lineai, 爆速文字起こし),
// pages.dev (VoiceNote, Terakoya.AI, SoftMotion TTS), github.io (宿題おしえて, ShadowingApp, Vista Movie, ペラペラ日本語),
// netlify.app (英作文添削AI), vercel.app, notion.site (SpiralAI's Kotodama) and sites.google.com (カルテメイト, アニメ風加工
// Plus). Vendors seen only in news or blogs: プレシジョン's 今日のAI音声認識, ウィーメックス's 生成AI薬歴入力支援, ロジロジ's
// ピアス, 薬歴AIディープインパクト, OneCareer's ESの達人 (leads).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24Japan4Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- documents, OCR and data ---
    { id: 'myakuraku', name: 'ミャク楽 (Myakuraku)', vendor: '株式会社WIREBASE (WIREBASE Inc.)', domains: [], urlPrefixes: ['wire-base.com/myakuraku'], source: 'https://wire-base.com/myakuraku/terms-of-use' }, // terms: cloud software that reads Excel, CSV and PDF files with OCR or AI, analyses them and structures them into databases (path only)
    // --- clinical documentation and medical information ---
    { id: 'coekar', name: 'コエカル (Coekar)', vendor: '株式会社ADVATEC (ADVATEC Inc.)', category: 'meeting', domains: ['coekar.com'], source: 'https://info.coekar.com/terms.html' }, // terms: an AI medical-chart drafting support service, including apps and devices, for medical institutions
    { id: 'tomodoc', name: 'ともドク (Tomodoc)', vendor: '一般社団法人Garden', category: 'search', domains: ['tomodoc.me'], source: 'https://tomodoc.me/terms-of-use-tomodocpro' }, // terms (ともドクpro): an information-gathering AI tool for medical professionals, a question-answering system served by app, LINE account and site
    // --- images ---
    { id: 'persta-ai', name: 'Persta.AI', vendor: 'Persta.AI', category: 'image', domains: ['persta.ai'], source: 'https://www.persta.ai/payment-services-act' }, // Payment Services Act notice (Japanese law): prepaid credits pay for the service's image generation
  ],
  { checked: CHECKED_C24, region: 'japan' },
);
