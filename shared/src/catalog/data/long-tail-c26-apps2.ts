// Twenty-sixth session, second consumer AI apps pass (2026-12-07, helper `apps2`): AI apps for iOS and Android (most
// with a web version or web pages) whose vendor keeps a product host of its own, with a privacy policy, terms, FAQ or
// methodology page on which the vendor says the app runs what the user gives it through AI. It follows
// data/long-tail-c25-apps.ts and skips the kinds that pass covered (plant, mushroom and wine identifiers, dream, tarot
// and palm readers, AI keyboards, wallpaper generators, speech coaches). Here: AI face and head swaps, a per-user AI
// portrait model, three AI photo restorers, an AI hairstyle preview and an AI logo maker; AI dating-reply assistants
// (one Polish) and an AI character chat app; an AI medical-bill checker, an AI document explainer and an AI car
// inspection app; an AI food-photo calorie calculator, an AI fridge recipe generator and four AI body-scan and workout
// apps; and two AI pet translators.
//
// Leads. 38 look-ups, all in the stored `pages` corpus, counted as they were made. Queries were worded the way app
// vendors word their own policies, by kind of app: voice changers, face swaps (adult ones too), Bible and prayer apps,
// calorie counters, insect and rock identifiers, AI keyboards, AI companions and girlfriends, note recorders, AI music
// and cover songs, homework scanners, plant doctors, translators and translator earbuds, avatar generators,
// medical-bill and car scanners, PDF and document scanners, photo editors and enhancers, dating "rizz" replies,
// hairstyle try-on, bedtime stories, fridge recipes, photo restoration, Islamic AI apps, golf swing analysis, logo
// makers, astrology, photo-to-video, journals, pet translators, celebrity voice changers, roleplay chat, tattoo and
// nail designs, body-scan fitness and sign-language or OCR apps; one more query checked which Restory app was which. As
// in the c25 pass, most results were app policies on shared hosts (sites.google.com, github.io, pages.dev, vercel.app,
// netlify.app, web.app, onrender.com, notion.site, blogspot, carrd, cloudfront.net, amplifyapp.com, hf.space) or on app
// studios' and developers' general hosts with several apps, left out as the brief asks; the next largest share was
// already listed or already kept out by an earlier look-alike test (voicememory.io, vocas.ai, pdfchatai.app,
// genievideo.app, aiastro.live, astrologyapp.ai, reflektapp.co.in, crowdfree.app, aivoiceclone.app). Every row cites a
// page with a path on the product's own host where the vendor says the app generates, analyses, restores, identifies or
// answers with AI, an AI model, or a named model provider (OpenAI, Anthropic's Claude, Google Gemini, fal.ai,
// Replicate). Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and the look-alike tests,
// and the other helpers' c26 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 229 hosts the searches returned (vendors, studios, articles,
// shared hosts and stores alike, in /work/helpers/out/apps2-hosts.txt): 51 classified before (22.3%), 73 after (31.9%).
//
// Already listed and left to their entries: AI Plant Doctor, bible-app (bibledaily.io), Voice Notes AI, Aura
// (joinaura.chat), Coquette, Ruvy, Rizzly, Kid Storytime, BedTimeStoriz, Storyori, HairstyleTryOn.org, Hairstyle AI
// (hairstylebyai.online), HairStyle AI (myhairstyleai.com), AI Portrait Studio (aiportraitlab.app), Profile Bakery,
// TrendAvatar, FridgeGenius (the c26 niches2 pass), PhotoFlip (photoflipai.com), Ingredio, Hafiz Prime, WisQu (its
// policy on mlunit.com), the two AI Golf Coach sites, OnTeeIQ, Fix My Swing, Logo Gen Genius, AstroGuide, CelestKin, AI
// Astro GPT, AstroGPT, Eir, Belong, Reflect (nexybox), JadoFit, Fitness AI (nemei.app), Singvio, AI Tattoo Generator
// (.fun and .me), Tattoo AI, AI Nail, NailMuseAI, AI Face Swap (aifaceswaps.app), Face-swap.com, DeepFaker, FaceSwapAI,
// and, in the c26 uslaws pass, Bill Bodyguard and Medical Bill Reader. kikivoice.ai (voice cloning terms) is left to
// KikiVoice's entry on kikivoice.com, taken as the same product on a second host (not added).
//
// Same names, different products: Restory (restoryapp.site, an iOS restorer on Google Cloud and Replicate) and Restory
// (restory.photos, an iOS restorer on Vercel and Replicate) are neither the web Restory listed on restory.online nor,
// as far as their policies show, one another; both take the host as a qualifier. Datewise (tryflirtai.app, Max Luong's
// dating-reply app on Gemini) is not DateWise on datewise.easier.today, which the c23 writing5 test keeps out. Fitscan
// (fitscanapp.com) is not FitScan on fitscan.cloutfinder.com (Raxx Beats Studios' app on a studio host, trapped).
//
// Doubtful rows: canvaspell.com was left out by the c18 image pass as mobile-only; no look-alike test traps it and this
// pass takes mobile apps on a host of their own (as c25 did with ai-image-editor.app). HubbyAI's policy names no
// product or company; the row takes the host as its name, and its page says the app generates replies and images with
// AI for characters users set up. myphysiq.app's policy speaks of "the Service" and physique analysis without a brand
// name; the row takes the host. Calorie Calculator's AI-powered food recognition (from a photo or a text description)
// is the app's logging method, not an extra. Pet Chat calls its pet-sound analysis, translation-style output and pet
// image generation "optional pet-related AI features", which are what the app does. Bod AI says third-party AI powers
// "parts" of the service, namely workout generation and goal-image analysis, its core. Rizziusz takes the 'europe'
// region (a Polish sole proprietorship whose site is in Polish) and Restora the 'europe' region (Mokka Studios S.R.L.,
// Milan); the rest are 'global'. HairstyleChange's policy sits on api.hairstylechange.com; the row claims
// hairstylechange.com.
//
// Left out. App studios' and developers' general hosts with several apps: legal.elluminatiinc.net (SwapyFace AI),
// kreggscode.pro (VoicePad AI on Gemini), voicify.armaganbaskan.com, familylink.life (AI Voice Changer),
// hatchingpoint.com (Record+Transcribe), dailylabs.net (Insectr), theaiconveyor.com (Fridge Recipes), pelosotech.com
// (ChefAI), teknolojig.com (Old Pic Restore), zenbyte.app (on-device Photo Editor AI), tripodmobile.com
// (VisageFacesAI), lutlo.com (Sophia: My AI Girlfriend, on-device), caitty.com (Create My Girlfriend), exevolv.io
// (Policy Scan AI), apps.ivkey.com (on-device AI Doc Scanner), appgeneration.com (Bedtime Stories AI), latebytelabs.com
// (Good Shot), atlantic-studio.com (SwingTracker), hangzhouqiqiba.shop (AI Video), qqgals.com (ReplyRoom AI),
// dcswtech.com (Voice Translator), techappdev.com (AI OCR), riponsoftwarehouse.com (Smart OCR), helping-hand.in (Calo
// AI), thekingdombuilder.org (BibleOS), sanctuary.urbanedigital.com, fitscan.cloutfinder.com, restova.utilab.org
// (Restova), coremoose.com, and two apps on subdomains of another company's host, charai.wope.ai (Char AI, Snakescript
// Solutions) and hl.zoss.cc; file.cupidaii.xyz and privacy.truejoytech.com likewise. Drafts and placeholders:
// yourbedtimestory.com ("[[REGISTERED ADDRESS…]]"), aiterego.ai ("Last updated: [date]"),
// chatililcious.com.jumpstartfast.com ("[COMPANY LEGAL NAME]"), caddie.ftp.sh (a placeholder contact). Pages that do
// not tie the product to AI, or run on the device only, or where AI is one feature: snap-cal.com (Food Snapper AI; the
// policy says AI only in the name), voice-over.app (as c25), petlingo.net, carinfoar.com (on-device plate OCR),
// typetools.app, documentscanner.org (a scanner with an AI assistant tab), recipescout.app (a recipe manager),
// praytify.app (a prayer community app), quran.alqari.no (a Quran reader with an AI tab), fasalqa.com (human scholars;
// AI only routes questions), getsakinah.app (says it uses no AI on religious text), astrologyai.online (charts and
// education, AI one feature), influencervoice.com. Articles and guides on other hosts: eatsip365.com, ohgirlfriend.com,
// m.duniapondok.com, zingnex.cn, untoxic.app's guide (as before), lunarguideapp.com's blog. Shared platforms:
// billscope.pages.dev (BillScope on Claude), biblejesus-web.pages.dev (naming biblejesus.live),
// voices-of-the-bible.pages.dev (naming voicesofthebible.app), smartkeyboard-app.pages.dev (naming smartkeyboard.app),
// foxyprivacypolicy.carrd.co, banglakbwebsite.onrender.com, getearlink.vercel.app, livetranslatevoice.netlify.app,
// dateassist.vercel.app, sleepytales-legal.vercel.app, mood-journal-silver-kuiper.netlify.app,
// pettalkaisite.vercel.app, dogtranslator-v1-apple.onrender.com, dogguides.pages.dev,
// restore-old-photos-legal.pages.dev, restmemo-web.pages.dev, ainshar.github.io (BodyVision AI), kayabahadir.github.io
// (Car Identify), snirtam.github.io (Car Detector), super-halva-39ad89.netlify.app (Caddie AI),
// main.d2usrequgkljfu.amplifyapp.com, amer-k.github.io (FatwaAI), your-ai-assistant.web.app,
// privacy-nailart.vercel.app, christmas-ai-b87f2.web.app, dfetttx41ns2m.cloudfront.net (Follow AI Avatar),
// pro-food-scan.web.app and the policies on sites.google.com, notion.site, notion.so, blogspot and telegra.ph
// (kansal0920-signlang-ai.hf.space falls to the Hugging Face Spaces entry, so it is not trapped). Leads not followed:
// biblejesus.live, voicesofthebible.app and smartkeyboard.app (named on shared-platform policies; their own hosts were
// not seen), privateclaude.ai (met only as a journaling blog post), charai.wope.ai once wope.ai's relation to it is
// known.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26Apps2Tools: Tool[] = defineTools(
  'other',
  [
    // --- face, photo and design apps ---
    { id: 'face-swap-mash-up', name: 'Face Swap Mash Up', vendor: 'Face Swap Mash Up', category: 'image', domains: ['faceswapmashup.com'], source: 'https://faceswapmashup.com/privacy' }, // privacy: an AI-powered face-swapping app whose results are made by its AI from uploaded photos, deleted after processing
    { id: 'head-swap-app', name: 'Head Swap App', vendor: 'Head Swap App', category: 'image', domains: ['headswap.app'], source: 'https://headswap.app/privacy.html' }, // privacy: AI head swap and image-to-video editing in a mobile app, faces processed on AWS for the AI step
    { id: 'canvaspell', name: 'Canvaspell', vendor: 'Canvaspell', category: 'image', domains: ['canvaspell.com'], source: 'https://canvaspell.com/privacy' }, // privacy: uploaded photos train a private per-user AI model or serve as a reference to generate images of the user
    { id: 'restory-restoryapp-site', name: 'Restory (restoryapp.site)', vendor: 'Restory (restoryapp.site)', category: 'image', domains: ['restoryapp.site'], source: 'https://www.restoryapp.site/privacy.html' }, // privacy: chosen photos processed by the app's AI models on Google Cloud and Replicate to deliver restorations
    { id: 'restory-photos', name: 'Restory (restory.photos)', vendor: 'Restory (restory.photos)', category: 'image', domains: ['restory.photos'], source: 'https://www.restory.photos/privacy' }, // privacy: photos restored, colourised and animated by AI models on Replicate, face areas included
    { id: 'restora-one', name: 'Restora', vendor: 'Mokka Studios S.R.L.', category: 'image', domains: ['restora.one'], region: 'europe', source: 'https://restora.one/privacy' }, // privacy (Milan): each photo to restore is sent to a third-party AI processing service and the restored version returned
    { id: 'hairstylechange', name: 'HairstyleChange', vendor: 'HairstyleChange', category: 'image', domains: ['hairstylechange.com'], source: 'https://api.hairstylechange.com/privacy' }, // privacy: a selfie and hairstyle prompt sent to fal.ai to generate an AI hairstyle visualisation
    { id: 'logoso', name: 'Logoso', vendor: 'Logoso', category: 'image', domains: ['logoso.app'], source: 'https://www.logoso.app/privacy-policy' }, // privacy: an AI-powered logo generation app; prompts and styles go through server-side functions to the AI provider
    // --- dating replies and character chat ---
    { id: 'datewise-tryflirtai', name: 'Datewise (tryflirtai.app)', vendor: 'Max Luong', domains: ['tryflirtai.app'], source: 'https://tryflirtai.app/privacy' }, // privacy: an AI dating assistant sending conversation screenshots to the Google Gemini API to generate replies
    { id: 'rizziusz', name: 'Rizziusz', vendor: 'Maciej Janowski Dev', domains: ['rizziusz.pl'], region: 'europe', source: 'https://rizziusz.pl/en/privacy/' }, // privacy (Poland, GDPR): dating-chat screenshots read by OCR and AI to generate reply suggestions, with a recorded AI-processing consent
    { id: 'hubbyai', name: 'HubbyAI', vendor: 'hubbyai.top', category: 'chat', domains: ['hubbyai.top'], source: 'https://www.hubbyai.top/privacy-policy-ios.html' }, // privacy: an app that generates responses and images with AI from messages, prompts and character settings
    // --- bills, documents and cars ---
    { id: 'medical-bill-pro', name: 'Medical Bill (medicalbill.pro)', vendor: 'Medical Bill', domains: ['medicalbill.pro'], source: 'https://www.medicalbill.pro/privacy-policy' }, // privacy: uploaded medical bills and EOBs analysed by AI-assisted tools for billing errors, then appeals generated
    { id: 'scan2summary', name: 'Scan2Summary', vendor: 'Scan2Summary', category: 'productivity', domains: ['scan2summary.com'], source: 'https://www.scan2summary.com/en/privacy' }, // privacy: scanned letters' text sent for server-side AI analysis into summaries, explanations, deadlines and action items
    { id: 'car-ai-carai-to', name: 'CAR AI (carai.to)', vendor: 'CAR AI', domains: ['carai.to'], source: 'https://www.carai.to/privacy' }, // privacy: vehicle photos, videos and engine sounds analysed by Google Gemini to generate inspection diagnostics
    // --- food, fitness and body scans ---
    { id: 'calorie-calculator-app', name: 'Calorie Calculator (calorie-calculator.app)', vendor: 'Calorie Calculator', domains: ['calorie-calculator.app'], source: 'https://calorie-calculator.app/privacy-policy' }, // privacy: meals logged through AI-powered food recognition from a photo or a text description
    { id: 'fridgepodge', name: 'FridgePodge', vendor: 'FridgePodge', domains: ['fridgepodge.com'], source: 'https://fridgepodge.com/privacy.html' }, // privacy: an AI-powered recipe generation app working from the ingredients the user has
    { id: 'fitscan-fitscanapp', name: 'Fitscan (fitscanapp.com)', vendor: 'Fitscan', domains: ['fitscanapp.com'], source: 'https://www.fitscanapp.com/privacy/' }, // privacy: body scan photos sent for AI processing into scan results, with generated workout plans
    { id: 'bod-ai', name: 'Bod AI', vendor: 'Bod AI', domains: ['bodai.ai'], source: 'https://www.bodai.ai/privacy' }, // privacy: third-party AI providers generate the workouts and analyse the goal-physique photo
    { id: 'myphysiq', name: 'myphysiq.app', vendor: 'myphysiq.app', domains: ['myphysiq.app'], source: 'https://myphysiq.app/privacy.html' }, // privacy: physique analysis of uploaded body images with AI providers, then fitness and nutrition plans
    { id: 'fitcheck-fitcheckapp', name: 'FitCheck (fitcheckapp.io)', vendor: 'FitCheck', domains: ['fitcheckapp.io'], source: 'https://fitcheckapp.io/privacy' }, // privacy: body photos analysed with Anthropic's Claude Vision API to classify body type and generate workout plans
    // --- pets ---
    { id: 'pet-chat-puppieschat', name: 'Pet Chat: Cat & Dog Translator', vendor: 'Pet Chat', domains: ['puppieschat.com'], source: 'https://puppieschat.com/privacypolicy.html' }, // privacy: pet audio, photos and videos processed by AI features into sound analysis, translation-style output and generated media
    { id: 'cattranslator', name: 'CatTranslator', vendor: 'CatTranslator', domains: ['thecattranslator.com'], source: 'https://thecattranslator.com/privacy' }, // privacy: on-device sound labels and cat photos sent to AI processing providers for cloud translation and mood analysis
  ],
  { checked: CHECKED_C26, region: 'global' },
);
