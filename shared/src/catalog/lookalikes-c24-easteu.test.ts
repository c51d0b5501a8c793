// Traps beside the rows the twenty-fourth session's Central and Eastern Europe pass added
// (data/regional-c24-easteu.ts): the ordinary sites next to each kind of AI tool it added (data-protection authorities
// and legislation portals of the region, bar associations and legal databases, telephone providers, shop platforms and
// marketplaces, health portals and doctors' bodies, school bodies), the parents of the claimed subdomains and path, the
// shared-platform copies, drafts and left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24EasteuTools } from './data/regional-c24-easteu';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://uodo.gov.pl/', // the Polish data-protection authority, named in the Polish terms read
  'https://isap.sejm.gov.pl/', // Polish legislation, beside the legal tools
  'https://www.nra.pl/', // the Polish bar council, beside the legal tools
  'https://www.gov.pl/web/ksef', // the Polish e-invoicing system, met in the accountants' searches
  'https://allegro.pl/regulamin/pl/zalacznik-10', // the marketplace's terms, met in the product-description searches
  'https://www.shoper.pl/', // a Polish shop platform, beside the e-shop assistant
  'https://www.shoptet.cz/', // a Czech shop platform, met in the searches
  'https://www.znanylekarz.pl/', // a Polish doctors' booking site, beside the clinical tools
  'https://www.orange.pl/', // a Polish telephone provider, beside the phone agents
  'https://www.uoou.cz/', // the Czech data-protection authority
  'https://www.zakonyprolidi.cz/', // Czech legislation
  'https://www.cak.cz/', // the Czech bar association
  'https://www.t-mobile.cz/', // a Czech telephone provider, beside the voice assistant
  'https://www.naih.hu/', // the Hungarian data-protection authority, named in the Hungarian policies read
  'https://njt.hu/', // Hungarian legislation
  'https://www.telekom.hu/', // a Hungarian telephone provider
  'https://www.dataprotection.ro/', // the Romanian data-protection authority
  'https://legislatie.just.ro/', // Romanian legislation, beside the Romanian legal answers
  'https://www.unbr.ro/', // the Romanian bar union
  'https://www.cpdp.bg/', // the Bulgarian data-protection commission, named in the Bulgarian policies read
  'https://azop.hr/', // the Croatian data-protection agency
  'https://www.zakon.hr/', // Croatian legislation
  'https://www.poverenik.rs/', // the Serbian commissioner for personal data
  'https://www.ip-rs.si/', // the Slovenian information commissioner
  'https://www.zrss.si/', // the Slovenian national education institute, beside the maths tutor
  'https://www.aki.ee/', // the Estonian data-protection inspectorate
  'https://www.riigiteataja.ee/', // Estonian legislation
  'https://www.digilugu.ee/', // the Estonian patient portal, beside the patient-intake AI
  'https://www.perearstiselts.ee/', // the Estonian family doctors' society, beside the patient-intake AI
  'https://www.dvi.gov.lv/', // the Latvian data state inspectorate
  'https://likumi.lv/', // Latvian legislation
  'https://vdai.lrv.lt/', // the Lithuanian data-protection inspectorate, named in the Lithuanian policies read
  'https://www.e-tar.lt/', // Lithuanian legislation, beside the contract review
  'https://www.telia.lt/', // a Lithuanian telephone provider, beside the telephony agent
  'https://zakon.rada.gov.ua/', // Ukrainian legislation, met in the Ukrainian searches
  'https://unba.org.ua/news/print/11417-vid-promptu-do-vidpovidal-nosti-pro-zastosuvannya-shi-v-advokats-kij-praktici.html', // the Ukrainian bar's news
  'https://bis.gov.lv/en/about-us/documents-and-regulations/terms-of-use-of-the-artificial-intelligence-assistant', // a state system's assistant, one feature
  'https://inforegulator.org.za/', // the South African information regulator, beside the POPIA scribe
  'https://www.hpcsa.co.za/', // the South African health professions council, beside the POPIA scribe
  'https://www.kbv.de/', // the German statutory physicians' association, beside the Munich scribe
];

const PARENTS = [
  'https://mitigate.dev/', // the software company behind the claimed ai. and ai-platform. subdomains
  'https://www.mitigate.dev/', // the same
  'https://xprofitx.com/', // the IT company behind the claimed consult. subdomain
  'https://www.xprofitx.com/', // the same
  'https://astra.si/', // the site beside the claimed ai.astra.si and astra.si/ai, not read as a whole
  'https://astra.si/splosni-pogoji/', // the same site's terms page, outside the claimed path
  'https://alrite.io/', // the site whose /ai path alone is claimed for AIrite
  'https://www.regens.com/', // Régens Zrt., AIrite's vendor
];

const SHARED_PLATFORMS = [
  'https://spoknlog-www.pages.dev/terms', // a Polish voice-notes app's terms on a shared platform
  'https://grymoir.pages.dev/tos', // a draft RAG service's terms on a shared platform
  'https://avatarooms-landing.pages.dev/terms.html', // a Lithuanian platform's terms on a shared platform
  'https://clinic-website-efu.pages.dev/terms', // a clinic app's terms on a shared platform
  'https://goguai.netlify.app/conditiile_prestare_servicii', // a Romanian Discord bot's terms on a shared platform
  'https://main.d2q135jrifwdu0.amplifyapp.com/pl/blog/ai-and-education-a-guide-for-teachers-in-2025', // a blog on a shared platform
];

const LEFT_OUT = [
  'https://fablele.com/terms', // placeholders ([OWNER_NAME])
  'https://worldofselene.com/privacy-policy-2', // placeholders ("[Date to be inserted]")
  'https://medifyai.com/legal/terms', // terms still to be finalised by counsel
  'https://staging.profiprofilovka.cz/podminky', // a staging host
  'https://mediflo.ai/ru/privacy', // a marketing-site policy that does not say AI
  'https://textie.ai/terms-conditions', // shop terms that do not say AI
  'https://typless.com/sl/terms-and-agreements-desktop-app-in-si-only/', // terms that do not say AI
  'https://luni.ai/terms-of-use/', // terms that do not say AI
  'https://legas.ai/privacy-policy', // a policy that does not say AI
  'https://smartegy.ai/privacy', // a policy that does not say AI
  'https://aibooking.hu/altalanos-szerzodesi-feltetelek', // AI only in the name
  'https://www.areception.cz/obchodni-podminky/', // AI only in the company name
  'https://legal-tech.bg/general-terms/', // terms that do not say AI
  'https://spaceai.org.ua/en/privacy-policy', // a policy that does not say AI
  'https://bandy.ai/pl/privacy-policy', // a policy that does not say AI
  'https://teacher.technischools.com/privacy-policy', // a cookie policy naming "Teacher AI" only
  'https://hugo.lv/en/Privacy', // machine translation whose page does not say how it works
  'https://www.medflow.ee/en/terms', // terms that do not say AI
  'https://cheqbot.com/adatkezelesi-tajekoztato/', // a chatbot policy that does not say AI
  'https://alina.hurtis.sk/terms-of-use', // a chatbot's terms that do not say AI, on a personal domain
  'https://arhi.ai/policy_en', // the company policy (its assistant's own host is claimed)
  'https://tellmee.sk/terms-of-use/', // terms that do not say AI
  'https://garseja.lt/taisykles', // terms that do not say AI
  'https://intelektika.lt/naudojimosi-salygos/', // terms that do not say AI
  'https://cust.co/terms-conditions', // terms that do not say AI
  'https://twojapomocprawna.pl/en/terms', // a legal-practice app in testing with LLM features
  'https://persate.com/documents/terms-of-service', // legislative monitoring beside an AI assistant
  'https://agentbot.pl/regulamin-serwisu-internetowego/', // an insurance agents' CRM
  'https://clinicaipilot.com/terms', // clinic management with AI drafting as one feature
  'https://www.keelekool.ee/ru/privacy-policy-2', // a language school's chatbot
  'https://andrija.ai/uvjeti-koristenja', // the Croatian government's 2020 COVID-19 assistant
  'https://appific.app/privacy', // a software firm's own site chat
  'https://studiokozubek.pl/en/terms', // a studio's own site chat
  'https://www.medifit.si/dokumenti/opsti-uslovi-aplikacije-asistent/', // a booking app that does not say AI
  'https://dentistorganizer.com/termsOfService', // a dental organiser that does not say AI
  'https://hipokratijademo.com/uslovi-koriscenja', // a doctors' review site
  'https://edoctor.rs/uslovi_koriscenja', // a doctors' booking platform
  'https://www.lessmanual.ai/pl/legal/regulamin', // an automation agency
  'https://aiventure.digital/politica-de-confidentialitate', // an AI agency
  'https://aisolutions.ro/declaratie-confidentialitate/', // an agency's chatbots
  'https://haaba.hu/?p=621', // a `?p=` page of an agency
  'https://transformuj.ai/privacy', // an AI consultancy
  'https://dkral.cz/vop/', // an AI-automation freelancer
  'https://stormboost.cz/voice-ai-call-centrum', // an agency's article
  'https://naxoft.com/privacy-policy', // AI automation services
  'https://aiworks.hu/aszf', // a development and consultancy firm
  'https://ai-factory.pl/en/privacy-policy', // a software house
  'https://jiallsas.xyz/privacy.html', // an automation agency
  'https://agentc.digital/opci-uvjeti-poslovanja/', // a web agency
  'https://inero-software.com/pl/agenci-voicebot', // a software house's article
  'https://aiprocesai.lt/en/privacy-policy/', // an AI consultancy
  'https://medyk.ai/cyfrowy-asystent-pacjenta', // a network blog article
  'https://korepetytor.ai/automatyczne-generowanie-materialow-edukacyjnych', // a network blog article
  'https://postacie.ai/wirtualny-nauczyciel-ai', // a network blog article
  'https://edu-ai.eu/pravidla-ai-asistenti/', // a guide for schools
  'https://chatgbibi.space/', // a legal academy guide
  'https://riserlabs.io/en/terms', // a Russian-operated service, for the CIS pass
  'https://voicie.com/?p=1267', // a `?p=` page
  'https://salesbot.pl/?p=704', // a `?p=` page
  'https://tarkva.ee/?p=27264', // a `?p=` page
  'https://ai-di.lt/?p=3821', // a `?p=` page
  'https://www.iwspo.pl/?p=49031', // a `?p=` page
  'https://proassist.pl/?p=57966', // a `?p=` page
  'https://medicalnote.ai/privacy&policy', // left out by earlier passes
  'https://docaiscribe.com/privacy-policy', // left out by earlier passes
  'https://clinixsummary.ai/privacy-policy', // left out by earlier passes
  'https://growthai.pl/regulamin/', // a shop's terms that do not say AI
];

const NAMESAKES = [
  'https://www.hellobot.co/', // beside Hellobot (hellobot.pl)
  'https://www.legalis.pl/', // C.H.Beck's legal database, beside LegalisAI
  'https://www.paktas.com/', // beside Paktas (paktas.co)
  'https://www.avocatel.com/', // beside Avocatel.ro
  'https://www.chetty.com/', // beside Chetty (chetty.ai)
  'https://www.integraltech.com/', // beside Integral Tech (integraltech.ee)
  'https://www.perk.com/', // a travel-management company, beside Perk.hu
  'https://www.skillbot.com/', // beside Skillbot (skillbot.eu)
  'https://www.mitigate.com/', // beside the Mitigate AI Platform
  'https://www.arhi.com/', // beside ARHIASSISTANT
  'https://www.textomet.com/', // beside Textomet (textomet.cz)
  'https://www.astra.com/', // beside ASTRA AI
  'https://www.leiainc.com/', // Leia Inc., beside LEIA on arstikeskus.ee
  'https://www.boostra.com/', // beside Boostra (boostra.pl)
  'https://www.mediscribe.com/', // beside MediScribe AI (mediscribe-ai.com)
  'https://www.meda.se/', // a pharmaceutical company's name, beside meda (mymeda.ai)
  'https://www.concero.com/', // beside Concero AI (conceroai.com)
  'https://www.chiki.com/', // beside Chiki.StudIO
];

describe('twenty-fourth-session Central and Eastern Europe traps', () => {
  it('adds 20 rows in the europe region but for the three met outside it', () => {
    expect(regionalC24EasteuTools.length).toBe(20);
    const outside: Record<string, string> = { 'mediscribe-ai': 'africa', 'concero-ai': 'global' };
    for (const t of regionalC24EasteuTools) expect(catalogRegion(t.id)).toBe(outside[t.id] ?? 'europe');
  });

  it('classifies every new host and path to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24EasteuTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24EasteuTools));
    expectEachClassifiedAs({
      'https://hellobot.pl/tos': 'hellobot',
      'https://ai-platform.mitigate.dev/': 'mitigate-ai-platform',
      'https://ai.astra.si/': 'astra-ai-si',
      'https://astra.si/ai': 'astra-ai-si',
      'https://www.chetty.ai/': 'chetty',
      'https://app.conceroai.com/': 'concero-ai',
      'https://www.arstikeskus.ee/': 'leia-arstikeskus',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
