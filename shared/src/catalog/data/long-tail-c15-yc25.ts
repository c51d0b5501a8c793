// Fifteenth session, third wave, yc25 pass (2026-12-06, issue 15): Y Combinator's Fall and Summer 2025 companies whose
// current host the licensed directory scrape (akshaybhalotia/yc_company_scraper, MIT, pinned as `c13ayc`) lacks, each
// row citing the vendor's own page. A short pass.
//
// Leads came from yc-oss/api (NO licence: a lead and a measurement only, nothing of it cited or copied): at commit
// 0105239, batches/fall-2025.json from 0 to 160,000 and from 240,000 to its end (259,255 characters) and
// batches/summer-2025.json from 0 to 64,000 and from 260,000 to its end (282,371); and the per-company files in
// batches/fall-2025/ and batches/summer-2025/ (newer commits) whose slug the scrape's Fall and Summer 2025 files do not
// hold (only the first 100 names of each folder could be listed). Most records read have an id the scrape also holds,
// so most of what it lacks is companies renamed since it was taken, whose record now gives a new host; a few records
// (certitude., hillclimb, Tell if AI, Anytrace, Daymi, Ghostship) are absent from it altogether.
// Measured on the 31 new hosts found (meetalder.com, antigen.sh, askbron.ai, certitude.me, clerked.ai, helonic.com,
// amika.dev, semiotic.com, caddy.app, dari.dev, usesoren.com, tellif.ai, minro.com, trelium.com, solbrowser.com,
// logical.io, moss.dev, withspecific.com, anytrace.ai, daymi.ai, joinsidekick.com, char.com, tryghostship.dev,
// trymonte.ai, preseen.com, pingo.ai, astor.app, llm-stats.com, getlark.ai, datafruit.ai, bitrig.com): 0 classified
// before this pass and 4 (12.9%) after: the two rows below, char.com added to the Hyprnote entry in
// support-marketing.ts (Char is Hyprnote renamed; apps/web/netlify.toml in the pinned fastrepl/hyprnote commit
// redirects hyprnote.com to char.com) and astor.app added to the Gaus entry in long-tail-c13-a-3.ts (Astor's privacy
// policy names Gaus, Inc. DBA Astor).
// Looked up in the stored pages and docs and no own page found (left out): Alder (meetalder.com, formerly Nivara;
// getalder.com is an unrelated planning tool, kept as a trap), Bron (askbron.ai, formerly PlayVision; a betting feed, a
// different product from the PlayVision entry), Clerked (clerked.ai, formerly Mod AI; the mod-ai entry keeps
// usemod.ai, and no page ties the two hosts), certitude. (certitude.me), Anytrace, Daymi, Ghostship
// (tryghostship.dev), Sidekick (joinsidekick.com; the pages found are other products named Sidekick), Semiotic
// (semiotic.com), Caddy (caddy.app; heycaddie.app and caddi.build are other products), Trelium (trelium.com, formerly
// Questom), Sol (solbrowser.com, formerly Inspector), Pingo (pingo.ai; the catalog's pingo-ai keeps mypingoai.com),
// Lark (getlark.ai) and bitrig (bitrig.com). Left out by rule or on the record: infrastructure and data for agents and
// labs (Dari, Moss, Specific, Monte, hillclimb, LLM Stats, a leaderboard), AI-run services (Soren, Tell if AI,
// Antigen's human red teams), a desktop copilot (Logical), vague records (Preseen, Minro, Datafruit's new host), and
// businesses that are not AI products (Coasts, Darwin's robots, Layers). Helonic's old host usearticulate.com serves
// Helonic's pages on a share. subdomain: a lead for an alias, not added.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

export const longTailC15Yc25Tools: Tool[] = defineTools(
  'agents',
  [
    { id: 'amika-dev', name: 'Amika', vendor: 'Amika', category: 'coding', domains: ['amika.dev'], source: 'https://docs.amika.dev/architecture/roadmap' }, // Amika's docs: sandboxed cloud coding agents (Claude Code, Codex and others) driven from the Amika web UI, CLI or API
    { id: 'helonic', name: 'Helonic', vendor: 'Helonic', category: 'productivity', domains: ['helonic.com'], source: 'https://helonic.com/features/ai-document-review' }, // Helonic's feature page: AI review of a construction document set (drawings, specs, RFIs, submittals) that flags conflicts
  ],
  { checked: CHECKED_C15 },
);
