// Eighteenth session, pass `latam` (2026-12-06): AI products made in Latin America, Spain and Portugal, or made
// mainly for Spanish and Portuguese speakers, that no entry claimed yet: Brazilian and Spanish-language legal AI
// (Lawdeck, Lexy), an AI assistant for Brazilian physicians, education AI from Brazil (Redação Play's ENEM essay
// analysis, Didata, Teachy), an Argentine AI accounting assistant (ContableIA), Brazilian business AI (PropLab, Data
// Agreements, Match Sales CIA, GHouse Engine), a Spanish AI marketing-content platform (Numeia), Spanish-language agent
// and chat platforms (Kônsul Suite, Argentica, PsycoAI), plus global image, video and recipe generators whose Spanish or
// Portuguese terms the searches returned (Studio247, BananaPro.ai, PhotoCV.ai, Roomantic, PixExact, MakeFilm,
// FoodCraft).
//
// Leads. 49 look-ups of the stored `pages` corpus, worded the way vendors word their own legal pages in Spanish and
// Portuguese (términos y condiciones, política de privacidad, aviso de privacidad, aviso legal, condiciones generales de
// contratación; termos de uso, termos de utilização, política de privacidade, LGPD, CNPJ; Ley 1581, Ley 25.326), by
// product kind: legal AI for lawyers and notaries, WhatsApp and Instagram bots, tutors and teacher tools, ENEM essay
// correction, clinical and therapy assistants, accounting and invoicing AI, real-estate, sales and proposal tools,
// content, image and video generators, recipe planners, CV tools. Earlier passes (regional c6/c12/c16/c17, support,
// agents, marketing, voice) had mined these languages heavily: most vendor pages the searches returned were already
// claimed (Elina IA, AtiendeIA, WhatsBot GPT, Atendus, InteligênciaBot, MyContentGPT, IA Online, ContinuumAI, Livia,
// Charla con Mija, OmnIAtix, Onzzy AI, Pakari AI, Locutoria, Metaloss Solven, Solverkey SKAI, DAGEC PDF AI, Mediapost,
// ZynthaBots, FoodiePrep, VibeMV, DIGEN, AISnapEdit and others). Every row cites a terms, privacy, compliance or
// disclosure page, with a path, on the product's own host, and that page says the product generates, answers or analyses
// with AI or names its model provider. Redação Play's compliance page was stored from its http:// address; the row
// cites the https form. app.matchsales.com.br is claimed alone because nothing read ties the parent site to the AI
// coach. Teachy's terms (stored under a /ru/ locale path) name teachy.ai as the platform's site; the c16 verticals pass
// had found no host for it.
//
// Measured with /work/helpers/classify-hosts.mts on the 319 hosts the searches returned (vendors, blogs, news, law
// firms, public bodies and shared hosts alike, in hosts-met.txt of the pass worktree): 37 classified before (11.6%),
// 59 after (18.5%).
//
// Left out. Mobile-only apps paid through the stores (Abogado IA on abogadogpt.org, My Fooder Plan, ChefAi, NutriDeBolso,
// Biblets, Ken); privacy policies still carrying template placeholders (ajuiza.ai, ibsdex.com); pages that never say the
// product uses AI (terap-ia.me's session summaries, clino.ai, ia-notariado.org, psicopilot.com's compliance notice,
// redaai.com.br, avaliemeucurriculo.com.br, niavirtual.com, tecnochat.com, contratechat.com.br,
// legal.assistentesonia.com.br, polylingo.io, arqgpt.cl, legalshelf.mx); agencies and consultancies that build or set up
// AI for clients (incote.click, ivamstudioia.com, upward.com.br, touchworks.com.br, kudaw.com, smartreach.com.mx);
// general products with an AI feature (autocloser.com.br, left out by the agents pass too; lexaiapp.cloud, left out by
// the euro pass; comprehension.club, educai.school, mentu.co, kitchenpocket.com, camplus.cl, conformidoc.com,
// ecoaudit-ai.com); a marketplace of AI services (alanturing.com.br); single-company WhatsApp bots (El Güey AI Bot, A&J
// Phygital, OpenMind Bot, asas.art.br's AI-Agent); pages cited only by a query id (sellerchat.ai's ?p=1624, a Colombian
// AI-assistant builder worth a row once a page with a path is found); vendor blogs only (archivosya.com, amisoft.ai's
// Lexflow, klinity.com, doctorflow.app, criaai.app.br, smartdentalbot.com); law firms' own AI-use policies
// (fguimaraesadv.com, jnunesadvocacia.com); public bodies (iaedu.pt, portal.fazenda.rj.gov.br,
// infod.educacion.gob.ar); and shared platforms (documentoia.pages.dev, veredito-site.pages.dev, two Firebase
// hosted.app products, legal-pages-24y.pages.dev, an Inglés Fácil github.io policy, a Google Sites recipe-app policy).
//
// Found by another pass too and kept once (merge, 2026-12-06): MakeFilm in the video pass's file; Match Sales CIA, Kônsul Suite in the meetings pass's file; PropLab in the writing pass's file.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const regionalC18LatamTools: Tool[] = defineTools(
  'other',
  [
    // --- Legal, medical, education and accounting AI ---
    { id: 'lawdeck', name: 'Lawdeck', vendor: 'LAWDECK LTDA', category: 'writing', domains: ['lawdeck.ai'], source: 'https://lawdeck.ai/termos-de-uso', region: 'latam' }, // terms (Portuguese): tools for lawyers that create and edit legal documents and theses with generative AI; the app is app.lawdeck.ai
    { id: 'lexy-plus', name: 'Lexy (lexy.plus)', vendor: 'Lexy', category: 'writing', domains: ['lexy.plus'], source: 'https://lexy.plus/terminos' }, // terms (Spanish): a platform generating legal contracts with AI, AI-assisted legal drafting
    { id: 'meu-preceptor', name: 'Meu Preceptor', vendor: 'Meu Preceptor', category: 'chat', domains: ['meupreceptor.com.br'], source: 'https://meupreceptor.com.br/politica-de-privacidade', region: 'latam' }, // privacy (Portuguese): an AI system for licensed physicians suggesting diagnoses, prescriptions and treatments
    { id: 'redacao-play', name: 'Redação Play', vendor: 'Redação Play', category: 'writing', domains: ['redacaoplay.com.br'], source: 'https://redacaoplay.com.br/legal/conformidade', region: 'latam' }, // AI compliance page (Portuguese): submitted ENEM essays are analysed by AI for structure, grammar and argument before teachers' review
    { id: 'didata-ai', name: 'Didata', vendor: 'Didata Tecnologia Ltda.', domains: ['didata.ai'], source: 'https://didata.ai/en/terms-of-service', region: 'latam' }, // terms: an educational platform (Belo Horizonte) that generates study content and grades activities with AI
    { id: 'teachy-ai', name: 'Teachy', vendor: 'Teachy Education', domains: ['teachy.ai'], source: 'https://teachy.ai/ru/docs/terms', region: 'latam' }, // terms: a platform at teachy.ai for teachers to prepare assessments and school materials with AI (Brazilian contact address); the c16 verticals pass found no host for it
    { id: 'contableia', name: 'ContableIA', vendor: 'ContableIA', category: 'chat', domains: ['contableia.com.ar'], source: 'https://contableia.com.ar/en/terminos/', region: 'latam' }, // terms: an AI accounting assistant answering questions on Argentine standards (FACPCE RT 59), beside economic indicators
    // --- Business, agent and chat AI in Portuguese and Spanish ---
    { id: 'data-agreements', name: 'Data Agreements', vendor: 'Data Agreements', category: 'agents', domains: ['dataagreements.com'], source: 'https://www.dataagreements.com/legal/en/privacy', region: 'latam' }, // privacy (LGPD first, then GDPR): an AI agent answers and drafts deliverables over the user's uploaded documents (RAG)
    { id: 'numeia', name: 'Numeia', vendor: 'Numeia Marketing S.L.', category: 'writing', domains: ['numeia.com'], source: 'https://numeia.com/privacy-policies', region: 'europe' }, // terms and AI policy (Spanish): an AI-driven digital-marketing platform generating visual and text content in a brand's voice
    { id: 'ghouse-engine', name: 'GHouse Engine', vendor: 'GHouse Studio', category: 'agents', domains: ['ghouse.studio'], source: 'https://www.ghouse.studio/termos', region: 'latam' }, // terms (Portuguese): a multi-tenant platform of AI agents for WhatsApp customer service and lead qualification (São Paulo)
    { id: 'argentica-ai', name: 'Argentica', vendor: 'Argentica', category: 'chat', domains: ['argentica.ai'], source: 'https://argentica.ai/it/terms' }, // terms: AI chat over OpenAI and Anthropic models, MCP tool integrations and automated tasks; site in Spanish and Portuguese among others
    { id: 'psyco-ai', name: 'PsycoAI', vendor: 'PsycoAI', category: 'chat', domains: ['psyco.ai'], source: 'https://psyco.ai/en/legal/terms-conditions' }, // terms: AI agents giving personalised emotional-support conversations, and custom AI agents for businesses
    // --- Global generators met through their Spanish and Portuguese terms ---
    { id: 'studio247-design', name: 'Studio247 (studio247.design)', vendor: 'Studio247', category: 'image', domains: ['studio247.design'], source: 'https://studio247.design/privacy' }, // privacy (Spanish): AI image-generation service; uploaded and generated images processed in real time
    { id: 'bananapro-ai', name: 'BananaPro.ai', vendor: 'BananaPro.ai', category: 'image', domains: ['bananapro.ai'], source: 'https://bananapro.ai/es/terms-of-service' }, // terms (Spanish): an AI image-generation platform creating images from text descriptions
    { id: 'photocv-ai', name: 'PhotoCV.ai', vendor: 'PhotoCV.ai', category: 'image', domains: ['photocv.ai'], source: 'https://www.photocv.ai/es/terminos-y-condiciones' }, // terms (Spanish): professional photos generated with AI
    { id: 'roomantic-app', name: 'Roomantic', vendor: 'LUX GLOBAL LTD', category: 'image', domains: ['roomantic.app'], source: 'https://roomantic.app/es-uy/terms' }, // terms (Spanish): SaaS that uses AI to generate interior-design variations from uploaded photos
    { id: 'pixexact', name: 'PixExact', vendor: 'PixExact', category: 'image', domains: ['pixexact.com'], source: 'https://www.pixexact.com/pt/terms-of-service' }, // terms (Portuguese): an AI-powered SaaS generating images at exact custom dimensions
    { id: 'foodcraft-app', name: 'FoodCraft', vendor: 'Spark Aether Ltd', domains: ['foodcraft.app'], source: 'https://foodcraft.app/pt-BR/terms' }, // terms (Portuguese): recipes adapted by integrated AI systems, AI-generated content, meal planning
  ],
  { checked: CHECKED_C18 },
);
