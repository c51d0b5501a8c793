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
], { checked: CHECKED_3 });
