// Traps beside the rows the twentieth session's lifestyle pass added (data/long-tail-c20-lifestyle.ts): the ordinary
// sites next to each kind of consumer AI tool (travel, cocktails, beauty, style, astrology, pets, parenting, dating,
// running, golf, car parts, gardening, genealogy, the Bible, perfume, names), the parents of the claimed subdomains and
// the app studio's site around BeautyAI's claimed path, the shared-platform copies and the left-out pages the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its
// own entry.
//
// astrologyapp.ai dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20LifestyleTools } from './data/long-tail-c20-lifestyle';

const GENERAL_SITES = [
  'https://www.tripadvisor.com/', // travel reviews, beside the AI trip planners
  'https://www.booking.com/', // hotel booking, beside the AI trip planners
  'https://www.kayak.com/', // travel search, beside the AI trip planners
  'https://www.diffordsguide.com/', // cocktail recipes, beside the AI bartenders
  'https://www.thecocktaildb.com/', // a cocktail database, beside the AI bartenders
  'https://www.sephora.com/', // a beauty retailer, beside the AI beauty analysers
  'https://www.ulta.com/', // a beauty retailer, beside the AI beauty analysers
  'https://www.pinterest.com/', // style boards, beside the AI stylists and colour analysis
  'https://www.astro.com/', // birth charts, beside the AI astrology readers
  'https://cafeastrology.com/', // horoscopes, beside the AI astrology readers
  'https://www.chewy.com/', // a pet retailer, beside the AI pet assistants
  'https://www.akc.org/', // a kennel club, beside the AI pet assistants
  'https://www.babycenter.com/', // parenting advice, beside the AI parenting assistant
  'https://tinder.com/', // a dating app, beside the AI dating coaches
  'https://hinge.co/', // a dating app, beside the AI dating coaches
  'https://www.strava.com/', // activity tracking, beside the AI running coaches
  'https://www.garmin.com/', // sports watches, beside the AI running coaches
  'https://www.golfdigest.com/', // golf instruction, beside the AI golf coaches
  'https://www.autozone.com/', // car parts, beside the AI car diagnosis tools
  'https://www.obd-codes.com/', // OBD code lists, beside the AI car diagnosis tools
  'https://www.rhs.org.uk/', // gardening advice, beside the AI plant doctors and garden planners
  'https://www.ancestry.com/', // genealogy records, beside the AI genealogy storytellers
  'https://www.familysearch.org/', // genealogy records, beside the AI genealogy storytellers
  'https://www.biblegateway.com/', // Bible texts, beside the AI Bible companion
  'https://www.fragrantica.com/', // a perfume encyclopedia, beside the AI fragrance advisers
  'https://www.behindthename.com/', // name meanings, beside the AI name generator
  'https://znrun.com/', // the parent of PetPal's claimed subdomain
  'https://dewitai.com/', // the parent of AI Running Coach's claimed subdomain
  'https://fleto.app/', // the parent of Fix My Swing's claimed subdomain
  'https://guruandai.com/', // the parent of Garden Planner's claimed subdomain
  'https://exbertl.com/', // the parent of the claimed horoscope subdomain
  'https://ourinnovation.app/', // the app studio's site around BeautyAI's claimed path
  'https://www.ourinnovation.app/', // the app studio's site around BeautyAI's claimed path
  'https://ourinnovation.app/otherapp/privacy.html', // a sibling path beside BeautyAI's claimed path
];

const SHARED_PLATFORMS = [
  'https://colorai-worker.admcilgin.workers.dev/privacy', // a policy on a shared platform
  'https://love8ko.github.io/colorcheck/privacy-policy.html', // a policy on a shared platform
  'https://dream-voice-prod.web.app/terms-en.html', // a policy on a shared platform
  'https://gentlemao.vercel.app/en/disclaimer.html', // a policy on a shared platform
  'https://veterinaryai-privacy.netlify.app/', // a policy on a shared platform
  'https://monggle-fortune.pages.dev/terms-of-service.html', // a policy on a shared platform
  'https://styleforme.pages.dev/privacy', // a policy on a shared platform
  'https://stylist-ai-website.vercel.app/privacy.html', // a policy on a shared platform
  'https://museface-legal.pages.dev/en/terms', // a policy on a shared platform
  'https://nutrilens-api.nutrilens.workers.dev/privacy', // a policy on a shared platform
  'https://foodlenspro-app.github.io/nutrisnap-privacy/', // a policy on a shared platform
  'https://plantguard-ai-legal.pages.dev/privacy.html', // a policy on a shared platform
  'https://plantpalaiapp.vercel.app/privacy', // a policy on a shared platform
  'https://dateassist.vercel.app/privacy', // a policy on a shared platform
  'https://tarotland-site.pages.dev/en/terms', // a policy on a shared platform
  'https://noseprint.vercel.app/privacy', // a policy on a shared platform
  'https://biblejesus-web.pages.dev/privacy', // a policy on a shared platform
  'https://voices-of-the-bible.pages.dev/privacy', // a policy on a shared platform
  'https://f-type-ai-mechanic.vercel.app/privacy', // a policy on a shared platform
  'https://super-halva-39ad89.netlify.app/privacy.html', // a policy on a shared platform
  'https://aiurbanplanner.pages.dev/privacy', // a policy on a shared platform
  'https://spirited-website.pages.dev/privacy', // a policy on a shared platform
  'https://sites.google.com/view/hairstyleapp/privacy-policy', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://personalseason.com/privacy', // a colour-analysis policy that does not say the product uses AI
  'https://aicoloranalysis.online/privacy.html', // a colour tool that runs in the browser and does not say AI
  'https://asian-beauty-assistant.com/privacy-policy', // a beauty-analysis policy that does not say AI
  'https://yardguardianai.com/privacy', // a yard-design policy that does not say AI
  'https://scented.ai/privacy', // "algorithmic" scent recommendations, not said to be AI
  'https://www.scentaura.app/privacy', // a fragrance app policy that does not say AI
  'https://realtarot.kr/terms', // tarot terms that say "automatically generated", not AI
  'https://sinsatalk.com/terms', // saju terms that do not say AI
  'https://fortunecookie.kr/terms', // fortune terms that do not say AI
  'https://petsaju.com/terms', // pet-saju terms that do not say AI
  'https://www.aszendent-rechner.de/datenschutz', // an ascendant calculator whose policy does not say AI
  'https://cook-partner-meshitsuji.com/terms', // a recipe manager whose terms do not say AI
  'https://birthday.tools/terms', // an event planner whose terms do not say AI
  'https://eventplanner.ai/us-terms-of-service', // event-management terms that do not say AI
  'https://entraineur-ia.com/privacy', // a training app policy that does not tie it to an AI provider
  'https://ai-training.app/en/privacy', // a training app policy that names only Google Cloud
  'https://asaptera.com/labs/aidreamjournal/safety', // a dream journal's safety notes that do not say AI generates the reflections
  'https://trip-ai.jp/doc/term/index.html', // a hotel-question concierge's terms that do not say AI
  'https://aiastro.live/privacy', // a predictions policy that does not say AI
  'https://tryon.hxkj.vip/legal/privacy-policy', // a try-on policy that does not say AI
  'https://ox-san.app/ai-policy', // a pantry app's AI policy: AI is one feature
  'https://www.moneyvue.app/help/insights/privacy', // a budgeting app whose AI chat is one feature
  'https://fi-journey.com/privacy/', // a financial planner whose AI advisor is one feature
  'https://petko.pet/en/privacy', // a pet-records app whose AI assistant is one feature
  'https://getfashionista.com/privacy.html', // a wardrobe app whose AI tagging is one feature
  'https://bittersapp.com/privacy', // a recipe app whose AI parsing is one feature
  'https://cocktails.xn--oke.com/privacy.html', // a recipe app whose AI Bartender is one feature
  'https://www.expedia.com/legal/ai-terms', // a general travel site's AI tools
  'https://www.planoly.com/ai-supplementary-terms', // a social scheduler's AI terms
  'https://www.yourhappinesshabit.com/astro-coach-privacy-policy', // an astrology GPT hosted inside ChatGPT
  'https://shichusuimei.tagrpma.info/riyokiyaku', // a subscription gate to a custom GPT
  'https://devlargou.com/PetWellnessAI/Privacy-Policy', // a developer's general site
  'https://beatmaster.co.in/ailooktrial_privacypolicy.html', // a developer's general site
  'https://atlantic-studio.com/privacy-policy.html', // a developer's general site
  'https://arklabs.llc/Privacy-Policy', // a developer's general site
  'https://byldcode.com/apps/nutrition-assist/privacy', // a developer platform's site
  'https://astaspasta.com/tos.html', // a site whose owner and other content are unknown
  'https://animedic.app/legal/ai', // a forthcoming pet app
  'http://ai-uranai.jp/', // a homepage-only source
  'https://babynamesgenerator.net/privacy-policy', // a draft policy with placeholders
  'https://aivirtualmechanic.com/privacy-policy.html', // a draft policy with a placeholder date
  'https://www.esqgateway.co/apps/chat-coach', // a draft policy with a placeholder backend
  'https://caddie.ftp.sh/privacy', // a policy with a placeholder contact
  'https://www.fitailabs.com/es/blog/como-ia-genera-rutinas-personalizadas-guia-tecnica', // seen only on its blog
  'https://petcareai.com.au/blog/role-of-ai-in-pet-training', // seen only on its blog
  'https://www.imsuperintelligence.ai/post/pet-training-coach', // a blog post
  'https://astraspirit.com/pl/articles/why-ai-tarot-readings-inside-chatbots-are-not-fully-safe', // seen only in its articles
  'https://mypooch.ai/?p=167', // seen only at a ?p= address
  'https://www.dreammates.ai/tos', // a chatbot whose terms do not say AI, left as a lead
  'https://mcp.awardtravelfinder.com/ja/terms-of-service', // an award-flight search's terms, not an AI product page
];

const NAMESAKES = [
  'https://www.periplo.com/', // beside Periplo (periploapp.com)
  'https://www.travelgen.com/', // beside TravelGen (travelgen.kr)
  'https://www.ialacarte.com/', // beside iAlacarte (ialacarte.net)
  'https://www.mybartender.com/', // beside My AI Bartender
  'https://www.cabinetcocktails.com/', // beside Cabinet Cocktails
  'https://www.bottlist.app/', // beside bottlist (bottlist.com)
  'https://www.trybias.com/', // beside Palette (trybias.app)
  'https://www.palette.com/', // beside Palette (palette.style)
  'https://www.huelab.com/', // beside MyHueLab
  'https://www.stylelist.com/', // beside The Style List (stylelist.ai)
  'https://www.beautysync.com/', // beside BeautySync (beautysync.ai)
  'https://www.makeupcheck.com/', // beside Makeup Check AI
  'https://www.dreami.com/', // beside Dreami AI (dreami.me)
  'https://www.moisonnik.ru/', // beside Moi Sonnik (moisonnik.com)
  'https://www.skycheonwon.co.kr/', // beside SkyCheonWon
  'https://www.openfate.com/', // beside OpenFate (openfate.ai)
  'https://www.lifepattern.com/', // beside The Life Pattern
  'https://www.astrogpt.com/', // beside AstroGPT (astrogpt.ai)
  'https://www.creditcardhoroscope.net/', // beside Credit Card Horoscope
  'https://www.petpal.com/', // beside PetPal
  'https://www.vetly.com/', // beside VetlyHealth
  'https://www.aipetassistant.com/', // beside AI Pet Assistant
  'https://www.parai.com/', // beside ParAI (par-ai.app)
  'https://www.babymilu.co/', // beside BabyMilu
  'https://www.giftie.com/', // beside Giftie (giftie.ai)
  'https://www.silkname.com/', // beside SilkName (silk-name.com)
  'https://www.mydatingcoach.com/', // beside DatingCoach AI (mydatingcoach.app)
  'https://www.datingcoach.com/', // beside Dating Coach (datingcoach.pro)
  'https://www.suavo.com/', // beside SUAVO (suavo.app)
  'https://www.aiendurance.ai/', // beside AI Endurance
  'https://www.gorun.com/', // beside trainGPT (gorun.fit)
  'https://www.agentrun.com/', // beside Agent Run Coach
  'https://www.raceone.com/', // beside RaceOne Trainer
  'https://www.goandrun.com/', // beside GoAnd.Run
  'https://www.runtuner.app/', // beside RunTuner (runtuner.com)
  'https://www.aigolfcoach.com/', // beside the AI Golf Coach sites
  'https://www.onteeiq.net/', // beside OnTeeIQ
  'https://www.fixmyswing.com/', // beside Fix My Swing
  'https://www.coachex.com/', // beside CoachEx
  'https://www.carmechanic.com/', // beside Car MechAInic
  'https://www.mechai.com/', // beside MECH AI (mechai.app)
  'https://www.aiautodiag.com/', // beside AiAutoDiag (ai-auto-diag.com)
  'https://www.mycar.com/', // beside mycar-ai
  'https://www.mechanicguy.com/', // beside Mechanic Guy (mechanicguy.app)
  'https://www.aiplantdoctor.com/', // beside AI Plant Doctor (theaiplantdoctor.com)
  'https://www.gardenvision.com/', // beside Garden Vision (gardenvision.app)
  'https://www.7gens.com/', // beside 7gens (7gens.me)
  'https://www.rootedhistory.com/', // beside Rooted History (rootedhistory.io)
  'https://www.genealogygenie.com/', // beside Genealogy Genie AI
  'https://www.bibledaily.com/', // beside bible-app (bibledaily.io)
  'https://www.perfumeidentifier.net/', // beside Perfume Identifier
  'https://www.scentwise.com/', // beside ScentWise (scent-wise.com)
];

describe('twentieth-session lifestyle traps', () => {
  it('adds 57 rows, each with one domain or (BeautyAI) one claimed path', () => {
    expect(longTailC20LifestyleTools.length).toBe(57);
    const byPath = longTailC20LifestyleTools.filter((t) => t.domains.length === 0);
    expect(byPath.map((t) => t.id)).toEqual(['beautyai-ourinnovation']);
    expect(
      longTailC20LifestyleTools.every(
        (t) => t.id === 'beautyai-ourinnovation' || (t.domains.length === 1 && t.urlPrefixes.length === 0),
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20LifestyleTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs({
      'https://ourinnovation.app/beautyai/en/privacy.html': 'beautyai-ourinnovation',
      'https://app.aigolfcoach.ca/privacy': 'ai-golf-coach-ca',
      'https://petpal.znrun.com/disclaimer': 'petpal-znrun',
      'https://aicoach.dewitai.com/privacy': 'ai-running-coach-dewitai',
      'https://fixmyswing.fleto.app/privacy.html': 'fix-my-swing',
      'https://garden.guruandai.com/privacy': 'garden-planner-guruandai',
      'https://horoskop.exbertl.com/en/legal/privacy': 'exbertl-horoskop',
      'https://www.periploapp.com/legal/ai-disclosure': 'periplo-app',
      'https://myhuelab.com/en/diagnose': 'myhuelab',
      'https://giftie.ai/ja/privacy': 'giftie-ai',
      'https://7gens.me/en/legal/ai-data': '7gens',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
