// More AI-native video, image, writing and presentation tools found missing in the fourth pass (CHECKED_3), each citing
// the vendor's own pricing or product page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C12, CHECKED_C14, CHECKED_C15 } from './define';

export const supportMarketingTools2: Tool[] = defineTools('video', [
  { id: 'domoai', name: 'DomoAI', vendor: 'DomoAI', domains: ['domoai.app'], source: listed('stimqq'), region: 'southeast-asia' },
  { id: 'hotshot', name: 'Hotshot', vendor: 'Hotshot', domains: ['hotshot.co'], source: 'https://github.com/hotshotco/Hotshot-XL/blob/cc01f7f82acff985a45f6214152c4a0ba033759f/README.md' },
  { id: 'dora-ai', name: 'Dora AI', vendor: 'Dora', category: 'coding', domains: ['dora.run'], source: listed('rvelamen') }, // README at the pinned commit: Dora AI, AI-generated 3D animated sites, at www.dora.run/ai
  // Agents, browsers for agents, voice receptionists
  { id: 'airtop', name: 'Airtop', vendor: 'Airtop', category: 'agents', domains: ['airtop.ai'], source: listed('arunagirinathan') },
  { id: 'anchor-browser', name: 'Anchor Browser', vendor: 'Anchor', category: 'agents', domains: ['anchorbrowser.io'], source: listed('embraceagi', 'docs/Browser_Computer_Use.md') },
  { id: 'dialzara', name: 'Dialzara', vendor: 'Dialzara', category: 'agents', domains: ['dialzara.com'], source: 'https://dialzara.com/application-terms-of-service' }, // Dialzara's own application terms, stored copy read: its service is voice/telephony, transcription and AI-enabled call handling
  { id: 'slang-ai', name: 'Slang.ai', vendor: 'Slang', category: 'agents', domains: ['slang.ai'], source: listed('kostja94') },
  { id: 'numa', name: 'Numa', vendor: 'Numa', category: 'agents', domains: ['numa.com'], source: 'https://www.numa.com/blog/ai-multi-store-dealership-operations' }, // Numa's own blog, stored copy read: the AI layer handling car dealerships' calls, texts and service-lane communication
  { id: 'emailtree', name: 'EmailTree', vendor: 'EmailTree', category: 'agents', domains: ['emailtree.ai'], source: 'https://emailtree.ai/pricing', region: 'europe' },
  // Documents and data
  { id: 'askyourdatabase', name: 'AskYourDatabase', vendor: 'AskYourDatabase', category: 'productivity', domains: ['askyourdatabase.com'], source: 'https://github.com/AskYourDatabase/nextjs-chatbot/blob/98bd0e7f8e579fa62c380f2bd157039076763b32/README.md' }, // the vendor's own demo README: embedding its database chatbot, keys and chatbots under www.askyourdatabase.com/dashboard
  { id: 'datasquirrel', name: 'DataSquirrel.ai', vendor: 'DataSquirrel', category: 'productivity', domains: ['datasquirrel.ai'], source: listed('kostja94') },
  { id: 'gptexcel', name: 'GPTExcel', vendor: 'GPTExcel', category: 'productivity', domains: ['gptexcel.com', 'gptexcel.uk'], source: listed('kapibala'), checked: CHECKED_3 }, // README (and data/navigation.json) at the pinned commit: GPTExcel, AI Excel formulas, at gptexcel.uk; gptexcel.com stays, unproven
  { id: 'vizly', name: 'Vizly', vendor: 'Vizly', category: 'productivity', domains: ['vizly.fyi'], source: listed('kostja94') },
  { id: 'mindee', name: 'Mindee', vendor: 'Mindee', category: 'developer-platform', domains: ['mindee.com'], source: 'https://github.com/mindee/doctr/blob/8a88feaf7ff5140e5f4c5c860cb9414dda128656/README.md', region: 'europe' },
  { id: 'klippa', name: 'Klippa DocHorizon', vendor: 'Klippa', category: 'developer-platform', domains: ['klippa.com'], source: 'https://github.com/klippa-app/js-dochorizon-sdk/blob/e9e05210c926399754bddbc702ebe8ad4557fc5b/README.md', region: 'europe' },
  { id: 'reducto', name: 'Reducto', vendor: 'Reducto', category: 'developer-platform', domains: ['reducto.ai'], source: 'https://docs.reducto.ai/getting-started' },
  { id: 'recall-ai', name: 'Recall.ai', vendor: 'Recall.ai', category: 'developer-platform', domains: ['recall.ai'], source: 'https://recall.ai/products' },
  { id: 'screenpipe', name: 'screenpipe', vendor: 'screenpipe', category: 'productivity', domains: ['screenpi.pe'], source: 'https://github.com/mediar-ai/screenpipe/blob/56d3ccb8727ee4016e54d182a9331a4c9a672e74/README.md' },
  { id: 'skej', name: 'Skej', vendor: 'Skej', category: 'productivity', domains: ['skej.com'], source: 'https://www.skej.com/blog/instructions-the-missing-layer-between-rules-and-preferences' }, // Skej's own blog, stored copy read: its AI scheduling assistant coordinates meetings over email, guided by natural-language instructions
  // Legal, tax, health, hiring, education
  { id: 'legalfly', name: 'LegalFly', vendor: 'LegalFly', category: 'writing', domains: ['legalfly.com'], source: 'https://www.legalfly.com/platform', region: 'europe' },
  { id: 'superlegal', name: 'SuperLegal', vendor: 'SuperLegal', category: 'writing', domains: ['superlegal.ai'], source: 'https://www.superlegal.ai/pricing' },
  { id: 'blackore', name: 'Black Ore', vendor: 'Black Ore', category: 'productivity', domains: ['blackore.ai'], source: 'https://www.blackore.ai/tax-autopilot' },
  { id: 'taxgpt', name: 'TaxGPT', vendor: 'TaxGPT', category: 'chat', domains: ['taxgpt.com'], source: 'https://support.taxgpt.com/en/articles/10136362-calculations-overview' }, // TaxGPT's own help centre, stored copy read: what its LLM-based tax assistant can and cannot calculate; support.taxgpt.com is under the row's host
  { id: 'sunoh', name: 'Sunoh.ai', vendor: 'Sunoh.ai', category: 'other', domains: ['sunoh.ai'], source: 'https://sunoh.ai/blog/sunoh-ai-the-standard-for-security-and-safety/' }, // Sunoh.ai's own blog, stored copy read: its AI medical scribe transcribes and summarises patient-provider encounters by ambient listening
  { id: 'symptoma', name: 'Symptoma', vendor: 'Symptoma', category: 'other', domains: ['symptoma.com'], source: 'https://www.symptoma.com/en/about', region: 'europe' },
  { id: 'interviewer-ai', name: 'Interviewer.AI', vendor: 'Interviewer.AI', category: 'productivity', domains: ['interviewer.ai'], source: 'https://interviewer.ai/explainable-ai/', region: 'southeast-asia' }, // Interviewer.AI's own page, stored copy read: its explainable AI scores candidates from asynchronous video interviews
  { id: 'teachmate-ai', name: 'TeachMate AI', vendor: 'TeachMate', category: 'productivity', domains: ['teachmateai.com'], source: 'https://teachmateai.com/pricing', region: 'europe' },
  { id: 'questgen', name: 'Questgen', vendor: 'Questgen', category: 'productivity', domains: ['questgen.ai'], source: 'https://github.com/ramsrigouthamg/Questgen.ai/blob/edf8f6aa6c1ad5e803ce2b6adfac8825a3e5a553/README.md', region: 'india' },
  // Audio, translation, coding
  { id: 'samplab', name: 'Samplab', vendor: 'Samplab', category: 'audio', domains: ['samplab.com'], source: 'https://samplab.com/pricing', region: 'europe' },
  { id: 'kudo', name: 'KUDO AI', vendor: 'KUDO', category: 'translation', domains: ['kudo.ai', 'kudoway.com'], source: 'https://support.kudoway.com/hc/en-us/articles/28323531963287-Creating-a-session-with-KUDO-AI-KUDO-Webconferencing-Platform' }, // KUDO's own help centre, stored copy read: creating a KUDO AI speech-translation session; kudoway.com is the host it is served from (kudo.ai stays, unproven)
  // codegen.sh (2026-12-05): Codegen's earlier host, where the vendor's own docs still send people to log in and
  // create API tokens (https://codegen.sh/login, https://codegen.sh/token; codegen-
  // sh/codegen@9f970ba6d1a78c15f6cd091cf4bdb0de5a3d8366 docs/introduction/sdk.mdx, cli.mdx).
  { id: 'codegen', name: 'Codegen', vendor: 'Codegen', category: 'coding', domains: ['codegen.com', 'codegen.sh'], source: 'https://github.com/codegen-sh/codegen/blob/9f970ba6d1a78c15f6cd091cf4bdb0de5a3d8366/README.md' },
  // Creative long tail: comics, storyboards, anime video, face tools, digital humans
  { id: 'aiease', name: 'AI Ease', vendor: 'AI Ease', category: 'image', domains: ['aiease.ai'], source: listed('aiagenta2z', 'AGENT.md'), checked: CHECKED_C12 }, // entry "aiease ai" at www.aiease.ai whose text names AI Ease's image generator
  { id: 'animon', name: 'Animon', vendor: 'CreateAI', domains: ['animon.ai'], source: listed('kostja94') },
  { id: 'clipfly', name: 'Clipfly', vendor: 'Clipfly', domains: ['clipfly.ai'], source: listed('rvelamen') }, // README at the pinned commit: Clipfly, an AI long-video making and editing platform, at www.clipfly.ai
  { id: 'magiclight', name: 'MagicLight', vendor: 'MagicLight', domains: ['magiclight.ai'], source: 'https://magiclight.ai/academy/how-to-create-characters-in-magiclight/' }, // MagicLight's own academy, stored copy read: characters generated from a prompt and reused across its Story to Video pipelines
  { id: 'uneeq', name: 'UneeQ', vendor: 'UneeQ', domains: ['uneeq.com', 'docs.uneeq.io'], source: 'https://github.com/uneeq-digital-humans/miniprem/blob/fab062e697497c9ce8abaec385335d1de59efc71/docs/integrations/direct-speak.md' }, // UneeQ's own MiniPrem docs (digital humans on an LLM pipeline) give support@uneeq.com; docs.uneeq.io: the product's documentation, which the same repository's README.md (line 13) names, CHECKED_C13
  { id: 'dashtoon', name: 'Dashtoon', vendor: 'Dashtoon', category: 'image', domains: ['dashtoon.com', 'dashtoon.ai'], source: listed('stimqq'), region: 'india' }, // dashtoon.ai (2026-12-06): listed('yuanmanxgame'), "Dashtoon Studio"
  { id: 'katalist', name: 'Katalist', vendor: 'Katalist', category: 'image', domains: ['katalist.ai'], source: listed('c13ds500global', 'companies/katalistai-inc.json'), checked: CHECKED_C14 }, // 500 Global's portfolio record "KatalistAI, Inc." at www.katalist.ai (no description); the earlier unopened source was its pricing page
  { id: 'komiko', name: 'Komiko', vendor: 'Komiko', category: 'image', domains: ['komiko.app'], source: listed('stimqq') },
  { id: 'llamagen', name: 'LlamaGen.ai', vendor: 'LlamaGen', category: 'image', domains: ['llamagen.ai'], source: listed('stimqq') },
  { id: 'remaker', name: 'Remaker', vendor: 'Remaker', category: 'image', domains: ['remaker.ai'], source: listed('stimqq') },
  { id: 'storyboarder-ai', name: 'Storyboarder.ai', vendor: 'Storyboarder.ai', category: 'image', domains: ['storyboarder.ai'], source: 'https://storyboarder.ai/pricing' },
  { id: 'storyboard-hero', name: 'StoryboardHero', vendor: 'StoryboardHero', category: 'image', domains: ['storyboardhero.ai'], source: listed('laylavish', 'noai_hosts.txt') }, // host only: the AI-site hosts list names storyboardhero.ai
  // Writing and chat
  { id: 'humanpal', name: 'HumanPal', vendor: 'HumanPal', category: 'writing', domains: ['humanpal.ai'], source: 'https://humanpal.ai/pricing' },
  { id: 'lightkey', name: 'Lightkey', vendor: 'Lightkey', category: 'writing', domains: ['lightkey.io'], source: 'https://www.lightkey.io/post/predictive-text-text-prediction-intelligent-typing', region: 'middle-east' }, // Lightkey's own blog, stored copy read: AI-powered predictive typing for desktop apps, predicting up to 12 words ahead
  { id: 'loora', name: 'Loora', vendor: 'Loora', category: 'chat', domains: ['loora.ai'], region: 'middle-east', source: 'https://loora.notion.site/Loora-For-Organisations-Terms-and-Conditions-4ef6a5fa0c244da69a821b7db635a711', checked: CHECKED_C12 }, // Loora A.I Ltd.'s own terms, hosted on Notion, which name Loora.ai as its site
  // Developer platforms for agents, and AI gateways
  { id: 'agno', name: 'Agno (formerly Phidata)', vendor: 'Agno', category: 'developer-platform', domains: ['agno.com', 'phidata.com'], source: 'https://github.com/agno-agi/agno/blob/9644f22982ae017eaa4ad85c561d927d9ac03119/README.md' },
  { id: 'daytona', name: 'Daytona', vendor: 'Daytona', category: 'developer-platform', domains: ['daytona.io'], source: 'https://www.daytona.io/docs/', region: 'europe' },
  { id: 'langbase', name: 'Langbase', vendor: 'Langbase', category: 'developer-platform', domains: ['langbase.com'], source: 'https://github.com/LangbaseInc/langbase-sdk/blob/bce8925d50877a64aa0a41e104dcb00b349fb152/README.md' },
  // `morph-llm` re-checked in the fifteenth session: Morph now sells models for coding agents through an API, so the API
  // host is an endpoint; morphllm.com stays a domain, as the dashboard where developers sign up and make keys.
  { id: 'morph-llm', name: 'Morph', vendor: 'Morph', category: 'developer-platform', domains: ['morphllm.com'], apiEndpoints: ['api.morphllm.com'], source: 'https://github.com/morphllm/morph-quickstarts/blob/6d37f28c432283080282ced6b3c7f15017df0364/document-wide-edits-with-plate/app/api/morph/route.ts', checked: CHECKED_C15 }, // the vendor's own quickstart: an OpenAI client pointed at api.morphllm.com/v1 with a Morph API key (its README credits morphllm.com); Morph's stored docs page (docs.morphllm.com/api-reference/prompting) describes the same OpenAI-compatible Apply API; before: listed('mvalentsev')
  { id: 'scrapegraph-ai', name: 'ScrapeGraphAI', vendor: 'ScrapeGraphAI', category: 'developer-platform', domains: ['scrapegraphai.com'], source: 'https://docs.scrapegraphai.com/install', region: 'europe' },
  { id: 'voltagent', name: 'VoltAgent', vendor: 'VoltAgent', category: 'developer-platform', domains: ['voltagent.dev'], source: 'https://github.com/VoltAgent/voltagent/blob/3377f6d1fd05d86617f54628d785eef7c9c0a607/README.md' },
  { id: 'calypsoai', name: 'CalypsoAI', vendor: 'CalypsoAI', category: 'developer-platform', domains: ['calypsoai.com'], source: 'https://support.calypsoai.com/en/articles/9993787-scanners', region: 'europe' }, // CalypsoAI's own help centre, stored copy read: GenAI-powered scanners securing prompts and responses between users and LLMs; support.calypsoai.com is under the row's host
  { id: 'aim-security', name: 'Aim Security', vendor: 'Aim Security', category: 'developer-platform', domains: ['aim.security'], source: 'https://www.aim.security/post/securing-the-ai-you-use-vs-the-ai-you-build', region: 'middle-east' }, // Aim Security's own blog, stored copy read: its guardrails for the AI employees use and the AI enterprises build, on www.aim.security (2026-12-05)
  // Speech, music and interior-design long tail
  { id: 'aicovergen', name: 'AICoverGen', vendor: 'AICoverGen', category: 'audio', domains: ['aicovergen.com'], source: 'https://aicovergen.com/pricing' },
  { id: 'covers-ai', name: 'Covers.ai', vendor: 'Covers.ai', category: 'audio', domains: ['covers.ai'], source: listed('laylavish', 'noai_hosts.txt') }, // host only: the AI-site hosts list names covers.ai
  { id: 'tunee', name: 'Tunee', vendor: 'Tunee', category: 'audio', domains: ['tunee.ai'], source: listed('kostja94') },
  { id: 'wavtool', name: 'WavTool', vendor: 'WavTool', category: 'audio', domains: ['wavtool.com'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // WavTool at wavtool.com
  { id: 'orb-producer', name: 'Orb Producer Suite', vendor: 'Hexachords', category: 'audio', domains: ['orbplugins.com'], region: 'europe', source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Orb Producer at orbplugins.com/orb-producer-suite
  { id: 'amberscript', name: 'Amberscript', vendor: 'Amberscript', category: 'audio', domains: ['amberscript.com'], source: 'https://amberscript.com/en/blog/good-looking-subtitles', region: 'europe' },
  { id: 'soniox', name: 'Soniox', vendor: 'Soniox', category: 'audio', domains: ['soniox.com'], source: 'https://soniox.com/docs/' },
  { id: 'neuphonic', name: 'Neuphonic', vendor: 'Neuphonic', category: 'audio', domains: ['neuphonic.com'], source: 'https://github.com/neuphonic/pyneuphonic/blob/ea5e465591bd962b864e4c978e47c6789af6960e/README.md', region: 'europe' },
  { id: 'unreal-speech', name: 'Unreal Speech', vendor: 'Unreal Speech', category: 'audio', domains: ['unrealspeech.com'], source: 'https://github.com/unrealspeech/unrealspeech-js/blob/0dff65c18929ace3281d35ba94ee07990b576bec/README.md' },
  { id: 'speechgen', name: 'SpeechGen', vendor: 'SpeechGen', category: 'audio', domains: ['speechgen.io'], source: listed('aiagenta2z', 'AGENT.md'), checked: CHECKED_C12 }, // entry "speechgen io" at speechgen.io (text to speech)
  { id: 'luvvoice', name: 'LuvVoice', vendor: 'LuvVoice', category: 'audio', domains: ['luvvoice.com'], source: 'https://luvvoice.com/pricing' },
  { id: 'reimagine-home', name: 'ReimagineHome', vendor: 'ReimagineHome', category: 'image', domains: ['reimaginehome.ai'], source: listed('stimqq') },
  { id: 'spacely-ai', name: 'Spacely AI', vendor: 'Spacely', category: 'image', domains: ['spacely.ai'], source: listed('stimqq'), region: 'southeast-asia' },
  { id: 'paintit-ai', name: 'Paintit.ai', vendor: 'Paintit.ai', category: 'image', domains: ['paintit.ai'], source: 'https://paintit.ai/pricing/' },
], { checked: CHECKED_3 });
