// Traps beside the rows the twenty-sixth session's second consumer AI apps pass added (data/long-tail-c26-apps2.ts):
// the ordinary sites next to each kind of app it added (app stores and subscription plumbing, photo archives and
// print shops, barbers, logo marketplaces, dating apps, billing and insurance bodies, car-value guides, food
// databases and recipe sites, fitness and veterinary bodies), the app studios' and developers' general hosts, the
// shared-platform copies, drafts, articles and left-out pages the pass read, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry. The trap the brief asked for is here:
// apps whose only pages sit on a developer's or studio's general host (LEFT_OUT, first block) stay out.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26Apps2Tools } from './data/long-tail-c26-apps2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://play.google.com/store/apps', // the store the Android apps are sold in
  'https://www.revenuecat.com/', // the subscription service several policies name
  'https://www.shutterfly.com/', // photo prints, beside the photo restorers
  'https://www.familysearch.org/', // family-history archives, beside the photo restorers
  'https://www.greatclips.com/', // a hair salon chain, beside HairstyleChange
  'https://99designs.com/', // a designers' marketplace, beside Logoso
  'https://tinder.com/', // a dating app, beside the dating-reply assistants
  'https://bumble.com/', // a dating app, beside the dating-reply assistants
  'https://www.cms.gov/', // Medicare's billing codes, beside Medical Bill
  'https://www.healthcare.gov/', // the insurance marketplace, beside Medical Bill
  'https://www.kbb.com/', // car values, beside CAR AI
  'https://www.carfax.com/', // vehicle history reports, beside CAR AI
  'https://fdc.nal.usda.gov/', // the USDA food database, beside Calorie Calculator
  'https://www.allrecipes.com/', // recipes written by people, beside FridgePodge
  'https://www.acefitness.org/', // a trainers' certification body, beside the body-scan apps
  'https://www.akc.org/', // the dog club, beside the pet translators
  'https://www.aspca.org/', // an animal-welfare charity, beside the pet translators
];

const SHARED_PLATFORMS = [
  'https://billscope.pages.dev/privacy', // BillScope's policy on a shared platform
  'https://biblejesus-web.pages.dev/privacy', // BibleJesus's policy, naming biblejesus.live
  'https://voices-of-the-bible.pages.dev/privacy', // naming voicesofthebible.app
  'https://smartkeyboard-app.pages.dev/privacy', // naming smartkeyboard.app
  'https://foxyprivacypolicy.carrd.co/', // an AI keyboard's policy on a shared platform
  'https://banglakbwebsite.onrender.com/privacy.html', // a keyboard's policy on a shared platform
  'https://getearlink.vercel.app/privacy', // an interpreter app's policy on a shared platform
  'https://livetranslatevoice.netlify.app/privacy', // a translator's policy on a shared platform
  'https://dateassist.vercel.app/privacy', // a dating assistant's policy on a shared platform
  'https://sleepytales-legal.vercel.app/privacy', // a story app's policy on a shared platform
  'https://mood-journal-silver-kuiper.netlify.app/privacy', // a journal's policy on a shared platform
  'https://pettalkaisite.vercel.app/privacy.html', // a pet app's policy on a shared platform
  'https://dogtranslator-v1-apple.onrender.com/en/', // a pet app's policy on a shared platform
  'https://dogguides.pages.dev/privacy/', // a pet app's policy on a shared platform
  'https://restore-old-photos-legal.pages.dev/privacy-policy.html', // a restorer's policy on a shared platform
  'https://restmemo-web.pages.dev/privacy', // a restorer's policy on a shared platform
  'https://ainshar.github.io/bodyvision-pages/privacy-policy.html', // BodyVision AI on a shared platform
  'https://kayabahadir.github.io/car-identify/privacy-policy.html', // a car identifier on a shared platform
  'https://snirtam.github.io/cardetector-app/privacy.html', // a car identifier on a shared platform
  'https://super-halva-39ad89.netlify.app/privacy.html', // Caddie AI on a shared platform
  'https://main.d2usrequgkljfu.amplifyapp.com/en/privacy', // a study app on a shared platform
  'https://amer-k.github.io/PRIVACY/FATWA_AI_PRIVACY_POLICY.html', // FatwaAI on a shared platform
  'https://your-ai-assistant.web.app/privacy-policy.html', // a chat app on a shared platform
  'https://privacy-nailart.vercel.app/', // a nail-art app on a shared platform
  'https://christmas-ai-b87f2.web.app/privacy.html', // a headshot app on a shared platform
  'https://dfetttx41ns2m.cloudfront.net/privacy-policy.html', // an avatar app's policy on a CDN host
  'https://pro-food-scan.web.app/privacy-policy.html', // a food scanner on a shared platform
  'https://sites.google.com/view/faceswap-ai-swapface-ai/home', // a face-swap app's policy on sites.google.com
  'https://annusensei.notion.site/Whispnotes-App-Privacy-policy-250a883f75648075918cd4fc10fa1582', // on notion.site
  'https://haleemapps.blogspot.com/2026/05/privacy-policy-ai-face-swap.html', // on a blog platform
];

const LEFT_OUT = [
  // apps whose only pages sit on a developer's or studio's general host
  'https://legal.elluminatiinc.net/swapyfaceai_privacy.html', // SwapyFace AI on a studio's legal host
  'https://kreggscode.pro/apps/voicepad-ai/privacy', // VoicePad AI on a developer's host
  'https://voicify.armaganbaskan.com/privacy.html', // an app on a developer's personal host
  'https://familylink.life/clone_ai/aivoicechanger_privacypolicy.html', // an app on a general host
  'https://hatchingpoint.com/recordtranscribe/privacypolicy', // an app on a studio's host
  'https://www.dailylabs.net/insectr/privacy.html', // Insectr on a studio's host
  'https://theaiconveyor.com/fridgecraveai/privacy', // Fridge Recipes on a company's host
  'https://pelosotech.com/data-usage/', // ChefAI on a company's host
  'https://teknolojig.com/old-pic-restore-privacy-policy', // Old Pic Restore on a studio's host
  'https://www.zenbyte.app/photoeditor/privacy.html', // an on-device photo editor on a studio's host
  'https://www.tripodmobile.com/visagefacesAI_privacy_policy.html', // VisageFacesAI on a studio's host
  'https://lutlo.com/privacypolicy/sophia_privacy.html', // an on-device companion app on a studio's host
  'https://caitty.com/createmygirlfriend/privacy', // Create My Girlfriend on a studio's host
  'https://exevolv.io/products/policy-scan-ai/privacy-policy', // Policy Scan AI on a company's host
  'https://apps.ivkey.com/ai-doc-scanner/privacy', // an on-device scanner on a studio's host
  'https://www.appgeneration.com/terms/bedtime-stories-ai.html', // Bedtime Stories AI on a studio's host
  'https://latebytelabs.com/good-shot/privacy-policy', // Good Shot on a studio's host
  'https://atlantic-studio.com/privacy-policy.html', // SwingTracker on a studio's host
  'https://www.hangzhouqiqiba.shop/aivideo-PRIVACY_POLICY', // AI Video on a company's shop host
  'https://www.qqgals.com/com.replyroom.character/android/policy.html', // ReplyRoom AI on a studio's host
  'https://www.dcswtech.com/apps/privacy-policy.html', // Voice Translator on a company's host
  'https://www.techappdev.com/ai-ocr-privacy-policy', // AI OCR on a studio's host
  'https://www.riponsoftwarehouse.com/smart-ocr/privacy-policy', // Smart OCR on a studio's host
  'https://helping-hand.in/Calorie%20Tracker/cal%20Privacy.html', // Calo AI on a developer's host
  'https://www.thekingdombuilder.org/bibleos-privacy', // BibleOS on a ministry's host
  'https://sanctuary.urbanedigital.com/legal/privacy', // a prayer app on an agency's subdomain
  'https://fitscan.cloutfinder.com/privacy', // FitScan on a studio's subdomain
  'https://restova.utilab.org/restova/privacy', // Restova on a developer's host
  'https://charai.wope.ai/privacy', // Char AI on a subdomain of another company's host
  'https://hl.zoss.cc/media/admin_file/1/privacy.html', // a face-swap policy in a file store
  'https://file.cupidaii.xyz/aipvmakerios/privacy.html', // a video app's policy in a file store
  'https://privacy.truejoytech.com/recorder/Privacy-en.html', // a recorder app on a company's privacy host
  // drafts and placeholders
  'https://yourbedtimestory.com/privacy-policy', // "[[REGISTERED ADDRESS…]]"
  'https://www.chatililcious.com.jumpstartfast.com/privacy.html', // "[COMPANY LEGAL NAME]"
  'https://caddie.ftp.sh/privacy', // a placeholder contact on a dynamic-DNS host
  // pages that do not tie the product to AI, on-device only, or AI one feature
  'https://www.snap-cal.com/policy/privacy.html', // AI only in the app's name
  'https://voice-over.app/privacy', // as the c25 pass: AI only in the name
  'https://petlingo.net/en/privacy', // a cat translator whose policy does not say AI
  'https://carinfoar.com/', // on-device plate reading and government lookups
  'https://typetools.app/Image-text-privacy-policy', // on-device OCR
  'https://www.documentscanner.org/privacy-policy.html', // a scanner with an AI assistant tab
  'https://recipescout.app/privacy', // a recipe manager
  'https://www.praytify.app/privacy', // a prayer community app
  'https://quran.alqari.no/privacy.html', // a Quran reader with an AI tab
  'https://fasalqa.com/privacy', // human scholars; AI only routes questions
  'https://getsakinah.app/blog/no-ai-in-religious-content', // says it uses no AI on religious text
  'https://www.astrologyai.online/privacy', // charts and education, AI one feature
  'https://influencervoice.com/terms', // terms that do not say AI
  // articles and guides on other hosts
  'https://eatsip365.com/your-privacy-and-the-ai-translation-earbud', // a general article
  'https://ohgirlfriend.com/guides/ai-companion-app-terms-of-service/', // a general guide
  'https://m.duniapondok.com/blog/artificial-intelligence-app-for-identifying-cars-a-comprehensive-overview', // an article
  'https://www.zingnex.cn/en/forum/thread/billclearai', // a forum write-up
  'https://www.lunarguideapp.com/blog/how-ai-writes-your-birth-chart-reading-ethics-privacy', // a general blog post
];

const NAMESAKES = [
  'https://www.headswap.com/', // beside Head Swap App (headswap.app)
  'https://www.canvaspell.net/', // beside Canvaspell (canvaspell.com)
  'https://www.restora.com/', // beside Restora (restora.one)
  'https://www.logoso.com/', // beside Logoso (logoso.app)
  'https://www.datewise.com/', // beside Datewise (tryflirtai.app)
  'https://www.medicalbill.com/', // beside Medical Bill (medicalbill.pro)
  'https://www.carai.com/', // beside CAR AI (carai.to)
  'https://www.fridgepodge.net/', // beside FridgePodge (fridgepodge.com)
  'https://www.fitscan.com/', // beside Fitscan (fitscanapp.com)
  'https://www.fitcheck.com/', // beside FitCheck (fitcheckapp.io)
  'https://www.bodai.com/', // beside Bod AI (bodai.ai)
  'https://www.cattranslator.com/', // beside CatTranslator (thecattranslator.com)
];

describe('twenty-sixth-session second consumer AI apps traps', () => {
  it('adds 22 rows, each with one domain and no prefix, global but for two European apps', () => {
    expect(longTailC26Apps2Tools.length).toBe(22);
    expect(longTailC26Apps2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regional: Record<string, string> = { rizziusz: 'europe', 'restora-one': 'europe' };
    expect(longTailC26Apps2Tools.every((t) => catalogRegion(t.id) === (regional[t.id] ?? 'global'))).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26Apps2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26Apps2Tools));
    expectEachClassifiedAs({
      'https://www.faceswapmashup.com/': 'face-swap-mash-up',
      'https://restoryapp.site/': 'restory-restoryapp-site',
      'https://restory.photos/': 'restory-photos',
      'https://hairstylechange.com/': 'hairstylechange',
      'https://logoso.app/': 'logoso',
      'https://www.rizziusz.pl/': 'rizziusz',
      'https://hubbyai.top/': 'hubbyai',
      'https://medicalbill.pro/': 'medical-bill-pro',
      'https://carai.to/': 'car-ai-carai-to',
      'https://fitscanapp.com/': 'fitscan-fitscanapp',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
