// Twenty-eighth session, sixth Japan and Korea pass (2026-12-08, helper `jpkr6`): AI products made in Japan or South
// Korea, or built mainly for Japanese or Korean users, that no entry claimed yet, each read from a legal page on its
// own host. Earlier Japan and Korea passes (data/regional-c12-korea.ts, regional-c19-jpkr.ts, regional-c20-japan.ts,
// regional-c20-korea.ts, regional-c22-jpkr3.ts, regional-c24-japan4.ts, regional-c24-korea3.ts, regional-c26-jpkr5.ts)
// and the Japanese and Korean rows of the long-tail passes are not repeated here. Here, for Japan: an AI cloud service
// that drafts business documents from voice, images and handwriting (Az楽 by Az One) and a voice-note app that
// transcribes, translates and writes AI summaries and email drafts (AccuNote). For Korea: an AI ESG-diagnosis service
// that extracts data from documents and generates scorecards and reports (ESGo), an AI document-generation and
// screen-design service paid in credits (PLANDOG), and an AI software-estimation and vibe-coding platform (GNOM by
// GENIEIN).
//
// Leads. 38 look-ups, all in the stored `pages` corpus, counted as they were made. Queries in Japanese worded as
// vendors word 利用規約 and プライバシーポリシー for kinds earlier passes had not tried or had tried in other words (生成AIを利用した議事録の
// 月額プラン, AIコールセンター and ボイスボット, 採用スカウト文, AI翻訳 for confidential documents, マニュアル作成, AI作曲, "本サービスは OpenAI 社の API を利用して",
// 飲食店メニューの多言語化, 営業日報, 入札公告と提案書, ESG開示, 書類作成支援AI); in Korean worded as vendors word 이용약관 and 개인정보처리방침 (생성형 AI 챗봇 구축,
// 상세페이지 크레딧, AI 면접 역량검사, AI 튜터, AI 통역, "OpenAI API를 활용하여", 사업계획서, AI 계약서 검토, 입찰 공고, 수출 바이어 이메일, 보고서 자동 생성); in English
// naming "株式会社", "Co., Ltd." with Seoul, "Kabushiki Kaisha", the Act on the Protection of Personal Information,
// Shibuya-ku, Seongnam and "the Korean version shall prevail"; and six on named products met on the way (JOBFLEX,
// AccuNote, StandBy, MeetingBase, JamRoll, GNOM) to see whether their own pages said more. The corpus has been read by
// eight earlier Japan and Korea passes: Korean-language queries returned news, law firms' columns and patents almost
// only, and most vendor pages returned were already listed (Smart書記, Memory Cloud, Telelogger, Kufuri, LensAI 1on1
// Assistant, LAWBO, Lawfree, Nexalog, Speria, えらべるAI社員, Ask PDF, AI Sakura-san, Cascade, AutonoMath, Propo Base, 提案プロ,
// 母学アカデミーAI相談室, Talk to Nobunaga, 지음AI, INVIAI, DEFINES, 딸깍리뷰, NtoToon, AI-Photo Pro, Arrrda Studio, Atlo, aira,
// Scarlet, JobSecretary, Newking, VORA, Photio, Bizketch, Cutback, BookAR, Perso AI, Upstage, Skelter Labs, Genesis
// Lab). Every row cites a page with a path on the product's own host (for Az楽 its claimed azraku-lp. subdomain; for
// ESGo its mx. host) where the vendor says the product drafts, summarises, generates, analyses or estimates with AI.
// Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 243 hosts the searches returned (vendors, news, law firms,
// patents, blogs, procurement notices and shared hosts alike, in /work/helpers/out/jpkr6-hosts.txt): 48 classified
// before (19.8%), 53 after (21.8%).
//
// Claimed below or beside a parent. azraku-lp.azttract-view.org only: its terms are Az One's for the Az楽 service, and
// the parent azttract-view.org was not read (a trap). esgohq.com is claimed whole from the terms on its mx. host, as
// the domain carries the product's own name (ESGo), though the bare domain itself was not read. connex-t.com is claimed
// whole: its terms and privacy policy at the root are GENIEIN's GNOM documents and nothing else was met on it.
//
// Doubtful rows. AccuNote's privacy policy names SEIWA Co., Ltd. and offers Japanese first, then English and Chinese,
// but no address or country; it is counted as Japanese from that, and it is sold as an app with cloud services on its
// own .ai host. PLANDOG's terms say the Korean version prevails and take payment through Polar, but do not name the
// company; the row is named after the product. GNOM's pages name GENIEIN Co., Ltd. and Korea's Personal Information
// Protection Act (with the under-14 rule) but no address. ESGo's terms name 개발상회 as operator and price the standard
// plan in won.
//
// Left out. Pages that do not say the product uses AI, though the products may well (leads, not traps): StandBy by
// AI-zen (stand-by.ai, recording, transcription and summaries under Japan's APPI), JamRoll by Empath (webempath.com),
// MeetingBase by Bengo4.com (support.meetingbase.com), 診察ノオト (nooto.jp, recorded consultations with transcription),
// World Menu (worldmenu.jp, menu translation for restaurants), agehachat.com's privacy policy, GenON's company privacy
// policy (genon.ai). General products or sites whose AI is one feature: Office Mail (officemail.ai, an email and
// calendar suite whose terms define AI summarisation and translation features: a lead), 開示請求.JP (kaijiseikyuu.jp, an AI
// scoring step on a lawyer-matching site), Graphic's fan platform with an AI comment translator (graphic.fan),
// oseyokorea.com and keyfred.com (as before), CloudSign's and GMO Sign's AI contract-data entry, Crowd Recruit's job-ad
// generator (help.cr-support.jp), focalize.jp's AI deal extraction, STORES' inquiry AI and restaurant-startup.app (as
// before), だしAI on a dashi maker's shop blog (fukushima-katsuo.shop). Plain http: entre-s.com's 社長代理 (as before),
// terms.laqoot.com. Drafts: meetbot.dev's Japanese terms ("公開ドラフト"), qxai.app (as before). Developer hosts with many
// apps: shofj.com (as the c25 apps pass decided). Shared platforms: legalbase-lp.pages.dev (Spluc's Legalbase, an AI
// legal-support platform with experts' AI agents: a lead for its own host), kashi-links.pages.dev,
// tokyo-prime-estate-ai-lp-global.pages.dev, voicenote-legal.pages.dev, lightning-fast-transcription.web.app,
// livesuggest-web.pages.dev, physicar-ai-site.pages.dev, neurolinx-angular.vercel.app (Keytalk AI),
// dreamteller-pi.vercel.app, woozy-quicksand-79f.notion.site (BNZ's 질문하마 problem-solving service: a lead),
// delightful-sturgeon-15f.notion.site (GIMG), kind-walkover-f46.notion.site (AI Tegen Test), an S3 bucket with AI
// Connect's terms and a Firebase storage link. Not shown to use AI: teian-pro.com's DFY agreement (its terms are
// listed), youyaku3.com, flegrowth.co.jp's 書きあげクン trial, LAQOOT, hlab.im, koriai.com, loveydovey.ai, airepoto.com (as
// before). Vendors seen only in news or articles: Midas IT's JOBFLEX and inAIR AI interviews, Muhayu's monster,
// Incruit's AI interview, SKT's A. interpreter call, Flitto's live translation, LegalOn's contract revision on ChatGPT,
// Legal Insight's contract analysis (leads).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const regionalC28Jpkr6Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- Japan ---
    { id: 'azraku', name: 'Az楽 (Azraku)', vendor: '株式会社Az One', domains: ['azraku-lp.azttract-view.org'], region: 'japan', source: 'https://azraku-lp.azttract-view.org/terms-of-service' }, // terms: "Az楽" is a document-drafting support AI cloud service that works from voice, images and handwritten text (subdomain only)
    { id: 'accunote', name: 'AccuNote', vendor: 'SEIWA Co., Ltd.', category: 'meeting', domains: ['accunote.ai'], region: 'japan', source: 'https://www.accunote.ai/privacy-en.html' }, // privacy: a voice-note app whose stored notes hold speech-recognition transcripts, translations and AI-generated summaries and email drafts
    // --- Korea ---
    { id: 'esgo', name: 'ESGo', vendor: '개발상회', domains: ['esgohq.com'], region: 'korea', source: 'https://mx.esgohq.com/terms' }, // terms (Korean): AI-based ESG document analysis and data extraction, SAQ 5.0 diagnosis and auto-generated scorecards, paid in credits
    { id: 'plandog', name: 'PLANDOG', vendor: 'PLANDOG', domains: ['plandog.net'], region: 'korea', source: 'https://plandog.net/legal/terms-en.html' }, // terms (Korean version prevails): an AI-based document-generation service with screen-design assistance, used with paid credits
    { id: 'gnom-geniein', name: 'GNOM', vendor: 'GENIEIN Co., Ltd.', category: 'coding', domains: ['connex-t.com'], region: 'korea', source: 'https://connex-t.com/en/terms-of-service' }, // terms: "an AI-based software development support platform": AI requirement dialogue and Function Point estimation, and vibe-coding source generation with hosting
  ],
  { checked: CHECKED_C28 },
);
