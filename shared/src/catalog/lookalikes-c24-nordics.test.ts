// Traps beside the rows the twenty-fourth session's Nordics and Benelux pass added (data/regional-c24-nordics.ts): the
// ordinary sites next to each kind of AI tool it added (health authorities and medical associations, data-protection
// authorities, education authorities, municipal associations, business registers, tax authorities, telephone
// providers, accounting software, archives, mental-health services), the parent of the LLM gateway's claimed domain,
// the shared-platform copies, drafts and left-out hosts the pass read, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24NordicsTools } from './data/regional-c24-nordics';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.helsedirektoratet.no/tema/kunstig-intelligens/tverretatlig-veiledningstjeneste', // the Norwegian health directorate, beside the AI scribes
  'https://www.legeforeningen.no/', // the Norwegian Medical Association, beside the journal-note tools
  'https://www.helse-nord.no/', // a regional health trust, met in the searches
  'https://www.helsenorge.no/', // the Norwegian health portal, beside the clinical tools
  'https://www.datatilsynet.no/', // the Norwegian data-protection authority
  'https://www.datatilsynet.dk/', // the Danish data-protection authority, named in the Danish policies read
  'https://www.imy.se/', // the Swedish data-protection authority
  'https://tietosuoja.fi/', // the Finnish data-protection ombudsman, named in the Finnish policies read
  'https://www.autoriteitpersoonsgegevens.nl/', // the Dutch data-protection authority
  'https://www.udir.no/kvalitet-og-kompetanse/digitalisering/kunstig-intelligens-ki-i-skolen/personvern-ki/', // the Norwegian education directorate
  'https://www.skolverket.se/', // the Swedish national agency for education, beside the study tool
  'https://www.kennisnet.nl/artificial-intelligence/privacy-en-ai-hier-moeten-scholen-op-letten/', // the Dutch schools' IT foundation
  'https://www.ks.no/', // the Norwegian municipalities' association, beside the municipal assistant
  'https://vng.nl/', // the Dutch municipalities' association
  'https://www.kvk.nl/en/about-kvk/contact-details-of-the-data-protection-officer/', // the Dutch business register, met in the searches
  'https://www.belastingdienst.nl/', // the Dutch tax authority, beside the tax-document analyser
  'https://www.skatteetaten.no/', // the Norwegian tax authority
  'https://www.telenor.no/', // a telephone provider, beside the phone agents
  'https://www.tdc.dk/', // a telephone provider, beside the phone agents
  'https://voys.nl/blog/ai-transcriptie-klantgesprekken-automatisch-verwerken-met-respect-voor-privacy', // telephony whose AI transcription is one feature
  'https://www.fortnox.se/', // accounting software, beside the invoice and tax tools
  'https://www.e-conomic.dk/', // accounting software
  'https://www.sa.dk/', // the Danish national archives, beside the letter transcriber
  'https://terveystalo.com/en/articles/increasing-use-of-ai-in-healthcare---terveystalo-has-published-its-ethical-principles-for-ai', // a healthcare company, beside the triage service
  'https://mieli.fi/', // a Finnish mental-health association, beside the cognitive-support companion
  'https://systematic.com/int/industries/healthcare/news/news/ai-based-speech-recognition-in-elderly-care-gets-the-green-light', // an EHR vendor's news
  'https://www.prezentor.com/privacy-policy', // a sales-presentation platform whose AI is one feature
];

const PARENTS = [
  'https://www.azerion.com/', // the parent company of the claimed azerion.ai
  'https://azerion.com/', // the parent company of the claimed azerion.ai
];

const SHARED_PLATFORMS = [
  'https://recorder-standalone-nettsaga.vercel.app/privacy', // an internal recorder on a shared platform
  'https://boilerplate-ten-tau.vercel.app/post/chatbots-og-gdpr-slik-overholder-du-personvernregler', // a blog on a shared platform
  'https://dlx-group-website.pages.dev/how-it-works.html', // an AI receptionist on a shared platform
  'https://legal-pack.pages.dev/template-privacy-en.html', // a policy template on a shared platform
  'https://lofalk.pages.dev/', // a law firm's AI course notes on a shared platform
  'https://nllb-com.pages.dev/swedish-to-finnish-translation', // a comparison page on a shared platform
  'https://barx10.github.io/ki_forordninga', // a guide on a shared platform
  'https://sites.google.com/skola.goteborg.se/digitaliseringubf/kompetens-anvandning/AI-UBF/ai-riktlinjer/AI-rektor-larare', // school guidance on a shared platform
];

const LEFT_OUT = [
  'https://app.roomradar.org/privacy', // "Draft — subject to legal review"
  'https://www.tomus.se/privacy', // "[Company Name]" placeholders
  'https://clientnote.dk/legal/privacy-policy', // "[CVR-nummer]" placeholders, a KYC tool
  'https://arjestahelpompaa.fi/privacy', // "to be filled before publication"
  'https://onpagepilot.com/legal/gdpr-compliance', // "[DATE]" placeholder
  'https://belogic.ai/privacy', // a placeholder VAT number, a consultancy
  'https://ainetworks.fi/privacy-policy/', // a development agency
  'https://dynamico.ai/privacy-policy/', // an AI consultancy
  'https://www.rootsof.ai/privacy-policy', // a policy that does not describe an AI product
  'https://ytly.no/en/privacy', // engagements with AI tools, a consultancy
  'https://www.crosssector.ai/privacy', // B2B AI advice and implementation
  'https://www.newams.ai/terms-and-conditions', // an AI consultancy
  'https://www.whatsnext.cc/terms-and-conditions', // AI implementation services
  'https://www.theaicompound.com/algemene-voorwaarden', // AI programmes and MVP development
  'https://ai-growth-minds.dk/privatlivspolitik', // AI courses
  'https://www.iterates.be/en/chatgpt-corporate-data-protection-guarantees', // an agency's article
  'https://www.wdc.digital/insights/gdpr-ai-belgium', // a consultant's article
  'https://virada.be/en/insights/ai-and-gdpr/', // a consultancy's article
  'https://governdata.eu/ai-in-the-workplace/', // an AI-use policy
  'https://icai.is/privacy-policy', // an AI education company
  'https://talt.kk.dk/juraen', // Copenhagen's care-documentation project
  'https://sikt.no/tjenester/sikt-ki-chat/brukervilkar', // a public body's chat service
  'https://www.iktorkide.no/personvern-og-informasjonskapsler/informasjonskapsler-analyse-og-sok/chatrobot-kommune-kari.11762.aspx', // a municipality's chatbot page
  'https://ai.hi.is/en/personuvernd/', // a university AI centre
];

const NAMESAKES = [
  'https://www.journalia.com/', // beside Journalia (journalia.no)
  'https://www.clevercall.com/', // beside CleverCall (clevercall.ai)
  'https://www.studera.nu/', // the Swedish study portal, beside Studera.ai (studera.ai)
  'https://www.grunden.se/', // beside Grunden AI (grunden.ai)
  'https://www.knowiq.com/', // beside KnowIQ (knowiq.ai)
  'https://www.taxly.nl/', // beside Taxly AI (taxlyai.nl)
  'https://www.aptide.com/', // beside Aptide (aptide.ai)
  'https://www.skrajb.se/', // beside Skrajb (skrajb.com)
  'https://www.companionos.com/', // beside Companion OS (getcompanionos.com)
  'https://www.tb-automatik.de/', // beside T&B Automatik (tb-automatik.dk)
  'https://www.klinik.fi/', // beside Klinik (klinikhealthcaresolutions.com)
];

describe('twenty-fourth-session Nordics and Benelux traps', () => {
  it('adds 15 rows, each with one domain and no prefix, in the europe region', () => {
    expect(regionalC24NordicsTools.length).toBe(15);
    expect(regionalC24NordicsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC24NordicsTools.every((t) => catalogRegion(t.id) === 'europe')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24NordicsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24NordicsTools));
    expectEachClassifiedAs({
      'https://app.azerion.ai/': 'azerion-intelligence',
      'https://www.journalia.no/': 'journalia',
      'https://www.tb-automatik.dk/': 'tb-automatik',
      'https://www.knowiq.ai/': 'knowiq',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
