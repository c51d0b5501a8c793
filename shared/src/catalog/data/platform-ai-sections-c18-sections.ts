// Eighteenth session, sections pass (2026-12-06, issue 15 "AI sections under general sites"): AI products that a
// general organisation runs on a host of its own, beside a parent site that is not an AI tool. Most rows are the
// generative-AI chat portals that universities give their students and staff (HAWKI, LibreChat and home-grown
// front ends to OpenAI, Azure OpenAI and GWDG-hosted models), each on its own subdomain of the university's domain;
// the rest are a public-sector reform assistant, a Norwegian municipality's school chatbots, a business directory's
// AI-assistant builder, and two AI-native vendors found on the way (Convaise, Newking).
//
// Leads. The stored `pages` corpus searched by product kind (47 look-ups), worded the way universities, public bodies
// and companies word their own terms of use, privacy notices and help pages for an AI assistant, in English, German,
// French, Spanish, Italian, Dutch, Norwegian, Swedish/Finnish, Japanese, Korean and Chinese. Every row cites a page
// with a path on the claimed host or on its operator's own site, saying in the operator's words that the host is the
// AI chat service (an LLM, OpenAI/Azure OpenAI, GWDG models). Only the AI host is claimed, never the parent domain:
// the parents stay unclassified (see lookalikes-c18-sections.test.ts). The catalog was grepped by name and host first;
// none of these hosts was listed (GPTalk of Hohenheim is not gptalk.ru's GPTalk; ChatKI is not ChatKit).
//
// Measured with /work/helpers/classify-hosts.mts on the 283 hosts the searches returned (vendors, universities,
// blogs, news and shared hosts alike): 8 classified before (2.8%), 27 (9.5%) after.
//
// Left out. University AI services whose own chat host no page read names or only a homepage shows (UniGPT Münster,
// GPT.UP Potsdam, u:ai Vienna, BOKU Academic AI, RWTHgpt/KI:connect, GPT@RUB, HSBIKI, HASKI, Sikt KI-chat, Yale's
// chatbot behind aihelp.yale.edu, bwGPT at bwgpt.scc.kit.edu and FlensGen at flensgen.hs-flensburg.de, both
// homepage-only); help and policy pages about an AI service rather than the service (chatgnbhelp.transformationnb.ca,
// kiandme.h2.de, ki.hwr-berlin.de); ChatGPT Edu and Copilot workspaces that live on OpenAI's and Microsoft's hosts;
// chatbots embedded in a general site with no host of their own (Generali's Leo, EQ Bank, Sjóvá, NTT DOCOMO
// BUSINESS's support assistant, the Florence, Perugia and Vicopisano council chatbots, Verizon Business Assistant,
// Tilda's and WEB.DE's writing assistants); a staging host (chatpatdev.provincia.tn.it); template or placeholder
// terms (helpai.plus); and shared platforms (policy-lineai.web.app, beaiassist.pages.dev, ai-school-handleiding.web.app,
// koreai.mintlify.app, colab.codeberg.page, sodascience.github.io).
//
// Found by another pass too and kept once (merge, 2026-12-06): Newking in the meetings pass's file.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const platformAiSectionsC18Tools: Tool[] = defineTools(
  'embedded-saas',
  [
    // --- Universities' generative-AI chat portals (subdomain only; the university's own site stays unclaimed) ---
    { id: 'gwdg-chat-ai', name: 'Chat AI (GWDG Academic Cloud)', vendor: 'GWDG', category: 'chat', domains: ['chat-ai.academiccloud.de'], region: 'europe', source: 'https://docs.hpc.gwdg.de/services/chat-ai/data-privacy/index.html' }, // GWDG docs, privacy: the ChatAI web front end forwards prompts to GWDG-hosted and external LLMs; Leuphana's intranet gives chat-ai.academiccloud.de as its address
    { id: 'jlu-ki-fuer-alle', name: 'KI für Alle (JLU Gießen)', vendor: 'Justus-Liebig-Universität Gießen', category: 'chat', domains: ['ki-chat.uni-giessen.de'], region: 'europe', source: 'https://ki-chat.uni-giessen.de/faq' }, // FAQ (German): the HAWKI platform at ki-chat.uni-giessen.de gives JLU members large language models via OpenAI and GWDG APIs
    { id: 'tu-braunschweig-ki-toolbox', name: 'KI-Toolbox (TU Braunschweig)', vendor: 'Technische Universität Braunschweig', category: 'chat', domains: ['ki-toolbox.tu-braunschweig.de'], region: 'europe', source: 'https://ki-toolbox.tu-braunschweig.de/terms' }, // terms (German): chatbot on OpenAI/ChatGPT and on-premise LLMs, DALL-E images and DeepL translation
    { id: 'umich-u-m-gpt', name: 'U-M GPT (University of Michigan)', vendor: 'University of Michigan ITS', category: 'chat', domains: ['umgpt.umich.edu'], source: 'https://its.umich.edu/computing/ai/terms-of-service' }, // ITS AI Services terms: U-M GPT, U-M Maizey and the GPT Toolkit; ITS's knowledge base gives https://umgpt.umich.edu/ as the ITS AI Services address
    { id: 'hm-ki', name: 'HM-KI (Hochschule München)', vendor: 'Hochschule München', category: 'chat', domains: ['ai.lab.hm.edu'], region: 'europe', source: 'https://ai.lab.hm.edu/login' }, // about and usage guidelines: HM_AI, a HAWKI instance based on the OpenAI API, for all university members
    { id: 'htwsaar-hawki', name: 'htw saar KI-Plattform (HAWKI)', vendor: 'Hochschule für Technik und Wirtschaft des Saarlandes', category: 'chat', domains: ['hawki.htwsaar.de'], region: 'europe', source: 'https://hawki.htwsaar.de/sitemap.xml' }, // the HAWKI page served at this address (German): the htw saar's platform for data-protection-compliant access to generative AI
    { id: 'tu-ilmenau-hawki', name: 'KI-Chatbot der Thüringer Hochschulen (HAWKI)', vendor: 'Universitätsrechenzentrum TU Ilmenau', category: 'chat', domains: ['ai-chatbot.tu-ilmenau.de'], region: 'europe', source: 'https://ai-chatbot.tu-ilmenau.de/dataprotection' }, // privacy (German): HAWKI, a portal to an AI chatbot that forwards prompts to ChatGPT (GPT-4 Turbo) through the API
    { id: 'tu-clausthal-librechat', name: 'Chat-AI TU Clausthal (LibreChat)', vendor: 'Technische Universität Clausthal', category: 'chat', domains: ['chat-ai.tu-clausthal.de'], region: 'europe', source: 'https://tu-clausthal.de/datenschutzhinweise/librechat' }, // privacy (German): LibreChat at https://chat-ai.tu-clausthal.de brings cloud AI model providers together in one application
    { id: 'hohenheim-gptalk', name: 'GPTalk (Universität Hohenheim)', vendor: 'Universität Hohenheim', category: 'chat', domains: ['gptalk.uni-hohenheim.de'], region: 'europe', source: 'https://gptalk.uni-hohenheim.de/dataprotection' }, // privacy (German): an AI platform with OpenAI (ChatGPT) and GWDG open-source models for all university members
    { id: 'w-hs-wh-ai', name: 'WH-AI (Westfälische Hochschule)', vendor: 'Westfälische Hochschule', category: 'chat', domains: ['ai.w-hs.de'], region: 'europe', source: 'https://ai.w-hs.de/login?view=faq' }, // usage notes (German): WH-AI, based on the OpenAI API; inputs kept by OpenAI for 30 days
    { id: 'htw-berlin-chatki', name: 'ChatKI (HTW Berlin)', vendor: 'Hochschule für Technik und Wirtschaft Berlin', category: 'chat', domains: ['chatki.htw-berlin.de'], region: 'europe', source: 'https://chatki.htw-berlin.de/dataprotection' }, // guidelines (German): ChatKI, based on the OpenAI API, for students, teachers and staff
    { id: 'uhhgpt', name: 'UHHGPT (Universität Hamburg)', vendor: 'Universität Hamburg', category: 'chat', domains: ['uhhgpt.uni-hamburg.de'], region: 'europe', source: 'https://uhhgpt.uni-hamburg.de/login-faq.php' }, // FAQ (German): UHH's access to OpenAI's ChatGPT, offered only at uhhgpt.uni-hamburg.de
    { id: 'uos-kiwi', name: 'kiwi – UOS KI-Portal (Universität Osnabrück)', vendor: 'Universität Osnabrück (virtUOS)', category: 'chat', domains: ['ki.uni-osnabrueck.de'], region: 'europe', source: 'https://digitale-lehre.virtuos.uni-osnabrueck.de/kiuos/' }, // virtUOS page (German): kiwi, the LibreChat portal to OpenAI's LLM at ki.uni-osnabrueck.de
    { id: 'gpt-uio', name: 'GPT UiO (University of Oslo)', vendor: 'University of Oslo', category: 'chat', domains: ['gpt.uio.no'], region: 'europe', source: 'https://www.uio.no/english/services/it/ai/gpt-uio/privacy/tos-eng.html' }, // terms of service: an AI chatbot that generates text with large language models, run by UiO's IT department (also offered to HVL and OsloMet, whose pages give gpt.uio.no)
    // --- Public sector and a municipality's schools ---
    { id: 'gen-ai-assistant', name: 'GEN AI Assistant', vendor: 'GEN', category: 'chat', domains: ['chat.gen-global.org'], source: 'https://chat.gen-global.org/tos' }, // consent and risk statement: purpose-built bots for public-sector reformers, built on OpenAI's GPT platform
    { id: 'randabergskolen-ki', name: 'Randabergskolen KI', vendor: 'Randaberg kommune', category: 'chat', domains: ['ai.randabergskolen.no', 'ki.randabergskolen.no'], region: 'europe', source: 'https://ai.randabergskolen.no/gdpr-hvorfor-er-det-greit-a-bruke-denne-tjenesten/' }, // GDPR note (Norwegian): the schools' chatbots at ai./ki.randabergskolen.no send anonymised prompts to an AI service's API, behind Feide login
    // --- A general site's AI-assistant builder on its own subdomain ---
    { id: 'hanapbiz-ai', name: 'HanapBiz AI', vendor: 'HanapBiz', category: 'chat', domains: ['ai.hanapbiz.online'], source: 'https://ai.hanapbiz.online/acceptable-use' }, // acceptable use: businesses publish AI assistants with a visible AI disclosure and human handoff when the AI is unsure
    // --- AI-native vendors met on the way ---
    { id: 'convaise', name: 'Convaise', vendor: 'Convaise UG', category: 'chat', domains: ['convaise.com'], region: 'europe', source: 'https://www.convaise.com/en/privacy-notice' }, // privacy terms: data processed when using the AI assistant Convaise runs for an operator's website
  ],
  { checked: CHECKED_C18 },
);
