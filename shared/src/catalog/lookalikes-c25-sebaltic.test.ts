// Traps beside the rows the twenty-fifth session's South-East Europe and Baltic pass added
// (data/regional-c25-sebaltic.ts): the ordinary sites next to each kind of AI tool it added (the region's
// data-protection authorities and company registers, legislation portals beside the legal tools, meeting and messaging
// platforms beside the note-takers and the Telegram bot, car classifieds beside the car-photo tool, marketplaces beside
// the marketing tool, education bodies beside the study assistant), the company sites whose AI product is claimed only
// as a path, the shared-platform copies, agencies, public bodies' assistants and left-out hosts the pass read, and
// sites whose names sit close to the new entries. None of them may classify; every new host and path must reach its own
// entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC25SebalticTools } from './data/regional-c25-sebaltic';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.dataprotection.gov.cy/', // Cyprus's data-protection commissioner, named in the Cypriot policies
  'https://www.aki.ee/', // Estonia's data-protection inspectorate, named by Cogniverse and others
  'https://www.dpa.gr/', // the Hellenic data-protection authority
  'https://ariregister.rik.ee/', // the Estonian commercial register behind the registry codes
  'https://www.riigiteataja.ee/', // the Estonian state gazette, beside Lepingukontroll
  'https://likumi.lv/', // the Latvian legislation portal Likuma Palīgs answers from
  'https://www.ur.gov.lv/', // the Latvian enterprise register
  'https://www.registrucentras.lt/', // the Lithuanian register centre
  'https://www.paragraf.rs/', // Paragraf Lex, the legal-information platform that delivers Lex AI
  'https://www.apr.gov.rs/', // the Serbian business registers agency
  'https://sudreg.pravosudje.hr/', // the Croatian court register behind the OIBs
  'https://www.crm.com.mk/', // North Macedonia's central register, beside DINNA AI
  'https://efiling.drcor.mcit.gov.cy/', // the Cypriot companies registrar behind the HE numbers
  'https://www.onrc.ro/', // the Romanian trade register behind the CUIs
  'https://portal.registryagency.bg/', // the Bulgarian registry agency behind the UICs
  'https://www.businessregistry.gr/', // the Greek GEMI business registry
  'https://www.edu.ro/', // the Romanian ministry of education, beside eStudent
  'https://zoom.us/', // a meeting platform the note-takers join
  'https://meet.google.com/', // a meeting platform the note-takers join
  'https://www.microsoft.com/en-us/microsoft-teams/', // a meeting platform the note-takers join
  'https://telegram.org/', // the messenger AutoShot's bot runs on
  'https://www.mobile.bg/', // Bulgarian car classifieds, beside AutoShot
  'https://www.autovit.ro/', // Romanian car classifieds, beside AutoShot
  'https://www.olx.ro/', // a classifieds marketplace, beside the marketing tools
  'https://www.emag.ro/', // a marketplace, beside the marketing tools
  'https://www.eetn.gr/en/privacy-policy', // the Hellenic AI Society, a scientific association
  'https://platform.olimpiada-ai.ro/privacy', // the Romanian AI olympiad's competition platform
  'https://www.alevel-sat-gmat.ro/en/privacy/', // a Bucharest tutoring service with human tutors
  'https://www.onlinelaw.gr/en/page/terms-of-use', // a Greek directory of lawyers, beside the legal tools
  'https://www.newlaw.gr/terms-of-use-e9qph', // a Thessaloniki law firm
  'https://akademika.com.mk/v1/en/public/terms.jsp', // a Macedonian legislation database
  'https://praksis.mk/', // a Macedonian legislation database
  'https://www.cyprusdevelopers.com/article/terms-of-use.html', // a Cypriot property-developers site
  'https://acccyp.com/terms-and-conditions', // a Limassol accounting firm
  'https://www.melbicom.net/legal/agreement/', // a Lithuanian hosting provider
  'https://l.cash/termsofuse.html', // a Lithuanian payment service
  'https://app.e-academyos.ro/privacy/', // school-management software with an optional assistant
];

const PARENTS = [
  'https://www.oxygenxml.com/', // Oxygen XML Editor's site; only its /aipositron path is claimed
  'https://cnts.bg/', // CNTS Ltd's site; only its ai-act paths are claimed
  'https://cnts.bg/en/', // CNTS Ltd's site in English
];

const SHARED_PLATFORMS = [
  'https://babechat.vercel.app/policy/privacy-policy', // the companion-app policy text Swipey uses, on a shared platform
  'https://ai-voiceover-three.vercel.app/terms', // terms on a shared platform
  'https://vladairo.github.io/vladai-legal/terms.html', // a Romanian travel app's terms on a shared platform
  'https://sites.google.com/view/nbterms', // an app's terms on a shared platform
];

const LEFT_OUT = [
  'https://balticai.eu/en/privacy-policy', // a Latvian AI consultancy
  'https://webinteli.lt/privacy', // a Lithuanian AI agency
  'https://aai-labs.com/privacy-policy', // a Lithuanian applied-AI company building for clients
  'https://aiprocesai.lt/en/privacy-policy/', // a Lithuanian AI-automation agency
  'https://cupresai.com/en/terms-of-service.html', // a Split agency building AI systems for clients
  'https://institutzaui.hr/en/privacy-policy/', // a Zagreb AI institute and trainer
  'https://www.404200.ai/blue/privacy.html', // a Cypriot AI deployment agency
  'https://www.changeai.io/terms-and-conditions', // Lithuanian AI training and consulting
  'https://www.bssrasovic.com/privacy/', // a Bosnian software company's site chat
  'https://procode.rs/privacy', // a Serbian software company's site chat
  'https://aiautomation.rs/privacy', // a Serbian AI-automation freelancer
  'https://safe4ai.com/privacy-policy', // a Serbian AI consultancy
  'https://www.agilegene.me/privacy-policy', // a Montenegrin consulting and training firm
  'https://aisolutions.ro/declaratie-confidentialitate/', // a Romanian agency's chatbots for clients
  'https://aiventure.digital/politica-de-confidentialitate', // a Bucharest AI agency
  'https://agentc.digital/opci-uvjeti-poslovanja/', // a Croatian web and consulting studio
  'https://www.visitljubljana.com/en/chatbot-privacy-policy/', // a tourist board's Messenger chatbot
  'https://www.ncc.cy/en/privacy-policy-for-chatbot', // a Cypriot authority's chatbot
  'https://www.discovergreece.com/privacy-ai', // a tourism body's assistant
  'https://bis.gov.lv/en/about-us/documents-and-regulations/terms-of-use-of-the-artificial-intelligence-assistant', // a state system's assistant
  'https://www.devujic.com/privacy', // a personal site with a chat twin
  'https://kivilaid.ee/privacy', // a personal site with an AI demo
  'https://codingshadows.ro/privacy-policy.html', // a Romanian app developer's general host
  'https://brumbrum.lv/en/privacy-policy', // a template policy with blanks
  'https://plane-care.com/privacy-policy/', // a template policy with placeholders
  'https://restaurantscyprus.com/?p=3806', // a Cypriot restaurant-listing service
  'https://companyformationlatvia.eu/?p=3729', // a company-formation service
];

const NAMESAKES = [
  'https://www.lex.bg/', // a Bulgarian legal portal, beside Lex AI (Prozone AI)
  'https://www.digi.com/', // an IoT hardware maker, beside Digiotouch
];

describe('twenty-fifth-session South-East Europe and Baltic traps', () => {
  it('adds 19 rows in the europe region, three of them as paths only', () => {
    expect(regionalC25SebalticTools.length).toBe(19);
    expect(regionalC25SebalticTools.every((t) => catalogRegion(t.id) === 'europe')).toBe(true);
    const pathOnly = regionalC25SebalticTools.filter((t) => t.domains.length === 0).map((t) => t.id);
    expect(pathOnly.sort()).toEqual(['eu-ai-act-compliance-wizard', 'lex-ai-prozone', 'oxygen-ai-positron']);
    expect(
      regionalC25SebalticTools.every(
        (t) =>
          (t.domains.length === 1 && t.urlPrefixes.length === 0) ||
          (t.domains.length === 0 && t.urlPrefixes.length > 0),
      ),
    ).toBe(true);
  });

  it('classifies every new host and path to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC25SebalticTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, paths and subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC25SebalticTools));
    expectEachClassifiedAs({
      'http://talkonautai.com/en/terms-of-use': 'talkonautai',
      'https://app.sensemitter.com/': 'sensemitter',
      'https://neuralfactory.ai/': 'neural-factory',
      'https://dinna.ai/': 'dinna-ai',
      'https://www.ai-chat.pro/': 'ai-chat-pro',
      'https://cnts.bg/ai-act': 'eu-ai-act-compliance-wizard',
      'https://oxygenxml.com/aipositron/': 'oxygen-ai-positron',
      'https://prozoneai.com/lex-ai/': 'lex-ai-prozone',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
