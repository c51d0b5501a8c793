// Fourteenth-session list pass, helper listsag (2026-12-06, issue 15): AI products for agents, productivity, education,
// finance and knowledge work from permissively licensed lists that no earlier pass pinned. Sources, each read at the
// commit pinned in `LISTS`: ai-collection/ai-collection (README.tr.md, the Turkish copy of the list and the only file
// that still links each product's own site; MIT licence file), GagnDeep/awesome-best-ai-tools-for-small-businesses-2026
// (README.md; MIT licence file) and brettkromkamp/awesome-knowledge-management (README.md; CC0 licence file). Ten
// rows cite the vendor's own page instead (a stored copy in the pages corpus: Scribeberry's guide, Scribe360's help,
// Doctronic's, CaseMark's, Danelfin's, BookWell's, Counsel Health's and MailLayer's pages, MailAgent's help and
// Parakeet AI's blog), for AI-first health, legal, finance, email and career products that a check of well-known
// names in these areas found missing. Only facts were taken: the product's name and the host the list links or the
// page is on. Teachology, Pth.AI, timeMaster (AI Collection) and Rillet were found here too but are left to the entries
// other fourteenth-session passes added for them.
// Recall measured before these rows (distinct hosts the file links, badges and GitHub links removed): AI Collection's
// README.tr.md 706/881 (80.1%; 290/356, 81.5%, in its sections for finance, code, chat, education, automation,
// productivity, research and "other"); the small-business list 11/40 (27.5%; most misses are general software such as
// Calendly, Zoho, Toggl, PandaDoc); the knowledge-management list 4/151 (2.6%; almost all note-taking, graph and
// semantic-web software without AI). About 60 further lists read this session (agents, coding, meetings, finance,
// legal, HR, education, research; see the pass's report) gave no rows: the catalog already classified most of their
// AI products, their misses were general software, papers, documentation or infrastructure, or they carry no licence.
// Selection rule: an AI-first product a person uses in a browser, whose host is named after the product and whose
// whole site is the product, described as AI by the list. Left out: rows with no description (Athena at apac.ai,
// Beb AI, Prettysmart), general software with an AI feature (FlowCog, Decile, Hiphops, Kyligence, Hubble,
// BI.P.EYE, Docufill, Timely at memory.ai, mymind, IdeaFlow), records whose name and host disagree (Jigso's Sidekick,
// Lara AI at interviewai.com), hosts whose AI product is already a path prefix here (Product Launch AI on
// shapenship.com, Albus on springworks.in), shared hosts (softr.app, gumroad.com, web.app, notion.so, figma.com) and
// Spoke (spoke.ai, an ordinary word next to other Spoke products, and not confirmed live).
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
    { id: 'chivvy-app', name: 'Chivvy', vendor: 'Chivvy', domains: ['chivvy.app'], source: aiCollection },
    // GagnDeep/awesome-best-ai-tools-for-small-businesses-2026, README.md
    { id: 'cupo-ai', name: 'Cupo.ai', vendor: 'Cupo', category: 'agents', domains: ['cupo.ai'], source: smallBusiness },
    // brettkromkamp/awesome-knowledge-management, README.md
    { id: 'bundleiq', name: 'bundleIQ', vendor: 'bundleIQ', domains: ['bundleiq.com'], source: knowledge },
    // Vendors' own pages (stored copies read this session), for finance, health, legal and career products the lists
    // above name only in unlicensed copies or not at all; each page calls its product AI on the row's host.
    {
      id: 'scribeberry',
      name: 'Scribeberry',
      vendor: 'Scribeberry',
      category: 'meeting',
      domains: ['scribeberry.com'],
      source: 'https://scribeberry.com/guides/what-is-an-ai-medical-scribe',
    },
    {
      id: 'scribe360',
      name: 'Scribe360',
      vendor: 'Scribe360',
      category: 'meeting',
      domains: ['scribe360.app'],
      source: 'https://scribe360.app/site/help',
    },
    {
      id: 'doctronic',
      name: 'Doctronic',
      vendor: 'Doctronic',
      category: 'chat',
      domains: ['doctronic.ai'],
      source: 'https://www.doctronic.ai/blog/what-a-digital-physician-is-and-how-it-works/',
    },
    {
      id: 'casemark',
      name: 'CaseMark',
      vendor: 'CaseMark',
      category: 'writing',
      domains: ['casemark.com'],
      source: 'https://casemark.com/faqs',
    },
    {
      id: 'danelfin',
      name: 'Danelfin',
      vendor: 'Danelfin',
      domains: ['danelfin.com'],
      source: 'https://danelfin.com/how-it-works',
    },
    {
      id: 'bookwell-ai',
      name: 'BookWell',
      vendor: 'BookWell',
      category: 'agents',
      domains: ['bookwell.ai'],
      source:
        'https://www.bookwell.ai/updates/blog/next-gen-bank-reconciliation-how-ai-robotics-cut-cloud-ledger-labor-in-half',
    },
    {
      id: 'parakeet-ai',
      name: 'Parakeet AI',
      vendor: 'Parakeet AI',
      domains: ['parakeet-ai.com'],
      source: 'https://blog.parakeet-ai.com/what-is-live-interview-transcription-boost-your-job-prep/',
    },
    {
      id: 'counsel-health',
      name: 'Counsel Health',
      vendor: 'Counsel',
      category: 'chat',
      domains: ['counselhealth.com'],
      source: 'https://www.counselhealth.com/blog/responsible-ai-in-healthcare',
    },
    {
      id: 'maillayer',
      name: 'MailLayer',
      vendor: 'MailLayer',
      domains: ['maillayer.app'],
      source: 'https://maillayer.app/en/how-it-works',
    },
    {
      id: 'mailagent-email',
      name: 'MailAgent',
      vendor: 'MailAgent',
      category: 'agents',
      domains: ['mailagent.email'],
      source: 'https://support.mailagent.email/gmail-addon/overview',
    },
  ],
  { checked: CHECKED_C14 },
);
