// Sixth regional pass (CHECKED_3): AI platforms of Japan, Russia and Thailand that no entry matched, each read on a
// page that names the service with its host: the vendor's own repository or Hugging Face organisation page, or, where
// the vendor's portal is not in the stored corpora, a client library's documentation that gives the API host (the
// COTOHA and A3RT rows; the hosts are the vendors' own: ce-cotoha.com is NTT Communications' COTOHA portal,
// recruit-tech.co.jp Recruit's). Recruit's and NTT's corporate sites stay out; only the AI service hosts are claimed.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

export const regionalC6WorldTools: Tool[] = defineTools('developer-platform', [
  // Japan
  { id: 'cotoha-api', name: 'COTOHA API', vendor: 'NTT Communications', domains: ['api.ce-cotoha.com'], apiEndpoints: ['api.ce-cotoha.com'], source: 'https://pypi.org/project/cotohappy', region: 'japan' },
  { id: 'a3rt', name: 'A3RT (Talk, Text Suggest, Proofreading APIs)', vendor: 'Recruit', domains: ['a3rt.recruit-tech.co.jp'], apiEndpoints: ['api.a3rt.recruit-tech.co.jp'], source: 'https://www.rubydoc.info/gems/a3rt-talk/A3rt/Talk', region: 'japan' },
  // Russia: Cloud.ru's Evolution Foundation Models (its own OpenAI-compatible client names the endpoint).
  { id: 'cloud-ru-foundation-models', name: 'Cloud.ru Evolution Foundation Models', vendor: 'Cloud.ru', apiEndpoints: ['foundation-models.api.cloud.ru'], source: 'https://github.com/cloud-ru-tech/evolution-openai-python', region: 'russia' },
  // Thailand: NECTEC's AI for Thai platform.
  { id: 'ai-for-thai', name: 'AI for Thai', vendor: 'NECTEC', domains: ['aiforthai.in.th'], source: 'https://pypi.org/project/aift/', region: 'southeast-asia' },
], { checked: CHECKED_3 });
