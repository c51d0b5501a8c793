// Twenty-seventh session, third rebrands pass (2026-12-07, helper `rebrands3`): renamed AI products and their new or
// old hosts ("formerly known as", "we are now", "has rebranded to", "new name, same product", "moved to our new
// domain"), a weakness an outside check named, after the twentieth and twenty-fifth sessions' rename passes
// (data/long-tail-c20-rebrands.ts, data/long-tail-c25-rebrands2.ts), whose queries, findings and left-out hosts are
// not repeated here. The rule is theirs: a rename confirmed on the vendor's own page adds the missing host to the entry
// that already holds the product; a product listed under neither host gets a row here claiming both, when both are
// still the vendor's.
//
// Finding. Before any look-up, about 1,100 old and new hosts of renamed AI products recalled from memory (jane.ai/
// Capacity, usespeak.com/Speak, doublicat.com/Reface, generallyintelligent.com/Imbue, semi.technology/Weaviate,
// pytorchlightning.ai/Lightning AI, aisense.com/Otter, lyrebird.ai/Descript, init.ml and cleanup.pictures/Clipdrop,
// characterhub.org/Chub, basedhardware.com/Omi, predictivehire.com/Sapia.ai, pipeline.ai/Mystic, mendable.ai/
// Firecrawl, superpowered.me/Vapi, unriddle.ai/Anara, dhiwise.com/Rocket, finchat.io/Fiscal.ai, quizizz.com/Wayground,
// clay.run, ada.support, comet.ml, suno.ai, replicate.ai, console.anthropic.com/platform.claude.com, idx.dev/Firebase
// Studio, llama.meta.com, the Chinese assistants' old hosts, the GPU and inference clouds' old hosts and many more)
// were run through /work/helpers/classify-hosts.mts: about 80% were listed already, and nearly all the misses were
// general companies, shut products or hosts no vendor page ties to the product. The catalog already holds the old and
// new hosts of almost every rename that could be recalled or found, so this pass ends far short of the 15 to 25 hosts
// hoped for: three hosts, one on an existing entry and two in one new row.
//
// Leads. 38 look-ups, counted as made: 33 `search` (24 in `pages`, 7 in `issues`, 2 in `docs`), 1 `find_string`
// ("basedhardware.com"), 1 `read_file` (that string's hit, which turned out to be a fork) and no `fetch`. Rename
// wording not used by the earlier passes ("we are now called", "has rebranded to", "moved to our new domain",
// "why we changed our name", "your account and credits carry over", a Chinese "更名 / 新域名" notice, rename wording
// by kind of tool: notetakers, image generators, writing assistants) returned naming essays, news on the famous
// renames (Bard, Copilot, Twitter/X, chat.com), redirect how-tos and one vendor blog each, never a small vendor's
// rename notice. The `issues` corpus did better: pull requests to awesome lists and to LLM clients that move a tool to
// its new host (ShuttleAI, Snapgen AI, Datalead AI, LearnGPT, Inzone.AI/VerifAI, Treasure Data, Crusoe, FriendliAI,
// AnythingLLM), which gave the leads read further. Queries naming one product each (Capacity/Jane.ai, Speak,
// Imbue/Generally Intelligent, Weaviate/SeMI, Lightning/Grid, PrivateGPT/Zylon, Crusoe, Omi/Based Hardware,
// Snapgen/GeminiGen, Emergent Mind/LearnGPT, Hyperbolic, Targon/Sybil) returned the vendors' current pages and
// third-party articles, and two vendor pages on an old or second host (docs.shuttleai.app, docs.crusoecloud.com).
//
// Measured with /work/helpers/classify-hosts.mts on the 218 hosts the look-ups returned (vendors, news, blogs,
// directories, mirrors and shared hosts alike, in /work/helpers/out/rebrands3-hosts.txt): 41 classified before
// (18.8%), 45 after (20.6%): shuttleai.app, docs.shuttleai.app, zylon.ai and docs.privategpt.dev.
//
// Host for an existing entry (added to the entry's `domains` in its data file, with a trailing comment naming the
// page): `shuttleai` (data/long-tail-c7-blocklists.ts) gains shuttleai.app, ShuttleAI's earlier host; its own docs
// page https://docs.shuttleai.app/getting-started/making-requests walks through a chat-completion request to
// "ShuttleAI's gpt-4 model", and LibreChat-AI/librechat.ai pull request #119 ("Switched domain from shuttleai.app to
// shuttleai.com. (Both work …)") records the move.
//
// The row below: Zylon, the company and enterprise private-AI workspace made by the team behind the open-source
// PrivateGPT, whose repository moved from imartinez/privateGPT to zylon-ai/private-gpt; the row claims Zylon's host
// and PrivateGPT's documentation host (docs.privategpt.dev, named as the official docs in that repository's README),
// both still the vendor's. It cites Zylon's own blog post on deploying private AI (a ChatGPT-like assistant, document
// search and coding help run on-premise or air-gapped, by Iván Martínez, PrivateGPT's author).
//
// Doubtful row, kept: Zylon is less a rename than PrivateGPT's makers' company taking the project in; the pair of
// hosts is claimed because both serve the same private-AI product line. The cited post describes private AI
// deployment in general terms under Zylon's name rather than listing Zylon's features; Zylon is an AI workspace and
// nothing else. Its region is left global: no page read names its country.
//
// Not added, for the merger (see /work/helpers/out/readme-rebrands3.md):
// - crusoecloud.com for `crusoe-cloud`: Crusoe Cloud's own docs page
//   https://docs.crusoecloud.com/usage-billing/viewing-usage bills inference per token in the "Crusoe Cloud console",
//   so the host is Crusoe's product host, not a parked one; but lookalikes.test.ts pins crusoecloud.com as unclaimed
//   ("only its managed-inference API host is claimed") and a domain on `crusoe-cloud` would pull the
//   `crusoe-managed-inference` API hosts to it, failing lookalikes-c16-providers.test.ts. The edit was made, tested and
//   reverted.
// - basedhardware.com for `omi`: Based Hardware, Omi's maker (its first device was "Friend"), uses the host for
//   support mail (team@basedhardware.com) and a plugin page (basedhardware.com/plugins) in the Omi app's code, found
//   by exact-string look-up; no page on the host and no repository path was read, so it stays a lead.
// - learngpt.com for `emergent-mind`: the maker's own blog (mattmazur.com/category/emergent-mind) says "I renamed
//   LearnGPT to EmergentMind"; whether learngpt.com is still his was not read.
// - hyperbolic.ai for `hyperbolic`: a third-party OpenAPI description names docs.hyperbolic.ai, support@hyperbolic.ai
//   and www.hyperbolic.ai/terms-of-use beside api.hyperbolic.xyz, but no page on hyperbolic.ai was met.
//
// Left out. snapgen.ai and geminigen.ai (Snapgen AI, formerly GeminiGen, an AI video generator: only an FMHY pull
// request names the move; no page on either host was met); phindai.org (a GitHub issue said Phind "moved" there; no
// Phind page says so, and it reads as a lookalike); jane.ai, usespeak.com, doublicat.com, generallyintelligent.com,
// semi.technology, pytorchlightning.ai, aisense.com, lyrebird.ai, init.ml, characterhub.org and replicate.ai (renames
// known, no vendor page on the old host in reach); verifai.ai/inzone.ai (a 2020 rename of a hardware-verification
// company, status unknown); thewebco.ai/datalead.ai (left out by the twentieth session too); treasure.ai/
// treasuredata.com (Treasure Data renamed Treasure AI: a customer-data platform, AI one feature); comet.com (Comet's
// Opik is listed by URL prefix only, Comet itself being an MLOps platform); news, blogs, wikis, naming essays,
// redirect how-tos and shared platforms (the large majority of hosts met). AI products met off this pass's theme and
// not read as rows: images.ai, 1chat.com, feyn.chat, hyperinfer.ai, hypervize.tech, hypereal.cloud,
// apis.hyperbots.com, aigeminiomni.org, geminiomnivideo.com, geminiomni.tech, genaivideo.app, tooeasyapps.com,
// integral.ai and satur.app (leads).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Rebrands3Tools: Tool[] = defineTools(
  'chat',
  [
    {
      id: 'zylon',
      name: 'Zylon',
      vendor: 'Zylon',
      domains: [
        'zylon.ai',
        'privategpt.dev', // PrivateGPT's documentation host (docs.privategpt.dev), the README's official docs
      ],
      source: 'https://www.zylon.ai/resources/blog/private-ai-deployment-vpc-vs-on-premise-vs-air-gapped-ai',
    }, // vendor blog (Iván Martínez): private AI deployment, a ChatGPT-like assistant, internal-document search and coding help run in a VPC, on-premise or air-gapped; by the makers of PrivateGPT
  ],
  { checked: CHECKED_C27, region: 'global' },
);
