// Traps beside the rows the twenty-fifth session's `disclose` pass added (data/long-tail-c25-disclose.ts): the
// regulators and standards bodies the disclaimers name, general finance, music, media, image and motoring sites next
// to each kind of AI tool added, the shared-platform copies, drafts and left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25DiscloseTools } from './data/long-tail-c25-disclose';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.tradingview.com/', // a charting site, beside Stockvyze and Model Atlas AI
  'https://www.investopedia.com/', // a finance reference, beside the finance tools
  'https://www.sec.gov/', // the US securities regulator named in finance disclaimers
  'https://www.finra.org/', // the broker regulator, beside the finance tools
  'https://artificialintelligenceact.eu/article/50/', // the AI Act text site, Article 50 named in the notices
  'https://eur-lex.europa.eu/', // the EU law portal named on the pages
  'https://c2pa.org/', // the provenance standard named by vust and the image tools
  'https://contentcredentials.org/verify', // the content-credentials checker, beside the image tools
  'https://www.fcc.gov/', // the regulator named in voice-agent disclosure pages
  'https://www.ftc.gov/', // the consumer regulator named in the disclaimers
  'https://www.nist.gov/itl/ai-risk-management-framework', // the AI risk framework named on the pages
  'https://www.iso.org/standard/81230.html', // ISO 42001, named in Localign's trust centre
  'https://www.twilio.com/', // a telephony platform, beside ClawCall and AgentVoice
  'https://www.stocktwits.com/', // a traders' social site, beside Stockvyze
  'https://www.discogs.com/', // a music database, beside VoxEmpire
  'https://genius.com/', // a lyrics site, beside VoxEmpire's lyric drafting
  'https://www.imdb.com/', // a film database, beside the video generators
  'https://www.behance.net/', // a creative portfolio site, beside the image generators
  'https://www.shutterstock.com/', // a stock-image site, beside the image generators
  'https://www.vox.com/', // a news site whose name sits close to Voxd and VoxEmpire
  'https://www.voxmedia.com/', // a media company whose name sits close to Voxd and VoxEmpire
  'https://www.empireonline.com/', // a film magazine whose name sits close to VoxEmpire
  'https://www.atlasobscura.com/', // a travel site whose name sits close to Model Atlas AI
  'https://www.autozone.com/', // a car-parts retailer, beside Fixi AI
  'https://www.aa.co.uk/', // a motoring association, beside Fixi AI
  'https://www.americanbar.org/', // the bar association, beside the legal disclaimers met
  'https://www.acefitness.org/', // a fitness certifier whose article was met
];

const SHARED_PLATFORMS = [
  'https://onugc.gitbook.io/onugc/legal-index/ai-disclaimer', // ON UGC's disclaimer on a shared documentation host
  'https://heartscene.netlify.app/ai-disclosure', // a page on a shared platform
  'https://chat-gpt-girlfriend.pages.dev/responsible-use/', // a page on a shared platform
  'https://crushon-ai-best.pages.dev/responsible-use/', // a page on a shared platform
  'https://compliance-ai-h.pages.dev/regulations/eu/ai-act/transparency-obligations', // a page on a shared platform
  'https://maker-label-studio.vercel.app/guides/eu-ai-act-transparency-obligations-guide/', // a page on a shared platform
  'https://familymealplanner.pages.dev/', // a page on a shared platform
  'https://gentlemao.vercel.app/en/disclaimer.html', // a page on a shared platform
  'https://aistandardofcare.pages.dev/industries/fitness-wellness', // a page on a shared platform
  'https://aitripwise.netlify.app/ai-travel-plans-get-wrong', // a page on a shared platform
  'https://agentvoice.pages.dev/ai-communications-consent/', // a page on a shared platform
  'https://askvault-docs.pages.dev/trust/ai-safety/', // a page on a shared platform
  'https://flint-website-5k7.pages.dev/ai-disclosure', // a page on a shared platform
  'https://jss-website-39k.pages.dev/blog/future-human-ai-relationships-healthcare', // a page on a shared platform
  'https://lumi-tutor.vercel.app/legal/ai', // a page on a shared platform
  'https://file-hippo.netlify.app/', // a page on a shared platform
];

const LEFT_OUT = [
  'https://datastorified.com/legal/ai-disclosure', // decision output mocked, no AI model called
  'https://gettryworthy.com/ai-disclosure', // a draft; live AI not enabled
  'https://www.thetradersreview.com/ai-disclosure', // broker reviews, AI one feature
  'https://goenumerate.com/ai-acceptable-use-terms', // community-association software, AI one feature
  'https://upskillstutor.com/p/ai-policy/', // a tutor marketplace, AI one feature
  'https://radiotunez.com/legal/ai-content', // a radio platform that hosts AI tracks
  'https://www.aidisclaimers.com/', // an article on AI disclaimers
  'https://www.aiactblog.nl/en/ai-act/artikel/50', // a blog on the AI Act
  'https://palospublishing.com/crafting-legal-disclaimers-for-llm-outputs/', // a publisher's article
  'https://psychology.com/ai-therapy/ai-chatbot-therapy-limitations', // a psychology site's article
  'https://www.oceanviewtherapy.net/blog/an-ai-chatbot-isnt-your-therapist-and-thats-actually-really-important', // a therapy practice's blog
  'https://caliberautomotive.com/can-ai-diagnose-your-vehicle/', // a repair shop's blog
  'https://prominencevisaservices.com/2026/04/04/the-real-risks-of-using-ai-for-legal-immigration-advice/', // a visa agency's blog
  'https://level-studio.ca/how-not-to-be-fooled-by-ai-renderings/', // an interior studio's blog
  'https://websitestaging.easy-eu.eu/de/wissen/ki-nutzung/transparenzpflicht-art-50', // a compliance guide (German)
  'https://www.datenschutz-praxis.de/grundlagen/rechtsgrundlagen-fuer-ki-basierte-chatbots/', // a data-protection guide (German)
  'https://haerting.ch/wissen/gefaehrliche-intelligenz-warum-ki-keine-persoenliche-rechtsberatung-ersetzen-kann', // a law firm's article
  'https://www.ionos.es/digitalguide/paginas-web/creacion-de-paginas-web/generative-ai', // a hosting company's guide (Spanish)
];

describe('twenty-fifth-session disclose traps', () => {
  it('adds 22 rows, each with one domain and no prefix, global but for one Indian and one Russian row', () => {
    expect(longTailC25DiscloseTools.length).toBe(22);
    expect(longTailC25DiscloseTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('fixi-ai-fixomotive')).toBe('india');
    expect(catalogRegion('creator-ai-ru')).toBe('russia');
    expect(
      longTailC25DiscloseTools
        .filter((t) => t.id !== 'fixi-ai-fixomotive' && t.id !== 'creator-ai-ru')
        .every((t) => catalogRegion(t.id) === 'global'),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25DiscloseTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25DiscloseTools));
    expectEachClassifiedAs({
      'https://trust.localign.com/': 'localign',
      'https://modelatlasai.com/legal/risk': 'model-atlas-ai',
      'https://app.voxempire.app/': 'voxempire',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and the parent of a claimed subdomain unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
