// Traps beside the rows the twenty-fifth session's apis pass added (data/long-tail-c25-apis.ts): the general clouds,
// hosting companies, payment and API-tooling sites next to the AI API providers it added (CloudSigma and WP Engine,
// whose AI sections alone are claimed, other clouds, CPaaS companies whose AI is one feature, API marketplaces and docs
// platforms), the shared-platform copies, drafts, general companies' pages and blogs the pass read and left out, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry,
// and each API host the docs name must reach its entry as a request.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { classifyApiRequest } from './index';
import { longTailC25ApisTools } from './data/long-tail-c25-apis';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.cloudsigma.com/', // the general cloud behind the TaaS subdomain
  'https://www.cloudsigma.com/pricing/', // its compute pricing
  'https://wpengine.com/', // the WordPress host behind the AI API docs prefix
  'https://developers.wpengine.com/docs/', // its developer docs outside the AI section
  'https://wpengine.com/support/', // its support site
  'https://www.supernal.aero/', // Hyundai's air-mobility company, a namesake of Supernal TTS
  'https://www.ovhcloud.com/en/public-cloud/', // a general cloud, met in the searches
  'https://www.scaleway.com/en/', // a general cloud
  'https://www.hetzner.com/cloud', // a general cloud
  'https://www.digitalocean.com/pricing', // a general cloud
  'https://www.cloudflare.com/developer-platform/workers/', // a serverless platform, beside the proxies on workers.dev
  'https://stripe.com/docs/api', // the payment API the gateways bill through
  'https://www.paddle.com/legal/checkout-buyer-terms', // the merchant of record named by Tontaube
  'https://rapidapi.com/', // an API marketplace, met in the searches
  'https://www.postman.com/', // an API tool
  'https://www.apidog.com/', // an API docs tool whose shared host was met
  'https://readme.com/', // an API docs platform whose shared host was met
  'https://www.telnyx.com/', // a CPaaS company, voice cloning one feature
  'https://developers.telnyx.com/api-reference/voice-clones/create-a-voice-clone-from-an-audio-file-upload', // its voice-clone reference
  'https://voximplant.com/legal/AI-Tools-Policy', // a CPaaS company's AI tools policy
  'https://www.juheapi.com/api-catalog/invoice-ocr', // a general API catalogue
  'https://docs.corebanq.com/api-reference/invoices/process-ocr', // a banking API's invoice OCR
  'https://goenumerate.com/ai-acceptable-use-terms', // a property-management company's AI terms
  'https://www.edi2xml.com/secure-ai-platform-for-businesses', // an EDI company's page
  'https://ai-docs.fptcloud.com/account/billing/tutorials/how-do-we-calculate-billing/ai-inference-modas', // FPT Cloud's docs (as before)
  'https://www.ovhcloud.com/fr/public-cloud/ai-endpoints/catalog/qwen3-embedding-8b/', // a general cloud's model catalogue
  'https://docs.aws.amazon.com/textract/latest/dg/expensedocuments.html', // a general cloud's docs
  'https://docs.nvidia.com/brev/guides/inference-deployment/serverless-deployments', // NVIDIA's docs
  'https://apis.io/apis/qubrid-ai/qubrid-ai-createchatcompletion', // an API directory
  'https://developers.qoest.com/docs/pdf-ocr/endpoint', // a general API platform's PDF text extraction
  'https://pdfmage.app/api-docs/endpoints/document-ocr', // a PDF tool's OCR endpoint
  'https://www.easellm.com/legal/terms', // GPU-cloud terms that do not say what AI it serves
  'https://www.orateapp.com/legal/api-terms', // a BYOK text-to-speech reader
];

const SHARED_PLATFORMS = [
  'https://uni-docs-staging.pages.dev/models/pricing/', // ai&'s docs on a shared platform
  'https://images-api.pages.dev/', // an image API stub on a shared platform
  'https://realtime-avatar-docs.pages.dev/guides/lipsync', // a docs copy on a shared platform
  'https://ai-api-relay-guide.pages.dev/guides/claude-code-api-relay-config', // a relay guide on a shared platform
  'https://pxnw-152d9d06-4ef4-4f6d-aadb-04f6643a0606.pages.dev/endpoints/llm-parse', // a docs copy on a shared platform
  'https://speaksynth.vercel.app/terms.html', // a TTS API's terms on a shared platform
  'https://ai-voiceover-three.vercel.app/terms', // terms on a shared platform
  'https://lumi-tutor.vercel.app/legal/acceptable-use', // a placeholder policy on a shared platform
  'https://elto-1.mintlify.app/api-reference/voicelab-websocket-tts', // docs on a shared platform
  'https://lemondata.mintlify.app/api-reference/video/get-video-status', // docs on a shared platform
  'https://siliconflow-4a6a0801.mintlify.app/cn/api-reference/videos/videos_submit', // docs on a shared platform
  'https://vr5pkrbbgs.apidog.io/api-10927834', // docs on a shared platform
  'https://phrasly-api.readme.io/reference/ai-detector', // docs on a shared platform
  'https://hugingapi.com/TheStageAI/Elastic-FLUX.1-dev/commit/3f8407f8a431132f241482a5db7c439b0c12346f', // a model-hub mirror
  'https://apify.com/marielise.dev/safe-image-moderation', // an actor on a scraping marketplace
  'https://github.com/cutetailbud/FastAIToken/wiki/Quick-Start', // FastAIToken's wiki, not its own host
];

const LEFT_OUT = [
  'https://eu-east.go.ro/privacy', // a "PLACEHOLDER" policy
  'https://www.d-crewshop.online/en/docs/getting-started', // docs calling api.example.com
  'https://www.wdllm.com/privacy', // a policy with support@example.com (as before)
  'https://docs.newapi.pro/en/docs/guide/feature-guide/user/quick-start', // open-source gateway software's docs
  'https://tokonomix.ai/en/models/eu-gehost', // a price-comparison site (as before)
  'https://www.forasoft.com/learn/ai-for-video-engineering/articles-ai/streaming-tts-kokoro-elevenlabs-turbo-openai-tts', // an agency's article
  'https://www.toolcolumn.com/learn/real-time-ai-voice-api-pricing-explained', // a review site's guide
  'https://techrevati.com/en/blog/private-llm-inference-eu-self-hosting', // a consultancy's blog
  'https://gardenresearch.eu/library/eu-sovereign-ai-field-guide', // a consultancy's guide
  'https://ozymind.com/blog/gdpr-compliant-llm-deployment', // a consultancy's blog
  'https://www.rock.law/', // a law firm, met in the searches
  'https://www.document.com/documents/ai-api-terms-of-service', // a legal-templates site
  'https://www.codcompass.com/en/kb/stop-using-regex-for-invoices-use-ai-to-extract-line-items-in-seconds', // a tutorial site
  'https://huridocs.org/2026/06/markdown-conversion-tool/', // a human-rights NGO's article
];

const NAMESAKES = [
  'https://www.nagaworld.com/', // a casino resort, beside Naga (naga.ac)
  'https://www.lazarus-ide.org/', // the Free Pascal IDE, beside the Lazarus Forms API
  'https://www.i18next.com/', // an i18n library, beside auto18n
  'https://en.wikipedia.org/wiki/Stable_Diffusion', // an encyclopedia article, beside the Stable Diffusion API
  'https://de.wikipedia.org/wiki/Tontaubenschie%C3%9Fen', // clay-pigeon shooting, beside Tontaube
  'https://en.wikipedia.org/wiki/Deepfake', // an encyclopedia article, beside the Deepfake Detection API
];

describe('twenty-fifth-session apis traps', () => {
  it('adds 27 rows: one domain and no prefix each, but a URL prefix alone for the two AI sections of general sites', () => {
    expect(longTailC25ApisTools.length).toBe(27);
    const sections = new Set(['wp-engine-ai-api', 'cloudsway-maas']);
    for (const t of longTailC25ApisTools) {
      if (sections.has(t.id)) {
        expect([t.id, t.domains.length, t.urlPrefixes.length, t.apiEndpoints.length]).toEqual([
          t.id,
          0,
          1,
          1,
        ]);
      } else {
        expect([t.id, t.domains.length, t.urlPrefixes.length]).toEqual([t.id, 1, 0]);
      }
    }
    expect(longTailC25ApisTools.filter((t) => catalogRegion(t.id) !== 'global').map((t) => t.id)).toEqual([
      'tontaube',
    ]);
    expect(catalogRegion('tontaube')).toBe('europe');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25ApisTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25ApisTools));
    expectEachClassifiedAs({
      'https://www.goesai.com/terms': 'goesai',
      'https://naga.ac/models/gemini-embedding-001': 'naga-ac',
      'https://docs.aimarcusimage.eu/el/docs': 'aimarcusimage',
      'https://docs.unifically.com/video-models/kling-video/kling-v2-6/get-task': 'unifically',
      'https://docs.ai.cc/': 'ai-cc',
      'https://developers.wpengine.com/docs/ai/api/getting-started.md': 'wp-engine-ai-api',
    });
  });

  it('classifies requests to the API hosts the docs name', () => {
    const requests: Record<string, string> = {
      'https://api.ai.wpengine.com/v1/chat/completions': 'wp-engine-ai-api',
      'https://genaiapi.cloudsway.net/v1/ai/QEnOdgDqcLVKmTCP/audio/recognize': 'cloudsway-maas',
      'https://gateway.mindproxy.ai/v1/messages': 'mindproxy',
      'https://aiapi.aiphotocraft.com/api/faceswap/basicswap': 'aiphotocraft',
      'https://api.pixelapi.dev/v1/moderation/classify': 'pixelapi',
      'https://aimarcusimage.eu/api/v1/veo/generate': 'aimarcusimage',
    };
    const wrong = Object.entries(requests).flatMap(([url, want]) => {
      const got = classifyApiRequest(url)?.toolId ?? null;
      return got === want ? [] : [`${url} → ${got} (want ${want})`];
    });
    expect(wrong).toEqual([]);
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
