// Thirteenth-session list pass, helper yc (2026-12-06, issue 15): AI products a person uses in a browser that the
// lists-a pass (long-tail-c13-a*.ts) left to others, from the same read of Y Combinator's company directory as scraped
// by akshaybhalotia/yc_company_scraper (one JSON file of Algolia answers per batch under responses/; MIT licence file at
// the commit pinned as `c13ayc`, which this pass reuses). Only facts were taken: the company's name and the host of the
// website it gives. Read: every company whose status is Active or Public and whose one-liner says AI, LLM, GPT, agent,
// copilot or generative or whose tags say Generative AI, Artificial Intelligence, AI Assistant, AI, Conversational AI
// or Machine Learning: 2,124 distinct hosts, of which the catalog classified 752 (35.4%) before these rows. By the
// directory's sub-industry, in the areas this pass took: Engineering, Product and Design 114/312 (36.5%),
// Infrastructure 34/112 (30.4%), Analytics 29/71 (40.8%), Security 17/52 (32.7%), Consumer (all) 47/184 (25.5%),
// Healthcare (all) 34/195 (17.4%), plain B2B 158/365 (43.3%), Unspecified 18/44 (40.9%). Rows are AI-first products
// among the misses, one domain each (the company's whole site is the product), citing the batch file that names the
// host. This file: AI coding tools, app and website builders (category coding, as for Lovable and Bolt), AI SRE,
// code-review, testing and documentation tools, and agent builders and browser or computer-use agents (agents).
// long-tail-c13-yc-2.ts has the creative, consumer, search, analytics and clinical rows.
// Left out: developer and AI infrastructure (APIs, SDKs, sandboxes, vector and graph databases, GPU and inference
// platforms, RAG and data-ingestion APIs, agent payment and identity rails, LLM observability, evaluation, red-teaming
// and RL-environment platforms, training-data firms such as Trigger.dev, Trieve, Ragas, Laminar, Kernel, Cua,
// Cyberdesk, Simplex, CloudCruise, Hamming, Cekura), chip, EDA, CAD-for-hardware, robotics and physics-model
// companies, general software with AI features (DeepSource, Archbee, Artillery, Reflex, Outerbase, Middleware, Rootly,
// Frigade, Tiptap, Secoda, Deepnote, Airbyte), support, sales and other business-function agents (left with lists-a),
// one-liners that do not say what the product is (Rovr, Mesmer, Specific, Haystack, Sylvian, Theta, Arcten, Dialtone,
// Cosmic), Autotab (a second record says Acquired), Relari's `nuvi.dev` (the record's name and host disagree), and
// hosts already in the catalog or claimed by another helper's rows.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, CHECKED_C15, defineTools, listed } from './define';

/** The batch file of the YC directory scrape that names the host. */
const yc = (file: string) => listed('c13ayc', `responses/${file.replace(/ /g, '%20')}`);

export const longTailC13YcTools: Tool[] = defineTools(
  'coding',
  [
    { id: '100x-bot', name: '100x', vendor: '100x', category: 'agents', domains: ['100x.bot'], source: yc('S22.json') },
    { id: '21st-dev', name: '21st', vendor: '21st', domains: ['21st.dev'], source: yc('Winter 2026.json') },
    { id: 'agent-nexus', name: 'Nexus', vendor: 'Nexus', category: 'agents', domains: ['agent.nexus'], source: yc('Fall 2025.json') },
    { id: 'andoria-ai', name: 'Andoria', vendor: 'Andoria', category: 'agents', domains: ['andoria.ai'], source: yc('F24.json') }, // current record (Fall 2024.json): Inactive, CHECKED_C14
    { id: 'asterisk-so', name: 'Asterisk', vendor: 'Asterisk', domains: ['asterisk.so'], source: yc('S24.json') }, // current record (Summer 2024.json) now names winfunc.com / winfunc (in the catalog), CHECKED_C14
    { id: 'benchify', name: 'Benchify', vendor: 'Benchify', domains: ['benchify.com'], source: yc('S24.json') },
    { id: 'blitznocode', name: 'Blitz', vendor: 'Blitz', domains: ['blitznocode.com'], source: yc('Summer 2022.json') },
    { id: 'browsewithpumpkin', name: 'Pumpkin', vendor: 'Pumpkin', category: 'agents', domains: ['browsewithpumpkin.com'], source: yc('S24.json') }, // current record (Summer 2024.json) now names leviathanencyclopedia.com / Leviathan (in the catalog), CHECKED_C14
    { id: 'bubblelab-ai', name: 'Bubble Lab', vendor: 'Bubble Lab', category: 'agents', domains: ['bubblelab.ai'], source: yc('Winter 2026.json') },
    { id: 'capy-ai', name: 'Capy', vendor: 'Capy', domains: ['capy.ai'], source: yc('Fall 2024.json') },
    { id: 'coblocks-ai', name: 'Coblocks', vendor: 'Coblocks', domains: ['coblocks.ai'], source: yc('F24.json') },
    { id: 'codeparrot-ai', name: 'CodeParrot AI', vendor: 'CodeParrot AI', domains: ['codeparrot.ai'], source: yc('W23.json') }, // current record (Winter 2023.json): Inactive, CHECKED_C14
    { id: 'codeviz-ai', name: 'CodeViz', vendor: 'CodeViz', domains: ['codeviz.ai'], source: yc('S24.json') },
    { id: 'creativemode-net', name: 'CreativeMode', vendor: 'CreativeMode', domains: ['creativemode.net'], source: yc('Summer 2024.json') },
    { id: 'deeptrace', name: 'Deeptrace', vendor: 'Deeptrace', domains: ['deeptrace.com'], source: yc('Fall 2025.json') },
    { id: 'double-bot', name: 'Double', vendor: 'Double', domains: ['double.bot'], source: yc('W23.json') },
    { id: 'doublezero-tech', name: 'Doublezero', vendor: 'Doublezero', category: 'agents', domains: ['doublezero.tech'], source: yc('S24.json') },
    { id: 'dropbase-io', name: 'Dropbase', vendor: 'Dropbase', domains: ['dropbase.io'], source: yc('W20.json') }, // current record (Winter 2020.json): Inactive, CHECKED_C14
    { id: 'easycode-ai', name: 'EasyCode', vendor: 'EasyCode', domains: ['easycode.ai'], source: yc('W22.json') }, // current record (Fall 2025.json) now names theopenbuilder.com / OpenBuilder (in the catalog), CHECKED_C14
    { id: 'energent-ai', name: 'Energent.ai', vendor: 'CambioML', category: 'agents', domains: ['energent.ai'], source: yc('Summer 2023.json') },
    { id: 'fastshot-ai', name: 'Fastshot', vendor: 'Fastshot', domains: ['fastshot.ai'], source: yc('Fall 2025.json') },
    { id: 'getflowbot', name: 'Flowbot', vendor: 'Flowbot', domains: ['getflowbot.com'], source: yc('S19.json') },
    { id: 'goclicks-ai', name: 'Clicks', vendor: 'Clicks', category: 'agents', domains: ['goclicks.ai'], source: yc('Fall 2025.json') },
    { id: 'heylua-ai', name: 'Lua', vendor: 'Lua Global', category: 'agents', domains: ['heylua.ai'], source: yc('Fall 2025.json') },
    { id: 'heytessa-ai', name: 'General Agency', vendor: 'General Agency', category: 'agents', domains: ['heytessa.ai'], source: yc('W25.json') }, // current record (Winter 2025.json) now names altrina.com / Altrina (in the catalog), CHECKED_C14
    { id: 'heyzapi', name: 'Zapi', vendor: 'Zapi', domains: ['heyzapi.com'], source: yc('S22.json') }, // current record (Summer 2022.json) now names mistle.dev / Mistle (in the catalog), CHECKED_C14
    { id: 'hypercubic-ai', name: 'Hypercubic', vendor: 'Hypercubic', domains: ['hypercubic.ai'], source: yc('Fall 2025.json') },
    { id: 'ion-design', name: 'ion design', vendor: 'ion design', domains: ['ion.design'], source: yc('W24.json') },
    { id: 'jarmin-ai', name: 'Jarmin', vendor: 'Jarmin', domains: ['jarmin.ai'], source: yc('Fall 2025.json') },
    { id: 'jsxtool', name: 'JSX Tool', vendor: 'JSX Tool', domains: ['jsxtool.com'], source: yc('Fall 2025.json') },
    { id: 'launchflow', name: 'LaunchFlow', vendor: 'LaunchFlow', domains: ['launchflow.com'], source: yc('W23.json') }, // current record (Winter 2023.json) now names infra.new / infra.new (in the catalog), CHECKED_C14
    { id: 'leaping-io', name: 'Leaping', vendor: 'Leaping', domains: ['leaping.io'], source: yc('W24.json') },
    { id: 'lo8ps', name: 'Looooooops', vendor: 'Looooooops', category: 'agents', domains: ['lo8ps.com'], source: yc('Winter 2023.json') },
    { id: 'lune-dev', name: 'Lune', vendor: 'Lune', domains: ['lune.dev'], source: yc('F24.json') }, // current record (Fall 2024.json) now names cosmic.new / Cosmic (in the catalog), CHECKED_C14
    { id: 'makeasite-io', name: 'Makeasite', vendor: 'Makeasite', domains: ['makeasite.io'], source: yc('S22.json') },
    { id: 'manaflow', name: 'Manaflow', vendor: 'Manaflow', category: 'agents', domains: ['manaflow.com'], source: yc('S24.json') },
    { id: 'mantle-work', name: 'Mantle', vendor: 'Mantle', category: 'agents', domains: ['mantle.work'], source: yc('Fall 2025.json') },
    { id: 'mistle-dev', name: 'Mistle', vendor: 'Mistle', domains: ['mistle.dev'], source: yc('Summer 2022.json') },
    { id: 'moonglow-ai', name: 'Moonglow', vendor: 'Moonglow', category: 'agents', domains: ['moonglow.ai'], source: yc('S24.json') }, // current record (Summer 2024.json) now names stardrift.ai / Stardrift (in the catalog), CHECKED_C14
    { id: 'nunu-ai', name: 'nunu.ai', vendor: 'nunu.ai', domains: ['nunu.ai'], source: yc('W23.json') },
    { id: 'okibi-ai', name: 'Okibi', vendor: 'Okibi', category: 'agents', domains: ['okibi.ai'], source: yc('Summer 2025.json') },
    { id: 'omnara', name: 'Omnara', vendor: 'Omnara', domains: ['omnara.com'], source: yc('Summer 2025.json') },
    { id: 'onegrep-dev', name: 'OneGrep', vendor: 'OneGrep', domains: ['onegrep.dev'], source: yc('W24.json') },
    { id: 'opslane', name: 'Opslane', vendor: 'Opslane', domains: ['opslane.com'], source: yc('S24.json') },
    // `oversteer-dev` re-checked in the fifteenth session (the record was read again): Oversteer builds browser agents and
    // serves each finished task as an API, but no API host of its own is documented in anything stored here, so the row
    // keeps oversteer.dev, where a developer builds and runs the agents, and gains no endpoint.
    { id: 'oversteer-dev', name: 'Oversteer', vendor: 'Oversteer', category: 'agents', domains: ['oversteer.dev'], source: yc('Summer 2023.json'), checked: CHECKED_C15 },
    { id: 'propolis-tech', name: 'Propolis', vendor: 'Propolis', domains: ['propolis.tech'], source: yc('Spring 2025.json') },
    { id: 'pyspur-dev', name: 'PySpur', vendor: 'PySpur', category: 'agents', domains: ['pyspur.dev'], source: yc('W24.json') }, // current record (Winter 2024.json) now names sagaland.ai / Sagaland (in the catalog), CHECKED_C14
    { id: 'qualgent-link', name: 'QualGent', vendor: 'QualGent', domains: ['qualgent.link', 'qualgent.ai'], source: yc('Spring 2025.json') }, // qualgent.ai: QualGent, Inc.'s acceptable use policy there (https://www.qualgent.ai/acceptable-use-policy) describes its autonomous AI-powered mobile app testing, CHECKED_C18
    { id: 'queryvary', name: 'Query Vary', vendor: 'Query Vary', category: 'agents', domains: ['queryvary.com'], source: yc('W22.json') },
    { id: 'ramain-ai', name: 'RamAIn', vendor: 'RamAIn', category: 'agents', domains: ['ramain.ai'], source: yc('Winter 2026.json') },
    { id: 'randomlabs-ai', name: 'Random Labs', vendor: 'Random Labs', domains: ['randomlabs.ai'], source: yc('Summer 2024.json') },
    { id: 'rebolt-ai', name: 'Rebolt', vendor: 'Rebolt', category: 'agents', domains: ['rebolt.ai'], source: yc('W25.json') },
    { id: 'repaint', name: 'Repaint', vendor: 'Repaint', domains: ['repaint.com'], source: yc('Summer 2023.json') },
    { id: 'sage-ai-dev', name: 'Sage AI', vendor: 'Sage AI', domains: ['sage-ai.dev'], source: yc('W23.json') },
    { id: 'sim-ai', name: 'Sim', vendor: 'Sim', category: 'agents', domains: ['sim.ai', 'simstudio.ai'], source: yc('Spring 2025.json') }, // simstudio.ai: Sim Studio's homepage (repository simstudioai/sim) in listed('c14leadrootsong', 'data/projects/sim-studio.en.md'), CHECKED_C14
    { id: 'smooth-sh', name: 'Smooth', vendor: 'Smooth', category: 'agents', domains: ['smooth.sh'], source: yc('Fall 2024.json') },
    { id: 'sola-solutions', name: 'Sola', vendor: 'Sola', category: 'agents', domains: ['sola-solutions.com'], source: yc('S23.json') },
    { id: 'srcbook', name: 'Srcbook', vendor: 'Srcbook', domains: ['srcbook.com'], source: yc('S23.json') }, // current record (Summer 2023.json) now names getmocha.com / Mocha (in the catalog), CHECKED_C14
    { id: 'structuredlabs', name: 'Structured Labs', vendor: 'Structured Labs', domains: ['structuredlabs.com'], source: yc('S23.json') }, // current record (Summer 2023.json) now names waldium.com / Waldium (in the catalog), CHECKED_C14
    { id: 'theopenbuilder', name: 'OpenBuilder', vendor: 'OpenBuilder', domains: ['theopenbuilder.com'], source: yc('Fall 2025.json') },
    { id: 'toolify-sh', name: 'Toolify', vendor: 'Toolify', domains: ['toolify.sh'], source: yc('W24.json') }, // current record (Winter 2024.json): Inactive, CHECKED_C14
    { id: 'try-solar', name: 'Solar', vendor: 'Lumenary', domains: ['try.solar'], source: yc('Summer 2024.json') },
    { id: 'trykura', name: 'Kura AI', vendor: 'Kura AI', category: 'agents', domains: ['trykura.com'], source: yc('S24.json') },
    { id: 'tryparity', name: 'Parity', vendor: 'Parity', domains: ['tryparity.com'], source: yc('S24.json') }, // current record (Summer 2024.json) now names creativemode.net / CreativeMode (in the catalog), CHECKED_C14
    { id: 'tryterracotta', name: 'Terracotta AI', vendor: 'Terracotta AI', domains: ['tryterracotta.com'], source: yc('Summer 2023.json') },
    { id: 'useinari', name: 'Inari', vendor: 'Inari', category: 'agents', domains: ['useinari.com'], source: yc('S23.json') }, // current record (Summer 2023.json): Acquired, CHECKED_C14
    { id: 'usekura', name: 'Kura', vendor: 'Kura', domains: ['usekura.com'], source: yc('S24.json') }, // current record (Summer 2024.json) now names hyrex.io / Hyrex (a framework, left out), CHECKED_C14
    { id: 'uselynx-ai', name: 'Lynx', vendor: 'Lynx', domains: ['uselynx.ai'], source: yc('W23.json') }, // current record (Winter 2023.json): Inactive, CHECKED_C14
    { id: 'vespper', name: 'Vespper', vendor: 'Vespper', domains: ['vespper.com'], source: yc('F24.json') },
    { id: 'vibe-codes', name: 'Vibe', vendor: 'Vibe', domains: ['vibe.codes'], source: yc('Summer 2024.json') },
    { id: 'vibeflow-ai', name: 'VibeFlow', vendor: 'VibeFlow', domains: ['vibeflow.ai'], source: yc('Summer 2025.json') },
    { id: 'voker-ai', name: 'Voker', vendor: 'Voker', category: 'agents', domains: ['voker.ai'], source: yc('S24.json') },
    { id: 'vybe-build', name: 'Vybe', vendor: 'Vybe', domains: ['vybe.build'], source: yc('Spring 2025.json') },
    { id: 'webhound-ai', name: 'Webhound', vendor: 'Webhound', category: 'agents', domains: ['webhound.ai'], source: yc('Summer 2023.json') },
    { id: 'withpretzel', name: 'Pretzel AI', vendor: 'Pretzel AI', domains: ['withpretzel.com'], source: yc('W24.json') }, // current record (Winter 2024.json) now names getlumen.dev / Lumen Payments (payments, left out), CHECKED_C14
    { id: 'withwoz', name: 'Woz', vendor: 'Woz', domains: ['withwoz.com'], source: yc('W25.json') },
    { id: 'zazos', name: 'Zaz OS', vendor: 'Zaz OS', domains: ['zazos.com'], source: yc('Summer 2021.json') },
  ],
  { checked: CHECKED_C13 },
);
