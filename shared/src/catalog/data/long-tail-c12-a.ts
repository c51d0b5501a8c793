// Twelfth-session list pass, helper lists-a (2026-12-06, issue 15): apps built on a model or an assistant, from five
// permissively licensed lists, every product host of which was classified against the catalog before anything was added.
// - jim-schwoebel/awesome_ai_agents (README.md from character 176,000 to the end, the part the tenth pass did not read:
//   ethics, frameworks, models, prompt engineering, security, testing, tools and workflows; Apache-2.0 licence file at the
//   pinned commit). Nearly every item there is a GitHub repository; of 23 hosts, 4 were classified.
// - the Model Context Protocol project's "Example Clients" page (docs/clients.mdx, at the last commit before it was
//   removed; documentation under CC BY 4.0, older contributions MIT: credit to the Model Context Protocol contributors).
// - billmei/every-chatgpt-gui (README.md, MIT): GUI clients for the ChatGPT, Claude and other LLM APIs.
// - the community integrations section of Ollama's README (MIT), at the last commit before that section was cut down.
// - radi-cho/awesome-gpt4 (README.md, CC0 licence file): GPT-4 product integrations and demos.
// Only facts (name, vendor, host) were taken. Left out: GitHub repositories and pages on shared platforms (vercel.app,
// netlify.app, hf.space, railway.app, fly.dev, other github.io pages), general software that added an MCP client or an
// Ollama option (Apidog, Postman, Proxyman, Memgraph Lab, TagSpaces, x-cmd, Testcontainers, MLflow, Flox), a local MCP
// proxy on a shared maker's host (MCP Bundler), UI-template demos (Horizon UI), a Gradle plugin (GMAI), an agent-tools
// directory (agent101), crypto-wallet spending controls for agents (PolicyLayer), a dependency scanner (Vulert), an
// agent registry on a web3 network (hol.org), a research page (Stanford AgentFlow), courses, package registries and
// hosts of products already here (handed over for aliases: boltai.app, the Amazon Q, GitHub Copilot, JetBrains AI
// Assistant, Junie, Copilot Studio and Opik documentation pages, and ChatHub's Edge Add-ons id).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const jim = listed('jimschwoebel');
const mcp = listed('mcpclientspage', 'docs/clients.mdx');
const gui = listed('billmei');
const ollama = listed('ollama');
const gpt4 = listed('radicho');

export const longTailC12ATools: Tool[] = defineTools(
  'chat',
  [
    // jim-schwoebel/awesome_ai_agents, the second half of README.md
    { id: 'giselle', name: 'Giselle', vendor: 'ROUTE06', category: 'agents', domains: ['giselles.ai'], source: jim },
    { id: 'weevolve-8owls', name: 'WeEvolve (8OWLS)', vendor: '8OWLS', category: 'agents', domains: ['8owl.ai'], source: jim },
    { id: 'pinchwork', name: 'Pinchwork', vendor: 'Pinchwork', category: 'agents', domains: ['pinchwork.dev'], source: jim },
    { id: 'widemem', name: 'widemem', vendor: 'widemem', category: 'developer-platform', domains: ['widemem.ai'], source: jim },
    { id: 'humanizer-pro', name: 'Humanizer PRO', vendor: 'Humanizer PRO', category: 'writing', domains: ['texthumanizer.pro'], source: jim },
    { id: 'plasmate', name: 'Plasmate', vendor: 'Plasmate Labs', category: 'developer-platform', domains: ['plasmate.app'], source: jim },
    {
      id: 'microsoft-agent-framework',
      name: 'Microsoft Agent Framework',
      vendor: 'Microsoft',
      category: 'developer-platform',
      urlPrefixes: ['learn.microsoft.com/en-us/agent-framework'],
      source: jim,
    },

    // The MCP project's page of example clients
    { id: 'apigene', name: 'Apigene', vendor: 'Apigene', category: 'agents', domains: ['apigene.ai'], source: mcp },
    { id: 'archestra', name: 'Archestra', vendor: 'Archestra', category: 'developer-platform', domains: ['archestra.ai'], source: mcp },
    { id: 'beeai-framework', name: 'BeeAI Framework', vendor: 'IBM Research', category: 'developer-platform', domains: ['beeai.dev'], source: mcp },
    { id: 'ibm-bob', name: 'IBM Bob', vendor: 'IBM', category: 'coding', domains: ['bob.ibm.com'], source: mcp },
    { id: 'call-chirp', name: 'Call Chirp', vendor: 'Call Chirp', category: 'meeting', domains: ['call-chirp.com'], source: mcp },
    { id: 'chatframe', name: 'ChatFrame', vendor: 'ChatFrame', domains: ['chatframe.co'], source: mcp },
    { id: 'chorus-chat', name: 'Chorus', vendor: 'Chorus', domains: ['chorus.sh'], source: mcp },
    { id: 'eca-editor-code-assistant', name: 'ECA (Editor Code Assistant)', vendor: 'ECA', category: 'coding', domains: ['eca.dev'], source: mcp },
    { id: 'genaiscript', name: 'GenAIScript', vendor: 'Microsoft', category: 'developer-platform', urlPrefixes: ['microsoft.github.io/genaiscript'], source: mcp },
    // goose-docs.ai: the install link on Ollama's integration page for Goose, https://github.com/ollama/ollama/blob/
    // fb30760996871fa9460115c753afd2c60d4ab0f7/docs/integrations/goose.mdx (MIT; a newer commit than the README pinned)
    { id: 'goose-block', name: 'goose', vendor: 'Block', category: 'agents', domains: ['goose-docs.ai'], urlPrefixes: ['block.github.io/goose'], source: mcp },
    { id: 'inspector-visual-editor', name: 'Inspector', vendor: 'Inspector', category: 'coding', domains: ['tryinspector.com'], source: mcp },
    { id: 'jenova-ai', name: 'Jenova', vendor: 'Jenova', domains: ['jenova.ai'], source: mcp },
    { id: 'lm-kit', name: 'LM-Kit.NET', vendor: 'LM-Kit', category: 'developer-platform', domains: ['lm-kit.com'], source: mcp },
    { id: 'mcpbundles', name: 'MCPBundles', vendor: 'MCPBundles', category: 'developer-platform', domains: ['mcpbundles.com'], source: mcp },
    { id: 'mcp-agent', name: 'mcp-agent', vendor: 'LastMile AI', category: 'developer-platform', domains: ['mcp-agent.com'], source: mcp },
    { id: 'mcpjam', name: 'MCPJam', vendor: 'MCPJam', category: 'developer-platform', domains: ['mcpjam.com'], source: mcp },
    { id: 'modelcontextchat', name: 'modelcontextchat.com', vendor: 'modelcontextchat.com', domains: ['modelcontextchat.com'], source: mcp },
    { id: 'moopoint', name: 'MooPoint', vendor: 'MooPoint', domains: ['moopoint.io'], source: mcp },
    // needle-ai.com: the same product's host in the MCP servers README (official integrations)
    { id: 'needle-app', name: 'Needle', vendor: 'Needle', category: 'search', domains: ['needle.app', 'needle-ai.com'], source: mcp },
    { id: 'recursechat', name: 'RecurseChat', vendor: 'RecurseChat', domains: ['recurse.chat'], source: mcp },
    { id: 'rtrvr-ai', name: 'rtrvr.ai', vendor: 'rtrvr.ai', category: 'agents', domains: ['rtrvr.ai'], source: mcp },
    { id: 'simtheory', name: 'Simtheory', vendor: 'Simtheory', domains: ['simtheory.ai'], source: mcp },
    { id: 'spinai', name: 'SpinAI', vendor: 'SpinAI', category: 'developer-platform', domains: ['spinai.dev'], source: mcp },
    { id: 'superjoin', name: 'Superjoin', vendor: 'Superjoin', category: 'productivity', domains: ['superjoin.ai'], source: mcp },
    {
      id: 'tencent-cloudbase-ai',
      name: 'CloudBase AI DevKit',
      vendor: 'Tencent Cloud',
      category: 'developer-platform',
      urlPrefixes: ['docs.cloudbase.net/ai'],
      region: 'china',
      source: mcp,
    },
    { id: 'flowdown', name: 'FlowDown', vendor: 'FlowDown', domains: ['flowdown.ai'], urlPrefixes: ['apps.qaq.wiki/docs/flowdown'], source: mcp },
    { id: 'aiql-tuui', name: 'TUUI', vendor: 'AI-QL', domains: ['tuui.com'], source: mcp },
    {
      id: 'nvidia-aiq-toolkit',
      name: 'NVIDIA Agent Intelligence toolkit',
      vendor: 'NVIDIA',
      category: 'developer-platform',
      urlPrefixes: ['docs.nvidia.com/aiqtoolkit'],
      source: mcp,
    },

    // billmei/every-chatgpt-gui
    { id: 'ksdev-ai-chat', name: 'AI Chat (ksdev)', vendor: 'ksdev', domains: ['aichat.ksdev.pl'], source: gui },
    { id: 'ai-belvedere', name: 'AI Belvedere', vendor: 'AI Belvedere', domains: ['ai-belvedere-demo.alergant.us'], source: gui },
    { id: 'chatgpt-api-demo-ddiu', name: 'ChatGPT-API Demo', vendor: 'ddiu8081', domains: ['chatgpt.ddiu.me'], source: gui },
    { id: 'anse', name: 'Anse', vendor: 'ddiu8081', domains: ['anse.app'], source: gui },
    { id: 'chat-with-gpt', name: 'Chat with GPT', vendor: 'Cogent Apps', domains: ['chatwithgpt.ai'], source: gui },
    // The Chrome Web Store id: the list's Browser Extension section at commit dd04ecd9dbb6c8a543cfa782bb4fc2e68573924e (the
    // entry moved back to the web section the same day)
    { id: 'inferit', name: 'inferit', vendor: 'devidw', domains: ['inferit.index.garden'], extensionIds: ['celkhcifjknihgjlieolcmchofdloagk'], source: gui },
    { id: 'l-gpt', name: 'L-GPT', vendor: 'L-GPT', domains: ['le-ai.app'], source: gui },
    { id: 'smoothgpt', name: 'SmoothGPT', vendor: 'SmoothGPT', domains: ['smoothgpt.app'], source: gui },
    { id: 'webllm-chat', name: 'WebLLM Chat', vendor: 'MLC AI', domains: ['webllm.ai'], source: gui },
    { id: 'dashhub', name: 'DashHub', vendor: 'DashHub', domains: ['dashhub.ai'], source: gui },
    { id: 'chatbus-ai', name: 'Chatbus AI', vendor: 'Chatbus AI', domains: ['chatbus.ai'], source: gui },
    { id: 'contextchat', name: 'ContextChat', vendor: 'ContextChat', domains: ['contextch.at'], source: gui },
    { id: 'grafychat', name: 'grafychat', vendor: 'grafychat', domains: ['grafychat.com'], source: gui },
    { id: 'infernoai', name: 'InfernoAI', vendor: 'InfernoAI', domains: ['getinfernoai.com'], source: gui },
    { id: 'keynet-ai', name: 'Keynet.AI', vendor: 'Keynet.AI', domains: ['keynet.ai'], source: gui },
    { id: 'mygpt-thesamur', name: 'MyGPT', vendor: 'thesamur.ai', domains: ['mygpt.thesamur.ai'], source: gui },
    { id: 'neatflow-ai', name: 'NeatFlow AI', vendor: 'NeatFlow AI', domains: ['neatflowai.com'], source: gui },
    { id: 'chatgpt-toolkit-schmedu', name: 'ChatGPT Toolkit', vendor: 'schmedu', urlPrefixes: ['schmedu.com/tools/chatGpt'], source: gui },
    { id: 'fridaygpt', name: 'FridayGPT', vendor: 'FridayGPT', domains: ['fridaygpt.app'], source: gui },
    { id: 'agent-zero', name: 'Agent Zero', vendor: 'Agent Zero', category: 'agents', domains: ['agent-zero.ai'], source: gui },
    { id: 'katechat', name: 'KateChat', vendor: 'KateChat', domains: ['katechat.tech'], source: gui },
    { id: 'supernovas-ai', name: 'Supernovas AI LLM', vendor: 'Supernovas AI', domains: ['supernovasai.com'], source: gui },
    { id: 'thinkbuddy', name: 'ThinkBuddy', vendor: 'ThinkBuddy', domains: ['thinkbuddy.ai'], source: gui },
    { id: 'supgpt', name: 'SUPgpt', vendor: 'SUPgpt', domains: ['supgpt.app'], source: gui },
    { id: 'walle-studio', name: 'Walle', vendor: 'Walle Studio', domains: ['wallestudio.com'], source: gui },

    // Ollama's README, community integrations
    { id: 'opengpa', name: 'OpenGPA', vendor: 'OpenGPA', category: 'agents', domains: ['opengpa.org'], source: ollama },
    { id: 'kerlig', name: 'Kerlig', vendor: 'Kerlig', category: 'writing', domains: ['kerlig.com'], source: ollama },
    { id: 'perfect-memory-ai', name: 'Perfect Memory AI', vendor: 'Perfect Memory AI', category: 'productivity', domains: ['perfectmemory.ai'], source: ollama },
    { id: 'hillnote', name: 'Hillnote', vendor: 'Hillnote', category: 'productivity', domains: ['hillnote.com'], source: ollama },
    { id: 'llm-cli-datasette', name: 'LLM (command-line tool)', vendor: 'Simon Willison', category: 'developer-platform', domains: ['llm.datasette.io'], source: ollama },
    { id: 'modelfusion', name: 'ModelFusion', vendor: 'ModelFusion', category: 'developer-platform', domains: ['modelfusion.dev'], source: ollama },
    { id: 'gollm', name: 'gollm', vendor: 'gollm', category: 'developer-platform', domains: ['gollm.co'], source: ollama },
    { id: 'firebase-genkit', name: 'Genkit', vendor: 'Google', category: 'developer-platform', urlPrefixes: ['firebase.google.com/docs/genkit'], source: ollama },
    { id: 'spring-ai', name: 'Spring AI', vendor: 'Broadcom (Spring)', category: 'developer-platform', urlPrefixes: ['docs.spring.io/spring-ai'], source: ollama },

    // radi-cho/awesome-gpt4 (CC0), its product integrations and demos
    { id: 'cratecode', name: 'Cratecode', vendor: 'Cratecode', category: 'coding', domains: ['cratecode.com'], source: gpt4 },
    { id: 'landing-ai-pages', name: 'Landing AI (landing-page maker)', vendor: 'landing-ai.com', category: 'other', domains: ['landing-ai.com'], source: gpt4 },
    { id: 'opster-opsgpt', name: 'OpsGPT', vendor: 'Opster', category: 'developer-platform', urlPrefixes: ['checkups.opster.com/ops-gpt'], source: gpt4 },
    { id: 'what-if-vpanjeta', name: 'What-If', vendor: 'VPanjeta', category: 'writing', domains: ['whatif2.vpanjeta.uk'], source: gpt4 },
  ],
  { checked: CHECKED_C12 },
);
