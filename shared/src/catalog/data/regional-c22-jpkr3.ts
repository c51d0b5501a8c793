// Twenty-second session, third regional pass for Japan and Korea (2026-12-07, helper `jpkr3`): AI products made in Japan
// or South Korea, or built mainly for their users, that no entry claimed yet, beside the twelfth session's Korea AI Map
// pass (data/regional-c12-korea.ts), the nineteenth session's jpkr pass (data/regional-c19-jpkr.ts) and the twentieth
// session's japan and korea passes (data/regional-c20-japan.ts, data/regional-c20-korea.ts), whose rows are not repeated
// here. Here, from Japan: a customer-support AI chatbot on Claude (SupportHub AI); AI writing for SNS posts, documents
// and SEO articles (PostSupporter, easy writer by AI, Moreee); AI meeting and sales-conversation tools that record,
// transcribe, summarise and analyse (Nexalog for sales meetings, bellSalesAI, Speria's AI charts from recorded customer
// conversations, Arsaga's AI that holds and scores one-on-one interviews); a store-camera analytics AI (ミセバンAI); and
// an AI keyword engine for Japanese web marketers (AIキーワード). From Korea: an AI that analyses a user's chat exports and
// builds a Telegram assistant from them (autome).
//
// Leads. 45 look-ups in the stored `pages` corpus (two in `docs`, which answered with global vendors' help pages only).
// Queries in Japanese and Korean worded the way vendors word 利用規約, プライバシーポリシー, 特定商取引法に基づく表記,
// 이용약관 and 개인정보처리방침 by kind (AI議事録, AIチャットボット, LINE公式アカウントの自動応答, 営業メール, SNS投稿, AI文章校正,
// エントリーシート, キャッチコピー; AI 회의록, AI 챗봇, 콜봇, 번역, 글쓰기, 상세페이지, 리뷰 답글, 숏폼, 카카오톡 AI 비서) returned
// mostly articles, news and tools already listed. Vendor disclaimer wording found most rows: "本サービスは生成AIを活用し…
// 出力結果の正確性を保証しません", "本サービスはAnthropic社のClaude APIを利用", "AI商談録画分析サービス"; English queries
// worded like the English copies of Japanese and Korean terms ("Kabushiki Kaisha", "Gangnam-gu", "Seoul", PIPA's overseas
// transfer) found autome and the left-out Korean pages. Korean-language queries found no new vendor: the Korean answers
// were news, blogs, patents, Kakao's help centre and vendors earlier passes listed. Every row cites a page with a path
// on the product's own host (for bellSalesAI its support. help centre; for Arsaga's interview AI the claimed subdomain)
// that says in the vendor's words that the product answers, writes, transcribes, summarises, analyses or interviews with
// AI, generative AI or a named model. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/
// first. Already listed and left to their entries: Smart書記, Telelogger, Memory Cloud, AIボタン, DOBI AI, Kompas AI, VMAI,
// Archy, ChatLoom, Summet, Scarlet (aiscarlet.com), AI自動返信メール (aireplygen.168.tokyo), 終活相談AI (shukatsu.ai),
// LLM Insight, Cascade, OneBot, Kaica AI, GACHI.ai, Kotozna ConcierGAI, AI Sakura-san, オフィスの知恵子さん, AI AutoBlog,
// 지음AI, INVIAI, DEFINES, PostDrafter, 딸깍리뷰, FactChat, K-Chat, Newking, AILIKE.ME, Atlo, frony.ai, i-Bot, Puzzle AI,
// Smooth AI, O.Translator, Konan LLM, VORA, AutonoMath and Eraberu AI Shain.
//
// Two hosts are claimed on a company site. nexaflow.io is claimed whole: its terms at the root are those of Nexalog, the
// company's AI sales-meeting analysis service. lp.stop-harassment.arsaga.jp is claimed alone, the only host of Arsaga's
// 5分面談AI the searches returned; its parent arsaga.jp (Arsaga Partners' development-company site) is a trap.
//
// Measured with /work/helpers/classify-hosts.mts on the 278 hosts the searches returned (vendors, news, blogs, patents,
// help centres, stores and shared hosts alike, in /work/helpers/out/jpkr3-hosts.txt): 52 classified before (18.7%),
// 63 after (22.7%).
//
// Doubtful rows: AIキーワード runs a German company's AI engine (Cross Platform Solutions GmbH) that estimates Google
// Analytics' "not provided" keywords, resold in Japan under its own name and host; Moreee's terms say parts of the service
// use GPT-4 and GPT-3 to propose headings and article text beside Semrush keyword data, and its name carries "Powered by
// GPT-4"; Speria's terms do not name the company, so the row is named after the host.
//
// Left out. SalesBuddy, a sales-support AI whose bilingual policy and terms sit on Wellbies Pte. Ltd.'s Singapore company
// site (wellbies.com.sg) with the English text governing: region and the site's other content unclear, a lead; Igness's
// Blaze, an AI platform for Salesforce administrators whose terms sit at igness.ai/terms/blaze (the company site was not
// read: a lead); KIKAKU AI, a planning tool whose terms sit on the publisher 宣伝会議's site (sendenkaigi.com) and say
// nothing of AI in the part read; phone-only apps (TokMentor's Gemini reply writer on tokmentor.kr, howacha's ChatGPT chat
// app); pages that never say the product uses AI (DELIGHT Assistant's terms on delightcorp.com, ActionBridge, moica.ai,
// photio.io, hlab.im, frompt.app, talkcar.co.kr, aidb.cc, unireel.tv, damoacrm.com, riftcompany.ai); drafts and
// placeholders (typerlab.ai's "2025년 __월 __일", hangukin.ai's policy marked as a draft); general products or sites whose
// AI is one feature (focalize.jp's AI deal extraction in a CRM, Sprocket's CX platform, STORES' inquiry AI and OBC's AI
// guideline as before, seoulstart.com's CV tool in a guide site, oseyokorea.com's culture portal, Works Applications'
// lease-accounting chatbot, DMM's virtual-office AI secretary); consultancies and agencies (m-go.asia, hanrui-japan,
// techfun.co.jp, AIなんでも相談所 as before); pages whose operator or country is unclear (ezaitranslate.com,
// ilikeafrica.com's paper-translation policy); vendors seen only on blogs or news (SK planet's AI Moment, OneCareer's
// ESの達人, seowriter360.com's media site, FREEMIND's AI phone duty: leads); and shared platforms (pages.dev, vercel.app,
// web.app, netlify.app, notion.site, slashpage.com, sites.google.com), among them LiveSuggest, K-oach, 알번역, マヤイ,
// Shotoka's AI platform (shotoka-web.pages.dev: a lead for its own host) and AI Castle's physicar-ai-site.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const regionalC22Jpkr3Tools: Tool[] = defineTools(
  'meeting',
  [
    // --- Japan: customer support, writing and marketing ---
    { id: 'supporthub-ai', name: 'SupportHub AI', vendor: '株式会社CEN', category: 'chat', domains: ['supporthub-ai.app'], region: 'japan', source: 'https://www.supporthub-ai.app/privacy' }, // privacy (Japanese): an AI chatbot that answers customer inquiries from uploaded knowledge, its replies generated with Anthropic's Claude
    { id: 'postsupporter', name: 'PostSupporter', vendor: 'PostSupporter', category: 'writing', domains: ['postsupporter.com'], region: 'japan', source: 'https://postsupporter.com/terms.html' }, // terms (Japanese): an AI SNS post generation service with AI image analysis and smart question generation, billed in yen
    { id: 'easy-writer-by-ai', name: 'easy writer by AI', vendor: '株式会社Books&Company', category: 'writing', domains: ['easy-writer.jp'], region: 'japan', source: 'https://www.easy-writer.jp/service/kiyaku.html' }, // terms (Japanese): an AI document generation service
    { id: 'moreee-ai', name: 'Moreee', vendor: 'Moreee', category: 'writing', domains: ['moreee.ai'], region: 'japan', source: 'https://moreee.ai/service/index' }, // terms (Japanese), "Moreee Powered by GPT-4": keyword and content analysis for new sites, with GPT-4 and GPT-3 proposing headings and article text
    { id: 'ai-keyword-jp', name: 'AIキーワード (AI Keyword)', vendor: '株式会社ベレネッツ', category: 'other', domains: ['ai-keyword.jp'], region: 'japan', source: 'https://ai-keyword.jp/terms-conditions/' }, // terms (Japanese): an AI engine that estimates the search keywords Google Analytics reports as "not provided"
    { id: 'misebanai', name: 'ミセバンAI (Miseban AI)', vendor: 'EnablerHQ', category: 'other', domains: ['misebanai.com'], region: 'japan', source: 'https://misebanai.com/privacy.html' }, // privacy (Japanese): shop camera video analysed in real time by AI for visitor counts, flow and demographics, with AI sales forecasts
    // --- Japan: meetings, sales conversations and interviews ---
    { id: 'nexalog', name: 'Nexalog', vendor: '株式会社ネクサフロー', domains: ['nexaflow.io'], region: 'japan', source: 'https://nexaflow.io/terms' }, // terms (Japanese): an AI sales-meeting recording analysis service for corporate users
    { id: 'bellsalesai', name: 'bellSalesAI', vendor: 'bellSalesAI', domains: ['bell-sales.ai'], region: 'japan', source: 'https://support.bell-sales.ai/faqs/672589608c7b9b4ebdf7ce55' }, // help centre (Japanese): recorded sales conversations transcribed in full and summarised, also by custom prompts, then pushed to Salesforce
    { id: 'speria-jp', name: 'Speria', vendor: 'Speria', domains: ['speria.jp'], region: 'japan', source: 'https://speria.jp/terms' }, // terms (Japanese): AIカルテ, AIコーチ and AIアシスタント; recorded conversations turned into text, AI-generated customer records and drafted customer messages
    { id: 'arsaga-mendan-ai', name: 'アルサーガ5分面談AI (Arsaga 5-minute Interview AI)', vendor: 'アルサーガパートナーズ株式会社', domains: ['lp.stop-harassment.arsaga.jp'], region: 'japan', source: 'https://lp.stop-harassment.arsaga.jp/terms_of_use.html' }, // terms (Japanese): an AI that holds meetings and one-on-one interviews with employees, analyses them and scores them in real time
    // --- Korea ---
    { id: 'autome-app', name: 'autome', vendor: 'autome', category: 'agents', domains: ['auto-me.app'], region: 'korea', source: 'https://www.auto-me.app/terms' }, // terms: AI analysis of a user's conversation exports, then a personalised AI assistant on Telegram; Korean payments through Toss Payments in KRW
  ],
  { checked: CHECKED_C22 },
);
