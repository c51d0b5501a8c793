// Traps beside the rows the twenty-third session's Africa pass added (data/regional-c23-africa.ts): the ordinary sites
// next to each kind of AI tool it added (education departments, exam and curriculum bodies, job portals, farming
// bodies, telephony and payment providers, a Moroccan shop builder, a legal-information institute, a news site the
// assistant app's maker runs), the parents of the four claimed subdomains and the hosts of the two URL prefixes, the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None
// of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC23AfricaTools } from './data/regional-c23-africa';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.education.gov.za/', // South Africa's basic education department, beside the CAPS tutors and AI marking
  'https://www.kicd.ac.ke/', // Kenya's curriculum institute, beside the CBC tutors
  'https://www.knec.ac.ke/', // Kenya's examinations council, beside the CBC tutors
  'https://www.waecgh.org/', // WAEC Ghana, beside the African tutors
  'https://www.pnet.co.za/', // a South African job portal, beside the CV and interview tools
  'https://www.careers24.com/', // a South African job portal, beside the CV and interview tools
  'https://kilimo.go.ke/', // Kenya's agriculture ministry, beside the farm advisers
  'https://www.agra.org/', // an African farming alliance, beside the farm advisers
  'https://www.twilio.com/', // a telephony provider, beside the AI receptionists and voice agents
  'https://www.vodacom.co.za/', // a South African operator, beside the AI receptionists
  'https://www.hubtel.com/', // a Ghanaian payments and messaging platform, beside the WhatsApp agents and MoMo assistant
  'https://mtn.com.gh/', // MTN Ghana, beside the MoMo assistant
  'https://youcan.shop/', // a Moroccan shop builder, beside the COD sales agent
  'https://ulii.org/', // the Uganda Legal Information Institute, beside the legal-research AI
  'https://naijagist.ng/', // the news site the Bamaja app shows in its GistBot viewer
];

const PARENTS_AND_PREFIX_HOSTS = [
  'https://aolc.tech/', // the parent of CAT Mentor's claimed subdomain
  'https://www.aolc.tech/', // the parent of CAT Mentor's claimed subdomain
  'https://tufeafrica.com/', // the parent of the Mwalimu App's claimed subdomain
  'https://www.tufeafrica.com/', // the parent of the Mwalimu App's claimed subdomain
  'https://prestoghana.com/', // the parent of PrestoQ's claimed subdomain
  'https://www.prestoghana.com/', // the parent of PrestoQ's claimed subdomain
  'https://devit.i.ng/', // the parent of Magana AI's claimed subdomain
  'https://www.devit.i.ng/', // the parent of Magana AI's claimed subdomain
  'https://www.itsago.app/', // the root of the host whose /prep section is claimed
  'https://www.itsago.app/preparation', // a path that only starts with the claimed segment
  'https://ak035.co.za/', // Abridged Knowledge 035's site, beside its claimed CV tool
  'https://ak035.co.za/cvtools-archive', // a path that only starts with the claimed segment
];

const SHARED_PLATFORMS = [
  'https://cropaite-landing.pages.dev/privacy', // a Kenyan crop-disease app's policy on a shared platform
  'https://gweens-agritech.pages.dev/privacy', // a Kenyan agritech app's policy on a shared platform
  'https://coruscating-sunflower-c52554.netlify.app/', // a CBC study app's policy on a shared platform
  'https://agrisphere-fram.netlify.app/pages/privacy-policy', // a crop-diagnosis app's policy on a shared platform
  'https://matricbaseprivate.netlify.app/', // a matric study app's policy on a shared platform
  'https://automarking.netlify.app/privacy', // a marking app's policy on a shared platform
  'https://voiceinsights-frontend.pages.dev/privacy.html', // a draft survey-platform policy on a shared platform
  'https://opti-site-tau.vercel.app/af/insights/ai-tools-for-hr-south-africa', // an HR article on a shared platform
  'https://healthgridafrica.ng.calgarypot.ca/trust', // HealthGrid Africa's page on another company's host
];

const LEFT_OUT = [
  'https://wakili.pro/privacy', // a policy with a "PVT-XXXXXX" placeholder
  'https://www.zentrya.co.za/privacy_policy', // a policy with "{Registered company name}" placeholders
  'https://adwumagh.com/privacy', // a draft with "[LEGAL ENTITY NAME]"
  'https://www.momosense.app/legal/privacy-policy.html', // a policy with an "[INSERT ...]" placeholder
  'https://www.jobradarng.com/ai-processing-policy', // a draft pending review
  'https://www.collegecbt.ewinproject.org/terms', // a draft pending review
  'https://staging.nija.africa/privacy', // a staging host
  'https://ntivoedtech.co.za/', // a homepage without a path
  'https://navolet.com/?p=3', // a bare `?p=` page
  'https://casgir.com/privacy.html', // Tally AI Limited's policy on another host
  'https://usevoiceagent.ai/privacy-policy', // AI only in the brand name
  'https://mwakili.com/resources/legal-docs-plain-text/LawSocietyofKenyaAct_2014', // a page that does not say AI
  'https://www.easyhire.ng/privacy-policy', // a policy that does not say AI
  'https://capskit.co.za/privacy.html', // a prompt builder whose policy does not say AI
  'https://school.ditshego-ventures.co.za/legal/privacy', // a study platform, AI coaching one feature
  'https://shambacare.com/privacy-policy/', // a farm platform, AI diagnosis one feature
  'https://www.xhosadev.com/privacy', // a job platform with AI tools
  'https://www.aftermatricapp.co.za/privacy', // a post-matric planner, AI one feature
  'https://www.careerlinkafrica.com/privacy', // a job platform with AI features
  'https://zoboledger.com/privacy', // a bookkeeping service, AI categorisation one feature
  'https://buychat.ng/privacy', // a marketplace
  'https://momoneyo.com/privacy', // a crowdfunding site
  'https://rdv.efalit.com/en/about/ai-assistant', // an appointment platform's assistant page
  'https://www.woblar.com/privacy', // an agency that builds custom agents
  'https://maraba.ai/blog/building-ai-for-nigerian-voices-harder-than-gpt4/', // a market article on a vendor blog
  'https://mthandizi.com/acceptable-use', // an AI assistant whose pages name no country
  'https://app.doctorji.net/healthcare-assistant', // a triage assistant whose page names no country
  'https://www.voicenta.com/privacy', // a Delaware company's policy naming another brand
];

const NAMESAKES = [
  'https://www.catmentor.com/', // beside CAT Mentor (catmentor.aolc.tech)
  'https://www.darasa.com/', // beside Darasa Live (darasalive.com)
  'https://www.mwalimu.com/', // beside the Mwalimu App (mwalimu.tufeafrica.com)
  'https://www.elimubora.com/', // beside Elimu Bora (elimubora.africa)
  'https://www.exammark.com/', // beside ExamMark (aigrading.co.za)
  'https://www.thandi.com/', // beside Thandi (thandi.online)
  'https://www.itsago.com/', // beside ITSAGO AI (itsago.app/prep)
  'https://www.shamba.com/', // beside ShambaIQ (shambaiq.com)
  'https://www.cropsentry.com/', // beside CropSentry (cropsentry.site)
  'https://www.farmpaddy.ng/', // beside FarmPaddy (farmpaddy.com)
  'https://www.receptionai.com/', // beside ReceptionAI (receptionai.co.za)
  'https://www.voicereceptionist.com/', // beside VoiceReceptionist.co.za
  'https://www.magana.com/', // beside Magana AI (magana.devit.i.ng)
  'https://www.ekaette.com/', // beside Ekaette (ekaette.site)
  'https://www.kassa.com/', // beside Kassa AI (kassaai.com)
  'https://www.replyk.com/', // beside Replyk (replyk.io)
  'https://www.presto.com/', // beside PrestoQ (q.prestoghana.com)
  'https://www.bizpulse.com/', // beside BizPulse (mybizpulse.app)
  'https://www.wakili.com/', // beside Wakilii (wakilii.org)
  'https://www.bamaja.com/', // beside Bamaja (bamaja.online)
];

describe('twenty-third-session Africa traps', () => {
  it('adds 21 rows in the africa region, each with one domain or one URL prefix', () => {
    expect(regionalC23AfricaTools.length).toBe(21);
    expect(regionalC23AfricaTools.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
    expect(regionalC23AfricaTools.every((t) => catalogRegion(t.id) === 'africa')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC23AfricaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and prefixes', () => {
    expectEachClassifiedAs({
      'https://www.catmentor.aolc.tech/privacy.php': 'cat-mentor-aolc',
      'https://darasalive.com/safeguarding': 'darasa-live',
      'https://mwalimu.tufeafrica.com/ai-policy': 'mwalimu-app-tufe',
      'https://elimubora.africa/safety-privacy-accessibility-policy-framework': 'elimu-bora-africa',
      'https://aigrading.co.za/trust': 'exammark-ai',
      'https://www.thandi.online/legal/disclaimers': 'thandi-ai',
      'https://www.itsago.app/prep/privacy': 'itsago-ai-prep',
      'https://itsago.app/prep': 'itsago-ai-prep',
      'https://ak035.co.za/cvtools/privacy-policy.php': 'ak035-cv-tool',
      'https://shambaiq.com/privacy': 'shambaiq',
      'https://www.cropsentry.site/privacy': 'cropsentry',
      'https://www.farmpaddy.com/privacy': 'farmpaddy',
      'https://receptionai.co.za/privacy': 'receptionai-za',
      'https://www.voicereceptionist.co.za/privacy': 'voicereceptionist-za',
      'https://magana.devit.i.ng/legal/privacy': 'magana-ai',
      'https://ekaette.site/privacy.html': 'ekaette',
      'https://kassaai.com/privacy-policy/': 'kassa-ai',
      'https://www.replyk.io/glossary/': 'replyk',
      'https://q.prestoghana.com/privacy_policy': 'prestoq',
      'https://mybizpulse.app/privacy': 'bizpulse-ng',
      'https://wakilii.org/privacy': 'wakilii',
      'https://bamaja.online/privacy.html': 'bamaja',
    });
  });

  it('leaves general sites, parents, prefix hosts, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...PARENTS_AND_PREFIX_HOSTS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
