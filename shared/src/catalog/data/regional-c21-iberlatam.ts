// Twenty-first session, pass `iberlatam` (2026-12-07, helper `iberlatam`): AI products made in or mainly used in Spain,
// Portugal, Brazil, Mexico, Colombia, Chile, Peru and the rest of Latin America that no entry claimed yet, beside the
// eighteenth session's latam pass (data/regional-c18-latam.ts), the nineteenth session's latam2 pass
// (data/regional-c19-latam2.ts) and the Iberian rows of the twentieth session's westeu pass
// (data/regional-c20-westeu.ts), whose rows are not repeated here. Here: WhatsApp, Instagram and web AI agents sold to
// Latin American businesses (ConverzIA and Vendilo.ai in Mexico, Tintero IA in Chile, Shoppy and iAna in Peru, Chati in
// Colombia, Empleado.uno for clients billed by RUC, CUIT or NIT); legal AI (LexBuddy for Mexican lawyers, Spain's Legal
// Assistant AI app, REGLAPP's immigration concierge on artbot.es); AI scribes for Spanish physicians (MedIAgent,
// Osleria); a Spanish AI tutor for maritime exams (MAAI on martest.es); a Brazilian family study app with AI plans and
// quizzes (Geninho); MeetKai Brasil's sovereign AI service; and a Colombian AI assistant platform (Brieff).
//
// Leads. 45 look-ups of the stored `pages` corpus. The first twenty were worded in Spanish and Portuguese the way
// vendors word their legal pages ("política de privacidade inteligência artificial OpenAI", "termos de uso IA
// generativa", "aviso de privacidad LFPDPPP", "política de privacidad asistente WhatsApp") and by kind (WhatsApp sales
// bots, AI for contadores and advogados, ENEM essay correction, oposiciones tests, imobiliárias and inmobiliarias,
// Mercado Livre listings, transcription of Portuguese audio, clinic secretaries). They returned mostly news, law-firm
// AI-use policies, vendors' general articles and products already listed. The next twenty-five were worded in English
// around each country's company forms and data laws ("S.A.P.I. de C.V.", "S.A.S. Ley 1581 de 2012", "SpA Law 19.628",
// "S.A.C. Ley 29733", "Sociedad Limitada NIF", "Unipessoal Lda", "CNPJ LGPD controller") and found nearly every row
// below; the last three asked about clinical scribes, legal assistants and psychologists' tools. Every row cites a
// privacy, terms or data-protection page with a path on the product's own host, and that page says in the vendor's words
// that the product answers, transcribes, summarises, generates or automates with AI, language models or a named model
// provider (Google Gemini, OpenAI, Anthropic). Rows for Spain are marked `europe`; the rest `latam`. Vendilo.ai's notice
// calls itself an informational template but names the service, its Mexican domicile and its AI model providers with
// no placeholder left, so it stays; REGLAPP's policy says its subprocessor list will be finalised at public launch.
// Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to
// their entries: Chat Aberto AI (on1chat.sbs), CheBot, Auto Asistente, iAssistance, Tributar Intelligence, LexPro
// (lex-pro.co), Morada.ai, MyContentGPT, InVIAI, GPT0, Redação Play, Lawdeck, Livia, Parlamento.ai, Solverkey SKAI,
// Metaloss Solven, Lotou AI (agendaaiapp.com.br), Meu Secretário Virtual, Atendus, AtiendeIA, OATDA, JurisVis, Didata,
// Ensinia, Teachy, QProva, Meet2Doc, AudioMap, PsicoAIssist, Numeia, IA Online, Studio247, NewLittle, asistente.cloud
// and Darwin AI. No subdomain is claimed alone. Brieff's policy, read on brieffai.com, names brieff.co as the platform's
// site, so both hosts are claimed (as the c19 pass did for QProva).
//
// Measured with /work/helpers/classify-hosts.mts on the 282 hosts the searches returned (vendors, news, law firms,
// public bodies, marketplaces and shared hosts alike, in /work/helpers/out/iberlatam-hosts.txt): 42 classified before
// (14.9%), 58 after (20.6%).
//
// Left out. Template or placeholder policies (myaicouncil.tech's `<owner/>`, frendi.app's `[A PREENCHER]`,
// vault.conflai.eu's `[B-XXXXXXXX]`, theape.pt, fisiatria.iamanos.com, the Tintago notice on pages.dev, ajuiza.ai again);
// development and staging hosts (dev.inmoimpacto.es, an AI listing writer for Spanish agencies whose own host was not
// seen; staging.iassistance.app); pages that do not say the product uses AI, or only in its name (maite.ai's terms, as
// the c12b pass found; legalpo.cl, laudos.ai, lopti.ai, n45.ai, primero.ai, zolvion.com, brand-lex.com, specala.ai,
// gestionpublicaperu.com.pe, psicodoc.com.br, aiacts.ai's rule engine); AI products that name no country
// (boodzilla.com's WhatsApp assistant on Claude, mercadoboost.com's marketplace listing writer, citachat.co and
// wespeak.pro, both US companies, conseloria.com, privategpt.me, flownexai.com, transcriptai.app, tenvoai.com):
// leads for a pass that can read more of their pages; agencies, consultancies and AI-as-a-service firms
// (invisiongo.com, aiz.ar, automatizalatam.com, aidatasolutions.co, tese.ai, naosomosai.com, portial.pt,
// latourrette.ai, kudaw.com, touchworks.com.br); general sites where AI is one feature (empresasi.org's foundation chat,
// homesinmarbella.com's valuation tool, biodigitalhealth.com's medical chatbot, caminarlibre.com's clinical follow-up,
// lawwwing.com, afini.ai, soflia.ai's AI courses, Mercado Libre's own AI); vendors seen only on their blogs or in
// articles (opositafacil.es, elopositorvirtual.com, serviceform.es, threadrecap.com, blog.cria.net.br, criaai.app.br,
// aurorainbox.com, virtualworkforce.ai, 3l3c.ai; Magnar, Legu, Legau, Lya Health, Shopao and FoxReply, whose hosts
// the searches did not return); law firms' AI-use policies (fguimaraesadv.com, jnunesadvocacia.com,
// gcpbadvocacia.com.br, bassildower.com); and shared platforms (two Firebase hosted.app legal tools, lead-flow-docs and
// moklabs-research on pages.dev, a padresdivorciados blogspot copy, dev.to posts).
//
// At the merge: two hosts left out here are listed by other passes of the same session, and their traps were dropped:
// transcriptai.app (regional-c21-dachfr.ts, as a global transcription app) and Cria.AI (long-tail-c21-legal.ts, from
// the section of its own blog on how the product uses generative AI).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

export const regionalC21IberlatamTools: Tool[] = defineTools(
  'chat',
  [
    // --- WhatsApp, Instagram and web AI agents for Latin American businesses ---
    { id: 'converzia', name: 'ConverzIA', vendor: 'ConverzIA', category: 'agents', domains: ['converzia.mx'], source: 'https://converzia.mx/en/privacidad.html' }, // privacy (Mexico, LFPDPPP): reads Google Calendar to book appointments over WhatsApp with AI
    { id: 'vendilo', name: 'Vendilo.ai', vendor: 'Vendilo.ai', category: 'agents', domains: ['vendilo.ai'], source: 'https://vendilo.ai/en/privacy' }, // privacy (domiciled in Mexico): an assistant that answers buyers from a business's catalogue; AI model providers write its answers
    { id: 'tintero-ia', name: 'Tintero IA', vendor: 'Smart Graphics Solutions SpA', category: 'agents', domains: ['tinteroia.com'], source: 'https://tinteroia.com/privacy' }, // privacy (Chile, Law 19.628): an AI platform that answers WhatsApp customers of print and graphics firms; OpenAI among its processors
    { id: 'shoppy-chat', name: 'Shoppy', vendor: 'SHOPPY PERÚ S.A.C.', category: 'agents', domains: ['shoppy.chat'], source: 'https://shoppy.chat/politicas-de-privacidad' }, // privacy (Lima, Ley 29733): AI virtual assistants on WhatsApp and Messenger that answer from the seller's catalogue
    { id: 'iana-factpro', name: 'iAna', vendor: 'Factpro Latam S.A.C.', category: 'agents', domains: ['getiana.com'], source: 'https://getiana.com/en/privacy' }, // privacy (Peru): AI agents for customer support on WhatsApp and a web chat widget
    { id: 'chati-icu', name: 'Chati', vendor: 'Chati', category: 'agents', domains: ['chati.icu'], source: 'https://www.chati.icu/terms-of-service.html' }, // terms (operated from Colombia, for Colombia and Ecuador): a messaging SaaS whose AI features run on AI credits
    { id: 'empleado-uno', name: 'Empleado.uno', vendor: 'Sitiouno Inc.', category: 'agents', domains: ['empleado.uno'], source: 'https://www.empleado.uno/privacidad' }, // privacy (Spanish, billing by RUC, CUIT or NIT): a SaaS of virtual agents powered by AI that talk to a business's customers
    // --- Legal AI ---
    { id: 'lexbuddy', name: 'LexBuddy', vendor: 'LEX BUDDY, S.A.P.I. DE C.V.', domains: ['lexbuddy.ai'], source: 'https://lexbuddy.ai/en-US/legal/privacy-policy' }, // privacy (Nuevo León, Mexico): an artificial intelligence platform for legal support; conversations and generated documents
    { id: 'legal-assistant-ai-mper', name: 'Legal Assistant AI', vendor: 'MPER STUDIO S.L.', domains: ['legal-assistant-ai.com'], source: 'https://legal-assistant-ai.com/en/terms-and-conditions/', region: 'europe' }, // terms (Valladolid): an artificial intelligence system that writes legal answers and documents with no human in the loop
    { id: 'reglapp', name: 'REGLAPP', vendor: 'ARTSOFT SIEM, S.L.', domains: ['artbot.es'], source: 'https://artbot.es/en/privacy', region: 'europe' }, // privacy (València): an AI-assisted immigration concierge; chat messages go to a language-model backend
    // --- Health and education ---
    { id: 'mediagent', name: 'MedIAgent', vendor: 'MEDIAGENT SOLUTIONS, S.L.', category: 'meeting', domains: ['mediagent.es'], source: 'https://www.mediagent.es/es-privacy-policy-mediagent-app', region: 'europe' }, // privacy (Barcelona): the app transcribes and summarises doctor-patient consultations with AI
    { id: 'osleria', name: 'Osleria', vendor: 'Osleria', category: 'meeting', domains: ['osleria.com'], source: 'https://www.osleria.com/policies/privacy', region: 'europe' }, // privacy (GDPR and LOPDGDD): an AI medical-assistance app that transcribes and organises recorded consultations
    { id: 'maai-martest', name: 'MAAI (Maritime Answers AI)', vendor: 'MAAI Systems', domains: ['martest.es'], source: 'https://martest.es/legal/privacy', region: 'europe' }, // privacy (Madrid): AI-generated explanations and exam help for maritime exams; queries go to Google Gemini
    { id: 'geninho', name: 'Geninho', vendor: 'Geninho', category: 'productivity', domains: ['geninho.app.br'], source: 'https://geninho.app.br/en/terms/' }, // terms (Portuguese original): a family study app whose plans, quizzes and chat come from OpenAI and Google Gemini
    // --- Assistants ---
    { id: 'meetkai-brasil', name: 'MeetKai Brasil', vendor: 'MeetKai Brasil Ltda.', domains: ['meetkai.com.br'], source: 'https://www.meetkai.com.br/en/privacy' }, // privacy (São Paulo, LGPD): sovereign AI services; inputs processed to return AI-generated responses
    { id: 'brieff', name: 'Brieff', vendor: 'Brieff S.A.S.', domains: ['brieffai.com', 'brieff.co'], source: 'https://brieffai.com/legal/privacy' }, // privacy (Bogotá, Ley 1581): a platform with an AI assistant whose conversations and generated documents it keeps; the policy names brieff.co as its site
  ],
  { checked: CHECKED_C21, region: 'latam' },
);
