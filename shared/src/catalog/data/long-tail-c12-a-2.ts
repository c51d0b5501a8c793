// Twelfth-session list pass, helper lists-a (2026-12-06, issue 15), continued: AI products that publish a Model Context
// Protocol server, from the third-party servers sections of modelcontextprotocol/servers' README (official integrations,
// community servers, frameworks and resources) at the last commit before those sections were moved out of the README
// (documentation under CC BY 4.0, older contributions MIT: credit to the Model Context Protocol contributors). Only facts
// (name, vendor, host) were taken. Every product host the sections name (link targets and logo hosts, not GitHub) was
// classified first; most of the 389 unmatched official integrations are general software whose MCP server is a feature
// (databases, payments, CRMs, observability, CI, cloud consoles, e-commerce, analytics) and stay out, as do crypto and
// trading services, market-data and scraping APIs, MCP gateways, proxies and directories, ML-ops platforms (ZenML,
// ClearML), human-feedback and labelling services, personal sites and entries whose only host is an image host. Rows are
// the AI-first products whose host nothing matched. Also, on the same terms, AI products from two MIT-licensed MCP server
// lists: jaw9c/awesome-remote-mcp-servers (remote server URLs and their makers' sites; 114 rows) and the official-servers
// section of wong2/awesome-mcp-servers (entries not already judged from the reference README). Left out there: general
// SaaS, trading, scraping and crawling services, MCP hubs and directories, and makers not shown to be AI products. Two
// more from appcypher/awesome-mcp-servers (CC0 by its README's License section), whose other entries are GitHub servers.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const servers = listed('mcpservers');
const remote = listed('jaw9c');
const wong2 = listed('wong2');
const appcypher = listed('appcypher');

export const longTailC12ATools2: Tool[] = defineTools(
  'agents',
  [
    // Official integrations
    { id: 'agentrpc', name: 'AgentRPC', vendor: 'AgentRPC', category: 'developer-platform', domains: ['agentrpc.com'] },
    { id: 'alkemi-ai', name: 'Alkemi', vendor: 'Alkemi', category: 'productivity', domains: ['alkemi.ai'] },
    { id: 'atla-ai', name: 'Atla', vendor: 'Atla', category: 'developer-platform', domains: ['atla-ai.com'] },
    { id: 'buildable-bldbl', name: 'Buildable', vendor: 'Buildable', category: 'coding', domains: ['bldbl.dev'] },
    { id: 'chronulus-ai', name: 'Chronulus AI', vendor: 'Chronulus', domains: ['chronulus.com'] },
    { id: 'detailer-ginylil', name: 'Detailer', vendor: 'Ginylil', category: 'coding', domains: ['detailer.ginylil.com'] },
    { id: 'dart-pm', name: 'Dart', vendor: 'Dart', category: 'productivity', domains: ['itsdart.com', 'dartai.com'] }, // dartai.com: the same YC company (Dart, AI-native project management; W22.json gives itsdart.com) in listed('c13ayc', 'responses/Winter 2022.json'), CHECKED_C13
    { id: 'debugg-ai', name: 'Debugg.AI', vendor: 'Debugg.AI', category: 'coding', domains: ['debugg.ai'] },
    { id: 'devrev', name: 'DevRev', vendor: 'DevRev', category: 'other', domains: ['devrev.ai'] },
    { id: 'dot-getdot', name: 'Dot', vendor: 'Dot', category: 'productivity', domains: ['getdot.ai'] },
    { id: 'forevervm', name: 'ForeverVM', vendor: 'Jamsocket', category: 'developer-platform', domains: ['forevervm.com'] },
    { id: 'gibsonai', name: 'GibsonAI', vendor: 'GibsonAI', category: 'developer-platform', domains: ['gibsonai.com'] },
    { id: 'gnucleus-ai', name: 'gNucleus Text-To-CAD', vendor: 'gNucleus', category: 'other', domains: ['gnucleus.ai'] },
    { id: 'hiveflow', name: 'Hiveflow', vendor: 'Hiveflow', domains: ['hiveflow.ai'] },
    { id: 'hopx', name: 'HOPX', vendor: 'HOPX', category: 'developer-platform', domains: ['hopx.ai'] },
    { id: 'kernel-browsers', name: 'Kernel', vendor: 'Kernel', category: 'developer-platform', domains: ['onkernel.com'] },
    { id: 'kiln-ai', name: 'Kiln', vendor: 'Kiln AI', category: 'developer-platform', domains: ['kiln.tech'] },
    { id: 'lingo-dev', name: 'Lingo.dev', vendor: 'Lingo.dev', category: 'translation', domains: ['lingo.dev'] },
    { id: 'ligo-ertiqah', name: 'LiGo', vendor: 'Ertiqah', category: 'writing', domains: ['ligo.ertiqah.com'] },
    { id: 'mobb-ai', name: 'Mobb', vendor: 'Mobb', category: 'coding', domains: ['mobb.ai'] },
    { id: 'moorcheh', name: 'Moorcheh', vendor: 'Moorcheh', category: 'developer-platform', domains: ['moorcheh.ai'] },
    { id: 'nerve-usenerve', name: 'Nerve', vendor: 'Nerve', category: 'productivity', domains: ['usenerve.com'] },
    { id: 'octagon-agents', name: 'Octagon', vendor: 'Octagon AI', domains: ['octagonagents.com'] },
    { id: 'parallel-ai', name: 'Parallel', vendor: 'Parallel Web Systems', category: 'search', domains: ['parallel.ai'] },
    { id: 'postidentity', name: 'PostIdentity', vendor: 'PostIdentity', category: 'writing', domains: ['postidentity.com'] },
    { id: 'pre-dev', name: 'pre.dev', vendor: 'pre.dev', category: 'coding', domains: ['pre.dev'] },
    { id: 'riza-io', name: 'Riza', vendor: 'Riza', category: 'developer-platform', domains: ['riza.io'] },
    { id: 'semilattice-ai', name: 'Semilattice', vendor: 'Semilattice', category: 'other', domains: ['semilattice.ai'] },
    { id: 'smooth-operator', name: 'Smooth Operator', vendor: 'Smooth Operator', domains: ['smooth-operator.online'] },
    { id: 'sunra-ai', name: 'Sunra AI', vendor: 'Sunra AI', category: 'developer-platform', domains: ['sunra.ai'] },
    { id: 'tako-search', name: 'Tako', vendor: 'Tako', category: 'search', domains: ['trytako.com'] },
    { id: 'thena-ai', name: 'Thena', vendor: 'Thena', category: 'other', domains: ['thena.ai'] },
    { id: 'unblocked', name: 'Unblocked', vendor: 'Unblocked', category: 'coding', domains: ['getunblocked.com'] },
    { id: 'unifai-network', name: 'UnifAI Network', vendor: 'UnifAI', category: 'developer-platform', domains: ['unifai.network'] },
    { id: 'vectorize-io', name: 'Vectorize', vendor: 'Vectorize', category: 'developer-platform', domains: ['vectorize.io'] },
    { id: 'veyrax', name: 'VeyraX', vendor: 'VeyraX', category: 'developer-platform', domains: ['veyrax.com'] },
    { id: 'waystation-ai', name: 'WayStation', vendor: 'WayStation', category: 'productivity', domains: ['waystation.ai'] },
    { id: 'webscraping-ai', name: 'WebScraping.AI', vendor: 'WebScraping.AI', category: 'developer-platform', domains: ['webscraping.ai'] },
    { id: 'zenable', name: 'Zenable', vendor: 'Zenable', category: 'coding', domains: ['zenable.app', 'zenable.io'] },
    { id: 'zine-ai', name: 'Zine', vendor: 'Zine', category: 'productivity', domains: ['zine.ai'] },

    // Community servers, frameworks and resources
    { id: 'agent-interviews', name: 'Agent Interviews', vendor: 'Agent Interviews', category: 'other', domains: ['agentinterviews.com'] },
    { id: 'ai-bible', name: 'ai-Bible', vendor: 'ai-Bible Labs', category: 'search', domains: ['ai-bible.com'] },
    { id: 'kwrds-ai', name: 'kwrds.ai', vendor: 'kwrds.ai', category: 'writing', domains: ['kwrds.ai'] },
    { id: 'memos-openmem', name: 'MemOS', vendor: 'MemOS', category: 'developer-platform', domains: ['memos.openmem.net'] },
    { id: 'netmind-ai', name: 'NetMind', vendor: 'NetMind', category: 'developer-platform', domains: ['netmind.ai'] },
    { id: 'operative-sh', name: 'Operative', vendor: 'Operative', category: 'coding', domains: ['operative.sh'] },
    { id: 'desplega-ai', name: 'desplega.ai', vendor: 'desplega.ai', category: 'coding', domains: ['desplega.ai'] },
    { id: 'video-jungle', name: 'Video Jungle', vendor: 'Video Jungle', category: 'video', domains: ['video-jungle.com'] },
    { id: 'voicemode', name: 'VoiceMode', vendor: 'VoiceMode', category: 'audio', domains: ['getvoicemode.com'] },
    { id: 'lastmile-ai', name: 'LastMile AI', vendor: 'LastMile AI', category: 'developer-platform', domains: ['lastmileai.dev'] },

    // jaw9c/awesome-remote-mcp-servers (remote servers and their makers)
    { id: 'audioscrape', name: 'Audioscrape', vendor: 'Audioscrape', category: 'search', domains: ['audioscrape.com'], source: remote },
    { id: 'kollektiv', name: 'Kollektiv', vendor: 'Kollektiv', category: 'developer-platform', domains: ['thekollektiv.ai'], source: remote },
    { id: 'onecontext', name: 'OneContext', vendor: 'OneContext', category: 'developer-platform', domains: ['onecontext.ai'], source: remote },
    { id: 'scorecard-ai', name: 'Scorecard', vendor: 'Scorecard', category: 'developer-platform', domains: ['scorecard.io', 'getscorecard.ai'], source: remote }, // getscorecard.ai: listed('swyxainotes', 'Software 3.0 stack.md')

    // wong2/awesome-mcp-servers (official servers)
    { id: 'agent-mindshare', name: 'Agent Mindshare', vendor: 'Agent Mindshare', category: 'other', domains: ['agentmindshare.com'], source: wong2 },
    { id: 'allyson-ai', name: 'Allyson', vendor: 'Allyson', category: 'image', domains: ['allyson.ai'], source: wong2 },
    { id: 'augments-dev', name: 'Augments', vendor: 'Augments', category: 'coding', domains: ['augments.dev'], source: wong2 },
    { id: 'daisys', name: 'DAISYS', vendor: 'DAISYS', category: 'audio', domains: ['daisys.ai'], source: wong2 },
    { id: 'prode-ai', name: 'ProdE', vendor: 'ProdE', category: 'coding', domains: ['prode.ai'], source: wong2 },
    { id: 'ref-tools', name: 'Ref', vendor: 'Ref', category: 'coding', domains: ['ref.tools'], source: wong2 },
    { id: 'root-signals', name: 'Root Signals', vendor: 'Root Signals', category: 'developer-platform', domains: ['rootsignals.ai'], source: wong2 },
    { id: 'vpuna-ai-search', name: 'Vpuna AI Search', vendor: 'Vpuna', category: 'search', domains: ['aisearch.vpuna.com'], source: wong2 },

    // appcypher/awesome-mcp-servers (CC0 by its README)
    { id: 'microsandbox', name: 'Microsandbox', vendor: 'Microsandbox', category: 'developer-platform', domains: ['microsandbox.dev'], source: appcypher },
    { id: 'piapi', name: 'PiAPI', vendor: 'PiAPI', category: 'developer-platform', domains: ['piapi.ai'], source: appcypher },
  ],
  { checked: CHECKED_C12, source: servers },
);
