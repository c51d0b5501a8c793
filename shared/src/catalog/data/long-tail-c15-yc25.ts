// Fifteenth session, third wave, yc25 pass (2026-12-06, issue 15): Y Combinator's Fall and Summer 2025 companies that
// the licensed directory scrape (akshaybhalotia/yc_company_scraper, MIT, pinned as `c13ayc`) lacks, each row citing the
// vendor's own page. A short pass (about 35 minutes).
//
// Leads came from yc-oss/api at commit 0105239 (NO licence: a lead and a measurement only, nothing of it cited or
// copied): the ends of batches/fall-2025.json (from 240,000 of 259,255 characters) and batches/summer-2025.json (from
// 260,000 of 282,371), and the per-company files in batches/fall-2025/ and batches/summer-2025/ whose slug the scrape's
// Fall and Summer 2025 files do not hold (only the first 100 names of each folder could be listed). Every record read at
// the ends of the two batch files has an id the scrape also holds, so its misses are almost all companies renamed since
// it was taken: the record now gives a new host. Measured on the 11 hosts found that read as AI (meetalder.com,
// antigen.sh, askbron.ai, certitude.me, clerked.ai, helonic.com, anytrace.ai, daymi.ai, joinsidekick.com, char.com,
// tryghostship.dev): 0 classified before this pass and 2 after (helonic.com here; char.com added to the catalog's
// Hyprnote entry in support-marketing.ts, since Char is Hyprnote renamed and the pinned Hyprnote repository's
// apps/web/netlify.toml redirects hyprnote.com to char.com). Looked up in the stored pages and docs and no own page
// found (left out): Alder (meetalder.com, formerly Nivara; getalder.com is an unrelated planning tool, kept as a
// trap), Bron (askbron.ai, formerly PlayVision; a sports-betting chat, a different product from the PlayVision entry),
// Clerked (clerked.ai, formerly Mod AI; the catalog's mod-ai entry keeps usemod.ai, and no page ties the two hosts),
// certitude. (certitude.me), Anytrace (anytrace.ai), Daymi (daymi.ai), Ghostship (tryghostship.dev) and Sidekick
// (joinsidekick.com; the pages found are other products named Sidekick). Left out on its record: Antigen (antigen.sh,
// formerly Claybird; offensive-security testing with human red teams, a service more than a browser tool), Coasts
// (a local runtime for git worktrees), Darwin (robots), hillclimb (training data for labs) and Layers (a body scan).
// Helonic's old host usearticulate.com (Articulate, left out by the yc26b pass) serves Helonic's pages on a share.
// subdomain: a lead for an alias, not added.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

export const longTailC15Yc25Tools: Tool[] = defineTools(
  'agents',
  [
    { id: 'helonic', name: 'Helonic', vendor: 'Helonic', category: 'productivity', domains: ['helonic.com'], source: 'https://helonic.com/features/ai-document-review' }, // Helonic's feature page: AI review of a construction document set (drawings, specs, RFIs, submittals) that flags conflicts
  ],
  { checked: CHECKED_C15 },
);
