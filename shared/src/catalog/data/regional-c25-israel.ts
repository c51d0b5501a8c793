// Twenty-fifth session, regional pass for Israel (2026-12-07, helper `israel`): AI products made in Israel or built
// mainly for Israeli and Hebrew-speaking users that no entry claimed yet, beside the Middle-East passes
// (data/regional-c18-mea.ts, data/regional-c19-mea2.ts, data/regional-c21-mea3.ts, data/regional-c24-mea4.ts), whose
// rows are not repeated here. The rows take the 'middle-east' region, as those passes give their Israeli rows.
// Here: an AI voice-notes app (Memoth); an AI video and creative generator for advertisers (Wider, by HyperAd); AI
// chat widgets and AI agents for businesses on the web, the phone and WhatsApp (IncrediChat, Callex, iTeam AI); an AI
// operations system for venture funds (Ventos); an AI proofreading and source-checking Word add-in for Hebrew Torah
// texts (Mugah); AI English tutors on video (Tospeak); AI nutrition and workout coaches (SmartEat, Tovora); an AI CV
// reviewer (Tech CV Feedback); AI song creation (SpeakHit); deep-learning malware prevention (Deep Instinct); AI
// disinformation and fake-profile detection (Cyabra); an LLM agent platform built on Parlant (Emcie); and AI inspection
// of electrical schematics (Cady).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries in English naming Israeli
// company forms, places and laws ("Ltd." with Tel Aviv, Herzliya, Ramat Gan, Petah Tikva, Jerusalem; the Protection of
// Privacy Law 5741-1981 and Amendment 13; "governed by the laws of the State of Israel"; "company organized under the
// laws of Israel"; ח.פ) beside AI kinds (meeting notes, video and avatars, WhatsApp sales agents, support chatbots,
// voice agents, legal, medical documents, e-commerce, security, recruiting, marketing, dubbing, Torah texts,
// bookkeeping, real estate, fitness and nutrition, teachers' tools, CV builders, insurance, English tutors, Hebrew
// text-to-speech, personal assistants, coding), one Hebrew query (מדיניות פרטיות / בינה מלאכותית / בע"מ), and six
// queries naming known Israeli AI companies (Deep Instinct, Cyabra, Tomato.ai, Fetcherr, Buildots, Zenity). The Hebrew
// query returned Arabic and Hebrew news about OpenAI only; the teachers', Torah, insurance and real-estate queries
// returned news, law firms and ministry pages; the English Ltd./Amendment-13 queries returned mostly vendors that the
// mea passes already list (Lingrow, Tamloot, ZeKol, Lametapel, Aiyelet, WhaleBiz, Redbo, Avatarli, Emilia AI Studio,
// MarketLed, Velut.ai, iAmAI, Winn.ai, TeachBack) and a few new ones, below. The named-company queries found their own
// pages for Deep Instinct and Cyabra and only news for Tomato.ai, Fetcherr and Buildots. Every row cites a page with a
// path on the product's own host where the vendor says the product uses AI, deep learning, language models or a named
// model provider (OpenAI, Anthropic's Claude, Google Gemini). Hosts were run through /work/helpers/classify-hosts.mts,
// names grepped in data/ and the other helpers' c25 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 248 hosts the searches returned (vendors, news, law firms,
// ministries, agencies, blogs and shared hosts alike, in /work/helpers/out/israel-hosts.txt): 32 classified before
// (12.9%), 48 after (19.4%).
//
// Already listed and left to their entries: Lingrow, Tamloot, ZeKol, Lametapel, Aiyelet, WhaleBiz, Redbo, JajaHelper,
// Avatarli, Emilia AI Studio (ai.emilia.digital), MarketLed, Velut.ai, iAmAI, Winn.ai, TeachBack, AI Test Prep Academy,
// Baba (news.itsbaba.com), Scrine, Yotzer (yotzer.app, listed by the c17 euro pass) and the Shopify description apps
// met (Selfspark, DescribeAI).
//
// Doubtful rows: Emcie's terms and Cady's terms name "Emcie Co Ltd." and "Cady Solutions Ltd." without saying where
// they are registered; both are counted as Israeli from what is publicly known of the companies, a judgement. Tovora
// and Tech CV Feedback are run by individuals (a Ra'anana operator with a Gmail contact; a developer "based in Israel");
// SmartEat's policy has been published under two owners (Artyom Levitt, then NSL Nutrition), and its AI use is the
// OpenAI-driven insights it names among its processors. iTeam AI is read from its own llms-full.txt, a vendor-written
// description on its host that names the Jerusalem licensed business behind it. Deep Instinct is read from its own
// explainer of how its deep-learning "brain" is trained and deployed as an agent. Mugah's Word add-in guide was left
// out by the mea2 pass because it did not say AI; its terms, cited here, say the add-in is AI-powered and uses
// third-party AI models (the trap on www.mugah.co/user-guide.html in lookalikes-c19-mea2.test.ts is dropped with a note
// there). Wider's terms are HyperAd Ltd.'s; the product is named from its host.
//
// Left out. `?p=` pages: gentrix.ai (as before), cyabra.com/?p=14559 (its blog page is cited instead). Placeholders and
// drafts: gotcha.co.il and matajir-ai.com (as before), pixelai.co.il ("[Legal Entity Name]"), oramed.co
// ("[OPERATOR_NAME]", a Hebrew AI-meditation service: a lead once completed), babel.works (Hakol Sound's live
// translation, "[to be inserted by counsel]"), voiceops.net ("[Company Name]" DRAFT), cashbonit.com (an AI agent that
// collects Israeli freelancers' invoices, marked a draft pending legal review: a lead), ganeshbrain.com (ganesh AI
// Ltd.'s clinic-agent DPA marked a draft), kaps.co.il and getkaps.com (templated "this service." terms, as before),
// judaro.com (a pre-launch legal skills pack, as before). Pages that do not say the
// product uses AI: salestor.ai and legaltech.systems (as before), about.law-mate.com (LawMate's terms speak of system
// output only: a lead), pandocs.co.il (medical-document analysis described as "advanced technology" and automation:
// a lead), devly.ai (Firmbase Ltd.'s terms), docslm.com and boten.biz (as before), info.co.il, textvoice.net,
// answerbot.info, mynextworker.com, resumaker.ai, mitkadem.com (AI only in the AI-Esthetic name), lifetec.co.il,
// healthy4u.world, atidot.com ("proprietary algorithm"), autobrains.ai's candidate notice, israel.propdo.ai's Hebrew
// terms, gizbarit.biz, invodrive.com, immoisrael.com, proper.ithoot.com, heyday.io, core8.co, devtodev.com,
// nemodata.ai, tryagentsonic.com. General products where AI is one feature: allbatim.com (a real-estate portal with an
// AI Studio), app.retail-media.co.il (as before), glassix.com (omnichannel messaging), shop-ai.app (a store builder,
// as before). AI-security layers that are not AI tools themselves, as the c16 agents pass decided: docs.zenity.io and
// docs-next.us1.zenity.io (Zenity). Vendors seen only in news or third-party pages: Tomato.ai, Fetcherr, Buildots,
// Speak (language assessments), Sefaria's AI, MosesAI, a2rag.ai (its policy sits on a2rag-core.pages.dev). Not shown
// to be Israeli: thenvoi.com (Thenvoi AI Ltd.'s AI communication platform: a lead), webgpt.com (A.M.T.H Digital Ltd),
// photolab-ai.com and its Google Sites copy (Photo Lab AL Ltd.'s AI apps), agent-eq.com (an English company's Hebrew
// policy), chattyhiring.com, recruitabilityai.com, offered-jobs.com, whyapp.us, tonecoach.app, hellocode.ai,
// safecodehq.com, chatcode.co, speechora.io, aloudtext.com (Lithuanian), generateaudio.net, dubbstudio.com, t1dub.tech,
// multivoice.ai (Cypriot), allcall.ai, rozgarwise.com, reslift.io. Agencies, law firms, portfolios and directories:
// argm.co.il (an agency's own WhatsApp agent), dev-web.committed-digital.com, ai-lawyer.co.il, aigrc.app,
// chenraccah.com, skills.sh, skillmds.dev, dev.agentskills.co.il, claudskills.com, barlaw.co.il, elyashivlaw.co.il,
// ebnlaw.co.il. Shared platforms: sentinel-automations.pages.dev (Gibby), amiramprep-app.netlify.app,
// alpha-theory.vercel.app, invoice-finder-website.pages.dev, golden-piroshki-874ba7.netlify.app, kalai-site.pages.dev,
// reshimati.pages.dev, a2rag-core.pages.dev, orkurtz.github.io, wooden-stork-8e7.notion.site,
// ai-voiceover-three.vercel.app, meeting-note-production.up.railway.app, autodub.serfaty.site.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const regionalC25IsraelTools: Tool[] = defineTools(
  'other',
  [
    // --- notes, video and creative ---
    { id: 'memoth', name: 'Memoth', vendor: 'Artlink Live Ltd.', category: 'meeting', domains: ['memoth.com'], source: 'https://memoth.com/privacy-policy' }, // privacy: an AI-powered voice-notes app of a company registered in Israel; transcripts, summaries, action items and speaker labels are generated by AI
    { id: 'wider-hyperad', name: 'Wider', vendor: 'HyperAd Ltd.', category: 'video', domains: ['wider.io'], source: 'https://wider.io/terms-and-conditions' }, // terms (HyperAd Ltd., Rothschild 45, Tel Aviv): an AI-powered platform for video and creative generation, editing, localisation and resizing of ads
    { id: 'speakhit', name: 'SpeakHit', vendor: 'SpeakHit (Lev K.)', category: 'audio', domains: ['speakhit.app'], source: 'https://speakhit.app/terms' }, // terms (Tel Aviv, Israeli Consumer Protection Law refunds): an AI-powered service that writes lyrics and composes songs from voice or text with AI models
    // --- business agents and chat ---
    { id: 'incredichat', name: 'IncrediChat', vendor: 'MenuWays Ltd.', category: 'agents', domains: ['incredichat.com'], source: 'https://www.incredichat.com/Home/Terms' }, // terms (MenuWays Ltd., registered in Israel): AI-powered chat widgets that talk to website visitors by text and voice, with a RAG knowledge base
    { id: 'callex-voice-agents', name: 'Callex', vendor: 'Callex Ltd.', category: 'agents', domains: ['callex.co.il'], source: 'https://www.callex.co.il/privacy' }, // privacy (a company registered in Israel): AI-powered voice agents that take and place businesses' calls, recorded and transcribed, with internal model training
    { id: 'iteam-ai', name: 'iTeam AI', vendor: 'Goldberg Yitzhak (iTeam AI)', category: 'agents', domains: ['iteamai.com'], source: 'https://www.iteamai.com/llms-full.txt' }, // the vendor's own long description: Hebrew-speaking WhatsApp AI agents for Israeli small businesses, run by a Jerusalem licensed business
    { id: 'ventos-agents', name: 'Ventos', vendor: 'Ventos Agents Ltd.', category: 'agents', domains: ['ventos.vc'], source: 'https://ventos.vc/dpa/' }, // data-processing addendum (a company organised under the laws of Israel): a software-as-a-service AI operations system for venture-capital funds
    { id: 'emcie', name: 'Emcie', vendor: 'Emcie Co Ltd.', category: 'developer-platform', domains: ['emcie.co'], source: 'https://docs.emcie.co/page/terms-of-service' }, // terms: a SaaS platform on top of the Parlant solution that optimises results with large and small language models, with separate AI terms
    // --- writing, study and careers ---
    { id: 'mugah', name: 'Mugah', vendor: 'Mugah', category: 'writing', domains: ['mugah.co'], source: 'https://www.mugah.co/terms.html' }, // terms (English and Hebrew): an AI-powered Word add-in for proofreading, citation checking and Torah source search in Hebrew documents, using third-party AI models
    { id: 'tospeak', name: 'Tospeak', vendor: 'Vontix Daniel Ltd.', category: 'chat', domains: ['tospeak.ai'], source: 'https://tospeak.ai/terms' }, // terms (Ashdod, Israeli Consumer Protection Law): English practice in real-time video calls with AI tutors whose replies come from Anthropic's Claude
    { id: 'tech-cv-feedback', name: 'Tech CV Feedback', vendor: 'Avi Lewis', category: 'productivity', domains: ['tech-cv.com'], source: 'https://tech-cv.com/privacy.html' }, // privacy (operator based in Israel): an AI-powered resume analysis that rewrites the CV and suggests mock-interview questions
    // --- health and nutrition ---
    { id: 'smarteat-nutrition', name: 'SmartEat', vendor: 'NSL Nutrition', domains: ['smarteat.co'], source: 'https://smarteat.co/privacy' }, // privacy (Israel's Protection of Privacy Law): a nutrition app that names OpenAI as the processor for its AI-driven insights
    { id: 'tovora', name: 'Tovora', vendor: 'Idan Amar', domains: ['tovora.app'], source: 'https://tovora.app/privacy' }, // privacy (Hebrew, Ra'anana): an AI-based nutrition and workout tracker whose food photos and voice chats with the AI coach are analysed by Google Gemini
    // --- security, trust and engineering ---
    { id: 'deep-instinct', name: 'Deep Instinct', vendor: 'Deep Instinct Ltd.', domains: ['deepinstinct.com'], source: 'https://www.deepinstinct.com/what-is-deep-learning/' }, // vendor explainer: malware prevention by a deep neural network trained on labelled files and shipped to devices as a prediction agent
    { id: 'cyabra', name: 'Cyabra', vendor: 'Cyabra', domains: ['cyabra.com'], source: 'https://cyabra.com/blog/vaccine-disinformation-report-2020' }, // vendor report: Cyabra's AI-based solution scanned social-media profiles and found fake accounts and disinformation communities
    { id: 'cady-solutions', name: 'Cady', vendor: 'Cady Solutions Ltd.', domains: ['cadysolutions.com'], source: 'https://app.cadysolutions.com/terms' }, // terms: an AI-driven solution that automates parts of the inspection of electrical circuit schematics, for businesses
  ],
  { checked: CHECKED_C25, region: 'middle-east' },
);
