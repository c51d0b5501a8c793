// Traps beside the rows the twenty-fourth session's `france2` pass added (data/regional-c24-france2.ts): the ordinary
// sites next to each kind of AI tool it added (medical booking and health insurance, telephony and human
// telesecretariats, French and Swiss privacy authorities and digital-policy sites, social networks, job boards and
// employment agencies, tender and classified-ad portals), the shared-platform copies, drafts, staging and left-out
// hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host
// must reach its own entry.
// Listed since: noteless.com (Noteless, Norwegian clinical notes) by the same session's Nordics pass, so its French article is no longer a trap here.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24France2Tools } from './data/regional-c24-france2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.doctolib.fr/', // medical booking, beside the medical-reception phone agent
  'https://www.ameli.fr/', // French health insurance, beside the medical-reception phone agent
  'https://www.has-sante.fr/', // the French health authority, beside the health tools
  'https://www.ringover.fr/cgv', // business telephony, beside the phone agent
  'https://atoocall.com/blog/2025-07-29-gemini-ia-accueil-telephonique', // a human telesecretariat
  'https://www.callandco.fr/conditions-generales-de-vente/', // a human telephone-reception service
  'https://www.cnil.fr/', // the French privacy authority, beside the SME and sovereign AI tools
  'https://www.francenum.gouv.fr/', // the SME digital programme, beside the SME AI tools
  'https://www.edoeb.admin.ch/', // the Swiss privacy commissioner, beside the Swiss sovereign AI
  'https://www.linkedin.com/', // a social network, beside the post writer
  'https://www.instagram.com/', // a social network, beside the post writer
  'https://www.francetravail.fr/', // the public employment service, beside the recruitment tools
  'https://www.apec.fr/', // the executives' employment agency, beside the recruitment tools
  'https://www.welcometothejungle.com/', // a job board, beside the recruitment tools
  'https://www.boamp.fr/', // public tenders, met in the searches
  'https://www.leboncoin.fr/', // classified ads, met in the searches
  'https://psychologue-lyon.pro/privacy-policy/', // a psychologist's practice site, beside the psychologists' tool
];

const SHARED_PLATFORMS = [
  'https://getaillm.vercel.app/terms', // terms on a shared platform
  'https://sensai-website.pages.dev/privacy.html', // a policy on a shared platform
  'https://livesuggest-web.pages.dev/fr/consent', // a consent page on a shared platform
  'https://legal-reactys.netlify.app/privacy', // a policy on a shared platform
  'https://declicia.pages.dev/Outils_Classe/IndexOutils', // a teacher's page on a shared platform
  'https://cecilebugajski.wixsite.com/psychologue/confidentialite', // a practice page on a shared platform
  'https://jackiemdavis.s3.amazonaws.com/quand-lintelligence-artificielle-repond-au-standard-de-la-mairie-de-plaisir.html', // a copied article
  'https://www.trustbotai.ch/fr/pages/agb', // a Shopify store
];

const LEFT_OUT = [
  'https://www.lesdevisdelhermine.fr/cgu', // "DRAFT"
  'https://www.arqiv.eu/terms', // "[À compléter]", beta
  'https://www.cabinet-en-ligne.fr/cgv', // "[VOTRE RAISON SOCIALE]"
  'https://recette.intelligia.io/shop-full-width/?add-to-cart=3243', // a staging host
  'https://voice.agent.docprint.fr/', // a demo console
  'https://www.agilotext.com/blog/articles/transcription-automatique-pourquoi-le-consentement-est-essentiel-avec-agilotext', // no AI named on the page read
  'https://praetor-notariat.fr/cgu', // terms that do not say AI
  'https://agregata.ai/cgvu', // AI only in the brand name
  'https://www.ai-gust.io/fr/legal/general-terms-conditions', // AI only in the brand name
  'https://ceralith.ink/terms-and-conditions', // terms that do not say AI
  'https://avizy.fr/cgu', // automatic review replies, AI not named
  'https://app.seoresto.fr/en/terms', // terms that do not say AI
  'https://www.hundreds-ai.com/cgv', // AI only in the brand name
  'https://www.assessfirst.com/fr/mentions-legales', // questionnaires, AI not named
  'https://interview.easyrecrue.com/eula/modal?t=v7k811ctwd19311&k=p&lc=en_GB&p=1', // video interviews, AI not named
  'https://callminderia.com/conditions-generales-de-vente', // a UK call robot, AI not named
  'https://tchatt.com/en/terms', // no country shown
  'https://www.imovia.cloud/cgv.php', // real-estate software, AI one feature
  'https://www.bureau24.fr/conditions-commerciales-générales-traitement-des-chats', // a secretariat company's chatbot, one feature
  'https://les-gourmets.fr/legal/cgv', // restaurant bookings, no AI
  'https://lunioncom.com/cgv-ia', // an AI agency
  'https://sillage.ai/conditions-generales-de-vente', // an AI consultancy
  'https://performai.fr/cgv', // an AI consultancy
  'https://www.stemapartners.com/cgv', // an AI consultancy
  'https://www.nr-corp.fr/legal/cgv', // a web and AI agency
  'https://luxdigitalsol.com/en/agb', // an AI consultancy in Luxembourg
  'https://www.keikoforbusiness.com/t-cs', // AI coaching and consulting in Luxembourg
  'https://www.consultant-ia.net/ressources/guide-conformite-ia-suisse.html', // a consultant's guide
  'https://emdbconseils.fr/cgv/', // a consultancy
  'https://www.tala-assistant.com/blog/automatisation-prise-rendez-vous-medecin', // seen only on its blog
  'https://diagnotes.ai/blog/pourquoi-vos-notes-ne-doivent-jamais-transiter-par-whatsapp-gmail-ou-google-drive', // seen only on its blog
  'https://blog.ecrivox.com/blog/rgpd-et-transcription', // seen only on its blog
  'https://algos-ai.com/editeur-de-logiciel-d-ia-souverain', // seen only on its blog
  'https://monrfs.com/scribe-vocal-medical-ia', // a general article
  'https://okawai.ai/use-case/recette-les-bonnes-pratiques-de-l-ia-pour-trier-les-cv-44', // a general article
  'https://aoconquete.fr/article-marche-publics-ia-redaction-dce', // a general article
  'https://www.assistantpro.fr/guide/assistant-ia-vs-chatbot', // a general guide
  'https://btp-webaccel.com/?p=7563', // a `?p=` page
  'https://laruche.cbainfo.fr/?p=60287', // a `?p=` page
  'https://1swiss1.com/fr/conditions-generales-de-vente', // an IT company's CGV naming Helvira
  'https://www.gofulltime.ai/fr/resources/blog/what-is-an-ai-phone-answering-service', // not French
  'https://heyclary.ai/privacy/fr?redirect=disable', // a Spanish company
  'https://postmaestro.ai/fr/terms', // a German company
  'https://smartichat.de/?p=1515', // a German company
  'https://www.airygen.com/fr/tos', // not French
];

const NAMESAKES = [
  'https://www.tenor.com/', // Google's GIF search, beside Tennor
  'https://www.tennor.com/', // the .com, not read
  'https://www.craft.do/', // Craft Docs, beside Craft AI
  'https://www.craft.co/', // company data, beside Craft AI
  'https://www.synn.com/', // beside SYNN (synn.fr)
  'https://www.garmouk.fr/', // the .fr, not read
  'https://www.diglm.com/', // the .com, not read
  'https://www.psynum.fr/', // the .fr, not read
  'https://www.prehire.com/', // beside PreHire (pre-hire.com)
  'https://www.rsight.fr/', // the .fr, not read
];

describe('twenty-fourth-session france2 traps', () => {
  it('adds 10 rows with 11 domains and no prefix, in the europe region', () => {
    expect(regionalC24France2Tools.length).toBe(10);
    expect(regionalC24France2Tools.flatMap((t) => t.domains).length).toBe(11);
    expect(regionalC24France2Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(regionalC24France2Tools.every((t) => catalogRegion(t.id) === 'europe')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24France2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24France2Tools));
    expectEachClassifiedAs({
      'https://tennor.ai/blog-posts/comment-lia-conversationnelle-revolutionne-la-gestion-des-cabinets-medicaux':
        'tennor',
      'https://tennor.fr/en/ressources/lia-vocale-peut-elle-gerer-les-urgences-medicales-ou-les-cas-sensibles':
        'tennor',
      'https://www.garmouk.com/privacy': 'garmouk',
      'https://www.craft.ai/': 'craft-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
