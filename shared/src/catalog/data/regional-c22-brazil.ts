// Twenty-second session, pass `brazil` (2026-12-07, helper `brazil`): AI products made in Brazil and Portugal, or
// built mainly for Portuguese speakers, that no entry claimed yet, beside the eighteenth session's latam pass
// (data/regional-c18-latam.ts), the nineteenth session's latam2 pass (data/regional-c19-latam2.ts) and the
// twenty-first session's iberlatam pass (data/regional-c21-iberlatam.ts), whose rows are not repeated here. Here: a
// WhatsApp AI assistant that Brazilian businesses train on their own files (My AIssistant); an AI-agent platform for
// Brazilian lawyers (Turing); a real-estate WhatsApp assistant that collects rental documents for agencies (Lugui);
// two Brazilian AI voice-agent platforms for telephone calls (Pipevoz, TropiCall); an audit of closed medical records
// with language models for Brazilian hospitals (Dr. Auditoria); and a Portuguese law-practice platform with AI
// transcription, semantic search and assisted drafting, run by a Brasília company (LexIA).
//
// Leads. 45 look-ups in the stored `pages` corpus. Portuguese queries worded like vendor pages (termos de uso,
// política de privacidade, inteligência artificial, LGPD, LTDA, CNPJ; Lda, NIF and RGPD for Portugal) by kind:
// petições and jurimetria for lawyers, contadores and escritórios de contabilidade, ENEM and vestibular essay
// correction and tutors, prontuário scribes and radiology laudos, imobiliárias and corretores, Instagram content,
// clinic secretaries, psychologists, recruiting, concursos, Mercado Livre listings, contract generators. They returned
// mostly law-firm AI-use policies, news about AI petitions and ENEM correctors, guides and listed products. English
// queries naming "LTDA" and "CNPJ" with a kind (WhatsApp assistant, voice agent, real estate, legal research, AI
// sub-processors) found most rows. Every row cites a privacy or terms page with a path on the product's own host (for
// TropiCall its app. host, under the claimed domain), and each page says in the vendor's words that the product
// answers, calls, audits, transcribes or generates with AI, language models or an AI voice agent. Hosts were run
// through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already listed and left to their entries:
// Lawdeck, Jus IA, Redação Play, Letrus, Didata, Ensinia, Meu Preceptor, Simple One Med, Voa, Tracefy, Atendus,
// InteligênciaBot, WhatsBot GPT, Lotou AI, IA First Brasil, Livia, Lead2Sales, Data Agreements, Manda pra Nutri,
// DUA IA (dua.2lados.pt), DAGEC PDF AI, AISnapEdit, Visual Electric, Kacha and summarizemeeting.com. No subdomain
// is claimed alone. My AIssistant's policy, read on getmyaissistant.com, names omeuauxiliar.com as the service's
// address, so both hosts are claimed (as the c19 pass did for QProva).
//
// Measured with /work/helpers/classify-hosts.mts on the 230 hosts the searches returned (vendors, news, law firms,
// public bodies, marketplaces and shared hosts alike, in /work/helpers/out/brazil-hosts.txt): 30 classified before
// (13.0%), 37 after (16.1%).
//
// Same names: LexIA (lexia.pt, Portuguese lawyers) is not LexIA (lexiach.com, Swiss legal AI, listed as lexia-ch);
// Turing (turing.com.br) is neither Turing Robot (tuling123.com) nor xTuring nor turing.com; My AIssistant's operator
// "Linx Softwares" (Novo Hamburgo) is not the retail-software company Linx (linx.com.br).
//
// Doubtful rows: LexIA's policy describes a law-practice platform (lawyers' back office, client portal, e-mail and
// WhatsApp intake) whose AI services (OCR, speech-to-text, embeddings for semantic search and assisted generation)
// carry its name; kept as an AI product, not as a practice tool with one AI button. Dr. Auditoria's operator is
// "Doutore LLC", with no country named, but the policy is written in Portuguese for LGPD controllers (hospitals).
//
// Left out. Laudos.AI (LAUDOS.AI COMERCIO E SERVICOS LTDA): its impact report www.laudos.ai/docs/lgpd/ripd-simplificado
// says it offers AI voice transcription and text suggestions for radiology reports, but the c20 clinic pass and the
// c21 iberlatam pass keep laudosai.com.br/privacidade and laudos.ai/en/lgpd as traps (pages that do not say AI); a
// lead for the merge, which may drop those traps and list laudos.ai with laudosai.com.br. Pages that do not say the
// product itself uses AI, or only imply it (opusapp.com.br, whose WhatsApp messages "improve AI models" but whose
// product the page never describes; fabricaposts.com's carousel "generations"; leilo.ai's auction analysis;
// usecontai.com; imobgo.app; psicopilot.com's CFP notice; ia-notariado.org's "automação inteligente"); general
// products where AI is one feature (chatsense.app's omnichannel CRM with AI agents, automapost.naveo.com.br's social
// scheduler, lilasaude.com.br's suggested replies, ajuda.brainlaw.com.br's AI readers inside legal case management,
// autocloser.com.br as before, news.hidoctor.com.br's HiDoctor LIVE inside an EHR, animati.com.br's radiology PACS);
// a development host (platform.dev.nixzap.com.br: NixZap, a Brazilian AI-agent messaging platform whose production
// pages the searches did not return: a lead); a template with placeholders (bead.com.br's "[RAZÃO SOCIAL]"; ajuiza.ai
// again); vendors seen only on blogs or in articles (matrixgo.ai's WhatsApp-agent guide, blog.vocaliza.app's LGPD
// guide for its conversational voice AI, aiplug.in's medical-transcription guide, DoctorAssistant.ai, Vocis, Prontua
// and Noa Notes named on neuralsaude.com.br and a pages.dev research report, Mediccos in associatednews.com.br, Resolve
// Juizado, ChatADV and PetitionBot in news and grokipedia.com, Cria.AI's blog, already listed): leads; agencies and
// consultancies (pertodaqui.pt, naosomosai.com, portial.pt, touchworks.com.br again); a product whose country the
// page does not name (seniorgpt.app, a voice assistant for older people, Portuguese pages with a Spanish address: a
// lead for a global pass); law firms' AI-use policies (fguimaraesadv.com, jnunesadvocacia.com); public bodies and
// associations (the MEC Enem app, horadoenem.org.br); and shared platforms (digitaljus-app-br, veredito-site,
// documentoia, licitagov, iawiki-wiki-br and moklabs-research on pages.dev; vocaire.notion.site).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const regionalC22BrazilTools: Tool[] = defineTools(
  'agents',
  [
    // --- Brazil: WhatsApp and real-estate AI assistants ---
    { id: 'my-aissistant', name: 'My AIssistant', vendor: 'Linx Softwares', domains: ['getmyaissistant.com', 'omeuauxiliar.com'], source: 'https://getmyaissistant.com/en/privacy', region: 'latam' }, // privacy (CNPJ, Novo Hamburgo/RS, LGPD): an AI assistant that answers a business's leads and customers on WhatsApp from the PDFs, FAQs and files the business uploads (RAG); service at omeuauxiliar.com
    { id: 'lugui-ai', name: 'Lugui', vendor: 'Lugui Serviço de Tecnologia Ltda.', domains: ['lugui.ai'], source: 'https://lugui.ai/en/privacy-policy/', region: 'latam' }, // terms and privacy (CNPJ, LGPD): a company developing AI solutions for real-estate processes, whose WhatsApp virtual assistant collects tenants' documents for partner agencies and brokers
    // --- Brazil: legal and clinical AI ---
    { id: 'turing-legal-br', name: 'Turing (turing.com.br)', vendor: 'Turing Desenvolvimento de Software LTDA', domains: ['turing.com.br'], source: 'https://turing.com.br/en/terms-of-use', region: 'latam' }, // terms: a platform of AI agents for the legal sector (law firms, legal departments): an AI assistant answering and analysing documents with language models, workflows, extraction grid; app at app.turing.com.br
    { id: 'dr-auditoria', name: 'Dr. Auditoria', vendor: 'Doutore LLC', category: 'other', domains: ['drauditoria.com'], source: 'https://drauditoria.com/privacy.html', region: 'latam' }, // privacy (Portuguese, LGPD): automatic audit of closed medical records against JCI and client criteria, run with AI models (LLMs), for hospitals and health networks
    // --- Brazil: AI voice agents for telephone calls ---
    { id: 'pipevoz', name: 'Pipevoz', vendor: 'Pipevoz', category: 'audio', domains: ['pipevoz.com'], source: 'https://www.pipevoz.com/en/terms', region: 'latam' }, // terms (Brazilian law, LGPD): an AI voice-agent platform whose automated natural-language agents make and take phone calls from the customer's scripts and contact lists, with recordings and transcripts
    { id: 'tropicall', name: 'TropiCall', vendor: 'TropiCall Tecnologia Ltda.', category: 'audio', domains: ['tropicall.ai'], source: 'https://app.tropicall.ai/terms-of-service', region: 'latam' }, // terms (Portuguese; CNPJ, Biguaçu/SC): create and manage AI voice agents for automated telephone service, inbound and outbound calls, with a knowledge base (RAG); generative AI answers
    // --- Portugal ---
    { id: 'lexia-pt', name: 'LexIA (lexia.pt)', vendor: 'Studio V Serviços de Tecnologia da Informação LTDA.', category: 'productivity', domains: ['lexia.pt'], source: 'https://www.lexia.pt/politica-de-privacidade', region: 'europe' }, // privacy (European Portuguese; GDPR and LGPD; Chave Móvel Digital sign-in): a SaaS for lawyers and their clients whose AI features do OCR, speech-to-text, embeddings for semantic search and assisted generation
  ],
  { checked: CHECKED_C22 },
);
