// AI sections of general platforms found by the sixth long-tail pass (2026-12-05): a URL prefix on the vendor's own
// host, taken from the pinned list file that links that exact page. The rest of the vendor's site stays unclaimed
// (lookalikes.test.ts keeps a trap beside each prefix).
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const platformAiSectionTools3: Tool[] = defineTools('embedded-saas', [
  {
    id: 'sap-joule',
    name: 'SAP Joule',
    vendor: 'SAP',
    urlPrefixes: ['www.sap.com/products/artificial-intelligence/ai-assistant.html'],
    source: listed('zijianni'),
  },
  { id: 'unbounce-smart-copy', name: 'Unbounce Smart Copy', vendor: 'Unbounce', urlPrefixes: ['unbounce.com/product/smart-copy'], source: listed('meetpateltech') },
  { id: 'wizishop-ai', name: 'WiziShop AI', vendor: 'WiziShop', urlPrefixes: ['wizishop.com/ai'], source: listed('meetpateltech') },
  { id: 'httpie-ai', name: 'HTTPie AI', vendor: 'HTTPie', category: 'coding', urlPrefixes: ['httpie.io/ai'], source: listed('meetpateltech') },
  { id: 'reply-io-ai-email', name: 'Reply.io AI Sales Email Assistant', vendor: 'Reply.io', category: 'writing', urlPrefixes: ['reply.io/sales-email-assistant'], source: listed('meetpateltech') },
  { id: 'myheritage-ai-time-machine', name: 'MyHeritage AI Time Machine', vendor: 'MyHeritage', category: 'image', urlPrefixes: ['www.myheritage.com/ai-time-machine'], source: listed('meetpateltech') },
  { id: 'seovendor-seo-gpt', name: 'SEO GPT', vendor: 'SEO Vendor', category: 'writing', urlPrefixes: ['seovendor.co/seo-gpt'], source: listed('meetpateltech') },
  // www.deviantart.com/studio/video: DeviantArt's video generator, hidden next to DreamUp in listed('stevoisiakai', 'GenAI-Blocklist.txt').
  { id: 'deviantart-dreamup', name: 'DreamUp', vendor: 'DeviantArt', category: 'image', urlPrefixes: ['www.deviantart.com/dreamup', 'www.deviantart.com/studio/video'], source: listed('stevoisiak', 'GenAI-Blocklist.txt') },
  { id: 'yahoo-japan-ai-chat', name: 'Yahoo! JAPAN AI chat search', vendor: 'LY Corporation', category: 'search', urlPrefixes: ['search.yahoo.co.jp/aichat'], source: listed('stevoisiak', 'GenAI-Blocklist.txt'), region: 'japan' },
  { id: 'investing-warrenai', name: 'WarrenAI', vendor: 'Investing.com', category: 'chat', urlPrefixes: ['www.investing.com/warrenai'], source: listed('stevoisiak', 'GenAI-Blocklist.txt') },
  { id: 'washington-post-ask-the-post-ai', name: 'Ask The Post AI', vendor: 'The Washington Post', category: 'search', urlPrefixes: ['www.washingtonpost.com/ask-the-post-ai'], source: listed('stevoisiak', 'GenAI-Blocklist.txt') },
  { id: 'wordpress-ai-site-builder', name: 'WordPress.com AI site builder', vendor: 'Automattic', category: 'coding', urlPrefixes: ['wordpress.com/setup/ai-site-builder'], source: listed('stevoisiak', 'GenAI-Blocklist.txt') },
  { id: 'cambridge-dictionary-assistant', name: 'Cambridge Dictionary AI assistant', vendor: 'Cambridge University Press', category: 'chat', urlPrefixes: ['dictionary.cambridge.org/assistant'], source: listed('stevoisiak', 'GenAI-Blocklist.txt'), region: 'europe' },
  { id: 'emojipedia-ai-emoji-generator', name: 'Emojipedia AI Emoji Generator', vendor: 'Zedge', category: 'image', urlPrefixes: ['emojipedia.org/ai-emoji-generator'], source: listed('stevoisiak', 'GenAI-Blocklist.txt') },
  { id: 'imgflip-ai-meme', name: 'Imgflip AI Meme Generator', vendor: 'Imgflip', category: 'image', urlPrefixes: ['imgflip.com/ai-meme'], source: listed('stevoisiak', 'GenAI-Blocklist.txt') },
  { id: 'automateexcel-ai-formula-generator', name: 'AutomateExcel AI Formula Generator', vendor: 'AutomateExcel', category: 'productivity', urlPrefixes: ['www.automateexcel.com/formula-generator-ai-bot', 'www.automateexcel.com/online-vba-code-generator'], source: listed('stevoisiak', 'GenAI-Blocklist.txt') },
  { id: 'expressvpn-expressai', name: 'ExpressAI', vendor: 'ExpressVPN', category: 'chat', urlPrefixes: ['portal.expressvpn.com/expressai'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt') },
  { id: 'codecademy-ai-builder', name: 'Codecademy AI Builder', vendor: 'Codecademy', category: 'coding', urlPrefixes: ['www.codecademy.com/ai-builder', 'codecademy.com/ai-builder'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt') },
  { id: 'coolors-color-bot', name: 'Coolors Color Bot', vendor: 'Coolors', category: 'image', urlPrefixes: ['coolors.co/color-bot'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt') },
  { id: 'tutorbin-ai-homework-helper', name: 'TutorBin AI Homework Helper', vendor: 'TutorBin', category: 'chat', urlPrefixes: ['tutorbin.com/ai-homework-helper'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt') },
  { id: 'real-python-code-mentor', name: 'Real Python Code Mentor', vendor: 'Real Python', category: 'coding', urlPrefixes: ['realpython.com/mentor'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt') },
  { id: 'stack-overflow-for-agents', name: 'Stack Overflow for Agents', vendor: 'Stack Overflow', category: 'agents', domains: ['agents.stackoverflow.com'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt') },
  { id: 'dynamics-365-copilot', name: 'Copilot in Dynamics 365', vendor: 'Microsoft', category: 'embedded-saas', urlPrefixes: ['www.microsoft.com/en-us/dynamics-365/solutions/ai'], source: listed('bsaisuryacharan') },
  { id: 'pipedrive-ai-sales-assistant', name: 'Pipedrive AI Sales Assistant', vendor: 'Pipedrive', category: 'embedded-saas', urlPrefixes: ['www.pipedrive.com/en/features/ai-sales-assistant'], source: listed('bsaisuryacharan'), region: 'europe' },
  { id: 'servicenow-ai-agents', name: 'ServiceNow AI Agents', vendor: 'ServiceNow', category: 'agents', urlPrefixes: ['www.servicenow.com/products/ai-agents.html', 'www.servicenow.com/products/ai-agents'], source: listed('bsaisuryacharan') }, // /products/ai-agents/: listed('zijianni'), CHECKED_3
  { id: 'zapier-mcp', name: 'Zapier MCP', vendor: 'Zapier', category: 'agents', urlPrefixes: ['zapier.com/mcp'], source: listed('bsaisuryacharan') },
  { id: 'gitkraken-kepler', name: 'GitKraken Kepler', vendor: 'GitKraken', category: 'coding', urlPrefixes: ['www.gitkraken.com/kepler'], source: listed('dspachos') },
  { id: 'amazon-bedrock-agentcore', name: 'Amazon Bedrock AgentCore', vendor: 'Amazon Web Services', category: 'agents', urlPrefixes: ['aws.amazon.com/bedrock/agentcore'], source: listed('dspachos') },
], { checked: CHECKED_3 });
