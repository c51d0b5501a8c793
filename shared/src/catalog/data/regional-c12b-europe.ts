// Twelfth-session second regional pass (issue 15, 2026-12-06): European sovereign AI assistants, each read on the
// maker's own page in the stored pages corpus (the page cited in the row). Candidates found on vendors' pages were
// classified first: InnoGPT (innogpt.de) was already matched. Added: telli, the German states' school chatbot run by
// the FWU; the German business chat platforms nele.ai, meinGPT, DeutschlandGPT and Omnifact; and InnoChat, a Swiss
// builder of AI chatbots. Looked for and not found on a page or permissive file that could be cited (left out, never
// guessed): the French state's "Assistant IA" (Albert) chat host, Lucie's chat, ALIA, PLLuM, Minerva, SwissGPT, Hamburg's
// LLMoin and Baden-Württemberg's F13 (internal tools named only in news), and fobizz (a teachers' platform whose AI tools
// have no page of their own that was read). telli's own code is AGPL and was not used as a source.
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
  ],
  { checked: CHECKED_C12, region: 'europe' },
);
