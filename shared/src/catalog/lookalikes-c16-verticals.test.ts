// Traps beside the rows the sixteenth session's verticals pass added (data/long-tail-c16-verticals.ts): the general
// industry software and sites next to each vertical AI tool (EHRs, ATSs, accounting, property portals, construction
// estimating), the parents of claimed subdomains, vendors' other sites, help centres on shared hosts that the pass read
// but could not cite, and sites that share a name with the new entries. Every trap must stay unclassified; every new
// host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16VerticalsTools } from './data/long-tail-c16-verticals';

const GENERAL_SITES = [
  'https://www.therapynotes.com/', // therapy EHR, beside the therapy scribes
  'https://www.medscape.com/', // medical news and reference
  'https://www.clio.com/', // legal practice management, beside the legal AI rows
  'https://www.legalzoom.com/', // online legal documents
  'https://www.law.com/', // legal news
  'https://quickbooks.intuit.com/', // accounting software, beside Equabooks, Backbone4 and COUNT
  'https://www.sec.gov/cgi-bin/browse-edgar', // the filings 13F Insight reads
  'https://www.congress.gov/', // beside Congressional Stock Brain
  'https://www.indeed.com/', // job board, beside the AI interviewers and resume writers
  'https://www.linkedin.com/jobs/',
  'https://www.gradescope.com/', // grading software with an AI feature, left out
  'https://www.tutor.com/', // human tutoring, beside TutorAI and TutorCloud
  'https://forms.google.com/', // beside Formswrite
  'https://scholar.google.com/', // beside Scholar Agent
  'https://www.zillow.com/', // property portals, beside the listing writers
  'https://www.realtor.com/',
  'https://www.lemonade.com/', // an insurer, beside the insurance-broker tools
  'https://www.procore.com/', // construction management, beside the takeoff tools
  'https://www.bluebeam.com/',
  'https://www.planswift.com/',
  'https://grow.google/', // Google's career site; only the Interview Warmup path is an entry (c12)
  'https://hellodata.ai/', // HelloData's rental-data site; only its RealType.ai product is claimed
  'https://hellodata.ai/blog/why-realtype.ai/',
  'https://b8.lt/', // parent of the claimed cv.b8.lt
  'https://vitalitynode.com/', // parent of the claimed describeai.vitalitynode.com
  'https://ecnum.com/', // parent of the claimed app.ecnum.com
  'https://www.taxact.com/', // tax software with human experts, beside TaxCheckMe AI
  'https://www.dentrix.com/', // dental practice software, beside the dental scribes
  'https://www.appfolio.com/', // property-management software, beside RentalRelay and Rent Genie
  'https://www.buildium.com/',
  'https://www.grants.gov/', // beside the grant writers
  'https://www.uscis.gov/', // beside the immigration tools
  'https://www.duolingo.com/', // language learning, beside the AI language tutors
];

const SHARED_PLATFORMS = [
  'https://deepcura.zendesk.com/hc/en-us/articles/48147736971412-Lesson-1-3-AI-Note-Generation', // read, not cited: a shared help-centre host
  'https://recruitment.agent-rating.com/terms_of_service', // an interview platform on a customer's subdomain
  'https://help.workable.com/hc/en-us/articles/360006049713', // an ATS's AI feature, left out
  'https://www.pet-chart.com/ai-clinical-scribe-for-vets', // veterinary practice software with a scribe feature, left out
  'https://app.ladra.io/legal/terms-of-service', // legal matter management with optional AI, left out
  'https://aicpa.com.au/terms', // a template accounting site, left out
];

const NAMESAKES = [
  'https://carv.io/', // CARV, a gaming and data network, beside Carv the recruiting assistant
  'https://digits.t-mobile.com/', // T-Mobile's DIGITS, beside Digits the accounting tool
  'https://www.quill.com/', // office supplies, beside Quill therapy notes
  'https://toggl.com/', // time tracking, beside Togal.AI
  'https://kuula.co/', // 360° photo hosting, beside Kuulo
  'https://www.scribd.com/', // document library, beside the scribes
  'https://www.insure.com/', // insurance comparison content, beside InsureCheck
  'https://keep.google.com/', // Google Keep, beside KeepRule
  'https://count.co/', // a data canvas, beside COUNT the accounting tool
  'https://www.aicpa-cima.com/', // the accountants' institute
];

describe('sixteenth-session verticals traps', () => {
  it('adds 110 rows, each with one domain and no prefix', () => {
    expect(longTailC16VerticalsTools.length).toBe(110);
    expect(longTailC16VerticalsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16VerticalsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://help.trytwofold.com/en/articles/9780272-how-to-generate-your-note': 'twofold-health',
      'https://help.togal.ai/glossary-workflow-and-ai-terms': 'togal-ai',
      'https://app.mediscribe.pro/terms-and-conditions': 'mediscribe-pro',
      'https://ca.scribemd.ai/terms?locale=fr': 'scribemd-ai',
      'https://blog.agent-s.app/blog/ai-agent-recruiting-hiring-automation/': 'agent-s',
      'https://dev.lessona.ai/legal/ai-policy': 'lessona',
      'https://cv.b8.lt/terms': 'cv-analyzer-b8',
      'https://www.realtype.ai/': 'realtype-ai',
      'https://docs.medera.info/agentic/agents/prior-authorization': 'medera',
      'https://app.council.health/terms': 'councilai-health',
      'https://beta.grantorai.com/privacy/': 'grantorai',
      'https://docs.wayak.io/use-cases/hr/policy-qa': 'wayak',
      'https://clinic-a.dentalnote.ai/': 'dentalnote-ai',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
