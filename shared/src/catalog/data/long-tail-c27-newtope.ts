// Twenty-seventh session, newtop pass `newtope` (2026-12-07): the hosts of /work/helpers/newtop-words-clean.txt (184
// hosts of TLDs other than .ai that entered the Tranco top-one-million list in 2025–2026 and whose names carry AI
// words: gpt, llm, chatbot, ai-…; the record of newly popular domains gave names only, and nothing is cited from it).
// None of the 184 classified before this pass. The chunk is mostly noise: gambling and lottery hosts, "AI trading"
// sign-up farms, unofficial "ChatGPT" access pages, SEO and directory sites and general businesses whose names happen
// to contain "gpt". Rows: an AI photo generator with a developer API (PhotoGPT AI) and the AI cloud and company host
// of HPC-AI Tech, the maker of Colossal-AI (hpc-ai.com).
//
// Look-ups: 45 (the pass's budget), all `search` calls in the stored `pages` corpus, counted as made, one a candidate
// except where noted: globalgpt.com, mozartai.com (2: host, then product words), darkgpt.io (2), vidreamai.com,
// chatllm.app, llmnotepad.com, hpc-ai.com (2), chatbot.team, ai-watermark-remover.com, chatgpt.fi, rosiechatai.com,
// photogptai.com, lexygpt.com, ai-battler.com (2: English, then Japanese terms words), ai-studybuddy.com,
// freeaskai.com, deepsearchai.app, zillagpt.com, maskedgpt.com, gemx-ai.com, nomoca-ai.com, chatgptjp.com,
// rusgpt.com, hedra-ai.com, ai-agent.kr, voice-ai.id, godgpt.fun, bargpt.app, astra-ai.si, eilis-ai.app,
// cognitia-ai.com, da-vinci-ai.com, aichat4search.com, mabotai.jp, realistic-ai-photos.app, askai.at, sydney-ai.com,
// getgpt.app, moonshot-ai.com, gpt.chat, ai-copywriter.com. Queries named the product as its own pages would (brand,
// "privacy policy", "terms", the page's language for Japanese, Korean, Russian, Slovenian, German and Indonesian
// hosts). Only two of the 43 candidates were met on their own hosts; the rest returned namesakes, news and guides.
// Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and in the other helpers' c27 files
// first.
//
// Measured with /work/helpers/classify-hosts.mts on the chunk itself (/work/helpers/out/newtope-hosts.txt, 184 hosts):
// 0 classified before (0.0%), 2 after (1.1%): photogptai.com and hpc-ai.com.
//
// Doubtful rows and why kept. hpc-ai.com: the sixth session's providers pass claimed only HPC-AI Tech's model-API host
// (api.hpc-ai.com, `hpc-ai-inference` in data/regional-c6-providers.ts) and noted that www.hpc-ai.com is also its GPU
// cloud; GPU clouds for AI are listed elsewhere (RunPod, Vast.ai, Lambda, CoreWeave), and the company's own blog on
// company.hpc-ai.com describes its Colossal-AI training and inference system and fine-tuning and serving video models
// on its platform, so the host is a row of its own. The merger may prefer to fold hpc-ai.com into `hpc-ai-inference`
// instead. PhotoGPT AI is read from its developer documentation on platform.photogptai.com (image generation with
// trained identity models and with public models such as GPT Image 2 and Nano Banana), not from a consumer page.
//
// Already listed, and the chunk's host not shown to be theirs (left to their entries; leads for the merger): Mozart AI
// (mozartai.app; mozartai.com not met), GlobalGPT (glbgpt.com; globalgpt.com not met), ASTRA AI (astra-ai.co,
// ai.astra.si and astra.si/ai; its Slovenian terms were met on astra.si, astra-ai.si was not), the Sydney AI mirror
// (web.sydney-ai.com; sydney-ai.com itself not met), Hedra (hedra.com; hedra-ai.com not shown to be Hedra's), Moonshot
// AI / Kimi (moonshot-ai.com not shown to be theirs), RuGPT (rugpt.io; rugpt.pro not met), Abacus.AI's ChatLLM
// (abacus.ai; chatllm.app not met) and the ChatGPT Exporter extension (chatgptexporter.com not read; a tool for
// ChatGPT's pages rather than an AI product).
//
// Left out. Found only on others' pages (leads): ai-battler.com (AI Battler / AIバトラー by Alpha Blend LLC, a battle
// game whose fights are judged and narrated by ChatGPT and Grok; only a wiki page described it), bargpt.app (BarGPT,
// an AI cocktail-recipe generator; only news articles). Namesakes met, not the chunk's hosts: GemX (gemexp.net, a
// Shopify A/B-testing app) and GEMxAPP (gemx.app, a social app) beside gemx-ai.com; DaVinci AI on app.dallham.com
// (an AI generation service of StoresWiki LLC: a lead of its own) beside da-vinci-ai.com; Rosie (heyrosie.ai) beside
// rosiechatai.com; masked.chat and gptAnon beside maskedgpt.com; Chats LLM (chats-llm.com) beside chatllm.app. Not
// found at all: darkgpt.io, vidreamai.com, llmnotepad.com, chatbot.team, ai-watermark-remover.com, chatgpt.fi,
// lexygpt.com, ai-studybuddy.com, freeaskai.com, deepsearchai.app and deepsearchai.co, zillagpt.com, maskedgpt.com,
// gemx-ai.com, nomoca-ai.com, chatgptjp.com, rusgpt.com, ai-agent.kr, voice-ai.id, godgpt.fun, eilis-ai.app,
// cognitia-ai.com, aichat4search.com, mabotai.jp, realistic-ai-photos.app, askai.at, getgpt.app, gpt.chat,
// ai-copywriter.com.
//
// Not looked up (triaged by name, or left for the budget). Gambling and lottery: dagotogel-ai.com, indoseven-ai.com,
// istana777-ai.org, mandala77gpt.com, petir99gpt.com, gorila39gpt.store, ufagpt.win, chatgpt-aviator.com,
// ai-esport-jiuyou.com, ai-esport-jiuyougame.com, chatgpt338.com, happygpt66.com, gptv9.com. "AI trading" sign-up
// pages: ai-chain-trader.com, quantum-ai.fr, trading-gpt-system.com, tradexius-ai-gpt-software.com,
// veltrion-ai-system.com, thenexus-wealth-ai.com, swap-relpax-ai-system.com, gpttrade.app, aibotfx.org. General
// businesses and media whose names contain the letters: agptek.com (an electronics brand), gptelecomprovedor.net.br
// (an ISP), gptoys.gr, gptransfer.com, gptex.ro, thegptnews.com, chatgptruinedmylife.com, gpthookup.com,
// hgptlove.com, ai-freight.com, ai-seitaiin.com, ai-boston.net. Directories and tool lists: aitoolswave.com,
// funaitools.com, gptshunter.com, gpt-appstore.com, chatbotsplace.com, ai-tool3.xyz. Throw-away and builder hosts:
// website-ai-builder-wld-*.sbs, cleanwebsappai.autos, web3gpt.bar, web3gpt.shop, gptjpai-02.shop, llm-0014.com,
// llm-tokyo-keyword-research-data.xyz. The rest of the chunk (the ai-…, …gpt and llm… hosts not named above) was left
// for the budget.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27NewtopeTools: Tool[] = defineTools(
  'image',
  [
    { id: 'photogpt-ai', name: 'PhotoGPT AI', vendor: 'PhotoGPT', domains: ['photogptai.com'], source: 'https://platform.photogptai.com/docs/image-generation' }, // developer docs: generate images with trained identity models and public models (GPT Image 2, Nano Banana Pro, Seedream) through its API
    { id: 'hpc-ai-cloud', name: 'HPC-AI.COM', vendor: 'HPC-AI Tech', category: 'developer-platform', domains: ['hpc-ai.com'], region: 'southeast-asia', source: 'https://company.hpc-ai.com/blog/how-to-build-a-low-cost-sora-like-app-solutions-for-you' }, // own blog: the Colossal-AI large-model training and inference system behind the Video Ocean video generator, and fine-tuning and serving video models on HPC-AI Tech's platform
  ],
  { checked: CHECKED_C27 },
);
