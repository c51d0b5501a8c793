// Twenty-seventh session, newtop pass B (2026-12-07, helper `newtopb`): AI products among the .ai hosts that entered
// the Tranco top-one-million list in 2025–2026 (lead chunk /work/helpers/newtop-ai-part-01, 148 hosts, dohoo.ai to
// logitize.ai; the record of newly popular domains is github.com/wanghaisheng/new-domain-in-top-1m, used only for the
// names and cited nowhere). None of the 148 classified before. Here: an enterprise AI-assistant platform (elvex), an
// AI-agent security gateway (Invariant Labs), a hosted task-specific model API (Fastino's GLiNER 2), AI image
// generation and editing (LetzAI, Kaze), AI-moderated customer interviews (Listen Labs), an AI-search visibility tool
// (Limy), an AI matchmaker (Keeper), an AI roleplay-story platform (Isekai Zero), and two AI chat apps met on their own
// hosts while their chunk hosts stayed unconfirmed (EVA AI at evaapp.ai, Fello AI at felloai.com).
//
// Leads and look-ups. 50 look-ups (the pass's raised budget), all `search` in the `pages` corpus, one or two a
// candidate, counted as made: elvex (2), fello.ai, fairies.ai, farcade.ai, fastino.ai (2), eva.ai (2), jackandjill.ai,
// listenlabs.ai, letz.ai, kollegio.ai, heylibby.ai (2), kaze.ai, kruti.ai (2), humanize.ai, isekaizero.ai,
// happyverse.ai, genstore.ai, indemn.ai, hellodata.ai, floatchat.ai, kaily.ai, imgtoimg.ai, facehair.ai, gethookd.ai,
// higress.ai, invariantlabs.ai, konch.ai, gryphon.ai, keeper.ai, gaya.ai (2), hirebee.ai, healos.ai, hyperspace.ai,
// karyatulis.ai, limy.ai, flashlabs.ai, graas.ai, keylabs.ai, giftpack.ai, hucu.ai, fonzi.ai, icdcodes.ai, dressie.ai,
// lazyfit.ai. The chunk was triaged by name first: gambling and betting (keovip.ai, kqkq.ai), a band (jamiroqu.ai),
// news and story sites (khotruyen.ai, localnews.ai), metal prices (goldsilver.ai), a chip maker (furiosa.ai), a
// bus-lane camera company (hayden.ai), research bodies (governance.ai), a look-alike of another product's host
// (gamma.com.ai) and hosts whose names say nothing were not looked up. getgc.ai is left to the merger (GC AI's
// alternate host). Every row cites a page with a path on the product's own host where the vendor says the product
// uses AI; hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and in the other helpers'
// c27 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the chunk itself (/work/helpers/out/newtopb-hosts.txt, 148 hosts):
// 0 classified before (0.0%), 9 after (6.1%).
//
// Doubtful rows. Isekai Zero: the twentieth session's games pass left docs.isekaizero.ai out because its visual-novel
// settings page does not say AI (that page is a trap in lookalikes-c20-games.test.ts and now classifies, for the
// merger); the cited page is the same guide's full export, whose chapters include "Choosing Your LLM Model" and a
// character guide on what "the AI" reads for roleplay. Kaze is read from its API docs, whose page title names the
// product an AI image editor (watermark remover, photo restoration, image expansion) while the body is API
// reference. Limy measures brands' visibility in AI answers by running prompts against AI systems: an AI-search
// analytics tool, counted like the GEO tools already listed (Profound, Peec AI). EVA AI and Fello AI are added under
// the hosts their pages were read on (evaapp.ai, felloai.com); eva.ai and fello.ai were not shown to be theirs.
//
// Already listed or left to existing entries: Krutrim (olakrutrim.com; kruti.ai, its assistant's host, was not found
// on a page: a lead), HelloData's RealType.ai (realtype.ai; hellodata.ai itself stays out, as the sixteenth session
// decided and as its traps in lookalikes-c16-verticals.test.ts keep it: its help centre says AI extracts concessions
// and computer vision scores listing photos, but the product is a rental-data platform).
//
// Left out. Found only on third-party pages (news, directories, reviews, aggregators): farcade.ai, jackandjill.ai (as
// the sixteenth session found), eva.ai, happyverse.ai, fonzi.ai, gryphon.ai (its own blog post is about governing AI
// voice agents, not saying its product uses AI), keylabs.ai (spam articles; its own docs page on worker roles does not
// say AI), kaily.ai (only Boltic's integration docs), hyperspace.ai (results were for hyper.space), fastino-1.gitbook.io
// (a shared platform). Own-host pages that do not say the product uses AI: help.heylibby.ai's escalation settings
// (read twice), guide.floatchat.ai's conversation-flow and users guides (a chatbot builder whose pages describe paths
// and nodes), blog.gaya.ai (a post on AI automation in insurance in general), prod-api.gaya.ai (API reference).
// Not found in the corpus: fairies.ai, kollegio.ai, kruti.ai, humanize.ai, genstore.ai (its own pages still unseen,
// as the seventeenth and twenty-second sessions found), indemn.ai (indemna.com is another company), imgtoimg.ai,
// facehair.ai, gethookd.ai, higress.ai (the sixteenth session read Higress's AI-proxy code, not its site; no page on
// higress.ai was returned), konch.ai, hirebee.ai, healos.ai, karyatulis.ai, flashlabs.ai, graas.ai, giftpack.ai, hucu.ai,
// icdcodes.ai, dressie.ai, lazyfit.ai. Left out by rule: dspy.ai (framework documentation, as the tenth session
// decided).
//
// Leads for later: fello.ai and eva.ai (check whether they are Fello AI's and EVA AI's hosts, then add them to these
// rows), getlimy.ai (likely Limy's second host), isekai.world (docs.isekai.world carries the same Isekai Zero guide),
// kruti.ai, genstore.ai, higress.ai, gaya.ai (blog.gaya.ai, prod-api.gaya.ai and a Gaya browser extension were seen),
// heylibby.ai (mylibby.ai's outbound-call API is documented on a HubSpot host), floatchat.ai, kaily.ai, and the
// chunk's unlooked names with AI-sounding products (grokvideo.ai, flowvideo.ai, heyvideo.ai, hiddenlogo.ai,
// hivedetect.ai, homeguardian.ai, kurrant.ai, getprog.ai, getkarla.ai, getwiser.ai, dub.ai, eduka.ai, evaai.ai).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27NewtopbTools: Tool[] = defineTools(
  'other',
  [
    // --- chat and companions ---
    { id: 'elvex', name: 'elvex', vendor: 'elvex', category: 'agents', domains: ['elvex.ai'], source: 'https://help.elvex.ai/en/collections/12361745-account-management' }, // help centre: an enterprise platform of AI assistants and agents whose event log records every AI interaction processed through elvex, by its interface or API
    { id: 'eva-ai', name: 'EVA AI', vendor: 'Novi Limited', category: 'chat', domains: ['evaapp.ai'], source: 'https://evaapp.ai/terms' }, // terms: chat by text and voice with a chatbot made as a self-sufficient artificial-intelligence unit (the "virtual friend")
    { id: 'fello-ai', name: 'Fello AI', vendor: 'Fello AI', category: 'chat', domains: ['felloai.com'], source: 'https://felloai.com/privacy-policy/' }, // privacy: the Fello AI app's AI chat features, to which users send text prompts and messages
    { id: 'isekai-zero', name: 'Isekai Zero', vendor: 'Isekai Zero', category: 'chat', domains: ['isekaizero.ai'], source: 'https://docs.isekaizero.ai/books/your-guide-to-isekai-zero/export/html' }, // user guide: interactive AI storylines and characters for roleplay, with a chapter on choosing the LLM model
    { id: 'keeper-ai', name: 'Keeper', vendor: 'Keeper Dating, Inc.', domains: ['keeper.ai'], source: 'https://keeper.ai/posts/what-is-a-matchmaker-and-what-does-one-do' }, // vendor blog: introduces Keeper as an AI matchmaker
    // --- image ---
    { id: 'letzai', name: 'LetzAI', vendor: 'LetzAI', category: 'image', domains: ['letz.ai'], source: 'https://letz.ai/docs/api' }, // API docs: LetzAI's inference generates images from prompts, with community and custom-trained models
    { id: 'kaze-ai', name: 'Kaze AI', vendor: 'Kaze AI', category: 'image', domains: ['kaze.ai'], source: 'https://www.kaze.ai/api-docs/account' }, // API docs of the AI image editor (watermark remover, photo restoration, image expansion)
    // --- research and marketing ---
    { id: 'listen-labs', name: 'Listen Labs', vendor: 'Listen Labs', category: 'productivity', domains: ['listenlabs.ai'], source: 'https://listenlabs.ai/articles/how-ai-moderates-research-interviews/' }, // vendor article: AI-moderated research interviews with adaptive follow-ups, transcription and AI theme synthesis
    { id: 'limy', name: 'Limy', vendor: 'Limy', domains: ['limy.ai'], source: 'https://support.limy.ai/intelligence/how-limy-generates-prompts' }, // support docs: tracks the prompts users ask AI systems and the AI-generated answers, to measure a brand's visibility across large language models
    // --- developer platforms ---
    { id: 'invariant-labs', name: 'Invariant', vendor: 'Invariant Labs', category: 'developer-platform', domains: ['invariantlabs.ai'], source: 'https://explorer.invariantlabs.ai/docs' }, // docs: a security layer and hosted LLM-level gateway that guardrails agentic AI systems against prompt injection and data leaks
    { id: 'fastino', name: 'Fastino', vendor: 'Fastino Labs', category: 'developer-platform', domains: ['fastino.ai'], source: 'https://fastino.ai/api-reference/gliner-2' }, // API reference: hosted GLiNER 2 model inference for entity extraction, text classification and structured extraction
  ],
  { checked: CHECKED_C27 },
);
