// Traps beside the rows the twenty-seventh session's `faqmodel` pass added (data/long-tail-c27-faqmodel.ts), found
// through vendors' help-centre and FAQ answers to "which AI model do you use?", "does the AI train on my data?", "how
// accurate is the AI?" and "what happens to my uploads?": the ordinary sites next to each kind of AI tool it added (the
// tax authority and the bar body, a food database and a calorie counter, job boards, telephony, meeting and scheduling
// platforms, a therapists' directory and the crisis line, the copyright office, payments and design sites), the review
// and explainer sites, shared-platform copies, agencies, demo hosts and left-out hosts the pass read, and names close to
// the new entries. None of them may classify; every new host must reach its own entry.
// c27 leads9 (2026-12-07): the help.spheric.com trap went: Spheric is now listed (`spheric-hiring`, its help centre says its AI screens and interviews candidates).
// c27 leads9 (2026-12-07): the sortresume.ai trap went: SortResume.ai, this pass's lead, is now listed (`sortresume-ai`, from its founder's post on building its AI hiring assistant).
// kukarella.com dropped: listed in data/long-tail-c28-meetvoice2.ts (session 28), from Kukarella's own blog post on the
// commercial use of its AI voices.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27FaqmodelTools } from './data/long-tail-c27-faqmodel';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.irs.gov/', // the tax authority, beside AI Tax Accountant and TaxFigure
  'https://www.americanbar.org/', // the bar body, beside LawSensai and Tholos AI
  'https://fdc.nal.usda.gov/', // USDA FoodData Central, the database CalorieScan AI names
  'https://www.myfitnesspal.com/', // a calorie counter, beside Nutrola and CalorieScan AI
  'https://www.linkedin.com/jobs/', // job listings, beside Rekroots
  'https://www.indeed.com/', // a job board, beside Rekroots
  'https://www.twilio.com/', // telephony, beside ZazaVoice and VoiceDepot
  'https://www.calendly.com/', // scheduling, beside the AI receptionists
  'https://www.zoom.us/', // the meeting platform, beside Canary
  'https://www.psychologytoday.com/', // a therapists' directory, beside therapini
  'https://988lifeline.org/', // the crisis line AI therapy pages point to
  'https://www.copyright.gov/', // the copyright office the AI-music and AI-image pages cite
  'https://quickbooks.intuit.com/', // bookkeeping software, beside AI Tax Accountant
  'https://www.sec.gov/edgar', // filings search, beside the investing pages met
  'https://www.ef.com/', // a language school, beside LinguaLive
  'https://www.stripe.com/', // payments named in the policies read
  'https://www.canva.com/', // a design platform, beside ImageMakerLab
  'https://www.westech.co.za/?p=12186', // an IT firm's ChatGPT explainer
  'https://mobilemall.co/blog/?p=24705', // a shop's blog post on AI room design
  'https://beancount.io/forum/t/the-80-20-reality-ai-categorizes-80-but-i-still-review-100-of-transactions/3217', // a bookkeepers' forum
];

const REVIEW_AND_EXPLAINER_SITES = [
  'https://calorietrackerindex.com/how-ai-works/', // a calorie-tracker review site
  'https://calorietrackerlab.com/articles/how-ai-calorie-tracking-works-2026/', // a calorie-tracker review site
  'https://independent-reviews.org/articles/how-ai-calorie-tracking-works-2026/', // a review site
  'https://intervieweragents.com/faq', // an AI-interview explainer for candidates
  'https://theneuralbase.com/voice-ai/learn/beginner/voice-cloning/', // a course site
  'https://reporadar.ai/guides/does-ai-train-on-your-data/', // a guide on AI data use
  'https://aigal.io/which-model-is-my-ai-tool-using', // an AI-literacy library
  'https://hosaai.com/guides/how-ai-companions-work', // an AI-companion guide site
  'https://companioncompare.com/learn', // an AI-companion comparison site
  'https://agenticcontractreview.com/faq', // an AI contract-review explainer
  'https://conductatlas.com/provisions/', // a terms-of-service digest
  'https://aimusicstreet.com/legal-ethics-and-culture/copyright-ownership/', // an AI-music magazine
  'https://psychology.com/ai-therapy/chatbots', // an explainer on therapy chatbots
  'https://nationalhomeworkauthority.com/ai-powered-homework-assistance', // a homework explainer
  'https://www.thefreeaitools.com/tools/fix-old-image-ai', // a tools directory
  'https://en.ai-pedias.com/glossary/ai-photo-restoration', // an AI glossary
];

const SHARED_PLATFORMS = [
  'https://ai-video-generator-legal.netlify.app/privacy-policy', // an AI video app's policy on a shared platform
  'https://ai-interior-landing.pages.dev/privacy', // an AI interior app's policy on a shared platform
  'https://olympos-apps-5adc1.web.app/homeai/privacy.html', // Home AI's policy on a shared platform
  'https://hanaaaaa-project-bfda40.gitlab.io/how-ai-companions-work.html', // an affiliate guide on a shared platform
  'https://loran-code.github.io/bedtime-stories-resources/', // a checklist on a shared platform
  'https://deckpilot.pages.dev/guides/ai-presentation-generation-explained/', // a guide on a shared platform
  'https://aguidetocloud-plainai.pages.dev/ai-in-your-email.html', // a guide on a shared platform
  'https://flashcard-forge--konarkmurarka1.replit.app/privacy', // a flashcard app's policy on a shared platform
  'https://sites.google.com/view/aigirlfrnd/privacy', // an app policy on a shared platform
  'https://intercom.help/generated-photos/en/articles/8285339-how-do-you-use-uploaded-faces', // a shared help-centre host
  'https://fonio-knowledge-base.help.usepylon.com/articles/2987907205-aufzeichnung', // a shared help-centre host
];

const LEFT_OUT = [
  'https://scheduling.studio/privacy-for-ai-voice', // scheduling with a voice agent, as c23 decided
  'https://docs.dmeet.org/lets-get-started/ai-summary', // a video-meeting app's AI Summary feature
  'https://help.metricool.com/how-to-create-posts-with-metricools-ai-text-generator-sv0j8', // social tool, AI one feature
  'https://help.maxqda.com/en/support/solutions/articles/80001168153-is-the-data-sent-to-ai-models-stored-', // QDA software
  'https://support.onecloud.com/portal/en/kb/articles/call-recordings-transcripts-audit-logs-30-4-2026', // a telephony company
  'https://jamjawn.io/privacy', // a policy that does not say AI (as before)
  'https://voicenotetotext.com/guides/how-uploaded-audio-is-handled', // does not say AI (as before)
  'https://writeloom.app/blog/no-training', // a blog not describing its own product (as before)
  'https://www.forsocials.com/blog/ai-writing-tools-data-privacy-training', // as before
  'https://thestandalone.ai/blog/does-ai-learn-from-what-you-type', // a general explainer
  'https://growthy.com/blog/ai-bookkeeping-evaluation-checklist', // as before
  'https://www.articuler.ai/resources/learn/ai-interviewer/', // a learn page that does not describe its product
  'https://www.consciouspresenceai.com/blog/voice-cloning-ethics-and-consent', // a professional's avatar service
  'https://clauseflint.com/insights/ai-contract-review-explained', // an insights post that does not name a product
  'https://jobshinobi.com/blog/ai-resume-builder-ethics-and-accuracy-checklist', // a guide that does not say its tool is AI
  'https://chatrag.co/learn/ai-support-agent-without-hallucination', // a learn page that does not describe its product
  'https://corebee.ai/learn/ai-hallucination', // a glossary entry
  'https://dekked.app/blog/how-ai-presentation-generators-work', // a general explainer
  'https://acutic.io/blog/five-things-to-check-before-trusting-ai-research', // a methodology post
  'https://www.oldphotorestoration.app/blog/before-after-restoration-reliability/', // a guide that names no product
  'https://oldphotorestoration.org/blog/ai-photo-restoration-techniques/', // a guide that names no product
  'https://www.lallifafa.com/blog/is-ai-generated-content-safe-for-kids', // as before
  'https://affiny.blog/features/how-ai-companion-works/', // a companion's blog host; product host not seen
  'https://aiqlabs.ai/blog/does-chatgpt-give-accurate-legal-information', // an AI agency
  'https://www.silvalex.co.uk/faqs', // AI training for law firms
  'https://genartstudios.com/blog/ai-voice-cloning-ethics-and-workflow', // a production studio
  'https://softusinfotech.com/case-studies/legal-ai-tax-assistant', // an agency case study
  'https://docs.gary.club/ai-agency-unlocked/how-voice-ai-works', // a white-label course for agencies
  'https://enrolledagentschool.com/ea-part-1/ai-tutor', // a framework page not yet a product
  'https://gunzino.me/openassistant/terms/', // an app on a developer's personal host
  'https://ingoampt.com/chataibyapi-app-privacypolicy-2/', // an iOS app on a publisher's host
  'https://ai-email.dhakalnirajan.com.np/privacy', // a demonstration project on a personal host
  'https://jamalcampbell.org/blog/ai-tax-assistant-rag-system', // a personal demo
  'https://eu-east.go.ro/privacy', // one operator's deployment
  'https://echo.ifix.xin/explore/what-is-an-ai-companion/', // an explainer on an unrelated host
  'https://personaplex.aifly.club/ja/blog/ai-language-tutor', // a subdomain whose parent was not read
  'https://genaivideo.app/veo-privacy.html', // CoreMoose's iOS video app
  'https://www.coremoose.com/veo-privacy.html', // the developer's host
  'https://prepaiapp.com/privacypolicy', // an Android study app
  'https://ai-lab.com.au/assistant/en/privacy-policy.html', // a Mac and iOS app (as before)
  'https://freeheadshot.app/your-photos/', // early access, no product yet
  'https://ivycv.com/blog/ai-resume-privacy', // preview mode, downloads not available
  'https://build-myresume.com/privacy', // a policy that does not say AI
  'https://www.careersolutionsfortoday.com/resumebuilder.html', // a résumé tool on a career-services site
  'https://asistan.globalpozitif.com.tr/page/what-is-a-credit-and-how-is-it-calculated?lang=en', // a company subdomain
  'https://legal.transcriptionai.app/', // a legal-centre root with no path: a lead
  'https://getaiheadshot.it.com/blog/ai-headshot-privacy-safety', // a headshot blog on a second-level registry host
];

const NAMESAKES = [
  'https://www.draft.com/', // beside Draft (draft.net)
  'https://www.canary.is/', // a security-camera maker, beside Canary (askcanary.com)
  'https://runcanary.ai/', // another Canary, left out by the c15 pass
  'https://www.lawsense.com/', // beside LawSensai (lawsens.ai)
  'https://www.translayer.com/', // beside Translayer (translayer.app)
  'https://www.voicedepot.com/', // beside VoiceDepot (voicedepot.cloud)
  'https://www.zaza.com/', // beside ZazaVoice (zazavoice.com)
  'https://www.tholos.com/', // beside Tholos AI (tholosai.com)
  'https://www.video123.com/', // beside Video123 (video123.ai)
  'https://www.nutrola.com/', // beside Nutrola (nutrola.app)
  'https://www.lingualive.com/', // beside LinguaLive (lingualive.ai)
  'https://www.taxfigure.net/', // beside TaxFigure (taxfigure.com)
  'https://www.amora.com/', // beside Amora (amora.live)
  'https://www.stt.com/', // beside STT.ai (stt.ai)
  'https://www.caloriescan.com/', // beside CalorieScan AI (caloriescanai.com)
];

describe('twenty-seventh-session faqmodel traps', () => {
  it('adds 21 rows, each with one domain and no prefix, all global', () => {
    expect(longTailC27FaqmodelTools.length).toBe(21);
    expect(longTailC27FaqmodelTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC27FaqmodelTools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27FaqmodelTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27FaqmodelTools));
    expectEachClassifiedAs({
      'https://taxfigure.com/': 'taxfigure',
      'https://app.taxfigure.com/': 'taxfigure',
      'https://nanolook.app/': 'nanolook-ai',
      'https://video123.ai/': 'video123-ai',
      'https://allvideomodels.com/': 'allvideomodels',
      'https://aitaxaccountant.com/': 'ai-tax-accountant',
      'https://www.stt.ai/': 'stt-ai',
      'https://www.draft.net/': 'draft-net',
      'https://lingualive.ai/': 'lingualive',
      'https://voicedepot.cloud/': 'voicedepot',
      'https://caloriescanai.com/blog/how-ai-calorie-trackers-actually-work': 'caloriescan-ai',
    });
  });

  it('leaves general sites, explainers, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...REVIEW_AND_EXPLAINER_SITES,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
