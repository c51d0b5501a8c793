// Traps beside the rows the twenty-fifth session's Israel pass added (data/regional-c25-israel.ts): the ordinary sites
// next to each kind of AI tool it added (the privacy and cyber authorities, security vendors, health and insurance
// bodies, a Torah library, telecoms, WhatsApp and payment providers, job boards, a venture-capital research site, ad
// networks, the music-rights society, an electronics standards body, Parlant's repository), news about the vendors,
// and the shared-platform copies, drafts, placeholder pages and left-out hosts the pass read. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC25IsraelTools } from './data/regional-c25-israel';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.gov.il/en/departments/the_privacy_protection_authority/govil-landing-page', // the Privacy Protection Authority named in the policies read
  'https://www.gov.il/en/departments/israel_national_cyber_directorate/govil-landing-page', // the cyber directorate, beside Deep Instinct and Cyabra
  'https://www.checkpoint.com/', // a security vendor, beside Deep Instinct
  'https://www.cyberark.com/', // a security vendor, beside Deep Instinct
  'https://www.timesofisrael.com/spotlight/israeli-cyber-sleuths-hunt-down-fake-news-peddlers/', // news on Cyabra
  'https://www.calcalistech.com/ctechnews/article/P6IM8B5GE', // news on an Israeli language-assessment startup
  'https://www.health.gov.il/', // the ministry of health, beside SmartEat and Tovora
  'https://www.btl.gov.il/', // the National Insurance Institute, beside the medical-document pages met
  'https://www.hebrewbooks.org/', // a Torah-books library, beside Mugah
  'https://www.cambridgeenglish.org/', // English exams, beside Tospeak
  'https://www.bezeq.co.il/', // a telecom, beside Callex's voice agents
  'https://www.partner.co.il/', // a telecom, beside Callex's voice agents
  'https://www.whatsapp.com/', // the messaging platform iTeam AI runs on
  'https://business.whatsapp.com/', // WhatsApp Business, beside iTeam AI and IncrediChat
  'https://www.meshulam.co.il/', // a payment provider named in the policies
  'https://www.cardcom.solutions/', // a payment provider named in the policies
  'https://www.alljobs.co.il/', // a job board, beside Tech CV Feedback
  'https://www.drushim.co.il/', // a job board, beside Tech CV Feedback
  'https://www.ivc-online.com/', // an Israeli venture-capital research site, beside Ventos
  'https://www.outbrain.com/', // an ad network, beside Wider
  'https://www.taboola.com/', // an ad network, beside Wider
  'https://www.acum.org.il/', // the music-rights society, beside SpeakHit
  'https://www.ipc.org/', // the electronics standards body, beside Cady
  'https://github.com/emcie-co/parlant', // Parlant's repository on a code host, beside Emcie
  'https://www.israelbar.org.il/', // the bar association, beside the legal pages met
  'https://www.yad2.co.il/', // the classifieds site, beside the property pages met
];

const SHARED_PLATFORMS = [
  'https://sentinel-automations.pages.dev/privacy-policy.html', // Gibby's policy on a shared platform
  'https://amiramprep-app.netlify.app/', // an exam-prep app on a shared platform
  'https://alpha-theory.vercel.app/privacy', // a driving-theory app on a shared platform
  'https://invoice-finder-website.pages.dev/privacy_policy', // an invoice finder on a shared platform
  'https://golden-piroshki-874ba7.netlify.app/', // a calorie app on a shared platform
  'https://kalai-site.pages.dev/privacy', // a calorie app on a shared platform
  'https://reshimati.pages.dev/privacy.html', // a reminders app on a shared platform
  'https://a2rag-core.pages.dev/privacy.html', // A2RAG's policy on a shared platform
  'https://orkurtz.github.io/Todobot/PRIVACY', // a WhatsApp to-do bot on a shared platform
  'https://wooden-stork-8e7.notion.site/Privacy-Policy-for-AI-Description-Generator-2d6cf15c7d5680a6bad0c62ab0add7e9', // a policy on a shared platform
  'https://ai-voiceover-three.vercel.app/terms', // terms on a shared platform
  'https://meeting-note-production.up.railway.app/privacy', // a policy on a shared platform
  'https://sites.google.com/view/logo-maker-design/privacy-policy', // Photo Lab AL Ltd.'s policy on a shared platform
  'https://autodub.serfaty.site/privacy', // an extension's policy on a personal host
];

const LEFT_OUT = [
  'https://gentrix.ai/?p=523', // a `?p=` page (as before)
  'https://www.pixelai.co.il/privacy', // "[Legal Entity Name]"
  'https://www.oramed.co/en/privacy.html', // "[OPERATOR_NAME]"
  'https://www.babel.works/privacy', // "[to be inserted by counsel]"
  'https://voiceops.net/terms', // "[Company Name]" draft
  'https://www.cashbonit.com/privacy', // a policy marked a draft
  'https://ganeshbrain.com/legal/dpa', // a DPA marked a draft
  'https://kaps.co.il/tos', // templated terms (as before)
  'https://getkaps.com/tos', // templated terms
  'https://judaro.com/terms.html', // a pre-launch skills pack (as before)
  'https://gotcha.co.il/privacy-policy/', // "[Company Name]" (as before)
  'https://matajir-ai.com/privacy?lang=en', // placeholders (as before)
  'https://salestor.ai/en/privacy-policy', // defines AI without saying the product uses it (as before)
  'https://legaltech.systems/privacy-policy', // as before
  'https://about.law-mate.com/terms', // terms that speak of system output only
  'https://www.pandocs.co.il/en/terms/', // "advanced technology", not said to be AI
  'https://www.pandocs.co.il/en/resources/medical-document-analysis-guide/', // automation, not said to be AI
  'https://devly.ai/terms', // terms that do not say what the product does
  'https://docslm.com/terms-of-service', // as before
  'https://www.boten.biz/privacy-en.html', // as before
  'https://www.info.co.il/page/terms-and-conditions', // as before
  'https://textvoice.net/terms.html', // text-to-voice conversion, not said to be AI
  'https://answerbot.info/legal/terms/', // a widget, not said to be AI
  'https://mynextworker.com/terms-and-conditions/', // a recruiting platform, not said to be AI
  'https://resumaker.ai/tos/', // a resume platform, not said to be AI
  'https://www.mitkadem.com/terms', // marketing automation, AI only in a product name
  'https://lifetec.co.il/privacy-policy', // recommendations, not said to be AI
  'https://healthy4u.world/privacy-policy', // a wellness app, not said to be AI
  'https://www.atidot.com/privacy-notice/', // "proprietary algorithm"
  'https://autobrains.ai/candidate-privacy-policy/', // a candidates' notice
  'https://israel.propdo.ai/term-of-use/', // property forecasts, not said to be AI
  'https://gizbarit.biz/en//home/PrivacyPolicy', // bookkeeping, not said to be AI
  'https://invodrive.com/?p=3', // a `?p=` page
  'https://www.immoisrael.com/privacy-policy-and-terms-of-use', // a property portal
  'https://heyday.io/termsFrame.html', // site search, not said to be AI
  'https://core8.co/terms-of-service', // data integration, not said to be AI
  'https://www.devtodev.com/terms-of-use', // game analytics
  'https://www.nemodata.ai/service-level-agreement', // an SLA that does not say AI
  'https://www.tryagentsonic.com/he/privacy-policy', // an assistant not said to be AI
  'https://allbatim.com/en/mishpati/terms', // a property portal, AI one feature
  'https://app.retail-media.co.il/terms', // SEO analytics, AI one feature (as before)
  'https://www.glassix.com/dpa', // omnichannel messaging
  'https://shop-ai.app/en/terms', // a store builder (as before)
  'https://docs.zenity.io/UserGuide/ZenityUG_CopilotStudio.html', // an AI-security layer (as the c16 pass decided)
  'https://docs-next.us1.zenity.io/user-guide/inline-prevention', // an AI-security layer
  'https://webgpt.com/public/dpa?lang=ru', // not shown to be Israeli
  'https://photolab-ai.com/privacy_policy', // not shown to be Israeli
  'https://agent-eq.com/he/legal/privacy', // an English company's Hebrew policy
  'https://www.argm.co.il/privacy-policy-whatsapp-agent', // an agency's own agent
  'https://dev-web.committed-digital.com/insights/voice-ai-hebrew.html', // an agency's article
  'https://ai-lawyer.co.il/en/insights/privacy-amendment-13', // a legal article
  'https://aigrc.app/privacy-law-israel', // a compliance guide
  'https://www.chenraccah.com/projects/insurance-agent', // a developer's portfolio
  'https://dev.agentskills.co.il/en/skills/tax-and-finance/il-invoice-organizer', // a skills directory
  'https://barlaw.co.il/?p=61401', // a law firm
  'https://elyashivlaw.co.il/en/article-ai-regulation-israel.html', // a law firm
  'https://www.ebnlaw.co.il/', // a law firm
  'https://www.cloud-shulhan-aruch-in-depth.info/', // a project proposal
  'https://chavruta.org.il', // a policy proposal
];

describe('twenty-fifth-session Israel traps', () => {
  it('adds 16 rows, each with one domain and no prefix, in the middle-east region', () => {
    expect(regionalC25IsraelTools.length).toBe(16);
    expect(regionalC25IsraelTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC25IsraelTools.every((t) => catalogRegion(t.id) === 'middle-east')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC25IsraelTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC25IsraelTools));
    expectEachClassifiedAs({
      'https://www.memoth.com/': 'memoth',
      'https://www.wider.io/': 'wider-hyperad',
      'https://www.speakhit.app/': 'speakhit',
      'https://incredichat.com/Home/Privacy': 'incredichat',
      'https://callex.co.il/': 'callex-voice-agents',
      'https://www.iteamai.com/llms.txt': 'iteam-ai',
      'https://www.emcie.co/': 'emcie',
      'https://mugah.co/terms.html': 'mugah',
      'https://www.tospeak.ai/': 'tospeak',
      'https://smarteat.co/privacy-en': 'smarteat-nutrition',
      'https://www.deepinstinct.com/how-it-works/': 'deep-instinct',
      'https://www.deepinstinct.com/glossary/deep-learning': 'deep-instinct',
      'https://cyabra.com/?p=14559': 'cyabra',
      'https://cyabra.com/our-reports/vaccine-disinformation-campaign/': 'cyabra',
      'https://www.cadysolutions.com/': 'cady-solutions',
    });
  });

  it('leaves general sites, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
