// AI features inside platforms used for much else: only the AI feature's own URL prefix or subdomain,
// never the whole platform.
import type { Tool } from '../../schemas/tool';
import { awsConsole, defineTools, listed, CHECKED_3, CHECKED_C10 } from './define';

export const embeddedTools: Tool[] = defineTools('embedded-saas', [
  // aws.amazon.com/sagemaker (the product's pages, e.g. aws.amazon.com/sagemaker/pricing/): AWS's SageMaker developer guide,
  // awsdocs/amazon-sagemaker-developer-guide@a869fa5c9bd1074a85bd23748d0463e322ad8939
  // doc_source/autopilot-automate-model-development-create-experiment.md, CHECKED_C13
  { id: 'amazon-sagemaker', name: 'Amazon SageMaker', vendor: 'Amazon Web Services', category: 'developer-platform', urlPrefixes: [...awsConsole('sagemaker'), 'aws.amazon.com/sagemaker'], source: 'https://docs.aws.amazon.com/it_it/sagemaker/latest/dg/how-it-works-prog-model.html', checked: CHECKED_C10 },
  // www.microsoft365.com/copilot ("the Microsoft 365 Copilot Chat home page") and microsoft365.com/copilot: Microsoft's
  // Copilot Developer Camp, microsoft/copilot-camp@9b582849e5a646025b9ad3bc50a64814169f7e2d
  // docs/pages/make/agent-builder/01-first-agent.md and docs/pages/extend-m365-copilot/01a-geolocator.md (MIT), CHECKED_C13
  { id: 'm365-copilot-chat', name: 'Microsoft 365 Copilot Chat', vendor: 'Microsoft', urlPrefixes: ['m365.cloud.microsoft/chat', 'www.microsoft365.com/copilot', 'microsoft365.com/copilot'], supplier: { trainsOnInputsByDefault: false, enterpriseTier: true }, source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 },
  { id: 'vertex-ai-studio', name: 'Vertex AI Studio', vendor: 'Google Cloud', category: 'developer-platform', urlPrefixes: ['console.cloud.google.com/vertex-ai/studio', 'console.cloud.google.com/vertex-ai/generative'], source: listed('vercelai', 'packages/google-vertex/src/google-vertex-options.ts'), checked: CHECKED_3 },
  { id: 'google-mixboard', name: 'Mixboard', vendor: 'Google', category: 'image', urlPrefixes: ['labs.google/mixboard'] },
  { id: 'brave-ask', name: 'Ask Brave', vendor: 'Brave', urlPrefixes: ['search.brave.com/ask'] },
  // notion.ai (2026-12-06): listed('amansk5aiguard', 'registry/registry.yaml') (entry notion-ai, "Notion AI", whose
  // notion.so and api.notion.com are Notion's general hosts, not claimed), CHECKED_C13
  // apiPrefixes (CHECKED_C18): the request Notion's web app makes when someone asks Notion AI inside a page or its chat,
  // POST /api/v3/runInferenceTranscript on the app's own host (www.notion.so, and app.notion.com where the app moved),
  // and the earlier /api/v3/getCompletion; the rest of /api/v3 is Notion's general API and stays unclaimed. Facts read in
  // code that drives Notion AI from outside: maverickxone/notion2api app/notion_client.py
  // (1afb0fb6bede62e15981dadea379302942fb2ff3: `${NOTION_URL}/api/v3/runInferenceTranscript`, same-origin from
  // www.notion.so/chat), NotionAI++'s userscript tests (app.notion.com: a POST there is its "AI mutation") and
  // vaayne/NotionAI-Plus notionai/notionai.py (02939145cc5aa7f11c39de5b2d8f4d26f9b6460e: www.notion.so/api/v3/getCompletion).
  { id: 'notion-ai', name: 'Notion AI', vendor: 'Notion', urlPrefixes: ['www.notion.so/ai', 'www.notion.so/product/ai', 'www.notion.com/product/ai', 'notion.so/product/ai', 'notion.com/product/ai'], apiPrefixes: ['www.notion.so/api/v3/runInferenceTranscript', 'app.notion.com/api/v3/runInferenceTranscript', 'www.notion.so/api/v3/getCompletion'], domains: ['notion.ai'], source: listed('embraceagi', 'docs/AI_money.md'), checked: CHECKED_3 },
]);
