// Thirteenth-session re-check (2026-12-06): top-300 tools with no fact yet, read in stored copies of the vendor's own
// pages found through the documentation search. Only what the page states is recorded; a page about an optional
// arrangement is recorded as that arrangement, never as the plan's default.
import { defineSuppliers, read3 } from './define';

const YOU_ZDR = 'https://you.com/docs/administration/zero-data-retention';

export const pass13rSuppliers = /* @__PURE__ */ defineSuppliers([
  // You.com's documentation, "Zero Data Retention (ZDR)": an account-level option for the Web Search API (the entry's
  // api.ydc-index.io) on enterprise agreements, enabled by You.com on request. With it on, request and response
  // content is not kept beyond the short window needed to serve the request and queries are not used to train models.
  // The page does not give the default retention or training terms, so no training fact is recorded for any plan.
  {
    toolId: 'you-com',
    retention: read3(
      'Web Search API: zero data retention available on enterprise agreements, on request (content not kept beyond serving the request); the default retention is not stated there',
      YOU_ZDR,
      'You.com docs, “Zero Data Retention (ZDR)”: account-wide once enabled, no self-serve toggle; with ZDR, queries are not used to train models. Read in a stored copy of the page.',
    ),
  },
]);
