// Fifteenth session, third wave, leads pass (2026-12-06, issue 15): the leads the second wave named and could not
// source (long-tail-c15-wellknown.ts and long-tail-c15-ulleads2.ts list them), looked up again, this time mostly in
// the vendors' own GitHub repositories (fetched and read at the commit in each URL) and with exact-host searches of
// the code index, then in the stored `pages` and `docs` corpora. Measured on the 26 lead hosts and prefixes with
// /work/helpers/classify-hosts.mts: 1 of 26 before (codebuddy.ai, already the `codebuddy` entry), 9 of 26 after.
// Four are new rows here; four are hosts added to existing entries, each with its own source in a comment on that
// row: poly-ai.com (`polyai`, agents.ts; PolyAI's conversational-datasets README), yellowmessenger.com (`yellow-ai`,
// agents.ts; Yellow.ai's documentation repository), deepbrainai.io (`deepbrain`, image-video.ts; DeepBrain AI's docs
// repository) and the prefix posthog.com/max (`posthog-ai`, platform-ai-sections-c15-llms2.ts; PostHog's website
// repository has the Max AI page at src/pages/max).
// Left out, no vendor page or repository found that ties the product to the host (only third-party code, lists,
// news): Figma Weave (weavy.ai; third-party scripts call app.weavy.ai), Opera Neon's opera.com/neon (Opera's CLI
// repository cannot be fetched here; third-party lists link the page), Google Scholar Labs
// (scholar.google.com/scholar_labs; only news and user scripts), Bing Copilot Search (www.bing.com/copilotsearch; only
// user scripts), WebSim (websim.com), Tolan, Tencent CodeBuddy's codebuddy.tencent.com (Tencent's Homebrew tap names
// only cnb.cool; Tencent Cloud's docs name codebuddy.ai and copilot.tencent.com, both already entries), Baichuan's
// Baixiaoying (baixiaoying.com; only lists), ChatGOT, Decopy (decopy.ai; only third-party scripts), HumaraGPT
// (humaragpt.com; its site source is in the index but the owning repository could not be tied to the vendor), Walmart
// Sparky (only news), clippit.ai (host for the `clippit-ai-extension` entry; only lists), mailmaestro.ai (for the
// `mailmaestro` entry; only lists), and the second hosts simonsays.ai, usetwain.com, amelia.com and metaphor.so (the
// Exa SDK repository names only metaphor.systems, already on the `exa` entry).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

export const longTailC15Leads3Tools: Tool[] = defineTools(
  'agents',
  [
    // Vendors' own GitHub repositories, read at the commit in the URL.
    { id: 'interview-coder', name: 'Interview Coder', vendor: 'Interview Coder', category: 'coding', domains: ['interviewcoder.co'], source: 'https://github.com/ibttf/interview-coder/blob/61439596bca47195ede635a4db13051147b0a7ec/README.md' }, // the desktop AI helper for coding interviews; line 5 gives www.interviewcoder.co, where the subscription is managed (its app calls the same host)
    { id: 'poke-interaction', name: 'Poke', vendor: 'The Interaction Company of California', category: 'agents', domains: ['poke.com'], source: 'https://github.com/InteractionCo/typescript-example/blob/523fa03dfe3748982b45113036bdbb4a679e5ae9/README.md' }, // line 3 links poke.com for the Poke agent you text, which calls your MCP tools
    // Vendors' own pages, as stored in the `pages` corpus on the day.
    { id: 'sigma-ai-browser', name: 'Sigma AI Browser', vendor: 'Sigma Browser', category: 'agents', domains: ['sigmabrowser.com'], source: 'https://www.sigmabrowser.com/blog/what-is-an-ai-agent' }, // Sigma Browser's blog on the native AI agent built into its browser (app.sigmabrowser.com is its web app)
    // The AI section of a general product, as a URL prefix on the vendor's own site.
    { id: 'triple-whale-moby', name: 'Moby (Triple Whale)', vendor: 'Triple Whale', category: 'agents', urlPrefixes: ['triplewhale.com/moby-ai'], source: 'https://kb.triplewhale.com/en/articles/11932150-agent-actions-automate-your-advertising-account-management' }, // Triple Whale's help centre: Moby, its AI agent, prepares ad, store and email actions from a chat; the rest of triplewhale.com (ecommerce analytics) stays unclaimed
  ],
  { checked: CHECKED_C15 },
);
