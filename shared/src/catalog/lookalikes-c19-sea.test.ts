// Traps beside the rows the nineteenth session's South-East and South Asia pass added (data/regional-c19-sea.ts): the
// ordinary sites next to each kind of tool (messaging apps and chatbot builders, marketplaces, exam-prep and tutoring
// sites, job boards, tax and case-law sites, astrology portals, Gita sites), the parents of the subdomains and the
// hosts of the makers' pages that only one product host was claimed for, the left-out hosts and shared-platform copies
// the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must
// reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC19SeaTools } from './data/regional-c19-sea';

const GENERAL_SITES = [
  'https://zalo.me/', // a messaging app, beside the Zalo and Messenger support bots
  'https://www.manychat.com/', // a rule-based Messenger bot builder, beside PisoBot and Trợ Lý Page
  'https://www.wati.io/', // a WhatsApp inbox, beside PKAILabs and IDEAI
  'https://shopee.co.id/', // a marketplace whose sellers use the sales bots
  'https://www.byjus.com/', // an exam-prep company, beside the AI tutors
  'https://www.vedantu.com/', // live tutoring, beside the AI tutors
  'https://www.naukri.com/', // a job board, beside the AI resume and interview tools
  'https://www.jobstreet.com/', // a job board in South-East Asia
  'https://cleartax.in/', // tax filing, beside TaxTMI's AI tools
  'https://indiankanoon.org/', // a case-law search, beside the AI legal helpers
  'https://www.livelaw.in/', // legal news, beside the AI legal helpers
  'https://www.astrosage.com/', // a kundli portal, beside the AI astrology chats
  'https://www.astrotalk.com/', // paid chats with human astrologers
  'https://www.holy-bhagavad-gita.org/', // a Gita text site, beside the Krishna chatbots
  'https://www.taxtmi.com/', // the tax database itself; only its /ai section is claimed
  'https://www.taxtmi.com/news', // a sibling path on the same host
];

const PARENTS_AND_MAKERS = [
  'https://ioh.co.id/', // Indosat's site, whose assets host carries the Sahabat-AI notice
  'https://assets-sahabat-ai.ioh.co.id/privacynpolicy/privacypolicy.html', // that notice, on Indosat's host
  'https://ashari.tech/kebijakan-privasi', // Ashari Tech's company site; only ashari.cloud is claimed
  'https://straitsinteractive.com/', // Straits Interactive's company site; only its capabara subdomain is claimed
  'https://ideconnect.id/', // the parent of ai.ideconnect.id
  'https://punjabidharti.com/', // the Punjabi site whose kundli subdomain is claimed alone
  'https://sanmitratech.in/', // the parent of legalmitra.sanmitratech.in
];

const SHARED_PLATFORMS = [
  'https://pisobot.vercel.app/', // PisoBot's running copy on vercel.app; only pisobot-ai.com is claimed
  'https://interview-prep-gamma-pink.vercel.app/privacy', // an interview-prep app on vercel.app
  'https://gita-ai-50ff3.web.app/privacy', // a phone app's policy on web.app
  'https://lekhnesathi.pages.dev/privacy.html', // a Nepali writing app's policy on pages.dev
  'https://privacypolicy-omeworkai.blogspot.com/', // a homework app's policy on blogspot
];

const LEFT_OUT = [
  'https://asistenai.com/', // its policy only at a bare ?p= address
  'https://lovinbot.ai/', // its terms only at a bare ?p= address
  'https://krsh.org/', // GitaQnA's policy only at a bare ?p= address
  'https://www.tek-ino.com/', // its terms only at a ?page_id= address
  'https://uat.batasgpt.com/legal/privacy', // a UAT host, BatasGPT's only page seen
  'https://kopasai.com/ph/terms/', // terms with untranslated template keys
  'https://pranik.ai/legal/p4d-consent', // a consent notice with a placeholder date
  'https://careerlift.app/privacy', // a policy with an example.com contact
  'https://messengermatepro.com/terms', // a waitlist
  'https://www.waixwais.uk/privacy', // policies that name AI services without describing them
  'https://www.legalnoticeai.in/privacy', // AI only in the brand name
  'https://lawfirmai.in/privacy-policy', // AI only in the brand name
  'https://neetwithai.com/privacy', // AI only in the brand name
  'https://aiastro.live/privacy', // a policy that never says the readings use AI
  'https://www.careerkit.site/privacy', // names no country
  'https://astrokuberchat.com/privacy', // human and AI astrologers on one marketplace
  'https://www.shreekundli.com/privacy', // chart software with an AI chat among many tools
  'https://livegita.org/en/privacy-policy', // Gita courses with an optional AI companion
  'https://www.meetpakistan.com/privacy', // a marketplace with an AI advisor
  'https://padu.ai/custom_chatbot_terms_privacy/', // a custom chatbot agency
  'https://sg-aiaas.com/legal', // RAG services run on clients' own infrastructure
  'https://aleasai.com/privacy', // a business's own support bot
  'https://jokercodes.net/privacy-policy-bangla', // a phone app's developer host
  'https://solvekar.ai/privacy', // a phone-only app
  'https://aclcselfcheck.online/terms', // a college's AI self-check platform
  'https://www.talentscreenr.com/', // seen only on its blog
];

const NAMESAKES = [
  'https://aiko.com/', // beside Ask Aiko (askaiko.com)
  'https://capabara.ai/', // beside Capabara (capabara.com)
  'https://pisobot.com/', // beside PisoBot (pisobot-ai.com)
  'https://onami.com/', // beside Onami AI (onami.asia)
  'https://magga.ai/', // beside Magga AI (maggagenticai.com)
  'https://lipvoice.com/', // beside LipVoice (lipvoice.net)
  'https://sriai.com/', // beside SriAI (sriai.app)
  'https://zehnora.com/', // beside ZehnOra (zehnora.pk)
  'https://kaanha.com/', // beside Kaanha Saarthi (kaanha.guru)
  'https://talkkrishna.in/', // beside talkKrishna (talkkrishna.com)
  'https://mockmind.ai/', // beside MockMind (mockmind.in)
  'https://mockwin.com/', // beside Mockwin (mockwin.ai)
  'https://resumegenie.com/', // beside ResumeGenie (resumegenie.io)
  'https://rezup.com/', // beside Rezup (rezup.in)
  'https://simplifylaw.com/', // beside SimplifyLaw (simplifylaw.in)
  'https://legalsetu.com/', // beside Legal Setu (legalsetu.co.in)
  'https://dolil.ai/', // beside Dolil AI (dolilai.com)
  'https://pkailabs.com/', // beside PKAILabs (pkailabs.io)
  'https://bodhaka.com/', // beside Bodhaka (bodhaka.org)
  'https://gatherai.com/', // beside GatherAI (gatherai.in)
];

describe('lookalikes beside the South-East and South Asia pass (nineteenth session)', () => {
  it('adds 44 rows', () => {
    expect(regionalC19SeaTools.length).toBe(44);
    expect(regionalC19SeaTools.filter((tool) => tool.urlPrefixes.length > 0).map((tool) => tool.id)).toEqual([
      'taxtmi-ai',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC19SeaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://chat.sahabat-ai.com/': 'sahabat-ai',
      'https://app.kaanha.guru/privacy': 'kaanha-saarthi',
      'https://capabara.straitsinteractive.com/home/using-ai-dpo-assistant-ph': 'capabara',
      'https://www.legalmitra.sanmitratech.in/legal/privacy.html': 'legalmitra',
      'https://kundli.punjabidharti.com/privacy.php': 'punjabi-dharti-ai-kundli',
      'https://ai.ideconnect.id/privacy-policy': 'ideai',
      'https://www.taxtmi.com/ai/faq': 'taxtmi-ai',
      'https://taxtmi.com/ai': 'taxtmi-ai',
    });
  });

  it("leaves general sites, makers' hosts, shared platforms, left-out hosts and namesakes unclassified", () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...PARENTS_AND_MAKERS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
