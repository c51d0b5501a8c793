// Whose pages may be cited for a tool's supplier facts: the vendor's own domains (a fact's source and a
// DPA link must be on one of them, or a subdomain), or a named authority listed below. A summary site,
// a news report or a directory is never a source, however accurate it looks. Test data only: releases
// do not carry this list.

/** Registrable domains of each researched tool's vendor, by catalog tool id. */
export const VENDOR_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  chatgpt: ['openai.com'],
  'openai-platform': ['openai.com'],
  'dall-e': ['openai.com'],
  claude: ['anthropic.com', 'claude.com'],
  'claude-code': ['anthropic.com', 'claude.com'],
  'anthropic-console': ['anthropic.com', 'claude.com'],
  gemini: ['google.com'],
  'github-copilot': ['github.com'],
  grammarly: ['grammarly.com', 'superhuman.com'], // Superhuman is Grammarly's maker's new name (pass 6d)
  'notion-ai': ['notion.so', 'notion.com'],
  otter: ['otter.ai'],
  fireflies: ['fireflies.ai'],
  'perplexity-api': ['perplexity.ai'],
  perplexity: ['perplexity.ai'],
  'hugging-face': ['huggingface.co'],
  'microsoft-365-copilot': ['microsoft.com'],
  'm365-copilot-chat': ['microsoft.com'],
  'le-chat': ['mistral.ai'],
  'mistral-console': ['mistral.ai'],
  deepseek: ['deepseek.com'],
  elevenlabs: ['elevenlabs.io'],
  tabnine: ['tabnine.com'],
  'character-ai': ['character.ai'],
  'vertex-ai': ['google.com'],
  'vertex-ai-studio': ['google.com'],
  'gemini-code-assist': ['google.com', 'google.cn'], // google.cn serves the individuals privacy notice (pass 15)
  'amazon-bedrock': ['amazon.com', 'awsstatic.com'], // awsstatic.com serves AWS's DPA (pass 6d)
  'google-ai-studio': ['google.dev'],
  deepinfra: ['deepinfra.com'],
  'xai-console': ['x.ai'],
  'together-ai': ['together.ai'],
  'fireworks-ai': ['fireworks.ai'],
  groq: ['groq.com'],
  openrouter: ['openrouter.ai'],
  cursor: ['cursor.com'],
  deepl: ['deepl.com'],
  'jetbrains-ai': ['jetbrains.com'],
  fathom: ['fathom.video'],
  writesonic: ['writesonic.com'],
  'read-ai': ['read.ai'],
  'amazon-q-developer': ['amazon.com', 'awsstatic.com'], // awsstatic.com serves AWS's DPA (pass 6d)
  'cohere-platform': ['cohere.com'],
  'adobe-firefly': ['adobe.com'],
  windsurf: ['windsurf.com', 'codeium.com', 'cognition.ai'], // Cognition owns Windsurf; its terms point to cognition.ai/dpa (pass 17)
  gong: ['gong.io'],
  replit: ['replit.com'],
  replicate: ['replicate.com'],
  granola: ['granola.ai'],
  krisp: ['krisp.ai'],
  baseten: ['baseten.co'],
  'duck-ai': ['duckduckgo.com', 'duck.ai'],
  lovable: ['lovable.dev'],
  devin: ['devin.ai', 'cognition.ai'],
  elicit: ['elicit.com'],
  'kagi-assistant': ['kagi.com'],
  consensus: ['consensus.app'],
  murf: ['murf.ai'],
  languagetool: ['languagetool.org'],
  avoma: ['avoma.com'],
  cartesia: ['cartesia.ai'],
  // pass 4b
  coderabbit: ['coderabbit.ai'],
  botpress: ['botpress.com'],
  voiceflow: ['voiceflow.com'],
  'cloudflare-ai-gateway': ['cloudflare.com'],
  photoroom: ['photoroom.com'],
  'wispr-flow': ['wisprflow.ai', 'wispr.ai'],
  v0: ['v0.app', 'v0.dev', 'vercel.com'],
  jenni: ['jenni.ai'],
  gptzero: ['gptzero.me'],
  plaud: ['plaud.ai'],
  glean: ['glean.com'],
  textcortex: ['textcortex.com'],
  hebbia: ['hebbia.com', 'hebbia.ai'],
  modal: ['modal.com'],
  anyscale: ['anyscale.com'],
  liveperson: ['liveperson.com', 'liveperson.net'],
  // end pass 4b
  // pass 4a
  notebooklm: ['google.com'],
  'azure-ai-foundry': ['microsoft.com'],
  n8n: ['n8n.io'],
  exa: ['exa.ai'],
  huggingchat: ['huggingface.co'],
  'firebase-studio': ['google.com', 'google.cn'],
  ideogram: ['ideogram.ai'],
  tavily: ['tavily.com'],
  // pass 4c
  'relevance-ai': ['relevanceai.com', 'relevanceai.mintlify.app'], // its docs are hosted by Mintlify
  fellow: ['fellow.app', 'fellow.ai'],
  prowritingaid: ['prowritingaid.com'],
  'leonardo-ai': ['leonardo.ai'],
  sana: ['sana.ai', 'sanalabs.com'], // Sana Labs publishes Sana's legal documents (pass 6d)
  modjo: ['modjo.ai'],
  grok: ['x.ai', 'grok.com'],
  bluedot: ['bluedothq.com'],
  wellsaid: ['wellsaid.io', 'wellsaidlabs.com'],
  scholarcy: ['scholarcy.com'],
  'vercel-ai-gateway': ['vercel.com'],
  upstage: ['upstage.ai'],
  sarvam: ['sarvam.ai'],
  trae: ['trae.ai'],
  genspark: ['genspark.ai', 'mainfunc.ai'], // MainFunc Inc. makes Genspark
  naturalreader: ['naturalreaders.com'],
  'sourcegraph-amp': ['ampcode.com', 'sourcegraph.com'],
  // end pass 4c
  // pass 4d
  dify: ['dify.ai'],
  // end pass 4d
  // pass 5b
  dust: ['dust.tt'],
  civitai: ['civitai.com'],
  superwhisper: ['superwhisper.com'],
  'google-labs': ['labs.google', 'google.com'],
  imagefx: ['labs.google', 'google.com'],
  whisk: ['labs.google', 'google.com'],
  'google-flow': ['labs.google', 'flow.google', 'google.com'],
  // end pass 5b
  // pass 5a
  'amazon-sagemaker': ['amazon.com', 'awsstatic.com'], // awsstatic.com serves AWS's DPA (pass 6d)
  'github-spark': ['github.com'],
  'microsoft-copilot': ['microsoft.com'],
  skyvern: ['skyvern.com'],
  antigravity: ['antigravity.google', 'google.com'],
  cerebras: ['cerebras.ai', 'cerebras.net'],
  anyword: ['anyword.com'],
  // end pass 5a
  // pass 6b
  'moonshot-platform': ['moonshot.ai', 'moonshot.cn', 'kimi.com', 'kimi.ai'],
  openclaw: ['openclaw.ai'],
  'zapier-agents': ['zapier.com'],
  jasper: ['jasper.ai'],
  hume: ['hume.ai'],
  // end pass 6b
  // pass 6a
  kiro: ['kiro.dev', 'amazon.com', 'awsstatic.com'], // AWS's Service Terms and DPA cover Kiro (pass 6d)
  'openai-codex': ['openai.com'],
  'deepseek-platform': ['deepseek.com'],
  // end pass 6a
  // pass 6c
  kimi: ['kimi.com', 'kimi.ai', 'moonshot.cn', 'moonshot.ai'],
  langflow: ['langflow.org'],
  qwen: ['qwen.ai', 'qianwen.com', 'tongyi.com', 'aliyun.com'],
  doubao: ['doubao.com'],
  'stability-ai': ['stability.ai'],
  speechify: ['speechify.com'],
  bolt: ['bolt.new', 'stackblitz.com'], // StackBlitz makes Bolt
  bardeen: ['bardeen.ai'],
  wordtune: ['wordtune.com', 'ai21.com'], // AI21 Labs makes Wordtune
  'meta-ai': ['meta.ai', 'meta.com', 'facebook.com'], // Meta publishes its AI terms on facebook.com
  limitless: ['limitless.ai'],
  'z-ai': ['z.ai'],
  'bing-image-creator': ['microsoft.com', 'bing.com'],
  // end pass 6c
  // pass 6d
  'microsoft-designer': ['microsoft.com'],
  'ernie-bot': ['baidu.com'],
  'copy-ai': ['copy.ai'],
  sora: ['openai.com'],
  'openai-operator': ['openai.com'],
  grokipedia: ['x.ai'],
  // end pass 6d
  'black-forest-labs': ['bfl.ai', 'bfl.ml', 'blackforestlabs.ai'],
  'alibaba-model-studio': ['alibabacloud.com', 'aliyun.com'],
  'browser-use': ['browser-use.com'],
  'fish-audio': ['fish.audio'],
  krea: ['krea.ai'],
  // end pass 7a
  // pass 8a
  supernormal: ['supernormal.com'],
  researchrabbit: ['researchrabbit.ai', 'researchrabbitapp.com'],
  'heidi-health': ['heidihealth.com'],
  // end pass 8a
  'you-com': ['you.com'], // thirteenth-session re-check (facts-p13r.ts)
  qodo: ['qodo.ai'], // pass 15 (facts-p15.ts)
  manus: ['manus.im', 'manus.ai'], // pass 17: its API docs are served at open.manus.ai
  miaoda: ['miaoda.cn', 'baidu.com'], // pass 19b: Baidu's general privacy policy covers it
  dumate: ['dumate.cn', 'baidu.com'], // pass 19b: Baidu's general privacy policy covers it
};

/** Hosts of bodies whose own statements about a vendor count as a source, with who they are. */
export const NAMED_AUTHORITIES: Readonly<Record<string, string>> = {};

function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Is `url` on the tool's vendor's domains or a named authority's? */
export function isVendorOrAuthoritySource(toolId: string, url: string): boolean {
  const host = /^https:\/\/([^/?#\s]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return false;
  const domains = [...(VENDOR_DOMAINS[toolId] ?? []), ...Object.keys(NAMED_AUTHORITIES)];
  return domains.some((d) => onDomain(host, d));
}
