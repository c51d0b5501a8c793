// Traps beside the rows the twenty-sixth session's Gulf pass added (data/regional-c26-gulf.ts): the ordinary sites next
// to each kind of AI tool it added (data-protection and AI authorities, education ministries, property regulators and
// portals, the Saudi e-commerce platforms and WhatsApp, Omani and Saudi legal portals, a telecom regulator), the parent
// host of the claimed subdomain, the shared-platform copies, drafts, demo hosts and left-out hosts the pass read, and
// names close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC26GulfTools } from './data/regional-c26-gulf';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://sdaia.gov.sa/', // the Saudi data and AI authority named in the PDPL policies
  'https://www.moe.gov.ae/', // the UAE education ministry, beside ScoolBot
  'https://www.moe.gov.sa/', // the Saudi education ministry
  'https://dubailand.gov.ae/', // the Dubai Land Department, whose data dxbpropy.ai cites
  'https://www.bayut.com/', // a Dubai property portal, beside dxbpropy.ai
  'https://www.propertyfinder.ae/', // a Dubai property portal, beside dxbpropy.ai
  'https://dubaialta.com/privacy-policy.php', // a Dubai property portal met in the searches
  'https://salla.com/en/terms/', // the Saudi store platform JawaBee serves, met in the searches
  'https://zid.sa/', // the Saudi store platform JawaBee serves
  'https://business.whatsapp.com/', // the messaging platform the commerce agents run on
  'https://nabdmessaging.com/privacy', // WhatsApp notifications for Salla stores, not said to be AI
  'https://www.cndp.ma/', // Morocco's data-protection commission, met in the searches
  'https://taim.om/privacy', // Taim Academy's course and consulting site; only ai.taim.om is claimed
  'https://taim.om/', // the academy's home page, parent of the claimed AI Lab host
  'https://qanoon.om/', // an Omani legislation portal, beside Omajan
  'https://www.moj.gov.sa/', // the Saudi Ministry of Justice, beside Shwra
  'https://najiz.sa/', // the Saudi judiciary portal, beside Shwra
  'https://www.tdra.gov.ae/', // the UAE telecom regulator, beside Risala's call analysis
  'https://nintendo.sa/privacy', // SDAIA boilerplate on a games distributor's site
  'https://alibdaa-allamhadod.com/privacy', // SDAIA boilerplate on a company site
  'https://talents.hoe.sa/privacy', // an employer's applicant notice
  'https://tamayaz.sa/tamayaz/Privacy_Policy', // a Saudi business-services policy without AI
  'https://alig.com.lb/privacy', // an insurer's app with an assistant, AI one feature
  'https://ameen.mobi/privacypolicy', // a Lebanese app whose policy does not say AI
  'https://mesferlaw.com/privacy-policy/', // a Kuwaiti law office's app
  'https://www.hadar-ai.com/privacy', // a Dubai brokerage with AI chat, AI one feature
  'https://lexaidxb.com/en/privacy', // a lawyer advertising directory with AI features
  'https://siraj.sparkhint.com/ai-policy', // a jobs and courses platform with AI matching
];

const SHARED_PLATFORMS = [
  'https://urwhats-plan.pages.dev/reference/salla-zid-strategy/', // a planning site on a shared platform
  'https://arlay.netlify.app/ar/privacy', // Arlay's copy on a shared platform (listed as usearlay.com)
  'https://arabicagenticai.pages.dev/speech/arabic-tts/', // an Arabic TTS explainer on a shared platform
  'https://ai-in-arabia-v2.pages.dev/learn/ai-for-doctors-gulf-2026-clinical-documentation-arabic-patient-communication-compliance', // a guide on a shared platform
  'https://sites.google.com/view/privacy-policy-smart-teacher/home', // an Arabic homework app's policy on Google Sites
  'https://sites.google.com/view/mowaselprivacy/home', // a Salla WhatsApp app's policy on Google Sites
  'https://main.d2usrequgkljfu.amplifyapp.com/en/privacy', // an Islamic research app on a shared platform
];

const LEFT_OUT = [
  'https://www.omnilisten.esap.ai/privacy', // "[Insert CR Number]"
  'https://dev-shamel.lindi.design/terms', // a development host
  'https://dubairedemo.dubaiaihouse.com/legal/privacy', // a demo host
  'https://dev.enterprise.voxxhire.com/legal/compliance', // a development host
  'https://milem.ai/?p=106', // a `?p=` page
  'https://fictoralabs.ae/?p=1506', // a `?p=` page on an agency's blog
  'https://binali.tysindia.com/?p=626', // a law firm's AI policy on another company's host
  'https://gcc-lexai.0xkaz.com/law/saudi-pdpl', // a GCC legal AI on a developer's personal host
  'https://kuwaitai.net/en/terms/', // an AI agency billing by the hour
  'https://ayoob.ai/blog/ai-automation-dubai-legal', // an engineering firm's blog
  'https://brainy.om/legal/privacy', // a marketing agency
  'https://50fsecurity.com/en/portfolio/mizan-ai.html', // an agency's portfolio page
  'https://verelsystems.com/en/blog/healthcare-ai-gulf-compliance', // an agency's blog
  'https://azizme.com/blog/ai-for-clinics-saudi-intake-followup-compliance-trust', // a consultant's blog
  'https://www.zenvoxai.info/blog/whatsapp-ai-compliance-policy-legal-framework-uae', // a blog on WhatsApp AI law
  'https://www.omago.ai/blog/pdpl-customer-data-ai-uae', // a blog on UAE PDPL in general
  'https://www.sgon.ai/guides/pdpl-real-estate', // a guide on PDPL for brokerages
  'https://www.saudihr.ai/en/blog/ai-reshaping-saudi-recruitment-2026', // a blog on AI hiring in general
  'https://answerforme.io/en/blog/ai-legal-advisor-najiz-moj-guide', // a blog on legal AI in general
  'https://tryada.site/privacy', // a policy that does not say AI
  'https://www.almustashar.io/en/refund', // a refund page that does not say AI
];

const NAMESAKES = [
  'https://www.scoolbot.ae/', // beside ScoolBot (scoolbot.com), not read
  'https://www.jawabee.sa/', // beside JawaBee (jawabee.com), not read
  'https://www.akasi.com/', // beside Akasi (akasi.app)
  'https://www.faseeh.com/', // beside Faseeh (faseeh.ai)
  'https://www.dakaei.com/', // beside DAKAEi.MA (dakaei.ma)
  'https://www.omajan.om/', // beside Omajan (omajan.com), not read
  'https://www.taim.com/', // beside Taim AI Lab (ai.taim.om)
  'https://www.risala.com/', // beside Risala (risala.tech)
  'https://www.shwra.com/', // beside Shwra (shwra.ai), not read
  'https://callscrib.com/privacy', // a Teams summariser named like CallScribe, not this pass's
];

describe('twenty-sixth-session Gulf traps', () => {
  it('adds 12 rows, each with one domain and no prefix, in the middle-east region but the two Darija rows', () => {
    expect(regionalC26GulfTools.length).toBe(12);
    expect(regionalC26GulfTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const africa = new Set(['dakaei-ma', 'translatordarija']);
    expect(
      regionalC26GulfTools.every(
        (t) => catalogRegion(t.id) === (africa.has(t.id) ? 'africa' : 'middle-east'),
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC26GulfTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC26GulfTools.filter((t) => t.id !== 'taim-ai-lab')));
    expectEachClassifiedAs({
      'https://www.scoolbot.com/': 'scoolbot',
      'https://jawabee.com/': 'jawabee',
      'https://akasi.app/': 'akasi',
      'https://api.withsm.ai/v1/tts': 'sm-ai-withsm',
      'https://docs.withsm.ai/specifications': 'sm-ai-withsm',
      'https://dakaei.ma/': 'dakaei-ma',
      'https://ai.taim.om/': 'taim-ai-lab',
      'https://shwra.ai/ar/blogs/legal-ai': 'shwra-mushir',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
