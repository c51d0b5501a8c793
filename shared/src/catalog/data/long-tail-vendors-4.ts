// Long-tail companions, health, legal, finance, recruiting, e-commerce, dubbing and LLM developer tools
// written on CHECKED_2 from the vendors' own sites (source: the product's site, counted as homepage-only by
// `lantern catalog stats` until re-verified against a specific page).
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C14, CHECKED_C15 } from './define';

export const vendorTools5: Tool[] = defineTools('developer-platform', [
  { id: 'aiapply', name: 'AIApply', vendor: 'AIApply', category: 'agents', domains: ['aiapply.co'], region: 'europe', source: listed('whoisdsmith'), checked: CHECKED_C12 }, // the list links AIApply at aiapply.co
  { id: 'boosted-ai', name: 'Boosted.ai', vendor: 'Boosted.ai', category: 'agents', domains: ['boosted.ai'], source: 'https://docs.agent-dev.boosted.ai/alfa/guides/legacy-workflows/create-manage-agents/creating-your-first-agent', checked: CHECKED_C15 }, // Boosted.ai's own docs, stored copy read (fifteenth-session re-check, was homepage-only): creating Alfa AI agents for market research from a prompt, through its API on alfa.boosted.ai
  { id: 'docyt', name: 'Docyt', vendor: 'Docyt', category: 'agents', domains: ['docyt.com'], source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 },
  { id: 'hippocratic-ai', name: 'Hippocratic AI', vendor: 'Hippocratic AI', category: 'agents', domains: ['hippocraticai.com', 'hippocratic.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 }, // hippocratic.ai: listed('kostja94')
  { id: 'jobright', name: 'Jobright', vendor: 'Jobright', category: 'agents', domains: ['jobright.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'lazyapply', name: 'LazyApply', vendor: 'LazyApply', category: 'agents', domains: ['lazyapply.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'tezi', name: 'Tezi', vendor: 'Tezi', category: 'agents', domains: ['tezi.ai'], source: 'https://help.tezi.ai/more-automations/5LQUU7jbSEGZwt2QzQo3FT/inbound-screening/5CkC9HELqWk1ZmJxa4vf3G', checked: CHECKED_C12 }, // Tezi's own help centre on help.tezi.ai (its AI recruiter Max)
  { id: 'truewind', name: 'Truewind', vendor: 'Truewind', category: 'agents', domains: ['truewind.ai', 'trytruewind.com'], source: 'https://www.truewind.ai/support/bank-transactions', checked: CHECKED_C12 }, // Truewind's own support centre on truewind.ai (AI bookkeeping; auto-categorisation); trytruewind.com: the same YC company (slug truewind, AI-powered accounting) in listed('c13ayc', 'responses/Winter 2023.json'), which responses/W23.json gives truewind.ai, CHECKED_C13
  { id: 'vic-ai', name: 'Vic.ai', vendor: 'Vic.ai', category: 'agents', domains: ['vic.ai'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'zeni', name: 'Zeni', vendor: 'Zeni', category: 'agents', domains: ['zeni.ai'], source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
  { id: 'elevenreader', name: 'ElevenReader', vendor: 'ElevenLabs', category: 'audio', domains: ['elevenreader.io'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'ttsreader', name: 'TTSReader', vendor: 'TTSReader', category: 'audio', domains: ['ttsreader.com'], source: 'https://github.com/ttsreader/ttsreader-web/blob/9c76d617cf226d0bcc14ea8f87a0c792b3a6f524/README.md', checked: CHECKED_C14 }, // the vendor's own site repository (copyright TTSReader @ WellSource Ltd): text to speech with natural-sounding voices, "Published on https://ttsreader.com"
  { id: 'voiser', name: 'Voiser', vendor: 'Voiser', category: 'audio', domains: ['voiser.net'], region: 'middle-east' },
  { id: 'agnaistic', name: 'Agnaistic', vendor: 'Agnaistic', category: 'chat', domains: ['agnai.chat'], source: 'https://github.com/agnaistic/agnai/blob/040cd3bd8828f3c09f69aaa1318f9faaa7b92dcc/README.md', checked: CHECKED_C10 },
  { id: 'botify', name: 'Botify AI', vendor: 'Ex-Human', category: 'chat', domains: ['botify.ai'] },
  { id: 'charstar', name: 'CharStar', vendor: 'CharStar', category: 'chat', domains: ['charstar.ai'] },
  { id: 'doximity-gpt', name: 'Doximity GPT', vendor: 'Doximity', category: 'chat', domains: ['doxgpt.com'] },
  { id: 'dreamgf', name: 'DreamGF', vendor: 'DreamGF', category: 'chat', domains: ['dreamgf.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'hammerai', name: 'HammerAI', vendor: 'HammerAI', category: 'chat', domains: ['hammerai.com'], source: 'https://hammerai.com/docs/model-parameters', checked: CHECKED_C12 }, // HammerAI's own docs on hammerai.com (character chat with language models)
  { id: 'mediktor', name: 'Mediktor', vendor: 'Mediktor', category: 'chat', domains: ['mediktor.com'], region: 'europe' },
  { id: 'moemate', name: 'Moemate', vendor: 'Moemate', category: 'chat', domains: ['moemate.io'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'moescape', name: 'Moescape', vendor: 'Yodayo', category: 'chat', domains: ['moescape.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'muah', name: 'Muah AI', vendor: 'Muah AI', category: 'chat', domains: ['muah.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'ourdream', name: 'OurDream', vendor: 'OurDream', category: 'chat', domains: ['ourdream.ai'] },
  { id: 'paradot', name: 'Paradot', vendor: 'WithFeeling.AI', category: 'chat', domains: ['paradot.ai'] },
  { id: 'romantic-ai', name: 'Romantic AI', vendor: 'Romantic AI', category: 'chat', domains: ['romantic.ai'] },
  { id: 'symptomate', name: 'Symptomate', vendor: 'Infermedica', category: 'chat', domains: ['symptomate.com'], region: 'europe', source: 'https://github.com/infermedica/symptom-checker-chatbot-example/blob/2ef068147673b1a3c6728b3f6ef0d918a16fc0da/README.md', checked: CHECKED_C14 }, // Infermedica's own chatbot example points to its production symptom-checking chatbot on symptomate.com (its component library's terms story also names the website Symptomate.com)
  { id: 'codesquire', name: 'CodeSquire', vendor: 'CodeSquire', category: 'coding', domains: ['codesquire.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // CodeSquire at codesquire.ai
  { id: 'convex-chef', name: 'Chef', vendor: 'Convex', category: 'coding', domains: ['chef.convex.dev'], source: 'https://github.com/get-convex/chef/blob/d8a6cb6a6f226133fdc63ed5f59d04cacb9b06cc/README.md', checked: CHECKED_C12 }, // the vendor's repository
  { id: 'safurai', name: 'Safurai', vendor: 'Safurai', category: 'coding', domains: ['safurai.com'], region: 'europe', source: listed('sourcegraph'), checked: CHECKED_3 },
  { id: 'aporia', name: 'Aporia', vendor: 'Aporia', domains: ['aporia.com'], region: 'middle-east', source: 'https://gr-docs.aporia.com/fundamentals/projects', checked: CHECKED_C10 },
  // rungalileo.io (2026-12-05): Galileo's earlier host, still linked for API keys (www.rungalileo.io) and docs
  // (docs.rungalileo.io) in its own SDK's READMEs beside console.galileo.ai and api.galileo.ai (rungalileo/galileo-
  // python@a1a0821789e77b4e6ff9bd3fc8cb862fd256d2ca galileo-adk/README.md, src/galileo/configuration.py).
  { id: 'galileo-observability', name: 'Galileo', vendor: 'Galileo', domains: ['galileo.ai', 'rungalileo.io'], source: listed('richawo', 'building.md'), checked: CHECKED_C10 },
  { id: 'griptape', name: 'Griptape', vendor: 'Griptape', domains: ['griptape.ai'], source: 'https://docs.griptape.ai/latest/', checked: CHECKED_C10 },
  { id: 'lakera', name: 'Lakera', vendor: 'Lakera', domains: ['lakera.ai'], region: 'europe', source: listed('filipecalegario') },
  { id: 'lasso-security', name: 'Lasso Security', vendor: 'Lasso Security', domains: ['lasso.security'], region: 'middle-east', source: listed('portkey', 'plugins/lasso/README.md'), checked: CHECKED_3 },
  { id: 'martian', name: 'Martian', vendor: 'Martian', domains: ['withmartian.com'], source: 'https://docs.withmartian.com/martian-model-router/getting-started/hello-world', checked: CHECKED_C10 },
  { id: 'not-diamond', name: 'Not Diamond', vendor: 'Not Diamond', domains: ['notdiamond.ai'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'patronus', name: 'Patronus AI', vendor: 'Patronus AI', domains: ['patronus.ai'], source: listed('arunagirinathan', 'README.md'), checked: CHECKED_3 },
  { id: 'prompt-security', name: 'Prompt Security', vendor: 'Prompt Security', domains: ['prompt.security'], region: 'middle-east', source: 'https://github.com/prompt-security/openclaw-scanner/blob/532260fb7de3753242092a7cfebdc343befcdb7e/README.md', checked: CHECKED_C14 }, // the vendor's own repository: "Developed by Prompt Security (https://prompt.security), a SentinelOne company" (SentinelOne acquired it; its pyproject gives the homepage prompt.security)
  { id: 'promptfoo', name: 'Promptfoo', vendor: 'Promptfoo', domains: ['promptfoo.dev'], source: listed('kwokwile', 'data/tools.json'), checked: CHECKED_3 },
  { id: 'protect-ai', name: 'Protect AI', vendor: 'Protect AI', domains: ['protectai.com'], source: 'https://github.com/protectai/llm-guard/blob/53af270c69316ed82cb71ba7b19d11b55bda3151/README.md', checked: CHECKED_C12 }, // the vendor's repository; links protectai.com/llm-guard
  { id: 'requesty', name: 'Requesty', vendor: 'Requesty', domains: ['requesty.ai'], source: listed('roocode', 'packages/types/src/providers/requesty.ts'), checked: CHECKED_3 },
  { id: 'trypromptly', name: 'Promptly', vendor: 'Promptly', domains: ['trypromptly.com'], source: listed('dairai', 'pages/tools.en.mdx'), checked: CHECKED_C12 },
  { id: 'botika', name: 'Botika', vendor: 'Botika', category: 'image', domains: ['botika.io'], region: 'europe', source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'caspa', name: 'Caspa AI', vendor: 'Caspa AI', category: 'image', domains: ['caspa.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'collov', name: 'Collov AI', vendor: 'Collov', category: 'image', domains: ['collov.ai', 'collov.cn'], source: listed('stimqq', 'README.md'), checked: CHECKED_3 }, // collov.cn: listed('rvelamen', 'data.json') (Collov AI)
  { id: 'creatorkit', name: 'CreatorKit', vendor: 'CreatorKit', category: 'image', domains: ['creatorkit.com'] },
  { id: 'fashn', name: 'FASHN', vendor: 'FASHN', category: 'image', domains: ['fashn.ai'], source: listed('stimqq', 'README.md'), checked: CHECKED_3 },
  { id: 'homedesigns-ai', name: 'HomeDesigns AI', vendor: 'HomeDesigns AI', category: 'image', domains: ['homedesigns.ai'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'lalaland', name: 'Lalaland.ai', vendor: 'Lalaland.ai', category: 'image', domains: ['lalaland.ai'], region: 'europe' },
  { id: 'restb', name: 'Restb.ai', vendor: 'Restb.ai', category: 'image', domains: ['restb.ai'], region: 'europe', source: 'https://github.com/restbai/sdk/blob/645269aa842ef486eb138ee8653fec73bfd9f43e/README.md', checked: CHECKED_C12 }, // the vendor's SDK repository; its API hosts are on restb.ai
  { id: 'virtual-staging-ai', name: 'Virtual Staging AI', vendor: 'Virtual Staging AI', category: 'image', domains: ['virtualstagingai.app'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Virtual Staging AI at virtualstagingai.app
  { id: 'yodayo', name: 'Yodayo', vendor: 'Yodayo', category: 'image', domains: ['yodayo.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'zeg-ai', name: 'ZEG.ai', vendor: 'ZEG.ai', category: 'image', domains: ['zeg.ai'], region: 'europe', source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Zeg AI at zeg.ai
  { id: 'brighthire', name: 'BrightHire', vendor: 'BrightHire', category: 'meeting', domains: ['brighthire.com', 'brighthire.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'careerflow', name: 'Careerflow', vendor: 'Careerflow', category: 'productivity', domains: ['careerflow.ai'], source: 'https://help.careerflow.ai/en/articles/9069767-accepting-an-invitation-to-join-an-organization-on-careerflow', checked: CHECKED_C12 }, // Careerflow's own help centre on help.careerflow.ai
  { id: 'datasnipper', name: 'DataSnipper', vendor: 'DataSnipper', category: 'productivity', domains: ['datasnipper.com'], region: 'europe', source: 'https://support.datasnipper.com/en/articles/685954-how-to-perform-recalculation-procedures-using-datasnipper', checked: CHECKED_C10 },
  { id: 'lockedin-ai', name: 'LockedIn AI', vendor: 'LockedIn AI', category: 'productivity', domains: ['lockedinai.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'yoodli', name: 'Yoodli', vendor: 'Yoodli', category: 'productivity', domains: ['yoodli.ai'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Yoodli AI at app.yoodli.ai
  { id: 'alexi', name: 'Alexi', vendor: 'Alexi', category: 'search', domains: ['alexi.com'], source: listed('openaidirectorylawyers'), checked: CHECKED_C10 },
  { id: 'blue-j', name: 'Blue J', vendor: 'Blue J', category: 'search', domains: ['bluej.com'], source: listed('zeweihan'), checked: CHECKED_C12 }, // Blue J at bluej.com
  { id: 'brightwave', name: 'Brightwave', vendor: 'Brightwave', category: 'search', domains: ['brightwave.io'] },
  { id: 'darrow', name: 'Darrow', vendor: 'Darrow', category: 'search', domains: ['darrow.ai'], region: 'middle-east', source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'fiscal-ai', name: 'Fiscal.ai', vendor: 'Fiscal.ai', category: 'search', domains: ['fiscal.ai'], source: 'https://docs.fiscal.ai/docs/api-reference', checked: CHECKED_C12 }, // Fiscal.ai's own API reference on docs.fiscal.ai
  { id: 'juicebox', name: 'Juicebox', vendor: 'Juicebox', category: 'search', domains: ['juicebox.ai'], source: listed('kostja94', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'rogo', name: 'Rogo', vendor: 'Rogo', category: 'search', domains: ['rogo.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'timekettle', name: 'Timekettle', vendor: 'Timekettle', category: 'translation', domains: ['timekettle.co'], region: 'china', source: 'https://www.timekettle.co/fr-au/blogs/tips-and-tricks/all-you-need-to-know-about-timekettle', checked: CHECKED_C12 }, // Timekettle's own blog on timekettle.co (translation earbuds); the page is in English under a locale path
  { id: 'vidby', name: 'Vidby', vendor: 'Vidby', category: 'translation', domains: ['vidby.com'], region: 'europe', source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Vidby at vidby.com
  { id: 'movio', name: 'Movio', vendor: 'HeyGen', category: 'video', domains: ['movio.la'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'yepic', name: 'Yepic AI', vendor: 'Yepic AI', category: 'video', domains: ['yepic.ai'], region: 'europe', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'definely', name: 'Definely', vendor: 'Definely', category: 'writing', domains: ['definely.com'], region: 'europe', source: 'https://help.definely.com/en/articles/634922-definely-connector-for-claude-user-guide', checked: CHECKED_C12 }, // Definely's own help centre (its legal AI platform)
  { id: 'eve-legal', name: 'Eve', vendor: 'Eve Legal', category: 'writing', domains: ['eve.legal'], source: listed('zeweihan'), checked: CHECKED_C12 }, // Eve Legal at eve.legal
  { id: 'genie-ai', name: 'Genie AI', vendor: 'Genie AI', category: 'writing', domains: ['genieai.co'], region: 'europe', source: listed('openaidirectorylawyers'), checked: CHECKED_C10 },
], { checked: CHECKED_2 });
