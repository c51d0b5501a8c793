// Twenty-fifth session, consumer AI apps pass (2026-12-07, helper `apps`): AI apps for iOS and Android (some with a
// web version) whose vendor keeps a product host of its own, with a privacy policy, terms or guide on which the vendor
// says the app sends what the user gives it to an AI model. Earlier consumer passes (data/long-tail-c20-lifestyle.ts,
// data/long-tail-c21-personal.ts, data/long-tail-c21-photo.ts, data/long-tail-c24-niches.ts) are not repeated. Here:
// AI photo apps (an OpenAI image editor, a visual-analysis multitool, a photo-library personality card, selfie face
// rating, AI sticker packs, personalised colouring pages, two AI wallpaper generators, AI room redesign); AI
// identifiers and analysers (plants, mushrooms, skin, wine menus and bottles, pet symptoms, receipts); AI dream,
// tarot and palm readers (one Korean); AI study and speaking tools (a homework checker for parents, a spoken-English
// tutor, two speech coaches); AI calorie, workout and training coaches; an AI stylist; and an AI reply keyboard.
//
// Leads. 38 look-ups, all in the stored `pages` corpus, counted as they were made. Queries were worded the way app
// vendors word their own pages, by kind of app: "this app uses the OpenAI API to process", "photos are sent to our AI
// provider", "we use Google Gemini to analyse", "Apple's standard EULA … AI-generated content", "Google Play …
// subscription", "for entertainment only", "not veterinary advice", beside photo editors, homework scanners, calorie
// trackers, plant, insect, rock, mushroom, fish, car, wine and pet identifiers, skin analysers, dream, tarot and palm
// readers, language tutors, AI keyboards, song covers and voice changers, character chat, wallpapers, logos,
// translators, chatbots, fitness coaches, avatars, face rating, math solvers, baby faces, room design, flashcards,
// stickers, outfits, meditation, colouring pages, receipt scanners, speech coaches and nail or tattoo designs. Most
// results were app policies on shared hosts (sites.google.com, github.io, pages.dev, vercel.app, netlify.app, web.app,
// notion.site, blogspot, carrd) or on app studios' and developers' general hosts with several apps, which this pass
// leaves out as the brief asks; the next largest share was already listed. Every row cites a page with a path on the
// product's own host where the vendor says the app analyses, generates, identifies, scores or answers with AI, an AI
// or machine-learning model, or a named model provider (OpenAI, Anthropic's Claude, Google Gemini, Perplexity,
// OpenRouter). Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and the look-alike
// tests, and the other helpers' c25 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 243 hosts the searches returned (vendors, studios, articles,
// shared hosts and stores alike, in /work/helpers/out/apps-hosts.txt): 38 classified before (15.6%), 68 after (28.0%).
//
// Already listed and left to their entries: AI Language Tutor, Speak Out, Conversa (kept unclassified by earlier
// tests), MyDreamGPT, MyDreams (mojesny.app), Dreamify, MysticX, AI Palm Reading (aipalmreading.net), MusicGo,
// VOCU AI, AISongGen, Audio Notes (getaudionote.com), AI Voice Character (aivoiceclone.app), Voxio Studio,
// CharFriend, Coquette, BotChat (botchat.ai), Answer.AI, aichatapp.ai, Fitness AI (nemei.app), trainGPT (gorun.fit),
// Doompile, Logo Gen Genius, AI App Icon Studio, SolveMath, ScanSolve, SommelAI, aitocards, ClassNerd, VetAmi AI
// Tools, The Style List, AI Outfit Stylist, Wellness AI, Open Meadow, medit8, AI Talk Coach, NailMuseAI, AI Nail, the
// two AI Tattoo Generator sites and babygen.app. Hosts that earlier look-alike tests keep unclassified were left so:
// cramly.app, getmydreams.app, keyboardcopilotapp.com, aivoicelab.com, logico.thematrixapp.com, stickers.wiki and
// receiptbrain.app.
//
// Same names, different products: LooksMax (looksmaxapp.com, an app run by Madni Aghadi that sends selfies to Gemini)
// is not LooksMax AI (looksmax.ai), listed from a discovery list; AI Image Editor (ai-image-editor.app) is neither of
// the two web editors listed under that name (.ai and .io); Calorie AI (trycalorieai.com) is not penguinlabs.cc's
// "Calorie AI – Smart Food Tracker", left out below; Decor AI (decor.mobi, an app on OpenAI's image API) is not DecorAI
// (decorai.io), listed from a discovery list; Scan AI (scanaireceipt.com) is a receipt splitter.
//
// Doubtful rows, and decisions reversed: three apps an earlier pass had left out as "mobile-only" are listed here,
// since this pass's brief takes mobile apps whose pages sit on a host of their own: trycalorieai.com (the c18
// companions pass), ai-image-editor.app (the c18 image pass), trainergymai.app (the c23 health3 and c24 niches
// passes; the developer's subdomain trainer-gym-ai.iagocavalcante.com stays out); no look-alike test traps them. Trainer Gym AI takes the 'latam' region (its developer is in Brazil and its policy follows the
// LGPD) and reada.me the 'korea' region (its policy cites Korea's e-commerce consumer-protection act and domestic
// payment gateways); the rest are 'global'. reada.me's policy speaks of "the Company" and the service without a
// brand name, so the row takes the host as its name. SIP.wine's policy is read at the path /profile, as the corpus
// stored it. Mushroom AI identifies with on-device machine-learning models in the app and on its server for the web
// version. MoltSpeak's backend runs on a workers.dev host (trapped below); only moltspeak.com is claimed. Scan AI is a
// receipt bill-splitter whose every scan goes to Gemini after a consent prompt; other receipt apps whose AI is an
// option were left out.
//
// Left out. App studios' and developers' general hosts with several apps, as earlier passes decided:
// penguinlabs.cc (Calorie AI), lessappstudio.com, maxlibin.com (homeworkAI), apps.orz.tw (Dream Decoder),
// omniboxes.net (Tarot AI, as c24 niches), kousarglobal.com and coderealities.com (AI keyboards), shofj.com,
// axiusapps.com, kjelseth.dev, usovdigital.com, velocai.net, presage42.com, adspark.ee and coachie-ai.com
// (translators), umituz.com, calcounterai.com (a baby-face generator on a calorie app's host), bakerapps.com,
// owlmyst.com (WineLen), venuscloud.com, definetelyhuman.com, estudysecondary.com, happypig.cloud, smejapan.com,
// makerx.co.uk, spswe.co.uk, magpieinc.world, easytech-agency.net, cuneytemir.com, aimacaron.com (MUSE),
// mobile.safenlp.com, flixplayer.org, guppytime.sridharmani.in, voice.smolevich.com, and two apps on subdomains of a
// developer's host, dermis-ai.tsitser.com (DermisAI on Gemini) and aistickers.devpool.fr (AI Stickers on Gemini).
// Drafts and placeholders: doranchat.com ("[LEGAL ENTITY NAME]"), baoteng.shop (LogoFlow, a placeholder contact),
// museface-legal.pages.dev, palmly.org ("MVP-0"). Pages that do not tie the product to AI or run on the device
// only: aivoicechanger.bulpara.com (on-device audio effects), voicefx.io (browser effects; AI cloning an opt-in
// extra), flashcardscymraeg.com (Gemini used only to moderate uploads), smartgrade.net. General apps whose AI is one
// feature: wallspy.app (a wallpaper app with an AI studio), gymcompanion.com's AI insights, colorkidsapp.com (a
// colouring app with an AI page maker), aidocscanner.com (on-device OCR with optional AI extraction), receiptscan.app,
// petko.pet (as c20), thethinkingspeaker.com (a teleprompter with AI tools), orator.business. Articles and guides on
// other hosts: visualfoodie.com, winenfood.com, blog.chatgemini.net, appdivino.com, getstillmind.com,
// inthemoment.app's article, looksmaxscan.com's article. `?p=` pages: freepalmreading.io, speakupgrade.com. Shared
// platforms: ssamgr.github.io, amian.github.io, dreampixel.carrd.co, hairai.pages.dev, fastfoodtracker.vercel.app,
// plantguard-ai-legal.pages.dev, skinaichecker-privacy.vercel.app, lpt-legal.pages.dev (Little Prince Tarot, naming
// lumaratarot.com), palmnsoul.pages.dev (naming palmnsoul.app), flashcard-guru.pages.dev (naming flashify.app),
// sommelai.pages.dev, reroom.netlify.app, aibugidentifier.netlify.app, looksmaxing-fit.vercel.app,
// glowup-ai-6a3ff.web.app, gigachat-74927.web.app, moltspeak-worker.moltspeak.workers.dev and the policies on
// sites.google.com, blogspot, notion.site and r2.dev. Leads not followed for want of a page that says AI on the
// product's own host: interpretdreams.io (Dream Book), colorpages.app, getoutfitai.com, roomstyleapp.com (Room Style
// AI, seen on its api subdomain), voice-over.app, hubbyai.top, knoxknowsapp.com (HomeWorkAI, naming homeworkaiapp.com),
// developer.myfluentai.com, lumaratarot.com, palmnsoul.app and flashify.app.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25AppsTools: Tool[] = defineTools(
  'other',
  [
    // --- photo and image apps ---
    { id: 'ai-image-editor-app', name: 'AI Image Editor (ai-image-editor.app)', vendor: 'ai-image-editor.app', category: 'image', domains: ['ai-image-editor.app'], source: 'https://www.ai-image-editor.app/privacy.html' }, // privacy: an iOS app whose AI-powered image edits are made by sending the picture to the OpenAI API
    { id: 'crayeye', name: 'CrayEye', vendor: 'CrayEye', category: 'image', domains: ['crayeye.com'], source: 'https://www.crayeye.com/privacy' }, // privacy: a visual-analysis multitool that sends camera images and the user's prompts to OpenAI for analysis
    { id: 'photodecoded', name: 'PhotoDecoded', vendor: 'PhotoDecoded', domains: ['photodecoded.com'], source: 'https://photodecoded.com/privacy' }, // privacy: photo-library thumbnails analysed by Google Gemini, a text summary sent to Anthropic's Claude for a personality card
    { id: 'looksmax-looksmaxapp', name: 'LooksMax (looksmaxapp.com)', vendor: 'Madni Aghadi', domains: ['looksmaxapp.com'], source: 'https://looksmaxapp.com/privacy' }, // privacy: front and side selfies sent to Google Gemini through OpenRouter for an AI face-rating result
    { id: 'stickerme', name: 'StickerMe', vendor: 'StickerMe', category: 'image', domains: ['stickermeapp.ink'], source: 'https://www.stickermeapp.ink/privacy' }, // privacy: a selfie sent to OpenAI's image-generation API to make a sticker pack
    { id: 'colorsprig', name: 'ColorSprig', vendor: 'ColorSprig', category: 'image', domains: ['colorsprig.com'], source: 'https://colorsprig.com/privacy' }, // privacy: an uploaded photo sent to the AI provider to make a personalised colouring page
    { id: 'aiwallpaper-best', name: 'AI Wallpaper (aiwallpaper.best)', vendor: 'AI Wallpaper', category: 'image', domains: ['aiwallpaper.best'], source: 'https://aiwallpaper.best/en/privacy-policy' }, // privacy: an AI-powered wallpaper generation service working from prompts and reference images, sold in credits
    { id: 'ailien-wallpaper-generator', name: 'AIlien Wallpaper Generator', vendor: 'AIlien', category: 'image', domains: ['aiwallpaper.website'], source: 'https://www.aiwallpaper.website/privacy' }, // privacy: wallpapers made from the user's text prompts by the service's AI
    { id: 'decor-ai-mobi', name: 'Decor AI (decor.mobi)', vendor: 'Decor AI', category: 'image', domains: ['decor.mobi'], source: 'https://decor.mobi/privacy' }, // privacy: room photos processed with AI through OpenAI's API to generate redesigned rooms
    // --- identifiers and analysers ---
    { id: 'native-prairie', name: 'Native Prairie', vendor: 'Native Prairie', domains: ['nativeprairie.app'], source: 'https://nativeprairie.app/privacy' }, // privacy: submitted plant photos forwarded to Google's Gemini API for identification
    { id: 'mushroom-ai-app', name: 'Mushroom AI', vendor: 'Mushroom AI', domains: ['mushroomai.app'], source: 'https://www.mushroomai.app/privacy' }, // privacy: mushrooms identified by machine-learning models, on the device in the app and on the server for the web version
    { id: 'skinalyze-ai', name: 'Skinalyze AI', vendor: 'Skinalyze AI', domains: ['getskinalyze.com'], source: 'https://getskinalyze.com/privacy' }, // privacy: skin photos sent to OpenAI's API (gpt-4.1) to generate a skin-analysis report
    { id: 'winemenu-ai', name: 'WineMenu.ai', vendor: 'WineMenu.ai', domains: ['winemenu.ai'], source: 'https://winemenu.ai/privacy.html' }, // privacy: wine-menu photos sent to Anthropic's Claude API for extraction and parsing
    { id: 'sip-wine', name: 'SIP.wine', vendor: 'SIP.wine', domains: ['sip.wine'], source: 'https://sip.wine/profile' }, // privacy (read at /profile): bottle, shelf and menu photos sent to OpenAI, Gemini or Perplexity to identify wines; descriptions AI-generated
    { id: 'vetcheck', name: 'VetCheck', vendor: 'VetCheck', domains: ['vetcheck.me'], source: 'https://vetcheck.me/privacy-policy.html' }, // privacy: reported pet symptoms turned into an AI urgency read by a model provider
    { id: 'scan-ai-receipt', name: 'Scan AI (scanaireceipt.com)', vendor: 'Scan AI', category: 'productivity', domains: ['scanaireceipt.com'], source: 'https://scanaireceipt.com/privacy.html' }, // privacy: receipt photos sent to Google Gemini for text recognition and parsing, after consent, to split bills
    // --- dreams, tarot and palms ---
    { id: 'dreamz-journal', name: 'Dreamz', vendor: 'Dreamz', domains: ['dreamz-journal.com'], source: 'https://dreamz-journal.com/privacy.html' }, // privacy: a dream journal whose interpretations are generated by OpenAI after an in-app consent
    { id: 'tarot-insights', name: 'Tarot Insights', vendor: 'Tarot Insights', domains: ['tarotinsights.app'], source: 'https://www.tarotinsights.app/privacy-policy' }, // privacy: tarot questions answered with AI-generated interpretations and an AI chat per reading
    { id: 'reada-me', name: 'reada.me', vendor: 'reada.me', domains: ['reada.me'], region: 'korea', source: 'https://reada.me/en/legal/privacy' }, // privacy (Korean e-commerce law): daily tarot readings whose text is generated by the Google Gemini API
    { id: 'palmseer', name: 'PalmSeer', vendor: 'PalmSeer', domains: ['palmseer.com'], source: 'https://www.palmseer.com/privacy' }, // privacy: palm photos sent to an AI vision service to generate the reading
    { id: 'palmlens', name: 'PalmLens', vendor: 'PalmLens', domains: ['palmlens.xyz'], source: 'https://www.palmlens.xyz/en/privacy' }, // privacy: palm images analysed with Google Gemini AI vision to generate a personalised reading
    // --- study, language and speaking ---
    { id: 'homeworkcheckerai', name: 'HomeworkCheckerAI', vendor: 'HomeworkCheckerAI', category: 'productivity', domains: ['homeworkcheckerai.com'], source: 'https://homeworkcheckerai.com/privacy.html' }, // privacy: homework images sent to Google's Gemini AI to find questions, check answers and give feedback
    { id: 'ai-tutor-spoken-english', name: 'AI Tutor: Learn Spoken English', vendor: 'Trachea Inc', category: 'chat', domains: ['aiface.cloud'], source: 'https://aiface.cloud/privacy-policy' }, // privacy: voice conversations with an AI English tutor, transcribed by Deepgram and answered by OpenAI
    { id: 'blah-speech-trainer', name: 'Blah Speech Trainer', vendor: 'Carl Stenqvist', domains: ['blah.live'], source: 'https://www.blah.live/privacy-policy.html' }, // privacy: speech recordings transcribed by OpenAI Whisper, scored by Anthropic's Claude and analysed for delivery by Gemini
    { id: 'moltspeak', name: 'MoltSpeak', vendor: 'MoltSpeak', domains: ['moltspeak.com'], source: 'https://www.moltspeak.com/privacy' }, // privacy: spoken reps transcribed and analysed through OpenAI's transcription and Responses APIs
    // --- food, fitness and style ---
    { id: 'calorie-ai-trycalorieai', name: 'Calorie AI (trycalorieai.com)', vendor: 'Calorie AI', domains: ['trycalorieai.com'], source: 'https://trycalorieai.com/privacypolicy.html' }, // privacy: food photos uploaded for AI analysis, diet plans refined in chat with the app's AI
    { id: 'apexai-fitness', name: 'ApexAI', vendor: 'ApexAI', domains: ['apexaifitness.com'], source: 'https://www.apexaifitness.com/privacy' }, // privacy: AI-generated workout plans, AI fatigue scores and an AI coach fed by the user's training data
    { id: 'trainer-gym-ai', name: 'Trainer Gym AI', vendor: 'Iago Cavalcante', domains: ['trainergymai.app'], region: 'latam', source: 'https://trainergymai.app/en/privacy' }, // privacy (LGPD, Brazil): workout plans generated by OpenAI's GPT-4o-mini from the user's profile, with consent
    { id: 'outfix', name: 'Outfix', vendor: 'Outfix', domains: ['outfix.ai'], source: 'https://outfix.ai/privacy-policy' }, // privacy: an AI stylist by voice and chat that recommends outfits from wardrobe photos and infers style traits
    // --- keyboards ---
    { id: 'biseda-keyboard', name: 'Biseda Keyboard', vendor: 'Biseda Keyboard', category: 'writing', domains: ['bisedakeyboard.com'], source: 'https://bisedakeyboard.com/privacy/' }, // privacy: an iOS keyboard whose AI reply suggestions are generated with OpenAI's API from pasted chat context
  ],
  { checked: CHECKED_C25, region: 'global' },
);
