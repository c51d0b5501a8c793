// Twelfth-session pass, second list helper (2026-12-06, issue 15), continued: legal and HR. Legal AI from
// zeweihan/awesome-legaltech (README.md; CC0 by its License section), taking the rows the list itself marks AI-native;
// recruiting and HR AI from Digidai/HireAI (_data/products.yml, MIT licence file). Only facts (name, host) were taken; every
// host both files name was classified first, and rows are the AI-first products nothing matched.
// Left out: legal research databases and portals, court and government sites, practice-management, CLM, e-billing,
// e-signature, e-discovery and compliance suites with an AI feature (Clio, Ironclad, Icertis, DocuSign, Relativity,
// Everlaw, Drata, Vanta, OneTrust, SpotDraft, PatSnap, Brightflag, ComplyAdvantage), consumer legal services, estate,
// tax and carbon platforms, a legal app on a shared host (vercel.app), open-source projects, and the HR suites, ATSs,
// job boards, staffing firms, assessment and background-check services the HR file lists beside AI products (Workday,
// SAP, Oracle, Greenhouse, Lever, Ashby, Indeed, ZipRecruiter, HackerRank, Checkr, Manatal, Gem, Beamery, Phenom and
// others), acquired products whose hosts may now serve something else (Mya, Ideal), an unclear "Arya" at arya.ai, a
// "Topaz Labs Recruitment AI" at topazlabs.ai, and a development agency (Processica). Hosts of entries already here were
// handed over, not added: talently.ai (Talently AI, now interview.talently.ai), ribbon.careers (possibly Ribbon AI) and
// leya.law (possibly Legora's former name).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

export const longTailC12BTools2: Tool[] = defineTools(
  'other',
  [
    // zeweihan/awesome-legaltech: legal AI
    { id: 'deepjudge', name: 'DeepJudge', vendor: 'DeepJudge', domains: ['deepjudge.ai'], source: listed('zeweihan') },
    { id: 'prest0', name: 'Prest0', vendor: 'Prest0', domains: ['prest0.ai'], source: listed('zeweihan') },
    { id: 'crosby-ai', name: 'Crosby', vendor: 'Crosby', domains: ['crosby.ai'], source: listed('zeweihan') },
    { id: 'manifest-os', name: 'Manifest OS', vendor: 'Manifest', domains: ['manifestos.com'], source: listed('zeweihan') },
    { id: 'enter-legal-ai', name: 'Enter', vendor: 'Enter', domains: ['getenter.ai'], source: listed('zeweihan') },
    { id: 'simpliciter-ai', name: 'Simpliciter.ai', vendor: 'Simpliciter', domains: ['simpliciter.ai'], source: listed('zeweihan') },
    { id: 'lexroom-ai', name: 'Lexroom.ai', vendor: 'Lexroom', domains: ['lexroom.ai'], source: listed('zeweihan') },
    { id: 'vesence', name: 'Vesence', vendor: 'Vesence', domains: ['vesence.com'], source: listed('zeweihan') },
    // getgc.ai (CHECKED_C27): GC AI's earlier host, whose docs still describe the product's legal AI chat
    // (https://docs.getgc.ai/docs/chat/interface-overview).
    { id: 'gc-ai', name: 'GC AI', vendor: 'GC AI', domains: ['gc.ai', 'getgc.ai'], source: listed('zeweihan') },
    { id: 'orbital-legal', name: 'Orbital', vendor: 'Orbital', domains: ['orbital.tech'], source: listed('zeweihan') },
    { id: 'vaquill-ai', name: 'Vaquill AI', vendor: 'Vaquill', domains: ['vaquill.ai'], source: listed('zeweihan') },
    { id: 'lexlegis-ai', name: 'Lexlegis.AI', vendor: 'Lexlegis', domains: ['lexlegis.ai'], source: listed('zeweihan') },
    { id: 'haqq-legal-ai', name: 'HAQQ Legal AI', vendor: 'HAQQ', domains: ['haqq.ai'], source: listed('zeweihan') },
    { id: 'deepip', name: 'DeepIP', vendor: 'DeepIP', domains: ['deepip.ai'], source: listed('zeweihan') },
    { id: 'ankar-ai', name: 'Ankar', vendor: 'Ankar', domains: ['ankar.ai'], source: listed('zeweihan') },
    { id: 'lexcheck', name: 'LexCheck', vendor: 'LexCheck', domains: ['lexcheck.com'], source: listed('zeweihan') },
    { id: 'legartis', name: 'Legartis', vendor: 'Legartis', domains: ['legartis.ai'], source: listed('zeweihan') },
    { id: 'ivo-ai', name: 'Ivo', vendor: 'Ivo', domains: ['ivo.ai'], source: listed('zeweihan') },
    { id: 'legalyze-ai', name: 'Legalyze.ai', vendor: 'Legalyze', domains: ['legalyze.ai'], source: listed('zeweihan') },
    { id: 'theo-ai', name: 'Theo AI', vendor: 'Theo AI', domains: ['theoai.ai'], source: listed('zeweihan') },
    { id: 'pattern-data', name: 'Pattern Data', vendor: 'Pattern Data', domains: ['patterndata.ai'], source: listed('zeweihan') },
    { id: 'klaro-legal', name: 'Klaro Legal', vendor: 'Klaro', domains: ['klaro.legal'], source: listed('zeweihan') },
    { id: 'justiguide', name: 'JustiGuide', vendor: 'JustiGuide', domains: ['justiguide.com'], source: listed('zeweihan') },
    { id: 'visalaw-ai', name: 'Visalaw.ai', vendor: 'Visalaw', domains: ['visalaw.ai'], source: listed('zeweihan') },
    // Digidai/HireAI: recruiting and HR AI
    { id: 'xor-ai', name: 'XOR', vendor: 'XOR', category: 'agents', domains: ['xor.ai'], source: listed('hireai', '_data/products.yml') },
    { id: 'sapia-ai', name: 'Sapia.ai', vendor: 'Sapia.ai', domains: ['sapia.ai', 'predictivehire.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'retorio', name: 'Retorio', vendor: 'Retorio', domains: ['retorio.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'hiringsolved', name: 'HiringSolved', vendor: 'HiringSolved', domains: ['hiringsolved.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'pymetrics', name: 'Pymetrics', vendor: 'Pymetrics', domains: ['pymetrics.ai'], source: listed('hireai', '_data/products.yml') },
    { id: 'covey-recruiting', name: 'Covey', vendor: 'Covey', category: 'agents', domains: ['covey.io'], source: listed('hireai', '_data/products.yml') },
    { id: 'skillate', name: 'Skillate', vendor: 'Skillate', domains: ['skillate.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'spotted-careers', name: 'Spotted', vendor: 'Spotted', category: 'agents', domains: ['spotted.careers'], source: listed('hireai', '_data/products.yml') },
    { id: 'turbohire', name: 'TurboHire', vendor: 'TurboHire', domains: ['turbohire.co'], source: listed('hireai', '_data/products.yml') },
    { id: 'qureos-iris', name: 'Qureos', vendor: 'Qureos', category: 'agents', domains: ['qureos.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'theysaid', name: 'TheySaid', vendor: 'TheySaid', domains: ['theysaid.io'], source: listed('hireai', '_data/products.yml') },
    { id: 'honeit', name: 'Honeit', vendor: 'Honeit', category: 'meeting', domains: ['honeit.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'jobtwine', name: 'JobTwine', vendor: 'JobTwine', category: 'meeting', domains: ['jobtwine.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'cvviz', name: 'CVViZ', vendor: 'CVViZ', domains: ['cvviz.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'wade-and-wendy', name: 'Wade & Wendy', vendor: 'Wade & Wendy', category: 'agents', domains: ['wadeandwendy.ai'], source: listed('hireai', '_data/products.yml') },
    { id: 'pomato-ai', name: 'Pomato', vendor: 'Pomato', domains: ['pomato.ai'], source: listed('hireai', '_data/products.yml') },
    { id: 'talentpair', name: 'Talentpair', vendor: 'Talentpair', category: 'agents', domains: ['talentpair.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'brainner', name: 'Brainner', vendor: 'Brainner', domains: ['brainner.ai'], source: listed('hireai', '_data/products.yml') },
    { id: 'hireguide', name: 'Hireguide', vendor: 'Hireguide', category: 'meeting', domains: ['hireguide.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'tengai', name: 'Tengai', vendor: 'Tengai', category: 'agents', domains: ['tengai.io'], source: listed('hireai', '_data/products.yml') },
    { id: 'visage-jobs', name: 'Visage', vendor: 'Visage', category: 'agents', domains: ['visage.jobs'], source: listed('hireai', '_data/products.yml') },
    { id: 'allyo', name: 'AllyO', vendor: 'AllyO', category: 'agents', domains: ['allyo.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'kula-ai', name: 'Kula', vendor: 'Kula', category: 'agents', domains: ['kula.ai'], source: listed('hireai', '_data/products.yml') },
    { id: 'recruitgpt', name: 'RecruitGPT', vendor: 'RecruitGPT', category: 'writing', domains: ['recruitgpt.ai'], source: listed('hireai', '_data/products.yml') },
    { id: 'shortlist-so', name: 'Shortlist', vendor: 'Shortlist', domains: ['shortlist.so'], source: listed('hireai', '_data/products.yml') },
    { id: 'sonara-ai', name: 'Sonara', vendor: 'Sonara', category: 'agents', domains: ['sonara.ai'], source: listed('hireai', '_data/products.yml') },
    { id: 'censia', name: 'Censia', vendor: 'Censia', domains: ['censia.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'applyaii', name: 'ApplyAII', vendor: 'ApplyAII', domains: ['applyaii.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'spinhire', name: 'SpinHire', vendor: 'SpinHire', category: 'agents', domains: ['spinhire.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'generatie', name: 'Generatie', vendor: 'Generatie', category: 'writing', domains: ['generatie.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'makipeople', name: 'Maki', vendor: 'Maki People', category: 'agents', domains: ['makipeople.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'prescreenai', name: 'PreScreenAI', vendor: 'PreScreenAI', category: 'agents', domains: ['prescreenai.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'searchlight-ai', name: 'Searchlight', vendor: 'Searchlight', domains: ['searchlight.ai'], source: listed('hireai', '_data/products.yml') },
    { id: 'hyreo', name: 'Hyreo', vendor: 'Hyreo', category: 'agents', domains: ['hyreo.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'hireeazy', name: 'Hireeazy', vendor: 'Hireeazy', domains: ['hireeazy.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'chattyhiring', name: 'ChattyHiring', vendor: 'ChattyHiring', category: 'writing', domains: ['chattyhiring.com'], source: listed('hireai', '_data/products.yml') },
    { id: 'leonar', name: 'Leonar', vendor: 'Leonar', category: 'agents', domains: ['leonar.app'], source: listed('hireai', '_data/products.yml') },
  ],
  { checked: CHECKED_C12 },
);
