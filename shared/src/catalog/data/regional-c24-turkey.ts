// Twenty-fourth session, regional pass for Turkey (2026-12-07, helper `turkey`): AI products made in Turkey or built
// mainly for Turkish users that no entry claimed yet, beside the Middle-East passes (data/regional-c18-mea.ts,
// data/regional-c19-mea2.ts, data/regional-c21-mea3.ts, data/regional-c24-mea4.ts), whose rows are not repeated here.
// The rows take the 'middle-east' region, as regional-c21-mea3.ts and regional-c24-mea4.ts give their Turkish rows.
// Here: AI dream and coffee-cup readings (Dreamluna, fincan.ai); AI study and exam tools (ScolerAI, Tercih Robotu's
// university-preference advisor); AI diet and nutrition apps whose calorie and meal analysis is done by AI from food
// photos (DiyetZeka, DiyetAI on Anthropic's Claude, Porsyo's AI nutrition coach, Nutrina on OpenAI and Gemini); an
// AI skin-analysis assistant (Klaris); AI face matching for event photos (Picsolv); a legal platform whose petition,
// contract and case-law modules run with AI (Lextum); AI assistants for businesses on WhatsApp and the web (WpAsis on
// OpenAI, KapatanAI's AI sales agent); an AI voice-interview and candidate-report platform (Garaj HR); and AI story
// generation sold in credit packages (vopido).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way Turkish
// vendors word their own pages, in Turkish ("gizlilik politikası" / "kullanım koşulları" / KVKK aydınlatma metni /
// "mesafeli satış sözleşmesi" / iade politikası with yapay zeka, kahve falı, rüya tabiri, ödev ve soru çözümü, YKS/LGS,
// CV ve mülakat, hukuk asistanı, e-fatura and muhasebe, Trendyol/Hepsiburada product descriptions, çağrı merkezi,
// Türkçe sohbet, görsel and video üretme, deşifre, emlak ilanı, öğretmen araçları, SEO içerik) and in English (KVKK /
// Law No. 6698 / "Ltd. Şti." / "A.Ş." beside AI chat, tutors, tarot and astrology, diet and nutrition, skin analysis,
// photo apps, dubbing, therapy and recruitment). The Turkish-language queries returned news, ministry and law-firm
// articles and agencies' blogs almost only; the English KVKK-anchored queries found the rows below, as the mea4 pass
// found. Every row cites a page with a path on the product's own host where the vendor says the product answers,
// generates, analyses or matches with AI, a named model provider (OpenAI, Anthropic, Gemini, Face++) or an AI model.
// Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c24 files
// checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 228 hosts the searches returned (vendors, news, ministries,
// law firms, agencies, blogs and shared hosts alike, in /work/helpers/out/turkey-hosts.txt): 21 classified before
// (9.2%), 36 after (15.8%).
//
// Already listed and left to their entries: Bi Kahve and RUYAN (mea4), AI Koçu and Aihelpbot (c20), Assistly (c6),
// SmartCall AI, Kitappai, Turkish.AI, Trash Chat, PsycAI, Peacify, Spimov (its AI-dubbing blog was met), LingoCall AI
// (a path on stockimg.ai, which Stockimg's entry claims), MyDreamGPT (mydreamgpt.senturk.dev, claimed by the c23
// dirs2 pass), and, not Turkish, Speak Out, DubbStudio, T1Dub, Polylingua, MultiVoice, Lip Dubber and FlowHunt.
//
// Doubtful rows: fincan.ai is read from its own blog post on how AI coffee-cup reading works (image segmentation and a
// deep-learning symbol model), written about "the system" rather than naming a plan or app. Tercih Robotu's KVKK
// notice lists a preference algorithm, score calculation and "AI advisory services" under the tagline "with AI and
// up-to-date data": the AI advisor is the product's headline but not its only part. KapatanAI's privacy policy is
// Operiqo Ltd's, a company registered in England; it is counted as built for Turkish users from its Turkish product
// names (KapatanAI, Randevu Kapat), a judgement. Garaj HR's policy lists candidate voice recordings, transcripts and
// "Artificial Intelligence evaluation outputs" and names AI analysis and report generation as the purpose; the page
// was read at http://garajhr.com and is cited at https. Lextum's distance-sales contract leaves the seller's phone as
// "…" (the buyer fields are blank, as a form's are); the rest names the company, address and modules. Nutrina, Porsyo
// and DiyetZeka are counted as Turkish from their KVKK policies (Nutrina's controller is "BG Projects"); Klaris from
// its terms, which name the developer with a Turkish ID number.
//
// Left out. Mobile-only apps whose pages sit on a developer's general or personal host (as mea4 decided):
// tenetgames.com's Arcana AI, aylernai.sefayilmaz.dev, teamsolo.dev's Umax,
// musical-ai.volkankahraman.dev, umitkaya.com's Portrait Studio, applabco.com's Diyetix, hitdevai.co (HITDEV AI
// Teknoloji A.Ş.'s apps), legal.dodeyazilim.com, codebiy.com and mustafaevleksiz.com as before. Placeholders and
// drafts: anindacv.com ("[PUBLICATION DATE]", and AI optional), appory.app ("[Company Legal Name]"), app.tedars.com
// ("Address: TBD"), audiototextonline.com ("{{COMPANY_LEGAL_NAME}}"), en.futureapps.co's Ferhunde ("[Company Name]"),
// falnova.app (legal name "will be added before store submission": a lead for the fortune niche once it is),
// omnipotentlegalwebsite1.pages.dev (Omnilegal's "launch-ready draft" on a shared platform; omnipotentlegal.ai was not
// read: a lead). Demo hosts: demo.lisansonay.com, demo.wmaster.net (an AI content-generation and publishing service
// paid through Iyzico and PayTR: a lead once wmaster.net is read), dev.psypractice.psycora.com (an AI patient
// simulator for psychology students: a lead). Pages that do not say the product uses AI, or only in a name:
// kahvefalin.com and falcieva.com (as before), selambuddy.com (ChatAIBuddy), kaf.simur.org (KAF-AI), wordo.ai (WORDO AI
// Yazılım's KVKK notice), avhos.com, akillikatip.com (OCR receipt extraction), astrologymaster.app, relookapp.com,
// aivid.video (618Media's terms: a lead), cvwith.ai, adsbot.co, exairon.com's terms, falyade.com (human readers).
// General products where AI is one feature: tapy.to (web analytics), askcore.co, journament.com, monochat.ai,
// coens.io (assessments with AI-analysed screen recordings), astrowise.io (a birth-chart service with an AI assistant),
// evlek.app (a Northern Cyprus property portal), ingilizcesinavi.com (as before), emlakasistanim.com, supsis (customer
// service suite; its docs on doc.supsis.com and doc.supsis.live), jettel.com.tr's AI assistant page (a telecom
// company), ai.ait.com.tr (a computer company's subdomain whose distance-selling form does not say what the AI does).
// Vendor blogs that do not describe the vendor's own product: etkin.ai (AI sales agents for Turkish e-commerce),
// infinityq.ai (Turkish legal AI), ecofluxion.com's post on İçtiHub (an AI case-law search for Turkish lawyers: a lead
// once its own host is seen), hiringcycle.ai (AI video interviews), calload.com (AI auto-dialling), artifica.io,
// tested.com.tr, desifre.yazdirma.com.tr. A host on another company's domain: yankitr.com.metnisesecevir.com (Yanki
// Teknoloji A.Ş.'s Yanki AI voice-over, voice cloning and transcription terms, on a subdomain that looks like a
// misdirected copy: a lead once yanki's own host is seen), bot.quickinfotech.tr (a Bitrix24 WhatsApp connector).
// Agencies, consultancies and directories: aimerkez.com (an AI-tools directory), altai.digital, aior.com,
// codenected.com, yapayzekayazilimlari.com, digibus.com.tr, infiniotics.com. Shared platforms: acayemre.github.io,
// recepp.github.io (Kspeaker), pavkos.github.io, bigrockf.github.io, sital-ai-try-on.vercel.app,
// livesuggest-web.pages.dev, aivideotranslator.pages.dev, and a tinyurl.com link to Artvio AI's policy (a Turkish AI
// art app: a lead). Not Turkish or not shown to be: coffeeprophet.net (an Austrian GmbH, as before), cupoffortune.com
// (Imarum GmbH, Munich), kot-tarot.app (a Telegram tarot bot on OpenAI: a lead for a global pass), coffeetells.app,
// dreeys.com, turkolister.co.uk, app.nomakeupbeauty.de, infinityproai.com.
// Look-alikes: trendyolstores.com, a site styled as Trendyol's merchant network that is not Trendyol's own host, is a
// trap in lookalikes-c24-turkey.test.ts beside the marketplaces and regulators.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24TurkeyTools: Tool[] = defineTools(
  'other',
  [
    // --- fortune and dreams ---
    { id: 'dreamluna', name: 'Dreamluna', vendor: 'Dreamluna', domains: ['dreamluna.app'], source: 'https://dreamluna.app/privacy' }, // privacy (KVKK and GDPR): an app to record, transcribe and analyse dreams with AI; AI analyses give interpretations, symbols and mood signals
    { id: 'fincan-ai', name: 'fincan.ai', vendor: 'fincan.ai', domains: ['fincan.ai'], source: 'https://fincan.ai/blog/en/ai-coffee-reading-how-it-works' }, // vendor blog: AI Turkish-coffee cup reading, where the system segments the cup photo and a deep-learning model recognises the grounds' symbols
    // --- study and exams ---
    { id: 'scolerai', name: 'ScolerAI', vendor: 'ScolerAI', category: 'productivity', domains: ['scolerai.app'], source: 'https://scolerai.app/privacy.html' }, // privacy (laws of Turkey, KVKK): an educational app that generates AI-powered study content (AI notes, flashcards, quizzes, podcasts) and answers voice questions with AI
    { id: 'tercih-robotu', name: 'Tercih Robotu', vendor: 'Tercih Robotu', category: 'productivity', domains: ['tercih-robotu.com'], source: 'https://tercih-robotu.com/en/kvkk' }, // KVKK notice: a university-preference tool "with AI and up-to-date data" whose data serve ranking estimates and AI advisory services
    // --- diet, nutrition and skin ---
    { id: 'diyetzeka', name: 'DiyetZeka', vendor: 'DiyetZeka', domains: ['diyetzeka.com'], source: 'https://diyetzeka.com/en/privacy' }, // privacy (KVKK): a diet app whose calorie and macronutrient values are calculated by AI-powered systems from meals and photos
    { id: 'diyetai', name: 'DiyetAI', vendor: 'DiyetAI', domains: ['diyetai.app'], source: 'https://diyetai.app/privacy.html' }, // privacy (Turkish): an AI-assisted diet app that sends profiles, meal and lab photos to Anthropic's Claude to produce its suggestions
    { id: 'porsyo', name: 'Porsyo', vendor: 'Porsyo', domains: ['porsyo.com'], source: 'https://porsyo.com/en-US/privacy-policy' }, // privacy (KVKK and GDPR): AI-powered food analysis of meal photos and an AI nutrition coach in chat
    { id: 'nutrina', name: 'Nutrina', vendor: 'BG Projects', domains: ['nutrina.org'], source: 'https://www.nutrina.org/privacy' }, // privacy (KVKK and GDPR): food photos are analysed by AI (OpenAI and Google Gemini) to produce nutrition data
    { id: 'klaris-skin-analysis', name: 'Klaris - Skin Analysis Assistant', vendor: 'Ahmet Yiğit Çelik', domains: ['klarisai.app'], source: 'https://www.klarisai.app/privacy-policy' }, // privacy: facial photos are processed for artificial-intelligence-supported skin analysis (Face++), with personalised recommendations
    // --- photos ---
    { id: 'picsolv', name: 'Picsolv', vendor: 'Picsolv A.Ş.', category: 'image', domains: ['picsolv.com'], source: 'https://www.picsolv.com/en/legal/privacy-policy' }, // privacy (KVKK and GDPR): AI-powered photo matching that finds a user's face in event photos, face recognition and image enhancement
    // --- legal ---
    { id: 'lextum', name: 'Lextum', vendor: 'Anta Bilişim A.Ş.', category: 'productivity', domains: ['lextum.ai'], source: 'https://lextum.ai/en/distance-sales-contract' }, // distance-sales contract (İstanbul): subscription modules with AI support (petition, contract, mediation and legal-translation editors, case-law search)
    // --- business assistants and hiring ---
    { id: 'wpasis', name: 'WpAsis', vendor: 'Web Engine Dijital', category: 'agents', domains: ['wpasis.com'], source: 'https://wpasis.com/kvkk' }, // KVKK notice: an AI-powered WhatsApp assistant whose messages are processed by OpenAI to generate replies
    { id: 'kapatanai', name: 'KapatanAI', vendor: 'Operiqo Ltd', category: 'agents', domains: ['kapatanai.com'], source: 'https://www.kapatanai.com/privacy' }, // privacy: an AI sales-agent platform that answers customers on WhatsApp, Instagram and web chat from the business's configured content
    { id: 'garaj-hr', name: 'Garaj HR', vendor: 'Garaj Technology', category: 'productivity', domains: ['garajhr.com'], source: 'https://garajhr.com/legal/privacy' }, // privacy (KVKK art. 9): candidate interviews recorded and transcribed, with AI analysis, evaluation outputs and reports
    // --- writing ---
    { id: 'vopido', name: 'vopido', vendor: 'KefStacks Technologies', category: 'writing', domains: ['vopido.com'], source: 'https://vopido.com/en/sales-agreement' }, // sales agreement (Sivas Teknokent, iyzico): AI-powered story and character content generated with purchased credits
  ],
  { checked: CHECKED_C24, region: 'middle-east' },
);
