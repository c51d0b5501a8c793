// General chat assistants from the large Western vendors. Regional assistants are in regional-*.ts.
import type { Tool } from '../../schemas/tool';
import { defineTools, listed, CHECKED_2, CHECKED_3, v2flyAt, CHECKED_C10, CHECKED_C12 } from './define';

export const chatTools: Tool[] = defineTools('chat', [
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    vendor: 'OpenAI',
    domains: ['chatgpt.com', 'chat.com', 'chat.openai.com', 'openai.com', 'chatgpt.site'], // chatgpt.site: v2flyAt('openai')
    apiEndpoints: ['chatgpt.livekit.cloud'], // Advanced Voice's own LiveKit host: v2flyAt('openai'), CHECKED_3
    supplier: { trainsOnInputsByDefault: true, enterpriseTier: true, dataRegions: ['US', 'EU'] },
    source: v2flyAt('openai'),
    checked: CHECKED_3,
  },
  {
    id: 'claude',
    name: 'Claude',
    vendor: 'Anthropic',
    domains: ['claude.ai', 'claude.com', 'clau.de', 'anthropic.com'],
    supplier: { trainsOnInputsByDefault: true, enterpriseTier: true },
    source: v2flyAt('anthropic'),
    checked: CHECKED_3,
  },
  {
    id: 'gemini',
    name: 'Google Gemini',
    vendor: 'Google',
    domains: ['gemini.google.com', 'gemini.google', 'bard.google.com'],
    supplier: { trainsOnInputsByDefault: true, enterpriseTier: true },
    source: v2flyAt('google-deepmind'),
    checked: CHECKED_3,
  },
  {
    id: 'microsoft-copilot',
    name: 'Microsoft Copilot',
    vendor: 'Microsoft',
    domains: ['copilot.microsoft.com', 'copilot.com', 'copilot-stg.com'],
    // www.microsoft.com/en-us/edge/features/bing-chat (Bing Chat, Copilot's earlier name): listed('aliammari1'), CHECKED_3
    urlPrefixes: ['www.bing.com/chat', 'bing.com/chat', 'www.microsoft.com/en-us/microsoft-copilot', 'www.microsoft.com/en-us/edge/features/bing-chat'],
    // sydney.bing.com (2026-12-05), the chat service Bing Chat (Copilot's earlier name) talks to over a websocket
    // (wss://sydney.bing.com/sydney/ChatHub): listed('chatall', 'src/bots/microsoft/BingChatBot.js'), CHECKED_3
    apiEndpoints: ['sydney.bing.com'],
    supplier: { trainsOnInputsByDefault: true, enterpriseTier: true },
    source: v2flyAt('category-ai-!cn'),
    checked: CHECKED_3,
  },
  {
    id: 'microsoft-365-copilot',
    name: 'Microsoft 365 Copilot',
    vendor: 'Microsoft',
    domains: ['copilot.cloud.microsoft', 'm365copilot.com'],
    urlPrefixes: ['www.microsoft.com/en-us/microsoft-365/copilot'],
    // workiq.svc.cloud.microsoft (2026-12-05): the host of the Work IQ Chat API, which holds conversations with
    // Microsoft 365 Copilot (POST https://workiq.svc.cloud.microsoft/rest/conversations), in Microsoft's own reference
    // https://learn.microsoft.com/en-us/microsoft-365/copilot/extensibility/work-iq/rest/copilotroot-post-conversations
    // (stored copy read).
    apiEndpoints: ['workiq.svc.cloud.microsoft'],
    supplier: { trainsOnInputsByDefault: false, enterpriseTier: true },
    source: v2flyAt('category-ai-!cn'),
    checked: CHECKED_3,
  },
  {
    id: 'grok',
    name: 'Grok',
    vendor: 'xAI',
    domains: ['grok.com', 'grok.x.com', 'x.ai'],
    urlPrefixes: ['x.com/i/grok', 'twitter.com/i/grok'],
    supplier: { trainsOnInputsByDefault: true, enterpriseTier: true },
    source: v2flyAt('xai'),
    checked: CHECKED_3,
  },
  // The Meta AI chat thread in Messenger on facebook.com and messenger.com: listed('stevoisiakai', 'GenAI-Blocklist.txt') lines 1179 and 2641.
  {
    id: 'meta-ai',
    name: 'Meta AI',
    vendor: 'Meta',
    domains: ['meta.ai', 'imagine.meta.com'],
    urlPrefixes: ['www.facebook.com/messages/t/156025504001094', 'www.messenger.com/t/156025504001094'],
    supplier: { trainsOnInputsByDefault: true },
    source: v2flyAt('category-ai-!cn'),
    checked: CHECKED_3,
  },
  {
    id: 'le-chat',
    region: 'europe',
    name: 'Le Chat',
    vendor: 'Mistral AI',
    domains: ['chat.mistral.ai', 'mistral.ai'],
    supplier: { trainsOnInputsByDefault: true, enterpriseTier: true, dataRegions: ['EU'] },
    source: v2flyAt('category-ai-!cn'),
    checked: CHECKED_3,
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    vendor: 'Perplexity AI',
    category: 'search',
    domains: ['perplexity.ai', 'perplexity.com', 'pplx.ai'],
    supplier: { enterpriseTier: true },
    source: v2flyAt('perplexity'),
    checked: CHECKED_3,
  },
  {
    id: 'poe',
    name: 'Poe',
    vendor: 'Quora',
    domains: ['poe.com'],
    source: v2flyAt('poe'),
    checked: CHECKED_3,
  },
  {
    id: 'huggingchat',
    name: 'HuggingChat',
    vendor: 'Hugging Face',
    urlPrefixes: ['huggingface.co/chat'],
    source: listed('lilittlecat', 'README.md'),
    checked: CHECKED_3,
  },
  {
    id: 'character-ai',
    name: 'Character.AI',
    vendor: 'Character Technologies',
    domains: ['character.ai', 'c.ai'],
    source: listed('steven2358'),
    checked: CHECKED_3,
  },
  { id: 'pi', name: 'Pi', vendor: 'Inflection AI', domains: ['pi.ai', 'heypi.com', 'inflection.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  {
    id: 'cohere-chat',
    name: 'Cohere Chat',
    vendor: 'Cohere',
    domains: ['coral.cohere.com'],
    source: 'https://github.com/cohere-ai/cohere-toolkit/blob/fdd4371edf164f2c1726a884e421049093c0128e/README.md',
    checked: CHECKED_C12,
  }, // Cohere's repository; links coral.cohere.com as "Cohere's Command Showcase"
  { id: 'duck-ai', name: 'Duck.ai', vendor: 'DuckDuckGo', domains: ['duck.ai'], urlPrefixes: ['duckduckgo.com/chat', 'duckduckgo.com/aichat'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'lmarena', name: 'LMArena', vendor: 'LMArena', domains: ['lmarena.ai', 'arena.ai', 'chat.lmsys.org', 'chatbotarena.com'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 }, // chat.lmsys.org, its former host: listed('filipecalegario'); chatbotarena.com: listed('tiorai', 'data/ai-tools.csv')
  { id: 'youmind', name: 'YouMind', vendor: 'YouMind', domains: ['youmind.ai', 'youmind.com', 'youmind.site'], source: v2flyAt('youmind'), checked: CHECKED_3 },
  { id: 'liveperson', name: 'LivePerson', vendor: 'LivePerson', category: 'agents', domains: ['liveperson.net', 'lpsnmedia.net'], source: v2flyAt('liveperson'), checked: CHECKED_3 },
  { id: 'talkai', name: 'TalkAI', vendor: 'TalkAI', domains: ['talkai.info'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'chutes', name: 'Chutes', vendor: 'Chutes', category: 'developer-platform', domains: ['chutes.ai'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'dreamgen', name: 'DreamGen', vendor: 'DreamGen', category: 'writing', domains: ['dreamgen.com'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'novelai', name: 'NovelAI', vendor: 'Anlatan', category: 'writing', domains: ['novelai.net'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'spicywriter', name: 'SpicyWriter', vendor: 'SpicyWriter', category: 'writing', domains: ['spicywriter.com'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'you-com', name: 'You.com', vendor: 'You.com', category: 'search', domains: ['you.com'], apiEndpoints: ['api.ydc-index.io'], source: listed('eudk'), checked: CHECKED_2 }, // api.ydc-index.io, its search API: listed('langchaincommunity', 'libs/community/langchain_community/utilities/you.py')
  { id: 'phind', name: 'Phind', vendor: 'Phind', category: 'search', domains: ['phind.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'replika', name: 'Replika', vendor: 'Luka', domains: ['replika.com', 'replika.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'chai', name: 'Chai', vendor: 'Chai Research', domains: ['chai-research.com', 'chai.ml'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'janitor-ai', name: 'Janitor AI', vendor: 'Janitor AI', domains: ['janitorai.com'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  // landing.candynetwork.ai: the Candy AI link listed('stevoisiakai', 'GenAI-Blocklist.txt') hides (line 4729).
  { id: 'candy-ai', name: 'Candy AI', vendor: 'Candy AI', domains: ['candy.ai', 'candyai.gg', 'landing.candynetwork.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 }, // candyai.gg: listed('stevoisiakai', 'GenAI-Blocklist.txt')
  { id: 'kindroid', name: 'Kindroid', vendor: 'Kindroid', domains: ['kindroid.ai'], source: 'https://kindroid.ai/docs/?article=faqs', checked: CHECKED_C10 },
  { id: 'nomi', name: 'Nomi', vendor: 'Glimpse AI', domains: ['nomi.ai'] },
  { id: 'talkie', name: 'Talkie', vendor: 'MiniMax', domains: ['talkie-ai.com'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'typingmind', name: 'TypingMind', vendor: 'TypingMind', domains: ['typingmind.com'], source: listed('sindresorhus', 'readme.md'), checked: CHECKED_3 },
  { id: 'librechat', name: 'LibreChat', vendor: 'LibreChat', domains: ['librechat.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'open-webui', name: 'Open WebUI', vendor: 'Open WebUI', domains: ['openwebui.com'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'chatbotui', name: 'Chatbot UI', vendor: 'Chatbot UI', domains: ['chatbotui.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 't3-chat', name: 'T3 Chat', vendor: 'T3 Tools', domains: ['t3.chat'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'msty', name: 'Msty', vendor: 'CloudStack', domains: ['msty.app', 'msty.ai', 'msty.studio'], source: listed('steven2358'), checked: CHECKED_2 }, // msty.studio: Homebrew cask Casks/m/msty-studio.rb at 385f87aa754f476fde727f999566ce5b1f672d7f downloads Msty Studio from it (read 2026-12-05)
  { id: 'jan', name: 'Jan', vendor: 'Menlo Research', domains: ['jan.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'lm-studio', name: 'LM Studio', vendor: 'Element Labs', domains: ['lmstudio.ai'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'ollama', name: 'Ollama', vendor: 'Ollama', category: 'developer-platform', domains: ['ollama.com', 'ollama.ai'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'anythingllm', name: 'AnythingLLM', vendor: 'Mintplex Labs', domains: ['anythingllm.com', 'useanything.com'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'chatbot-app', name: 'Chatbot App', vendor: 'Codeway', domains: ['chatbotapp.ai'] },
  { id: 'deepai', name: 'DeepAI', vendor: 'DeepAI', domains: ['deepai.org'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'huggingface-spaces', name: 'Hugging Face Spaces', vendor: 'Hugging Face', category: 'developer-platform', domains: ['hf.space'], urlPrefixes: ['huggingface.co/spaces'], source: v2flyAt('huggingface'), checked: CHECKED_3 },
  { id: 'inworld', name: 'Inworld AI', vendor: 'Inworld AI', category: 'developer-platform', domains: ['inworld.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'ai21-maestro', region: 'middle-east', name: 'AI21 Studio', vendor: 'AI21 Labs', category: 'developer-platform', domains: ['ai21.com'], apiEndpoints: ['api.ai21.com'], source: listed('kostja94', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'reka', name: 'Reka', vendor: 'Reka AI', domains: ['reka.ai'], source: 'https://docs.reka.ai/chat', checked: CHECKED_C10 },
  { id: 'sesame', name: 'Sesame', vendor: 'Sesame AI', category: 'audio', domains: ['sesame.com'], source: listed('zijianni', 'README.ja.md'), checked: CHECKED_3 },
  { id: 'perplexity-labs', name: 'Perplexity Labs', vendor: 'Perplexity AI', domains: ['labs.perplexity.ai'] },
  { id: 'gpt4all', name: 'GPT4All', vendor: 'Nomic AI', domains: ['nomic.ai', 'gpt4all.io'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'lobechat', name: 'LobeChat', vendor: 'LobeHub', domains: ['lobehub.com', 'lobechat.com'], source: listed('slavakurilyak'), checked: CHECKED_3 }, // lobechat.com: listed('lilittlecat')
  { id: 'nextchat', name: 'NextChat', vendor: 'NextChat', domains: ['nextchat.dev', 'nextchat.club'], source: listed('nextchat', 'README.md'), checked: CHECKED_3 }, // nextchat.club, its hosted chat: listed('nextchat', 'app/constant.ts')
  { id: 'chatbox', name: 'Chatbox', vendor: 'Chatbox', domains: ['chatboxai.app'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'cherry-studio', name: 'Cherry Studio', vendor: 'Cherry AI', domains: ['cherry-ai.com'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'big-agi', name: 'big-AGI', vendor: 'big-AGI', domains: ['big-agi.com'], source: 'https://github.com/enricoros/big-AGI/blob/52adc48c6d02b6b099257396e39b5d78ca492291/README.md', checked: CHECKED_C10 },
  { id: 'writingmate', name: 'Writingmate', vendor: 'Writingmate', domains: ['writingmate.ai'], source: 'https://github.com/writingmate/chatlabs/blob/39e5fa4ff03ddf5d966cf86559838226a991dbcc/README.md', checked: CHECKED_C12 }, // the vendor's repository; names the product ChatLabs at writingmate.ai, hosted at labs.writingmate.ai
  { id: 'chathub', name: 'ChatHub', vendor: 'ChatHub', domains: ['chathub.gg'], source: 'https://github.com/chathub-dev/chathub/blob/1e41add45908775bd05e4aef0249af212a797e96/src/app/components/Share/sharegpt.ts', checked: CHECKED_C12 }, // the extension's own repository; shared chats credit ChatHub at chathub.gg
  { id: 'kuki', name: 'Kuki', vendor: 'Iconiq', domains: ['kuki.ai'], source: listed('whoisdsmith', 'FMHY-AI.md'), checked: CHECKED_C12 }, // Kuki at chat.kuki.ai
  { id: 'anima', name: 'Anima', vendor: 'Anima AI', domains: ['myanima.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'crushon', name: 'CrushOn.AI', vendor: 'CrushOn', domains: ['crushon.ai'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 },
  { id: 'spicychat', name: 'SpicyChat', vendor: 'SpicyChat', domains: ['spicychat.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'chub', name: 'Chub', vendor: 'Chub', domains: ['chub.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'polybuzz', name: 'PolyBuzz', vendor: 'PolyBuzz', domains: ['polybuzz.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'dopple', name: 'Dopple', vendor: 'Dopple', domains: ['dopple.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'joyland', name: 'Joyland', vendor: 'Joyland', domains: ['joyland.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'sakura-fm', name: 'Sakura', vendor: 'Sakura', domains: ['sakura.fm'] },
  { id: 'falcon-chat', name: 'Falcon LLM', vendor: 'Technology Innovation Institute', domains: ['falconllm.tii.ae'], source: listed('filipecalegario'), checked: CHECKED_2 },
]);
