// Traps beside the rows the twenty-sixth session's `notrain` pass added (data/long-tail-c26-notrain.ts), found through
// vendors' no-training and zero-retention promises: the ordinary sites next to each kind of AI tool it added (a
// case-law portal and bar body, help desks and telephony, a CRM and meeting platforms, scholarly search, teaching and
// study sites, job boards, design and translation sites), the regulators' pages the vendors cite, the shared-platform
// copies, directories, agencies, drafts, development hosts and left-out hosts the pass read, and names close to the new
// entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26NotrainTools } from './data/long-tail-c26-notrain';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://indiankanoon.org/', // Indian case-law search, beside Lexvio
  'https://www.barcouncilofindia.org/', // the Indian bar body, beside Lexvio
  'https://www.americanbar.org/', // the ABA, whose opinions the legal posts cite
  'https://www.zendesk.com/', // a help desk, beside CXassist
  'https://www.twilio.com/', // telephony, beside 365 Agents
  'https://www.salesforce.com/', // a CRM, beside SalesSavant and AI Secretary
  'https://zoom.us/', // the meeting platform SalesSavant reads recordings from
  'https://www.redtailtechnology.com/', // an advisers' CRM, beside AI Secretary
  'https://scholar.google.com/', // scholarly search, beside ResearchPad and Paper Insights
  'https://arxiv.org/', // the preprint server, beside the paper tools
  'https://www.tes.com/', // teaching resources, beside ClassPlanner
  'https://quizlet.com/', // flashcards, beside FlashPrep
  'https://www.indeed.com/', // a job board, beside the CV tools
  'https://www.canva.com/', // a design platform, beside DesignerAI Studio
  'https://www.proz.com/', // the translators' marketplace, beside Versq
  'https://www.hhs.gov/hipaa/index.html', // the HIPAA pages the scribe posts cite
  'https://www.finra.org/', // the regulator the adviser-notes posts cite
  'https://www.atls-global.com/en/confidencialidad-en-la-empresa/', // a translation agency
  'https://ledgersummit.com/security/', // CPA-run bookkeeping with AI in the workflow
  'https://www.dialphone.ai/company/responsible-ai', // UCaaS with AI features
  'https://help.finary.com/en/articles/7988691-how-is-my-data-used-for-finary-ai', // a wealth tracker's AI feature
  'https://clausebase.com/post/common-compliance-questions-about-ai-powered-contract-reviewing', // contract automation
  'https://savefetch.com/privacy', // a design marketplace with AI tools
  'https://www.patentclaimmaster.com/help/OpenAIsdatausagepolicies.html', // patent drafting software with GPT tools
  'https://www.openaccountants.com/security', // skill files for the customer's own agent
  'https://help.kagi.com/kagi/ai/llms-privacy.html', // a search engine's assistant page, not an AI host
];

const SHARED_PLATFORMS = [
  'https://intercom.help/story-chief/en/articles/8082186-william-ai-marketing-agent-legal-faq', // a shared help host
  'https://solunarai.pages.dev/en/blog/llm-data-boundaries/', // a blog on a shared platform
  'https://agentic-cpa.pages.dev/blog/privacy-policy-not-security-architecture.html', // a blog on a shared platform
  'https://stealthcloud.pages.dev/ai-privacy/ai-education-ferpa', // a blog on a shared platform
  'https://ai-lab-library.pages.dev/essays/what-about-security', // a course on a shared platform
  'https://editsnappy-site.pages.dev/privacy/ai-writing-for-regulated-industries-legal-health-finance', // a shared platform
  'https://website-6we.pages.dev/blog/financial-advisors-ai-client-confidentiality', // a blog on a shared platform
  'https://slide-gen-pro.web.app/privacy-policy-es.html', // a policy on a shared platform
  'https://aiart0011.github.io/LogoWiz/', // a policy on a shared platform
  'https://flashcard-forge--konarkmurarka1.replit.app/privacy', // an app on a shared platform
  'https://techpulsedailyblog.replit.app/article/ai-health-tools-guarding-your-sensitive-data-from--2026-03-14', // news
  'https://promenade-otu5q-commit-c832e29.kinsta.page/blog/ai-compliance-security-evaluation-enterprise-proposal-software/', // a preview host
];

const LEFT_OUT = [
  'https://amynote.app/blog/ai-meeting-tool-trust-checklist.html', // a general checklist
  'https://www.confidantly.ai/blog/how-ai-meeting-tools-handle-your-data', // a general guide
  'https://meetingstack.io/insights/meeting-data-goldmine', // a general article
  'https://www.theverdictlab.com/articles/ai-note-taker-privacy-review', // a review site
  'https://tensorops.ai/blog/ai-notetakers-security-time-bomb', // a consultancy blog
  'https://jurislabs.io/insights/what-wont-train-on-your-data-actually-means', // a general article
  'https://growthy.com/blog/ai-bookkeeping-data-security', // a general article
  'https://www.whisperflow.io/blog/hipaa-ai-medical-scribe', // a general article
  'https://kitahq.com/blog/ai-recruitment-software-candidate-data', // a general article
  'https://tuel.ai/blog/ferpa-compliant-ai-tutoring-deployment', // a FERPA guide
  'https://www.contractken.com/moderation-layer', // a general explainer
  'https://trytresor.com/blog/no-training-is-not-privacy-guarantee', // a general article
  'https://reframepractice.com/guides/ai-therapy-notes-safety', // a practice-services guide
  'https://therapydesk.io/blog/hipaa-ai-therapy-notes', // as before
  'https://cervanaai.com/blog/ai-voice-agents-data-security', // a general guide
  'https://quickvoice.co/blog/ai-voice-agent-security-data-privacy', // a general guide
  'https://aivorys.com/private-voice-ai-how-to-keep-customer-calls-secure-and-compliant', // a general guide
  'https://gettruss.io/blog/ai-trust-and-safety-irs-guidelines', // a general article
  'https://www.one82.com/resources/blog/what-cpas-need-to-know-before-adopting-ai-assisted-tax-and-audit-tools', // a firm's blog
  'https://www.thesmia.ai/blog/how-hr-teams-can-check-if-their-ai-is-secure', // a general checklist
  'https://mambahr.com/blog/the-next-hr-ai-advantage-is-privacy-not-prompts', // a general article
  'https://docu.expert/en/blog/hr-employee-data-management-ai', // a general article
  'https://legience.com/blog/ai-ethics-attorney-client-privilege', // a practice platform's blog (a lead)
  'https://www.lumavista.eu/blog/legal-research-and-privilege', // a general article (a lead)
  'https://llm.co/blog/ai-that-respects-attorney-client-privilege-private-llms-for-law-firms', // a general article
  'https://eitl.ai/blog/llms-in-healthcare', // a general guide
  'https://osfoundry.io/articles/private-ai-for-healthcare-hipaa', // a general article
  'https://bizhonyaku.com/en/blog/cloud-honyaku-security-kimitsu', // a general article
  'https://www.syntaxory.com/sk/insights/firemni-dokumenty-do-prekladace.html', // a general article
  'https://studycardsai.com/blog/ai-data-privacy-for-students', // a general article
  'https://verinoteai.com/blog/ai-notetaker-compliance-checklist-2026', // as c21 decided
  'https://everworker.ai/blog/secure_employee_data_ai_hr_chro_guide?hs_amp=true', // a CHRO guide
  'https://www.salessense.app/privacy', // names only speech-to-text (as c22 decided)
  'https://www.aiaccountant.com/resources/security-compliance', // a security FAQ that does not say AI
  'https://www.teachersplan.com/privacy', // a policy that does not say AI
  'https://www.ailessonplanner.co.uk/data-protection', // AI only in the brand (as c23 decided)
  'https://plotpane.com/help/training-data-privacy', // a help article that does not say what the AI does
  'https://shelfready.mayaguru.com/privacy', // says only that photos never train AI (a lead)
  'https://slidecreator.app/privacy/', // "[City, Country]" in its policy
  'https://dev.resumementor.net/privacy', // a development host
  'https://staging.pro-photoz.com/privacy', // a staging host
  'https://next.explorescience.ai/data-handling', // a "next" host (a lead)
  'https://dr.eamer.dev/planner/privacy', // a personal developer host
  'https://opencv.aljimsondev.site/privacy-policy', // a personal developer host
  'https://www.careersolutionsfortoday.com/resumebuilder.html', // a builder on a career service's host
  'https://logico.thematrixapp.com/privacy', // a mobile app on a developer's host
  'https://fordnine.com/apps/ai-presentation-maker-slides/privacy-policy.html', // an app on a developer's host
  'https://paperflow.myleadingcampus.com/privacy', // does not say what the AI does
  'https://www.xlxventures.com/privacy-architecture', // a tool on a ventures studio's host (a lead)
  'https://docs.meetevie.dev/security/llm-providers', // an agent on the customer's own machine (a lead)
  'https://www.privatedocsai.com/blog/hr-compliance-without-risk-querying-pii-offline', // an offline desktop app
  'https://lawyerai.directory/glossary/vendor-data-training', // a directory
  'https://legalaiinsights.com/', // news and guides
  'https://medaidirectory.com/blog/ai-therapy-notes-therapists-privacy-2026', // a directory
  'https://www.jurisdica.pro/lawyers/blog/contract-review-ai-guide', // a tools directory's blog
  'https://conductatlas.com/platform/deepl/deepl-privacy-policy/history/', // a policy-analysis site
  'https://blog.innovate247.ai/legal-tech-automating-contract-review-without-leaking-data/', // an agency
  'https://www.softedgetech.com/blog/openai-hipaa-can-you-use-chatgpt-with-phi', // an agency
  'https://www.usmarttec.com/questions/how-to-handle-ai-in-legal-matters', // an agency
  'https://handbook.axioned.com/processes/security/ai-coding-tools/', // an agency's handbook
  'https://www.betterstory.co/presentations/enterprise-claude-security-guide.html', // a consultancy
  'https://readysolutions.ai/blog/2026-06-08-claude-data-handling-due-diligence/', // a consultancy
  'https://capstonec.com/wp-content/aicontent/white-papers/secure-agentic-ai-deployment-guide.html', // a consultancy
  'https://autogpt.net/your-ai-translation-tool-might-be-training-on-your-business-data/', // news
  'https://www.welivesecurity.com/en/privacy/what-consider-asking-ai-chatbot-health-advice/', // a security vendor's news
];

const NAMESAKES = [
  'https://www.lexvio.com/', // beside Lexvio (lexvio.ai)
  'https://www.cxassist.com/', // beside CXassist (cxassist.io)
  'https://www.365agents.ai/', // beside 365 Agents (365agents.com)
  'https://www.hellomillie.com/', // beside Millie (hellomillie.ai)
  'https://www.salessavant.com/', // beside SalesSavant (salessavant.ai)
  'https://www.replbot.ai/', // beside ReplBot (replbot.com)
  'https://www.notegenie.com/', // beside Note Genie (notegenie.org)
  'https://www.aisecretary.com/', // beside AI Secretary (aisecretary.tech)
  'https://www.researchpad.com/', // beside ResearchPad (researchpad.cc)
  'https://www.paperinsights.com/', // beside Paper Insights (paperinsights.io)
  'https://www.docinsighthub.com/', // beside DocInsightHub AI (docinsighthub.ai)
  'https://www.insightful.io/', // a workforce-analytics namesake beside insightful.cx
  'https://www.classplanner.com/', // beside ClassPlanner (classplanner.net)
  'https://www.flashprep.com/', // beside FlashPrep (flashprep.me)
  'https://www.cvgenie.com/', // beside cvgennie.com
  'https://www.cvgenerate.io/', // beside CVGenerate Studio (cvgenerate.com)
  'https://www.designerai.com/', // beside DesignerAI Studio (designerai.studio)
  'https://www.versq.io/', // beside Versq (versq.com)
  'https://www.secretchat.com/', // beside Secret Chat (secret-chat.ai)
];

describe('twenty-sixth-session notrain traps', () => {
  it('adds 20 rows, each with one domain and no prefix; Lexvio is the one Indian row', () => {
    expect(longTailC26NotrainTools.length).toBe(20);
    expect(longTailC26NotrainTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('lexvio')).toBe('india');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26NotrainTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26NotrainTools));
    expectEachClassifiedAs({
      'https://jafflelabs.ai/inkstone/guide/security': 'inkstone-jafflelabs', // listed earlier under a path
      'https://www.lexvio.ai/': 'lexvio',
      'https://365agents.com/': '365-agents',
      'https://www.salessavant.ai/': 'salessavant',
      'https://app.ai12z.net/': 'ai12z',
      'https://notegenie.org/security': 'note-genie',
      'https://researchpad.cc/': 'researchpad',
      'https://insightful.cx/privacy': 'insightful-cx',
      'https://designerai.studio/': 'designerai-studio',
      'https://versq.com/': 'versq',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
