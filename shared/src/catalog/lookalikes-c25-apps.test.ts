// Traps beside the rows the twenty-fifth session's consumer AI apps pass added (data/long-tail-c25-apps.ts): the
// ordinary sites next to each kind of app it added (app stores and subscription plumbing, dermatology, veterinary,
// wine, mushroom, plant and fishing references, dream, tarot and palmistry sites run by people, speaking clubs,
// fitness and nutrition bodies, colouring, sticker, wallpaper and messaging sites, bill splitters), the app studios'
// and developers' general hosts, shared-platform copies, drafts, articles and `?p=` pages the pass read and left out,
// and sites whose names sit close to the new entries. None of them may classify; every new host must reach its own
// entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25AppsTools } from './data/long-tail-c25-apps';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.apple.com/app-store/', // the store the apps are sold in
  'https://www.revenuecat.com/', // the subscription service most policies name
  'https://www.aad.org/', // dermatologists, beside the skin analyser and the face rater
  'https://www.avma.org/', // veterinarians, beside VetCheck
  'https://www.aspca.org/', // an animal-welfare charity, beside VetCheck
  'https://www.decanter.com/', // a wine magazine, beside the wine apps
  'https://www.mushroomexpert.com/', // a mushroom reference, beside Mushroom AI
  'https://www.fishbase.se/', // a fish database, met beside the fish identifiers
  'https://www.dreammoods.com/', // a dream dictionary written by people, beside Dreamz
  'https://www.biddytarot.com/', // a tarot-learning site, beside the tarot readers
  'https://www.toastmasters.org/', // the public-speaking clubs, beside the speech coaches
  'https://www.nasm.org/', // a trainers' certification body, beside the workout coaches
  'https://fdc.nal.usda.gov/', // the USDA food database, beside the calorie app
  'https://www.crayola.com/', // crayons and printable pages, beside ColorSprig
  'https://www.supercoloring.com/', // printable colouring pages, beside ColorSprig
  'https://www.whatsapp.com/', // the messenger the sticker packs are made for
  'https://unsplash.com/', // stock photos used as wallpapers, beside the wallpaper generators
  'https://www.splitwise.com/', // a bill-splitting app, beside Scan AI
  'https://www.britishcouncil.org/', // English teaching, beside the spoken-English tutor
];

const SHARED_PLATFORMS = [
  'https://ssamgr.github.io/privacy-policy-ai-photo-to-art.html', // a photo-to-art app's policy on a shared platform
  'https://amian.github.io/image-privacy', // an image app's policy on a shared platform
  'https://dreampixel.carrd.co/', // an app policy on a shared platform
  'https://hairai.pages.dev/', // a portrait app's policy on a shared platform
  'https://fastfoodtracker.vercel.app/', // a food-tracker policy on a shared platform
  'https://skinaichecker-privacy.vercel.app/', // a skin app's policy on a shared platform
  'https://lpt-legal.pages.dev/privacy/', // Little Prince Tarot's policy, naming lumaratarot.com
  'https://palmnsoul.pages.dev/privacy', // palm'n'soul's policy, naming palmnsoul.app
  'https://flashcard-guru.pages.dev/privacy', // Flashcard Guru's policy, naming flashify.app
  'https://sommelai.pages.dev/legal/privacy', // a copy of a listed wine app's policy
  'https://reroom.netlify.app/privacy', // a room-design app's policy on a shared platform
  'https://aibugidentifier.netlify.app/privacy', // an insect app's policy on a shared platform
  'https://looksmaxing-fit.vercel.app/privacy', // a face-scoring site on a shared platform
  'https://glowup-ai-6a3ff.web.app/privacy', // a face-scoring app's policy on a shared platform
  'https://gigachat-74927.web.app/terms.html', // a chatbot app's terms on a shared platform
  'https://moltspeak-worker.moltspeak.workers.dev/', // MoltSpeak's backend on a shared platform
  'https://sites.google.com/view/privacy-homework-scanner/home', // a homework app's policy on a shared platform
  'https://privacypolicy-omeworkai.blogspot.com/', // a homework app's policy on a blog platform
  'https://aiskinscanner.notion.site/Privacy-Policy-1d61cf7c507d803593e0df199aa3741f', // a policy on a notes platform
];

const LEFT_OUT = [
  'https://www.penguinlabs.cc/products/calai/privacy', // an app on a studio's general host
  'https://lessappstudio.com/privacy-policy-calorie', // an app on a studio's general host
  'https://maxlibin.com/homeworkai/privacy/', // an app on a developer's personal host
  'https://apps.orz.tw/dreamdecoder/privacy', // an app on a developer's general host
  'https://kousarglobal.com/aikeyboard/privacy', // an app on a company's general host
  'https://coderealities.com/ai-keyboard-privacy.html', // an app on a developer's general host
  'https://shofj.com/en/apps/fan-talk/terms-of-service', // an app on a developer's personal host
  'https://www.axiusapps.com/bug-identifier/privacy-policy', // an app on a studio's general host
  'https://kjelseth.dev/bug-identifier/privacy-policy', // an app on a developer's personal host
  'https://usovdigital.com/privacy/rock-stone-identifier-by-photo/', // an app on a studio's general host
  'https://velocai.net/translate/privacy-policy.html', // an app on a studio's general host
  'https://presage42.com/live-translator-voice-photo/privacy-policy', // an app on a studio's general host
  'https://adspark.ee/translator/privacy', // an app on a company's general host
  'https://coachie-ai.com/privacy-policy-translation-app', // another app on an app maker's host
  'https://www.umituz.com/projects/couple-relationships/ai-baby-face-predictor/privacy', // a developer's portfolio host
  'https://www.calcounterai.com/babyfacegeneratorprivacypolicy', // a baby-face app on a calorie app's host
  'https://bakerapps.com/android/visuel/privacy.html', // an app on a studio's general host
  'https://owlmyst.com/winelen/privacy', // an app on a studio's general host
  'https://venuscloud.com/fish-identifier-privacy', // an app on a studio's general host
  'https://definetelyhuman.com/apps/aimath/privacy.html', // an app on a studio's general host
  'https://estudysecondary.com/privacy/math-solutions', // an app on an education site's host
  'https://www.happypig.cloud/static/ReceiptScannerAIPro_PrivacyPolicy_en.html', // an app on a studio's host
  'https://www.smejapan.com/app-privacy/', // an app policy on a company's general host
  'https://www.makerx.co.uk/scanpricesprivacy', // an app on a studio's general host
  'https://spswe.co.uk/meditations-ai-privacy', // an app on a company's general host
  'https://www.magpieinc.world/product/sleepai/privacy/', // an app on a studio's general host
  'https://www.easytech-agency.net/privacy/ai-nail-design', // an app on an agency's host
  'https://cuneytemir.com/apps/nailai/privacy', // an app on a developer's personal host
  'https://aimacaron.com/muse/terms-of-service', // an app on a studio's general host
  'https://mobile.safenlp.com/mobile/aiart/terms', // an app on a studio's subdomain
  'https://flixplayer.org/uMoji-Maker-AI-Sticker/privacy_app.html', // an app on a studio's general host
  'https://guppytime.sridharmani.in/privacy.php', // a fish identifier on a personal host
  'https://voice.smolevich.com/privacy', // a Telegram bot on a personal host
  'https://doranchat.com/terms.html', // "[LEGAL ENTITY NAME]" draft terms
  'https://www.baoteng.shop/LogoFlow-PrivacyPolicy-en.html', // a placeholder contact, on a shop host
  'https://museface-legal.pages.dev/en/terms', // a draft on a shared platform
  'https://www.palmly.org/privacy', // an "MVP-0" policy
  'https://aivoicechanger.bulpara.com/privacy/', // on-device audio effects
  'https://voicefx.io/privacy', // in-browser voice effects
  'https://flashcardscymraeg.com/privacy', // flashcards; Gemini only moderates uploads
  'https://smartgrade.net/privacy.html', // a grading scanner whose policy does not say AI
  'https://gymcompanion.com/support/ai-insights.html', // a workout log whose AI insights are one feature
  'https://thethinkingspeaker.com/privacy', // a teleprompter with AI tools
  'https://orator.business/privacy', // a voice-training app and coaching bookings
  'https://visualfoodie.com/what-a-bug-identifier-app-does-with-your-data', // a general article
  'https://winenfood.com/data-privacy-and-the-ai-baby-generator', // a general article
  'https://blog.chatgemini.net/what-is-looksmax-ai-how-it-rates-your-appearance/', // a general article
  'https://appdivino.com/wine-app-privacy', // a general guide
  'https://getstillmind.com/blog/is-ai-meditation-private-security-guide/', // a general guide
  'https://freepalmreading.io/?p=36', // a `?p=` page
  'https://www.speakupgrade.com/?p=3', // a `?p=` page
];

const NAMESAKES = [
  'https://looksmax.org/', // a looksmaxxing forum, beside LooksMax (looksmaxapp.com)
  'https://www.decor.com/', // beside Decor AI (decor.mobi)
  'https://www.apexfitness.com/', // beside ApexAI (apexaifitness.com)
];

describe('twenty-fifth-session consumer AI apps traps', () => {
  it('adds 30 rows, each with one domain and no prefix, global but for one Korean and one Brazilian app', () => {
    expect(longTailC25AppsTools.length).toBe(30);
    expect(longTailC25AppsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regional: Record<string, string> = { 'reada-me': 'korea', 'trainer-gym-ai': 'latam' };
    expect(longTailC25AppsTools.every((t) => catalogRegion(t.id) === (regional[t.id] ?? 'global'))).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25AppsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25AppsTools));
    expectEachClassifiedAs({
      'https://ai-image-editor.app/': 'ai-image-editor-app',
      'https://crayeye.com/': 'crayeye',
      'https://www.looksmaxapp.com/': 'looksmax-looksmaxapp',
      'https://stickermeapp.ink/': 'stickerme',
      'https://tarotinsights.app/': 'tarot-insights',
      'https://www.reada.me/': 'reada-me',
      'https://blah.live/': 'blah-speech-trainer',
      'https://www.trycalorieai.com/': 'calorie-ai-trycalorieai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
