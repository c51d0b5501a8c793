// Fourth pass, third file (CHECKED_3): AI agents for security operations and site reliability, email assistants,
// sales coaching and legal drafting tools the catalog missed. Each row cites the vendor's pricing or product page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C10, CHECKED_C14 } from './define';

export const supportMarketingTools3: Tool[] = defineTools('agents', [
  // Security operations and site reliability agents
  { id: '7ai', name: '7AI', vendor: '7AI', domains: ['7ai.com'], source: 'https://7ai.com/what-is-an-ai-agent' }, // 7AI's own page, stored copy read: it builds and deploys AI agents for cybersecurity (mission and specialist agents investigate alerts)
  { id: 'conifers', name: 'Conifers.ai', vendor: 'Conifers', domains: ['conifers.ai'], source: 'https://www.conifers.ai/blog/category/uncategorized/page/2/' }, // Conifers' own blog, stored copy read (its guide to taking an enterprise AI SOC from pilot to production), on www.conifers.ai (2026-12-05)
  { id: 'exaforce', name: 'Exaforce', vendor: 'Exaforce', domains: ['exaforce.com'], source: 'https://www.exaforce.com/blogs/aggregation-redefined-reducing-noise-enhancing-context' }, // Exaforce's own blog, stored copy read: its Exabots agents aggregate and triage security alerts with its Knowledge Model
  { id: 'radiant-security', name: 'Radiant Security', vendor: 'Radiant Security', domains: ['radiantsecurity.ai'], source: 'https://help.radiantsecurity.ai/welcome-to-radiant/get-started/user-quickstart' }, // Radiant Security's own help centre, stored copy read: an AI-powered security operations platform that triages every alert (app.radiantsecurity.ai)
  { id: 'cleric', name: 'Cleric', vendor: 'Cleric', domains: ['cleric.io', 'cleric.ai'], source: 'https://cleric.ai/technology' }, // Cleric's own page, stored copy read: its AI SRE agent's investigation engine, on cleric.ai (cleric.io stays, unproven)
  { id: 'resolve-ai', name: 'Resolve AI', vendor: 'Resolve AI', domains: ['resolve.ai'], source: 'https://resolve.ai/blog/Failures-That-Led-to-2x-Agent-Accuracy-Improvement?tag=Development' }, // Resolve AI's own blog, stored copy read: its agents find the root cause of production incidents
  { id: 'traversal', name: 'Traversal', vendor: 'Traversal', domains: ['traversal.com'], source: 'https://docs.traversal.com/using-traversal/investigations' }, // Traversal's own docs, stored copy read: its AI SRE root-causes incidents from natural-language investigations; docs.traversal.com is under the row's host
  // Work agents and builders
  { id: 'respell', name: 'Respell', vendor: 'Respell', domains: ['respell.ai'], source: 'https://docs.respell.ai/documentation/getting-started/spell-steps' }, // Respell's own docs, stored copy read: AI workflows (Spells) built from steps; docs.respell.ai is under the row's host
  { id: 'vectorshift', name: 'VectorShift', vendor: 'VectorShift', domains: ['vectorshift.ai'], source: 'https://docs.vectorshift.ai/sdk/pipeline/overview' }, // stored copy of VectorShift's SDK docs: pipelines of LLM nodes, agents and knowledge bases
  { id: 'obviously-ai', name: 'Obviously AI', vendor: 'Obviously AI', category: 'developer-platform', domains: ['obviously.ai'], source: listed('meetpateltech') },
  { id: 'kompas-ai', name: 'Kompas AI', vendor: 'Kompas AI', category: 'search', domains: ['kompas.ai'], source: 'https://kompas.ai/pricing' },
  // Email assistants
  { id: 'fyxer', name: 'Fyxer AI', vendor: 'Fyxer', category: 'productivity', domains: ['fyxer.com', 'fyxer.ai'], source: 'https://support.fyxer.com/en/articles/13107658-fyxer-email-categorization-handbook', region: 'europe' },
  { id: 'inbox-zero', name: 'Inbox Zero', vendor: 'Inbox Zero', category: 'productivity', domains: ['getinboxzero.com'], source: 'https://github.com/elie222/inbox-zero/blob/4f70dcefc55c65f2664ec27a19e118003138fb5f/README.md' },
  { id: 'jace', name: 'Jace', vendor: 'Jace', category: 'productivity', domains: ['jace.ai'], source: 'https://jace.ai/blog/ask-jace-anything-how-ai-chat-turns-your-inbox-into-an-instant-knowledge-base' }, // Jace's own blog, stored copy read: AI chat over your inbox that drafts replies for approval
  { id: 'serif', name: 'Serif', vendor: 'Serif', category: 'productivity', domains: ['serif.ai'], source: 'https://serif.ai/pricing' },
  // Sales conversations and coaching
  { id: 'oliv-ai', name: 'Oliv AI', vendor: 'Oliv', category: 'meeting', domains: ['oliv.ai'], source: 'https://www.oliv.ai/pricing' },
  { id: 'orum', name: 'Orum', vendor: 'Orum', domains: ['orum.com'], source: 'https://support.orum.com/en-US/orum/article/Cnd_djYI-multiplayer-dialing' }, // Orum's own help centre, stored copy read: multi-rep dialing in its parallel and power dialer, served from support.orum.com (an older copy lives at support.orumhq.com) (2026-12-05)
  // hellorep.ai (2026-12-07): the same product's other host; its help centre (help.hellorep.ai) sells the "AI Sales
  // Assistant", "AI Support Agent" and "AI Concierge" plans (read by the twenty-sixth session's pricing pass).
  { id: 'rep-ai', name: 'Rep AI', vendor: 'Rep AI', domains: ['rep.ai', 'hellorep.ai'], source: listed('kostja94') },
  { id: 'second-nature', name: 'Second Nature', vendor: 'Second Nature', category: 'productivity', domains: ['secondnature.ai'], source: listed('natnew'), region: 'middle-east' },
  { id: 'quantified-ai', name: 'Quantified', vendor: 'Quantified', category: 'productivity', domains: ['quantified.ai'], source: 'https://www.quantified.ai/platform' },
  // Legal drafting
  { id: 'briefpoint', name: 'Briefpoint', vendor: 'Briefpoint', category: 'writing', domains: ['briefpoint.ai'], source: 'https://briefpoint.ai/author/nathanwalter/' }, // Briefpoint's own blog archive, stored copy read: its discovery-response drafting tool for litigators, on briefpoint.ai (2026-12-05)
  { id: 'clearbrief', name: 'Clearbrief', vendor: 'Clearbrief', category: 'writing', domains: ['clearbrief.com'], source: 'https://clearbrief.com/blog/responsible-ai-citation-checking-policies' }, // Clearbrief's own blog, stored copy read (by its founder, on AI citation-checking policies for its Word add-in), on clearbrief.com (2026-12-05)
  { id: 'paxton', name: 'Paxton', vendor: 'Paxton', category: 'writing', domains: ['paxton.ai'], source: 'https://www.paxton.ai/post/introducing-the-paxton-ai-citator-setting-new-benchmarks-in-legal-research' },
  // Short-form video and UGC ad generators
  { id: 'autoshorts', name: 'AutoShorts.ai', vendor: 'AutoShorts', category: 'video', domains: ['autoshorts.ai'], source: listed('kostja94') },
  { id: 'choppity', name: 'Choppity', vendor: 'Choppity', category: 'video', domains: ['choppity.com'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'crayo', name: 'Crayo', vendor: 'Crayo', category: 'video', domains: ['crayo.ai'], source: 'https://crayo.ai/pricing' },
  { id: 'faceless-video', name: 'Faceless.video', vendor: 'Faceless.video', category: 'video', domains: ['faceless.video'], source: 'https://faceless.video/pricing' },
  { id: 'firecut', name: 'FireCut', vendor: 'FireCut', category: 'video', domains: ['firecut.ai'], source: 'https://learn.firecut.ai/features/multi-track/multi-track-video-editing', checked: CHECKED_C14 }, // a stored copy of FireCut's own docs on learn.firecut.ai: its automatic multi-track podcast editing; the earlier unopened source was its pricing page
  { id: 'makeugc', name: 'MakeUGC', vendor: 'MakeUGC', category: 'video', domains: ['makeugc.ai'], source: 'https://www.makeugc.ai/pricing' },
  { id: 'revid', name: 'Revid AI', vendor: 'Revid', category: 'video', domains: ['revid.ai'], source: listed('kostja94') },
  { id: 'tagshop', name: 'Tagshop AI', vendor: 'Tagshop', category: 'video', domains: ['tagshop.ai'], source: 'https://tagshop.ai/pricing/', region: 'india' },
  // SEO and blog writers
  { id: 'arvow', name: 'Arvow', vendor: 'Arvow', category: 'writing', domains: ['arvow.com'], source: 'https://arvow.com/pricing' },
  { id: 'autoblogging-ai', name: 'Autoblogging.ai', vendor: 'Autoblogging.ai', category: 'writing', domains: ['autoblogging.ai'], source: 'https://autoblogging.ai/pricing/' },
  { id: 'blogseo', name: 'BlogSEO AI', vendor: 'BlogSEO', category: 'writing', domains: ['blogseo.ai'], source: listed('kapibala') }, // README at the pinned commit: BlogSEO, AI-generated SEO blog posts, at blogseo.ai
  { id: 'machined', name: 'Machined', vendor: 'Machined', category: 'writing', domains: ['machined.ai'], source: 'https://machined.ai/pricing' },
  { id: 'outrank', name: 'Outrank', vendor: 'Outrank', category: 'writing', domains: ['outrank.so'], source: 'https://github.com/WordPressBugBounty/plugins-outrank/blob/4677c5a2a994473e47fd403b1248b598800b1ed4/outrank/readme.txt' }, // Outrank's own WordPress plugin readme (a mirror of the published plugin): AI-written SEO articles synced from the Outrank API at www.outrank.so
  // AI code review
  { id: 'baz', name: 'Baz', vendor: 'Baz', category: 'coding', domains: ['baz.co'], source: 'https://github.com/baz-scm/awesome-reviewers/blob/9dda0315de12b762e13b340c0476fe2dd71394a1/README.md', region: 'middle-east' },
  { id: 'cubic', name: 'cubic', vendor: 'cubic', category: 'coding', domains: ['cubic.dev'], source: 'https://docs.cubic.dev/ai-review/cli' }, // stored copy of cubic's docs: its AI code review CLI, signing in with a cubic.dev account
  { id: 'entelligence', name: 'Entelligence AI', vendor: 'Entelligence', category: 'coding', domains: ['entelligence.ai'], source: 'https://pypi.org/project/entelligence-cli/' }, // the vendor's own package page: EntelligenceAI's AI code review CLI, keys from app.entelligence.ai
], { checked: CHECKED_3 });
