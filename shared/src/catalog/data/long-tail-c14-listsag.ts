// Fourteenth-session list pass, helper listsag (2026-12-06, issue 15): AI products for agents, productivity, education,
// finance and knowledge work from permissively licensed lists that no earlier pass pinned. Sources, each read at the
// commit pinned in `LISTS`: ai-collection/ai-collection (README.tr.md, the Turkish copy of the list and the only file
// that still links each product's own site; MIT licence file), GagnDeep/awesome-best-ai-tools-for-small-businesses-2026
// (README.md; MIT licence file) and brettkromkamp/awesome-knowledge-management (README.md; CC0 licence file); one row
// cites the vendor's own page. Only facts were taken: the product's name and the host the list links.
// Recall measured before these rows (distinct hosts the file links, badges and GitHub links removed): AI Collection's
// README.tr.md 706/881 (80.1%; 290/356, 81.5%, in its sections for finance, code, chat, education, automation,
// productivity, research and "other"); the small-business list 11/40 (27.5%; most misses are general software such as
// Calendly, Zoho, Toggl, PandaDoc); the knowledge-management list 4/151 (2.6%; almost all note-taking, graph and
// semantic-web software without AI). About 60 further lists read this session (agents, coding, meetings, finance,
// legal, HR, education, research; see the pass's report) already classified 55-95% of their product hosts, and their
// misses were general software, documentation hosts or infrastructure.
// Selection rule: an AI-first product a person uses in a browser, whose host is named after the product and whose
// whole site is the product, described as AI by the list. Left out: rows with no description (Athena at apac.ai, Beb AI,
// Prettysmart), general software with an AI feature (FlowCog, Decile, Hiphops, Kyligence, Swimm, Hubble,
// BI.P.EYE, Docufill, Timely at memory.ai, mymind, IdeaFlow), records whose name and host disagree (Product Launch AI
// at shapenship.com, Jigso's Sidekick, Lara AI at interviewai.com), Slack bots without a web app (Albus on
// springworks.in), shared hosts (softr.app, gumroad.com, web.app, notion.so, figma.com), Spoke (spoke.ai, an ordinary
// word next to other Spoke products, and not confirmed live) and Jinnee (a fintech support bot not confirmed live).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools, listed } from './define';

const aiCollection = listed('c14listsagaicoll', 'README.tr.md');
const smallBusiness = listed('c14listsagsmb', 'README.md');
const knowledge = listed('c14listsagkm', 'README.md');

export const longTailC14ListsagTools: Tool[] = defineTools(
  'productivity',
  [
    // ai-collection/ai-collection, README.tr.md
    { id: 'romehq-ai', name: 'Rome AI', vendor: 'Rome', domains: ['romehq.ai'], source: aiCollection },
    { id: 'teachology-ai', name: 'Teachology', vendor: 'Teachology', domains: ['teachology.ai'], source: aiCollection },
    { id: 'chivvy-app', name: 'Chivvy', vendor: 'Chivvy', domains: ['chivvy.app'], source: aiCollection },
    { id: 'pth-ai', name: 'Pth.AI', vendor: 'Pth.AI', category: 'agents', domains: ['pth.ai'], source: aiCollection },
    { id: 'timemaster-ai', name: 'timeMaster', vendor: 'timeMaster', domains: ['timemaster.ai'], source: aiCollection },
    // GagnDeep/awesome-best-ai-tools-for-small-businesses-2026, README.md
    { id: 'cupo-ai', name: 'Cupo.ai', vendor: 'Cupo', category: 'agents', domains: ['cupo.ai'], source: smallBusiness },
    // brettkromkamp/awesome-knowledge-management, README.md
    { id: 'bundleiq', name: 'bundleIQ', vendor: 'bundleIQ', domains: ['bundleiq.com'], source: knowledge },
    // The vendor's own glossary page, which calls Rillet an AI-native ERP whose agents draft entries and reconciliations.
    {
      id: 'rillet',
      name: 'Rillet',
      vendor: 'Rillet',
      category: 'agents',
      domains: ['rillet.com'],
      source: 'https://www.rillet.com/blog/the-modern-finance-glossary',
    },
  ],
  { checked: CHECKED_C14 },
);
