// AI features inside platforms used for much else: only the AI feature's own URL prefix or subdomain,
// never the whole platform.
import type { Tool } from '../../schemas/tool';
import { awsConsole, defineTools, listed, CHECKED_3, CHECKED_C10 } from './define';

export const embeddedTools: Tool[] = defineTools('embedded-saas', [
  { id: 'amazon-sagemaker', name: 'Amazon SageMaker', vendor: 'Amazon Web Services', category: 'developer-platform', urlPrefixes: awsConsole('sagemaker'), source: 'https://docs.aws.amazon.com/it_it/sagemaker/latest/dg/how-it-works-prog-model.html', checked: CHECKED_C10 },
  { id: 'm365-copilot-chat', name: 'Microsoft 365 Copilot Chat', vendor: 'Microsoft', urlPrefixes: ['m365.cloud.microsoft/chat'], supplier: { trainsOnInputsByDefault: false, enterpriseTier: true }, source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 },
  { id: 'vertex-ai-studio', name: 'Vertex AI Studio', vendor: 'Google Cloud', category: 'developer-platform', urlPrefixes: ['console.cloud.google.com/vertex-ai/studio', 'console.cloud.google.com/vertex-ai/generative'], source: listed('vercelai', 'packages/google-vertex/src/google-vertex-options.ts'), checked: CHECKED_3 },
  { id: 'google-mixboard', name: 'Mixboard', vendor: 'Google', category: 'image', urlPrefixes: ['labs.google/mixboard'] },
  { id: 'brave-ask', name: 'Ask Brave', vendor: 'Brave', urlPrefixes: ['search.brave.com/ask'] },
  { id: 'notion-ai', name: 'Notion AI', vendor: 'Notion', urlPrefixes: ['www.notion.so/ai', 'www.notion.so/product/ai', 'www.notion.com/product/ai', 'notion.so/product/ai', 'notion.com/product/ai'], source: listed('embraceagi', 'docs/AI_money.md'), checked: CHECKED_3 },
]);
