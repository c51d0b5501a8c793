// Traps beside the rows the twenty-fourth session's Southern Europe pass added (data/regional-c24-southeu.ts): the
// ordinary sites next to each kind of AI tool it added (data-protection authorities of Spain, Italy, Portugal, Greece
// and Malta, telephone operators, ministries and regional bodies of education, a research centre, Italian hosting,
// company registers, a property portal, a bank's and a tourism site's chatbots), the parent and sibling hosts of the
// claimed hosts, the shared-platform copies, drafts, staging hosts and left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24SoutheuTools } from './data/regional-c24-southeu';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.aepd.es/', // Spain's data-protection agency, named in the Spanish policies read
  'https://www.garanteprivacy.it/', // Italy's data-protection authority, beside the Italian rows
  'https://www.cnpd.pt/', // Portugal's data-protection commission, beside the Portuguese rows
  'https://www.dpa.gr/', // Greece's data-protection authority, met in the searches
  'https://idpc.org.mt/', // Malta's data-protection commissioner, beside MaltaCat AI
  'https://www.movistar.es/', // a Spanish telephone operator, beside the AI switchboard
  'https://www.tim.it/', // an Italian telephone operator, beside the Italian voice agents
  'https://www.meo.pt/', // a Portuguese telephone operator, beside CallBehalf
  'https://www.istruzione.it/', // Italy's ministry of education, beside the grading and lesson-plan tools
  'https://www.educacionfpydeportes.gob.es/', // Spain's ministry of education, beside the LOMLOE platform
  'https://xtec.gencat.cat/', // Catalonia's education network, beside AINA | TA
  'https://www.aruba.it/', // an Italian hosting provider, beside the Italian model API
  'https://www.registroimprese.it/', // the Italian company register named in the S.r.l. pages
  'https://www.idealista.com/ayuda/articulos/privacy-policy/?lang=en', // a property portal met in the searches
  'https://www.eurobank.gr/en/oroi-xrisis-chat', // a bank's chatbot terms, one feature of a bank's site
  'https://www.discovergreece.com/privacy-ai', // a tourism site's chatbot policy, one feature
  'https://iaedu.pt/en/node/9', // FCT's public AI portal, a public body
  'https://uat.ecossistemaaprendizagem.pt/en/terms-and-conditions', // the ministry's Learning Ecosystem (and a UAT host)
];

const PARENTS = [
  'https://maltacat.org/', // the parent of MaltaCat AI's claimed ai. subdomain, not read
  'https://www.maltacat.org/', // the parent of MaltaCat AI's claimed ai. subdomain, not read
  'https://certifica-t.app/', // the address domain in Centralita IA's policy, not read
  'https://www.renor.it/', // RunAI's company, not read
];

const SHARED_PLATFORMS = [
  'https://aistant-eight.vercel.app/privacidad?lang=en', // a Spanish WhatsApp ordering bot on a shared platform
  'https://chatbot-mt-website.pages.dev/privacy-policy', // a chatbot platform's policy on a shared platform
  'https://iaeva-guide.pages.dev/', // a clinics' AI guide on a shared platform
  'https://cesarvm25.github.io/exams-legal/privacy-policy.html', // an exam app's policy on a shared platform
  'https://ismaelrh.github.io/app-docs/ccse-ios/privacy-policy.html', // a CCSE study app's policy on a shared platform
  'https://orientarconia.blogspot.com/', // a counsellor's AI blog on a shared platform
];

const LEFT_OUT = [
  'https://selectivia.es/legal/privacy.html', // "[Nombre o razón social]"
  'https://presupuestero.com/legal/terms', // "Borrador en revisión legal"
  'https://quantrova.io/terms-and-conditions-of-service/', // terms that read as a draft
  'https://www.aikitutor.com/en/legal/terminos', // "Sample template"
  'https://dental.angelspok.com/terms', // a placeholder legal entity
  'https://www.flowgeek.gr/pages/terms.html', // placeholders, and an agency
  'https://dev.ellisce.com/set-lang?lang=en&next=%2Fterms', // a development host with placeholders
  'https://uat.alviora.ai/terms?lang=en', // a UAT host
  'https://staging.agendaja.pt/', // a staging host
  'https://staging.voicepa.ai/terms', // a staging host (and a UK product)
  'https://itagpt.it/en/?p=578', // a `?p=` page
  'https://insegnante.ai/?p=374', // a `?p=` page
  'https://aingel.istitutoitalianoprivacy.it/?p=205', // a `?p=` page
  'https://schedule.beeease.app/', // BeeEase, read only at its root
  'https://epicvoice.gr/en/terms', // a self-described AI voice agency
  'https://www.aiz.ar/en/legal/privacy', // an AI-implementation agency
  'https://gitogi.com/en/privacy-policy/', // a consultancy
  'https://www.antalia.ai/en/privacy', // a company site with a chatbot
  'https://www.naosomosai.com/en/privacy', // an agency
  'https://epikum.com/agente-ia-vs-secretaria-virtual', // an agency's article
  'https://www.lexflowstudio.com/blog/ia-abogados-fiscales-guia-sin-tecnicismos', // an automation studio's blog
  'https://lawofmalta.com/privacy', // a legislation browser whose AI assistant is one feature
  'https://mydgttest.com/en/privacy/', // a driving-test app with an optional AI feature
  'https://api.vetincloud.com/legal/ai_policy/it', // veterinary practice software with an AI chat
  'https://docs.allvi.it/legale/dpia-analisi-impatto-ai.html', // a booking platform's LLM triage
  'https://thenls.com/es/terms', // an estate-agent network
  'https://itechmedicaldivision.com/privacy-policy-chatbot/', // a company site's chatbot
  'https://hi-doctor.ai/legal/privacy', // a telemedicine service
  'https://connectif.ai/en/privacy-policy/', // a policy that does not say what the product does
  'https://ibintel.es/privacy', // a chatbot policy that does not say AI
  'https://mylawyerchat.ai/page/en/terminos-y-condiciones', // terms that do not say AI
  'https://www.edukite.it/en/terms.html', // terms that do not name AI
  'https://bookline.io/it/politica-sulla-privacy-salute/', // a policy that does not say AI
  'https://www.orizzonteinsegnanti.it/come-funziona-lintelligenza-artificiale-di-pei-assistant-1', // guides; a lead
  'https://maltalex.everva.com.tr/privacy', // Malta Lex's policy on another company's host
  'https://www.dinechat.io/terms.html', // a Cypriot product, outside this pass
  'https://teachaiflow.com/legal/ai-transparency', // country not shown
  'https://niavirtual.com/privacy-policy.html', // a Peruvian product, outside this pass
];

const NAMESAKES = [
  'https://www.centralita.es/', // beside Centralita IA
  'https://www.romulus.com/', // beside Romulus (romulus.live)
  'https://www.talqi.com/', // beside talqi (talqi.io)
  'https://www.corect.com/', // beside Corect.it
  'https://www.aina.com/', // beside AINA | TA
  'https://www.5life.com/', // beside 5life (5life.life)
  'https://www.maltacat.com/', // beside MaltaCat AI
  'https://www.youragent.com/', // beside YourAgent24
  'https://www.kallmy.it/', // beside kallmy (kallmy.com)
  'https://www.callbehalf.pt/', // beside CallBehalf (callbehalf.com)
  'https://www.runai.com/', // beside RunAI (runai.it); Run:ai is run.ai
];

describe('twenty-fourth-session Southern Europe traps', () => {
  it('adds 13 rows, each with no prefix, in the europe region', () => {
    expect(regionalC24SoutheuTools.length).toBe(13);
    expect(regionalC24SoutheuTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC24SoutheuTools.filter((t) => t.domains.length > 1).map((t) => t.id)).toEqual([
      'centralita-ia',
    ]);
    expect(regionalC24SoutheuTools.every((t) => catalogRegion(t.id) === 'europe')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24SoutheuTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24SoutheuTools));
    expectEachClassifiedAs({
      'https://centralita-ia.com/': 'centralita-ia',
      'https://www.talqi.io/': 'talqi',
      'https://app.runai.it/': 'runai-renor',
      'https://www.corect.it/': 'corect-it',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
