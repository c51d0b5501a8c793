// Twelfth-session second regional pass (issue 15, 2026-12-06): European sovereign AI assistants, each read on the
// maker's own page in the stored pages corpus (the page cited in the row). Candidates found on vendors' pages were
// classified first: InnoGPT (innogpt.de) was already matched. Added: telli, the German states' school chatbot run by
// the FWU; the German business chat platforms nele.ai, meinGPT, DeutschlandGPT and Omnifact; InnoChat, a Swiss builder
// of AI chatbots; indigo.ai (Italy); Xavi9 and Solverkey's SKAI (Spain); and Svea AI, Larabot and GlennGPT (Sweden).
// Also already matched among the same searches' vendor pages: iaiaz and Skol-IA (France), Smartsvar (Sweden),
// asistente.cloud (Spain), Elina IA (Mexico), and Czat.ai and RozmawiajAI (Poland). Looked for and not found on a page or
// permissive file that could be cited (left out, never guessed): the French state's "Assistant IA" (Albert) chat host,
// Lucie's chat, ALIA, PLLuM, Minerva, Vitruvian, SwissGPT, Hamburg's LLMoin and Baden-Württemberg's F13 (news pages or
// internal tools only), and fobizz (a teachers' platform whose AI tools have no page of their own that was read). Also
// left out: MAITE.AI and Persate (their pages read do not say what the product is or where it is made), an integrator
// and two agencies, and three AI chat products not made for one region (Chats LLM, Chatloom, OmnIAtix Chat), handed
// over instead. telli's own code is AGPL and was not used as a source.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools } from './define';

export const regionalC12bEuropeTools: Tool[] = defineTools(
  'chat',
  [
    // telli's accessibility statement, on its own domain, names chat.telli.schule as the chatbot's interface; the
    // whole domain is the chatbot and its pages (FAQ, terms, imprint).
    {
      id: 'telli',
      name: 'telli',
      vendor: 'FWU Institut für Film und Bild in Wissenschaft und Unterricht',
      domains: ['telli.schule'],
      source: 'https://telli.schule/barrierefreiheitserklaerung',
    },
    // Terms of use for "the nele.ai software", provided by GAL Digital GmbH.
    { id: 'nele-ai', name: 'nele.ai', vendor: 'GAL Digital', domains: ['nele.ai'], source: 'https://nele.ai/en/terms-of-use' },
    // The privacy policy of "our B2B AI platform meinGPT" names SelectCode GmbH and https://meingpt.com.
    {
      id: 'meingpt',
      name: 'meinGPT',
      vendor: 'SelectCode',
      domains: ['meingpt.com'],
      source: 'https://docs.meingpt.com/de/privacy-security/privacy-policy',
    },
    // The technology page describes the product, an AI dialogue (chat) with retrieval, hosted in Germany.
    {
      id: 'deutschlandgpt',
      name: 'DeutschlandGPT',
      vendor: 'DeutschlandGPT',
      domains: ['deutschlandgpt.de'],
      source: 'https://deutschlandgpt.de/technologie',
    },
    // Omnifact's data processing agreement (Omnifact GmbH, Frankfurt) for its enterprise generative-AI platform.
    { id: 'omnifact', name: 'Omnifact', vendor: 'Omnifact', domains: ['omnifact.ai'], source: 'https://omnifact.ai/dpa' },
    // The privacy policy of innochat.ch: a SaaS platform for building AI chatbots (innoQ Research GmbH, Baar).
    {
      id: 'innochat',
      name: 'InnoChat',
      vendor: 'innoQ Research',
      category: 'agents',
      domains: ['innochat.ch'],
      source: 'https://www.innochat.ch/privacy-policy',
    },
    // indigo.ai's platform guide (glossary): a platform to build, manage and deploy conversational AI agents (Italy).
    {
      id: 'indigo-ai',
      name: 'indigo.ai',
      vendor: 'indigo.ai',
      category: 'agents',
      domains: ['indigo.ai'],
      source: 'https://guide.indigo.ai/getting-started/glossary',
    },
    // Xavi9's terms of use (Digital Cupcake Barcelona S.L.U.): an AI platform for businesses, chat with several models
    // and retrieval over company documents.
    { id: 'xavi9', name: 'Xavi9', vendor: 'Digital Cupcake Barcelona', domains: ['xavi9.com'], source: 'https://www.xavi9.com/terminos-uso' },
    // SKAI, Solverkey's switchboard of AI agents (chat and voice): its legal clauses, on the product's own subdomain.
    // solverkey.es, the company's site, stays unclaimed.
    {
      id: 'solverkey-skai',
      name: 'SKAI',
      vendor: 'Solverkey',
      category: 'agents',
      domains: ['skai.solverkey.es'],
      source: 'https://skai.solverkey.es/condiciones',
    },
    // Svea AI's privacy policy (Svea AI Technology AB): AI chatbots, SMS and email AI and document Q&A for businesses and
    // the public sector in Sweden.
    {
      id: 'svea-ai',
      name: 'Svea AI',
      vendor: 'Svea AI Technology',
      category: 'agents',
      domains: ['sveaai.se'],
      source: 'https://sveaai.se/privacy-policy',
    },
    // Larabot's privacy policy (Midgard AI AS): the Larabot AI chatbot service for Swedish businesses.
    {
      id: 'larabot',
      name: 'Larabot',
      vendor: 'Midgard AI',
      category: 'agents',
      domains: ['larabot.se'],
      source: 'https://larabot.se/page/integritetspolicy',
    },
    // GlennGPT's privacy policy, on its maker's site aisamtal.se: an AI chat service hosted in Sweden, reached at
    // glenngpt.se and glenngpt.aisamtal.se.
    {
      id: 'glenngpt',
      name: 'GlennGPT',
      vendor: 'aisamtal',
      domains: ['glenngpt.se', 'aisamtal.se'],
      source: 'https://aisamtal.se/privacy.html',
    },
  ],
  { checked: CHECKED_C12, region: 'europe' },
);
