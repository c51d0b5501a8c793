// Agents, coding tools and developer platforms, read on CHECKED_3 from permissively licensed lists (README: Sources)
// Each row cites the list file that names its host; only the facts (name, vendor, host) were taken.
import type { Tool } from '../../schemas/tool';
import { awsAiApi } from './aws-ai-endpoints';
import { awsConsole, CHECKED_3, defineTools, listed } from './define';

export const listsC3BuildersTools: Tool[] = defineTools('other', [
  { id: 'agentlabs', name: 'AgentLabs', vendor: 'AgentLabs', category: 'agents', domains: ['agentlabs.dev'], source: listed('slavakurilyak') },
  { id: 'agixt', name: 'AGiXT', vendor: 'AGiXT', category: 'agents', domains: ['agixt.com'], source: listed('slavakurilyak') },
  { id: 'ai-town', name: 'AI Town', vendor: 'Convex', category: 'agents', urlPrefixes: ['convex.dev/ai-town', 'www.convex.dev/ai-town'], source: listed('filipecalegario') },
  { id: 'anybiz', name: 'Anybiz', vendor: 'Anybiz', category: 'agents', domains: ['anybiz.io'], source: listed('slavakurilyak') },
  { id: 'askmarvin', name: 'Marvin', vendor: 'Prefect', category: 'agents', domains: ['askmarvin.ai'], source: listed('slavakurilyak') },
  { id: 'cadea', name: 'Cadea', vendor: 'Cadea', category: 'agents', domains: ['cadea.ai'], source: listed('slavakurilyak') },
  { id: 'cal-ai', name: 'Cal.ai', vendor: 'Cal.com', category: 'agents', domains: ['cal.ai'], urlPrefixes: ['cal.com/ai', 'www.cal.com/ai'], source: listed('slavakurilyak') }, // cal.ai, the open-source scheduling assistant's own host: listed('alternbits', 'data/cal-ai.yml'), CHECKED_C12
  { id: 'deerflow', name: 'DeerFlow', vendor: 'ByteDance', category: 'agents', domains: ['deerflow.tech'], source: listed('felladrin'), region: 'china' },
  { id: 'eilla', name: 'Eilla', vendor: 'Eilla', category: 'agents', domains: ['eilla.ai'], source: listed('yousefebrahimi0'), region: 'europe' },
  { id: 'federato', name: 'Federato', vendor: 'Federato', category: 'agents', domains: ['federato.ai'], source: listed('digidai', 'README_EN.md') },
  { id: 'fetch-ai', name: 'Fetch.ai', vendor: 'Fetch.ai', category: 'agents', domains: ['fetch.ai'], source: listed('slavakurilyak'), region: 'europe' },
  // dialogflow.cloud.google.com (the Dialogflow CX console): Google's own GoogleCloudPlatform/contact-center-ai-samples@386e4048a59f866ee15b41aa543d6d821097e4b3
  // dialogflow-cx/basic_webhook_sample.py (Apache-2.0), CHECKED_C13
  { id: 'google-dialogflow', name: 'Dialogflow', vendor: 'Google', category: 'agents', domains: ['dialogflow.com', 'dialogflow.cloud.google.com'], urlPrefixes: ['cloud.google.com/dialogflow'], apiEndpoints: ['dialogflow.googleapis.com'], source: listed('eudk') }, // dialogflow.googleapis.com (2026-12-06, CHECKED_C16, saasai): the Dialogflow API's own definition, https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/cloud/dialogflow/cx/v3/dialogflow_v3.yaml; dialogflow.com (2026-12-06): listed('jstumppchatbots', 'README.md'), "DialogFlow"
  { id: 'gpt-researcher', name: 'GPT Researcher', vendor: 'GPT Researcher', category: 'agents', domains: ['gptr.dev'], source: listed('felladrin') },
  { id: 'hireez', name: 'hireEZ', vendor: 'hireEZ', category: 'agents', domains: ['hireez.com', 'hiretual.com'], source: listed('digidai', 'README_EN.md') }, // hiretual.com (c25 rebrands2): hireEZ's former name and host; its own help page https://help.hiretual.com/en/articles/3359596-best-practices-for-hiretual-s-talent-management-solution describes the AI sourcing tasks the product runs
  { id: 'hirequotient', name: 'HireQuotient', vendor: 'HireQuotient', category: 'agents', domains: ['hirequotient.com'], source: listed('yousefebrahimi0'), region: 'india' },
  { id: 'hirevue', name: 'HireVue', vendor: 'HireVue', category: 'agents', domains: ['hirevue.com'], source: listed('digidai', 'README_EN.md') },
  { id: 'imbue', name: 'Imbue', vendor: 'Imbue', category: 'agents', domains: ['imbue.com'], source: listed('slavakurilyak') },
  { id: 'kubiya', name: 'Kubiya', vendor: 'Kubiya', category: 'agents', domains: ['kubiya.ai'], source: listed('yousefebrahimi0') },
  { id: 'libraria', name: 'Libraria', vendor: 'Libraria', category: 'agents', domains: ['libraria.ai'], source: listed('slavakurilyak') },
  { id: 'lyzr', name: 'Lyzr', vendor: 'Lyzr', category: 'agents', domains: ['lyzr.ai'], source: listed('slavakurilyak') },
  { id: 'manag-ai', name: 'Manag.ai', vendor: 'Manag.ai', category: 'agents', domains: ['manag.ai'], source: listed('tensorchord') },
  { id: 'memgpt', name: 'MemGPT', vendor: 'Letta', category: 'agents', domains: ['memgpt.ai'], source: listed('slavakurilyak') },
  { id: 'npi-ai', name: 'NPi', vendor: 'NPi', category: 'agents', domains: ['npi.ai'], source: listed('slavakurilyak') },
  { id: 'octie', name: 'Octie', vendor: 'Octie', category: 'agents', domains: ['octie.ai'], source: listed('yousefebrahimi0') },
  { id: 'open-interpreter', name: 'Open Interpreter', vendor: 'Open Interpreter', category: 'agents', domains: ['openinterpreter.com'], source: listed('slavakurilyak') },
  { id: 'seekout', name: 'SeekOut', vendor: 'SeekOut', category: 'agents', domains: ['seekout.com', 'seekout.io'], source: listed('digidai', 'README_EN.md') }, // seekout.io: SeekOut at https://www.seekout.io in listed('c13rkantnav', 'src/app/api/seed/real-ai-tools/route.ts') line 378 (its recruiting app is at app.seekout.io), CHECKED_C14
  { id: 'shift-technology', name: 'Shift Technology', vendor: 'Shift Technology', category: 'agents', domains: ['shift-technology.com'], source: listed('digidai', 'README_EN.md'), region: 'europe' },
  { id: 'sprout-ai', name: 'Sprout.ai', vendor: 'Sprout.ai', category: 'agents', domains: ['sprout.ai'], source: listed('digidai', 'README_EN.md'), region: 'europe' },
  { id: 'swe-agent', name: 'SWE-agent', vendor: 'Princeton University', category: 'agents', domains: ['swe-agent.com'], source: listed('slavakurilyak') },
  { id: 'vondy', name: 'Vondy', vendor: 'Vondy', category: 'agents', domains: ['vondy.com'], source: listed('filipecalegario') },
  { id: 'webapi-ai', name: 'WebAPI.ai', vendor: 'WebAPI.ai', category: 'agents', domains: ['webapi.ai'], source: listed('yousefebrahimi0') },
  { id: 'webpilot', name: 'WebPilot', vendor: 'WebPilot', category: 'agents', domains: ['webpilot.ai'], source: listed('felladrin') },
  { id: 'zapier-central', name: 'Zapier Central', vendor: 'Zapier', category: 'agents', urlPrefixes: ['zapier.com/central', 'www.zapier.com/central'], source: listed('slavakurilyak') },
  { id: 'zelros', name: 'Zelros', vendor: 'Zelros', category: 'agents', domains: ['zelros.com'], source: listed('digidai', 'README_EN.md'), region: 'europe' },
  { id: 'applitools', name: 'Applitools', vendor: 'Applitools', category: 'coding', domains: ['applitools.com'], source: listed('aifordevelopers') },
  { id: 'autify', name: 'Autify', vendor: 'Autify', category: 'coding', domains: ['autify.com', 'autify.jp'], source: listed('aifordevelopers'), region: 'japan' }, // autify.jp (the Japanese site): listed('c14regionalaeg', '_reports/autify.md'), CHECKED_C14
  // The CodeGuru console (console.aws.amazon.com/codeguru and its regional hosts): AWS's CodeGuru Reviewer user guide,
  // awsdocs/amazon-codeguru-reviewer-user-guide@68f507fc2b9373896446b7dee76fba62c243a778 doc_source/create-codecommit-association.md
  // (https://docs.aws.amazon.com/codeguru/latest/reviewer-ug/create-codecommit-association.html), CHECKED_C13
  { id: 'aws-codeguru', name: 'Amazon CodeGuru', vendor: 'Amazon Web Services', category: 'coding', urlPrefixes: ['aws.amazon.com/codeguru', ...awsConsole('codeguru')], source: listed('aifordevelopers') },
  { id: 'aws-codewhisperer', name: 'Amazon CodeWhisperer', vendor: 'Amazon Web Services', category: 'coding', urlPrefixes: ['aws.amazon.com/codewhisperer'], source: listed('mahseema') },
  { id: 'codeball', name: 'Codeball', vendor: 'Codeball', category: 'coding', domains: ['codeball.ai'], source: listed('yousefebrahimi0'), region: 'europe' },
  { id: 'codecomplete', name: 'CodeComplete', vendor: 'CodeComplete', category: 'coding', domains: ['codecomplete.ai'], source: listed('sourcegraph') },
  { id: 'codereviewbot', name: 'CodeReviewBot', vendor: 'CodeReviewBot', category: 'coding', domains: ['codereviewbot.ai'], source: listed('sourcegraph') },
  { id: 'codewp', name: 'CodeWP', vendor: 'CodeWP', category: 'coding', domains: ['codewp.ai'], source: listed('yousefebrahimi0') },
  { id: 'codex-infinity', name: 'Codex Infinity', vendor: 'Codex Infinity', category: 'coding', domains: ['codex-infinity.com'], source: listed('aifordevelopers') },
  // cosine.sh: the site listed('shadowaltz', 'tools-and-tech/coding-tools/README.md') gives for Cosine Genie; it covers cosine.sh/genie (listed('rvelamen', 'data.json'), CHECKED_3), no longer listed apart.
  { id: 'cosine-genie', name: 'Genie', vendor: 'Cosine', category: 'coding', domains: ['ai.cosine.sh', 'cosine.sh'], source: listed('sourcegraph'), region: 'europe' },
  { id: 'dbforge-ai', name: 'dbForge AI Assistant', vendor: 'Devart', category: 'coding', urlPrefixes: ['devart.com/dbforge/ai-assistant', 'www.devart.com/dbforge/ai-assistant'], source: listed('aifordevelopers') },
  { id: 'explain-dev', name: 'explain.dev', vendor: 'explain.dev', category: 'coding', domains: ['explain.dev'], source: listed('yousefebrahimi0') },
  { id: 'framer-ai', name: 'Framer AI', vendor: 'Framer', category: 'coding', urlPrefixes: ['framer.com/ai', 'www.framer.com/ai', 'www.framer.com/features/ai', 'framer.com/features/ai'], source: listed('steven2358', 'DISCOVERIES.md'), region: 'europe' }, // /features/ai: listed('yksanjo', 'DISCOVERIES.md') and listed('kapibala', 'data/navigation.json'), CHECKED_3
  // Second prefix (2026-12-05): about.gitlab.com's own main navigation links "GitLab Duo (AI)" to /gitlab-duo/ (read on
  // https://about.gitlab.com/blog/developing-gitlab-duo-use-ai-to-remediate-security-vulnerabilities).
  { id: 'gitlab-duo', name: 'GitLab Duo', vendor: 'GitLab', category: 'coding', urlPrefixes: ['about.gitlab.com/solutions/artificial-intelligence', 'about.gitlab.com/gitlab-duo', 'docs.gitlab.com/user/gitlab_duo', 'docs.gitlab.com/user/gitlab_duo_chat', 'docs.gitlab.com/user/duo_agent_platform'], source: listed('aifordevelopers') }, // docs.gitlab.com paths: GitLab's documentation llms.txt (https://docs.gitlab.com/llms.txt, "GitLab Duo", "GitLab Duo Agent Platform", "Agentic Chat"; copy at api-evangelist/gitlab@b3cdb6e53af8cca37606bd2cc4076616c90cb5f0 llms/gitlab-llms.txt), CHECKED_C14
  { id: 'gru-ai', name: 'Gru', vendor: 'Gru', category: 'coding', domains: ['gru.ai'], source: listed('sourcegraph') },
  // www.huaweicloud.com/product/codeartside/snap.html: the page listed('rvelamen', 'data.json') gives for CodeArts Snap.
  { id: 'huawei-codearts-snap', name: 'CodeArts Snap', vendor: 'Huawei', category: 'coding', urlPrefixes: ['developer.huaweicloud.com/product/codearts-snap.html', 'www.huaweicloud.com/product/codeartside/snap.html'], source: listed('lihongzhai', 'ai_tools.csv'), region: 'china' },
  // visualstudio.microsoft.com/zh-hans/services/intellicode: the page listed('rvelamen', 'data.json') gives for IntelliCode.
  { id: 'intellicode', name: 'IntelliCode', vendor: 'Microsoft', category: 'coding', urlPrefixes: ['visualstudio.microsoft.com/services/intellicode', 'visualstudio.microsoft.com/zh-hans/services/intellicode'], source: listed('eudk') },
  { id: 'jetbrains-junie', name: 'Junie', vendor: 'JetBrains', category: 'coding', urlPrefixes: ['jetbrains.com/junieai', 'www.jetbrains.com/junieai', 'www.jetbrains.com/junie'], source: listed('aifordevelopers'), region: 'europe' }, // www.jetbrains.com/junie: listed('rvelamen', 'data.json'), CHECKED_3
  { id: 'jupyter-ai', name: 'Jupyter AI', vendor: 'Project Jupyter', category: 'coding', domains: ['jupyter-ai.readthedocs.io'], source: listed('aifordevelopers') },
  { id: 'k8sgpt', name: 'K8sGPT', vendor: 'K8sGPT', category: 'coding', domains: ['k8sgpt.ai'], source: listed('filipecalegario', 'inbox-gen-ai-dev.md') },
  { id: 'mabl', name: 'mabl', vendor: 'mabl', category: 'coding', domains: ['mabl.com'], source: listed('aifordevelopers') },
  { id: 'memex-tech', name: 'Memex', vendor: 'Memex', category: 'coding', domains: ['memex.tech'], source: listed('sourcegraph') },
  { id: 'pgmagic', name: 'pgMagic', vendor: 'pgMagic', category: 'coding', domains: ['pgmagic.app'], source: listed('sindresorhus', 'readme.md') },
  { id: 'programming-helper', name: 'Programming Helper', vendor: 'Programming Helper', category: 'coding', domains: ['programming-helper.com'], source: listed('yousefebrahimi0') },
  { id: 'reflect-run', name: 'SmartBear Reflect', vendor: 'SmartBear', category: 'coding', domains: ['reflect.run'], source: listed('aifordevelopers') },
  { id: 'retool-ai', name: 'Retool AI', vendor: 'Retool', category: 'coding', urlPrefixes: ['retool.com/ai', 'www.retool.com/ai'], source: listed('aifordevelopers') },
  { id: 'sitekick', name: 'Sitekick', vendor: 'Sitekick', category: 'coding', domains: ['sitekick.ai'], source: listed('yousefebrahimi0') },
  { id: 'spellbox', name: 'SpellBox', vendor: 'SpellBox', category: 'coding', domains: ['spellbox.app'], source: listed('yousefebrahimi0') },
  { id: 'sqlgenius', name: 'SQLgenius', vendor: 'SQLgenius', category: 'coding', domains: ['sqlgenius.app'], source: listed('yousefebrahimi0') },
  { id: 'supabase-ai', name: 'Supabase AI', vendor: 'Supabase', category: 'coding', urlPrefixes: ['supabase.com/ai', 'www.supabase.com/ai'], source: listed('aifordevelopers') },
  { id: 'testim', name: 'Testim', vendor: 'Tricentis', category: 'coding', domains: ['testim.io'], source: listed('aifordevelopers') },
  { id: 'testsigma', name: 'Testsigma', vendor: 'Testsigma', category: 'coding', domains: ['testsigma.com'], source: listed('aifordevelopers'), region: 'india' },
  { id: 'tldrdev', name: 'tldr.dev', vendor: 'tldr.dev', category: 'coding', domains: ['tldrdev.ai'], source: listed('yousefebrahimi0') },
  { id: 'trelent', name: 'Trelent', vendor: 'Trelent', category: 'coding', domains: ['trelent.com'], source: listed('yousefebrahimi0') },
  { id: 'webflow-ai', name: 'Webflow AI', vendor: 'Webflow', category: 'coding', urlPrefixes: ['webflow.com/ai', 'www.webflow.com/ai', 'webflow.com/feature/ai', 'webflow.com/ai-site-builder'], source: listed('aifordevelopers') }, // webflow.com/feature/ai and /ai-site-builder: Webflow's own llms.txt (https://webflow.com/llms.txt, "Webflow AI" and "AI Site Builder", read in the copy at api-evangelist/webflow@6803276efa91411add170f3fdd3e095d8a6ee600 llms/webflow-llms.txt), CHECKED_C14
  { id: 'wopee', name: 'Wopee.io', vendor: 'Wopee.io', category: 'coding', domains: ['wopee.io'], source: listed('aifordevelopers'), region: 'europe' },
  { id: 'airtrain', name: 'Airtrain.ai', vendor: 'Airtrain', category: 'developer-platform', domains: ['airtrain.ai'], source: listed('filipecalegario') },
  { id: 'aisearchapi', name: 'AI Search API', vendor: 'AI Search API', category: 'developer-platform', domains: ['aisearchapi.io'], source: listed('felladrin') },
  { id: 'aliyun-bailian', name: 'Bailian', vendor: 'Alibaba Cloud', category: 'developer-platform', domains: ['bailian.aliyun.com'], source: listed('dreamtrainer', 'chinese_ai_plat.md'), region: 'china' },
  // The Textract console (console.aws.amazon.com/textract and its regional hosts): AWS's Textract developer guide,
  // awsdocs/amazon-textract-developer-guide@4c8342572f61f466a7ff4257ff60ae14756f7cc5 doc_source/getting-started.md
  // (https://docs.aws.amazon.com/textract/latest/dg/getting-started.html), CHECKED_C13
  { id: 'aws-textract', name: 'Amazon Textract', vendor: 'Amazon Web Services', category: 'developer-platform', urlPrefixes: ['aws.amazon.com/textract', ...awsConsole('textract')], apiEndpoints: awsAiApi('textract'), source: listed('digidai', 'README_EN.md') }, // apiEndpoints: botocore's endpoint table (AWS_AI_SOURCE in aws-ai-endpoints.ts), CHECKED_C16
  { id: 'axflow', name: 'Axflow', vendor: 'Axflow', category: 'developer-platform', domains: ['axflow.dev'], source: listed('slavakurilyak') },
  { id: 'baai-models', name: 'BAAI models', vendor: 'BAAI', category: 'developer-platform', domains: ['model.baai.ac.cn'], source: listed('wgwang'), region: 'china' },
  { id: 'chatarena', name: 'ChatArena', vendor: 'ChatArena', category: 'developer-platform', domains: ['chatarena.org'], source: listed('filipecalegario') },
  { id: 'cvat', name: 'CVAT', vendor: 'CVAT.ai', category: 'developer-platform', domains: ['cvat.ai'], source: listed('digidai', 'README_EN.md') },
  { id: 'diffbot', name: 'Diffbot', vendor: 'Diffbot', category: 'developer-platform', domains: ['diffbot.com'], source: listed('yousefebrahimi0') },
  { id: 'evidently-ai', name: 'Evidently AI', vendor: 'Evidently AI', category: 'developer-platform', domains: ['evidentlyai.com'], source: listed('yousefebrahimi0') },
  { id: 'fengshenbang', name: 'Fengshenbang', vendor: 'IDEA Research', category: 'developer-platform', domains: ['fengshenbang-lm.com'], source: listed('wgwang'), region: 'china' },
  // console.cloud.google.com/ai/document-ai (its console: processors, datasets): Google's own
  // GoogleCloudPlatform/document-ai-samples@001ba391ab4a2f40d001cc0387618cb3c3699523
  // document_ai_warehouse/document_ai_warehouse_batch_ingestion/README.md (Apache-2.0), CHECKED_C13
  { id: 'google-document-ai', name: 'Document AI', vendor: 'Google', category: 'developer-platform', urlPrefixes: ['cloud.google.com/document-ai', 'console.cloud.google.com/ai/document-ai'], apiEndpoints: ['us-documentai.googleapis.com', 'documentai.googleapis.com'], source: listed('digidai', 'README_EN.md') }, // documentai.googleapis.com (2026-12-06, CHECKED_C16, saasai): the Cloud Document AI API's own definition, https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/cloud/documentai/v1/documentai_v1.yaml; us-documentai.googleapis.com: listed('langchaincommunity', 'libs/community/langchain_community/document_loaders/parsers/docai.py')
  { id: 'goose-ai', name: 'GooseAI', vendor: 'GooseAI', category: 'developer-platform', domains: ['goose.ai'], source: listed('yousefebrahimi0') },
  { id: 'gradient-ai', name: 'Gradient', vendor: 'Gradient', category: 'developer-platform', domains: ['gradientai.com'], source: listed('digidai', 'README_EN.md') },
  { id: 'huawei-pangu', name: 'Pangu models', vendor: 'Huawei', category: 'developer-platform', urlPrefixes: ['huaweicloud.com/product/pangu.html', 'www.huaweicloud.com/product/pangu.html'], source: listed('lihongzhai', 'ai_tools.csv'), region: 'china' },
  { id: 'hundsun-lightgpt', name: 'LightGPT', vendor: 'Hundsun', category: 'developer-platform', urlPrefixes: ['hundsun.com/lightgpt', 'www.hundsun.com/lightgpt'], source: listed('wgwang'), region: 'china' },
  { id: 'ibm-watson', name: 'IBM Watson', vendor: 'IBM', category: 'developer-platform', urlPrefixes: ['ibm.com/watson', 'www.ibm.com/watson'], source: listed('eudk') },
  { id: 'indico-data', name: 'Indico Data', vendor: 'Indico Data', category: 'developer-platform', domains: ['indicodata.ai'], source: listed('filipecalegario') },
  { id: 'ivycheck', name: 'IvyCheck', vendor: 'IvyCheck', category: 'developer-platform', domains: ['ivycheck.com'], source: listed('slavakurilyak') },
  { id: 'jd-yanxi', name: 'Yanxi', vendor: 'JD.com', category: 'developer-platform', domains: ['yanxi.jd.com'], source: listed('lihongzhai', 'ai_tools.csv'), region: 'china' },
  { id: 'jigsawstack-search', name: 'JigsawStack AI Search', vendor: 'JigsawStack', category: 'developer-platform', urlPrefixes: ['jigsawstack.com/ai-search', 'www.jigsawstack.com/ai-search'], source: listed('felladrin') },
  { id: 'julep', name: 'Julep', vendor: 'Julep', category: 'developer-platform', urlPrefixes: ['docs.julep.ai/open-responses'], source: listed('tensorchord') },
  { id: 'langboat-mengzi', name: 'Mengzi', vendor: 'Langboat', category: 'developer-platform', urlPrefixes: ['langboat.com/portal/mengzi-model', 'www.langboat.com/portal/mengzi-model'], source: listed('wgwang'), region: 'china' },
  { id: 'linkup', name: 'Linkup', vendor: 'Linkup', category: 'developer-platform', domains: ['linkup.so'], source: listed('felladrin'), region: 'europe' },
  { id: 'livekit-agents', name: 'LiveKit Agents', vendor: 'LiveKit', category: 'developer-platform', domains: ['kitt.livekit.io'], urlPrefixes: ['docs.livekit.io/agents'], source: listed('slavakurilyak') },
  { id: 'llamahub', name: 'LlamaHub', vendor: 'LlamaIndex', category: 'developer-platform', domains: ['llamahub.ai'], source: listed('slavakurilyak') },
  { id: 'modelbest', name: 'ModelBest', vendor: 'ModelBest', category: 'developer-platform', domains: ['modelbest.cn'], source: listed('wgwang'), region: 'china' },
  { id: 'olostep', name: 'Olostep', vendor: 'Olostep', category: 'developer-platform', domains: ['olostep.com'], source: listed('felladrin') },
  { id: 'pinokio', name: 'Pinokio', vendor: 'Pinokio', category: 'developer-platform', domains: ['pinokio.computer'], source: listed('slavakurilyak') },
  { id: 'rtutor', name: 'RTutor', vendor: 'RTutor', category: 'developer-platform', domains: ['rtutor.ai'], source: listed('yousefebrahimi0') },
  { id: 'sagegpt', name: 'SageGPT', vendor: '4Paradigm', category: 'developer-platform', urlPrefixes: ['4paradigm.com/product/sagegpt.html', 'www.4paradigm.com/product/sagegpt.html', 'www.4paradigm.com/product/SageGPT.html', '4paradigm.com/product/SageGPT.html'], source: listed('wgwang'), region: 'china' }, // the SageGPT.html prefixes: the list's own spelling (paths match case-sensitively), CHECKED_3
  { id: 'serper', name: 'Serper', vendor: 'Serper', category: 'developer-platform', domains: ['serper.dev'], source: listed('felladrin') },
  { id: 'stately-agent', name: 'Stately Agent', vendor: 'Stately', category: 'developer-platform', urlPrefixes: ['stately.ai/agent', 'www.stately.ai/agent'], source: listed('slavakurilyak') },
  { id: 'steamship', name: 'Steamship', vendor: 'Steamship', category: 'developer-platform', domains: ['steamship.com'], source: listed('slavakurilyak') },
  { id: 'systemprompt', name: 'systemprompt.io', vendor: 'systemprompt.io', category: 'developer-platform', domains: ['systemprompt.io'], source: listed('tensorchord') },
  { id: 'tasking-ai', name: 'TaskingAI', vendor: 'TaskingAI', category: 'developer-platform', domains: ['tasking.ai'], source: listed('slavakurilyak') },
  { id: 'textsynth', name: 'TextSynth', vendor: 'Fabrice Bellard', category: 'developer-platform', domains: ['textsynth.com'], source: listed('yousefebrahimi0'), region: 'europe' },
  { id: 'trulens', name: 'TruLens', vendor: 'TruEra', category: 'developer-platform', domains: ['trulens.org'], source: listed('filipecalegario') },
  { id: 'vercel-ai-sdk', name: 'AI SDK', vendor: 'Vercel', category: 'developer-platform', domains: ['sdk.vercel.ai', 'ai-sdk.dev'], source: listed('slavakurilyak') },
  { id: 'vllm', name: 'vLLM', vendor: 'vLLM project', category: 'developer-platform', domains: ['vllm.ai'], source: listed('digidai', 'README_EN.md') },
  { id: 'wisemodel', name: 'WiseModel', vendor: 'WiseModel', category: 'developer-platform', domains: ['wisemodel.cn'], source: listed('wgwang'), region: 'china' },
  { id: 'youdao-aicenter', name: 'Youdao AI Cloud', vendor: 'NetEase Youdao', category: 'developer-platform', domains: ['aicenter.youdao.com'], source: listed('wgwang'), region: 'china' },
  { id: 'zep', name: 'Zep', vendor: 'Zep AI', category: 'developer-platform', domains: ['getzep.com'], source: listed('slavakurilyak') },
], { checked: CHECKED_3 });
