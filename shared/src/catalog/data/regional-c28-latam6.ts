// Twenty-eighth session, sixth Latin America pass (2026-12-08, helper `latam6`): AI products made in Brazil and Mexico,
// found by the wording of their own legal pages, that no entry claimed yet, beside the eighteenth session's latam pass
// (data/regional-c18-latam.ts), the nineteenth session's latam2 pass (data/regional-c19-latam2.ts), the twenty-first
// session's iberlatam pass (data/regional-c21-iberlatam.ts), the twenty-second session's brazil pass
// (data/regional-c22-brazil.ts), the twenty-third session's latam3 pass (data/regional-c23-latam3.ts), the
// twenty-fourth session's latam4 pass (data/regional-c24-latam4.ts) and the twenty-sixth session's latam5 pass
// (data/regional-c26-latam5.ts), whose rows and queries are not repeated here. Here: a São Paulo fintech whose AI
// assistant (Zen) analyses users' finances (Aizen); three Brazilian fitness products (Rai, a sports platform whose AI
// generates training plans and chats; Nina, a personal trainer on WhatsApp that personalises workouts with its own AI
// algorithms; FitRetention AI, a churn tool for personal trainers with AI-generated suggestions); a Brazilian WhatsApp
// automation service built on AI chatbots (ZapIa Nexus); and a Mexican AI service sold in credits (SourcingHub). Six
// rows, fewer still than the latam4 and latam5 passes found: this corner of the stored corpus is close to exhausted.
//
// Leads. 38 look-ups, all `search` calls on the stored `pages` corpus, counted as they were made. To avoid repeating
// the earlier passes (which had used the brief's own queries on LGPD, "termos de uso", "aviso de privacidad", company
// forms and Ley 1581/19.628/25.326/29733 at length), the queries went to niches and anchors they had not tried: public
// procurement (licitações), veterinary clinics, restaurant ordering bots, agribusiness, personal trainers, condominiums,
// Argentine monotributo, dentists, subtitles and clips, insurance brokers, car dealers, Portuguese "Lda"/NIF, TCC and
// ABNT writing, English tutors on WhatsApp, Bible study, IRPF income tax, Hotmart/Kiwify/Mercado Pago payment wording,
// AI-output disclaimers in Portuguese and Spanish, consumer law (Marco Civil, PROFECO, Ley 24.240), and
// sub-processor lists naming Supabase, OpenAI, Gemini or Anthropic beside LGPD, the LFPDPPP, Ley 1581 and Ley 25.326.
// Niche queries in Portuguese and Spanish returned news, law firms, university rules, church news and listed products
// almost only. Seven look-ups went to single names: NixZap, SellerChat and Vocaliza (leads of earlier passes; each
// returned only the page an earlier pass had judged, though the NixZap query met ZapIa Nexus), 7chat.ai and Deduz.ai
// (seen in news; no own page came back), and Rai and Supernapse (to read more of their pages). The rows came from the
// personal-trainer, "Brazilian users", Rai, NixZap and LFPDPPP sub-processor queries. Every row cites a terms or
// privacy page with a path on the product's own host, and each page says in the vendor's words that the product
// generates, answers, suggests or personalises with AI.
// Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ and in the other c28 worktrees.
// All rows are marked `latam`.
//
// Measured with /work/helpers/classify-hosts.mts on the 253 hosts the searches returned (vendors, news, law firms,
// universities, regulators, payment platforms, marketplaces and shared hosts alike, in
// /work/helpers/out/latam6-hosts.txt): 32 classified before (12.6%), 38 after (15.0%).
//
// Already listed and left to their entries: NotaPraPlanilha (fechames.app, listed by the c21 finance pass), WhatsBot
// GPT, Lotou AI, Manda pra Nutri, Tributar Intelligence, ContableIA, Meu Preceptor, MakeFilm, 5LiFe, DAGEC PDF AI, IA
// First Brasil, Lead2Sales, MyContentGPT, InteligênciaBot, AtiendeIA, GPT0, IA Online, Sellari, Charla con Mija,
// OmnIAtix, WillieChat, SIPPulse A.I., SpeakPal, Auto Asistente, iAssistance, CitaChat, Vendilo.ai, Data Agreements,
// Brieff and AISnapEdit.
//
// Doubtful rows: Rai's terms and policy name no operator or country; the policy says it follows "the LGPD (Brazil)" and
// the terms speak of professionals "registered with competent councils" (Brazil's CREF), so it is marked `latam`. Nina's
// policy says AI only among its purposes ("melhorar nossos algoritmos de IA") beside conversations with Nina and
// personalised workouts, as the latam4 pass accepted for OpenLabADT. FitRetention AI's terms list AI-generated
// suggestions beside check-ins, risk alerts and analytics, and ZapIa Nexus's terms list AI chatbots beside automated
// flows and conversation management; both are kept as AI products because their names and service descriptions are
// built on the AI part, not general tools with one AI button (unlike dungeongymapp.com, left out below). SourcingHub's
// notice does not say what it sources; it says its service processes AI requests, delivers outputs and keeps a credit
// ledger, run by a Mexican individual with business activity (as the latam4 pass accepted for Ponuz).
//
// Leads for a pass that can read more of their pages (not trapped): Bibleeasy / BibliFácil (bibleeasy.app), AI
// adaptations of Bible passages for children under an LGPD-first policy that names no operator; Supernapse
// (supernapse.app, a CNPJ-registered app whose policy says only that prompts go to OpenAI for "in-app AI features");
// Conhecerte (conhecerte.com.br, Ibrae Gestão Empresarial Ltda, a personality report with Anthropic among its processors,
// the page never saying AI writes the report); Konvexy (konvexy.com.br, a refund page counting "gerações de conteúdo");
// Chip (admin.chipapp.mx, a Mexican personal-finance app whose notice was cut before its optional features); SensAI.PT
// (sensai.pt, an AI personal-training app whose ".PT" may mean personal trainer, no country named); Minaris's Clio
// (boss.minaris.ai, a Portuguese-language console whose policy never says AI); 7chat.ai (the Adventist Church's South
// American AI assistant) and Deduz.ai (a Brazilian income-tax AI), seen only in news; and global AI study apps met
// without a country (synapli.app, supaflash.app, flashmindapp.com, tearandtry.com).
//
// Left out and trapped. Shared platforms and developer hosts: licitagov.pages.dev (a procurement-monitoring AI, as the
// brazil pass found), biblejesus-web.pages.dev, mayahub.mintlify.app, grazeer.notion.site,
// trainer-gym-ai.iagocavalcante.com and jeanrobert.dev (apps on developers' personal hosts), esthom.duckdns.org (a
// brokerage policy full of "[pendiente]"). Pages that do not say the product uses AI: walter.lat and mesabot.es
// (WhatsApp assistants for restaurants), glaenterprise.com and whatbot.pe (restaurant chatbots), nexischat.io,
// nitzap.com, conectiachat.integrationit.co (human agents), gestaoconectaai.com, operforma.com, talkwcarina.com
// (recorded lessons), trainifyapp.com.br, app.reavit.com.br, scribo.vip. General products where AI is one feature or
// only planned: dungeongymapp.com (a gamified workout log with AI-generated illustrative content among five features),
// painel.petvetcloud.com.br (veterinary management; AI reports only "future features"). Courses and content sites:
// app.iafinanceira.com, superhumano.academy.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const regionalC28Latam6Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- Finance (Brazil) ---
    { id: 'aizen-zen', name: 'Aizen', vendor: 'Aizen Tecnologia Ltda.', category: 'chat', domains: ['aizen.io'], source: 'https://aizen.io/politica-privacidade' }, // privacy (LGPD, São Paulo): personalised financial analysis and credit recommendations with Zen, "nossa assistente baseada em inteligência artificial", over Open Banking data
    // --- Fitness (Brazil) ---
    { id: 'rai-fit', name: 'Rai', vendor: 'Rai', domains: ['rai.fit'], source: 'https://rai.fit/en/terms-of-use' }, // terms: a sports wellness platform that uses artificial intelligence to generate automated training plans, analyse performance data and chat; policy follows the LGPD (Brazil)
    { id: 'nina-oinina', name: 'Nina', vendor: 'Nina', category: 'chat', domains: ['oinina.com'], source: 'https://www.oinina.com/privacidade' }, // privacy (LGPD): a WhatsApp personal trainer whose conversations with Nina personalise workouts, one purpose being to improve "nossos algoritmos de IA"
    { id: 'fitretention-ai', name: 'FitRetention AI', vendor: 'FitRetention AI', domains: ['fitretentionai.com.br'], source: 'https://fitretentionai.com.br/termos' }, // terms: a SaaS for personal trainers and nutritionists that reduces client churn with check-ins, risk alerts and AI-generated suggestions
    // --- Business agents (Brazil) ---
    { id: 'zapia-nexus', name: 'ZapIa Nexus', vendor: 'ZapIa Nexus', category: 'agents', domains: ['zapianexus.com.br'], source: 'https://www.zapianexus.com.br/termos.html' }, // terms (BRL plans): a SaaS for WhatsApp Cloud API customer service with automated flows and chatbots with AI
    // --- AI services (Mexico) ---
    { id: 'sourcinghub-mx', name: 'SourcingHub', vendor: 'José Antonio Villazón Maroney', domains: ['sourcinghub.app'], source: 'https://sourcinghub.app/legal/privacy' }, // privacy notice (LFPDPPP, Naucalpan, RFC): the service processes AI requests and delivers outputs, storing AI prompts and outputs and a credit ledger
  ],
  { checked: CHECKED_C28, region: 'latam' },
);
