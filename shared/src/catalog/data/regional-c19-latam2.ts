// Nineteenth session, second Latin America pass (2026-12-06, helper `latam2`): AI products made in or mainly for
// Brazil, Mexico, Colombia, Chile and the rest of Latin America that no entry claimed yet, beside what the eighteenth
// session's latam pass (data/regional-c18-latam.ts) took up: Brazilian AI scribes for physicians (Voa, Simple One
// Med), Brazilian education AI (Letrus's ENEM essay grading, Ensinia and QProva for teachers' questions and
// corrections), a Brazilian multi-agent platform (Ars Data Science) and an AI product-photo studio (StillEdit),
// Colombian AI customer-conversation agents (intuIA.ai, Scarlett), Chile's Parlamento.ai (legislative monitoring with
// an AI chat), plus an AI chatbot for immigrant youth in Japan with a Portuguese version (vai vai chat) and two
// generators met through their Portuguese pages (PixelForge AI, VoxFood).
//
// Leads. 53 look-ups of the stored `pages` corpus, worded the way vendors word their own legal pages in Portuguese and
// Spanish (termos de uso, política de privacidade, LGPD, CNPJ, LTDA; términos y condiciones, aviso de privacidad,
// LFPDPPP, Ley 1581 de 2012, Ley 19.628, Ley 29733, S.A.S., SpA, S.A.C., S.R.L., S.A. de C.V.) and in English around
// Latin American company forms, by product kind: WhatsApp sales and support agents, petitions and legal research for
// lawyers, lesson plans, question banks and essay correction for teachers, concurso and PAES preparation, meeting
// minutes, AI scribes for physicians and psychologists, accounting and tax assistants, real-estate listings, social
// posts, nutrition, image and video generators, clinic secretaries. Generic Portuguese and Spanish wording mostly
// returned articles, law-firm AI policies and news; wording around company forms (LTDA, S.A.S., SpA, S.A. de C.V.)
// returned most of the vendors. Earlier passes had mined these languages heavily: most vendor pages the searches
// returned were already claimed and are left to their entries (IA First Brasil, Elina IA, iAssistance, ChatRadar,
// OmnIAtix, AtiendeIA, Atendus, WhatsBot GPT, InteligênciaBot, Onzzy AI, Pakari AI, GHouse Engine, MyContentGPT,
// Mediapost, Lawdeck, Jus IA, Redação Play, Didata, Meu Preceptor, Manda pra Nutri, Lotou AI, Match Sales CIA,
// Meet2Doc, Locutoria, Make Talk, SIPPulse A.I., Lead2Sales, Tributar Intelligence, FASHION PRO, JurisVis, Argentica,
// IA Online, Livia, Charla con Mija, Aiudantes, Illustro, GPT0, Visual Electric, AISnapEdit, PixExact, MakeFilm).
// Every row cites a terms, privacy, FAQ or docs page with a path on the product's own host, and each page says in the
// vendor's words that the product generates, transcribes, grades or answers with AI or names its model providers.
// Letrus is cited on its FAQ host faq.letrus.com.br (the path percent-encoded); QProva's terms, read on qprova.com,
// name qprova.com.br as the service's address, so both hosts are claimed; Voa's integration docs on docs.voa.health
// describe the documents its AI generates inside a health record (and the embed host integration.voa.health).
//
// Measured with /work/helpers/classify-hosts.mts on the 304 hosts the searches returned (vendors, blogs, news, law
// firms, public bodies and shared hosts alike, in /work/helpers/out/latam2-hosts.txt): 46 classified before (15.1%),
// 60 after (19.7%).
//
// Left out. Products seen only on their blogs or news (Jurídico AI's LGPD article on juridico.ai, ChatADV, Alfaneo,
// Cria.AI, Turivius's portal on foco.digital, Klinity, Auroria, Letrus's school partners, Resolve Juizado); pages cited
// only by a query id (maketalk.ai's ?p=46, which names maketalk.app as Make Talk's service host, a lead for an alias
// on the make-talk entry; sellerchat.ai's ?p=1624 again); pages that never say the product uses AI
// (historiadesenhada.com.br on a staging host, aistra.com.ar, sarah.ar, airie.io, secretariaplus.com.br,
// velvion.com.br, allaimed.criaincubator.com.br, sinapsysapp.com.br, gestmkt.com.br, gnnais.com.br, rsvortex.com,
// duvidajuridica.com.br, texpa.com.br); general products with an AI feature (kyzen.live, a WhatsApp CRM whose replies
// can be automated with third-party models; finsium.com's BI software; loja.top's e-commerce services;
// voceconcursado.com.br's AI essay correction for its course students; centralserver.com's site chatbots; justto.com.br;
// legal.cosmic-al.com, whose orchestration service never says what it generates; mediavox.co's product suite);
// consultancies and agencies that build AI for clients (touchworks.com.br, kudaw.com, skyzer.co, agentsmith.agency,
// helixsoft.co, incote.click); single-company bots (El Güey AI Bot, Zarpe's chatbot, asas.art.br); a script whose
// policy points to whoever hosts it (Chat Aberto AI on on1chat.sbs); mobile-only apps (Abogado IA, NutriDeBolso,
// NutriPhoto, grammarapp.online); AI products of other regions (5life.life, AutoReel); law firms' own AI-use policies
// and public bodies (bassildower.com, fguimaraesadv.com, portal.fazenda.rj.gov.br, psu.demre.cl); and shared platforms
// (veredito-site and digitaljus-app-br on pages.dev, two Firebase hosted.app products, a fly.dev nutrition app,
// arewa-ai-github-io and synodos-xyz on pages.dev, a notion.site scribe's terms, a Google Sites calorie-app policy).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const regionalC19Latam2Tools: Tool[] = defineTools(
  'chat',
  [
    // --- Health and education AI from Brazil ---
    { id: 'voa-health', name: 'Voa', vendor: 'Voa Health', category: 'meeting', domains: ['voa.health'], source: 'https://docs.voa.health/integracao/iframe/instalacao' }, // integration docs (Portuguese): Voa records the consultation inside the health record and its AI generates the chosen clinical document (anamnesis and others)
    { id: 'simple-one-med', name: 'Simple One Med', vendor: 'SIMPLE ONE MED TECNOLOGIA LTDA', category: 'meeting', domains: ['simpleonemed.com.br'], source: 'https://www.simpleonemed.com.br/termos-de-uso' }, // terms (Portuguese): uses artificial intelligence to help generate the text of medical records, reviewed by the physician
    { id: 'letrus', name: 'Letrus', vendor: 'Letrus', category: 'writing', domains: ['letrus.com.br'], source: 'https://faq.letrus.com.br/como-a-intelig%C3%AAncia-fornece-coment%C3%A1rios-para-o-estudante-ap%C3%B3s-cada-atividade' }, // FAQ (Portuguese): Letrus's artificial intelligence (neural networks) scores ENEM essays by competence and comments on each
    { id: 'ensinia', name: 'Ensinia', vendor: 'Ensinia', category: 'other', domains: ['ensinia.com.br'], source: 'https://www.ensinia.com.br/faq' }, // FAQ (Portuguese): credits for AI question generation and AI correction of open answers and essays, from PDFs
    { id: 'qprova', name: 'QProva', vendor: 'RANGEL ESPINDOLA DA ROSA JUNIOR TECNOLOGIA DA INFORMACAO LTDA', category: 'other', domains: ['qprova.com.br', 'qprova.com'], source: 'https://www.qprova.com/en/terms' }, // terms: exam templates and a question bank for teachers, questions generated with the help of integrated AI providers; the service is at qprova.com.br
    // --- Business agents and generators ---
    { id: 'ars-multi-agentes', name: 'Plataforma Multi Agentes (Ars Data Science)', vendor: 'Ars Data Science', category: 'agents', domains: ['multi-agents.cloud'], source: 'https://multi-agents.cloud/politicas-privacidade' }, // privacy (Portuguese): documents and texts processed by the platform's agents, data sent to AI providers (OpenAI, Anthropic, Google)
    { id: 'intuia-ai', name: 'intuIA.ai', vendor: 'Integration IT S.A.S.', category: 'agents', domains: ['intuia.ai'], source: 'https://www.intuia.ai/en/legal/terms' }, // terms (Colombia): SaaS that uses AI to automate, analyse and manage conversations through agents; the maker's ConectiaChat is a separate human-agent inbox
    { id: 'scarlett-blue-chip', name: 'Scarlett (tryscarlett.com)', vendor: 'EMPRESAS BLUE CHIP S.A.S.', category: 'agents', domains: ['tryscarlett.com'], source: 'https://tryscarlett.com/terms' }, // terms (Medellín): an AI-powered SaaS whose Scarlett AI agent manages customer interactions for businesses
    { id: 'parlamento-ai', name: 'Parlamento.ai', vendor: 'TOTOMENU SpA', category: 'search', domains: ['parlamento.ai'], source: 'https://parlamento.ai/p/legal/contrato-empresarial' }, // enterprise contract (Chile): legislative monitoring with session transcripts, alerts and a chat with artificial intelligence over legislative documents
    { id: 'stilledit', name: 'StillEdit', vendor: 'StillEdit', category: 'image', domains: ['stilledit.pro'], source: 'https://stilledit.pro/termos-de-uso' }, // terms (Portuguese): a platform that uses artificial intelligence to turn simple product photos into professional images
    // --- Met through their Portuguese pages, made elsewhere ---
    { id: 'vai-vai-chat', name: 'vai vai chat', vendor: 'immi lab', domains: ['vaivaichat.org'], region: 'japan', source: 'https://www.vaivaichat.org/pt/legal/terms-of-service' }, // terms (Portuguese version): an AI-powered chatbot for young people of immigrant background living in Japan, run by a non-profit
    { id: 'pixelforge-ai', name: 'PixelForge AI', vendor: 'PixelForge', category: 'image', domains: ['pixelforge.vip'], region: 'global', source: 'https://pixelforge.vip/pt/terms' }, // terms (Portuguese): AI image processing (upscaling, background removal, face restoration) on credits
    { id: 'voxfood', name: 'VoxFood', vendor: 'VoxFood', category: 'other', domains: ['voxfood.com'], region: 'global', source: 'https://voxfood.com/pt/legal/privacy' }, // privacy (Portuguese): AI meal analysis with Grok and OpenAI and voice transcription through AssemblyAI
  ],
  { checked: CHECKED_C19, region: 'latam' },
);
