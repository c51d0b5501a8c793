// Twenty-second session, merge pass (2026-12-07, helper `mergefix`): AI products that this session's passes found with
// a qualifying page on the product's own host but could not add, because an earlier pass's look-alike test kept one of
// the product's pages or hosts as a trap, mostly as "seen only on its blog" from before the catalog accepted a
// vendor's own blog post about its own product as a source. Each case was read again in the header that reported it
// (industry2, eduhr, video3, audio2, design2, agents3, marketing3, brazil, sales2, companions2) and its page read again
// in the stored `pages` corpus; the rows below are listed from those pages and the blocking traps were dropped from
// the tests that held them (lookalikes-c17-social, -c18-music, -c18-companions, -c19-spaces, -c20-industry,
// -c20-korea, -c20-clinic, -c21-uxforms, -c21-mea3, -c21-iberlatam, and this session's -c22-agents3, -c22-audio2,
// -c22-brazil and -c22-video3), each with a note in its header. The same pass gave second hosts and URL prefixes to
// entries already listed (airadio-host, famulor, sarvam, unorouter, liberate-ai, dropbox-dash, adobe-podcast,
// khanmigo), each in its own data file with a comment naming the source.
//
// Look-ups: 20 in the stored `pages` corpus, one per case or second host (FreightSurge, Talent Systems, Clip Factory
// twice, Podli, Hadaa, Grix, GetMyAI twice, Marketing Studios AI twice, Laudos.AI twice, Aurora Inbox, Aura,
// AIRadio.Host, Famulor's German host, Sarvam's policy host, UnoRouter's .ai host, Liberate's liberateinc.com), and one
// `find_string` for liberateinc.com. Every row cites a page with a path on the product's own host (for Talent Systems
// its candidate help host, for Grix its textures host) that says in the vendor's words that the product drafts,
// interviews, writes and renders, edits, designs, generates, answers, transcribes or chats with AI, a large language
// model or diffusion models. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Two hosts per row: Laudos.AI's privacy policy, read on laudosai.com.br, says it covers "nosso site (laudos.ai)", and
// its impact report on www.laudos.ai names LAUDOS.AI COMERCIO E SERVICOS LTDA; so both domains are claimed. Grix is
// claimed by its registrable domain grixai.com, whose own blog also describes Grix's texture model, and the cited
// post is on its textures. host.
//
// Same names: Aura (joinaura.chat, AI companions and business assistants) is not Aura (hola-aura.com, SENIOR360's
// emotional companion for older people, long-tail-c21-personal.ts) nor Aura Home AI (myaurahomeai.com); Talent
// Systems (talentsystems.ai, an AI interviewer) is not the casting-software company at talentsystems.com. Nothing read
// ties any of these together.
//
// Doubtful rows: GetMyAI's cited page is its docs on teams, which speaks of "your AI agents" as what the workspace
// builds, so the product is read as an AI-agent builder (its blog, once a trap, writes about AI chatbots for Saudi
// businesses, but names no country for the product, so no region is set); Marketing Studios AI's terms read like
// Korean terms in English, but name no company or country, so no region is set either; Aura's terms include adult
// companions behind an age attestation, as do other companion rows the catalog lists.
//
// Left out, with reasons. Aurora Inbox (aurorainbox.com): its Portuguese post calls the product the practical form of
// conversational AI for WhatsApp, but its own posts and help centre describe a multi-agent WhatsApp Business inbox
// whose AI agents are one module ("Ferramentas > Aurora AI > Agentes de IA" on help.aurorainbox.com), which is the
// sixteenth languages pass's decision (general software whose AI is one feature, beside respond.io); its traps stay.
// visualadvantagestudio.com stays out of the Better Listing Media entry: the eighteenth verticals pass read its AI
// disclosure as a photo studio's copy of that vendor's disclosure and keeps it as a trap on purpose.
// aws.amazon.com/bedrock stays unclaimed for `amazon-bedrock`: five tests (lookalikes, -c9-regional, -c10-hosts,
// -c12-lists-e, -c13-saas) keep Bedrock's overview page unclaimed on purpose, only the console and /bedrock/agents
// being the product.
//
// Leads: api.unorouter.ai as an API endpoint of `unorouter` (shown on its model pages, not added here); Liberate's
// developer docs at docs.liberateinc.com (covered now by the liberateinc.com domain); the rest of sarvam.dev, whose
// other hosts no search returned; an Aurora AI path of its own, should Aurora Inbox give its AI agents one.
//
// Measured with /work/helpers/classify-hosts.mts on the 120 hosts the searches returned (vendors, blogs, docs hosts,
// shared hosts and namesakes alike, in /work/helpers/out/mergefix-hosts.txt): 16 classified before (13.3%), 35 after
// (29.2%).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22MergefixTools: Tool[] = defineTools(
  'agents',
  [
    // --- Industry and hiring ---
    { id: 'freightsurge', name: 'FreightSurge', vendor: 'FreightSurge', domains: ['freight-surge.com'], source: 'https://www.freight-surge.com/insights/trustworthy-ai-agents-regulated-workflows' }, // vendor's own post on its product: AI drafts of quote replies for freight brokers, with typed extraction from quote emails, retrieval over the brokerage's own loads, broker review before sending and no model training on customer email
    { id: 'talent-systems', name: 'Talent Systems', vendor: 'Talent Systems', domains: ['talentsystems.ai'], source: 'https://candidate.talentsystems.ai/docs/voice-interview/how-it-works' }, // candidate help: a voice interview in which "you speak naturally with an AI interviewer" that asks questions one at a time, follows up and shows a live transcript
    { id: 'getmyai', name: 'GetMyAI', vendor: 'GetMyAI', domains: ['getmyai.ai'], source: 'https://www.getmyai.ai/docs/teams-and-permissions' }, // docs: workspaces and teams "working on your AI agents", with members, agents and plans per team
    // --- Video, audio and images ---
    { id: 'clip-factory', name: 'Clip Factory', vendor: 'Clip Factory', category: 'video', domains: ['clipfactoryai.com'], source: 'https://clipfactoryai.com/blog/will-youtube-demonetize-ai-faceless-videos-2026' }, // vendor blog on its own product: Clip Factory writes an original script, narrates it, generates matching visuals and renders a complete AI faceless video
    { id: 'podli', name: 'Podli', vendor: 'Podli', category: 'audio', domains: ['podli.co'], source: 'https://www.podli.co/blog/how-to-use-the-podli-transcript-editor' }, // vendor blog on its own product: AI noise removal per speaker track, an AI-generated transcript for text-based editing and AI edit suggestions for podcast episodes
    { id: 'hadaa', name: 'Hadaa', vendor: 'Hadaa', category: 'image', domains: ['hadaa.app'], source: 'https://hadaa.app/blog/how-ai-landscape-design-works' }, // vendor blog on its own product: turns a yard photo into a photorealistic garden design with scene understanding, segmentation and a diffusion model, plus a contractor blueprint
    { id: 'grix', name: 'Grix', vendor: 'Grix', category: 'image', domains: ['grixai.com'], source: 'https://textures.grixai.com/blog/ai-texture-generator-from-text' }, // vendor blog on its own product: a text-to-PBR generator; "generative AI operating on the description" produces basecolor, normal, roughness, metallic and height maps that tile
    // --- Writing and chat ---
    { id: 'marketing-studios-ai', name: 'Marketing Studios AI', vendor: 'Marketing Studios AI', category: 'writing', domains: ['marketingstudios.ai'], source: 'https://marketingstudios.ai/terms' }, // terms: "the AI-based marketing content generation service": AI-generated SNS captions, hashtags and copy, and AI image generation for thumbnails, banners and card news
    { id: 'laudos-ai', name: 'Laudos.AI', vendor: 'LAUDOS.AI COMERCIO E SERVICOS LTDA', category: 'writing', domains: ['laudos.ai', 'laudosai.com.br'], source: 'https://www.laudos.ai/docs/lgpd/ripd-simplificado', region: 'latam' }, // data-protection impact report (CNPJ, LGPD): SaaS for radiologists' reports that "oferece transcrição de voz por IA e sugestões de texto"; its policy on laudosai.com.br covers the site laudos.ai
    { id: 'aura-joinaura', name: 'Aura (AI companions)', vendor: 'Aura', category: 'chat', domains: ['joinaura.chat'], source: 'https://joinaura.chat/en/terms' }, // terms: a platform for creating AI companions (adult ones behind an age attestation) and virtual business assistants on the web, Telegram and WhatsApp, whose content "is produced by large language and diffusion models"
  ],
  { checked: CHECKED_C22 },
);
