// Fourteenth-session portfolios pass, helper portfolios (2026-12-06, issue 15): AI-first products from machine-readable
// startup and AI-product datasets that no list pinned before. Source read at the commit pinned in `LISTS`:
// AI-Native-Dev-Community/ai-native-dev-landscape (aind-landing-Page/public/tools-data.yaml, Tessl's AI Native Dev
// Landscape: 370 tools in 26 categories of 6 domains, from requirements and design to SRE, each with a name, a one-line description
// and a website_url; MIT licence file at this commit). Only facts were taken: the tool's name and the host of the
// website the record gives. The catalog classified 145 of the 293 distinct hosts of the file (49.5%, GitHub and
// github.io links removed) before these rows and 197 (67.2%) after them.
// Selection rule: AI-first products a person uses in a browser (AI app builders, coding and testing agents, PRD and
// documentation writers, AI SRE and incident agents with a web console), one domain each, where the host is named
// after the product and the whole site is the product.
// Left out: general software with an AI feature whose site is not the AI product (Retool, FlutterFlow, Framer,
// Plasmic, Wized, Builder.io, GitBook, ReadMe, Doctave, Sourcegraph, JetBrains, Pulumi, PagerDuty, Datadog, GitLab,
// SonarQube, Snyk, Semgrep, Aikido, Endor Labs, Arnica, Functionize, Delibr, Reqi, Lightrun, DX, Port); infrastructure
// and frameworks (Temporal, Dagger, Wasmer, Agentuity, GenSX, Gitpod SDK, Superface, Frosty AI, Natoma, mcp.run,
// OpenRewrite, GPTScript, AIaC, Nuanced, Runme, Specmatic, Squillo, Promptbook, Okareo, Logfire); directories and
// benchmarks (cursor.directory, dotcursorrules.com, mcp.so, SWE-bench, Terminal-Bench, DevDocs, Asciinema); desktop
// or terminal apps (RepoPrompt, Brokk, Atuin Desktop, VibeTunnel, Gepetto, Remote Code); context utilities (Gitingest,
// Uithub, LLMText); records whose name and host disagree or that borrow another brand (figma.ai, github.gg,
// github.me.uk, durable.ai beside Durable's durable.co, Uxtly on uidrafter.com, Tooljet on tooljet.ai, Jo on a
// floto.ai subdomain, Wowslider's page); AI sections on a company site (OpsVerse Aiden, Cast, Mechanical Orchard,
// Crowdbotics, Codecept); and records too vague to call a product (applied37, Sailplane, Safe Intelligence, CodeYam,
// Overmind, Velocity, HyperTest, Otto8, Sift, FirstMate, Ventrilo). TestDriver and Dosu, which the landscape also names,
// came in the same day from their own repository and docs (long-tail-c14-lead.ts).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools, listed } from './define';

const aind = listed('c14portfoliosaind', 'aind-landing-Page/public/tools-data.yaml');

export const longTailC14PortfoliosTools: Tool[] = defineTools(
  'coding',
  [
    // Requirements
    { id: 'createmvps-app', name: 'CreateMVP', vendor: 'CreateMVP', category: 'coding', domains: ['createmvps.app'], source: aind },
    { id: 'drizz-dev', name: 'Drizz', vendor: 'Drizz', category: 'coding', domains: ['drizz.dev'], source: aind },
    { id: 'hercules-app', name: 'Hercules', vendor: 'Hercules', category: 'coding', domains: ['hercules.app'], source: aind },
    { id: 'docuopia', name: 'Docuopia', vendor: 'Docuopia', category: 'writing', domains: ['docuopia.com'], source: aind },
    { id: 'fullstackroadmap', name: 'Full Stack Roadmap', vendor: 'Full Stack Roadmap', category: 'coding', domains: ['fullstackroadmap.com'], source: aind },
    { id: 'withluna-ai', name: 'Luna AI', vendor: 'Luna', category: 'productivity', domains: ['withluna.ai'], source: aind },
    { id: 'productmonkey-ai', name: 'Product Monkey', vendor: 'Product Monkey', category: 'writing', domains: ['productmonkey.ai'], source: aind },
    { id: 'wisary-ai', name: 'Wisary', vendor: 'Wisary', category: 'productivity', domains: ['wisary.ai'], source: aind },
    { id: 'writemyprd', name: 'Write my PRD', vendor: 'Write my PRD', category: 'writing', domains: ['writemyprd.com'], source: aind },
    // Design and no-code
    { id: 'cloneui', name: 'Clone UI', vendor: 'Clone UI', category: 'coding', domains: ['cloneui.org'], source: aind },
    { id: 'getdalton', name: 'Dalton', vendor: 'Dalton', category: 'agents', domains: ['getdalton.com'], source: aind },
    { id: 'keak', name: 'Keak', vendor: 'Keak', category: 'agents', domains: ['keak.com'], source: aind },
    { id: 'leapter', name: 'Leapter', vendor: 'Leapter', category: 'coding', domains: ['leapter.com'], source: aind },
    { id: 'oakie-ai', name: 'Oakie', vendor: 'Oakie', category: 'agents', domains: ['oakie.ai'], source: aind },
    { id: 'phoenix-new', name: 'Phoenix.new', vendor: 'Phoenix.new', category: 'coding', domains: ['phoenix.new'], source: aind },
    { id: 'spring-new', name: 'Spring', vendor: 'Spring', category: 'coding', domains: ['spring.new'], source: aind },
    { id: 'chai-new', name: 'Chai', vendor: 'Chai', category: 'agents', domains: ['chai.new'], source: aind },
    // Autonomous agents and editors
    { id: 'autocoderover', name: 'AutoCodeRover', vendor: 'AutoCodeRover', category: 'coding', domains: ['autocoderover.net'], source: aind },
    { id: 'enginelabs-ai', name: 'Engine', vendor: 'Engine Labs', category: 'coding', domains: ['enginelabs.ai'], source: aind },
    { id: 'wild-card-ai', name: 'Wildcard', vendor: 'Wildcard', category: 'coding', domains: ['wild-card.ai'], source: aind },
    { id: 'igent-ai', name: 'iGent Maestro', vendor: 'iGent AI', category: 'coding', domains: ['igent.ai'], source: aind },
    { id: 'codapt-ai', name: 'Codapt', vendor: 'Codapt', category: 'coding', domains: ['codapt.ai'], source: aind },
    { id: 'usejolt-ai', name: 'Jolt', vendor: 'Jolt', category: 'coding', domains: ['usejolt.ai'], source: aind },
    { id: 'wrapifai', name: 'Wrapifai', vendor: 'Wrapifai', category: 'agents', domains: ['wrapifai.com'], source: aind },
    // Migration, prompting and spec-driven development
    { id: 'codemorph-dev', name: 'Morph', vendor: 'Morph', category: 'coding', domains: ['codemorph.dev'], source: aind },
    { id: 'tern-sh', name: 'Tern', vendor: 'Tern', category: 'coding', domains: ['tern.sh'], source: aind },
    { id: 'braingrid-ai', name: 'BrainGrid', vendor: 'BrainGrid', category: 'coding', domains: ['braingrid.ai'], source: aind },
    { id: 'blitzy', name: 'Blitzy', vendor: 'Blitzy', category: 'coding', domains: ['blitzy.com'], source: aind },
    { id: 'magnet-run', name: 'Magnet', vendor: 'Magnet', category: 'coding', domains: ['magnet.run'], source: aind },
    // Testing and review
    { id: 'gitauto-ai', name: 'GitAuto', vendor: 'GitAuto', category: 'coding', domains: ['gitauto.ai'], source: aind },
    { id: 'heal-dev', name: 'Heal', vendor: 'Heal', category: 'coding', domains: ['heal.dev'], source: aind },
    { id: 'qa-tech', name: 'QA.tech', vendor: 'QA.tech', category: 'coding', domains: ['qa.tech'], source: aind },
    { id: 'ranger-net', name: 'Ranger', vendor: 'Ranger', category: 'coding', domains: ['ranger.net'], source: aind },
    { id: 'bismuth-sh', name: 'Bismuth', vendor: 'Bismuth', category: 'coding', domains: ['bismuth.sh'], source: aind },
    // Documentation and architecture
    { id: 'catio-tech', name: 'Catio', vendor: 'Catio', category: 'coding', domains: ['catio.tech'], source: aind },
    { id: 'driver-ai', name: 'Driver', vendor: 'Driver AI', category: 'coding', domains: ['driver.ai'], source: aind },
    { id: 'komment-ai', name: 'Komment', vendor: 'Komment', category: 'coding', domains: ['komment.ai'], source: aind },
    // Infrastructure as code, SRE and compliance agents
    { id: 'infraware-dev', name: 'Infraware', vendor: 'Infraware', category: 'coding', domains: ['infraware.dev'], source: aind },
    { id: 'terrachat-io', name: 'Terrachat', vendor: 'Terrachat', category: 'coding', domains: ['terrachat.io'], source: aind },
    { id: '2501-ai', name: '2501', vendor: '2501', category: 'agents', domains: ['2501.ai'], source: aind },
    { id: 'anyshift-io', name: 'Anyshift', vendor: 'Anyshift', category: 'agents', domains: ['anyshift.io'], source: aind },
    { id: 'ciroos-ai', name: 'Ciroos', vendor: 'Ciroos', category: 'agents', domains: ['ciroos.ai'], source: aind },
    { id: 'foam-ai', name: 'Foam', vendor: 'Foam', category: 'coding', domains: ['foam.ai'], source: aind },
    { id: 'neubird-ai', name: 'Hawkeye', vendor: 'NeuBird', category: 'agents', domains: ['neubird.ai'], source: aind },
    { id: 'limo-dev', name: 'Limo', vendor: 'Limo', category: 'agents', domains: ['limo.dev'], source: aind },
    { id: 'logicstar-ai', name: 'LogicStar', vendor: 'LogicStar', category: 'coding', domains: ['logicstar.ai'], source: aind },
    { id: 'phoebe-ai', name: 'Phoebe', vendor: 'Phoebe', category: 'agents', domains: ['phoebe.ai'], source: aind },
    { id: 'runwhen', name: 'RunWhen', vendor: 'RunWhen', category: 'agents', domains: ['runwhen.com'], source: aind },
    { id: 'targetboard-ai', name: 'TargetBoard', vendor: 'TargetBoard', category: 'productivity', domains: ['targetboard.ai'], source: aind },
    { id: 'cloudgeni-ai', name: 'Cloudgeni', vendor: 'Cloudgeni', category: 'coding', domains: ['cloudgeni.ai'], source: aind },
  ],
  { checked: CHECKED_C14 },
);
