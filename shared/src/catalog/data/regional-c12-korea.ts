// Twelfth regional pass (issue 15, 2026-12-06): Korean AI products and AI-first companies from Korea AI Map
// (korea-ai-map/korea-ai-map, data/products/*.yaml and data/organizations/*.yaml; data under CC BY 4.0 by its
// DATA_LICENSE.md, credit "Korea AI Map", data of 2026-07-23 at the pinned commit). Only facts (name, host) were taken;
// the rows are ours. Every product website and every organisation website the data names was classified first (82
// hosts and pages, 19 already matched: CLOVA X, Daglo, DeepBrain AI Studios, Friendli, Liner, Lunit, QANDA, Zeta,
// Twelve Labs, Upstage, Vrew, Wrtn, Klleon, Supertone, Typecast).
// The official sites its model pages give (data/models/*.yaml) were classified too: two more were added (sktax.chat,
// raon.krafton.ai), and a telecom's developer blog left out.
// Left out: AI chip makers (FuriosaAI, Rebellions, DEEPX, HyperAccel, Mango DPU), robotics and autonomous driving
// (RLWRLD, Twinny, 42dot), robo-advisors and AI asset managers (Fint, Boolio, Qraft's MONA), a scanner app (vFlat),
// industrial and retail vision AI (MakinaRocks, OnePredict, Omnious, Alchera, Deeping Source), a plagiarism checker
// (Muhayu's CopyKiller), a data-labelling company (Selectstar), education platforms (Elice, Socra), a general legal
// platform (Law&Company), university labs, Hugging Face and GitHub pages, and the general sites of KT, SK Telecom,
// Kakao, Naver and VoyagerX. Hosts of products already here, handed over as aliases rather than made new tools:
// `www.ncloud.com/product/aiService/clovaStudio` (hyperclova-x-studio), `navercorp.com/en/tech/hyperclovax`
// (HyperCLOVA X's page), `actionpower.kr/daglo-api` (daglo) and `wrtn.io` (wrtn).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const product = (file: string) => listed('koreaaimap', `data/products/${file}.yaml`);
const org = (file: string) => listed('koreaaimap', `data/organizations/${file}.yaml`);

export const regionalC12KoreaTools: Tool[] = defineTools(
  'chat',
  [
    // Assistants.
    { id: 'skt-adot', name: 'A. (A dot)', vendor: 'SK Telecom', domains: ['adot.ai'], source: product('skt-adot') },
    // Kakao's AI mate app and web service (its entry cites kakaocorp.com's own announcements).
    { id: 'kanana-mate', name: 'Kanana', vendor: 'Kakao', domains: ['mate.kanana.ai'], source: product('kakao-kanana') },
    // LG AI Research's site, whose EXAONE page the entry gives for the ChatEXAONE agent; the whole site is the AI lab's.
    {
      id: 'chatexaone',
      name: 'ChatEXAONE (EXAONE, LG AI Research)',
      vendor: 'LG AI Research',
      category: 'agents',
      domains: ['lgresearch.ai'],
      source: product('chatexaone'),
    },
    { id: 'k-intelligence-kt', name: 'K Intelligence', vendor: 'KT', category: 'developer-platform', domains: ['ai.kt.com'], source: product('kt-k-intelligence') },
    { id: 'tunib', name: 'TUNiB', vendor: 'TUNiB', domains: ['tunib.ai'], source: org('tunib') },
    { id: 'maum-ai', name: 'maum.ai', vendor: 'Mind AI (maum.ai)', category: 'agents', domains: ['maum.ai'], source: product('maum-suda') },
    // Enterprise LLMs, agents and RAG.
    { id: 'qa42-42maru', name: '42Maru (QA42, LLM42)', vendor: '42Maru', category: 'productivity', domains: ['42maru.ai'], source: product('42maru-qa42') },
    { id: 'moat-tower', name: 'Tower', vendor: 'Moat AI', category: 'agents', domains: ['moatai.io'], source: product('moat-tower') },
    { id: 'sionic-storm', name: 'STORM', vendor: 'Sionic AI', category: 'productivity', domains: ['sionic.ai'], source: product('sionic-storm') },
    { id: 'skelter-labs', name: 'Skelter Labs (BELLA)', vendor: 'Skelter Labs', category: 'productivity', domains: ['skelterlabs.com'], source: product('skelter-bella') },
    { id: 'saltlux-luxia', name: 'Saltlux (LUXIA)', vendor: 'Saltlux', category: 'developer-platform', domains: ['saltlux.com'], source: org('saltlux') },
    { id: 'konan-llm', name: 'Konan LLM', vendor: 'Konan Technology', category: 'developer-platform', domains: ['konantech.com'], source: org('konan-technology') },
    { id: 'agilesoda', name: 'AgileSoDA', vendor: 'AgileSoDA', category: 'agents', domains: ['agilesoda.ai'], source: org('agilesoda') },
    { id: 'motif-technologies', name: 'Motif Technologies', vendor: 'Motif Technologies', category: 'developer-platform', domains: ['motiftech.io'], source: org('motif-technologies') },
    // Model pages' official sites (data/models/*.yaml): SK Telecom's A.X models and KRAFTON's AI lab (Raon models).
    { id: 'sktax-chat', name: 'A.X (SK Telecom)', vendor: 'SK Telecom', domains: ['sktax.chat'], source: listed('koreaaimap', 'data/models/ax-4-0.yaml') },
    { id: 'krafton-ai-raon', name: 'KRAFTON AI (Raon)', vendor: 'KRAFTON', category: 'developer-platform', domains: ['krafton.ai'], source: listed('koreaaimap', 'data/models/raon-speech-9b.yaml') },
    { id: 'trillion-labs', name: 'Trillion Labs', vendor: 'Trillion Labs', category: 'developer-platform', domains: ['trillionlabs.co'], source: org('trillion-labs') },
    // Developer platforms and AI infrastructure software.
    { id: 'moreh-moai', name: 'MoAI Platform', vendor: 'Moreh', category: 'developer-platform', domains: ['moreh.io'], source: product('moreh-moai') },
    { id: 'netspresso', name: 'NetsPresso', vendor: 'Nota AI', category: 'developer-platform', domains: ['nota.ai'], source: product('nota-netspresso') },
    { id: 'llmboost', name: 'LLMBoost', vendor: 'MangoBoost', category: 'developer-platform', domains: ['llmboost.mangoboost.io'], source: product('mangoboost-llmboost') },
    { id: 'superb-ai', name: 'Superb AI', vendor: 'Superb AI', category: 'developer-platform', domains: ['superb-ai.com'], source: org('superb-ai') },
    { id: 'aim-intelligence', name: 'AIM Intelligence', vendor: 'AIM Intelligence', category: 'developer-platform', domains: ['aim-intelligence.com'], source: org('aim-intelligence') },
    // Speech, audio, music, image.
    { id: 'vito-rtzr', name: 'VITO', vendor: 'Return Zero (RTZR)', category: 'meeting', domains: ['vito.ai', 'rtzr.ai'], source: product('return-zero-vito') },
    { id: 'gaudio-lab', name: 'Gaudio Lab', vendor: 'Gaudio Lab', category: 'audio', domains: ['gaudiolab.com'], source: org('gaudio-lab') },
    { id: 'pozalabs', name: 'Pozalabs', vendor: 'Pozalabs', category: 'audio', domains: ['pozalabs.com'], source: org('pozalabs') },
    { id: 'lionrocket', name: 'LionRocket', vendor: 'LionRocket', category: 'image', domains: ['lionrocket.ai'], source: org('lionrocket') },
    { id: 'illustrious-xl', name: 'Illustrious XL', vendor: 'OnomaAI', category: 'image', domains: ['illustrious-xl.ai'], source: org('onomaai') },
    // Legal AI.
    { id: 'allibee', name: 'Allibee', vendor: 'BHSN', category: 'other', domains: ['allibee.ai', 'bhsn.ai'], source: product('bhsn-allibee-agent') },
    { id: 'bigcase', name: 'BigCase', vendor: 'Law&Company', category: 'search', domains: ['bigcase.ai'], source: product('law-and-company-bigcase') },
    { id: 'intellicon-ulex', name: 'Intellicon (U-LEX, AlphaLaw)', vendor: 'Intellicon', category: 'other', domains: ['intellicon.co.kr'], source: product('intellicon-u-lex') },
    // HR AI.
    { id: 'genesis-lab-viewinter', name: 'Genesis Lab (ViewinterHR)', vendor: 'Genesis Lab', category: 'other', domains: ['genesislab.ai'], source: org('genesis-lab') },
    // Medical-imaging AI makers (their sites are wholly about their AI products, as Lunit's is).
    { id: 'vuno', name: 'VUNO Med', vendor: 'VUNO', category: 'other', domains: ['vuno.co'], source: product('vuno-deepcars') },
    { id: 'deepnoid', name: 'DEEPNOID', vendor: 'Deepnoid', category: 'other', domains: ['deepnoid.com'], source: product('deepnoid-m4cxr') },
    { id: 'coreline-aview', name: 'AVIEW', vendor: 'Coreline Soft', category: 'other', domains: ['corelinesoft.com'], source: product('coreline-aview-lcs-plus') },
    { id: 'jlk-medihub', name: 'MEDIHUB', vendor: 'JLK', category: 'other', domains: ['jlkgroup.com'], source: product('jlk-medihub-stroke') },
  ],
  { checked: CHECKED_C12, region: 'korea' },
);
