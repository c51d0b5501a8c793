// More AI-native video, image, writing and presentation tools found missing in the fourth pass (CHECKED_3), each citing
// the vendor's own pricing or product page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

export const supportMarketingTools2: Tool[] = defineTools('video', [
  { id: 'domoai', name: 'DomoAI', vendor: 'DomoAI', domains: ['domoai.app'], source: 'https://domoai.app/pricing', region: 'southeast-asia' },
  { id: 'hotshot', name: 'Hotshot', vendor: 'Hotshot', domains: ['hotshot.co'], source: 'https://hotshot.co/about' },
  { id: 'dora-ai', name: 'Dora AI', vendor: 'Dora', category: 'coding', domains: ['dora.run'], source: 'https://www.dora.run/ai' },
  // Agents, browsers for agents, voice receptionists
  { id: 'airtop', name: 'Airtop', vendor: 'Airtop', category: 'agents', domains: ['airtop.ai'], source: 'https://www.airtop.ai/pricing' },
  { id: 'anchor-browser', name: 'Anchor Browser', vendor: 'Anchor', category: 'agents', domains: ['anchorbrowser.io'], source: 'https://anchorbrowser.io/pricing' },
  { id: 'dialzara', name: 'Dialzara', vendor: 'Dialzara', category: 'agents', domains: ['dialzara.com'], source: 'https://dialzara.com/pricing' },
  { id: 'slang-ai', name: 'Slang.ai', vendor: 'Slang', category: 'agents', domains: ['slang.ai'], source: 'https://www.slang.ai/pricing' },
  { id: 'numa', name: 'Numa', vendor: 'Numa', category: 'agents', domains: ['numa.com'], source: 'https://www.numa.com/platform' },
  { id: 'emailtree', name: 'EmailTree', vendor: 'EmailTree', category: 'agents', domains: ['emailtree.ai'], source: 'https://emailtree.ai/pricing', region: 'europe' },
  // Documents and data
  { id: 'askyourdatabase', name: 'AskYourDatabase', vendor: 'AskYourDatabase', category: 'productivity', domains: ['askyourdatabase.com'], source: 'https://www.askyourdatabase.com/pricing' },
  { id: 'datasquirrel', name: 'DataSquirrel.ai', vendor: 'DataSquirrel', category: 'productivity', domains: ['datasquirrel.ai'], source: 'https://datasquirrel.ai/pricing' },
  { id: 'gptexcel', name: 'GPTExcel', vendor: 'GPTExcel', category: 'productivity', domains: ['gptexcel.com'], source: 'https://gptexcel.com/pricing' },
  { id: 'vizly', name: 'Vizly', vendor: 'Vizly', category: 'productivity', domains: ['vizly.fyi'], source: 'https://vizly.fyi/pricing' },
  { id: 'mindee', name: 'Mindee', vendor: 'Mindee', category: 'developer-platform', domains: ['mindee.com'], source: 'https://www.mindee.com/pricing', region: 'europe' },
  { id: 'klippa', name: 'Klippa DocHorizon', vendor: 'Klippa', category: 'developer-platform', domains: ['klippa.com'], source: 'https://www.klippa.com/en/dochorizon/', region: 'europe' },
  { id: 'reducto', name: 'Reducto', vendor: 'Reducto', category: 'developer-platform', domains: ['reducto.ai'], source: 'https://reducto.ai/pricing' },
  { id: 'recall-ai', name: 'Recall.ai', vendor: 'Recall.ai', category: 'developer-platform', domains: ['recall.ai'], source: 'https://www.recall.ai/pricing' },
  { id: 'screenpipe', name: 'screenpipe', vendor: 'screenpipe', category: 'productivity', domains: ['screenpipe.com'], source: 'https://screenpipe.com/pricing' },
  { id: 'skej', name: 'Skej', vendor: 'Skej', category: 'productivity', domains: ['skej.com'], source: 'https://skej.com/pricing' },
  // Legal, tax, health, hiring, education
  { id: 'legalfly', name: 'LegalFly', vendor: 'LegalFly', category: 'writing', domains: ['legalfly.com'], source: 'https://www.legalfly.com/platform', region: 'europe' },
  { id: 'superlegal', name: 'SuperLegal', vendor: 'SuperLegal', category: 'writing', domains: ['superlegal.ai'], source: 'https://www.superlegal.ai/pricing' },
  { id: 'blackore', name: 'Black Ore', vendor: 'Black Ore', category: 'productivity', domains: ['blackore.ai'], source: 'https://www.blackore.ai/tax-autopilot' },
  { id: 'taxgpt', name: 'TaxGPT', vendor: 'TaxGPT', category: 'chat', domains: ['taxgpt.com'], source: 'https://www.taxgpt.com/pricing' },
  { id: 'sunoh', name: 'Sunoh.ai', vendor: 'Sunoh.ai', category: 'other', domains: ['sunoh.ai'], source: 'https://sunoh.ai/pricing' },
  { id: 'symptoma', name: 'Symptoma', vendor: 'Symptoma', category: 'other', domains: ['symptoma.com'], source: 'https://www.symptoma.com/en/about', region: 'europe' },
  { id: 'interviewer-ai', name: 'Interviewer.AI', vendor: 'Interviewer.AI', category: 'productivity', domains: ['interviewer.ai'], source: 'https://interviewer.ai/pricing/', region: 'southeast-asia' },
  { id: 'teachmate-ai', name: 'TeachMate AI', vendor: 'TeachMate', category: 'productivity', domains: ['teachmateai.com'], source: 'https://teachmateai.com/pricing', region: 'europe' },
  { id: 'questgen', name: 'Questgen', vendor: 'Questgen', category: 'productivity', domains: ['questgen.ai'], source: 'https://www.questgen.ai/pricing', region: 'india' },
  // Audio, translation, coding
  { id: 'samplab', name: 'Samplab', vendor: 'Samplab', category: 'audio', domains: ['samplab.com'], source: 'https://samplab.com/pricing', region: 'europe' },
  { id: 'kudo', name: 'KUDO AI', vendor: 'KUDO', category: 'translation', domains: ['kudo.ai'], source: 'https://kudo.ai/pricing/' },
  { id: 'codegen', name: 'Codegen', vendor: 'Codegen', category: 'coding', domains: ['codegen.com'], source: 'https://codegen.com/pricing' },
  { id: 'what-the-diff', name: 'What The Diff', vendor: 'What The Diff', category: 'coding', domains: ['what-the-diff.com'], source: 'https://whatthediff.ai/pricing' },
  // Creative long tail: comics, storyboards, anime video, face tools, digital humans
  { id: 'aiease', name: 'AI Ease', vendor: 'AI Ease', category: 'image', domains: ['aiease.ai'], source: 'https://www.aiease.ai/pricing/' },
  { id: 'animon', name: 'Animon', vendor: 'CreateAI', domains: ['animon.ai'], source: 'https://animon.ai/pricing' },
  { id: 'clipfly', name: 'Clipfly', vendor: 'Clipfly', domains: ['clipfly.ai'], source: 'https://www.clipfly.ai/pricing/' },
  { id: 'magiclight', name: 'MagicLight', vendor: 'MagicLight', domains: ['magiclight.ai'], source: 'https://magiclight.ai/pricing/' },
  { id: 'uneeq', name: 'UneeQ', vendor: 'UneeQ', domains: ['uneeq.com'], source: 'https://www.uneeq.com/platform' },
  { id: 'dashtoon', name: 'Dashtoon', vendor: 'Dashtoon', category: 'image', domains: ['dashtoon.com'], source: 'https://dashtoon.com/studio', region: 'india' },
  { id: 'katalist', name: 'Katalist', vendor: 'Katalist', category: 'image', domains: ['katalist.ai'], source: 'https://www.katalist.ai/pricing' },
  { id: 'komiko', name: 'Komiko', vendor: 'Komiko', category: 'image', domains: ['komiko.app'], source: 'https://komiko.app/pricing' },
  { id: 'llamagen', name: 'LlamaGen.ai', vendor: 'LlamaGen', category: 'image', domains: ['llamagen.ai'], source: 'https://llamagen.ai/pricing' },
  { id: 'remaker', name: 'Remaker', vendor: 'Remaker', category: 'image', domains: ['remaker.ai'], source: 'https://remaker.ai/pricing' },
  { id: 'storyboarder-ai', name: 'Storyboarder.ai', vendor: 'Storyboarder.ai', category: 'image', domains: ['storyboarder.ai'], source: 'https://storyboarder.ai/pricing' },
  { id: 'storyboard-hero', name: 'StoryboardHero', vendor: 'StoryboardHero', category: 'image', domains: ['storyboardhero.ai'], source: 'https://storyboardhero.ai/pricing' },
  // Writing and chat
  { id: 'humanpal', name: 'HumanPal', vendor: 'HumanPal', category: 'writing', domains: ['humanpal.ai'], source: 'https://humanpal.ai/pricing' },
  { id: 'lightkey', name: 'Lightkey', vendor: 'Lightkey', category: 'writing', domains: ['lightkey.io'], source: 'https://www.lightkey.io/pricing', region: 'middle-east' },
  { id: 'loora', name: 'Loora', vendor: 'Loora', category: 'chat', domains: ['loora.ai'], source: 'https://www.loora.ai/pricing', region: 'middle-east' },
  // Developer platforms for agents, and AI gateways
  { id: 'agno', name: 'Agno (formerly Phidata)', vendor: 'Agno', category: 'developer-platform', domains: ['agno.com', 'phidata.com'], source: 'https://docs.agno.com/introduction' },
  { id: 'daytona', name: 'Daytona', vendor: 'Daytona', category: 'developer-platform', domains: ['daytona.io'], source: 'https://www.daytona.io/pricing', region: 'europe' },
  { id: 'langbase', name: 'Langbase', vendor: 'Langbase', category: 'developer-platform', domains: ['langbase.com'], source: 'https://langbase.com/pricing' },
  { id: 'morph-llm', name: 'Morph', vendor: 'Morph', category: 'developer-platform', domains: ['morphllm.com'], source: 'https://morphllm.com/pricing' },
  { id: 'scrapegraph-ai', name: 'ScrapeGraphAI', vendor: 'ScrapeGraphAI', category: 'developer-platform', domains: ['scrapegraphai.com'], source: 'https://scrapegraphai.com/pricing', region: 'europe' },
  { id: 'voltagent', name: 'VoltAgent', vendor: 'VoltAgent', category: 'developer-platform', domains: ['voltagent.dev'], source: 'https://voltagent.dev/docs/' },
  { id: 'calypsoai', name: 'CalypsoAI', vendor: 'CalypsoAI', category: 'developer-platform', domains: ['calypsoai.com'], source: 'https://calypsoai.com/platform/', region: 'europe' },
  { id: 'aim-security', name: 'Aim Security', vendor: 'Aim Security', category: 'developer-platform', domains: ['aim.security'], source: 'https://www.aim.security/platform', region: 'middle-east' },
], { checked: CHECKED_3 });
