// Traps beside the rows the twenty-third session's Canada pass added (data/regional-c23-canada.ts): the ordinary sites
// next to each kind of AI tool it added (immigration, tax, legal, permit, health and privacy authorities, law
// societies and legal databases, colleges of physicians and physiotherapists, EMR vendors, school and university
// bodies, a real-estate portal and regulator, job boards, telephone providers, bookkeeping software, financial
// regulators), the parents of the two claimed subdomains, the shared-platform copies, demo host and left-out hosts the
// pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach
// its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC23CanadaTools } from './data/regional-c23-canada';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.canada.ca/en/immigration-refugees-citizenship.html', // IRCC, beside the immigration assistants
  'https://college-ic.ca/', // the immigration consultants' college, beside the RCIC tools
  'https://www.canada.ca/en/revenue-agency.html', // the CRA, beside the expense categoriser
  'https://www.revenuquebec.ca/en/', // Revenu Québec, met in the searches
  'https://www.canlii.org/', // the free legal database, beside the legal assistants
  'https://lso.ca/', // the Law Society of Ontario, beside the Ontario legal platform
  'https://www.lawsociety.bc.ca/', // the Law Society of BC, beside the BC document platform
  'https://vancouver.ca/', // the City of Vancouver, beside the permit screener
  'https://www.bclaws.gov.bc.ca/', // BC legislation, beside the health-legislation tools
  'https://www.priv.gc.ca/', // the federal privacy commissioner named in most policies read
  'https://www.cai.gouv.qc.ca/', // Québec's privacy commission, beside the Loi 25 gateway
  'https://www.ipc.on.ca/', // Ontario's privacy commissioner, beside the clinical tools
  'https://www.cpso.on.ca/', // Ontario's college of physicians, beside the dermatology tool
  'https://www.collegept.org/', // Ontario's physiotherapy college, beside the physiotherapy notes
  'https://www.ontariomd.ca/', // OntarioMD, met in the searches
  'https://www.telus.com/', // a telephone provider and EMR vendor, beside the receptionists and the dermatology tool
  'https://www.bell.ca/', // a telephone provider, beside the AI receptionists
  'https://www.rogers.com/', // a telephone provider, beside the AI receptionists
  'https://www.ontario.ca/page/ministry-education', // the Ontario ministry of education, beside the AI tutor
  'https://www.universitiescanada.ca/', // a universities' body, beside the higher-education AI platform
  'https://www.wealthsimple.com/', // a Canadian money app, beside the expense categoriser
  'https://quickbooks.intuit.com/ca/', // bookkeeping software, beside the expense categoriser
  'https://www.ciro.ca/', // the investment regulator, beside the advisors' note-taker
  'https://lautorite.qc.ca/', // Québec's financial regulator, beside the Loi 25 gateway
  'https://ca.indeed.com/', // a job board, beside the recruitment platform
  'https://www.jobbank.gc.ca/', // the federal job bank, beside the recruitment platform
  'https://www.realtor.ca/', // the property portal, beside the rental-screening tool
  'https://www.reco.on.ca/', // the Ontario real-estate regulator, beside the rental-screening tool
  'https://www.bcfsa.ca/', // the BC real-estate regulator, met in the searches
  'https://findhelp.ca/privacy-policy-chatbot', // Ontario's 211 information service, whose chatbot is one feature
  'https://v3.bidcentral.ca/flask/privacy-policy.html', // a construction association's assistant, one feature
  'https://www.cmq.org/en/pratiquer-la-m%C3%A9decine/informations-clinique/intelligence-artificielle/scribe-ia', // the CMQ
];

const PARENTS = [
  'https://ihospitality.ca/', // the parent of iHospitality's claimed ai. subdomain
  'https://www.ihospitality.ca/', // the parent of iHospitality's claimed ai. subdomain
  'https://cayk.co/', // the parent of Learning Leader AI's claimed subdomain
  'https://www.cayk.co/', // the parent of Learning Leader AI's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://answerbot.pages.dev/privacy', // AnswerBot's policy on a shared platform
  'https://aiagent4smbs.pages.dev/privacy', // a policy on a shared platform
  'https://aloomii.pages.dev/blog/pipeda-compliant-ai-tools-insurance-financial-advisors', // a blog on a shared platform
  'https://myallotechca.pages.dev/en/privacy/', // a policy on a shared platform
  'https://advisoraxis-landing.pages.dev/privacy.html', // a policy on a shared platform
  'https://treo-solutions-website.pages.dev/blogs/Articles-2026/blog-ai-recording-devices', // a blog on a shared platform
  'https://consumer-dividends.pages.dev/legal/listingpro-terms.html', // terms on a shared platform
  'https://meeting-note-production.up.railway.app/privacy', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://nsit.ca/disclaimer', // a law firm's document toolbox where AI is one feature (left out at the merge)
  'https://aida-demo.precipicecare.com/privacy', // a demo host
  'https://www.noteseek.ca/phipa-compliance.html', // "Draft for legal review"
  'https://dossiar.anyimmi.com/legal/disclaimer', // "1.0-draft, not lawyer-reviewed"
  'https://hausprice.ca/privacy', // a policy still to be reviewed before publication
  'https://mongardy.com/en/privacy-quebec-law-25', // "to confirm" values; a daycare app where AI is one feature
  'https://immlex.com/terms', // terms that do not say AI
  'https://canadagpt.ca/privacy', // a policy that does not say AI
  'https://aibud.ca/privacy', // AI only in the brand name
  'https://permitsnapshot.ca/privacy', // a policy that does not say AI
  'https://www.buildaid.ca/privacy', // a policy that does not say AI
  'https://realtyopspro.ai/legal/privacy', // AI only in the brand name
  'https://www.translational.ca/privacy-and-compliance', // AI only in the brand name
  'https://meetinggenius.ca/dpa', // a DPA that does not say AI
  'https://mycondo.space/products/minutes/privacy-policy', // AI only in the product name
  'https://clickhomes.ai/terms', // AI only in the brand name
  'https://voicemoneymanager.aicanadiansolutions.ca/privacy?country=CA', // a policy that does not say AI
  'https://advisorshield.ca/privacy.html', // a policy that does not say AI
  'https://migrawise.ca/terms-of-service/', // immigration practice management, AI one feature
  'https://usebookkeeper.com/en/privacy', // bookkeeping software, AI one feature
  'https://teachersaide.ca/en/legal/privacy', // report-card comments with an optional AI assist
  'https://myomesh.com/blog/ai-clinical-documentation-canadian-practitioners', // practice management, AI one feature
  'https://tudius.com/privacy', // a tutoring platform that does not say AI
  'https://app.goliathos.com/legal/privacy', // field-service software, AI one feature
  'https://cpj.ai/privacy-policy', // a recruitment platform with an AI-interview service
  'https://ogsaisolutions.com/en/privacy-policy/', // an AI agency
  'https://mindforgeai.pro/privacy.php', // an applied-AI consultancy
  'https://coulterdigital.com/privacy-policy', // an AI consultancy
  'https://systemescalibre.ca/privacy.html', // AI workshops and consulting
  'https://synaptiqc.org/en/confidentialite', // a consultancy
  'https://pvrpose.ai/privacy-policy.html', // a coach's AI assistant services
  'http://codeleaf.ca/insights/pipedea-ai-compliance-canada/', // AI developers' article
  'https://kaxo.io/insights/data-sovereignty-canada/', // a consultancy's guide
  'https://remolda.com/en/insights/blog/ai-for-healthcare-canada', // an automation agency's blog
  'https://fusioncomputing.ca/ai-for-healthcare-clinics-canada/', // a managed IT provider's guide
  'https://peakdemand.ca/blog/c/ainow/b/ai-receptionist-home-care-canada-guide-how-to-automate-phone-calls-niagara-halifax-calgary-vancouver-24-7-bilingual-phipa-pipeda-compliant-after-hours-intake', // an agency's blog
  'https://canadianailab.ca/lab/ai-voice-agent-canadian-data-privacy-pipeda.html', // an agency's article
  'https://safenetcreations.com/canada/blog/pipeda-ai-voice-agents-canada/', // an agency's blog
  'https://truenorthagentics.com/ai-automation-accounting-firms-guide/', // an agency's guide
  'https://aisolutionscanada.ca/pipeda-and-your-phone-system-what-canadian-business-owners-actually-need-to-know/', // an agency's article
  'https://aikdesigns.com/blog/ai-receptionist-and-privacy-in-canada-phipa-pipeda-and-call-transcripts', // a design agency's blog
  'https://principalsolutionscanada.com/ai-in-compliance/', // a consultancy
  'https://can.dgmgr.com/blog/quebec-law-25-ai-compliance/', // an integration partner's blog
  'https://observantia.ca/en/blog/loi-25-intelligence-artificielle-chatgpt-copilot', // a consultancy's blog
  'https://nextiweb.ca/en/blog/ai-automation/law-25-quebec-ai-privacy-sme.html', // an agency's blog
  'https://syneratech.ca/en/blogue/ia-donnees-personnelles-shadow-loi-25.html', // a consultancy's blog
  'https://www.perrierjablonski.com/charte-ia-confidentialite-cgu', // an agency's AI charter
  'https://ontarioai.ca/privacy-policy/', // a UK GDPR controller
  'https://researchcompensation.com/', // a homepage without a path
  'https://mercvox.com/blog/pipeda-ai-receptionist-canada', // a blog whose product page was not returned
  'https://joelnanz.com/legal/ai-receptionist-terms.php', // a company site broader than the product
  'https://simpleturn.ca/blog-pipeda-compliance', // seen only on its blog
  'https://www.maxa.ai/legal/', // a policy that mentions AI only for de-identification
  'https://www.getnorthpath.com/blogs/ai-canadian-immigration-2026', // a general article
  'https://gitea.innova-ai.ca/Innova-AI/dictia-public/src/commit/dc4ac9754b7a6f32e3e441e0ac02755b0077481e/templates/marketing/conformite.html', // a repository
];

const NAMESAKES = [
  'https://www.praxis.com/', // beside Praxis (praxischart.com)
  'https://www.continuum.com/', // beside Continuum (oncontinuum.com)
  'https://www.augure.com/', // beside Augure (augureai.ca)
  'https://www.tonia.com/', // beside tonia (tonia.ca)
  'https://www.rideau.com/', // beside Rideau AI (rideau.ai)
  'https://www.rideau.ca/', // beside Rideau AI (rideau.ai)
  'https://www.answerhq.com/', // beside AnswerHQ (answerhq.org)
  'https://www.vocatively.com/', // beside Vocatively (vocatively.app)
  'https://www.clarix.com/', // beside ClarixAI (clarix-ai.com)
  'https://www.realtorhub.com/', // beside Realtorhub AI (realtorhub.ai)
  'https://www.gigbooks.com/', // beside GigBooks (gigbooks.ca)
  'https://www.educai.school/', // beside EducAI (educai.info), left out by an earlier pass
  'https://www.canpr.ca/', // beside CanPR (prcan.ca)
  'https://www.legalanswers.com/', // beside Legal Answers (legalanswers.ai)
  'https://www.mihron.com/', // beside Mihron AI (mihronai.ca)
  'https://www.dermadex.com/', // beside Dermadex (dermadex.ca)
  'https://www.aiorouter.com/', // beside AIOrouter (aiorouter.ca)
  'https://vanpermitaudit.com/', // the .com of Van Permit Audit, not read
  'https://www.northstarimmigration.ca/', // the law firm behind the toolbox left out (nsit.ca)
  'https://www.canadianhealthcare.ca/', // beside Canadian Healthcare AI (canadianhealthcare.ai)
];

describe('twenty-third-session Canada traps', () => {
  it('adds 23 rows, each with one domain and no prefix, in the global region', () => {
    expect(regionalC23CanadaTools.length).toBe(23);
    expect(regionalC23CanadaTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC23CanadaTools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC23CanadaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC23CanadaTools));
    expectEachClassifiedAs({
      'https://editor.ai.ihospitality.ca/privacy': 'ihospitality-ai-receptionist',
      'https://learning-leader.cayk.co/terms-of-service': 'learning-leader-ai',
      'https://www.canadianhealthcare.ai/privacy': 'canadian-healthcare-ai',
      'https://tonia.ca/en': 'tonia-ca',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
