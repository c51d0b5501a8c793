// Twenty-fourth session, third regional pass for Korea (2026-12-07, helper `korea3`): AI products made in South Korea
// or built mainly for Korean users that no entry claimed yet, beside the twelfth session's Korea AI Map pass
// (data/regional-c12-korea.ts), the nineteenth and twenty-second sessions' Japan and Korea passes
// (data/regional-c19-jpkr.ts, data/regional-c22-jpkr3.ts) and the twentieth session's Korea pass
// (data/regional-c20-korea.ts), whose rows are not repeated here. Here: AI product photos for sellers (Photio, from its
// API docs: an earlier pass left photio.io out because its terms never say AI), an AI translation service paid in
// credits (Linchpin AI), AI translation for media and live events (XL8), AI marketing content written and published for
// a business (Autoke), an AI character chat (PeroChat) and AI interview coaching (WonderfulCrew). Four more AI products
// were found by the same queries whose pages name no country, so they keep the 'global' region: an AI vertical-comic
// studio (TokiMake), an AI chatbot reached through messengers (AOi), an AI video, image and music creator studio
// (MiniWindo) and an AI research agent (Nubint AI).
//
// Leads. 40 look-ups in the stored `pages` corpus, counted as they were made: 16 in Korean, worded the way Korean
// vendors word 이용약관 and 개인정보처리방침 (생성형 AI 결과물, 개인정보 국외 이전 OpenAI, AI 회의록, AI 상세페이지 크레딧 환불, AI 면접 자기소개서, AI 수학 튜터, AI 콜봇
// 전화 응대, AI 세무, AI 법률 답변, AI 사주, 생활기록부 세특, 프로필 사진, 카카오톡 채널 챗봇, 토스페이먼츠 크레딧), which returned news, blogs, patents and
// vendors earlier passes listed (지음AI, DEFINES, INVIAI, AiKINO, VORA, frony.ai, DOBI AI, Atlo, JobSecretary, AI-Photo
// Pro, Arrrda Studio, RoomInCube, NanoNside, NtoToon, SkyCheonWon) almost only; 18 in English, worded the way Korean
// vendors word the English copies of their terms ("Article 1 (Purpose)", "Co., Ltd.", "Member", "credits", the Personal
// Information Protection Act's overseas transfer) by product kind (detail pages and product photos, interviews, tutors,
// phone agents, translation, blog writing, legal, character chat, short-form video, patents, English speaking, papers,
// slides, counselling, webtoons, music), which found most rows below; and 6 on named products (Photio, XL8, Riiid's
// Santa, LBox and SuperLawyer, AOi, Tooning), which found Photio's docs, XL8 and TokiMake. Every row cites a page with
// a path on the product's own host (for Photio and TokiMake their docs. subdomains) where the vendor says the product
// generates, translates, writes, chats, coaches or researches with AI. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 254 hosts the searches returned (vendors, news, blogs, patents,
// clinics, help pages and shared hosts alike, in /work/helpers/out/korea3-hosts.txt): 56 classified before (22.0%), 67
// after (26.4%).
//
// Already listed and left to their entries: 지음AI, INVIAI, DEFINES, Konan LLM, AiKINO, VORA, JobSecretary, frony.ai,
// i-Bot, DOBI AI, Atlo, aira, AI-Photo Pro, Arrrda Studio, RoomInCube, NanoNside, Mirage AI, Papago Plus, PostDrafter,
// Puzzle AI, Smooth AI, Newking, Lawmadi, MeshLaw, K-Chat, Summet, Archy, Cutback, TTV A.I, AiVATAR, Klipse, SUDA,
// Ringuage, PSYDA, BookAR, SkyCheonWon, 명감재 (myeongam.com), NtoToon, GenToon, ColorTone, Carat, Suno Helper, 딸깍리뷰,
// ClickBlog, Marketing Studios AI, NeoTutor, SwiftScholar, Upstage, CLOVA Studio and Genesis Lab's Viewinter.
//
// Doubtful rows: XL8's pages read (its terms and a blog post on glossaries) name XL8 Inc. but no country; it is kept in
// the Korea region as the Korean-founded translation company it is known as. WonderfulCrew's terms list lecture videos
// and a community beside AI interview coaching, but its paid unit is the practice session with STT transcripts and AI
// evaluations. AOi's terms (Supergene) and Nubint AI's terms (BeyondCity Inc.) follow the Korean terms template but
// name no country; TokiMake's FAQ names a contact mailbox on hanasee.com, which was not read.
//
// Left out. Phone-only apps, as earlier passes decided: MomoCall (momocall.kr), Melo (playke.app), AutoCamera, KoPhoto,
// 소안록 (on web.app). Pages that do not say the product uses AI or what it does: LookPick AI's terms, GenIP's terms
// (patent specifications "generated" for members, no AI named), FindIP's semantic patent-search API terms, LETR WORKS'
// terms (a translation support tool), WeToon's terms, babbage (a PPTX conversion SaaS, and a draft), merzing.com, Viral
// Pulse's terms (AI-generation rules inside a service they do not describe: a lead). Drafts: NTurn's AI translation
// terms ("a draft for service launch"), Kori's AI voice-agent terms (a Canadian operator). General products or sites
// whose AI is one feature: Universe Stationery's Storynation with a generative-AI feature, Dear U's bubble chat,
// clinics' AI booking chatbots (yonkmc.com, thewellsam.com), a human translation quote service (quote.isiskorea.com),
// KEENEAT's background-music service (on oopy.io). Vendors seen only in news or on shared platforms: LBox AI,
// SuperLawyer (its terms on lawcompany.notion.site), Riiid's Santa (its terms on docs.google.com), Soulie and Shortime
// Studio (CODE CRAYON, notion.site), K-oach, AI Castle's physicar-ai-site, Tooning (toonsquare.notion.site), tooldi's
// AI policy on a CloudFront host, HanMadi, XICON: leads. Persona AI's column on personaai.co.kr (an emotional AI it
// lives with, not a product page) and CLOVA Voice (clovavoice.naver.com, met in no page) are leads too. Not Korean or
// not shown to be: sylearning.com, tutor.simili.app, aimusicservice.com, musicgo.cc, pxz.ai, aipose.ai.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24Korea3Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Korea: product photos, translation, marketing content ---
    { id: 'photio', name: 'Photio', vendor: 'PlanningGo Co., Ltd.', category: 'image', domains: ['photio.io'], source: 'https://docs.photio.io/api/generate' }, // API docs: the user describes a concept in text and AI creates a photo of the product; the Instant API generates backgrounds for product photos
    { id: 'linchpin-ai', name: 'Linchpin AI', vendor: 'Linchpin AI', category: 'translation', domains: ['linchpinai.io'], source: 'https://www.linchpinai.io/en/terms' }, // terms: an AI-based translation service paid by prepaid credits through TossPayments
    { id: 'xl8', name: 'XL8', vendor: 'XL8 Inc.', category: 'translation', domains: ['xl8.ai'], source: 'https://www.xl8.ai/blog/glossary-usage-for-best-translation-quality' }, // blog: an AI-powered machine translation company whose MediaCAT and EventCAT platforms transcribe, translate and voice media
    { id: 'autoke', name: 'Autoke', vendor: 'Yeomyeonggeori', category: 'writing', domains: ['autoke.ai'], source: 'https://autoke.ai/en/terms-of-service' }, // terms: AI-based marketing content generation with automatic publishing and reports, paid in credits for the AI features

    // --- Korea: character chat and interview coaching ---
    { id: 'perochat', name: 'PeroChat', vendor: 'PersonaXI', domains: ['personaxi.com'], source: 'https://personaxi.com/en/terms/' }, // terms: chat with AI character personas members create, paid in "Neuron" credits, sign-up through Google or Kakao
    { id: 'wonderfulcrew-ai-interview', name: 'WonderfulCrew (AI interview coaching)', vendor: 'WonderfulCrew Inc.', category: 'other', domains: ['wonderfulcrew.com'], source: 'https://www.wonderfulcrew.com/terms-en' }, // terms: AI interview coaching and roleplay practice whose sessions keep STT transcripts and AI evaluations

    // --- Found beside them, no country named (global) ---
    { id: 'tokimake', name: 'TokiMake', vendor: 'TokiMake', category: 'image', domains: ['tokimake.app'], region: 'global', source: 'https://docs.tokimake.app/faq' }, // FAQ: an AI vertical-comic creation platform that generates characters, scenarios and artwork from novels or ideas
    { id: 'aoi-supergene', name: 'AOi', vendor: 'Supergene', domains: ['aoi.live'], region: 'global', source: 'https://aoi.live/legal/service/en' }, // terms: an app service and messenger chatbot provided through artificial intelligence and natural language processing
    { id: 'miniwindo', name: 'MiniWindo', vendor: 'MiniWindo', category: 'video', domains: ['miniwindo.com'], region: 'global', source: 'https://miniwindo.com/en/terms' }, // terms: an AI video creator platform with AI insights on YouTube channels and AI video, image and music generation
    { id: 'nubint-ai', name: 'Nubint AI', vendor: 'BeyondCity Inc.', category: 'search', domains: ['nubint.ai'], region: 'global', source: 'https://nubint.ai/ja/terms' }, // terms: an AI-powered research agent service with credits and plan quotas
  ],
  { region: 'korea', checked: CHECKED_C24 },
);
