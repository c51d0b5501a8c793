// Twenty-fourth session, regional pass for Central and Eastern Europe (2026-12-07, helper `easteu`): AI products made
// in Poland, Czechia, Slovakia, Hungary, Romania, Bulgaria, Croatia, Serbia, Slovenia, the Baltic states and Ukraine,
// or built mainly for their users, that no entry claimed yet. Here: AI for lawyers and compliance (LegalisAI's AI
// compliance drafts, Paktas' Lithuanian AI contract review, Avocatel.ro's Romanian legal answers on an LLM); AI phone
// agents (Hellobot of Katowice, Chiki.StudIO of Lithuania, Chetty of Czechia); business assistants and model access
// (Integral Tech's Estonian multi-model hub, the Hungarian Perk.hu chat and Skillbot, Mitigate's Latvian AI agent
// platform, ARHIASSISTANT of an Estonian OÜ, XPROFIT's AI consultation bot); a Slovenian AI maths tutor (Astra AI);
// Estonian patient-intake AI for family-doctor centres (LEIA on arstikeskus.ee); Hungarian speech-to-text (Régens'
// AIrite); a Polish AI assistant for e-shop owners (Boostra); and a Czech text service on OpenAI (Textomet). Three AI
// products met on the way lie outside the region and keep their own region: the clinical scribes MediScribe AI (South
// Africa) as africa and meda (Munich) as europe, and Concero AI's document chat, whose operator's country the page
// does not give, as global.
//
// Leads. 40 look-ups in the stored `pages` corpus, counted as they were made. First in the region's languages, worded
// the way vendors word their legal pages (polityka prywatności / regulamin with sp. z o.o., zásady ochrany osobních
// údajů and obchodní podmínky with s.r.o., podmienky používania, adatkezelési tájékoztató and ÁSZF with Kft., politica
// de confidențialitate and termeni și condiții with SRL, общи условия with ЕООД, uvjeti korištenja and uslovi
// korišćenja with d.o.o., pogoji uporabe, kasutustingimused with OÜ, naudojimo taisyklės with UAB, політика
// конфіденційності and умови використання with ТОВ / ФОП), by kind (medical transcription, legal assistants,
// accountants and KSeF, teachers, voicebots, Allegro and Shoptet product descriptions, meeting notes), then in English
// with the local company forms (sp. z o.o. and KRS, s.r.o. and IČO, Kft., SRL, EOOD, OÜ, UAB, SIA, d.o.o.). Polish
// queries returned the Wondel.ai network's long blog articles (skryba.ai, medyk.ai, korepetytor.ai, postacie.ai) and
// news; Czech, Slovak, Hungarian and Ukrainian ones mostly vendors already listed (TAIbot, Obtains, Aidero, Kontexta,
// Advochatus, CODEXIS AI, Iratfeldolgozó, AISolve, Ameno, zakon.ai, Factum, Praven Intelekt, BgGPT, Seadusabi, Elli,
// Chatly, Ainvero, YourSong, AI Assistant, BELYO, Speekra, Describelio, Lovelio, AiPost, Promptuj, Claila,
// GuideGlare, Siesta AI, SmartVoiceHub, Meet2Doc, DPO Pilot, Encorp AI, AllAI, Seenly, reclamepenet, Tech Buddy,
// StudyFi), law-firm notes and news. Every row cites a page with a path on the product's own host (for Chetty its
// blog. subdomain, for Mitigate the ai. subdomain beside the claimed platform host, for Concero AI its embed.
// subdomain) where the vendor says the product answers, drafts, reviews, transcribes, summarises or routes with
// artificial intelligence, large language models or named model providers. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 260 hosts the searches returned (vendors, news, law firms,
// agencies, authorities and shared hosts alike, in /work/helpers/out/easteu-hosts.txt): 62 classified before (23.8%),
// 81 after (31.2%).
//
// Claimed below a parent that is not the product: ai.mitigate.dev and ai-platform.mitigate.dev (Mitigate is a software
// company whose procurement app already has its own subdomain row; mitigate.dev is a trap), consult.xprofitx.com
// (XPROFIT OÜ's IT company site, xprofitx.com, is a trap), ai.astra.si beside astra-ai.co (the terms name both as the
// ASTRA AI platform; astra.si itself was not read as a whole and stays out, its /ai path is claimed), and only the
// alrite.io/ai path for AIrite (the site's other sections were not read).
//
// Doubtful rows. Textomet's terms say only that the service is governed in addition by points of OpenAI's terms, which
// says what it runs on but not what it writes. Boostra's terms describe a private pilot of its AI assistant for shop
// owners (a product in testing, not a draft page). Chiki.StudIO's services agreement names the product a telephony
// voice AI agent in its heading and leaves the rest to the order form. AIrite's terms describe a speech-recognition app
// that turns uploaded audio into text; AI is in the product's name. LegalisAI's operator is a Polish sole trader
// ("jdg") with a Latvian name; the site is in English.
//
// Left out. Pages with placeholders, drafts or test hosts: fablele.com ([OWNER_NAME]), worldofselene.com ("[Date to be
// inserted]"), medifyai.com (terms "to be reviewed and finalized by your legal counsel"), staging.profiprofilovka.cz
// (an AI portrait service seen only on its staging host: a lead), dev.bonderai.com (Bonder AI, already listed),
// ai4elearning-dev.ttms.pl and test-mina-interactive.awelonai.com as before. `?p=` pages: voicie.com, salesbot.pl,
// tarkva.ee / tarkva.com, ai-smart.hu, ai-di.lt, iwspo.pl, proassist.pl, serwery.app. Shared platforms:
// spoknlog-www.pages.dev, grymoir.pages.dev, avatarooms-landing.pages.dev, clinic-website-efu.pages.dev,
// translation-proxy.pages.dev, goguai.netlify.app (a Romanian Discord bot), main.d2q135jrifwdu0.amplifyapp.com.
// Pages that do not say the product uses AI, or only in its name: mediflo.ai (Mediflo sp. z o.o.'s marketing-site
// policy: a lead), textie.ai (Generative AI s.r.o.'s shop terms: a lead), typless.com (Algoritmik d.o.o.'s Slovenian
// terms: a lead), luni.ai (11Sigma sp. z o.o.), legas.ai (Zika Group, Plovdiv: a lead), smartegy.ai (Chain Advisory
// Kft.), aibooking.hu, areception.cz, legal-tech.bg, spaceai.org.ua, bandy.ai, teacher.technischools.com ("Teacher
// AI" by Techni Schools, named only), hugo.lv (the Latvian state's machine-translation and speech-recognition platform,
// which does not say how they work: a lead), medflow.ee, cheqbot.com, alina.hurtis.sk, arhi.ai (its policy, as c20
// found; its assistant's own host arhiassistant.ai says it and is claimed), tellmee.sk, garseja.lt, intelektika.lt,
// cust.co. General products where AI is one feature: twojapomocprawna.pl (a legal-practice app in testing with LLM
// features: a lead), persate.com (legislative monitoring beside an AI assistant, operator not named: a lead),
// agentbot.pl (an insurance agents' CRM), clinicaipilot.com (clinic management), keelekool.ee (a language school's
// chatbot), bis.gov.lv (a state system's assistant), andrija.ai (the Croatian government's 2020 COVID-19 assistant),
// appific.app and studiokozubek.pl (their own site chats), medifit.si, dentistorganizer.com, hipokratijademo.com,
// edoctor.rs. Agencies, consultancies and AI-automation services: lessmanual.ai, aiventure.digital, aisolutions.ro,
// haaba.hu, transformuj.ai, dkral.cz, aisimplify.cz, stormboost.cz, naxoft.com, aiworks.hu,
// ai-factory.pl, jiallsas.xyz, aiagencyaccelerator.io, agentc.digital, baboon.ai, brixon.ai, inero-software.com,
// aiprocesai.lt. Blogs, networks and guides: the Wondel.ai sites' articles (skryba.ai is listed; medyk.ai,
// korepetytor.ai and postacie.ai are seen only on articles: leads for czat.ai-style rows), edu-ai.eu, 3l3c.ai,
// chatgbibi.space. Russian-operated services (riserlabs.io, ai-assistants.pro, iilibrary.ru), which belong to the CIS
// pass. Already listed elsewhere: Oralchart, Autoscriber, MediAgent, AI Bot (aibot.clinic), MediaVisionAI, AI SREDA,
// TalkAI, Sag-AI, O.Translator, aichat.md and those named above; Mediscribe Pro (mediscribe.pro) is a different
// product from MediScribe AI. Left out by earlier passes and still out: medicalnote.ai, docaiscribe.com,
// clinixsummary.ai, chat.miratools.app.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24EasteuTools: Tool[] = defineTools(
  'chat',
  [
    // --- AI for lawyers and compliance ---
    { id: 'legalisai', name: 'LegalisAI', vendor: 'LEGALISAI Andrejs Smoļaks', category: 'productivity', domains: ['legalisai.eu'], source: 'https://legalisai.eu/en/legal/terms' }, // terms: a SaaS tool that uses an AI system to generate draft compliance documents; outputs are AI-generated drafts
    { id: 'paktas', name: 'Paktas', vendor: 'KURIA, MB', category: 'productivity', domains: ['paktas.co'], source: 'https://www.paktas.co/terms' }, // terms (Lithuania): an automated contract review service that analyses and evaluates contracts with artificial intelligence
    { id: 'avocatel-ro', name: 'Avocatel.ro', vendor: 'Bács M-Cs. Balázs ÎI', category: 'search', domains: ['avocatel.ro'], source: 'https://avocatel.ro/hu/terms-of-use' }, // terms (Romania, Hungarian page): an LLM-based tool answering general legal questions from the Romanian codes, paid in credits
    // --- AI phone agents ---
    { id: 'hellobot', name: 'Hellobot', vendor: 'hellobot S.A.', category: 'audio', domains: ['hellobot.pl', 'hellobot.cx'], source: 'https://www.hellobot.cx/en/ogolne-warunki-subskrypcji' }, // subscription terms (Katowice): AI voice agents for business automation, offered on hellobot.pl and hellobot.cx
    { id: 'chiki-studio', name: 'Chiki.StudIO', vendor: 'Leliuga, MB', category: 'audio', domains: ['chiki.studio'], source: 'https://chiki.studio/legal/services-agreement' }, // services agreement (Lithuania): the Chiki.StudIO organisation plan of a telephony voice AI agent
    { id: 'chetty', name: 'Chetty', vendor: 'Chetty', category: 'audio', domains: ['chetty.ai'], source: 'https://blog.chetty.ai/kdyz-vam-zvoni-telefon-a-vy-nestihate-hlasovy-asistent-chetty' }, // vendor blog (Czech): Chetty, an AI voice assistant that answers the phone as a virtual receptionist for firms and municipalities
    // --- Assistants and model access for businesses ---
    { id: 'integral-tech-ee', name: 'Integral Tech', vendor: 'Integral Tech OÜ', domains: ['integraltech.ee'], source: 'https://integraltech.ee/privacy' }, // privacy (Estonia): an AI model aggregation platform routing prompts to multiple third-party LLMs and keeping chat history
    { id: 'perk-hu', name: 'Perk.hu', vendor: 'Perk.hu', domains: ['perk.hu'], source: 'https://www.perk.hu/privacy-policy' }, // privacy (Hungary): a multimodal AI-based chat platform analysing uploaded text, images and files and generating responses
    { id: 'skillbot', name: 'Skillbot', vendor: 'Skillbot AI Ltd.', category: 'agents', domains: ['skillbot.eu'], source: 'https://skillbot.eu/en/privacy-policy' }, // privacy (Budapest): the Skillbot Chatmaster/Chatbot cloud-based artificial intelligence process-support software
    { id: 'mitigate-ai-platform', name: 'Mitigate AI Platform', vendor: 'SIA Mitigate', category: 'agents', domains: ['ai.mitigate.dev', 'ai-platform.mitigate.dev'], source: 'https://ai.mitigate.dev/terms-of-service' }, // terms (Riga): organisations create AI conversation agents on LLMs with knowledge bases and MCP connectors at ai-platform.mitigate.dev
    { id: 'arhiassistant', name: 'ARHIASSISTANT', vendor: 'ARHI.AI OÜ', domains: ['arhiassistant.ai'], source: 'https://arhiassistant.ai/oferta_en' }, // user agreement (Estonia): an interactive assistant using artificial intelligence and machine-learning technologies that generates content
    { id: 'xprofit-consult', name: 'XPROFIT Consult', vendor: 'XPROFIT OÜ', domains: ['consult.xprofitx.com'], source: 'https://consult.xprofitx.com/fi/legal' }, // legal page (Tallinn): an AI-based consultation service in a Telegram bot whose answers come from third-party AI models
    { id: 'textomet', name: 'Textomet', vendor: 'Ing. Miroslav Holec', category: 'writing', domains: ['textomet.cz'], source: 'https://www.textomet.cz/podminky' }, // terms (Czech): the textomet platform's rules are supplemented by points of the conditions of the OpenAI service
    // --- Education, health, speech and shops ---
    { id: 'astra-ai-si', name: 'ASTRA AI', vendor: 'Astra AI d.o.o.', category: 'productivity', domains: ['astra-ai.co', 'ai.astra.si'], urlPrefixes: ['astra.si/ai'], source: 'https://astra-ai.co/hr/uvjeti-i-odredbe/' }, // terms (Ljubljana, Croatian page): an online tool giving solutions to maths problems with artificial intelligence through ChatGPT
    { id: 'leia-arstikeskus', name: 'LEIA (arstikeskus.ee)', vendor: 'HealthCode AI', category: 'other', domains: ['arstikeskus.ee'], source: 'https://arstikeskus.ee/kasutustingimused/' }, // terms (Estonian): patients send symptoms to their family-doctor centre, supported by LEIA's artificial-intelligence algorithm that asks follow-up questions
    { id: 'airite-regens', name: 'AIrite', vendor: 'Régens Zrt.', category: 'audio', domains: [], urlPrefixes: ['alrite.io/ai'], source: 'https://alrite.io/ai/hu/general-terms-and-conditions/' }, // ÁSZF (Hungarian): the AIrite speech-recognition app that turns uploaded audio into a transcript
    { id: 'boostra', name: 'Boostra', vendor: 'Boostra Sp. z o.o.', category: 'productivity', domains: ['boostra.pl'], source: 'https://boostra.pl/warunki-korzystania' }, // terms (Polish, pilot programme): an AI-based assistant for online-shop owners that analyses store data and generates audit reports and recommendations
    // --- Met on the way, outside the region ---
    { id: 'mediscribe-ai', name: 'MediScribe AI', vendor: 'MediScribe AI', category: 'meeting', domains: ['mediscribe-ai.com'], region: 'africa', source: 'https://mediscribe-ai.com/privacy' }, // privacy (POPIA, HPCSA): transcribes consultations with AI (OpenAI Whisper) and generates SOAP notes and ICD-10 code suggestions
    { id: 'meda-ai', name: 'meda', vendor: 'meda AI GmbH', category: 'meeting', domains: ['mymeda.ai'], source: 'https://www.mymeda.ai/patient-privacy-policy' }, // patient notice (Munich): records the consultation and creates an AI-assisted summary with large language models
    { id: 'concero-ai', name: 'Concero AI', vendor: 'Concero AI', domains: ['conceroai.com'], region: 'global', source: 'https://embed.conceroai.com/privacy-policy' }, // privacy: uploaded documents and user text processed by external AI providers to generate responses
  ],
  { checked: CHECKED_C24, region: 'europe' },
);
