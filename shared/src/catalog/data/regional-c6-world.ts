// Sixth regional pass (CHECKED_3): AI platforms and assistants of Japan, India, Russia, Thailand, Switzerland and France
// that no entry matched, each read on a page that names the service with its host: the vendor's own repository,
// documentation or Hugging Face organisation page, the founder's blog (Shodo), or, where the vendor's portal is not in
// the stored corpora, a client library's documentation that gives the API host (the COTOHA and A3RT rows; the hosts are
// the vendors' own: ce-cotoha.com is NTT Communications' COTOHA portal, recruit-tech.co.jp Recruit's). Recruit's,
// NTT's, SAKURA internet's, E2E Networks' and Infomaniak's general sites stay out; only the AI service hosts are claimed.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

export const regionalC6WorldTools: Tool[] = defineTools('developer-platform', [
  // Japan
  { id: 'cotoha-api', name: 'COTOHA API', vendor: 'NTT Communications', domains: ['api.ce-cotoha.com'], apiEndpoints: ['api.ce-cotoha.com'], source: 'https://pypi.org/project/cotohappy', region: 'japan' },
  { id: 'a3rt', name: 'A3RT (Talk, Text Suggest, Proofreading APIs)', vendor: 'Recruit', domains: ['a3rt.recruit-tech.co.jp'], apiEndpoints: ['api.a3rt.recruit-tech.co.jp'], source: 'https://www.rubydoc.info/gems/a3rt-talk/A3rt/Talk', region: 'japan' },
  // Japan: SAKURA internet's AI Engine inference API (its manual's how-to gives the host; sakura.ad.jp itself is a hosting
  // company, so only the API host is claimed).
  { id: 'sakura-ai-engine', name: 'SAKURA AI Engine', vendor: 'SAKURA internet', apiEndpoints: ['api.ai.sakura.ad.jp'], source: 'https://manual.sakura.ad.jp/cloud/ai-engine/02-howto.html', region: 'japan' },
  // India: E2E Networks' TIR GenAI API inference host (E2E is a general cloud; only the inference host is claimed).
  { id: 'e2e-tir-genai-api', name: 'E2E TIR GenAI API', vendor: 'E2E Networks', apiEndpoints: ['infer.e2enetworks.net'], source: 'https://docs.e2enetworks.com/tir/genai-api/how-to/call-the-api-with-rest/', region: 'india' },
  // Russia: Cloud.ru's Evolution Foundation Models (its own OpenAI-compatible client names the endpoint).
  { id: 'cloud-ru-foundation-models', name: 'Cloud.ru Evolution Foundation Models', vendor: 'Cloud.ru', apiEndpoints: ['foundation-models.api.cloud.ru'], source: 'https://github.com/cloud-ru-tech/evolution-openai-python', region: 'russia' },
  // Thailand: NECTEC's AI for Thai platform.
  { id: 'ai-for-thai', name: 'AI for Thai', vendor: 'NECTEC', domains: ['aiforthai.in.th'], source: 'https://pypi.org/project/aift/', region: 'southeast-asia' },
  // Japan: Zen Products' AI proofreading service, named with its host on its founder's blog.
  { id: 'shodo', name: 'Shodo (AI proofreading)', vendor: 'Zen Products', category: 'writing', domains: ['shodo.ink'], source: 'https://blog.hirokiky.org/entry/2021/02/03/140706', region: 'japan' },
  // Switzerland: Infomaniak's Euria assistant; only its own subdomain (infomaniak.com also serves mail, kSuite and hosting).
  { id: 'infomaniak-euria', name: 'Euria', vendor: 'Infomaniak', category: 'chat', domains: ['euria.infomaniak.com'], source: 'https://github.com/Infomaniak/android-euria/blob/65226fec066429ee0501083dbb1477ac9b4d4390/app/src/main/AndroidManifest.xml', region: 'europe' },
  // France: Mammouth, one subscription for several chat models, with its own OpenAI-compatible API.
  { id: 'mammouth-ai', name: 'Mammouth', vendor: 'Mammouth', category: 'chat', domains: ['mammouth.ai'], apiEndpoints: ['api.mammouth.ai'], source: 'https://info.mammouth.ai/fr/docs/api-quick-start', region: 'europe' },
], { checked: CHECKED_3 });
