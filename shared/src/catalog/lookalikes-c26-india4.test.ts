// Traps beside the rows the twenty-sixth session's fourth India pass added (data/regional-c26-india4.ts): the ordinary
// sites next to each kind of AI tool it added (panchang and kundli sites, exam bodies, the consumer helpline, job
// portals, health registries and clinic booking, YouTube, fashion and property marketplaces, the telecom regulator,
// WhatsApp Business and the payment providers the policies name, the ICAI's use-case library), news and articles met in
// the searches, the shared-platform copies, drafts, demo hosts and left-out hosts the pass read, and sites whose names
// sit close to the new entries. None of them may classify; every new host must reach its own entry.
// labaisistant.com is listed since the twenty-eighth session's health5 pass (long-tail-c28-health5.ts): its Telugu
// terms call it an AI-based platform that explains lab reports and generates AI summaries, so the trap on its Hindi
// policy was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC26India4Tools } from './data/regional-c26-india4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.drikpanchang.com/', // a panchang site, beside the kundli products
  'https://www.upsc.gov.in/', // the civil-services exam body, beside the exam tutors
  'https://mpsc.gov.in/', // Maharashtra's public service commission, beside Spardha AI
  'https://www.nta.ac.in/', // the national testing agency, beside PrepGuru.AI
  'https://consumerhelpline.gov.in/', // the national consumer helpline, beside Nyay360
  'https://edaakhil.nic.in/', // the consumer-commission filing portal, beside Nyay360
  'https://www.naukri.com/', // a job portal, beside HireStrike
  'https://recruiterzone.naukri.com/identify-relevant-applies-with-great-ease/', // the job portal's recruiter blog, met in the searches
  'https://abdm.gov.in/', // the national digital health mission, beside Bharat Swasth
  'https://www.practo.com/', // clinic booking, beside the AI receptionists
  'https://www.youtube.com/', // the video platform AIcreators publishes to
  'https://www.myntra.com/', // a fashion marketplace, beside the try-on tools
  'https://www.magicbricks.com/', // a property portal, beside BannaAI
  'https://www.99acres.com/', // a property portal, beside BannaAI
  'https://trai.gov.in/', // the telecom regulator whose calling rules the AI callers cite
  'https://business.whatsapp.com/', // WhatsApp Business, beside Dvaarik AI
  'https://razorpay.com/', // the payment provider most policies name
  'https://www.cashfree.com/', // the payment provider ViralAi names
  'https://ai.icai.org/usecases_details.php?id=290', // the ICAI's AI use-case library, met in the searches
  'https://taxguru.in/goods-and-service-tax/smarter-safer-sharper-harnessing-artificial-intelligence-modern-gst-practice.html', // a tax article
  'https://theprint.in/india/on-upsc-table-a-chatgpt-like-in-house-ai-system-faster-evaluation-of-exams/2738717', // news
  'https://www.studyiq.com/articles/ai-in-legal-drafting', // an exam-prep article on legal AI
  'https://www.livemint.com/news/india/otts-up-their-dubbing-localization-game-in-india-11606808650807.html', // news on dubbing
  'https://www.kisantak.in/', // a farm-news site met in the searches
];

const SHARED_PLATFORMS = [
  'https://myaiseva-frontend-build.pages.dev/privacy', // MYAISEVA's policy for dineshai.com on a shared platform
  'https://prokai-official.vercel.app/terms-and-conditions.html', // prompt scripts on a shared platform
  'https://upscainotes.pages.dev/privacy.html', // UPSC AI Notes' policy on a shared platform
  'https://kaagzaat.pages.dev/respond-to-income-tax-notice/', // a tax guide on a shared platform
  'https://giftrix-ai-agent.giftrix-ai-moysheey.workers.dev/privacy', // an AI sales agent on a shared platform
  'https://sites.google.com/view/contactable/whatsappprivacy', // a doctor's booking bot on Google Sites
];

const LEFT_OUT = [
  'https://talentseva.com/privacy', // "[Platform Name]"
  'https://saanvibot.ujss.in/privacy', // "[YOUR_LEGAL_COMPANY_NAME]"
  'https://www.talktomahak.com/privacy.html', // "[LEGAL ENTITY NAME]"
  'https://pranik.ai/legal/p4d-consent', // "[Date of Publication]"
  'https://www.xfactorupsc.com/legal/privacy', // privacy contact privacy@example.com
  'https://www.propertypointers.com/privacy', // "[Registered Office Address]"
  'https://bizlumoai.com/privacy', // "[REPLACE: registered company name]"
  'https://raamvas.com/privacy', // an "AI Healthcare MVP"
  'https://test-interview.hrone.studio/privacy-policy', // a test host
  'https://dev.v1.incruiter.com/privacy-policy', // a development host
  'https://phase8test.agrismart.roshiya.com/legal/privacy', // a test host
  'https://demo-landandhome.mobiloitte.io/ai-voice-leads/settings', // a demo host
  'https://interviewprep.co.in/?p=26802', // a ?p= page
  'https://krishigk.com/?p=3', // a ?p= page
  'https://aiinterview.in/blogs/?p=439', // a ?p= page
  'https://neetwithai.com/privacy', // AI only in the name
  'https://www.aiugc.ad/privacy-policy', // a policy that does not say AI
  'https://www.examcrackai.com/privacy.html', // AI only in the name
  'https://prepsarthiai.com/privacy', // AI only in the name
  'https://currentiasprep.com/privacy-policy', // a policy that does not say AI
  'https://aidigitalhealth.com/privacy-policy/', // a policy that does not say AI
  'https://yourhealthbuddy.in/privacy-policy.html', // a policy that does not say AI
  'https://www.resumio.ai/payment-terms', // payment terms that do not say AI
  'https://reelgenix.com/privacy', // a policy that does not say AI
  'https://pingal.virbhumi.com/static/terms-of-service.html', // terms that do not say AI
  'https://app.thesmartrecruit.ai/server/privacy_policy_doc', // résumé parsing, not said to be AI
  'https://chat.realtyconnect.tech/static/legal/privacy.html', // a chat assistant not said to be AI
  'https://www.ailaysa.com/terms-of-service', // terms for human translation services
  'https://upscclearcut.com/legal/privacy', // a UPSC platform, AI one feature
  'https://neetcodex.com/legal/privacy', // a quiz app, AI one feature
  'https://sanxam.com/privacy-policy', // AI writes the question bank only
  'https://www.primedin.ai/privacy-policy.html', // video hosting, AI one feature
  'https://www.propcapital.ai/privacy', // a property portal, AI one feature
  'https://propleadindia.com/privacy-policy', // a property portal, AI one feature
  'https://vivah.vip/privacy', // a matrimony platform, AI one feature
  'https://swayamvar.live/Home/Privacy', // a matrimony portal with AI matching
  'https://meetpeopleos.com/legal/privacy', // an HRMS, AI one feature
  'https://lkgforhospital.com/docs/patient-care/voice-transcription', // hospital software, AI one module
  'https://databus.co/schooldeck/features/ai-question-paper/hindi-question-paper-generator/', // a school ERP's feature
  'https://kundli-guide.srimandir.com/privacy', // consultations with human astrologers
  'https://shaye.co.in/pages/virtual-try-on-terms', // a fashion label's try-on feature
  'https://qulfruits.com/privacy', // an orchard-installation company's app
  'https://agent.myresellerhub.com/privacy-policy', // a reseller hub's ordering agent
  'https://hlsrtech.com/marie-curie-ai/privacy.html', // an app on a developer's company host
  'https://www.guldarlabs.com/privacypolicy', // an app on a developer's company host
  'https://aihealth.sampharmabr45.in/privacy-policy', // an app on a pharma company's host
  'https://surtaistudio.com/privacy-policy', // an AI creative studio (agency)
  'https://automationintelligence.in/privacy-policy.html', // an automation services firm
  'https://ginfomedia.in/ai-automation-for-ca-firms', // an agency's case study
  'https://matterlabs.in/blog/compliance/ai-use-policy-indian-law-firm-template', // installs for law firms
  'https://wedding-studio.dulhanworld.in/terms-of-service', // a fashion brand's studio terms
  'https://www.ondial.ai/blog/ai-call-center-software-legal-india-trai-compliance', // a blog on AI calling rules
  'https://www.vyora.ai/blog/ai-calling-legal-india-trai-compliance', // a blog on AI calling rules
  'https://rusom-ai.com/ITAct2025/blog/how-to-reply-income-tax-notice-2026.html', // a tax-notice guide
  'https://clarivisintelligence.com/real-estate/insights/guides/ai-rera-compliance-real-estate-india-2026', // a guide
  'https://nestai.chirai.dev/blog/private-ai-for-ca-firms', // a blog on private AI for CA firms
  'https://patientsquare.com/in/blog/ai-scribe-hindi-indian-languages/', // a global clinic platform's blog
  'https://www.mrigai.com/terms-of-service', // an AI try-on app naming no country
];

const NAMESAKES = [
  'https://www.prepguru.com/', // beside PrepGuru.AI (prepguru.ai)
  'https://www.dezn.com/', // beside DEZN.ai (dezn.ai)
  'https://www.naadham.com/', // beside Naadham (naadham.ai)
  'https://www.truefan.com/', // beside TrueFan AI (truefan.ai)
  'https://www.attira.com/', // beside Attira (attira.org)
  'https://www.hirestrike.com/', // beside HireStrike (hirestrikecareer.com)
  'https://cliniczon.ai/', // BookAIClinic's support e-mail host, not read
];

describe('twenty-sixth-session India (india4) traps', () => {
  it('adds 21 rows in the india region with no prefix, one domain each but VDrape', () => {
    expect(regionalC26India4Tools.length).toBe(21);
    expect(regionalC26India4Tools.every((t) => catalogRegion(t.id) === 'india')).toBe(true);
    expect(regionalC26India4Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(regionalC26India4Tools.filter((t) => t.domains.length !== 1).map((t) => t.id)).toEqual(['vdrape']);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC26India4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC26India4Tools));
    expectEachClassifiedAs({
      'https://www.cosmiccues.com/': 'cosmiccues',
      'https://astroreeti.com/privacy': 'astroreeti',
      'https://www.aicreators.cloud/privacy': 'aicreators-cloud',
      'https://www.visualvastra.com/': 'vdrape',
      'https://spardhaai.in/': 'spardha-ai',
      'https://www.bannaai.com/': 'bannaai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
