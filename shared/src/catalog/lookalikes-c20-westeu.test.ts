// Traps beside the rows the twentieth session's westeu pass added (data/regional-c20-westeu.ts): the ordinary sites next
// to each kind of tool it added (EU hosting and model providers, messaging and support platforms, payment and analytics
// providers, ISO 27001, data-protection authorities of the region, a Danish dictionary), the shared-platform copies and
// the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every
// new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC20WesteuTools } from './data/regional-c20-westeu';

const GENERAL_SITES = [
  'https://www.infomaniak.com/', // Swiss hosting, beside DentroChat's EU processors
  'https://www.hetzner.com/', // German hosting, beside DentroChat and WABot AI
  'https://www.scaleway.com/', // French cloud, beside DentroChat
  'https://www.whatsapp.com/', // messaging, beside the WhatsApp AI assistants
  'https://business.whatsapp.com/', // the WhatsApp Business platform, beside OnReply and WABot AI
  'https://www.intercom.com/', // a support inbox, beside the chatbot builders
  'https://www.zendesk.com/', // a support desk, beside the chatbot builders
  'https://www.hubspot.com/', // a CRM, beside Evovo
  'https://www.iso.org/standard/27001', // the ISMS standard, beside ISMS Copilot
  'https://www.isms.online/', // an ISMS platform without AI in its name, beside ISMS Copilot
  'https://www.datatilsynet.dk/', // the Danish data-protection authority, beside the Danish rows
  'https://www.imy.se/', // the Swedish data-protection authority, beside the Swedish rows
  'https://www.autoriteitpersoonsgegevens.nl/', // the Dutch data-protection authority, beside EU GPT
  'https://www.garanteprivacy.it/', // the Italian data-protection authority, beside the Italian rows
  'https://www.aepd.es/', // the Spanish data-protection authority
  'https://www.ordbogen.com/', // a Danish dictionary, beside TekstGuru
  'https://www.sproget.dk/', // Danish language reference, beside TekstGuru
  'https://www.stripe.com/', // payments, beside the paid rows
  'https://www.mollie.com/', // Dutch payments, beside DentroChat
  'https://www.railway.app/', // an app host with a close name, beside Railwail
];

const SHARED_PLATFORMS = [
  'https://sajtmaskin.vercel.app/terms', // a policy or page on a shared platform
  'https://boilerplate-ten-tau.vercel.app/post/chatbots-og-gdpr-slik-overholder-du-personvernregler', // a page on a shared platform
  'https://ai4-accountancy.ghost.io/veilig-klantgegevens-uploaden-naar-chatgpt-voor-accountants-2', // a page on a shared platform
  'https://blogdelaiaactual.blogspot.com/2026/01/la-inteligencia-artificial-en-los.html', // a page on a shared platform
  'https://apav.dev.visual-thinking.pt/pt/termos', // a development host
];

const LEFT_OUT = [
  'https://www.zyndra.ai/en/blog/gdpr-och-ai-kundservice-sa-valjer-svenska-foretag-en-saker-ai-plattform', // seen only on its blog
  'https://www.akira-agent.com/blog/gdpr-safe-ai-agents-sweden-service-business-checklist', // seen only on its blog
  'https://lagdinai.no/blog/gdpr-og-ai-agentplattformer-hva-bedrifter-ma-vite', // seen only on its blog
  'https://linea-bot.es/blog/cumple-tu-negocio-con-el-rgpd-checklist-de-privacidad-para-atencion-al-cliente-con-ia', // seen only on its blog
  'https://chataziendale.it/blog/gdpr-ai-chatbot-italian-smb-2026', // seen only on its blog
  'https://medivox.ai/en/your-journal-entry-was-on-a-server-in-the-usa/', // seen only on its blog
  'https://inquira.health/nl/blog/ai-stemagenten-in-de-gezondheidszorg-een-gids-voor-24-7-patientcommunicatie', // seen only on its blog
  'https://sitebot24.com/es/blog/rgpd-chatbot-proteccion-datos', // seen only on its blog
  'https://eplep.ai/en/innsikt/ai-og-personvern', // seen only on its insight pages
  'https://aikias.no/en/blogg/ai-og-gdpr-norge-en', // seen only on its blog
  'https://dialogfy.com/blog/proteccion-de-datos-usando-chatbots', // seen only on its blog
  'https://nation.ai/pt-pt/criar-um-chatbot-de-ia-passo-a-passo-com-gpt', // seen only on a guide
  'https://v2.laki.ai/privacy', // a privacy notice that does not say AI
  'https://www.lexiaeducation.no/personvernvurdering-for-ki', // an assessment of an unnamed assistant
  'https://chatpat.provincia.tn.it/pt/how-it-works', // a page that does not say AI
  'https://www.prokom.no/produkter-og-tjenester/chatbots/kari/om-personvern/', // a notice about a language-prediction algorithm
  'https://www.assistenza-scuola.com/privacy-chatbot-ai/', // a template with placeholders
  'https://www.one.com/en-gb/legal/ai-terms-of-use/', // a hosting company whose AI is one feature
  'https://it.tilda.cc/terms/generative-ai', // a site builder whose AI is one feature
  'https://www.stocklib.es/licencia-imegenes-ai.html', // a stock library whose AI is one feature
  'https://pageface.com/es/pages/legal/ai-policy', // a platform whose AI is one feature
  'https://publitech.se/information-om-publitechs-hjalpcenter-chatbot', // a help-centre bot of a general vendor
  'https://www.lovguiden.dk/information/terms-of-service/da', // a site chatbot
  'https://bergadvokater.dk/vilkaar-for-anvendelse-af-berg-advokaters-aiassistent/', // a law firm's site assistant
  'https://www.vermetten.nl/privacy-disclaimer-virtuele-assistent', // an accounting firm's site assistant
  'https://sikt.no/tjenester/sikt-ki-chat', // a public agency's service page
  'https://capio.se/natintegritetspolicy/integritetspolicy-tandem-health/', // a care provider's notice
  'https://zentso.com/contactcentre-guru/privacy/', // a general company's Teams app
  'https://www.itamil.it/regolamento-servizio', // a general company's phone assistant
  'https://spartner.nl/blog/llm-data-privacy-afweging', // an agency
  'https://unify-ai.nl/insights/mag-ai-dit-wel-avg-checklist', // a consultancy
  'https://ronspoelstra.be/for-business/accountants.html', // a consultancy
  'https://afki.no/personvern', // courses and consulting
  'https://www.diana-dev.com/blog/gdpr-compliant-chatgpt-alternative', // a blog whose product is unclear
  'https://gitogi.com/it/risorse/blog/shadow-ai-5-segnali-allarme', // a blog whose product is unclear
];

const NAMESAKES = [
  'https://www.eugpt.com/', // beside EU GPT (eugpt.ai)
  'https://www.eu-gpt.com/', // beside EU GPT
  'https://www.dentro.com/', // beside DentroChat (dentro.chat)
  'https://www.dentrochat.com/', // beside DentroChat
  'https://www.gothia.se/', // beside Gothia AI Portal (gothiaai.se)
  'https://www.gothiaai.com/', // beside Gothia AI Portal
  'https://www.evovo.com/', // beside Evovo (evovo.dk)
  'https://www.diverge.com/', // beside Diverge (askdiverge.ai)
  'https://www.askdiverge.com/', // beside Diverge
  'https://www.norrsyn.se/', // beside Norrsyn AI (norrsynai.com)
  'https://www.norrsynai.se/', // beside Norrsyn AI
  'https://www.aipersonal.com/', // beside AI Personal (aipersonal.se)
  'https://www.onreply.com/', // beside OnReply (onreply.ai)
  'https://www.wabot.com/', // beside WABot AI (wabotai.com)
  'https://www.wabotai.it/', // beside WABot AI
  'https://www.aiteam.com/', // beside aiteam (aite.am)
  'https://www.aite.com/', // beside aiteam
  'https://www.ismscopilot.ai/', // beside ISMS Copilot (ismscopilot.com)
  'https://www.textguru.com/', // beside TekstGuru (textguru.dk)
  'https://www.railwail.ai/', // beside Railwail (railwail.com)
];

describe('twentieth-session westeu traps', () => {
  it('adds 13 rows, each with one domain and no prefix', () => {
    expect(regionalC20WesteuTools.length).toBe(13);
    expect(regionalC20WesteuTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC20WesteuTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.eugpt.ai/en/privacy/': 'eu-gpt',
      'https://dentro.chat/tools/privacy-policy-analyzer/s/dentro-chat': 'dentro-chat',
      'https://gothiaai.se/en/articles/gdpr-and-ai-how-we-protect-your-data': 'gothia-ai-portal',
      'https://www.evovo.dk/privacy-policy': 'evovo',
      'https://askdiverge.ai/legal/privacy-policy': 'diverge-askdiverge',
      'https://norrsynai.com/privacy-policy-2/': 'norrsyn-ai',
      'https://aipersonal.se/interigritetspolicy': 'ai-personal-se',
      'https://onreply.ai/terms': 'onreply-ai',
      'https://wabotai.com/it/privacy.html': 'wabot-ai',
      'https://www.aite.am/de/privacy': 'aiteam-aite-am',
      'https://help.ismscopilot.com/es/advanced-data-protection-mode-isms-copilot-cs1l3': 'isms-copilot',
      'https://textguru.dk/AI-policy': 'tekstguru',
      'https://railwail.com/fi/terms-of-service': 'railwail',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
