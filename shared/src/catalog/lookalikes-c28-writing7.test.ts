// Traps beside the rows the twenty-eighth session's seventh writing pass added (data/long-tail-c28-writing7.ts): the
// ordinary sites next to each kind of AI writing tool it added (consumer and insurance regulators and complaint
// templates, wedding and funeral sites, stationery makers, novel-writing and worldbuilding software, memoir services,
// business-plan guides, a Dutch job board, Danish language bodies), the news, guides, courses and shared-platform
// copies the searches returned, the human writing services the pass left out, and names close to the new entries.
// None of them may classify; every new host must reach its own entry. Hosts that are likely AI but were not confirmed
// (the pass's leads) are deliberately not trapped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Writing7Tools } from './data/long-tail-c28-writing7';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.citizensadvice.org.uk/consumer/get-more-help/sample-letters/', // template complaint letters, beside ClearComplaint
  'https://www.which.co.uk/consumer-rights/letters', // consumer-rights letter templates, beside the complaint writers
  'https://www.financial-ombudsman.org.uk/', // the UK ombudsman, beside ClearComplaint
  'https://www.consumerfinance.gov/complaint/', // a regulator's complaint form, beside EasyComplaint
  'https://www.healthcare.gov/appeal-insurance-company-decision/', // the official appeal guide, beside DocuGov.ai
  'https://www.naic.org/', // insurance regulators, beside DocuGov.ai
  'https://insuranceaitools.com/guides/insurance-claims-denial-prompts', // a prompt guide met in the searches
  'https://www.theknot.com/', // wedding planning, beside the speech and ceremony writers
  'https://www.hitched.co.uk/', // UK wedding planning, beside bestmen.ai and Ceremony Script AI
  'https://www.wewritespeeches.com/blogs/blog/is-using-ai-to-write-a-best-man-speech-a-good-idea', // human speechwriters
  'https://www.humanist.org.uk/ceremonies/', // human celebrants, beside Ceremony Script AI
  'https://www.unitedvows.com/privacy', // a wedding marketplace with AI features
  'https://www.legacy.com/', // obituaries, beside FuneralSlides
  'https://www.funeralwise.com/', // funeral planning, beside FuneralSlides
  'https://www.paperlesspost.com/', // cards and stationery, beside Grateful
  'https://www.minted.com/', // stationery, beside Grateful
  'https://www.scrivener.com/', // a namesake of novel software, beside ProseWeave and Continuum Writer
  'https://www.literatureandlatte.com/scrivener/overview', // novel-writing software, beside the fiction workspaces
  'https://www.worldanvil.com/', // worldbuilding software, beside ProseWeave and Continuum Writer
  'https://www.notebook.ai/forum/announcements/notebook-ai-s-commitment-to-ethical-ai', // worldbuilding with optional AI
  'https://www.mystoriesmatter.com/blog/post/should-you-use-ai-to-write-your-memoir-or-life-story', // a memoir service's blog
  'https://www.sba.gov/business-guide/plan-your-business/write-your-business-plan', // the SBA's business-plan guide
  'https://www.nationalevacaturebank.nl/', // a Dutch job board, beside CVeetje
  'https://www.bnnvara.nl/kassa/artikelen/solliciteren-met-behulp-van-kunstmatige-intelligentie-ai-is-dat-slim', // news
  'https://dsn.dk/', // the Danish Language Council, beside Skrivsikkert.dk
  'https://www.sproget.dk/', // Danish language help, beside Skrivsikkert.dk
  'https://grants.club/kb/ai-future-of-grants/building-your-ai-grants-policy.html', // a grants knowledge base
  'https://www.subthesis.com/products/courses/grant-architects/week-15-data-privacy-and-policy', // a course
  'https://www.prnewswire.co.uk/resources/articles/disclose-ai-in-press-releases.html', // a wire service's guide
  'https://release.media/pr/empowering-digital-agencies-and-internet-professionals-with-comprehensive-press-release-distribution-solutions/release.media', // press-release distribution
  'https://edtechinstitute.com/2026/02/11/the-ethics-of-using-ai-to-write-report-card-comments-2/', // an article
  'https://janefriedman.com/agents-and-publishers-confront-ai-use-in-submissions/', // publishing news
  'https://www.hartvannederland.nl/tech/ai/artikelen/steeds-meer-nederlanders-rijmen-sinterklaasgedicht-met-ai', // news
  'https://stirileprotv.ro/educatie/universitatile-din-romania-impun-reguli-stricte-privind-utilizarea-inteligentei-artificiale-2.html', // news
  'https://aiavisen.no/fallgruver-generativ-ai/', // Norwegian news on AI
];

const SHARED_PLATFORMS = [
  'https://obituarycraft.pages.dev/privacy', // ObituaryCraft's policy on a shared platform
  'https://ai-email-writer-dzv.pages.dev/privacy/', // an email writer's policy on a shared platform
  'https://hero-marketer-support-docs.pages.dev/concepts/how-ai-generates-ad-copy', // a docs copy on a shared platform
  'https://ai-for-regulars.pages.dev/guides/ai-write-life-story-memoir', // a guide on a shared platform
  'https://adsense-resource-hub.vercel.app/articles/verify-ai-generated-citations/', // an article on a shared platform
  'https://fineprinted.vercel.app/s/openai.com', // a policy summariser on a shared platform
  'https://grant-ai-indol.vercel.app/privacy.html', // a placeholder policy on a shared platform
  'https://lira-r.github.io/birthdaymessenger-legal/privacy.html', // an app policy on a shared platform
  'https://whytho.notion.site/Terms-of-Service-bca3d5bbcd5f483c88b179377162dee3', // human ad copywriters on a shared platform
];

const LEFT_OUT = [
  'https://contentholic.com/hazards-of-using-chatgpt-ai-to-write-student-visa-sop', // human SOP writers
  'https://soppro.in/why-are-ai-written-student-visa-sops-discouraged', // human SOP writers
  'https://www.thewritersforhire.com/ai-can-help-you-start-a-life-story-it-cannot-tell-the-truth-for-you/', // human ghostwriters
];

const PARENTS_AND_NAMESAKES = [
  'https://www.docugov.com/', // beside DocuGov.ai (docugov.ai)
  'https://www.easycomplaint.com/', // beside EasyComplaint (easycomplaint.ai)
  'https://www.clearcomplaint.com/', // beside ClearComplaint (clearcomplaint.co.uk)
  'https://www.apologygenerator.com/', // beside Apology Generator (apologygenerator.app)
  'https://www.grateful.com/', // beside Grateful (sendgrateful.com)
  'https://www.bestmen.com/', // beside bestmen.ai
  'https://www.ceremonyscript.com/', // beside Ceremony Script AI (ceremonyscript.co.uk)
  'https://www.proseweave.com/', // beside ProseWeave (proseweave.ai)
  'https://www.continuum.com/', // beside Continuum Writer (continuumwriter.com)
  'https://www.biography.com/', // the biography magazine, beside Biography.AI
  'https://www.unsloppy.com/', // beside Unsloppy (unsloppy.ai)
  'https://www.optimus.com/', // beside Optimus Business Plans
  'https://www.cveetje.nl/', // beside CVeetje (maakcveetje.nl)
  'https://www.skrivsikkert.no/', // beside Skrivsikkert.dk
  'https://www.funeralslides.net/', // beside FuneralSlides (funeralslides.com)
  'https://www.generateprompt.com/', // beside GeneratePrompt.Art
];

const EUROPE = ['clearcomplaint', 'bestmen-ai', 'ceremony-script-ai', 'cveetje', 'skrivsikkert-dk'];

describe('twenty-eighth-session writing7 traps', () => {
  it('adds 16 rows, each with one domain and no prefix, five in the europe region', () => {
    expect(longTailC28Writing7Tools.length).toBe(16);
    expect(longTailC28Writing7Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC28Writing7Tools.filter((t) => catalogRegion(t.id) !== 'global').map((t) => t.id)).toEqual(
      EUROPE,
    );
    for (const id of EUROPE) expect(catalogRegion(id)).toBe('europe');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Writing7Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Writing7Tools));
    expectEachClassifiedAs({
      'https://docugov.ai/en/cases/insurance/homeowners-insurance-claim-appeal': 'docugov-ai',
      'https://optimusbusinessplans.com/': 'optimus-business-plans',
      'https://proseweave.ai/': 'proseweave',
      'https://www.bestmen.ai/': 'bestmen-ai',
      'https://www.ceremonyscript.co.uk/': 'ceremony-script-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified(GENERAL_SITES);
    expectNoneClassified(SHARED_PLATFORMS);
    expectNoneClassified(LEFT_OUT);
    expectNoneClassified(PARENTS_AND_NAMESAKES);
  });
});
