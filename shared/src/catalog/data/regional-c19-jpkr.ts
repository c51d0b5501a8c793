// Nineteenth session, regional pass for Japan and Korea (2026-12-06, helper `jpkr`): AI tools made in or mainly for
// Japan and Korea that the catalog still missed, of every kind. From Japan: corporate and customer-support chatbots
// (OneBot's RAG bot for websites and LINE, ALBERT's Sugures, the Slack bot AI Sebas, the corporate chat portals
// Knowleful Chat and Maison AI Basic), an AI article writer (AIライターさん), an AI contract checker (Lawfree), AI coding
// and development-automation services (Codens, EnhanceAGI), a marketing AI platform (Cascade), an AI voice dashboard
// (RECORiS), an AI transcription API (Kufuri), real-time AI meeting translation (Overtone), AI image services
// (sinapusu.ai, AI Pioneers), a Japanese Claude-style chatbot (aiclaude.jp), the AI character chat AI lain, an API relay to
// upstream models run from Japan (OneMake Relay) and an MCP server for AI agents (AutonoMath). From Korea: the corporate
// multi-model portal WorksAI, AI companions and character chats (aira, AILIKE.ME, AIRem, Kotoro, K-Chat for Korean
// learners), AI saju reports (명감재), an AI product-review writer (딸깍리뷰), an AI web-novel writer (Seosa), AI image
// generators (ColorTone, ImageFactory, IFFFAI), an AI idol-likeness test, and a browser meeting recorder (VORA).
//
// Leads. 52 look-ups in the stored `pages` corpus: first in Japanese and Korean, worded the way vendors word 利用規約,
// プライバシーポリシー, 이용약관 and 개인정보처리방침 by product kind (法人向け生成AI, AI議事録, 記事作成AI, AI占い, AIチャットボット,
// AI英会話, 契約書レビュー, AI文字起こし, 補助金申請, 介護記録; 생성형 AI 플랫폼, AI 회의록, 자기소개서, 사주, 번역, 상세페이지,
// 면접, 블로그 자동 작성, 법률 상담, 동화책, 프로필 사진, 작명, 수학 풀이, 개인정보 국외 이전), which mostly returned tools
// already listed and articles; then in English, worded the way Japanese and Korean vendors word the English copies of
// their terms and privacy policies ("governed by the laws of Japan", "Personal Information Protection Act", "laws of
// the Republic of Korea", "Act on the Protection of Personal Information"), which found most of the rows below. Every
// row cites a page with a path on the product's own host (for AI Pioneers its lp. subdomain; for Knowleful Chat its help
// centre) that says in the vendor's words that the product answers, writes, transcribes, translates or generates with
// AI, a named model or an AI provider. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in
// data/ first. Already listed and left to their entries: Talk to Nobunaga, Smart書記, Telelogger, 지음AI, INVIAI, Konan
// LLM, DEFINES, AiKINO, Atlo, AI AutoBlog, JobSecretary, AI占いアイ, aiAstro, Kaica AI, PostDrafter, NeoTutor, Axcxept's AI
// 英会話, SpeakL, オフィスの知恵子さん, ナビチャット, allibee, Newking, AI-Photo Pro, AmiVoice API, Memory Cloud, wrtn,
// Upstage, KOTORI, amptalk, AI Sakura-san, AI店長のおすすめ, Veo Video, BotGo and AI Character Generator. Subdomains
// claimed alone, with their parents as traps: ai.anique.jp (AI lain; Anique sells anime content), relay.onemake.dev and
// vora.vibed-lab.com (studio hosts with other projects); Sugures is the prefix www.albert2005.co.jp/sugures on ALBERT's
// company site. K-Chat's terms and privacy policy sit at the root of guardbot.co.kr, which is claimed whole.
//
// Measured with /work/helpers/classify-hosts.mts on the 317 hosts the searches returned (vendors, articles, news,
// stores and shared hosts alike): 40 classified before (12.6%), 75 (23.7%) after.
//
// Left out. A template with a placeholder date (qxai.app, "Last Updated: XX XX, 2024"); plain-http pages
// (skycheonwon.com's AI fortune terms, entre-s.com's 社長代理 terms, ai-uranai.jp, english-p.net); a tracking-style
// `?p=` page only (myoho-g.co.jp's DaiMBOW policy); pages that never say the product uses AI (youyaku3.com's 要約さん
// terms, koriai.com, loveydovey.ai, tkita.ai, hojokin-kensaku.jp, telelogger-like meeting tools such as flegrowth.co.jp's
// 書きあげクン trial, teamlog.hearing-lab.jp, infinity-transcribe.com, translation front ends of Google's API on
// touchizen.com and translator-pro.sapsaldog.com, saju sites sinsatalk.com, fortunecookie.kr, palja.xyz, realtarot.kr,
// mourax.net, aigenry.com's policy); phone-only apps (MomoCall on momocall.kr, AI StoryLine on playtag.ai, StudyLess,
// AutoCamera, KoPhoto on kortress.com, junmei.app, きゃらとーく, and, as earlier passes decided, mimilog.im and the LINE bot
// ai-chatchan.com); taxpersoft.com, whose AI blog program may be one of several (as the c17 and c18 passes also said);
// general products with an AI feature (microCMS's AI terms, Submit!'s AI agreement, STORES' inquiry AI, OBC's AI
// guideline, NTT's support-site assistant, the restaurant-startup app, Bluetec's AI file box, photoAC's AI photos,
// Photo Widget's AI painting, OppaLang's Virtual Tutor, Dropshot Stock's AI Studio, 文賢's AI assist, keyfred.com,
// tokoseki.com); a reseller's copy of うちのAI's terms (setunet.com) and a mixed SaaS-plus-contracting page
// (aroza-inc.com's ChatPivot); an AI image gallery rather than a tool (aibeauty.art); data APIs that only feed AI
// (jpcite.com); pages whose operator or region is unclear (anyaneko.com, hivelink.info, summetai.com, whatisyourname.net,
// thinkchan.com, whose terms name PhotoMe.kr); vendors seen only on their blogs, news posts or a third party's copy of
// their terms (seowriter360.com, myeonginai.kr, blog.vora.im, ailex.co.jp's news post, netscape.co.jp's copy of AI司法
// ジャスティ・アイ); studio pages for single projects (silmaril.io's TenX); and shared platforms (pages.dev, vercel.app,
// netlify.app, web.app, run.app, notion.site, notion.so, github.io, wraptas.site, cloudfront.net).
//
// Later: the twentieth session's lifestyle pass listed skycheonwon.com from its terms over https; its trap here was
// dropped then.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const regionalC19JpkrTools: Tool[] = defineTools(
  'chat',
  [
    // --- Japan: chat assistants, corporate AI portals and customer-support bots ---
    { id: 'onebot-cloud', name: 'OneBot', vendor: 'OneBot', domains: ['onebot.cloud'], region: 'japan', source: 'https://onebot.cloud/terms' }, // terms: a RAG AI chatbot that learns a customer's FAQs and manuals and answers on websites and LINE Official Accounts
    { id: 'sugures-albert', name: 'Sugures (スグレス)', vendor: 'ALBERT Inc.', urlPrefixes: ['www.albert2005.co.jp/sugures'], region: 'japan', source: 'https://www.albert2005.co.jp/sugures/policy_en/' }, // terms page headed "AI・高性能チャットボット": ALBERT's chatbot for websites, LINE and LINE WORKS
    { id: 'ai-sebas', name: 'AI Sebas', vendor: 'AI Sebas', domains: ['aisebas.com'], region: 'japan', source: 'https://www.aisebas.com/tos' }, // terms: an AI conversation service run as a Slack bot on OpenAI's GPT API, under Japanese law
    { id: 'knowleful-chat', name: 'Knowleful Chat (ナレフルチャット)', vendor: 'Knowleful', domains: ['knowleful.jp'], region: 'japan', source: 'https://help.knowleful.jp/hc/ja/articles/5002080308894' }, // help (Japanese): inputs to Knowleful Chat are kept out of training for every AI model it offers (OpenAI, Anthropic, Google, xAI, Perplexity)
    { id: 'maison-ai-basic', name: 'Maison AI Basic', vendor: 'OpenFashion Inc.', domains: ['maisonai.io'], region: 'japan', source: 'https://maisonai.io/en/pages/terms-of-use' }, // terms: a cloud-based generative AI utilisation support service
    { id: 'aiclaude-jp', name: 'AIClaude.jp', vendor: 'aiclaude.jp', domains: ['aiclaude.jp'], region: 'japan', source: 'https://aiclaude.jp/privacy-policy' }, // privacy (Japanese): an AI chatbot designed for Japanese-speaking users; collects its inputs and outputs
    { id: 'ai-lain-anique', name: 'AI lain', vendor: 'Anique Inc.', domains: ['ai.anique.jp'], region: 'japan', source: 'https://ai.anique.jp/en/terms' }, // terms: chat with an AI character from serial experiments lain, answered through the ChatGPT API in text and voice

    // --- Japan: writing, legal, coding and marketing ---
    { id: 'ai-writer-san', name: 'AIライターさん (AI Writer-san)', vendor: 'Aidma Holdings', category: 'writing', domains: ['ai-writersan.jp'], region: 'japan', source: 'https://ai-writersan.jp/term.html' }, // terms: an AI-powered article-writing service
    { id: 'lawfree-ai', name: 'Lawfree', vendor: 'Law and AI Institute', category: 'other', domains: ['lawfree.ai'], region: 'japan', source: 'https://www.lawfree.ai/terms' }, // terms (Japanese): a contract checker that uses AI to analyse uploaded contracts for legal issues and risks
    { id: 'codens-ai', name: 'Codens', vendor: 'Codens', category: 'coding', domains: ['codens.ai'], region: 'japan', source: 'https://www.codens.ai/en/terms.html' }, // terms: AI development automation services (Red, Blue, Green and Yellow Codens)
    { id: 'enhanceagi', name: 'EnhanceAGI', vendor: 'SOPPRA Digital transformation Co., Ltd.', category: 'coding', domains: ['enhanceagi.ai'], region: 'japan', source: 'https://www.enhanceagi.ai/en/terms/' }, // terms: users supply design documents and receive automatically generated program code
    { id: 'cascade-marketing-ai', name: 'Cascade marketing AI platform', vendor: 'Cascade Corporation', category: 'writing', domains: ['cascaded.ai'], region: 'japan', source: 'https://cascaded.ai/en/terms' }, // terms: a marketing AI platform, sold with marketing consulting
    { id: 'autonomath', name: 'AutonoMath', vendor: 'Bookyou Inc.', category: 'agents', domains: ['autonomath.ai'], region: 'japan', source: 'https://autonomath.ai/en/tos' }, // terms: a Japanese public-program information API and MCP server for AI agents; defines the LLM-generated AI Output some functions return

    // --- Japan: meetings, transcription, translation, images and APIs ---
    { id: 'recoris', name: 'RECORiS', vendor: 'TIL Inc.', category: 'meeting', domains: ['recoris.jp'], region: 'japan', source: 'https://recoris.jp/en/agreement/' }, // terms: the "AI Powered Voice Dashboard" RECORiS
    { id: 'kufuri', name: 'Kufuri', vendor: 'Kufuri', category: 'meeting', domains: ['kufuri.com'], region: 'japan', source: 'https://kufuri.com/en/privacy' }, // privacy: AI-powered audio transcription and structured data, offered to external services and AI agents through an API
    { id: 'overtone-translate', name: 'Overtone', vendor: 'Keiichi Washio (Overtone)', category: 'translation', domains: ['overtone-translate.com'], region: 'japan', source: 'https://overtone-translate.com/terms.html' }, // terms (Japanese/English): a web tool that translates web-meeting audio in real time using AI
    { id: 'sinapusu-ai', name: 'sinapusu.ai', vendor: 'Kaito Sawada', category: 'image', domains: ['sinapusu.ai'], region: 'japan', source: 'https://www.sinapusu.ai/privacy-policy' }, // privacy: uploaded images and prompts are forwarded to external AI image processing and generation APIs
    { id: 'ai-pioneers-asia', name: 'AI Pioneers', vendor: 'AI Pioneers', category: 'image', domains: ['ai-pioneers.asia'], region: 'japan', source: 'https://lp.ai-pioneers.asia/term-of-use' }, // terms: a service for users in Japan that takes input data for image AI generation and returns AI output content
    { id: 'onemake-relay', name: 'OneMake Relay', vendor: 'OneMake', category: 'developer-platform', domains: ['relay.onemake.dev'], region: 'japan', source: 'https://relay.onemake.dev/en/privacy/' }, // privacy: an API relay that forwards request bodies to upstream models (Anthropic, OpenAI, Google), data kept on servers in Japan

    // --- Korea: corporate AI portal, companions and character chat ---
    { id: 'wrks-ai', name: 'WorksAI (웍스AI)', vendor: 'WorksAI', domains: ['wrks.ai'], region: 'korea', source: 'https://docs.wrks.ai/policies/model-providers-policies' }, // docs (Korean): the models WorksAI offers (OpenAI, Gemini, Claude, Solar, Perplexity) and each provider's data policy
    { id: 'aira-orcaai', name: 'aira (OrcaAI)', vendor: 'OrcaAI Inc.', domains: ['orca-ai.site'], region: 'korea', source: 'https://orca-ai.site/privacy-en.html' }, // privacy: processes users' conversations to run and improve its AI conversation algorithms, under Korea's PIPA
    { id: 'ailike-me', name: 'AILIKE.ME', vendor: 'AILIKE.ME Inc.', domains: ['ailike.me'], region: 'korea', source: 'https://chat.ailike.me/privacy_en' }, // privacy: AI chatbot services that converse with users on the web and in messenger apps
    { id: 'airem-ai', name: 'AIRem', vendor: 'AIRem', domains: ['airem.ai'], region: 'korea', source: 'https://airem.ai/privacy-en.html' }, // privacy: chat messages processed to generate AI responses, with structured memory, calendar and Live2D models; Kakao and Naver sign-in
    { id: 'kotoro-click', name: 'Kotoro', vendor: 'Junseo Ko', domains: ['kotoro.click'], region: 'korea', source: 'https://kotoro.click/privacy' }, // privacy: a cat-friend browser companion that sends part of the current page to its server to generate chat answers; logs on AWS in Korea
    { id: 'k-chat-guardbot', name: 'K-Chat (케이챗)', vendor: 'K-Chat', domains: ['guardbot.co.kr'], region: 'korea', source: 'https://guardbot.co.kr/agreement' }, // terms: Korean-language learning through AI character chat and real-time voice conversation (Gemini API, per its privacy policy)

    // --- Korea: writing, fortune, images and meetings ---
    { id: 'clickreview-live', name: '딸깍리뷰 (Ttalkkak Review)', vendor: 'Pumeo Creative', category: 'writing', domains: ['clickreview.live'], region: 'korea', source: 'https://www.clickreview.live/terms' }, // terms (Korean): an AI-based service that generates product reviews from uploaded shopping-mall product pages
    { id: 'seosa-ink', name: 'Seosa', vendor: 'Seosa', category: 'writing', domains: ['seosa.ink'], region: 'korea', source: 'https://seosa.ink/en/terms' }, // terms: AI-based web-novel writing tools (generation, editing, quality review) paid in credits
    { id: 'myeongam', name: '명감재 (Myeongamjae)', vendor: 'Geekdive Inc.', category: 'other', domains: ['myeongam.com'], region: 'korea', source: 'https://myeongam.com/terms' }, // terms (Korean): saju, compatibility and fortune reports provided on an AI basis
    { id: 'colortone-kr', name: 'ColorTone', vendor: 'ColorTone', category: 'image', domains: ['colortone.kr'], region: 'korea', source: 'https://colortone.kr/terms_of_service_en' }, // terms: AI image and video analysis and generation services paid in credits
    { id: 'imagefactory-kr', name: 'ImageFactory', vendor: 'MJ Studio', category: 'image', domains: ['imagefactory.co.kr'], region: 'korea', source: 'https://imagefactory.co.kr/terms' }, // terms: an AI image generation platform paid in points
    { id: 'ifffai', name: 'IFFFAI', vendor: '72dot', category: 'image', domains: ['ifffai.com'], region: 'korea', source: 'https://ifffai.com/en/terms-of-use' }, // terms: generative AI-based content services run by 72dot under Korean law
    { id: 'myidolface', name: 'Idol Face Test (아이돌상 테스트)', vendor: 'myidolface.win', category: 'image', domains: ['myidolface.win'], region: 'korea', source: 'https://myidolface.win/privacy.html' }, // privacy (Korean): AI face analysis of an uploaded photo for likeness to K-pop idols, run in the browser
    { id: 'vora-vibed-lab', name: 'VORA', vendor: 'Vibed Lab', category: 'meeting', domains: ['vora.vibed-lab.com'], region: 'korea', source: 'https://vora.vibed-lab.com/terms_ko.html' }, // terms (Korean): browser-based speech recognition and AI analysis of meetings, sent to Google Gemini with the user's own API key
  ],
  { checked: CHECKED_C19 },
);
