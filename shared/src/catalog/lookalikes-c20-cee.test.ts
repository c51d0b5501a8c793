// Traps beside the rows the twentieth session's cee pass added (data/regional-c20-cee.ts): the ordinary sites next to
// each kind of Central and Eastern European, Balkan, Greek and Turkish AI tool it added (law databases, shop platforms,
// website builders, messengers, portals and shops of each country), the parents of the claimed subdomains, the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None
// of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC20CeeTools } from './data/regional-c20-cee';

const GENERAL_SITES = [
  'https://www.zakon.hr/', // a Croatian law database, beside zakon.ai
  'https://eur-lex.europa.eu/', // EU law, beside the legal AI search tools
  'https://www.paragraf.rs/', // a Serbian legal publisher, beside Factum
  'https://www.codexis.cz/', // the CODEXIS legal information system, beside CODEXIS AI (codexis.ai)
  'https://www.shoper.pl/', // a Polish shop platform, beside Describelio
  'https://www.prestashop.com/', // a shop platform, beside the product-description writers
  'https://www.wordpress.org/', // a website builder, beside Espresso AI
  'https://www.youtube.com/', // video hosting, beside VidSeeds
  'https://www.duolingo.com/', // language learning, beside Ukrainian Tutor
  'https://www.messenger.com/', // a messenger, beside the chatbot builders
  'https://web.whatsapp.com/', // a messenger, beside Ameno
  'https://www.fakturownia.pl/', // Polish invoicing, beside AccountantX
  'https://www.hostinger.com/', // web hosting, beside the website and chatbot tools
  'https://www.olx.bg/', // a Bulgarian classifieds site, beside opisvai.bg
  'https://www.sahibinden.com/', // a Turkish classifieds site, beside the Turkish rows
  'https://www.hepsiburada.com/', // a Turkish shop, beside the Turkish rows
  'https://www.seznam.cz/', // a Czech portal, beside the Czech rows
  'https://www.onet.pl/', // a Polish portal, beside the Polish rows
  'https://www.index.hr/', // a Croatian portal, beside the Croatian rows
  'https://www.skroutz.gr/', // a Greek shop, beside the Greek rows
  'https://www.emag.ro/', // a Romanian shop, beside the Romanian rows
  'https://www.rozetka.com.ua/', // a Ukrainian shop, beside the Ukrainian rows
  'https://www.delfi.lt/', // a Lithuanian portal, beside BELYO
  'https://bcops.ro/', // the parent of BCOps AI's claimed subdomain
  'https://taxxo.pl/', // the parent of AccountantX's claimed subdomain
  'https://www.taxxo.pl/', // the parent of AccountantX's claimed subdomain
  'https://aitia.ai/', // the parent of the AI Act evaluator's claimed subdomain
  'https://www.aitia.ai/', // the parent of the AI Act evaluator's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://livesuggest-web.pages.dev/tr/consent', // a policy or page on a shared platform
  'https://spoknlog-www.pages.dev/privacy', // a policy or page on a shared platform
  'https://grymoir.pages.dev/tos', // a policy or page on a shared platform
  'https://vladairo.github.io/vladai-legal/privacy-policy.html', // a policy or page on a shared platform
  'https://tatra2-ai.vercel.app/legal/privacy', // a policy or page on a shared platform
  'https://sites.google.com/view/aigirlfrnd/privacy', // a policy or page on a shared platform
  'https://telegra.ph/User-Agreement-Public-Offer-01-04', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://www.audiototextonline.com/privacy', // a policy with {{COMPANY_LEGAL_NAME}} placeholders
  'https://www.appory.app/privacy.html', // a policy with [Company Legal Name] placeholders
  'https://www.mcpappagency.com/privacy', // a policy with a [Website / Platform Name] placeholder
  'https://www.thefreemoji.com/terms', // draft terms
  'https://pms.toapartments.eu/privacy/en', // a policy with placeholders
  'https://test-mina-interactive.awelonai.com/terms', // a test host
  'https://ai4elearning-dev.ttms.pl/en/terms-of-use', // a non-production test host
  'https://voicie.com/', // its terms seen only under a ?p= query, a lead
  'https://www.lessmanual.ai/pl/legal/regulamin', // an automation agency
  'https://aiventure.digital/politica-de-confidentialitate', // an AI agency
  'https://aisolutions.ro/declaratie-confidentialitate/', // a chatbot developer for clients
  'https://ai-smart.hu/aszf', // a development agency
  'https://dkral.cz/vop/', // an automation consultant
  'https://transformuj.ai/privacy', // an AI consultancy
  'https://aiautomation.rs/privacy', // an automation agency
  'https://safe4ai.com/privacy-policy', // a consultancy
  'https://aiprocesai.lt/en/privacy-policy/', // an AI process consultancy
  'https://www.gusso.sk/en/privacy-policy/', // a web agency with a site chat
  'https://www.mioweb.cz/obchodni-podminky-pro-ai/', // a website builder whose AI is one feature
  'https://www.tapy.to/terms/ai-politikasi', // web analytics whose AI is one feature
  'https://carbondeck.io/tr/yasal/yapay-zeka-hukumleri', // climate software whose AI is one feature
  'https://preduzmi.com/privacy', // accounting whose AI extraction is one feature
  'https://www.matury-online.pl/terms-of-service', // exam prep whose AI is one feature
  'https://ingilizcesinavi.com/gizlilik-politikasi', // exam prep whose AI is one feature
  'https://www.askcore.co/api/legal/privacy_gdpr', // analytics whose AI is one feature
  'https://www.rixtech.lv/mi-asistents', // a document system module
  'https://support.marty.hr/en/articles/11454793-ai-policy', // a general product whose AI is one feature
  'https://clearaidesk.com/terms', // an AI governance tool, not an AI
  'https://netexam.com/terms-and-conditions-for-ai-usage/', // an LMS whose AI is one feature
  'https://www.discovergreece.com/privacy-ai', // a tourism site with a chatbot
  'https://www.ergohellas.gr/terms-virtual-assistant', // an insurer with a virtual assistant
  'https://bis.gov.lv/en/about-us/documents-and-regulations/terms-of-use-of-the-artificial-intelligence-assistant', // a public construction system with an assistant
  'https://advomate.cz/zasady-zpracovani-uzivatelskych-dat', // a data page that does not say AI, a lead
  'https://dikaio.ai/en/privacy-policy', // a privacy notice that does not say AI, a lead
  'https://en.handy.ai/oferta', // an offer that does not say AI
  'https://arhi.ai/policy_en', // a policy that does not say AI
  'https://tellmee.sk/terms-of-use/', // terms that do not say AI
  'https://www.slohgpt.sk/zasady-cookies', // a cookie page that does not say AI
  'https://garseja.lt/taisykles', // terms that do not say AI
  'https://intelektika.lt/naudojimosi-salygos/', // terms that do not say AI
  'https://www.selambuddy.com/gizlilik-politikasi', // a policy that does not say AI
  'https://chat.miratools.app/privacy', // a policy that does not say AI
  'https://llm-machines.com/privacy/', // a policy that does not say the product is AI
  'https://gptagent.ai/privacy-policy', // no operator named; a namesake of GPTAgent (gptagent.com)
  'https://fintech.aleksa.me/privacy-policy', // a personal subdomain
  'https://www.devujic.com/privacy', // a personal site
  'https://tatishvili.com/privacy-ai.html', // a developer site
  'https://ndot.io/tou_en.html', // a studio naming its products on another host
  'https://brainbuzzy.com/', // named only on ndot.io
  'https://qoowee.com/', // named only on ndot.io
  'https://jogaszdoktor.hu/', // a lawyer directory named on iratfeldolgozo.hu
  'https://nauczyciel.ai/inteligentny-asystent-zamiast-korepetycji-stacjonarnych', // seen only on its blog
  'https://specjalista.ai/wirtualny-ekspert-ds-edukacji', // seen only on its blog
  'https://postacie.ai/wirtualny-nauczyciel-ai', // seen only on its blog
  'https://pomoc.ai/boty-obslugujace-branze-prawnicza', // seen only on its blog
  'https://gpt-open.ru/tariffs', // Russian-operated, for the CIS pass
  'https://www.ip2.ru/offer.html', // Russian-operated, for the CIS pass
  'https://haaba.hu/', // a web agency with a site chat
  'https://studiokozubek.pl/en/terms', // a design studio with a site chat
  'https://salesbot.pl/', // seen only under a ?p= query
  'https://pruvodcekarierou.cz/ochrana-osobnich-udaju-cara-ai', // a career coach site with a Telegram bot
  'https://aimerkez.com/en/privacy-policy', // an AI tools directory
  'https://www.codingshadows.ro/privacy-policy.html', // a developer site, product unnamed
  'https://infinite.ad/en/unspecified-contract-terms/', // terms that do not say AI
  'https://www.aiassistantstore.com/', // a store, not an AI tool
  'https://syntalith.ai/pl/blog/co-to-jest-chatbot-ai-jak-dziala-2026', // seen only on its blog
];

const NAMESAKES = [
  'https://www.ameno.com/', // beside Ameno (ameno.hr)
  'https://www.iliana.com/', // beside Iliana AI (ilianaai.com)
  'https://www.bcops.com/', // beside BCOps AI (ai.bcops.ro)
  'https://www.aisolve.com/', // beside AISolve (aisolve.me)
  'https://www.ownassistant.com/', // beside Own.Assistant (ownassistant.ai)
  'https://www.sophea.com/', // beside Sophea.AI (sophea.ai)
  'https://www.jutt.com/', // beside JuttAI (jutt.ai)
  'https://www.bopy.com/', // beside BopyAI (bopyai.com)
  'https://www.chatebot.net/', // beside chatebot (chatebot.com)
  'https://www.chatbotsaas.com/', // beside ChatbotSaaS (chatbotsaas.org)
  'https://www.aihelpbot.com/', // beside Aihelpbot (aihelpbot.live)
  'https://www.conversie.nl/', // beside Conversie.ai
  'https://www.techbuddy.com/', // beside Tech Buddy (mytechbuddy.io)
  'https://www.aiemployee.com/', // beside AI Employee (ai-employee.cloud)
  'https://www.aime.com/', // beside AIME (aime.gr)
  'https://www.ourai.com/', // beside OurAI (ourai.dk)
  'https://www.encorp.com/', // beside Encorp AI (encorp.ai)
  'https://www.connectors.com/', // beside connectors.hu
  'https://www.s4p.com/', // beside s4p (s4p.eu)
  'https://www.teakoht.com/', // beside Teakoht (teakoht.ee)
  'https://www.ostuni.com/', // beside OstuniHelper (ostunihelper.it)
  'https://www.aipersecond.io/', // beside AI Per Second (aipersecond.com)
  'https://www.dpopilot.com/', // beside DPO Pilot (dpopilot.eu)
  'https://www.codexis.com/', // beside CODEXIS AI (codexis.ai)
  'https://www.iratfeldolgozo.com/', // beside Iratfeldolgozó (iratfeldolgozo.hu)
  'https://www.zakon.com/', // beside zakon.ai
  'https://www.factum.com/', // beside Factum (factum.rs)
  'https://www.pravenintelekt.bg/', // beside Praven Intelekt (pravenintelekt.com)
  'https://www.seadusabi.com/', // beside Seadusabi (seadusabi.ee)
  'https://www.beey.com/', // beside Beey (beey.io)
  'https://www.salesmemo.com/', // beside SalesMemo (salesmemo.sk)
  'https://www.speekra.pl/', // beside Speekra (speekra.com)
  'https://www.transcriptmate.io/', // beside Transcriptmate (transcriptmate.com)
  'https://www.soundscript.com/', // beside SoundScript.AI (soundscript.ai)
  'https://www.prekladac.cz/', // beside PřekladačAI (prekladacai.cz)
  'https://www.describelio.pl/', // beside Describelio (describelio.com)
  'https://www.opisvai.com/', // beside opisvai.bg
  'https://www.eskritor.net/', // beside Eskritor (eskritor.com)
  'https://www.kontexta.com/', // beside Kontexta (kontexta.cz)
  'https://www.studyfi.cz/', // beside StudyFi (studyfi.com)
  'https://www.aikocu.net/', // beside AI Koçu (aikocu.com)
  'https://www.ukrainiantutor.net/', // beside Ukrainian Tutor (ukrainiantutor.com)
  'https://www.tengr.com/', // beside Tengr.ai (tengr.ai)
  'https://www.dazbog.com/', // beside DAZBOG.AI (dazbog.ai)
  'https://www.reclamepenet.com/', // beside reclamepenet (reclamepenet.ro)
  'https://www.espresso.com/', // beside Espresso AI (espressowp.com)
  'https://www.vidseeds.com/', // beside VidSeeds (vidseeds.ai)
  'https://www.semly.com/', // beside Semly.ai (semly.ai)
  'https://www.romaix.com/', // beside RomAIx (romaix.ai)
  'https://www.accountantx.com/', // beside AccountantX (ai.taxxo.pl)
  'https://www.belyo.com/', // beside BELYO (belyoapp.com)
  'https://www.psycai.com/', // beside PsycAI (psycai.net)
  'https://www.aigatanje.rs/', // beside AI Gatanje (aigatanje.com)
  'https://www.goodenough.com/', // beside goodenough.world
  'https://www.rita.com/', // beside Rita AI (rita.ai)
];

describe('twentieth-session cee traps', () => {
  it('adds 56 rows, none with a URL prefix', () => {
    expect(regionalC20CeeTools.length).toBe(56);
    expect(regionalC20CeeTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC20CeeTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://home.sophea.ai/en/privacy-policy': 'sophea-ai',
      'https://platform.encorp.ai/privacy': 'encorp-ai',
      'https://api.vidseeds.ai/bs/terms-of-service': 'vidseeds',
      'https://classic.tengr.ai/tos': 'tengr-ai',
      'https://tengrai.com/': 'tengr-ai',
      'https://shop.aiact.aitia.ai/policies/terms-of-service': 'aitia-ai-act-evaluator',
      'https://app.pravenintelekt.com/': 'praven-intelekt',
      'https://ai.bcops.ro/privacy': 'bcops-ai',
      'https://ai.taxxo.pl/o-projekcie/': 'accountantx-taxxo',
      'https://www.beey.io/cs/beey-ve-statni-sprave/': 'beey',
      'https://codexis.ai/en/podminky-uziti/': 'codexis-ai',
      'https://zakon.ai/member-tos-page/': 'zakon-ai',
      'https://eskritor.com/cs/zasady-ochrany-osobnich-udaju/': 'eskritor',
      'https://belyoapp.com/help/ai-companion-disclaimer/': 'belyo',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
