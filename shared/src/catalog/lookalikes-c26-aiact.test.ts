// Traps beside the rows the twenty-sixth session's EU AI Act wording pass added (data/long-tail-c26-aiact.ts): the
// regulation's own pages and the standards the vendors name (C2PA, IPTC), the regulators and general sites beside each
// kind of tool, the compliance tools, consultancies, law firms and news the searches returned, the shared-platform and
// staging copies, the left-out vendor pages, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26AiactTools } from './data/long-tail-c26-aiact';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://artificialintelligenceact.eu/fr/article/50/', // the Act's text, beside every row
  'https://digital-strategy.ec.europa.eu/en/faqs/template-general-purpose-ai-model-providers-summarise-their-training-content', // the Commission's FAQ
  'https://ai-act-law.eu/recital/101/', // the Act's recitals
  'https://rgpd.com/fr/reglement-sur-lintelligence-artificielle/', // the Act in French
  'https://c2pa.org/', // the provenance standard named by Keva.studio, fake.me and Dreamshot
  'https://contentcredentials.org/verify', // the Content Credentials verifier
  'https://iptc.org/standards/photo-metadata/', // the photo-metadata standard named by Keva.studio
  'https://www.autoriteitpersoonsgegevens.nl/', // the Dutch data-protection authority, beside Eval
  'https://www.bundesnetzagentur.de/', // the German telecoms regulator, beside the phone agents
  'https://www.hetzner.com/', // the EU hosting named by phone-assistant vendors
  'https://www.linkedin.com/', // where headshots go, beside Keva.studio and fake.me
  'https://www.security.nl/', // news, met in the searches
  'https://www.nu.nl/', // news, met in the searches
  'https://www.punto-informatico.it/', // news, met in the searches
  'https://www.tourmag.com/', // news, met in the searches
  'https://www.adhocnews.de/', // news, met in the searches
  'https://haerting.de/wissen/transparenzpflichten-in-der-ki-verordnung/', // a law firm's article
  'https://it-recht-kanzlei.de/ai-act-ki-verordnung-online-business-kennzeichnungspflichten-informationspflichten.html', // a law firm's article
  'https://www.agn-avocats.fr/', // a law firm
  'https://areadigitalabogados.es/reglamento-ia-y-el-etiquetado-de-contenidos', // a law firm's article
  'https://wcr.legal/synthetic-media-compliance/', // a law firm's synthetic-media service
  'https://www.rgpdkit.fr/blog/site-utilise-ia-obligations-affichage', // a compliance kit's blog
];

const COMPLIANCE_AND_AGENCIES = [
  'https://euaudit.app/ai-act-chatbot-transparency', // an AI Act audit tool
  'https://getactready.com/blog/eu-ai-act-chatbots-article-50-transparency', // an AI Act classifier
  'https://disclo.eu/blog/eu-ai-act-provider-vs-deployer-small-business', // a disclosure tool
  'https://disclosekit.dev/blog/does-the-ai-act-apply-to-my-chatbot', // a disclosure kit
  'https://complianthq.ai/what-we-check/ai-transparens-chattbot', // a website compliance checker
  'https://launchtrust.co/frameworks/eu-ai-act-article-50', // a launch compliance scanner
  'https://sevinhub.com/acthub/learn/chatbot-disclosure-requirements.php', // a compliance suite
  'https://eucomplyhub.com/model-card', // an Annex III classifier built on Claude (governance)
  'https://aiattest.io/classification', // a compliance documentation platform (governance)
  'https://www.complior.ai/en/registry/character-ai', // a registry of AI tools' AI Act profiles
  'https://www.trustflo.ai/en/blog/is-your-hiring-platform-high-risk-under-the-ai-act', // an AI governance blog
  'https://blog.complizo.com/hiring-software-high-risk-eu-ai-act-classification', // a compliance blog
  'https://tidalcontrol.com/glossary/ai-transparency-obligation', // a compliance platform
  'https://www.eab-compliance.eu/transparency-obligations', // a compliance platform
  'https://docs.modulos.ai/frameworks/eu-ai-act/roles-and-responsibilities', // an AI governance platform's docs
  'https://confir.eu/annex-iii/credit-scoring-ai', // a compliance guide
  'https://www.aiactblog.nl/en/annex-iii/onderwijs-beroepsopleiding/learning-outcomes', // a compliance guide
  'https://fontvera.eu/intelligence/ai-act-faq-chatbots', // a compliance guide
  'https://ercel.ai/en/blog/art-50-what-your-chatbot-must-do', // an Article 50 blog, product not shown
  'https://glacis.io/guide-ambient-scribe-high-risk', // an AI assurance guide
  'https://www.deepinspect.ai/blog/banking-ai-credit-scoring-high-risk', // an AI inspection vendor's blog
  'https://embedai.nl/en/eu-ai-act/synthetische-content-labeling', // a consultancy
  'https://aiprocessautomation.eu/fr/legal/responsible-ai', // an automation agency
  'https://impetora.com/for/clo', // a custom-AI builder
  'https://6weekai.com/work/contract-extraction/insights/ai-act-risk-tier', // an agency
  'https://visual-ai-labs.com/en/faq/eu-ai-act-for-my-company', // an agency's FAQ
];

const SHARED_PLATFORMS = [
  'https://maker-label-studio.vercel.app/eu-ai-act-transparency/', // a register tool on a shared platform
  'https://flowcaptain-web-web.vercel.app/blog/eu-ai-act-voice-agents-what-businesses-need-to-know', // a phone-assistant blog on a shared platform
  'https://babechat.vercel.app/policy/privacy-policy', // an AI companion's policy on a shared platform
  'https://anteroom-blond.vercel.app/g/1a6ddc24fa', // a generated report on a shared platform
  'https://abdelstark.github.io/eu-ai-act-toolkit/examples/hiring-tool', // a toolkit on a shared platform
  'https://theneuralbase.pages.dev/ai-for-legal/qna/eu-ai-act-impact-on-legal-ai', // a guide on a shared platform
  'https://ooligo.pages.dev/en/learn/eu-ai-act-for-legal-teams/', // a guide on a shared platform
  'https://zol-documentation.pages.dev/docs/safety/ai-act-compliance', // docs on a shared platform
  'https://klarvo-marketing-pages.pages.dev/industries/hr-recruitment-ai-act', // a compliance tool's pages on a shared platform
  'https://dubly-help-center.pages.dev/privacy/eu-ai-act-what-you-need-to-know/', // a copy of Dubly.AI's help on a shared platform
  'https://vma-backend-api.azurewebsites.net/ai-act', // a clinic AI disclosure on a shared cloud host
  'https://raw.githubusercontent.com/BuilderCed/agent-skills/main/skills/compliance/eu-ai-act-content-disclosure/SKILL.md', // a skill file
  'https://dev.kanzlei.online/?p=3905', // a law firm's development host
  'https://websitestaging.easy-eu.eu/de/wissen/ki-nutzung/transparenzpflicht-art-50', // a staging host
];

const LEFT_OUT = [
  'https://ainora.lt/blog/eu-ai-act-transparency-requirements-ai-callers', // a blog on AI callers (as before)
  'https://iautomator.net/ley-de-inteligencia-artificial', // AI agents, perhaps an agency
  'https://musicops.co/ai-disclosure', // a label-operations platform with AI features
  'https://withvr.app/eu-ai-act', // VR therapy with optional AI features
  'https://alugha.com/cms/eu-ai-act-and-voice-cloning-enterprise-compliance-guide/', // a video platform, AI dubbing one feature
  'https://arve.whait.ee/en/privacy-ai', // bookkeeping with AI features
  'https://fitek-learning.fitek.com/fitek-learning-space/copy-of-english/fitekai/what-is-fitekai/trust-and-transparency', // an invoice company's AI feature
  'https://knowledge.zapliance.com/eu-ai-act', // audit analytics
  'https://employsolutionshelp.employinc.com/hc/en-us/articles/27166019898141-AI-Interview-Companion-and-the-EU-AI-Act', // an ATS company's help
  'https://www.domaintechnik.at/agb-anhang-6.html', // a web host's site-builder AI terms
  'https://www.lunigi.com/en/glossary/eu-ai-act', // AI not said of the product
  'https://www.palantrix.com/answers/evidence-based-interviews-ai-compliance', // AI not said of the product
  'https://usegreenroom.app/blog/eu-ai-act-hiring-tools-2026', // AI not said of the product
  'https://omniteam.ai/en/knowledge/eu-ai-act-recruitment-compliance/', // the product not described
  'https://www.kirezeptionist.de/blog/auftragsverarbeitung-richtig-gestalten-rechtssichere-ki-telefonloesungen', // the product not described
  'https://vitae.build/blog/eu-ai-act-compliance-recruiters', // the product not described
  'https://taxiteasy.org/blog/eu-ai-act-and-tax-software.html', // tax software's blog
  'https://www.st-pauli-boxen.de/ki-hinweis', // a sports club's AI notice
  'https://aimetadatacleaner.com/blog/eu-ai-act-image-metadata-rules-creators-2026', // a metadata cleaner
  'https://www.privyclean.app/eu-ai-act-creators-guide', // a metadata cleaner
];

const NAMESAKES = [
  'https://www.callsy.com/', // beside Callsy (callsy.ai)
  'https://www.dreamshot.com/', // beside Dreamshot (dreamshot.io)
  'https://www.factry.io/', // an industrial data platform, beside faktry (faktry.ai)
  'https://www.keva.fi/', // a Finnish pension institution, beside Keva.studio
  'https://learnloop.nl/', // LearnLoop's own host, not read; only eval.learnloop.nl is claimed
  'https://www.learnloop.nl/', // likewise
  'https://www.garden.io/', // a developer tool, beside Writegarden
];

const REGIONAL = { empfango: 'europe', 'learnloop-eval': 'europe' } as const;

describe('twenty-sixth-session EU AI Act wording traps', () => {
  it('adds 11 rows, each with one domain and no prefix, global but for two European ones', () => {
    expect(longTailC26AiactTools.length).toBe(11);
    expect(longTailC26AiactTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      longTailC26AiactTools.filter(
        (t) => catalogRegion(t.id) !== (REGIONAL[t.id as keyof typeof REGIONAL] ?? 'global'),
      ),
    ).toEqual([]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26AiactTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26AiactTools));
    expectEachClassifiedAs({
      'https://callsy.ai/': 'callsy',
      'https://www.empfango.com/': 'empfango',
      'https://dreamshot.io/': 'dreamshot',
      'https://faktry.ai/euaiact': 'faktry',
      'https://www.toranhq.com/': 'toran-ai-concierge',
      'https://www.keva.studio/': 'keva-studio',
      'https://www.fakesme.com/': 'fake-me',
      'https://www.soriz.com/': 'soriz',
      'https://www.charactr.com/': 'charactr',
      'https://www.writegarden.com/': 'writegarden',
    });
  });

  it('leaves general sites, compliance tools, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...COMPLIANCE_AND_AGENCIES,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
