// Twenty-seventh session, first newtop pass (2026-12-07, helper `newtopa`): AI products among the .ai hosts that entered
// the Tranco top-one-million list in 2025–2026 (lead chunk /work/helpers/newtop-ai-part-00, 137 hosts, none classified
// before; the public record github.com/wanghaisheng/new-domain-in-top-1m gave only the names, and nothing from it is
// cited), plus AI products met on their own hosts in the same searches. Here, from the lead list: Addlly AI's GEO audit
// agent, Clavata's AI content-safety policies, BitMind's deepfake detection, InstaDeep's AIchor machine-learning
// platform and Beehive AI's survey and review analysis, and chooch.ai as a second host of the listed Chooch. Met in the
// searches (outside the lead list): a desktop UI for AI coding agents (Coddo), AI social-content scoring (CloutAI), AI
// agents for businesses (Aspired AI, Speco, BotBat, Ayra AI's voice agents), an AI reflection app on Anthropic's API
// (PARALLAX), a multi-agent AI fitness coach (FitWiz), AI triage of vulnerability reports (Bugtri), agentic SEO
// (effectly.ai), AI tools for teachers (TeachersFlow), an AI chatbot and app builder (Chipp), AI app building (AI GO),
// a game-asset image-generation API (Chroma Golem), an AI answer engine (AI Answer Generator), AI credit intelligence
// (Synnax) and an AI film tool (Mango Tango).
//
// Leads. 50 look-ups (the pass's budget), all `search` in the stored `pages` corpus, counted as they were made, one per
// candidate (one query named three hosts at once and found nothing): after triage by name (gambling, adult, crypto,
// general companies, news and utilities skipped: 90win.ai, 92ph.ai, camsoda.ai, aixcrypto.ai, coinplex.ai,
// cryptohunt.ai, babygrok.ai, bloomprotocol.ai, base64decode.ai, base64encode.ai, comcast.ai, buhlergroup.ai,
// aaeon.ai, acecloud.ai, atheneum.ai, austlii.ai, axabucketlist.ai, buckedup.ai, apolloresearch.ai, deepsense.ai,
// dejan.ai, cloudeagle.ai, clouddefense.ai, asserts.ai, auki.ai; abacum.ai is a trap of lookalikes-c14-ycnew.test.ts,
// cleat.ai, datbot.ai and auco.ai were read by earlier passes), queries of the form "<product> <what it does> <host>":
// addlly, ahachat, creatok, clavata, bitmind, audiocleaner, andesite, covariant, almanack, calltime, alphamountain,
// chromastudio, accio, aftershoot, airia, chooch, claila, deepar, answer, aspecta, aquabyte, ango, aichor, climatealpha,
// bitstudio, cantian, cloutify, accumn, bugbase, alwaysbeclosing, beehive, avala, bisa, captchasolver, 4wall,
// appypieautomate, anyvideo+bigmotion+artflo, deep-seek, brightlearn, aippy, chatkira, botvantage, deeperdive, calzen,
// customerfirst, attus, codo, bagelchat, aimango, datasdk. The stored corpus holds pages for few of the newly popular
// hosts: established companies' docs and blogs were found, small consumer sites almost never. Every row cites a page
// with a path on the product's own host (or a subdomain of it) where the vendor says the product works with AI, an
// agent, an LLM or a named model provider. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in
// data/ and in the other helpers' c27 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the lead chunk (137 hosts, /work/helpers/out/newtopa-hosts.txt): 0
// classified before (0.0%), 6 after (4.4%). The 55 other hosts the searches returned that looked like products
// (/work/helpers/out/newtopa-incidental-hosts.txt) went from 14 classified (25.5%) to 31 (56.4%).
//
// Already listed and left to their entries: Accio (accio.com; accio.ai was not read), Aftershoot (aftershoot.com,
// whose support site was met; aftershoot.ai not read), Airia (airia.com, explore.airia.com met; airia.ai not read),
// CLAILA (claila.com; claila.ai not found), and, met in the searches, vigilense.ai, feedpulseai.com, noise-remover.com,
// adaptify.ai, cloutfind.com, deepseekv4.space, wavespeed.ai, help.aethera.ai, omma.build, docs.jootle.com,
// docs.chatbotplatform.io, inworld.ai. chooch.ai is added to Chooch's entry (data/long-tail-c5-lists.ts): Chooch's own
// page on chooch.ai ("Chooch AI ... visual AI", /computer-vision/what-does-chooch-mean/) and chooch.com/api's calls to
// apiv2.chooch.ai show the one vendor.
//
// Doubtful rows: Addlly AI is cited from its knowledge-base page on the GEO Audit Agent, which evaluates a brand's
// visibility in ChatGPT, Perplexity, Claude and Google AI Overviews (an AI-visibility agent; Addlly is known for AI
// content, which the page does not describe). AIchor is a machine-learning experiment platform (training pipelines on
// Ray, TensorFlow, PyTorch and Jax operators) rather than a tool that itself answers or generates, kept like the
// listed Determined AI and Valohai; organisations get <org>.aichor.ai, under the claimed domain. BitMind's detector
// runs on a Bittensor subnet (a crypto network): kept because its own blog calls it an AI tool that detects deepfakes.
// FitWiz is named from its host; the architecture page calls it a multi-agent AI coach without giving a name. PARALLAX
// is in private beta (its privacy contact is on aspectly.app). effectly.ai's page is a comparison post in which the
// vendor describes its own agentic SEO automation. TeachersFlow's page is a docs page on teacher access that lists its
// test grader, assessment generator, AI personalisation and AI context. Synnax's credit intelligence is built from
// "decentralized AI" predictions. CloutAI is a UK product and takes the europe region, as OTUS AI did.
//
// Left out. Lead-list hosts with no page of their own in the corpus: ahachat.ai, creatok.ai (a skill page on
// fzgmgmantis.xianshe.com calls its Open Skills proxy: a lead), audiocleaner.ai, andesite.ai, covariant.ai (press and
// aiwiki.ai only), almanack.ai, calltime.ai (CallTime.AI's blog is on medium.com/call-time, a shared platform: a lead),
// alphamountain.ai (ThreatQ's integration guide on helpcenter.threatq.com says alphaMountain.ai uses AI and machine
// learning: a lead once its own host is seen), chromastudio.ai, aspecta.ai (research.cowrie.pro on docs.aspecta.ai),
// bitstudio.ai, cantian.ai, cloutify.ai, accumn.ai, alwaysbeclosing.ai, bisa.ai, captchasolver.ai, 4wall.ai,
// appypieautomate.ai (developer.connectappypie.com is Appy Pie Connect's host), anyvideo.ai, bigmotion.ai, artflo.ai,
// deep-seek.ai, brightlearn.ai, aippy.ai, chatkira.ai, botvantage.ai, deeperdive.ai, calzen.ai, customerfirst.ai,
// attus.ai, codo.ai, bagelchat.ai, aimango.ai, datasdk.ai; answerr.ai's API docs are on answerlabsinc.mintlify.app, a
// shared platform (a lead). Own pages that do not say the product uses AI: bugbase.ai (bug-bounty terms),
// www.climatealpha.ai (climate risk and resilience indicators), deepar.ai and help.deepar.ai (an AR face-filter SDK and
// studio), aquabyte.ai's /produkt/welfare/ (its pages that say AI and machine learning are `?p=` pages: a lead).
// Not a product on the host: www.answer.ai (an AI R&D lab's launch post). Data-annotation platforms whose pages describe
// labelling for AI training data, not a product that uses AI (leads for the merger, beside the listed Labelbox and
// SuperAnnotate): avala.ai (about.avala.ai, docs.avala.ai, platform.avala.ai) and ango.ai (docs.ango.ai, an author page
// on ango.ai, docs.imerit.net). Met in the searches and left out: docs.airaproof.com (Aira, a trap of
// lookalikes-c16-agents.test.ts beside Airia) and aiappsapi.com (its articles are traps of the c22 audio2 and c24
// devtools4 passes); general products with an AI feature (docs.almaseo.com, www.mangoapps.com, www.appmint.io,
// knogin.com, docs.digitechnomads.com, devplace.net's DeepSearch); pages that do not say AI (ensoul.so, nousos.ai,
// studio.arthea.ai, hemiao.ai, clout.you, influoai.co, finntang.com, zeedata.io's AI Data SDK whose API sits on another
// host); a publication of AI outputs (solver.press); a news and threat-intel feed (www.blackhat.ie); guides and
// glossaries (intezer.com's AI SOC guide, goaccretive.ai's glossary); a personal developer host
// (mango.francescobellingeri.com), a portfolio (builtbycorey.com), a shop's subdomain
// (decoder.thaiamuletscollection.com); the wrapper summary deepseek-chat-app.com and www.prismposter.com, as the c16
// and c26 passes decided.
//
// Leads for later: 55 lead-list hosts were neither triaged out nor looked up when the budget ran out: 24-7autopilot.ai,
// 8lee.ai, a28.ai, aar-kaik.ai, ace.ai, acebrowser.ai, adverge.ai, aiapp.ai, aikm.ai, aisisters.ai, aleso.ai,
// algoapp.ai, allpass.ai, almonds.ai, altar.ai, altifi.ai, anyway.ai, aov.ai, apexpath.ai, apexsec.ai, apilab.ai,
// appalchemy.ai, appsuites.ai, askan.ai, assessoria.ai, asterapp.ai, atena.ai, attackinsights.ai, auditorium.ai,
// autochat.ai, aymo.ai, bagagent.ai, bily.ai, bimbim.ai, blux.ai, borndigital.ai, boxly.ai, brain-institute.ai,
// brainhost.ai, camsearch.ai, chat-assistant.ai, chatstreet.ai, chatwill.ai, collaborationroom.ai, connectplex.ai,
// context2.ai, coswift.ai, ctool.ai, darlink.ai, dat.ai, davincicommerce.ai, deeli.ai, deepeat.ai, deepnode.ai,
// dfactor.ai. accio.ai, aftershoot.ai, airia.ai and claila.ai are namesake traps in the test until a page on them is
// read (they may be the listed products' alternate hosts).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27NewtopaTools: Tool[] = defineTools(
  'agents',
  [
    // --- from the lead list ---
    { id: 'addlly-ai', name: 'Addlly AI', vendor: 'Addlly AI', domains: ['addlly.ai'], source: 'https://addlly.ai/knowledge-base/what-does-addlly-ai-geo-audit-agent-assess/' }, // knowledge base: the GEO Audit Agent analyses whether a brand is selected and cited in AI-generated answers (ChatGPT, Perplexity, Claude, Google AI Overviews)
    { id: 'clavata', name: 'Clavata', vendor: 'Clavata', category: 'developer-platform', domains: ['clavata.ai'], source: 'https://clavata.ai/blogs/time-to-walk-upright-evolving-content-safety-technology' }, // vendor blog: a content-safety product built on recent advances in AI, moderating AI- and user-generated text and images against structured policies
    { id: 'bitmind', name: 'BitMind', vendor: 'BitMind', category: 'other', domains: ['bitmind.ai'], source: 'https://bitmind.ai/blog/how-bitminds-self-evolving-detection-system-works' }, // vendor blog: an AI tool that detects AI-generated images, video and audio with detection models improved through adversarial competition
    { id: 'aichor', name: 'AIchor', vendor: 'InstaDeep', category: 'developer-platform', domains: ['aichor.ai'], source: 'https://docs.aichor.ai/docs/user-manual/aichor-overview' }, // docs: AI engineers and researchers push code to trigger machine-learning pipelines that build and run training experiments
    { id: 'beehive-ai', name: 'Beehive AI', vendor: 'Beehive AI', category: 'productivity', domains: ['beehive.ai'], source: 'https://help.beehive.ai/en/articles/8441322-cleaning-and-uploading-csvs' }, // help centre: survey and review data uploaded to the Beehive AI platform for advanced AI analysis of open-ended responses
    // --- met in the searches ---
    { id: 'coddo', name: 'Coddo', vendor: 'Coddo', category: 'coding', domains: ['coddo.ai'], source: 'https://docs.coddo.ai/features/chat' }, // docs: a chat UI for Claude Code and Codex CLI agents that read, write and run code, with model selection
    { id: 'cloutai', name: 'CloutAI', vendor: 'CloutAI', category: 'writing', domains: ['cloutai.co.uk'], source: 'https://www.cloutai.co.uk/privacy', region: 'europe' }, // privacy: social posts analysed by Claude AI and an NLP service to score hooks and hashtags and generate hooks, captions and scripts
    { id: 'aspired-ai', name: 'Aspired AI', vendor: 'Aspired AI LLC', domains: ['aspired-ai.com'], source: 'https://aspired-ai.com/privacy' }, // privacy: AI agents personalised to a business's industry and context, answering the messages users send them
    { id: 'speco-ai', name: 'Speco', vendor: 'Speco', domains: ['specoai.com'], source: 'https://specoai.com/privacy' }, // privacy: the Speco AI platform trains, evaluates and runs AI specialists on uploaded content and answers on WhatsApp
    { id: 'botbat', name: 'BotBat', vendor: 'BotBat', domains: ['botbat.io'], source: 'https://docs.botbat.io/chatbots/overview' }, // docs: AI chatbots answering from configured knowledge sources, with workflows for agentic tools
    { id: 'ayra-ai', name: 'Ayra AI', vendor: 'Ayra', domains: ['ayra.cx'], source: 'https://docs.ayra.cx/docs/get-started/key-concepts' }, // docs: white-label voice AI agents for agencies, speech-to-text then GPT-4 responses and text-to-speech
    { id: 'parallax-prlx', name: 'PARALLAX', vendor: 'PARALLAX', category: 'chat', domains: ['prlx.dev'], source: 'https://prlx.dev/legal/privacy' }, // privacy: a self-discovery app building an AI-synthesised profile, reflective answers sent to Anthropic's API
    { id: 'fitwiz', name: 'FitWiz', vendor: 'FitWiz', category: 'other', domains: ['fitwiz.us'], source: 'https://fitwiz.us/architecture' }, // architecture: a multi-agent AI coach whose router picks focused agents, with food-photo analysis
    { id: 'bugtri', name: 'Bugtri', vendor: 'Bugtri', category: 'productivity', domains: ['bugtri.com'], source: 'https://www.bugtri.com/faq' }, // FAQ: AI-powered triage of vulnerability reports from a shared mailbox with the customer's OpenAI, Claude or Gemini key
    { id: 'effectly-ai', name: 'effectly.ai', vendor: 'effectly.ai', domains: ['effectly.ai'], source: 'https://www.effectly.ai/blog/otto-vs-effectly' }, // vendor blog: agentic SEO automation that reasons about a site and writes changes to the CMS
    { id: 'teachersflow', name: 'TeachersFlow', vendor: 'TeachersFlow', category: 'productivity', domains: ['teachersflow.com'], source: 'https://www.teachersflow.com/docs/organizations/features/managing-teachers' }, // docs: a test grader, assessment generator, AI personalisation and lesson planner, with AI context filtered by subject
    { id: 'chipp-ai', name: 'Chipp', vendor: 'Chipp', domains: ['chipp.ai'], source: 'https://chipp.ai/docs/guides/image-generation.md' }, // docs: AI chatbot apps that generate and edit images in chat with Gemini, GPT Image, FLUX and Stability models
    { id: 'ai-go-app', name: 'AI GO', vendor: 'AI GO', domains: ['ai-go.app'], source: 'https://www.ai-go.app/en-US/docs/guide/app-builder' }, // docs: an AI platform whose App Builder creates custom AI applications from prompt settings ("Secure VibeCoding")
    { id: 'chroma-golem', name: 'Chroma Golem', vendor: 'Chroma Golem', category: 'developer-platform', domains: ['chromagolem.com'], source: 'https://chromagolem.com/documentation/generate/images' }, // API docs: image generation for game assets from prompts, on fine-tuned styles (a model checkpoint and a LoRA)
    { id: 'ai-answergenerator', name: 'AI Answer Generator', vendor: 'AI Answer Generator', category: 'search', domains: ['ai-answergenerator.com'], source: 'https://ai-answergenerator.com/science-of-accuracy/' }, // how it works: a search-first, retrieval-augmented answer engine over LLMs with a verification chain
    { id: 'synnax', name: 'Synnax', vendor: 'Synnax', category: 'other', domains: ['synnax.ai'], source: 'https://docs.synnax.ai/synnax/synnax-private-credit/for-lenders' }, // docs: AI-driven credit intelligence, credit signals and predictive financial ratios from decentralised AI predictions
    { id: 'mango-tango', name: 'Mango Tango', vendor: 'Mango Tango', category: 'video', domains: ['mangotangoai.com'], source: 'https://www.mangotangoai.com/manifesto' }, // manifesto: an AI video film tool built around the cut, generating clips from models with character and product references
  ],
  { checked: CHECKED_C27, region: 'global' },
);
