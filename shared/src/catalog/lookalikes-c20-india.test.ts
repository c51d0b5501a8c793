// Traps beside the rows the twentieth session's India pass added (data/regional-c20-india.ts): the ordinary sites next
// to each kind of AI tool it added (the GST and income-tax portals, accounting software, a payment gateway, WhatsApp
// Business, property portals, cloud telephony, exam bodies, Pakistani statutes, an HRMS, a job portal, the Meesho
// supplier panel, a panchang site, a doctors' platform, the digital health mission), the parents of the three claimed
// subdomains, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
// Listed since: getecommercetools.com (E-Commerce Tools) by the twenty-fourth session's e-commerce pass; a trap here only for its region.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC20IndiaTools } from './data/regional-c20-india';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.gst.gov.in/', // the GST portal, beside the GST notice and reconciliation tools
  'https://services.gst.gov.in/services/login', // the GST portal login, beside the GST tools
  'https://www.incometax.gov.in/', // the income-tax portal, beside the AI tax copilot
  'https://tallysolutions.com/', // accounting software, beside the AI Tally agent and bank categoriser
  'https://www.zoho.com/in/books/', // accounting software, beside the AI accounting tools
  'https://razorpay.com/', // a payment gateway named in many of the policies
  'https://business.whatsapp.com/', // the WhatsApp Business platform, beside the AI WhatsApp bots
  'https://www.magicbricks.com/', // a property portal, beside the AI property assistants
  'https://www.99acres.com/', // a property portal, beside the AI property assistants
  'https://exotel.com/', // cloud telephony, beside the AI voice agents
  'https://www.knowlarity.com/', // cloud telephony, beside the AI voice agents
  'https://upsc.gov.in/', // the UPSC, beside the exam tutors
  'https://ncert.nic.in/', // school textbooks, beside the AI school tutors
  'https://nta.ac.in/', // the JEE and NEET agency, beside the exam-practice tools
  'https://ssc.gov.in/', // the Staff Selection Commission, beside the exam-practice tools
  'https://pakistancode.gov.pk/', // Pakistani statutes, beside the Pakistani legal chatbots
  'https://www.greythr.com/', // an Indian HRMS, beside the AI-native HRMS
  'https://www.naukri.com/', // a job portal, beside the AI resume generator
  'https://supplier.meesho.com/', // the Meesho supplier panel, beside the AI listing writers
  'https://www.drikpanchang.com/', // a panchang site, beside the AI astrology services
  'https://www.practo.com/', // a doctors' platform, beside the AI clinic assistants
  'https://abdm.gov.in/', // the national digital health mission, beside the AI clinic assistants
  'https://smartaccountants.in/', // the parent of IPT's claimed subdomain
  'https://www.smartaccountants.in/', // the parent of IPT's claimed subdomain
  'https://avya.lk/', // the parent of Avya ChatBot's claimed subdomain
  'https://www.avya.lk/', // the parent of Avya ChatBot's claimed subdomain
  'https://mydoctor.ltd/', // the parent of Neuro Care India's claimed subdomain
  'https://www.mydoctor.ltd/', // the parent of Neuro Care India's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://voicecallingai-site.pages.dev/privacy', // a policy or page on a shared platform
  'https://aitutor-api.vercel.app/terms', // a policy or page on a shared platform
  'https://photocaptions-d1690.web.app/privacy-policy.html', // a policy or page on a shared platform
  'https://antorai-tools.netlify.app/tools/image_caption/privacy', // a policy or page on a shared platform
  'https://captionai-phi.vercel.app/privacy', // a policy or page on a shared platform
  'https://avantika-resume-builder.vercel.app/en/privacy', // a policy or page on a shared platform
  'https://ecomeasy-privacy.pages.dev/', // a policy or page on a shared platform
  'https://sellerai-99r.pages.dev/privacy/', // a policy or page on a shared platform
  'https://aisadhu.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://prescribedose.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://scribemed-web.vercel.app/privacy', // a policy or page on a shared platform
  'https://interview-prep-gamma-pink.vercel.app/privacy', // a policy or page on a shared platform
  'https://wooden-stork-8e7.notion.site/Privacy-Policy-for-AI-Description-Generator-2d6cf15c7d5680a6bad0c62ab0add7e9', // a policy or page on a shared platform
  'https://rajeshsabbani.blogspot.com/2025/10/ai-powered-one-stop-real-estate.html', // a policy or page on a shared platform
  'https://aivideotranslator.pages.dev/legal/privacy', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://talentseva.com/privacy', // a policy with a `[Platform Name]` placeholder
  'https://bankmatch.accountrixai.com/legal/privacy', // a policy with a `[to be set on publication]` placeholder
  'https://eksana.org/legal/privacy', // a policy with a blank data-controller name
  'https://pranik.ai/legal/p4d-privacy', // a policy with a `[Name of DPO to be inserted]` placeholder
  'https://saanvibot.ujss.in/privacy', // a template policy
  'https://prolearn.app/privacy', // a template policy
  'https://careerlift.app/privacy', // a policy with an example.com contact
  'https://us.airesume.build/privacy.php', // a template policy
  'https://dev.complysmartai.com/privacy', // a development host
  'https://dev.taxshiftai.com/privacy', // a development host
  'https://test-interview.hrone.studio/privacy-policy', // a test host
  'https://dev.v1.incruiter.com/privacy-policy', // a development host
  'https://interviewprep.co.in/?p=26802', // a bare `?p=` page
  'https://cazelabs.com/?p=125', // a bare `?p=` page
  'https://ai-caption-studio.anstudios.site/privacy-policy', // a phone-only app
  'https://aiavatar.com.bd/privacy-and-security-policy', // a phone-only app
  'https://jokercodes.net/privacy-policy-bangla', // a phone-only app on its developer's site
  'https://kaabharat.com/translator-privacy-policy', // a phone-only app on a record label's site
  'https://www.nobilitybpm.com/privacy-policy', // a phone-only app on a company site
  'https://azentiq.ai/privacy', // an astrology AI that names no country
  'https://www.chola.college/privacy', // a textbook generator that names no country
  'https://aasankhata.in/privacy', // a policy that does not say the product uses AI
  'https://app.zerolagautomation.com/terms', // terms that do not say AI
  'https://aiinterviewmaster.com/privacy-policy', // AI only in the brand name
  'https://chat.realtyconnect.tech/static/legal/privacy.html', // a chat policy that does not say AI
  'https://www.killi.chat/privacy', // a policy that does not say AI
  'https://poddubstudio.com/privacy', // a policy that does not say the dubbing uses AI
  'https://www.asktranslator.com/privacy', // a policy that does not say AI
  'https://app.thesmartrecruit.ai/server/privacy_policy_doc', // a candidate-app policy that does not say AI
  'https://scorepredictor.understandupsc.com/privacy/', // a score predictor, not an AI
  'https://astrokuberchat.com/privacy', // human and AI astrologers, AI one feature
  'https://kundli-guide.srimandir.com/privacy', // human astrologer consultations
  'https://tool.zesmack.com/privacy', // a shipping optimiser, AI one feature
  'https://lkgforhospital.com/docs/patient-care/voice-transcription', // hospital software, AI one module
  'https://anglo-bodo-dictionary.com/privacy-policy', // a dictionary site, AI one feature
  'https://www.hiredrift.in/User-module/privacy.html', // a student resume-screening project
  'https://aleasai.com/privacy', // a sole trader's own support bot
  'https://nyai.ai/insights/ai-legal-research-in-india-accuracy-traceability-and-what-the-indian-judicial-corpus-changes', // seen only on its articles
  'https://niyam.ai/blog/ai-legal-research-india-avoiding-hallucinations', // seen only on its blog
  'https://juniorlawyer.in/blog/best-legal-drafting-tools-indian-jurisdiction', // seen only on its blog
  'https://patientsquare.com/in/blog/ai-scribe-hindi-indian-languages/', // seen only on its blog
  'https://medoriax.com/insights/can-ai-replace-medical-scribes-india/', // seen only on its blog
  'https://glomiq.com/blog/is-chatgpt-safe-for-client-documents-ca', // seen only on its blog
  'https://www.yuverse.ai/resources/posts/ai-for-attendance-and-leave-management-communication', // seen only on its blog
  'https://www.texlaculture.ai/blog/how-ai-is-changing-hr-workflows-india/', // seen only on its blog
  'https://cozyhr.com/blog/hr-chatbots-ai-assistants-guide-indian-smbs-2026', // seen only on its blog
  'https://www.digitalcallers.com/pages/blog/dpdpa-and-ai-calling-compliance.html', // seen only on its blog
  'https://www.aktai.app/blog/sebi-ai-disclosure-research-analysts-2026', // seen only on its blog
  'https://praxiumlabs.com/blog/ai-chatbot-banking-nepal/', // a consultancy seen only on its blog
  'https://www.nepalaihub.com/blog/nepal-national-ai-policy-2025-business', // seen only on its blog
];

const NAMESAKES = [
  'https://www.gstnoticeai.in/', // beside GST Notice AI (gstnoticeai.com)
  'https://www.youraiaccountant.com/', // beside Your AI Accountant (youraiaccountant.in)
  'https://www.gstclarity.com/', // beside GST Clarity AI
  'https://www.recongst.com/', // beside ReconGST (recongst.in)
  'https://www.autotally.com/', // beside AutoTally (autotally.in)
  'https://www.taxsahayogi.com/', // beside Tax Sahayogi (taxsahayogi.in)
  'https://www.smartaccountants.com/', // beside IPT by Smart Accountants
  'https://www.chatorbit.com/', // beside ChatOrbit (chatorbit.ai)
  'https://www.peedi.com/', // beside Peedi (peedi.io)
  'https://www.smartchatsolutions.com/', // beside SmartChat Solutions (smartchatsolutions.co.in)
  'https://www.replyinn.com/', // beside ReplyInn (replyinn.in)
  'https://www.botrelic.in/', // beside Botrelic (botrelic.com)
  'https://www.yourchatbot.com/', // beside YourChatbot (yourchatbot.in)
  'https://www.aflatoon.com/', // beside Aflatoon AI (aflatoon.ai)
  'https://www.avya.com/', // beside Avya ChatBot
  'https://www.propertiesai.com/', // beside PropertiesAI (propertiesai.in)
  'https://www.respondly.com/', // beside Respondly (therespondly.com)
  'https://www.visitoriq.com/', // beside VisitorIQ (visitoriq.in)
  'https://www.telecaller.com/', // beside telecaller.ai
  'https://www.op26x.com/', // beside OP26X (op26x.in)
  'https://www.agentnoda.com/', // beside agentnoda (agentnoda.ai)
  'https://www.conversailabs.in/', // beside ConversAI Labs (conversailabs.com)
  'https://www.grx10.in/', // beside GRX10 (grx10.com)
  'https://www.nestvoice.com/', // beside NestVoice AI (nestvoiceai.com)
  'https://www.salesix.com/', // beside Salesix AI (salesix.ai)
  'https://www.prepassist.com/', // beside PrepAssist (prepassist.in)
  'https://www.examsankalp.com/', // beside Exam Sankalp (examsankalp.in)
  'https://www.vidhyaai.com/', // beside VidhyaAI (vidhyaai.app)
  'https://www.aistea.com/', // beside AISTeA (aistea.in)
  'https://www.gyandoot.com/', // beside GyandootAI (gyandootai.com)
  'https://www.pakistanlawbot.pk/', // beside Pakistan LawBot (pakistanlawbot.com)
  'https://www.paklawassist.pk/', // beside PakLawAssist (paklawassist.com)
  'https://www.ziantrix.in/', // beside Ziantrix (ziantrix.com)
  'https://www.indiagram.com/', // beside Indiagram (indiagram.in)
  'https://www.boloaurlikho.in/', // beside Bolo Aur Likho (boloaurlikho.com)
  'https://www.listmyproduct.com/', // beside ListMyProduct (listmyproduct.in)
  'https://www.ecomrtx.in/', // beside EcomRTX (ecomrtx.com)
  'https://www.vedicai.com/', // beside Vedic AI (vedicai.co.in)
  'https://www.vedacortex.com/', // beside VedaCortex (vedacortex.in)
  'https://www.aurevix.com/', // beside Aurevix (aurevix.app)
  'https://www.medpilot.com/', // beside MedPilot AI (medpilotai.in)
  'https://www.mydoctor.com/', // beside Neuro Care India (app.mydoctor.ltd)
];

describe('twentieth-session India traps', () => {
  it('adds 42 rows, each with one domain and no prefix, all in the india region', () => {
    expect(regionalC20IndiaTools.length).toBe(42);
    expect(regionalC20IndiaTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC20IndiaTools.every((t) => catalogRegion(t.id) === 'india')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC20IndiaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://ipt.smartaccountants.in/terms': 'ipt-smart-accountants',
      'https://chat.avya.lk/privacy-policy': 'avya-chatbot',
      'https://app.mydoctor.ltd/privacy': 'neuro-care-india',
      'https://app.therespondly.com/privacy': 'respondly',
      'https://www.agentnoda.ai/in/privacy': 'agentnoda',
      'https://grx10.com/technology/': 'grx10',
      'https://www.gstnoticeai.com/privacy-policy': 'gst-notice-ai',
      'https://ziantrix.com/ai-usage-transparency': 'ziantrix',
      'https://www.medpilotai.in/dpdp-compliance.html': 'medpilot-ai',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
