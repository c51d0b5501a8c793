// Sixth regional pass (CHECKED_3), European part of regional-c6-terms.ts (split for size): small European AI
// services that no entry matched, each read on its own terms of service, user agreement or privacy page (stored pages),
// which names the service, what its AI does and its host: German, French, Belgian, Spanish, Bulgarian, Polish, Italian,
// Dutch, Portuguese, Czech, Slovak, Ukrainian, Romanian, Moldovan, Greek, Swedish and Norwegian AI chat platforms,
// chatbot builders and assistants. Only each service's own domain (or its AI subdomain or section) is claimed.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

export const regionalC6TermsEuropeTools: Tool[] = defineTools('chat', [
  // Europe (German, French and Belgian AI chat platforms and assistants)
  { id: 'beyond-the-loop', name: 'Beyond the Loop', vendor: 'Beyond the Loop', domains: ['beyondtheloop.ai'], source: 'https://beyondtheloop.ai/tscs', region: 'europe' },
  { id: 'innogpt', name: 'InnoGPT', vendor: 'Inno KI', domains: ['innogpt.de'], source: 'https://www.innogpt.de/en/agb', region: 'europe' },
  { id: 'cortexion', name: 'Cortexion', vendor: 'Lindenfield', domains: ['cortexion.ai'], source: 'https://www.cortexion.ai/agb', region: 'europe' },
  { id: 'oatda', name: 'OATDA', vendor: 'OATDA', category: 'developer-platform', domains: ['oatda.com'], source: 'https://oatda.com/fr/agb', region: 'europe' },
  { id: 'iaiaz', name: 'iaiaz', vendor: 'Bajurian', domains: ['iaiaz.com'], source: 'https://www.iaiaz.com/legal/cgu', region: 'europe' },
  { id: 'inspect-ai-eu', name: 'Inspect AI', vendor: "UX's Consulting", category: 'other', domains: ['inspectai.eu'], source: 'https://inspectai.eu/cgv', region: 'europe' },
  { id: 'skol-ia', name: 'Skol-IA', vendor: 'Galaxia', category: 'productivity', domains: ['galax-ia.xyz'], source: 'https://galax-ia.xyz/terms-of-sale/', region: 'europe' },
  // Europe (Spain, Bulgaria)
  { id: 'asistente-cloud', name: 'asistente.cloud', vendor: 'asistente.cloud', category: 'agents', domains: ['asistente.cloud'], source: 'https://www.panel.asistente.cloud/terms', region: 'europe' },
  { id: 'strix-ai', name: 'StrixAI', vendor: 'Strix AI Pioneer Solutions', category: 'agents', domains: ['strixai.es'], source: 'https://strixai.es/terms-of-use.html', region: 'europe' },
  { id: 'metaloss-solven', name: 'Solven (AI notary assistant)', vendor: 'Metaloss Intelligence', category: 'productivity', domains: ['solven.metaloss.es'], source: 'https://solven.metaloss.es/legal/terminos-y-condiciones', region: 'europe' },
  { id: 'aiudantes', name: 'Aiudantes', vendor: 'Aiudantes', category: 'agents', domains: ['aiudant.es'], source: 'https://aiudant.es/terminos-y-condiciones', region: 'europe' },
  { id: 'illustro', name: 'Illustro (AI Illustrator Pro)', vendor: 'Mountain Peak', category: 'image', domains: ['illustro.app'], source: 'https://illustro.app/es/terms-of-service', region: 'europe' },
  // Europe (Poland)
  { id: 'rozmawiaj-ai', name: 'RozmawiajAI', vendor: 'RozmawiajAI', domains: ['rozmawiajai.pl'], source: 'https://rozmawiajai.pl/pages/terms-and-conditions', region: 'europe' },
  { id: 'aipost-pl', name: 'AiPost', vendor: 'AiPost', category: 'writing', domains: ['aipost.pl'], source: 'https://aipost.pl/terms-and-conditions', region: 'europe' },
  { id: 'promptuj-pro', name: 'Promptuj.pro', vendor: 'Surfidea', category: 'writing', domains: ['promptuj.pro'], source: 'https://promptuj.pro/blog/warunki-uzytkowania', region: 'europe' },
  { id: 'czat-ai', name: 'czat.ai', vendor: 'Wondel.ai', domains: ['czat.ai'], source: 'https://czat.ai/regulamin/trenerka.ai', region: 'europe' },
  { id: 'janosik-ai', name: 'Janosik.AI', vendor: 'Janosik.AI', domains: ['janosik.ai'], source: 'https://janosik.ai/regulamin-2/', region: 'europe' },
  { id: 'lovelio-ai-wishes', name: 'Lovelio (AI życzenia / AI wishes)', vendor: 'Lovelio', category: 'writing', domains: ['aizyczenia.pl', 'aiwishes.app'], source: 'https://aizyczenia.pl/regulamin', region: 'europe' },
  // Europe (Italy)
  { id: 'anydialog', name: 'AnyDialog', vendor: 'Brain Computing', category: 'agents', domains: ['anydialog.com'], source: 'https://test.anydialog.com/terms-of-service', region: 'europe' },
  { id: 'paolagen-ai', name: 'Paolagen.ai', vendor: 'Laboratorio delle Idee', domains: ['paolagen.ai'], source: 'https://app.paolagen.ai/terms-conditions', region: 'europe' },
  { id: 'ai-support-pro', name: 'AI SUPPORT PRO', vendor: 'AI SUPPORT PRO', category: 'agents', domains: ['aisupportpro.it'], source: 'https://www.aisupportpro.it/terms-and-conditions', region: 'europe' },
  { id: 'talkforce', name: 'Talkforce', vendor: 'All Industries', category: 'agents', domains: ['talkforce.ai'], source: 'https://www.talkforce.ai/termini-e-condizioni/', region: 'europe' },
  { id: 'cloud-ia-it', name: 'Cloud.ia', vendor: 'Industria Artigiana', category: 'agents', domains: ['cloud-i-a.it'], source: 'https://www.cloud-i-a.it/termini-e-condizioni', region: 'europe' },
  { id: 'vocra-rag-services', name: 'Vocra RAG Services', vendor: 'LB Forge', category: 'agents', domains: ['vocra.lbforge.com'], source: 'https://vocra.lbforge.com/termini-di-servizio', region: 'europe' },
  { id: 'segreteria-zen', name: 'Segreteria Zen', vendor: 'HPR Digital Medicine', category: 'agents', domains: ['segreteriazen.it'], source: 'https://segreteriazen.it/terms-and-conditions', region: 'europe' },
  // Europe (Netherlands, Portugal)
  { id: 'ai-netherlands', name: 'AI Netherlands', vendor: 'AI Netherlands', category: 'agents', domains: ['ai-netherlands.nl'], source: 'https://ai-netherlands.nl/en/?p=1029', region: 'europe' },
  { id: 'botz4u', name: 'Botz4U', vendor: 'Botz4U', category: 'agents', domains: ['botz4u.com'], source: 'https://botz4u.com/algemene-voorwaarden', region: 'europe' },
  { id: 'madbot-ai', name: 'MadBot.ai', vendor: 'ParticleByte', category: 'agents', domains: ['madbot.ai'], source: 'https://www.madbot.ai/nl/terms-and-conditions', region: 'europe' },
  { id: 'aiagent-nl', name: 'AI Agent (aiagent.nl)', vendor: 'AI Agent B.V.', category: 'agents', domains: ['aiagent.nl'], source: 'https://aiagent.nl/en/terms', region: 'europe' },
  { id: 'sitemind-gpt', name: 'SiteMind GPT', vendor: 'AI-ris', category: 'agents', domains: ['sitemindgpt.nl'], source: 'https://www.sitemindgpt.nl/algemenevoorwaarden', region: 'europe' },
  { id: 'dagec-pdf-ai', name: 'PDF AI Agent', vendor: 'DAGEC', category: 'productivity', domains: ['dagecpdf.com'], source: 'https://www.dagecpdf.com/terms', region: 'europe' },
  { id: 'miles-ai', name: 'Miles AI', vendor: 'Barão & Barros', category: 'productivity', domains: ['milesai.app'], source: 'https://milesai.app/pt/terms-of-service', region: 'europe' },
  { id: 'jurisvis', name: 'JurisVis', vendor: 'Hipérbole Pioneira', category: 'search', domains: ['jurisvis.com'], source: 'https://jurisvis.com/landing/terms', region: 'europe' },
  { id: 'dua-ia', name: 'DUA IA', vendor: 'DUA IA', domains: ['dua.2lados.pt'], source: 'https://dua.2lados.pt/privacidade', region: 'europe' },
  // Europe (Czechia, Slovakia, Ukraine)
  { id: 'taibot-cz', name: 'TAIbot', vendor: 'Weby Group', category: 'agents', domains: ['taibot.cz', 'taibot.sk'], source: 'https://www.taibot.cz/vop.xhtml', region: 'europe' }, // taibot.sk (twentieth session, leads pass): the same Weby Group terms on its Slovak host, https://www.taibot.sk/vop.xhtml
  { id: 'bonder-ai', name: 'Bonder AI', vendor: 'Teluga services', domains: ['bonderai.com'], source: 'https://dev.bonderai.com/terms', region: 'europe' },
  { id: 'chatbot-expert', name: 'Chatbot.Expert', vendor: 'Convenient Solutions', category: 'agents', domains: ['chatbot.expert'], source: 'https://chatbot.expert/en/terms', region: 'europe' },
  { id: 'aidero', name: 'Aidero', vendor: 'Microton', domains: ['aidero.cz'], source: 'https://www.aidero.cz/terms', region: 'europe' },
  { id: 'advochatus', name: 'Advochatus', vendor: 'Rag AI', category: 'search', domains: ['advochat.us'], source: 'https://advochat.us/obchodni-podminky', region: 'europe' },
  { id: 'mediavision-ai', name: 'MediaVisionAI', vendor: 'MediaVisionAI', category: 'agents', domains: ['mediavisionai.ink'], source: 'https://mediavisionai.ink/terms-conditions.html', region: 'europe' },
  { id: 'chatly-ua', name: 'Chatly', vendor: 'Chatly', category: 'agents', domains: ['chat-ly.org'], source: 'https://chat-ly.org/terms', region: 'europe' },
  { id: 'elli-ai', name: 'Elli (AI psychological support)', vendor: 'Elli', domains: ['e-lli.com'], source: 'https://e-lli.com/disclaimer-policies-ukr', region: 'europe' },
  { id: 'yoursong-fun', name: 'YourSong', vendor: 'YourSong', category: 'audio', domains: ['yoursong.fun'], source: 'https://yoursong.fun/terms', region: 'europe' },
  { id: 'musicbox-ai', name: 'Muzychna Skrynia (MusicBox AI)', vendor: 'MusicBox AI', category: 'audio', domains: ['musicboxai.fun'], source: 'https://www.musicboxai.fun/terms.html', region: 'europe' },
  { id: 'chat-space', name: 'Chat Space', vendor: 'Chat Space', category: 'agents', domains: ['chat-space.ai'], source: 'https://chat-space.ai/en/rules.html', region: 'europe' },
  // Europe (Romania, Moldova, Greece, Sweden, Norway)
  { id: 'seenly-ai', name: 'Seenly.ai', vendor: 'Etienne Solutions', category: 'developer-platform', domains: ['seenly.ai'], source: 'https://seenly.ai/termeni-si-conditii', region: 'europe' },
  { id: 'allai-ro', name: 'AllAI', vendor: 'AllAI', category: 'agents', domains: ['allai.ro'], source: 'https://allai.ro/en/terms', region: 'europe' },
  { id: 'aichat-md', name: 'aichat.md', vendor: 'Mega Promoting', category: 'agents', domains: ['aichat.md'], source: 'https://aichat.md/ro/privacy-policy', region: 'europe' },
  { id: 'claila', name: 'CLAILA', vendor: 'CLAILA.com', domains: ['claila.com'], source: 'https://claila.com/ro/terms-and-conditions', region: 'europe' },
  { id: 'tissia', name: 'Tissia', vendor: 'Carpathica Authentic', category: 'agents', domains: ['tissia.ro'], source: 'https://tissia.ro/en-us/terms', region: 'europe' },
  { id: 'evenly-care', name: 'Evenly', vendor: 'Evenly', category: 'meeting', domains: ['evenly.care'], source: 'https://evenly.care/el/terms', region: 'europe' },
  { id: 'maigreece', name: 'mAiGreece (digital assistant)', vendor: 'Greek Ministry of Tourism', urlPrefixes: ['mintour.gov.gr/maigreece'], source: 'https://mintour.gov.gr/maigreece/usagepolicy/', region: 'europe' },
  { id: 'smartsvar', name: 'Smartsvar', vendor: 'Smartsvar', category: 'agents', domains: ['smartsvar.se'], source: 'https://www.smartsvar.se/allm%C3%A4nna-villkor', region: 'europe' },
  { id: 'ai-sweden-my-ai', name: 'My AI (AI Sweden)', vendor: 'AI Sweden', domains: ['my.ai.se'], source: 'https://my.ai.se/terms', region: 'europe' },
  { id: 'skolebot', name: 'Skolebot', vendor: 'Midgard AI', domains: ['skolebot.no'], source: 'https://skolebot.no/page/brukervilkar', region: 'europe' },
  { id: 'hej-chat', name: 'hej (Algorithma chatbot)', vendor: 'Algorithma Technologies', category: 'agents', domains: ['hej.chat'], source: 'https://staging.hej.chat/terms', region: 'europe' },
  { id: 'ai-nordica', name: 'AI Nordica', vendor: 'ED Group IT', category: 'agents', domains: ['ainordica.com'], source: 'https://ainordica.com/termsofservice', region: 'europe' },
], { checked: CHECKED_3 });
