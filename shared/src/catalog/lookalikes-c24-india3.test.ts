// Traps beside the rows the twenty-fourth session's third India pass added (data/regional-c24-india3.ts): the ordinary
// sites next to each kind of AI tool it added (courts, the Bar Council and case-law search, the income-tax and GST
// portals, the ICAI, the RBI and IRDAI, a telephony provider, WhatsApp Business, job and study-abroad portals, the
// NTA, NCERT and UPSC, medical and AYUSH regulators, a hospital chain whose site carries Praktice.ai's assistant, an
// insurance marketplace, the cybercrime portal beside the scam checker, a temple trust beside the devotional app), the
// parent of the one claimed subdomain, the shared-platform copies and the left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24India3Tools } from './data/regional-c24-india3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.sci.gov.in/', // the Supreme Court of India, beside the legal AI
  'https://ecourts.gov.in/ecourts_home/', // the eCourts portal, beside the legal AI
  'https://www.barcouncilofindia.org/', // the Bar Council of India, beside the drafting assistant for advocates
  'https://indiankanoon.org/', // a case-law search site, beside the legal research platform
  'https://www.incometax.gov.in/iec/foportal/', // the income-tax e-filing portal, beside the ITR builder
  'https://www.gst.gov.in/', // the GST portal, beside the CA tools
  'https://www.icai.org/', // the ICAI, beside the CA litigation platform
  'https://taxguru.in/goods-and-service-tax/smarter-safer-sharper-harnessing-artificial-intelligence-modern-gst-practice.html', // a tax article met in the searches
  'https://www.rbi.org.in/', // the Reserve Bank, beside the collections voice agents
  'https://irdai.gov.in/', // the insurance regulator, beside the claims helper
  'https://www.policybazaar.com/', // an insurance marketplace, beside the claims helper
  'https://www.exotel.com/', // cloud telephony, beside the voice agents
  'https://business.whatsapp.com/', // WhatsApp Business, beside the WhatsApp assistants
  'https://www.naukri.com/', // a job portal, beside the interview and résumé tools
  'https://www.linkedin.com/in/', // LinkedIn profiles, beside the profile rewriter
  'https://www.shiksha.com/studyabroad', // a study-abroad portal, beside the SOP tools
  'https://www.idp.com/india/', // a study-abroad agency, beside the SOP tools
  'https://exams.nta.ac.in/NEET/', // the NTA's NEET page, beside the tutors
  'https://ncert.nic.in/', // NCERT, beside the tutors and the schools' AI
  'https://upsc.gov.in/', // the UPSC, beside the tutors
  'https://www.cbse.gov.in/', // the CBSE board, beside the answer checker
  'https://www.nmc.org.in/', // the National Medical Commission, beside the health tools
  'https://ayush.gov.in/', // the AYUSH ministry, beside the Ayurveda assessment
  'https://www.practo.com/', // a doctors' platform, beside the health chatbot
  'https://www.columbiaindiahospitals.com/', // the hospital chain whose site carries Praktice.ai's assistant
  'https://cybercrime.gov.in/', // the national cybercrime portal, beside the scam checker
  'https://sancharsaathi.gov.in/', // the telecom fraud-reporting portal, beside the scam checker
  'https://www.shrisomnath.org/', // a temple trust, beside the devotional app
  'https://www.kotakneo.com/stockshaala/stock-screener/using-ai-stock-screeners-right-way-under-sebi-rules/', // a broker's lesson met in the searches
];

const PARENTS = [
  'https://activemirror.ai/', // the parent of Chetana's claimed subdomain
  'https://www.activemirror.ai/', // the parent of Chetana's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://voicecallingai-site.pages.dev/privacy', // VoiceCallingAI's policy on a shared platform
  'https://creatorsuiteai-app.pages.dev/legal.html', // a policy on a shared platform
  'https://glitch-grow-site-astro.pages.dev/blog/voice-ai-cod-confirm-india', // a blog on a shared platform
  'https://ai-voiceover-three.vercel.app/terms', // terms on a shared platform
  'https://ayura-website-git-main-ayurasupport-9864s-projects.vercel.app/privacy-policy', // a policy on a shared platform
  'https://rainbow-platinum-367.notion.site/Functional-Requirement-1af2918661d380b18e9ff34aaa507d53', // a notion page
  'https://sites.google.com/view/lawsphere-privacypolicy/home', // a policy on a shared platform
  'https://sites.google.com/view/aigirlfrnd/privacy', // a policy on a shared platform
  'https://beingdifferentforum.blogspot.com/search/label/Bhagavad%20Gita?m=0', // a blog on a shared platform
];

const LEFT_OUT = [
  'https://app.bizboozt.com/legal/privacy', // "DRAFT for review"
  'https://jurissetu.com/privacy', // a "[Company Name]" placeholder
  'https://www.resumecareerai.com/refund-policy', // a "[Your CIN]" placeholder
  'https://dzreward.online/ai-usage-policy', // "just a Demo"
  'https://www.closerr.app/privacy', // a "DND registry simulation"
  'https://lawsathi.in/privacy-policy-2', // practice management, AI one feature
  'https://quickmanager.in/privacy', // accounting software, AI one feature
  'https://www.smartledger.ai/privacy-policy', // accounting software that does not say AI beyond its name
  'https://insuraj.ai.in/privacy', // an insurance CRM, AI one feature
  'https://cosecoffice.com/privacy-policy', // company-secretarial software, AI one feature
  'https://bodhiraai.com/privacy', // a school platform with an AI doubt solver
  'https://qb.medlearno.in/terms-of-service', // a question bank, AI analytics one feature
  'https://pathscheduler.pathexor.in/terms.html', // a NEET PG planner, AI one feature
  'https://ayurconnect.com/privacy', // an Ayurveda directory, AI one feature
  'https://innovatorshub.co/privacy-policy', // a telemedicine app, AI one feature
  'http://www.literacycoach.online/privacy-policy.html', // a coaching app with a copilot
  'https://jeevibe.com/privacy', // a policy that does not say AI
  'https://carescribe.health/security-compliance', // an FAQ that does not say AI
  'https://lawfirmai.in/privacy-policy', // AI only in the brand name
  'https://jurisphere.ai/counsel/privacy', // a privacy statement that does not say AI
  'https://sainterview.in/privacy-policy', // a policy that does not say AI
  'https://getcomplai.com/privacy-policy', // AI only in the brand name
  'https://www.asktranslator.com/privacy', // a policy that does not say AI
  'https://taxhelponline.in/kbuploader/terms_of_use', // a CA chat marketplace that does not say AI
  'https://www.jobhirepro.in/refund', // a refund page with another site's e-mail
  'https://www.onlinekotha.com/terms.html', // terms that do not say what the AI does
  'https://www.kaiakar.in/terms', // a Georgian platform's Indian distributor, AI unspecified
  'https://zahraia.com/terms-conditions', // terms that do not say AI
  'https://www.voislabs.com/glossary', // a glossary, not a product page
  'https://khush-desai.in/privacypolicies/mediscriptpolicy', // a mobile app on a developer's site
  'https://hireinterviewai.com/privacy/', // names no country
  'https://mysop.io/privacy', // names no country
  'https://www.aically.com/privcay-policy.html', // names no country
  'https://vashist.centrodeayurveda.com/en/ai-transparency', // outside the region
  'https://www.yuverse.ai/resources/posts/how-ai-ensures-fair-practice-compliance-collections-calling', // seen only on its blog
  'https://gistly.ai/blog/hinglish-call-auditing', // seen only on its blog
  'https://doggu.space/blog/multi-language-voice-agents-hindi-english-auto-switch-in-200ms', // seen only on its blog
  'https://ituring.ai/rbi-digital-lending-directions-2025-what-it-means-for-nbfc-ai-collections/', // seen only on its blog
  'https://paperdemy.com/blog/upsc-mains-ai-evaluation-marks-playbook', // seen only on its blog
  'https://callquants.us/landing/privacy.html', // a call platform where the AI voice agent is one part
  'https://www.appitsoftware.com/blog/ai-call-analytics-speech-analytics-india', // a software house's blog
  'https://softechinfra.com/blog/hindi-voice-bot-tier-2-insurance-twilio-sarvam-claude-sonnet', // an agency's blog
  'https://www.ibosstechsolutions.com/a-tax-bot/', // an agency's case study
  'https://www.bhashiniservices.com/about-us/creating_tts_voices', // a name that may be the government's Bhashini
];

const NAMESAKES = [
  'https://www.lit.law/', // beside Lit Law (lex.live)
  'https://www.jurix.com/', // beside JurixAI (jurixoneai.com)
  'https://www.judiro.in/', // beside Judiro AI (judiro.com)
  'https://www.financelaboratory.com/', // beside The Finance Laboratory
  'https://www.49tax.com/', // beside 49Tax (49tax.ai)
  'https://www.caller.com/', // beside Caller Digital (caller.digital)
  'https://www.thinnest.com/', // beside ThinnestAI (thinnest.ai)
  'https://www.ankvidhi.in/', // beside Ankvidhi (ankvidhi.com)
  'https://www.hireedge.com/', // beside HireEdge (hireedge.in)
  'https://www.clearround.com/', // beside ClearRound (clearround.ai)
  'https://www.sanviora.com/', // beside MockMate AI (sanviora.online)
  'https://www.profileroaster.com/', // beside ProfileRoaster (profileroaster.in)
  'https://www.gradsurge.in/', // beside Gradsurge (gradsurge.com)
  'https://www.anvisha.com/', // beside Anvisha.ai (anvishaai.com)
  'https://www.testkaaro.in/', // beside Testkaaro (testkaaro.com)
  'https://www.medic24.com/', // beside Medic24 AI (medic24.io)
  'https://www.praktice.com/', // beside Praktice.ai (praktice.ai)
  'https://www.aakhyan.com/', // beside Aakhyān (aakhyan.health)
  'https://www.zivo.com/', // beside Zivo Health (zivohealth.ai)
  'https://www.ayusha.com/', // beside AYUSHA AI (ayusha.ai)
  'https://www.insuranceguard.com/', // beside Insurance Guard (insuranceguard.in)
  'https://www.sarayu.com/', // beside Sarayu (sarayuai.com)
  'https://www.shivdarshan.in/', // beside Shiv Darshan (shivdarshan.com)
  'https://www.chetana.org/', // beside Chetana (chetana.activemirror.ai)
];

describe('twenty-fourth-session India (india3) traps', () => {
  it('adds 27 rows in the india region, each with one domain and no prefix', () => {
    expect(regionalC24India3Tools.length).toBe(27);
    expect(regionalC24India3Tools.every((t) => catalogRegion(t.id) === 'india')).toBe(true);
    expect(regionalC24India3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24India3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24India3Tools));
    expectEachClassifiedAs({
      'https://caller.digital/blog/voice-ai-call-qa-scoring-100-percent-audit-india-2026': 'caller-digital',
      'https://www.thinnest.ai/blog/rbi-fair-practices-code-voice-ai': 'thinnest-ai',
      'http://judiro.com/privacy/': 'judiro-ai',
      'http://ayusha.ai/articles/ai-prakriti-analysis': 'ayusha-ai',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
