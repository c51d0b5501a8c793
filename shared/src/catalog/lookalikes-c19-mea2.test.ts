// Traps beside the rows the nineteenth session's second Middle East and Africa pass added (data/regional-c19-mea2.ts):
// the ordinary sites next to each kind of tool (mobile money and messaging, WhatsApp API resellers and marketing
// suites, legal news, language learning, chatbot developers), the parent of the one subdomain claimed alone, the
// left-out hosts and shared-platform copies the pass read, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry.
// www.mugah.co/user-guide.html was dropped by the twenty-fifth session's Israel pass: Mugah's terms
// (www.mugah.co/terms.html) say the add-in is AI-powered, so mugah.co is now an entry (data/regional-c25-israel.ts).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC19Mea2Tools } from './data/regional-c19-mea2';

const GENERAL_SITES = [
  'https://www.safaricom.co.ke/', // mobile money and telecoms, beside the Kenyan WhatsApp agents
  'https://bonga.ke/', // a messaging app with M-Pesa, beside the Kenyan WhatsApp agents
  'https://www.unifonic.com/', // a WhatsApp API reseller, beside Halaqa and the support agents
  'https://www.adwhats.com.sa/', // a WhatsApp marketing suite, beside the Gulf agents
  'https://www.bottii.com/', // marketing automation, beside the chat agents
  'https://www.law.co.il/', // Israeli legal news, beside DinAI
  'https://www.lingoafrika.com/', // language lessons, beside EthiopicAI
  'https://dipdux.com/', // an Egyptian chatbot developer and cloud host
  'https://www.iq-hosting.com/', // web hosting, beside the platform rows
  'https://amgaptech.com/', // the company site whose subdomain vindex-ai.amgaptech.com is claimed alone
];

const SHARED_PLATFORMS = [
  'https://kira-ai.vercel.app/terms.html', // a WhatsApp chatbot's terms on vercel.app
  'https://ai-mashinani-compass.vercel.app/privacy', // a Kenyan business platform on vercel.app
  'https://sentinel-automations.pages.dev/privacy-policy.html', // a Hebrew WhatsApp booking bot on pages.dev
  'https://ertugpartners.pages.dev/en/blog/kvkk-uretken-yapay-zeka-rehberi', // a law firm's KVKK note on pages.dev
  'https://vision2030.pages.dev/analysis/saudi-ai-tools-arabic-ai-demand/', // a Saudi AI commentary on pages.dev
  'https://kinyaai.up.railway.app/privacy', // a Kinyarwanda classifier on railway.app
  'https://privacypolicy-omeworkai.blogspot.com/', // a homework app's policy on blogspot.com
];

const LEFT_OUT = [
  'https://wappbot.cloud/', // terms with "[URL]" placeholders
  'https://matajir-ai.com/privacy?lang=en', // a legal draft with bracketed company details
  'https://gotcha.co.il/privacy-policy/', // a policy with "[Company Name]" placeholders
  'https://www.usetape.app/terms/', // a draft with bracketed company details
  'https://tamleluya.com/terms-and-conditions-version1/', // transcription terms with no word of AI
  'https://www.veeza.ai/en/privacy', // a visa assistant policy that does not say it uses AI
  'https://hiresai.ai/ar/privacy/', // a B2B policy that does not say what the AI does
  'https://tzumi.co.il/', // a rule-based booking bot
  'https://tryada.site/privacy', // a website builder policy with no word of AI
  'https://adai-ai.com/en/privacy', // a generic GDPR policy
  'https://mail.aisorted.co.za/privacy.html', // a quoting service policy on a mail host, no word of AI
  'https://kaps.co.il/tos', // templated captioning terms
  'https://nzoka.com.kikodi.com/privacy-policy-2/', // a product policy on another company's domain
  'https://www.enchemin.org/privacy-policy', // BotWave's policy on another domain
  'https://blog.ehlan.ai/guide/ai-voice-agents-for-gulf-arabic-dialects/', // seen only on its blog
  'https://www.agentlabs.co.il/en/blog/hebrew-chatbot-system-how-to-check-quality-of-understanding,-formulation,-and-context', // seen only on its blog
  'https://wasaachat.com/terms-and-conditions', // a messaging and wallet app with an AI copilot
  'https://zenzoconnect.com/legal/ai-features', // a community app with AI features
  'https://aiqo.app/privacy', // a fitness app with AI features
  'https://thabitai.com/terms', // compliance assessment tools
  'https://www.cntxt.tech/privacy-policy', // a data-annotation company
  'https://dholuo.digital/privacy-policy.php', // a language data project
  'https://www.chatbot.youngaileaders.org.ls/privacy', // a youth programme's health chatbot
  'https://copilot-community.ai-institute.ma/privacy-policy', // a community site
  'https://www.argm.co.il/privacy-policy-whatsapp-agent', // an agency's own sales bot
  'https://altai.digital/en/privacy-policy', // an agency site with a chatbot
  'https://dontthinkabout.com/privacy/', // a business suite with AI bots
  'https://trydaleel.app/privacy', // AI search that names no country
  'https://minthar.net/en/legal/ai/data-governance', // a holding company's AI data policy
  'https://madad-ai.com/en/privacy', // an AI index subscription
  'https://wenzi.co.za/privacy', // a policy with "[insert date]" placeholders
];

const NAMESAKES = [
  'https://www.zenai.com/', // beside Zenai (zenai.pro)
  'https://www.chatpilot.com/', // beside ChatPilot (chatpilot.biz)
  'https://www.halaqa.com/', // beside Halaqa (halaqa.co)
  'https://www.assistrack.io/', // beside Assistrack AI
  'https://www.page4u.com/', // beside PAGE4U.AI
  'https://www.ethiopic.com/', // beside EthiopicAI (ethiopic.io)
  'https://www.projectzenith.com/', // beside Project Zenith (projectzenith.co)
  'https://www.lawfirm-ai.com/', // beside LawfirmAI (lawfirm-ai.co.ke)
  'https://www.aidretech.ae/', // beside DXB.AIDRETech
  'https://www.amsa.org/', // beside AMSA-AI
  'https://www.dinai.com/', // beside DinAI Israel
  'https://www.transleyt.net/', // beside Transleyt
  'https://www.jajahelper.co.il/', // beside JajaHelper
];

describe('nineteenth-session Middle East and Africa (second pass) traps', () => {
  it('adds 15 rows, each with one domain and no prefix', () => {
    expect(regionalC19Mea2Tools.length).toBe(15);
    expect(regionalC19Mea2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC19Mea2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts', () => {
    expectEachClassifiedAs({
      'https://www.assistrack.com/privacy': 'assistrack-ai',
      'https://www.chatpilot.biz/ai-usage-policy': 'chatpilot-ke',
      'https://vindex-ai.amgaptech.com/terms': 'amgaptech-ai-gateway',
      'https://ethiopic.io/tos/ethiopicai-tos-amharic.html': 'ethiopicai',
      'https://www.lawfirm-ai.co.ke/privacy': 'lawfirm-ai-ke',
      'https://ksa.xfyun.com/doc/platform/privacy.html': 'iflytek-mena-open-platform',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
