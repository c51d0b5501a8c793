// Twentieth session, leads pass (2026-12-07, helper `leads`): a follow-up of leads that earlier passes named but could
// not cite (data/regional-c19-latam2.ts, long-tail-c19-wrappers.ts, long-tail-c19-chat2.ts, long-tail-c16-dirs.ts,
// regional-c19-europe.ts, long-tail-c19-edu2.ts, long-tail-c19-llmops.ts, long-tail-c20-translate.ts and
// long-tail-c20-email.ts). For each lead the stored `pages` corpus was searched (at most two look-ups a lead, 45 in all)
// for a page with a path on the product's own host (privacy policy, terms, help) that says in the vendor's words that
// the product uses AI or named models; a row is added only where one came back.
//
// Found and added: MailDigest AI (its production privacy page on maildigest.ai; the email pass had met only the staging
// host, which the row's domain now covers), MailOver (a help page of its own), PrometheusMail, Contract Intelligence by
// Moonbow AI (its own subdomain; the parent moonbowai.com was not read), "Chief" (the policy served on letcairn.work names
// letchief.work as the service it covers, so both hosts are claimed), baba by Baba Magic LLC (itsbaba.com) and Kimi K2
// on kimik2.org. kimik2.org's own privacy policy describes prompts sent to an agentic AI and presents the site as
// MoonshotAI's model, but names no operator; it is not on Moonshot's domains (kimi.com, kimi.ai, moonshot.cn are listed
// under `kimi`), so it is kept as its own entry with the host as vendor, as data/long-tail-c19-wrappers.ts did for
// kimi-k2.ai and kimi-k2.net.
//
// Measured with /work/helpers/classify-hosts.mts on the 250 hosts the searches returned (vendors, articles, mirrors and
// shared hosts alike, in /work/helpers/out/leads-hosts.txt): 49 classified before (19.6%), 57 (22.8%) after.
//
// Alias leads, not edited here (the product is already listed under another host): taibot.sk (TAIbot, `taibot-cz`; its
// /vop.xhtml is the same Weby Group terms), help.sally.io (Sally AI, `sally-ai`), bytez.com (Bytez, `bytez`, listed by
// api.bytez.com; docs.bytez.com/model-api/docs/under-the-hood describes its model API), classmateai.in (Classmate AI,
// `classmate-ai-6senai`; the same Claude tutor policy, word for word) and maketalk.app (Make Talk, `make-talk`; named
// only in a `?p=` page on maketalk.ai, no page on maketalk.app came back).
//
// Left out. Leads with no page of their own that says AI in the stored corpus: Jurídico AI (only its LGPD blog
// article), Ultimate Council, OmniGPT (its privacy policy does not say AI), ChatPlayground, GlobalGPT (glbgpt.com),
// Allmates, AIZolo, lingopal.ai (terms that do not say AI), localhero.ai (blog only), loxily.com, converso.cloud (RSAI,
// blog only; its AI annex did not come back), harmonitranslate.com, easyssub.com (easysub.io is a different, already
// listed product), signer.ai (a 2021 position post only), dubwavelabs.com, noll.to, Nudgey AI (its policy does not say
// AI), FlyMail and emailai.me. Moonbow AI's Chief of Staff (chief-of-staff.moonbowai.com/privacy) says only that data is
// never used to train AI models; its sibling policy on contract-intelligence names Anthropic for "briefings", but that is
// not the Chief of Staff page, so it is left as a lead. Also left: maildigest.app (Mail Digest, an open-source desktop
// app with no hosted service), articles, law-firm AI-use policies and shared platforms (pages.dev, vercel.app,
// github.io, workers.dev, notion.site, sites.google.com, hf.space).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const longTailC20LeadsTools: Tool[] = defineTools(
  'productivity',
  [
    // --- email and work assistants ---
    { id: 'maildigest-ai', name: 'MailDigest AI', vendor: 'MailDigest AI', domains: ['maildigest.ai'], source: 'https://www.maildigest.ai/privacy' }, // privacy: AI email digests, Gmail content sent to Claude (Anthropic) to classify and summarise
    { id: 'mailover', name: 'MailOver', vendor: 'MailOver', domains: ['mailover.ai'], source: 'https://mailover.ai/help/privacy/training' }, // help: the AI reads each email to build Action Items, Highlights and FYIs; never trained on your mail
    { id: 'prometheusmail', name: 'PrometheusMail', vendor: 'PrometheusMail', domains: ['prometheusmail.com'], region: 'europe', source: 'https://prometheusmail.com/privacy' }, // privacy: AI-powered email automation and CRM for agencies, email processed by its own Llama 3.3 in the EU
    { id: 'moonbow-contract-intelligence', name: 'Contract Intelligence (Moonbow AI)', vendor: 'Moonbow AI, LLC', domains: ['contract-intelligence.moonbowai.com'], source: 'https://contract-intelligence.moonbowai.com/privacy' }, // privacy: uploaded contracts get AI analysis, obligation and risk extraction; Anthropic Claude as sub-processor
    { id: 'chief-letchief', name: 'Chief (letchief.work)', vendor: 'Chief', category: 'agents', domains: ['letchief.work', 'letcairn.work'], source: 'https://letcairn.work/privacy' }, // privacy: an AI-powered team-management service where businesses direct specialised AI workers
    // --- translation ---
    { id: 'baba-itsbaba', name: 'baba', vendor: 'Baba Magic LLC', category: 'translation', domains: ['itsbaba.com'], source: 'https://itsbaba.com/privacy' }, // privacy: a translation app whose translations and images feed its AI models, with third-party AI providers
    // --- chat ---
    { id: 'kimi-k2-kimik2-org', name: 'Kimi K2 (kimik2.org)', vendor: 'kimik2.org', category: 'chat', domains: ['kimik2.org'], source: 'https://kimik2.org/privacy-policy' }, // privacy: prompts submitted to "Kimi K2" agentic AI; presents itself as MoonshotAI's model, no operator named
  ],
  { checked: CHECKED_C20 },
);
