// Thirteenth-session dataset pass, helper datasets (2026-12-06, issue 15): AI-first products from machine-readable
// startup datasets that no list pinned before. Sources read, each at the commit pinned in `LISTS`:
// veerdosi/techstars-api (api/industries/ai-ml.json, a JSON scrape of the Techstars portfolio directory's
// "Artificial intelligence and machine learning" industry: name, website, one-line description and location of 1,478
// companies; MIT licence file) and diaodiaozhuye/awesome-ai-startups (data/index.json and data/products/*.json, 263
// AI products with product and company URLs; MIT licence file). Only facts were taken: the company's or product's name
// and the host of the website the record gives. The catalog classified 35 of the 1,289 distinct Techstars AI/ML hosts (2.7%;
// 2 of the 117 further hosts whose one-liner says AI in the other industry files, 37/1,406 or 2.6% in all)
// and 53 of the 103 product and company hosts of awesome-ai-startups (51.5%, search-engine, Docker Hub and directory
// links removed) before these rows. Rows are AI-first products a person uses in a browser (assistants, copilots, agent
// products, AI writing, image, video, audio and meeting tools, AI research and search tools), one domain each, where
// the host is named after the product and the whole site is the product.
// Left out: most of the Techstars AI/ML industry, which is enterprise analytics, computer vision for industry, robotics,
// drones, sensors, autonomous vehicles, drug discovery and clinical AI, geospatial and satellite analytics, lending and
// insurance, blockchain, data marketplaces and general software with machine-learning features (DataRobot-like
// platforms, Polly, Datarade, Whelp); developer infrastructure (LLM evaluation, PII firewalls, prompt tools, parsing
// APIs); records whose name and host disagree (Tawkit with a CopilotKit description, PlugBear for Runbear, Luniate for
// Agent Lunar, Smarsty for Smartsy, Brio for Talimai); hosts that share a word with other products (vector.ai,
// flow.ai, inkdrop.ai beside the Inkdrop notes app, polly.ai beside Amazon Polly); companies closed or bought years ago
// (Init.ai, Applica, Rammer); EmbodyMe's corporate subdomain; Loopholes (a shared word); and mobile-only apps. From awesome-ai-startups: research labs, consultancies, student
// groups, frameworks and companies whose sites are not AI products (Databricks, Vercel, Netdata, Appen, Altair), and
// its search-engine links, which name no host. `ilingban.com` is left out because the record's name is a page title,
// not the product's name.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools, listed } from './define';

const techstars = listed('c13dstechstars', 'api/industries/ai-ml.json');
/** Another industry file of the Techstars scrape. */
const industry = (slug: string) => listed('c13dstechstars', `api/industries/${slug}.json`);
const aas = (file: string) => listed('c13dsaistartups', file);

export const longTailC13DsTools: Tool[] = defineTools(
  'agents',
  [
    // veerdosi/techstars-api, industry ai-ml
    { id: 'rocky-ai', name: 'ROCKY.AI', vendor: 'ROCKY.AI', category: 'chat', domains: ['rocky.ai'], source: techstars },
    { id: 'getrenn-com', name: 'Renn', vendor: 'Renn', category: 'agents', domains: ['getrenn.com'], source: techstars },
    { id: 'luminadata-ai', name: 'LuminaData', vendor: 'LuminaData', category: 'agents', domains: ['luminadata.ai'], source: techstars },
    { id: 'talkstack-ai', name: 'Talkstack', vendor: 'Talkstack', category: 'agents', domains: ['talkstack.ai'], source: techstars },
    { id: 'inquisio-ai', name: 'Inquisio', vendor: 'Inquisio', category: 'productivity', domains: ['inquisio.ai'], source: techstars },
    { id: 'moneiva-com', name: 'Moneiva', vendor: 'Moneiva', category: 'agents', domains: ['moneiva.com'], source: techstars },
    { id: 'instalabel-ai', name: 'InstaLabel', vendor: 'InstaLabel', category: 'developer-platform', domains: ['instalabel.ai'], source: techstars },
    { id: 'curatedai-eu', name: 'CuratedAI', vendor: 'CuratedAI', category: 'productivity', domains: ['curatedai.eu'], source: techstars },
    { id: 'biomodai-com', name: 'Biomod AI', vendor: 'Biomod AI', category: 'search', domains: ['biomodai.com'], source: techstars },
    { id: 'grandstage-app', name: 'Grandstage', vendor: 'Grandstage', category: 'writing', domains: ['grandstage.app'], source: techstars },
    { id: 'awaaz-ai', name: 'Awaaz', vendor: 'Awaaz', category: 'agents', domains: ['awaaz.ai'], source: techstars },
    { id: 'msb-ai', name: 'GURU', vendor: 'MSBAI', category: 'chat', domains: ['msb.ai'], source: techstars },
    { id: 'poliark-com', name: 'Poliark', vendor: 'Poliark', category: 'image', domains: ['poliark.com'], source: techstars },
    { id: 'reppls-com', name: 'Reppls', vendor: 'Reppls', category: 'agents', domains: ['reppls.com'], source: techstars },
    { id: 'inkwire-co', name: 'Inkwire', vendor: 'Inkwire', category: 'productivity', domains: ['inkwire.co'], source: techstars },
    { id: 'affiniti-ai', name: 'Affiniti AI', vendor: 'Affiniti AI', category: 'chat', domains: ['affiniti.ai'], source: techstars },
    { id: 'synthally-com', name: 'SynthAlly', vendor: 'SynthAlly', category: 'agents', domains: ['synthally.com'], source: techstars },
    { id: 'sonnetai-com', name: 'Sonnet', vendor: 'Sonnet', category: 'writing', domains: ['sonnetai.com'], source: techstars },
    { id: 'granter-ai', name: 'Granter', vendor: 'Granter', category: 'writing', domains: ['granter.ai'], source: techstars },
    { id: 'engyne-ai', name: 'Engyne', vendor: 'Engyne', category: 'writing', domains: ['engyne.ai'], source: techstars },
    { id: 'edifii-me', name: 'Edifii', vendor: 'Edifii', category: 'chat', domains: ['edifii.me'], source: techstars },
    { id: 'cuvris-com', name: 'Cuvris', vendor: 'Cuvris', category: 'agents', domains: ['cuvris.com'], source: techstars },
    { id: 'prismia-so', name: 'Prismia', vendor: 'Prismia', category: 'agents', domains: ['prismia.so'], source: techstars },
    { id: 'videodraft-ai', name: 'VideoDraft', vendor: 'VideoDraft', category: 'video', domains: ['videodraft.ai'], source: techstars },
    { id: 'askhenna-com', name: 'Henna', vendor: 'Henna', category: 'agents', domains: ['askhenna.com'], source: techstars },
    { id: 'cobroker-ai', name: 'Cobroker AI', vendor: 'Cobroker AI', category: 'agents', domains: ['cobroker.ai'], source: techstars },
    { id: 'sentius-ai', name: 'Sentius', vendor: 'Sentius', category: 'productivity', domains: ['sentius.ai'], source: techstars },
    { id: 'iqland-ai', name: 'IQLAND', vendor: 'IQLAND', category: 'productivity', domains: ['iqland.ai'], source: techstars },
    { id: 'proptexx-com', name: 'PropTexx', vendor: 'PropTexx', category: 'image', domains: ['proptexx.com'], source: techstars },
    { id: 'immigify-com', name: 'Immigify', vendor: 'Immigify', category: 'agents', domains: ['immigify.com'], source: techstars },
    { id: 'waggle-work', name: 'Waggle', vendor: 'Waggle', category: 'productivity', domains: ['waggle.work'], source: techstars },
    { id: 'mimrr-com', name: 'Mimrr', vendor: 'Mimrr', category: 'coding', domains: ['mimrr.com'], source: techstars },
    { id: 'polarsearch-io', name: 'Polar Search', vendor: 'Polar Search', category: 'search', domains: ['polarsearch.io'], source: techstars },
    { id: 'lexiq-io', name: 'LexIQ', vendor: 'LexIQ', category: 'writing', domains: ['lexiq.io'], source: techstars },
    { id: 'askmay-com', name: 'askMay', vendor: 'askMay', category: 'productivity', domains: ['askmay.com'], source: techstars },
    { id: 'nabu-io', name: 'Nabu', vendor: 'Nabu', category: 'agents', domains: ['nabu.io'], source: techstars },
    { id: 'dodocs-ai', name: 'DoDocs', vendor: 'DoDocs', category: 'agents', domains: ['dodocs.ai'], source: techstars },
    { id: 'konvas-ai', name: 'Konvas AI', vendor: 'Konvas AI', category: 'agents', domains: ['konvas.ai'], source: techstars },
    { id: 'parsedco-com', name: 'Parsed', vendor: 'Parsed', category: 'agents', domains: ['parsedco.com'], source: techstars },
    { id: 'suchmuchai-com', name: 'Such Much AI', vendor: 'Such Much AI', category: 'agents', domains: ['suchmuchai.com'], source: techstars },
    { id: 'talknagish-com', name: 'Nagish', vendor: 'Nagish', category: 'audio', domains: ['talknagish.com', 'nagish.com'], source: techstars }, // nagish.com joined at the twenty-third session's merge: the translate2 pass met Nagish's own pages there (data/long-tail-c23-translate2.ts)
    { id: 'remesh-ai', name: 'Remesh', vendor: 'Remesh', category: 'search', domains: ['remesh.ai'], source: techstars },
    { id: 'conversight-ai', name: 'ConverSight', vendor: 'ConverSight', category: 'search', domains: ['conversight.ai'], source: techstars },
    { id: 'rainbird-ai', name: 'Rainbird', vendor: 'Rainbird', category: 'agents', domains: ['rainbird.ai'], source: techstars },
    { id: 'anam-ai', name: 'Anam', vendor: 'Anam', category: 'video', domains: ['anam.ai'], source: techstars },
    { id: 'knolly-ai', name: 'Knolly', vendor: 'Knolly', category: 'search', domains: ['knolly.ai'], source: techstars },
    { id: 'naria-ai', name: 'Naria', vendor: 'Naria', category: 'image', domains: ['naria.ai'], source: techstars },
    { id: 'ozeki-ai', name: 'Ozeki', vendor: 'Ozeki', category: 'writing', domains: ['ozeki.ai'], source: techstars },
    { id: 'storywise-ai', name: 'Storywise', vendor: 'Storywise', category: 'writing', domains: ['storywise.ai'], source: techstars },
    { id: 'mowa-ai', name: 'Mowa', vendor: 'Mowa', category: 'audio', domains: ['mowa.ai'], source: techstars },
    { id: 'docufi-ai', name: 'docufi', vendor: 'docufi', category: 'writing', domains: ['docufi.ai'], source: techstars },
    { id: 'imaginario-ai', name: 'Imaginario', vendor: 'Imaginario', category: 'video', domains: ['imaginario.ai'], source: techstars },
    { id: 'spiky-ai', name: 'Spiky', vendor: 'Spiky', category: 'meeting', domains: ['spiky.ai'], source: techstars },
    { id: 'timecredit-ai', name: 'TimeCredit', vendor: 'TimeCredit', category: 'writing', domains: ['timecredit.ai'], source: techstars },
    { id: 'outlit-ai', name: 'Outlit', vendor: 'Outlit', category: 'writing', domains: ['outlit.ai'], source: techstars },
    { id: 'higheru-ai', name: 'Higheru', vendor: 'Higheru', category: 'chat', domains: ['higheru.ai'], source: techstars },
    { id: 'alleo-ai', name: 'Alleo', vendor: 'Alleo', category: 'productivity', domains: ['alleo.ai'], source: techstars },
    { id: 'shaztra-ai', name: 'Shaztra', vendor: 'Shaztra', category: 'coding', domains: ['shaztra.ai'], source: techstars },
    { id: 'nongo-ai', name: 'Nongo', vendor: 'Nongo', category: 'chat', domains: ['nongo.ai'], source: techstars },
    { id: 'creativo-ai', name: 'Creativo', vendor: 'Creativo', category: 'writing', domains: ['creativo.ai'], source: techstars },
    { id: 'supercopy-ai', name: 'SuperCopy', vendor: 'SuperCopy', category: 'writing', domains: ['supercopy.ai'], source: techstars },
    { id: 'piepie-ai', name: 'PIEPIE', vendor: 'PIEPIE', category: 'video', domains: ['piepie.ai'], source: techstars },
    { id: 'presence-ai', name: 'Presence AI', vendor: 'Presence AI', category: 'agents', domains: ['presence.ai'], source: techstars },
    { id: 'coworked-ai', name: 'Harmony', vendor: 'Coworked', category: 'agents', domains: ['coworked.ai'], source: techstars },
    { id: 'jaimee-ai', name: 'Jaimee', vendor: 'Jaimee', category: 'chat', domains: ['jaimee.ai'], source: techstars },
    { id: 'innerpeak-ai', name: 'Inner Peak AI', vendor: 'Inner Peak AI', category: 'chat', domains: ['innerpeak.ai'], source: techstars },
    { id: 'auralyze-ai', name: 'Auralyze', vendor: 'Auralyze', category: 'chat', domains: ['auralyze.ai'], source: techstars },
    { id: 'produx-ai', name: 'Produx AI', vendor: 'Produx AI', category: 'productivity', domains: ['produx.ai'], source: techstars },
    { id: 'cloverleaf-ai', name: 'Cloverleaf AI', vendor: 'Cloverleaf AI', category: 'search', domains: ['cloverleaf.ai'], source: techstars },
    { id: 'intellectible', name: 'Intellectible', vendor: 'Intellectible', category: 'writing', domains: ['intellectible.com'], source: techstars },
    { id: 'ovida-io', name: 'Ovida', vendor: 'Ovida', category: 'productivity', domains: ['ovida.io'], source: techstars },
    { id: 'out-read', name: 'Outread', vendor: 'Outread', category: 'search', domains: ['out-read.com'], source: techstars },
    { id: 'slait-school', name: 'SLAIT School', vendor: 'SLAIT School', category: 'chat', domains: ['slait.school'], source: techstars },
    { id: 'nativespeaking', name: 'Native', vendor: 'Native', category: 'chat', domains: ['nativespeaking.net'], source: techstars },
    { id: 'pique-so', name: 'Pique', vendor: 'Pique', category: 'meeting', domains: ['pique.so'], source: techstars },
    { id: 'maket-ca', name: 'Maket', vendor: 'Maket', category: 'image', domains: ['maket.ca'], source: techstars },
    { id: 'freewrtr', name: 'freeWriter', vendor: 'freeWriter', category: 'writing', domains: ['freewrtr.com'], source: techstars },
    { id: 'cai-audio', name: 'Cai', vendor: 'Cai', category: 'audio', domains: ['cai.audio'], source: techstars },
    { id: 'semanttic', name: 'Semanttic', vendor: 'Semanttic', category: 'presentation', domains: ['semanttic.com'], source: techstars },
    { id: 'deephow', name: 'DeepHow', vendor: 'DeepHow', category: 'video', domains: ['deephow.com'], source: techstars },
    { id: 'splashhq', name: 'Splash', vendor: 'Splash', category: 'audio', domains: ['splashhq.com'], source: techstars },
    { id: 'yoona-tech', name: 'Yoona', vendor: 'Yoona', category: 'image', domains: ['yoona-tech.com'], source: techstars },
    // veerdosi/techstars-api, other industries (records whose one-liner says AI, or whose host is a .ai name)
    { id: 'pentopix', name: 'PentoPix', vendor: 'PentoPix', category: 'video', domains: ['pentopix.com'], source: industry('future-of-work') },
    { id: 'dearflow-ai', name: 'DearFlow AI', vendor: 'DearFlow AI', category: 'agents', domains: ['dearflow.ai'], source: industry('future-of-work') },
    { id: 'xpub-ai', name: 'xPub', vendor: 'xPub', category: 'writing', domains: ['xpub.ai'], source: industry('future-of-work') },
    { id: 'getripple-ai', name: 'Ripple AI', vendor: 'Ripple AI', category: 'writing', domains: ['getripple.ai'], source: industry('marketing-tech') },
    { id: 'rondah-ai', name: 'Rondah AI', vendor: 'Rondah AI', category: 'agents', domains: ['rondah.ai'], source: industry('mobile') },
    { id: 'tavolo-ai', name: 'Tavolo', vendor: 'Tavolo', category: 'writing', domains: ['tavolo.ai'], source: industry('mobile') },
    { id: 'oblio-ai', name: 'Oblio', vendor: 'Oblio', category: 'agents', domains: ['oblio.ai'], source: industry('future-of-work') },
    { id: 'zoimeet', name: 'Zoi meet', vendor: 'Zoi meet', category: 'meeting', domains: ['zoimeet.jp'], source: industry('iot') },
    { id: 'joinground', name: 'Ground AI', vendor: 'Ground AI', category: 'agents', domains: ['joinground.com'], source: industry('fintech') },
    { id: 'hipclip-ai', name: 'Hipclip', vendor: 'Hipclip', category: 'video', domains: ['hipclip.ai'], source: industry('tmt') },
    { id: 'ecomtent-ai', name: 'Ecomtent', vendor: 'Ecomtent', category: 'writing', domains: ['ecomtent.ai'], source: industry('mobile') },
    // diaodiaozhuye/awesome-ai-startups
    { id: 'wenxiaobai', name: 'Wenxiaobai (问小白)', vendor: 'Wenxiaobai', category: 'chat', region: 'china', domains: ['wenxiaobai.com'], source: aas('data/index.json') },
    { id: 'financegpt-cloud', name: 'FinanceGPT', vendor: 'FinanceGPT', category: 'search', domains: ['financegpt.cloud'], source: aas('data/products/financegpt.json') },
    { id: 'alloy-app', name: 'Alloy', vendor: 'Alloy', category: 'coding', domains: ['alloy.app'], source: aas('data/products/alloy.json') },
  ],
  { checked: CHECKED_C13 },
);
