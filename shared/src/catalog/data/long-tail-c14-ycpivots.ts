// Fourteenth-session pass, helper ycpivots (2026-12-06, issue 15): renamed and pivoted Y Combinator companies. The
// thirteenth session's rows (long-tail-c13-*.ts) cite the older two-letter batch files (S23.json, W25.json) of Y
// Combinator's company directory as scraped by akshaybhalotia/yc_company_scraper (MIT licence file LICENSE at the
// commit pinned as `c13ayc`, 2026-03-13; reused here). For 54 of those rows the company's current record (the
// long-name batch file, Summer 2023.json, same YC id) gives another host or says Inactive or Acquired
// (/work/helpers/ycnew-stale-c13ayc.txt). Read: all 54 current records (name, host, status, one-liner, long
// description, tags). 21 are Inactive or Acquired: their old rows stay, with a trailing comment saying so. 33 are
// Active under a new host, of which the catalog classified 20 (60.6%) before this file (21, 63.6%, after); 18 of the
// 22 product candidates among them (the others are APIs, payments or business-deployed agents). Selection rule: a new host whose current one-liner describes
// an AI product a person uses in a browser (agents, coding and app builders, research and search, content tools),
// whose whole site is the product and whose host is the company's own. Added: Dialtone (Big Smart AI's new name).
// Left out: APIs, infrastructure and frameworks (OpenTools, Streamstraight, Hyrex), payments (Watu, Lumen Payments),
// agents a business deploys for its customers (Cozmo AI's voice workforce, Giga's support agent, Superbar's store
// search), a medical billing firm (Quill Bills), records whose one-liner does not say AI (Y/n's interactive stories),
// documentation rewriting for LLM pipelines (RefineTrain AI), and pickle.com (a generic-word host an earlier trap
// keeps out). Their old rows carry a comment naming the current record.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools, listed } from './define';

/** The current (long-name) batch file of the YC directory scrape that names the host. */
const yc = (file: string) => listed('c13ayc', `responses/${file.replace(/ /g, '%20')}`);

export const longTailC14YcpivotsTools: Tool[] = defineTools(
  'agents',
  [
    { id: 'dialtone', name: 'Dialtone', vendor: 'Dialtone', domains: ['usedialtone.com'], source: yc('Summer 2023.json') },
  ],
  { checked: CHECKED_C14 },
);
