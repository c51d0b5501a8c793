// Twentieth session, regional pass for Korea (2026-12-07, helper `korea`): AI services sold by Korean companies that the
// catalog still missed, beside the twelfth session's Korea AI Map pass (data/regional-c12-korea.ts), the nineteenth
// session's Japan and Korea pass (data/regional-c19-jpkr.ts) and the Korean rows of the sixth session's terms pass
// (data/regional-c6-terms.ts), whose rows are not repeated here. Here: a corporate LLM chat and chatbot builder
// (FactChat), AI document knowledge bases (AlphaJo, inline AI), voice AI for speech recognition, voice conversion and
// AI-music identification (Puzzle AI, VOLI, MuCheck), an AI English coach for meetings (Smooth AI), AI legal tools
// (Lawmadi, MeshLaw), paid neural machine translation (Papago Plus), AI video and avatar makers (AiVATAR, TTV A.I, Aico,
// adobaRo), AI content conversion for books (BookAR), AI wedding photos (Arrrda Studio), AI conversation tutors and
// Korean-culture chatbots (Mate, SUDA, Ringuage) and an AI-client training platform for mental-health diagnosis (PSYDA).
//
// Leads. 38 look-ups in the stored `pages` corpus: first in Korean, worded the way Korean vendors word 이용약관 and
// 개인정보처리방침 (개인정보 국외 이전 OpenAI/Anthropic, 생성형 AI 결과물, AI 회의록, 자기소개서, 면접, 세무, 튜터,
// 이미지 생성, 받아쓰기), which returned mostly news on OpenAI's own Korean policy, articles and tools already listed;
// then in English, worded the way Korean vendors word the English copies of their terms ("Article 1 (Purpose)",
// "Co., Ltd.", "Member", "Act on the Consumer Protection in Electronic Commerce", "Personal Information Protection
// Act") by product kind (meeting notes, chatbots, translation, images and video, tutors, legal, voice, music,
// recruiting, counselling, enterprise AI, commerce), which found most of the rows below. Every row cites a page with a
// path on the product's own host (for inline AI its help centre; for BookAR the stg-fe. copy of its terms on
// bookar.ai) that says in the vendor's words that the product chats, answers, transcribes, translates, converts,
// identifies, coaches or generates with AI, an LLM, an artificial-intelligence model or neural machine translation.
// Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 221 hosts the searches returned (vendors, articles, patents,
// clinics, mirrors and shared hosts alike, in /work/helpers/out/korea-hosts.txt): 31 classified before (14.0%),
// 52 (23.5%) after.
//
// Already listed and left to their entries: 지음AI, INVIAI, DEFINES, JobSecretary, VORA, Perso AI (whose older
// info.perso.est.ai policy host was met and not added), Newking, K-Chat, IFFFAI, aira, AI-Photo Pro, NanoNside,
// RoomInCube, frony.ai, i-Bot, Konan LLM, Upstage, Daehwa AI, Summet, Cutback, MusicMaker.IM, HeyJob, WABot AI, VITO
// (Return Zero's STT; Aico is the same company's separate video editor and gets its own row), Claude and tl;dv.
// Two names sit beside existing entries of other companies, different makers, both kept: AiVATAR (AIPARK, aivatar.ai)
// beside AIVatar (aivatarapp.com), and Smooth AI (Frictionless, trysmooth.ai) beside Smooth (smooth.sh, an agent
// startup). The Waynehills Ventures site is claimed whole because its terms, at the site's root,
// are those of the company's TTV A.I text-to-video service; psyda.ebpkorea.com is claimed alone (its parent is EBP Korea's
// site). MeshLaw's terms name the AI assistant and drafting as the core of a legal workspace on its own .ai host.
//
// Left out. News, blogs, columns, papers, patents and the big vendors' own Korean pages (the large majority of hosts
// met); shared platforms (vercel.app, pages.dev, notion.site, github.io, web.app, oopy.io, slashpage.com); pages that
// do not say the product uses AI (deepnote.ai's and tkita.ai's meeting-notes terms and airepoto.com's RSUPPORT terms,
// which describe minutes without naming AI; loveydovey.ai's terms; chatgee.ai's terms; koriai.com's terms;
// translator-pro.sapsaldog.com; munchskill.com; viiv.app; llmcapsule.ai's on-premises terms, which name the product
// only); general products or sites whose AI is one feature (keyfred.com's keyboard, taxpersoft.com's program, as
// earlier passes decided; RSUPPORT, MegaZone, the Redbrick site, LeanCOO, freeshell.co.kr, OppaLang's Virtual Tutor
// policy, Supercoder's AI-interviewer terms on a hiring platform, soricue.com's dictation app whose terms only say it
// may offer AI-based workflows, the Semore K-bundle shop, clinic sites with an AI booking chatbot, LINE's Super Mates,
// Gooroomee's Hello MoJee guide); off-region or unclear-region pages (marketingstudios.ai, firstage.ai, clickblog.net,
// silmaril.io's TenX, wabotai.com, touchizen.com's DaTrans, which uses Google Cloud Translation); and mimilog.im, which
// earlier passes left out as store-only.
//
// Listed since: LLM Capsule (llmcapsule.ai), by the twenty-first session's leads pass (long-tail-c21-leads.ts), from
// pages on the vendors' own hosts; the traps this pass's test set on them were dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const regionalC20KoreaTools: Tool[] = defineTools(
  'chat',
  [
    // --- Korea: corporate AI chat, knowledge bases and legal AI ---
    { id: 'factchat-mindlogic', name: 'FactChat', vendor: 'Mindlogic, Inc.', domains: ['factchat.bot'], source: 'https://factchat.bot/en/factchat/legal/terms' }, // terms: lets an organisation's users chat with an LLM, build chatbots and offer them to the public
    { id: 'alphajo-ai', name: 'AlphaJo', vendor: 'AlphaJo (Hanjun Cho)', category: 'productivity', domains: ['alphajo.ai'], source: 'https://alphajo.ai/terms' }, // terms: an AI-powered document knowledge management SaaS with AI analysis, AI-generated knowledge bases and AI chat
    { id: 'inline-ai', name: 'inline AI', vendor: 'inline AI', category: 'productivity', domains: ['inline-ai.com'], source: 'https://help.inline-ai.com/ko/articles/2014534-inline-aiga-deiteo-boaneul-jikineun-bangbeob' }, // help (Korean): an AI service that answers from the user's own documents with RAG and does not train on them
    { id: 'lawmadi', name: 'Lawmadi OS', vendor: 'Lawmadi OS', domains: ['lawmadi.com'], source: 'https://lawmadi.com/terms-en' }, // terms: an AI legal information service whose AI leaders search and organise Korean law, beside an attorney search
    { id: 'meshlaw-ai', name: 'MeshLaw', vendor: 'MeshLaw', category: 'other', domains: ['meshlaw.ai'], source: 'https://meshlaw.ai/en/legal/terms' }, // terms: a legal workspace whose service includes the AI assistant and document drafting

    // --- Korea: voice, meetings, translation and music ---
    { id: 'puzzle-ai-voice', name: 'Puzzle AI Voice AI', vendor: 'Puzzle AI Co., Ltd.', category: 'audio', domains: ['puzzle-ai.com'], source: 'https://puzzle-ai.com/terms' }, // terms: a Voice AI Service whose engine is an artificial intelligence model that turns voice data into text
    { id: 'smooth-ai-frictionless', name: 'Smooth AI', vendor: 'Frictionless Inc.', category: 'meeting', domains: ['trysmooth.ai'], source: 'https://www.trysmooth.ai/en/terms-of-service' }, // terms: an AI-powered English coaching service with real-time meeting translation, summaries and feedback
    { id: 'papago-plus', name: 'Papago Plus', vendor: 'NAVER Cloud', category: 'translation', domains: ['papago-plus.com'], source: 'https://papago-plus.com/service-policy?lang=en' }, // terms: the paid neural machine translation service developed by NAVER Cloud
    { id: 'voli-wavedeck', name: 'VOLI', vendor: 'waveDeck Corp.', category: 'audio', domains: ['voli.ai'], source: 'https://voli.ai/en/terms/service' }, // terms: voice conversion and text-to-speech generation using AI technology
    { id: 'mucheck-mippia', name: 'MuCheck', vendor: 'MIPPIA Inc.', category: 'audio', domains: ['mucheck.app'], source: 'https://mucheck.app/ja/terms' }, // terms: an AI music identification solution whose results include AI-model identification and LLM interpretation messages

    // --- Korea: video, avatars, images and content conversion ---
    { id: 'aivatar-aipark', name: 'AiVATAR', vendor: 'AIPARK Co., Ltd.', category: 'video', domains: ['aivatar.ai'], source: 'https://aivatar.ai/en/terms' }, // terms: a text-based voice and video synthesis solution with digital humans, paid in credits
    { id: 'ttv-ai-waynehills', name: 'TTV A.I', vendor: 'Waynehills Ventures', category: 'video', domains: ['waynehills.co'], source: 'https://www.waynehills.co/terms' }, // terms: the TTV A.I online service that turns text into video
    { id: 'aico-returnzero', name: 'Aico', vendor: 'Return Zero (RTZR)', category: 'video', domains: ['aico.tv'], source: 'https://aico.tv/docs/287af735-076b-4c75-b334-3cf3d08369c6' }, // terms: a video editor with speech-recognition subtitles and text-to-speech through artificial intelligence
    { id: 'adobaro', name: 'adobaRo', vendor: 'adoba Corporation', category: 'video', domains: ['adobaro.com'], source: 'https://adobaro.com/TermsOfService.html' }, // terms: AI Agent-based localisation (translation, subtitles, dubbing) built on generative AI models
    { id: 'bookar-ai', name: 'BookAR', vendor: 'Artygenspace Co., Ltd.', category: 'other', domains: ['bookar.ai'], source: 'https://stg-fe.bookar.ai/policies/terms' }, // terms: AI-based content analysis, conversion and generation with an AR viewer, paid in credits
    { id: 'arrrda-studio', name: 'Arrrda Studio', vendor: '그로스파트너 (Growth Partner)', category: 'image', domains: ['arrrda.com'], source: 'https://www.arrrda.com/terms' }, // terms (Korean): AI-generated wedding photo shoots from uploaded photos, with mobile invitations and albums

    // --- Korea: AI tutors and conversation practice ---
    { id: 'mate-webtoon-today', name: 'Mate (Korean AI chat)', vendor: 'Webtoon Today Inc.', domains: ['koreanmate.app'], source: 'https://koreanmate.app/id/termsofuse' }, // terms: chat and video calls with Korean AI chatbots, an AI-based program that simulates Korean language and culture
    { id: 'suda-preek', name: 'SUDA', vendor: 'Preek AI Inc.', domains: ['sudatalk.app'], source: 'https://sudatalk.app/terms.en' }, // terms: voice conversation practice with AI, with real-time corrections and pronunciation assessment
    { id: 'ringuage', name: 'Ringuage', vendor: 'Stophobias, Inc.', domains: ['ringuage.com'], source: 'https://www.ringuage.com/en/terms' }, // terms: AI-based language learning by AI phone lessons run by generative or voice AI
    { id: 'psyda', name: 'PSYDA', vendor: 'PSYDA Inc.', domains: ['psyda.ebpkorea.com'], source: 'https://psyda.ebpkorea.com/en/legal/terms' }, // terms: a DSM-5 diagnosis learning platform whose sessions are diagnostic interviews with an AI client
  ],
  { region: 'korea', checked: CHECKED_C20 },
);
