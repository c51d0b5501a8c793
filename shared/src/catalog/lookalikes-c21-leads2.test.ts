// Traps beside the rows the twenty-first session's second leads pass added (data/long-tail-c21-leads2.ts): the
// ordinary sites next to each kind of AI tool it added (photo editors, e-discovery and patent offices, pitch-deck
// sharing, survey and usability platforms, marketplaces, GIS, game engines, job boards and lead marketplaces, customs
// and tender portals, EHRs, helpdesks and messaging), the parent of the one claimed subdomain, the shared-platform
// copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists User Intuition
// (userintuition.ai) from its founder's guide to AI-moderated interviews; the security-page trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC21Leads2Tools } from './data/long-tail-c21-leads2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.adobe.com/products/photoshop.html', // a photo editor, beside the AI retouching and headshot tools
  'https://lightroom.adobe.com/', // a photo editor, beside the AI photo tools
  'https://www.canva.com/', // a design tool, beside the AI portrait and design products
  'https://www.relativity.com/', // e-discovery software, beside the AI e-discovery platform
  'https://www.everlaw.com/', // e-discovery software, beside the AI legal platforms
  'https://www.uspto.gov/', // the US patent office, beside the AI patent drafter
  'https://www.guidewire.com/', // insurance claims software, beside the AI claims platform
  'https://www.docsend.com/', // pitch-deck sharing, beside the AI pitch-deck scorer
  'https://www.qualtrics.com/', // a survey platform, beside the AI voice-survey and interview tools
  'https://www.surveymonkey.com/', // a survey platform, beside the AI research tools
  'https://www.usertesting.com/', // usability testing, beside the AI usability testers
  'https://www.hotjar.com/', // session analytics, beside the AI UX analysers
  'https://zoom.us/', // video meetings, beside the AI meeting minutes
  'https://business.whatsapp.com/', // WhatsApp Business, beside the WhatsApp AI assistants
  'https://www.calendly.com/', // scheduling, beside the AI booking assistants
  'https://www.twilio.com/', // telephony APIs, beside the AI voice-calling platform
  'https://www.intercom.com/', // a helpdesk, beside the AI chatbot platforms
  'https://www.infomaniak.com/', // a Swiss cloud host, beside the Swiss chatbot platforms
  'https://www.hubspot.com/', // a CRM, beside the AI marketing and lead-automation platforms
  'https://www.semrush.com/', // marketing analytics, beside the AI marketing-insight tool
  'https://www.meta.com/', // the ad platform's owner, beside the AI marketing tools
  'https://www.mercadolibre.com.mx/', // a marketplace, beside the AI listing writer
  'https://sellercentral.amazon.com/', // a seller console, beside the AI listing writer
  'https://www.shopify.com/', // e-commerce, beside the AI listing writer
  'https://www.esri.com/', // GIS software, beside the geospatial AI
  'https://unity.com/', // a game engine, beside the AI game engine
  'https://godotengine.org/', // a game engine, beside the AI game engine
  'https://www.indeed.com/', // a job board, beside the AI job-application tools
  'https://www.linkedin.com/jobs/', // job listings, beside the AI job agents
  'https://www.glassdoor.com/', // a jobs site, beside the AI résumé tools
  'https://www.thumbtack.com/', // a lead marketplace, beside the AI lead automation
  'https://www.yelp.com/', // a lead marketplace, beside the AI lead automation
  'https://hts.usitc.gov/', // the US tariff schedule, beside the AI tariff classifiers
  'https://www.cbp.gov/', // US customs, beside the AI tariff classifiers
  'https://ted.europa.eu/', // EU tenders, beside the AI tender analyser
  'https://www.merx.com/', // Canadian tenders, beside the AI tender analyser
  'https://www.tradingview.com/', // charts, beside the AI trading assistant
  'https://www.epic.com/', // an EHR, beside the AI clinical tools
  'https://www.dayoneapp.com/', // a journal app, beside the AI journal and life-story writer
  'https://www.britannica.com/', // a reference work, beside the AI history chatbots
  'https://orbisystechnology.com/', // the parent of ClaimAssist AI's claimed subdomain
  'https://www.orbisystechnology.com/', // the parent of ClaimAssist AI's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://oldphotorestoration-org.pages.dev/privacy-policy', // Old Photo Restoration's policy, still only on a shared platform
  'https://restore-old-photos-legal.pages.dev/privacy-policy.html', // a policy or page on a shared platform
  'https://looktara-landing-mridul.pages.dev/terms', // a copy of Looktara's terms on a shared platform
  'https://orapexai-official.pages.dev/privacy-policy', // a policy or page on a shared platform
  'https://intake-plum.vercel.app/privacy', // a policy or page on a shared platform
  'https://intervu-site.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://whabiz-website.pages.dev/en/privacy', // a policy or page on a shared platform
  'https://tera-engine.pages.dev/web/terms.html', // a policy or page on a shared platform
  'https://terranode-docs.pages.dev/terms/', // a policy or page on a shared platform
  'https://zara-ai-assists.netlify.app/legal/privacy-policy', // a policy or page on a shared platform
  'https://lucy-openai.vercel.app/privacy', // a policy or page on a shared platform
  'https://islamify-landing.pages.dev/en/privacy', // Islamify's policy, still only on a shared platform
  'https://deeniq.vercel.app/privacy', // a policy or page on a shared platform
  'https://storytime-ruby.vercel.app/privacy', // a policy or page on a shared platform
  'https://hse-ai.vercel.app/privacy-policy', // a policy or page on a shared platform
  'https://lifeline-6r7.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://appdevelopsk.github.io/privacy-policies/life-trace/privacy.html', // a policy or page on a shared platform
  'https://muntean2006.github.io/LookSwap-privacy-policy/privacy.html', // a policy or page on a shared platform
  'https://getflutterapp.web.app/hts/privacy.html', // a policy or page on a shared platform
  'https://hts-classify.vercel.app/privacy', // a copy of HTS Classify's policy on a shared platform
  'https://hts-code-auditor-0409-2004.pages.dev/privacy', // a policy naming htscodeauditor.com, on a shared platform
  'https://privacy-deploy-five.vercel.app/', // a policy or page on a shared platform
  'https://lccb-ai-2.vercel.app/privacy', // a student beta on a shared platform
  'https://mnemonic-site.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://drai-areen.web.app/privacy', // a policy or page on a shared platform
  'https://vonzio-web.pages.dev/privacy', // a policy or page on a shared platform
  'https://te-kete-ako-production.pages.dev/ai-workshop/modules/health/06-privacy-compliance.html', // a workshop page on a shared platform
  'https://dark-night-0f4a.bsweeney333.workers.dev/privacy.html', // a policy or page on a shared platform
  'https://csdisco.wordpress.com/2014/08/', // an old DISCO blog on a shared platform
  'https://loopcv.freshdesk.com/support/solutions/articles/103000399849-knowledge-base', // LoopCV's knowledge base on a helpdesk platform
  'https://zcloak-hub.gitbook.io/zcloak-ai/legal/privacy-policy', // a policy or page on a shared platform
  'https://telegra.ph/Privacy-Polic-11-28', // a policy or page on a shared platform
  'https://jobagent-se.duckdns.org/privacy', // a personal job agent on a dynamic-DNS host
];

const LEFT_OUT = [
  'https://www.hotphotoai.com/privacy', // Looktara's policy on a differently named host
  'https://jobfindingwithai.tech/privacy', // JobPilotX's policy on a differently named host
  'https://app.matterintake.legal.matterintake.legal/privacy', // IntakeAI's policy on a malformed host
  'https://oraclaim.com/terms', // terms that do not say AI
  'https://tradelyst.ai/en/legal/privacy', // a trading journal that names AI only as aggregated processing
  'https://staging.chatzaki.com/privacy', // a staging host
  'https://staging.aistockanalyzer.org/privacy', // a staging host
  'https://staging.lexaai.tech/legal/privacy', // a staging host with a draft policy
  'https://app-demo.practivera.com/privacy', // a demo host
  'http://storytimespinner.com/privacy-policy.html', // a plain-http page the catalog cannot cite
  'https://cleantender.co.uk/privacy', // a policy that, in the part read, does not say AI
  'https://app.ruthlessevaluator.ai/blog/guidelines/how-to-run-your-first-evaluation', // a guide that does not say AI
  'https://lagdinai.no/blog/gdpr-og-ai-agentplattformer-hva-bedrifter-ma-vite', // a general guide on its blog
  'https://massive-aijobs.com/privacy-policy', // a content-farm copy naming Massive
  'https://jobaistream.com/?p=1494', // a content-farm copy naming Massive
  'https://quickcareerai.com/privacy-policy', // a content-farm copy naming Massive
  'https://usemassive-jobs.com/?p=1465', // a content-farm copy naming Massive
  'https://bro.ailabs.at/en/privacy', // a policy with company-name placeholders
  'https://app.helferlain.app/en/legal/privacy', // a policy with a legal-entity placeholder
  'https://helperflow.com/privacy-policy/', // a policy with a bracketed effective date
  'https://www.lucille-ai.com/privacy', // a policy with an owner-name placeholder
  'https://lexitio.com/privacy', // a draft awaiting legal review
  'https://mymedpal.ai/legal/privacy', // a placeholder draft
  'https://www.doxtor.health/privacy-policy', // a policy with a date placeholder
  'https://dr-naga.bitfoundry.ai/privacy', // a pilot's draft policy
  'https://chatislam.org/privacy', // a draft under legal review
  'https://happyapply.app/privacy', // a policy pending legal review
  'https://www.10ender.com/privacy', // a draft with items to confirm
  'https://tender-audit.com/privacy.html', // a policy with a retention placeholder
  'https://tenderforge.app/legal/privacy', // a self-declared placeholder policy
  'https://privacy.zws.ink/privacy/tender', // a template with bracketed fields
  'https://gsstorytime.com/privacy', // a policy awaiting counsel
  'https://replai.pm/legal/privacy', // Replai, a namesake of two listed ReplAI entries
  'https://replai.sh/api/legal/privacy?lang=en', // Replai, a namesake of two listed ReplAI entries
  'https://www.lexaicontracts.com/privacy', // LexAI, Inc., a namesake of the LexAI.llc row, for another host
  'https://retouch.to/privacy-policy', // a policy that does not say the product uses AI
  'https://www.lookart.ai/privacy', // a policy that does not say AI in the part read
  'https://www.tellspinners.com/privacy', // a policy that does not say AI in the part read
  'https://www.talkscape.io/privacy-statement', // voice surveys without AI in the part read
  'https://www.actualvoice.ai/terms', // terms that do not say AI
  'https://usabilitylab.ai/terms.php', // terms that do not say AI
  'https://gethelia.dev/privacy', // an assistant policy that does not say AI
  'https://eazyai.uk/en/privacy/', // AI only in the name
  'https://aiclaim.com/privacy-policy.html', // claim scoring without AI wording
  'https://intaklo.com/privacy', // an intake platform without AI wording
  'https://www.intake.link/privacy', // intake forms without AI
  'https://www.tradealyst.com/legal/privacy', // a trading journal without AI
  'https://tradetir.ai/privacy', // AI only in the name, in the part read
  'https://bidclever.ai/privacy-policy', // AI only in the name, in the part read
  'https://bidgenie.co/privacy', // an RFP tool without AI wording
  'https://www.tenderscout.co.za/privacy', // tender screening without AI wording
  'https://aijobr.com/privacy', // a job board without AI wording
  'https://easystocksai.tech/privacy-policy', // stock scoring without AI wording
  'https://zaka.ai/privacy-policy/', // a policy that does not say the product uses AI
  'https://chatzo.cloud/privacy', // a chatbot policy without AI wording
  'https://www.cicely.ai/privacy-policy', // AI only in the name, in the part read
  'https://3lc.ai/privacy-notice/', // a notice without AI wording
  'https://emotivohealth.com/security-and-data-privacy', // a security page without AI wording
  'https://heliacare.com/policies/privacy-policy', // a device-recommendation platform without AI
  'https://www.arclifehealth.com/privacy', // SMS medication reminders without AI
  'https://www.citria.app/en/privacy/', // WhatsApp scheduling without AI wording
  'https://consulens.co/privacy-policy/', // a platform policy without AI
  'https://www.getvisto.com/privacy-policy', // a platform policy without AI
  'https://visisto.com/privacy', // website widgets without AI
  'https://retouchtools.work/en/terms', // terms that name no operator
  'https://crowdfree.app/privacy', // a policy that names neither product nor operator
  'https://visitai.eu/privacy.html', // an app policy that names no operator
  'https://easyrecruitee.com/privacy', // a CV optimiser whose operator is not named
  'https://clinixsummary.ai/privacy-policy', // a scribe policy that names no operator
  'https://www.orbitdev.org/Routes/privacy.html', // an Orbit policy that names no operator
  'https://dointake.com/terms', // document collection, AI one feature
  'https://tradalyst.com/en/privacy', // a trading journal, AI one feature
  'https://www.tradelytics.ai/privacy', // a trading journal, AI on one plan
  'https://www.hofai.io/en/privacy', // a learning platform, AI one feature
  'https://www.uixperiment.com/privacy', // a design-challenge platform, AI one feature
  'https://chat.orayol.com/privacy-policy.html', // AI only for quality review
  'https://support.zonarsystems.net/hc/en-us/articles/47008757099149-Neurion-AI-Data-Privacy-Policy', // a fleet platform's AI module
  'https://www.headshots.com/privacy-policy/', // a human retouching service
  'https://retouching.uk/privacy', // a marketplace of human retouchers
  'https://tenderiqs.com/privacy', // a review service with approved packages
  'https://www.jobr.co.in/privacy', // the user's own AI key
  'https://vistoformat.tech/privacy', // a personal tool on the user's own key
  'https://mnemosyne.aldenmerlin.com/privacy', // a personal tool on the user's own keys
  'https://www.getmnemonic.com/privacy.html', // an extension on the user's own keys
  'https://www.useorbit.dev/privacy', // a desktop app on the user's own keys
  'https://orbitaiapp.com/privacy', // on-device AI only
  'https://zonon.app/privacy', // on-device Apple models
  'https://www.digitaldovetail.biz/storyspin-privacy-policy', // an on-device story app without AI
  'https://swisschat.tech/datenschutz.html', // an individual's WhatsApp bot
  'https://ueli-dev.com/fr/legal/datenschutz', // an individual's beta
  'https://jobpilot.prathi.tech/privacy.html', // a personal host
  'https://aistock.tools/privacy', // a private person's phone number as controller
  'https://clauseandeffect.app/uk/privacy', // an individual controller, no AI wording
  'https://oralai.site/privacy', // a development team's screening tool
  'https://git.x-ys.cn/DavidRod1865/HTS-Classifier', // a personal project mirror
  'https://www.mnemora.dev/privacy', // a memory store for agents, not itself AI
  'https://www.zynd.ai/privacy-policy', // an agent registry, not itself AI
  'https://l6e.ai/privacy', // a cost gate for agents, not itself AI
  'https://libertinetech.com/replii/privacy-policy.html', // an app on its developer's site
  'https://hostpioneers.com/autojobs/privacy', // an app on a hosting company's site
  'https://autopilot.jobdoceo.com/privacy-policy/', // an alpha extension
  'https://easypalmreadings.com/privacy_whatsapp.html', // an extension policy on an unrelated host
  'https://harcourtspurbabali.com/privacy-policy-wa/', // a real-estate agency's own assistant
  'https://www.zenonai.net/privacy-policy', // an open-source local agent
  'https://www.lnetec.com/work/ai-customs-classification/', // an agency case study
  'https://delatorre.ai/?query-3-page=2', // a consultancy
  'https://afki.no/personvern', // a consultancy
  'https://toolforte.com/blog/ai-object-remover-photos-free', // a general article
  'https://jurislabs.io/insights/ai-client-intake-law-firm', // a general article
  'https://getflyline.com/posts/pitch-deck-db', // an agency's project write-up
];

const NAMESAKES = [
  'https://www.retouchflow.ai/', // beside RetouchFlow (retouchflow.com)
  'https://www.looktara.ai/', // beside Looktara (looktara.com)
  'https://www.disco.com/', // beside DISCO (csdisco.com)
  'https://www.pitchvault.com/', // beside PitchVault (pitchvault.ai)
  'https://www.talkful.com/', // beside Talkful (talkful.io)
  'https://www.helvira.com/', // beside Meet Helvira.AI (helvira.ai)
  'https://www.boodzilla.ai/', // beside Boodzilla (boodzilla.com)
  'https://www.mercadoboost.com.br/', // beside MercadoBoost (mercadoboost.com)
  'https://www.citachat.com/', // beside CitaChat (citachat.co)
  'https://www.askterra.com/', // beside ASKTERRA (askterra.io)
  'https://www.hoeasy.com/', // beside HoEasy (hoeasy.ai)
  'https://www.lifetag.com/', // beside LifeTag (lifetag.ai)
  'https://www.3l3c.com/', // beside 3L3C (3l3c.ai)
  'https://www.summerengine.ai/', // beside Summer Engine (summerengine.com)
  'https://www.jobpilotx.ai/', // beside JobPilotX (jobpilotx.com)
  'https://www.arlay.com/', // beside Arlay (usearlay.com)
  'https://www.crewy.com/', // beside Crewy (crewy.ai)
  'https://www.zonko.com/', // beside Zonko (zonko.ai)
  'https://www.ipauthor.ai/', // beside IP Author (ipauthor.com)
  'https://www.prosnap.com/', // beside Prosnap (prosnap.work)
  'https://www.lookz.com/', // beside Lookz (lookzbook.com)
  'https://www.claimassist.ai/', // beside ClaimAssist AI (claim.ai.orbisystechnology.com)
  'https://www.lexai.com/', // beside LexAI.llc (lexai.llc)
  'https://www.lexora.com/', // beside Lexora (lexora.legal)
  'https://www.lextrail.com/', // beside LexTrail (lextrail.tech)
  'https://www.tariffclassify.com/', // beside TariffClassify (tariffclassify.ai)
  'https://www.tariffmind.com/', // beside TariffMind (tariffmind.ai)
  'https://www.htsclassify.com/', // beside HTS Classify (hts-classify.com)
  'https://www.bidsnap.com/', // beside BidSnap (bidsnap.ca)
  'https://www.tradelocus.com/', // beside TradeLocus AI (tradelocus.ai)
  'https://www.intervuws.ai/', // beside Intervuws (intervuws.com)
  'https://www.uxcritique.com/', // beside UX Critique (uxcritique.app)
  'https://www.uxagent.com/', // beside UX Agent (uxagent.top)
  'https://www.ghostwalk.com/', // beside Ghostwalk (ghostwalk.app)
  'https://www.talkif.com/', // beside Talkif (talkif.ai)
  'https://www.websitechatbot.com/', // beside websitechatbot.ch
  'https://www.botts.com/', // beside botts.ai
  'https://www.klaroai.com/', // beside Klaro AI (klaroai.ch)
  'https://www.botsai.com/', // beside BotsAI (botsai.app)
  'https://www.helvia.com/', // beside Helvia (helvia.ai)
  'https://www.getlumi.com/', // beside Lumi (getlumi.xyz)
  'https://www.hio.com/', // beside HiO (hio.ai)
  'https://www.visito.com/', // beside Visito (visito.world)
  'https://www.securellms.com/', // beside SecureLLMs.org (securellms.org)
  'https://www.orbitllm.ai/', // beside Orbit (orbitllm.com)
  'https://www.replr.com/', // beside REPLR (replr.ai)
  'https://www.lucemi.com/', // beside Lucemi (lucemi.me)
  'https://www.lifeofmine.com/', // beside LifeOfMine (lifeofmine.ai)
  'https://www.hablaconlahistoria.com/', // beside Habla con la Historia (hablaconlahistoria.es)
  'https://www.lifescribe.com/', // beside LifeScribe AI (trylifescribe.com)
  'https://www.memorylog.com/', // beside Memory Log (memorylog.app)
  'https://www.jobloop.com/', // beside Jobloop (getjobloop.com)
  'https://www.jobifer.com/', // beside Jobifer (jobifer.ai)
  'https://www.joobbr.ai/', // beside Joobbr (joobbr.com)
  'https://www.jobyr.com/', // beside Jobырь (jobyr.org)
  'https://www.rozgarwise.in/', // beside RozgarWise (rozgarwise.com)
  'https://www.visibilityai.com/', // beside Visibility AI (getvisibilityai.com)
  'https://www.arlo.com/', // beside Arlo (getarlo.io)
  'https://www.srat.com/', // beside SRAT-AI (srat.ai)
];

describe('twenty-first-session second leads traps', () => {
  it('adds 60 rows, each with one domain and no prefix or endpoint', () => {
    expect(longTailC21Leads2Tools.length).toBe(60);
    expect(
      longTailC21Leads2Tools.every(
        (t) => t.domains.length === 1 && t.urlPrefixes.length === 0 && t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
  });

  it('keeps the regions the pages showed', () => {
    const regions = Object.fromEntries(
      longTailC21Leads2Tools
        .filter((t) => catalogRegion(t.id) !== 'global')
        .map((t) => [t.id, catalogRegion(t.id)]),
    );
    expect(regions).toEqual({
      looktara: 'india',
      talkful: 'europe',
      'meet-helvira-ai': 'europe',
      '3l3c-ai': 'europe',
      'summer-engine': 'europe',
      zonko: 'india',
      intervuws: 'europe',
      'websitechatbot-ch': 'europe',
      'botts-ai': 'europe',
      'klaro-ai': 'europe',
      'visito-world': 'europe',
      'habla-con-la-historia': 'europe',
      jobyr: 'europe',
    });
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21Leads2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://meet.helvira.ai/en/confidentialite': 'meet-helvira-ai',
      'https://app.intervuws.com/privacy.html': 'intervuws',
      'https://trust.talkif.ai/privacy': 'talkif',
      'https://app.replr.ai/legal/privacy': 'replr-ai',
      'https://docs.helvia.ai/security/data-privacy-and-handling': 'helvia',
      'https://docs.getlumi.xyz/support/privacy-policy': 'lumi-getlumi',
      'https://auth.hio.ai/privacy': 'hio-ai',
      'https://claim.ai.orbisystechnology.com/privacy': 'claimassist-ai',
      'https://beta-geospatial-agent.askterra.io/docs': 'askterra',
      'https://docs.summerengine.com/ai-tools/rag-search': 'summer-engine',
      'https://looktara.com/ai-usage-disclosure': 'looktara',
      'https://www.pitchvault.ai/how-we-score': 'pitchvault',
      'https://csdisco.com/legal/ai-supplementary-terms': 'disco-csdisco',
      'https://www.3l3c.ai/terms-of-service': '3l3c-ai',
      'https://ipauthor.com/faqs/': 'ip-author',
      'https://usearlay.com/privacy': 'arlay',
    });
  });

  it('classifies the second host added to a listed entry at the merge', () => {
    expectEachClassifiedAs({ 'https://lucyd2.ai/privacy': 'lucy-d2', 'https://www.lucyd2.ai/': 'lucy-d2' });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
