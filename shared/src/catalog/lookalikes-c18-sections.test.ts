// Traps beside the rows the eighteenth session's sections pass added (data/platform-ai-sections-c18-sections.ts):
// the general sites whose AI chat portals are claimed alone (universities, a computing centre, a municipality's
// schools, a business directory), the operators' own pages the pass cited or read, the shared-platform pages it met,
// left-out staging and demo hosts, and sites whose names sit close to the new entries. None of them may classify;
// every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { platformAiSectionsC18Tools } from './data/platform-ai-sections-c18-sections';

const PARENTS = [
  'https://academiccloud.de/', // GWDG's Academic Cloud (files, video, accounts), parent of chat-ai.academiccloud.de
  'https://docs.hpc.gwdg.de/services/chat-ai/data-privacy/index.html', // GWDG's docs, cited for Chat AI
  'https://www.gwdg.de/', // the computing centre itself
  'https://www.uni-giessen.de/en/faculties/svc/it/it-service-centre/services/ai/dataprotectionai', // JLU's own site
  'https://www.tu-braunschweig.de/', // parent of ki-toolbox.tu-braunschweig.de
  'https://its.umich.edu/computing/ai/terms-of-service', // U-M ITS pages, cited for U-M GPT
  'https://www.umich.edu/', // parent of umgpt.umich.edu
  'https://hm.edu/', // parent of ai.lab.hm.edu
  'https://www.htwsaar.de/', // parent of hawki.htwsaar.de
  'https://www.tu-ilmenau.de/', // parent of ai-chatbot.tu-ilmenau.de
  'https://tu-clausthal.de/datenschutzhinweise/librechat', // TU Clausthal's own site, cited for its LibreChat host
  'https://www.uni-hohenheim.de/', // parent of gptalk.uni-hohenheim.de
  'https://www.w-hs.de/', // parent of ai.w-hs.de
  'https://www.htw-berlin.de/', // parent of chatki.htw-berlin.de
  'https://www.uni-hamburg.de/', // parent of uhhgpt.uni-hamburg.de
  'https://digitale-lehre.virtuos.uni-osnabrueck.de/kiuos/', // virtUOS's page, cited for ki.uni-osnabrueck.de
  'https://www.uni-osnabrueck.de/', // parent of ki.uni-osnabrueck.de
  'https://www.uio.no/english/services/it/ai/gpt-uio/privacy/tos-eng.html', // UiO's own site, cited for gpt.uio.no
  'https://www.hvl.no/kunstig-intelligens/hvlgpt/', // a partner college's page about GPT UiO
  'https://gen-global.org/', // parent of chat.gen-global.org
  'https://randabergskolen.no/', // parent of ai./ki.randabergskolen.no
  'https://hanapbiz.online/', // the business directory, parent of ai.hanapbiz.online
];

const GENERAL_SITES = [
  'https://www.uni-muenster.de/IT/en/services/arbeitsplatz/unigpt/agb.html', // UniGPT's terms; its chat host is unnamed
  'https://zid.univie.ac.at/en/uai/terms-of-use', // u:ai's terms on Vienna's IT site
  'https://www.h-brs.de/de/nutzungsbedingungen-ki-connect-h-brs', // KI:connect terms on a university's main site
  'https://help.itc.rwth-aachen.de/', // RWTHgpt's help desk
  'https://sikt.no/tjenester/sikt-ki-chat', // Sikt's product page; the chat host is unnamed
  'https://www.generali.ch/en/legal-information/terms-and-conditions-chatbot-virtual-assistant', // an insurer's chatbot
  'https://www.eqbank.ca/', // a bank whose site chatbot has no host of its own
  'https://www.comune.firenze.it/funzionamento-chatbot', // a council chatbot embedded in the city site
  'https://support.ntt.com/', // a support site with an embedded assistant
  'https://www.slsp.sk/en/contractual-conditions/ai-tools', // a bank's AI-tool terms
  'https://www.hawk.de/', // the university that built HAWKI, itself no AI tool
];

const SHARED_PLATFORMS = [
  'https://policy-lineai.web.app/terms', // a municipal LINE bot's terms on web.app
  'https://beaiassist.pages.dev/terms.html', // an AI consultancy's terms on pages.dev
  'https://ai-school-handleiding.web.app/en/docs/beheeromgeving/omgeving', // a school AI manual on web.app
  'https://koreai.mintlify.app/ai-for-work/llm-configuration', // vendor docs on mintlify.app
  'https://colab.codeberg.page/en/privacy', // a design department's site on codeberg.page
  'https://sodascience.github.io/soda_llm_infra_guide/governance/institutional-rules/', // a guide on github.io
];

const LEFT_OUT = [
  'https://chatpatdev.provincia.tn.it/it/how-it-works', // a province assistant's development host
  'https://demo.tektoro.app/docs/ai-intelligence/ai-configuration', // a demo host
  'https://dev.luckydesk.io/am/site/blog/ai-assistants-understand-your-business', // a dev host's blog
  'https://chatgnbhelp.transformationnb.ca/docs/about-chatgnb/terms-of-use', // help pages, not the service
  'https://kiandme.h2.de/allgemein/ai/', // a university blog page about its chat's terms
  'https://aihelp.yale.edu/getting_started', // help pages for a chatbot whose host is unnamed
  'https://helpai.plus/terms.html', // placeholder template terms
];

const NAMESAKES = [
  'https://www.kiwi.com/', // a travel site, beside kiwi at Osnabrück
  'https://www.gen.com/', // Gen Digital, beside GEN AI Assistant
  'https://www.uio.com/', // beside GPT UiO
  'https://www.hawki.com/', // beside the HAWKI instances
  'https://www.newking.net/', // beside Newking
];

describe('eighteenth-session sections traps', () => {
  it('adds 18 rows, each on its own hosts and with no prefix', () => {
    expect(platformAiSectionsC18Tools.length).toBe(18);
    expect(platformAiSectionsC18Tools.every((t) => t.domains.length > 0 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(platformAiSectionsC18Tools), { api: true });
  });

  it('classifies the pages the rows cite on the claimed hosts', () => {
    expectEachClassifiedAs({
      'https://ki-chat.uni-giessen.de/faq': 'jlu-ki-fuer-alle',
      'https://ki-toolbox.tu-braunschweig.de/terms': 'tu-braunschweig-ki-toolbox',
      'https://ai.lab.hm.edu/login': 'hm-ki',
      'https://ai-chatbot.tu-ilmenau.de/dataprotection': 'tu-ilmenau-hawki',
      'https://gptalk.uni-hohenheim.de/dataprotection': 'hohenheim-gptalk',
      'https://ai.w-hs.de/login?view=faq': 'w-hs-wh-ai',
      'https://chatki.htw-berlin.de/dataprotection': 'htw-berlin-chatki',
      'https://uhhgpt.uni-hamburg.de/login-faq.php': 'uhhgpt',
      'https://chat.gen-global.org/tos': 'gen-ai-assistant',
      'https://ai.randabergskolen.no/gdpr-hvorfor-er-det-greit-a-bruke-denne-tjenesten/':
        'randabergskolen-ki',
      'https://ai.hanapbiz.online/acceptable-use': 'hanapbiz-ai',
      'https://www.convaise.com/en/privacy-notice': 'convaise',
      'https://www.newking.com/legal-docs': 'newking-chatbot',
    });
  });

  it('leaves parents, general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...PARENTS, ...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
