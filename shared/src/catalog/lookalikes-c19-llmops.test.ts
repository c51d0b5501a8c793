// Traps beside the rows the nineteenth session's LLM-ops pass added (data/long-tail-c19-llmops.ts): the ordinary sites
// next to each kind of tool (CDNs and API platforms beside the gateways, payment and APM services beside the relays and
// tracers, classic OCR beside the vision and parsing APIs, privacy software beside the PII proxies), the parents of the
// subdomains claimed alone, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit
// close to the new entries. None of them may classify; every new host must reach its own entry.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists Float16 (float16.cloud) from its
// LLM-as-a-service API reference; the serverless-GPU trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19LlmopsTools } from './data/long-tail-c19-llmops';

const GENERAL_SITES = [
  'https://www.cloudflare.com/', // a CDN, beside the LLM gateways and relays
  'https://www.postman.com/', // an API platform, beside the model API resellers
  'https://stripe.com/', // payments, beside the credit-based relays
  'https://www.datadoghq.com/', // application monitoring, beside the LLM tracers and cost trackers
  'https://sentry.io/', // error monitoring, beside the LLM tracing SDKs
  'https://ocr.space/', // classic OCR, beside the vision and document-extraction APIs
  'https://www.elastic.co/', // search software, beside the RAG APIs
  'https://www.onetrust.com/', // privacy software, beside the PII-redaction proxies
  'https://www.twilio.com/', // a communications API, beside the speech and vision APIs
  'https://www.vultr.com/', // a general cloud, beside the inference APIs
  'https://aveya.ca/', // the parent of llmparser.aveya.ca, claimed alone
  'https://blackroute.space/', // the parent of open.blackroute.space, claimed alone
  'https://sensefoundry.cn/', // the parent of visowork.sensefoundry.cn, claimed alone
  'https://ai-platform.space/', // the parent of claude.ai-platform.space, claimed alone
  'https://aihenkuai.cn/', // the parent of zhongzhuan.aihenkuai.cn, claimed alone
];

const SHARED_PLATFORMS = [
  'https://gzira-lp.pages.dev/terms', // a Japanese AI API gateway's terms on pages.dev
  'https://ai-api-relay-guide.pages.dev/guides/claude-code-api-relay-config', // a relay guide on pages.dev
  'https://stealthcloud.pages.dev/intelligence/fine-tuning-privacy-custom-training', // an article on pages.dev
  'https://runo-website.pages.dev/blog/web-scraping-for-ai-agents', // a scraping blog on pages.dev
  'https://booster-docs.pages.dev/api/automatic-speech-recognition', // speech API docs on pages.dev
  'https://theopenco-llmgateway-23.mintlify.app/features/unified-api', // a gateway's docs on mintlify.app
  'https://store-restack.vercel.app/p/text-to-speech-answer-api-key-cat-ai', // a guide on vercel.app
  'https://avikeid2007.github.io/KaiROS-AI/api.html', // a local RAG app's docs on github.io
  'https://truenorth-framework.github.io/features/hallucination-firewall', // a framework's page on github.io
  'https://dragonfly-door.zeabur.app/pricing', // a relay's pricing on zeabur.app
  'https://app-f20fa486f5.happyseeds.space/', // a gateway demo on an app host
];

const LEFT_OUT = [
  'https://www.wdllm.com/docs', // docs with api.your-domain.com and a support@example.com contact
  'https://modelbridgeapi.com/legal/privacy.html', // a "draft MVP" privacy policy
  'https://dashboard.stelvira.com/policies/terms-of-service', // terms with [COMPANY NAME] placeholders
  'https://integralbi.ai/ai-ready-ocr-terms', // terms with [Your LLC Name] placeholders
  'https://researcher.center/legal/privacy', // a placeholder policy
  'https://mcp.adaptorch.ai.kr/llm-provider-data-transfer', // a draft pending legal review
  'https://bmt2.shihuai.tech/docs', // aggregator docs with a localhost base URL
  'https://snaga.ai/docs/api-compatibility', // docs with a your-api-host.com placeholder
  'https://llmcontrols.ai/usage-policy', // a usage policy with no word of AI
  'https://parsedocs.ai/privacy', // a parser policy with no word of AI
  'https://llmocr.com/en/api-docs/pdf-to-markdown', // API docs with no word of AI
  'https://www.texttospeechskills.com/terms', // terms with no word of AI
  'https://doc.airoutix.com/281603040d0.html', // a bare request schema
  'https://faray.tech/lmcscloud/docs/privacy', // an API whose product the page never names
  'https://www.openweb3.ai/terms-of-use', // terms copied from another vendor
  'https://www.uboosts.com/zh/docs/api/chat/openai/createchatcompletion/', // docs of an unclear operator
  'https://www.promptmanage.com/ja/privacy', // a prompt library policy with no word of AI
  'https://www.docuparseapi.com/privacy', // AI only as a fallback step
  'https://theagentmag.com/docs/scrape', // a scraping API for agents
  'https://docs.agentmag.dev/web-intelligence/scrape', // the same scraping API
  'https://docs.yetanotherapi.com/llm-web-scraper', // one scraper on a general API marketplace
  'https://lastcrawler.xyz/blog/url-to-markdown-api', // a crawler's blog
  'https://cachee.ai/blog/posts/2026-03-24-llm-caching-how-to-cut-api-costs-60-percent-with-semantic-cache', // a general cache
  'https://www.llm4agents.com/blog/fund-ai-agents-stablecoins', // seen only on its blog
  'https://www.onekeymodel.com/en/blog/openai-compatible-api-guide', // seen only on its blog
  'https://aiapi-pro.com/blog/responses-api-chinese-models', // seen only on its blog
  'https://carpathian.ai/publications/ai-inference-api', // seen only on its publications
  'https://www.semanticguard.dev/blog/slash-openai-api-costs-semantic-caching-for-40-70-savings', // only its blog
  'https://www.truthvouch.ai/blog/ai-hallucination-detection-guide', // seen only on its blog
  'https://applyguardrails.com/', // a homepage with no page beyond it
  'https://llm-vault.voithrucorp.com/', // a homepage with no page beyond it
  'https://threadsync.io/llmgateway/', // a product page of an integration company
  'https://www.devsonline.engineer/privacy', // a gateway instance of an unclear operator
  'https://docs.mka1.com/docs/extract-structured-data', // an unclear vendor
  'https://meridian.getnimbus.net/docs/terms-summary', // a shared-company host, as the c17 devai pass judged
  'https://www.restaurant-startup.app/generative-ai-terms', // an AI feature inside a restaurant app
  'https://finetunedb.com/privacy-policy', // a policy with no word of AI
];

const NAMESAKES = [
  'https://www.neurorouter.com/', // beside NeuroRouters (neurorouters.com)
  'https://www.modelmax.com/', // beside ModelMax (modelmax.io)
  'https://www.ruapi.com/', // beside RuAPI (ruapi.ai)
  'https://www.llmai.com/', // beside LLMAI (llmai.dev)
  'https://www.logfare.com/', // beside Logfare (logfare.ai)
  'https://www.relayplane.io/', // beside RelayPlane (relayplane.com)
  'https://www.embedroute.io/', // beside EmbedRoute (embedroute.com)
  'https://www.anyhop.com/', // beside AnyHop AI (anyhop.ai)
  'https://www.servellm.ai/', // beside ServeLLM (servellm.com)
  'https://www.sodura.com/', // beside Sodura (sodura.ai)
  'https://www.flex.com/', // an electronics maker, beside FlexAI (flex.ai)
  'https://www.sandbase.com/', // beside Sandbase (sandbase.ai)
  'https://www.tokentrace.com/', // beside tokentrace (tokentrace.app)
  'https://www.kloddy.io/', // beside Kloddy (kloddy.com)
  'https://www.retab.io/', // beside Retab (retab.com)
  'https://www.extruct.com/', // beside Extruct AI (extruct.ai)
  'https://www.assurancehub.com/', // beside AssuranceHub (assurancehub.ai)
  'https://www.proxide.com/', // beside Proxide (proxide.ai)
  'https://www.grepture.io/', // beside Grepture (grepture.com)
];

describe('nineteenth-session LLM-ops traps', () => {
  it('adds 49 rows, each with one domain and no prefix', () => {
    expect(longTailC19LlmopsTools.length).toBe(49);
    expect(longTailC19LlmopsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19LlmopsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.ruapi.ai/en/legal/privacy': 'ruapi-ai',
      'https://docs.aiproxynode.com/en/legal.html': 'aiproxynode',
      'https://docs.gptproto.com/docs/api/openai/gpt-41-nano/official-format%28response%29/image-analysis':
        'gptproto',
      'https://platform.sodura.ai/docs/api-reference': 'sodura-ai',
      'https://docs.openinference.xyz/api-reference/introduction': 'open-inference-xyz',
      'https://docs.flex.ai/api-reference/images/generate-an-image': 'flexai',
      'https://doc.vtrix.ai/docs/api/blackforestlabs/flux-2-pro': 'vtrix-ai',
      'https://docs.histeeria.com/sdk/tracing': 'histeeria',
      'https://docs.ragbuddy.ai/guidebook/rest-api-endpoint': 'rag-buddy',
      'https://docs.usageguard.com/features/documents': 'usageguard',
      'https://docs.retab.com/api-reference/documents/extract': 'retab',
      'https://zhongzhuan.aihenkuai.cn/docs/api': 'aihenkuai-zhongzhuan',
      'https://llmparser.aveya.ca/privacy': 'llm-pdf-parser-aveya',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
