// Traps beside the rows the twenty-third session's United Kingdom and Ireland pass added (data/regional-c23-ukie.ts): the
// ordinary sites next to each kind of AI tool it added (legal and tax authorities and registers, accountancy and
// financial-advice bodies, exam boards and school resources, letting portals, trades directories, job boards, visa
// pages, clinics' and care regulators, Irish public bodies, restaurant platforms), the shared-platform copies and the
// left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every
// new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC23UkieTools } from './data/regional-c23-ukie';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.sra.org.uk/', // the solicitors' regulator, beside the legal research assistant
  'https://www.lawsociety.org.uk/', // the Law Society, beside the legal research assistant
  'https://www.legislation.gov.uk/', // UK legislation, beside the research chatbots
  'https://www.gov.uk/government/organisations/hm-revenue-customs', // HMRC, beside the Making Tax Digital AI accountant
  'https://find-and-update.company-information.service.gov.uk/', // Companies House, beside the accounts review
  'https://www.icaew.com/', // the accountants' institute, beside the accounts review
  'https://www.fca.org.uk/', // the financial regulator, beside the advisers' documentation AI
  'https://ico.org.uk/', // the data-protection regulator named in most policies read
  'https://www.aqa.org.uk/', // an exam board, beside the revision and marking tools
  'https://www.bbc.co.uk/bitesize', // a revision site, beside the exam helpers
  'https://www.ipsea.org.uk/', // a SEND advice charity, beside the EHCP tool
  'https://www.rightmove.co.uk/', // a property portal, beside the landlords' WhatsApp assistant
  'https://www.openrent.co.uk/', // a letting platform, beside the landlords' WhatsApp assistant
  'https://www.checkatrade.com/', // a trades directory, beside the trades' AI receptionists
  'https://www.mybuilder.com/', // a trades marketplace, beside the trades' AI receptionists
  'https://www.bt.com/', // a telephone provider, beside the phone receptionists
  'https://www.nhs.uk/', // the NHS site, beside the clinics' AI receptionist
  'https://www.cqc.org.uk/', // the care regulator, beside the clinics' AI receptionist
  'https://www.reed.co.uk/', // a job board, beside the CV tools
  'https://nationalcareers.service.gov.uk/', // the careers service, beside the CV tools
  'https://www.gov.uk/browse/visas-immigration', // the visa pages, beside the visa assistants
  'https://www.just-eat.co.uk/', // a restaurant platform, beside the restaurants' content generator
  'https://www.revenue.ie/', // Irish Revenue, beside the Irish business platform
  'https://www.cro.ie/', // the Irish companies register, beside the Irish vendors
  'https://www.dataprotection.ie/', // the Irish Data Protection Commission
  'https://www.citizensinformation.ie/', // an Irish public information site
];

const SHARED_PLATFORMS = [
  'https://solicitor-proposal.pages.dev/privacy', // a policy or page on a shared platform
  'https://london-plumber-ai.pages.dev/privacy-policy.html', // a policy or page on a shared platform
  'https://jc-insights-platform.pages.dev/', // Exam Insights' policy on a shared platform
  'https://sencoai-website.pages.dev/privacy', // SENCO AI's policy on a shared platform
  'https://wa-website-live.pages.dev/insights/ai-suitability-report-writing-uk-adviser/', // a page on a shared platform
  'https://runbook-k9v.pages.dev/blog/gdpr-ai-accountants-uk', // a page on a shared platform
  'https://scrutinyai.pages.dev/privacy', // a policy on a shared platform
  'https://ola-ade.pages.dev/blog/how-we-are-building-an-ai-that-reads-legal-texts-so-humans-dont-have-to', // a blog on a shared platform
  'https://examprepai-app.lovable.app/privacy', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://auxilis.co.uk/privacy', // a policy with "[Your Company Name Ltd]"
  'https://tradiedial.com/legal/privacy', // a policy with "[registered address to be added]"
  'https://housingvoiceai.com/privacy', // a policy marked as a draft
  'https://tenantsafe.co.uk/privacy', // a policy awaiting sign-off
  'https://signature-crm.co.uk/portal/privacy-policy', // a policy with "[YOUR COMPANY NAME]"
  'https://staging.bosh.tax/terms-and-conditions', // a staging host
  'https://staging.voicepa.ai/privacy', // a staging host
  'https://headofai.ai/?p=1324', // a bare `?p=` page
  'https://aicarecompliance.co.uk/?p=4106', // a bare `?p=` page
  'https://aicompliance.uk/?p=5088', // a bare `?p=` page
  'https://www.gcseaitutor.co.uk/privacy', // AI only in the brand name
  'https://www.ailessonplanner.co.uk/data-protection', // AI only in the brand name
  'https://lessonly.co.uk/gdpr', // a page that does not say AI
  'https://www.educationai.co.uk/legal/dataprivacy/', // a notice that does not say the product uses AI
  'https://remarkableai.co.uk/safeguarding', // "automated feedback" only
  'https://lexhr.ai/termsandconditions', // terms that do not say AI
  'https://www.scgbotservices.com/privacy', // a policy that does not say AI
  'https://scale-ai.ai/privacy-policy', // AI only in the brand name
  'https://automated-intelligence.com/privacy', // "AI" as the company's initials
  'https://pcnpal.co.uk/', // a parking-appeal guide that does not say AI
  'https://www.assistantsendco.co.uk/use-of-ai', // optional AI drafting inside a SEN-plan tool
  'https://prepstep.co.uk/privacy', // an AI tutor inside an 11+ practice app
  'https://caredirectory.org.uk/privacy', // a directory with an AI assistant feature
  'https://econsult.net/hi-scribe-privacy-policy', // an AI scribe of a general platform, no host of its own read
  'https://www.x-on.co.uk/blog/avt-in-practice-safe-to-use-ready-to-listen', // a telephony company's blog
  'https://finlegal.ai/terms/ai-aup', // AI features of a legal-claims platform
  'https://www.openforest.co/legals/terms-of-service', // a company platform with AI tools as one feature
  'https://createmycontract.com/cmc/terms-of-use', // legal templates with AI content as one feature
  'https://gradeitai.com/privacy', // a page that names no country
  'https://www.aicvme.com/terms', // a page that names no country
  'https://ainotes.site/privacy-policy', // a page that names no country
  'https://www.aiiro.ai/terms-of-use', // a page that names no country
  'https://euryka.ai/terms/', // terms that do not describe the platform as AI
  'https://www.cluda.ai/blog/vendor-due-diligence-for-ai-in-uk-insurance-brokers', // seen only on its blog
  'https://lexsentinel.ai/insights/risks-chatgpt-gemini-claude-conveyancing', // seen only on its blog
  'https://www.docsnote.co.uk/whitepapers/ai-transcription-gdpr-privacy', // seen only in a whitepaper
  'https://caretime.care/blog/nhs-ambient-scribes-guidance-care-home-ai/', // seen only on its blog
  'https://auxilis.ai/insights/ai-nhs-clinical-safety-standards', // seen only on its blog
  'https://www.accupe.com/blog/9-documents-accountants-never-paste-into-public-llm', // seen only on its blog
  'https://machlilies.com/data-safety/', // a page that names no product or company
  'https://www.propertyautomationsai.com/privacy', // a consultancy
  'https://www.storefrontai.eu/terms', // an agency
  'https://dunaai.dev/privacy', // a services company
  'https://vortexaiadvisory.com/privacy.html', // an agency
  'https://lyght.work/blog/gdpr-ai-ireland-what-businesses-need-to-know', // an agency's blog
  'https://www.softomatesolutions.com/blog/ai-voice-agent-uk-gp-surgeries/', // an agency's blog
  'https://theaiconsultancy.ai/blog/ai-ifas-family-offices-data-sovereignty', // a consultancy's blog
  'https://cordrey.co/journal/how-to-automate-suitability-report-drafting-without-breachin', // a consultancy's journal
  'https://graemekerr.co.uk/ai-transparency', // a consultancy
  'https://www.scotwebstudio.co.uk/privacy', // a web studio
  'https://argylldev.com/platfromtermsofservice', // AI hosting beside consulting
  'https://universoftware.ai/legal/ai-assistant-policy', // a services firm's site assistant
  'https://acuityai.co/ai-governance-law-firms', // an advisory firm
  'https://mike-english.com/intelligence-brain-articles/data-residency-for-irish-legal-ai/', // a consultant's articles
  'https://sendparentshelp.com/privacy.html', // a knowledge base behind a custom GPT
  'https://holdtheline.support/guide-private-parking', // prompts for a general chatbot
  'https://www.dontpaythat.uk/blog/why-ai-generated-parking-appeal-letters-fail', // paid templates, not AI
];

const NAMESAKES = [
  'https://www.writford.com/', // beside Writford (writford.co.uk)
  'https://www.bart.gov/', // beside Bart (hellobart.com)
  'https://www.lettie.com/', // beside Lettie (asklettie.com)
  'https://www.airis.com/', // beside Airis (airis.ie)
  'https://www.rubrical.com/', // beside Rubrical (rubrical.ai)
  'https://www.anthill.co.uk/', // beside SEN Tools (anthilltools.co.uk)
  'https://www.interactive.com/', // beside InteractiveAI (interactive.ai)
  'https://www.aicore.com/', // beside AICORES (aicores.ai)
  'https://www.visavault.com/', // beside VisaVault (visavault.co.uk)
  'https://www.cvsense.com/', // beside CVSense (cvsense.co.uk)
  'https://www.torly.com/', // beside TorlyAI (torly.ai)
  'https://www.callme.ie/', // beside CallMeIE (callmeie.ie)
  'https://www.scottsbargains.co.uk/', // beside Scott Bargains AI (scottbargains.com)
  'https://www.aimai.com/', // beside AIMAI PRISM (aimai.co.uk)
];

describe('twenty-third-session United Kingdom and Ireland (ukie) traps', () => {
  it('adds 26 rows, each with one domain and no prefix, in the europe region', () => {
    expect(regionalC23UkieTools.length).toBe(26);
    expect(regionalC23UkieTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC23UkieTools.every((t) => catalogRegion(t.id) === 'europe')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC23UkieTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.writford.co.uk/ai-policy': 'writford',
      'https://hellobart.com/terms.html': 'hello-bart',
      'https://docs.interactive.ai/platform-fundamentals': 'interactiveai',
      'https://interactive.ai/terms': 'interactiveai',
      'https://www.aicores.ai/legal/privacy': 'aicores',
      'https://callmeie.ie/legal/privacy.html': 'callmeie',
      'https://www.ukglobaltalentvisa.org/privacy': 'global-talent-ai',
      'https://torly.ai/blog/ensuring-data-privacy-secure-ai-frameworks-for-uk-innovator-visa-solicitors/':
        'torlyai',
      'https://advisoryai.com/blog/suitability-report-turnaround-time-deadline-pressure': 'advisoryai',
      'https://anthilltools.co.uk/legal/ai-transparency': 'sen-tools-anthill',
      'https://schoolgpt.co.uk/policies/eu-privacypolicy': 'schoolgpt-uk',
      'https://www.scottbargains.com/legal/privacy': 'scott-bargains-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
