// Traps beside the rows the twentieth session's browse pass added (data/long-tail-c20-browse.ts): the ordinary sites
// next to each kind of AI search and web-agent tool (general search engines, paper indexes, scraping and headless-browser
// services, automation libraries, Tabstack's maker), the parents of the claimed subdomains, the shared-platform copies
// and the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify;
// every new host must reach its own entry.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists CloudCruise (cloudcruise.com)
// from its agentic-system docs (builder and maintenance agents); the workflows trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20BrowseTools } from './data/long-tail-c20-browse';

const GENERAL_SITES = [
  'https://www.google.com/', // a general search engine, beside the AI answer engines
  'https://www.bing.com/', // a general search engine, beside the AI answer engines
  'https://duckduckgo.com/', // a general search engine, beside the search APIs for LLMs
  'https://www.qwant.com/', // a European search engine, beside the search APIs for LLMs
  'https://www.semanticscholar.org/', // a paper index, beside AI Research Radar
  'https://openalex.org/', // an open paper index, beside AI Research Radar
  'https://arxiv.org/', // a preprint server, beside AI Research Radar and the deep-research APIs
  'https://www.scrapingbee.com/', // a general scraping API, beside the AI scraping APIs
  'https://brightdata.com/', // a proxy and scraping platform, beside the AI scraping APIs
  'https://apify.com/', // a scraping and automation platform, beside the AI scraping APIs
  'https://www.browserless.io/', // a headless-browser service, beside the cloud browsers for AI agents
  'https://playwright.dev/', // a browser automation library, beside the browser agents
  'https://pptr.dev/', // a browser automation library, beside the browser agents
  'https://serpapi.com/', // a SERP API, beside the search APIs for LLMs
  'https://www.mozilla.org/', // Tabstack's maker, a general site
  'https://geekytwin.com/', // the parent of AI Web Reader's claimed subdomain
  'https://xty.app/', // the parent of AICore's claimed docs subdomain
  'https://haoba.cloud/', // the parent of a left-out extension host
  'https://leadmagic.io/', // web2md's maker, a lead-data product
  'https://www.bis.gov.in/', // the Bureau of Indian Standards, beside ISCodeSearch
  'https://wordpress.org/', // a site builder, beside the chat-with-your-site builders
  'https://www.webcrawler.com/', // a general search engine, beside WebCrawlerAPI
];

const SHARED_PLATFORMS = [
  'https://ritikonweb.github.io/browsemind-privacy', // a policy or page on a shared platform
  'https://searchrouter-demo.vercel.app/docs/api/extract', // a policy or page on a shared platform
  'https://deep-research-agent.vetapp.workers.dev/docs', // a policy or page on a shared platform
  'https://runo-website.pages.dev/blog/web-scraping-for-ai-agents', // a policy or page on a shared platform
  'https://fast-crawl.pages.dev/v1-api.html', // a policy or page on a shared platform
  'https://policy-lineai.web.app/terms', // a policy or page on a shared platform
  'https://jayfuuuu.github.io/privacy-policies/summarize_page_privacy_policy.html', // a policy or page on a shared platform
  'https://falakfatma.github.io/Crux-AI-Privacy-Policy', // a policy or page on a shared platform
  'https://mozilla-ocho.github.io/tabs-api-docs/api-reference', // a policy or page on a shared platform
  'https://chen-1912.github.io/Browser-Copilot/privacy-policy.html', // a policy or page on a shared platform
  'https://ai-engineering-explorer.vercel.app/example-systems/deep-research-agent', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://docs-boxes.banata.dev/docs/browser-sessions', // a page that does not say AI
  'https://stage.docs.agentstation.dev/api/browser-cdp', // staging docs that do not say AI
  'https://docs.agenttool.dev/tools', // agent tooling that proxies no LLM
  'https://oceanofpapers.com/privacy', // a paper search whose policy does not say AI
  'https://agent-browser-gateway.com/privacy/', // a local bridge for agents, not an AI
  'https://aifactscan.com/terms.html', // a citation grader that does not use AI
  'https://magistermarketing.com/docs/browser/browser-control', // a page that does not say AI, left as a lead
  'https://alterlab.io/docs/api/crawl', // a general scraping API whose AI is one feature
  'https://lastcrawler.xyz/blog/url-to-markdown-api', // seen only on its blog
  'https://knowledgesdk.com/blog/web-scraping-llm-ready-markdown', // seen only on its blog
  'https://docs.yetanotherapi.com/llm-web-scraper', // an endpoint on a general API marketplace
  'https://www.apipick.com/search-web', // an endpoint on a general API marketplace
  'https://search.traylinx.com/', // a homepage only
  'https://about.qwant.com/legal/confidentialite/politique-de-confidentialite-chat-ia/', // a general search engine's AI chat terms
  'https://archive.tw/privacy', // a site's AI question box
  'https://power-asset.jp/privacy-policy-for-1click-ai-summary-extension', // a general company site
  'https://research.aeq.com/privacy', // a restricted literature app on a general site
  'https://developers.withlantern.com/openapi/enrichment/deep_research_v1_enrich_research_post.md', // an off-kind enrichment API
  'https://pylip.com/privacy-policy', // unclear what the product is
  'https://docs.sanfoundation.com/api-reference/api-key/web-extract', // unclear what the product is
  'https://docs-preview.webcompute.dev/runtime-concepts/managed-browsers', // preview docs
  'https://live-turing-docs.cn.llm.tcljd.com/api-guides/capabilities/web-search/', // a company's internal LLM platform
  'https://whycare.aisgf.us/privacy.html', // an off-kind explainer
  'https://chatgpt-extension.com/privacy', // a search-hijacking extension with a look-alike name
  'https://www.jacksu.tw/privacy/textSummarizer', // a personal site
  'https://research-api.yitwah.site/', // a personal API host
  'https://corp.obc.co.jp/ai-guideline', // a general company's AI terms
  'https://www.bluetec.co.jp/src/rule/terms-aifilebox.html', // a general company's AI terms
  'https://searchrouter.ai/api/v1/extract', // docs only on a shared platform
];

const NAMESAKES = [
  'https://www.valyu.com/', // beside Valyu (valyu.ai)
  'https://www.llmlayer.com/', // beside LLMLayer (llmlayer.ai)
  'https://www.websearchplus.com/', // beside WebSearch Plus (websearch.plus)
  'https://www.searchcans.io/', // beside SearchCans
  'https://www.octen.com/', // beside Octen (octen.ai)
  'https://www.hushsearch.com/', // beside SearchIT (hushsearch.io)
  'https://www.webclaw.com/', // beside Webclaw (webclaw.io)
  'https://www.autocontent.com/', // beside AutoContent API
  'https://www.readerapi.io/', // beside Reader API (readerapi.com)
  'https://www.web2md.com/', // beside web2md (web2md.app)
  'https://www.fastcrw.io/', // beside fastCRW (fastcrw.com)
  'https://www.scrapio.com/', // beside Scrapio (scrapio.dev)
  'https://www.synoppy.io/', // beside Synoppy
  'https://www.crawlai.com/', // beside CrawlAI (crawlai.io)
  'https://www.tabstack.com/', // beside Tabstack (tabstack.ai)
  'https://www.orgo.com/', // beside Orgo (orgo.ai)
  'https://www.thinkrun.com/', // beside ThinkRun (thinkrun.ai)
  'https://www.worldsearch.com/', // beside WorldSearch (worldsearch.site)
  'https://www.iscodesearch.in/', // beside ISCodeSearch
  'https://www.airesearchradar.com/', // beside AI Research Radar
  'https://www.eliza.com/', // beside ELIZA AI Assistant (eliza.swiss)
  'https://www.aiwebreader.com/', // beside AI Web Reader
  'https://www.chatwithyoursite.io/', // beside Chat With Your Site
  'https://www.mysitegpt.com/', // beside MySiteGPT Assistant
  'https://www.llminsight.com/', // beside LLM Insight (llm-insight.com)
  'https://www.xty.com/', // beside AICore (xty.app)
  'https://www.lingapi.com/', // beside Ling.AI (lingapi.ai)
];

describe('twentieth-session browse traps', () => {
  it('adds 26 rows', () => {
    expect(longTailC20BrowseTools.length).toBe(26);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20BrowseTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.valyu.network/api-reference/endpoint/answer': 'valyu',
      'https://platform.valyu.ai/': 'valyu',
      'https://docs.llmlayer.ai/answer': 'llmlayer',
      'https://www.searchcans.com/docs': 'searchcans',
      'https://docs.octen.ai/api-reference/deep-research.md': 'octen',
      'https://www.hushsearch.io/terms': 'searchit-hushsearch',
      'https://docs.autocontentapi.com/readme/deep-research': 'autocontent-api',
      'https://docs.scrapio.dev/guides/extract-structured-data': 'scrapio-dev',
      'https://docs.tabstack.ai/guides/how-to-use-automate-endpoint': 'tabstack',
      'https://docs.orgo.ai/llms.txt': 'orgo-ai',
      'https://agent.orgo.ai/': 'orgo-ai',
      'https://www.iscodesearch.com/what-you-get': 'iscodesearch',
      'https://docs.eliza.swiss/docs/bot/web-suche-mit-gemini': 'eliza-swiss',
      'https://aiwebreader.geekytwin.com/privacy.html': 'ai-web-reader-geekytwin',
      'https://doc.xty.app/docs/web-search-api': 'aicore-xty',
      'https://ai.vip.lingapi.ai/develop/guides/web-search.html': 'ling-ai-lingapi',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
