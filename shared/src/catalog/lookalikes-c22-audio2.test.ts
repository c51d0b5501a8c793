// Traps beside the rows the twenty-second session's second audio pass added (data/long-tail-c22-audio2.ts): the
// ordinary sites next to each kind of AI tool it added (chat and messaging platforms beside the voice bots, audiobook
// stores, podcast and music platforms, meditation apps, a DAW and an audio editor, a game store, a radio network, a
// Santa site, a public-domain library, a microphone maker), the shared-platform copies and the left-out hosts the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its
// own entry.
//
// At the merge of the twenty-second session: airadiohost.com (AIRadio.Host) and docs.famulor.de (Famulor) were added as
// second hosts of the entries `airadio-host` (data/long-tail-c7-vertical-3.ts) and `famulor` (famulor.de,
// data/long-tail-c16-agents.ts) from the vendors' own pages, so their traps were dropped.
//
// Twenty-sixth session, leads8 pass: MediaScribe (mediascribe.ai, Tightrope Media Systems) is listed by
// data/long-tail-c26-leads8.ts from its own news release calling it an AI-powered captioning and transcription service,
// so the trap on its academy page was dropped.
//
// aivoiceclone.app dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Audio2Tools } from './data/long-tail-c22-audio2';

const GENERAL_SITES = [
  'https://discord.com/', // the chat platform beside the Discord voice bots
  'https://telegram.org/', // the messenger beside the voice-note transcription and summary bots
  'https://www.whatsapp.com/', // the messenger beside the voice-note transcription bot
  'https://www.audible.com/', // an audiobook store, beside the AI audiobook narration tools
  'https://www.acx.com/', // an audiobook production marketplace, beside the AI audiobook narration tools
  'https://www.kobo.com/', // an ebook and audiobook store, beside the AI audiobook narration tools
  'https://www.gutenberg.org/', // a public-domain library, beside the AI audiobook narration tools
  'https://open.spotify.com/', // a music and podcast player, beside the AI podcast and music tools
  'https://podcasts.apple.com/', // a podcast directory, beside the AI podcast tools
  'https://soundcloud.com/', // a music platform, beside the AI music generators
  'https://www.bandcamp.com/', // a music store, beside the AI music generators
  'https://distrokid.com/', // a music distributor, beside the AI mastering service
  'https://www.ableton.com/', // a DAW maker, beside the AI mastering service
  'https://www.audacityteam.org/', // an audio editor, beside the AI podcast editor
  'https://www.shure.com/', // a microphone maker, beside the AI podcast editor
  'https://www.calm.com/', // a meditation app, beside the AI meditation generators
  'https://www.headspace.com/', // a meditation app, beside the AI meditation generators
  'https://store.steampowered.com/', // a game store, beside the AI voice tool for NPC lines
  'https://www.iheart.com/', // a radio network, beside the voice tools
  'https://www.santaclausvillage.info/', // a Santa site, beside the AI Santa video call
  'https://www.apple.com/apple-music/', // a music service, beside the AI music generators
];

const SHARED_PLATFORMS = [
  'https://suni-ai-music.vercel.app/privacy', // a policy on a shared platform
  'https://stem-x-web.pages.dev/privacy.html', // a policy on a shared platform
  'https://voicereadai-website.pages.dev/privacy.html', // VoiceRead AI's policy on a shared platform
  'https://sleepytales-legal.vercel.app/privacy', // a policy on a shared platform
  'https://ai-music-force.netlify.app/privacy', // a policy on a shared platform
  'https://midi-aigenerator.vercel.app/llms.txt', // an AI MIDI generator on a shared platform
  'https://pianotypes.netlify.app/', // an AI MIDI tool on a shared platform
  'https://wiz-myvocal.mintlify.app/api-reference/tts/ttsStream', // MyVocal's TTS docs on a shared docs platform
  'https://musicwave.gitbook.io/docs/cover-song-tutorials/creating-ethically', // docs on a shared docs platform
  'https://yap-2.gitbook.io/yap-docs/technology-and-implementation/ai-and-data', // docs on a shared docs platform
  'https://accentlab-4ec30.web.app/privacy-policy.html', // a policy on a shared platform
  'https://sycamorehillstudios.github.io/zenmind/privacy-policy.html', // a policy on a shared platform
  'https://christophpreis-ux.github.io/localwhisper-privacy/', // a policy on a shared platform
  'https://sites.google.com/view/santa-video-call-custom/home', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://www.textreads.com/privacy', // a read-aloud extension whose policy does not say AI
  'https://swisstranscript.ch/fr/legal.html', // transcription terms that do not say AI
  'https://wemakevoice.com/priceMp3down', // a pricing FAQ that does not say AI
  'https://texttospeechvideomaker.com/refundterms', // refund terms that do not say AI
  'https://humtosearch.tech/privacy', // a melody search that does not say AI
  'https://sl3.codes/terms-and-conditions/?lang=en', // mastering terms that do not say AI
  'https://voxfox.dev/terms-privacy/mobile-app-terms', // app terms that do not say AI
  'https://www.bedtime-stories.fun/privacy', // a story site whose policy does not say AI
  'https://studio.radiodjdude.com/privacy-policy-ai-radio-prep/', // a show-prep policy that says AI only in the name
  'https://jamjawn.io/privacy', // a transcription workspace whose policy does not say AI
  'https://voicenotetotext.com/guides/how-uploaded-audio-is-handled', // a guide that does not say AI
  'https://callsantalive.com/privacy.html', // a Santa call policy that does not say AI
  'https://voicefx.io/privacy', // a voice-effects tool with one opt-in AI feature
  'https://www.pagetovoice.com/privacy', // an iPhone-only app
  'https://santaai.site/privacypolicy', // a mobile-only app
  'https://kernelcraft.com/privacy-policy-accentforge/', // a mobile-only app on a studio's site
  'https://spswe.co.uk/meditations-ai-privacy', // a mobile-only app on a company's site
  'https://everybitt.site/hummingtomusic.html', // a mobile-only app
  'https://ai-story.fun/en/terms', // a mobile-only app
  'https://www.edgewaysoft.com/privacypolicies/talkwithsanta.htm', // a mobile app on a studio's site
  'https://leandroardissone.com/projects/telegram-ai-bot/privacy-policy', // a personal project
  'https://readaloudai.org/privacy', // a read-aloud app, web or mobile unclear: a lead
  'https://storyvox.app/blog/voice-cloning-for-audiobooks-how-it-works-what-it-costs', // seen only on its blog
  'https://www.sonaire.ai/insights/ai-generated-music-the-end-of-royalty-complexity', // seen only on its insights pages
  'https://clearnotemusic.com/retail-background-music-that-drives-sales-what-the-research-says-about-ai-generated-audio', // seen only on its blog
  'https://trackstudios.io/blog/how-to-play-music-legally-business', // seen only on its blog
  'https://moussouni.dev/post/19548', // a developer's post naming LeanVox
  'https://www.sky-scribe.com/jp/blog/ai-voice-api-when-to-use-voice-cloning-responsibly', // seen only on its blog
  'https://www.umevo.ai/blogs/ume-all-posts/how-to-transcribe-telegram-voice-notes-with-external-ai-tools', // seen only on its blog
  'https://muziko.app/blog/hum-to-song-ai-turn-voice-memo-into-full-track', // seen only on its blog
  'https://getpaperedit.com/blog/ai-podcast-editing-how-it-works.html', // seen only on a general blog post
  'https://podrewind.com/blog/removing-ums-ahs-podcasts', // seen only on its blog
  'https://genbacompass.com/blog/minutekeep-en/M33_meeting-transcription-privacy-guide', // MinuteKeep posts on a blog host
  'https://vidweb.co.jp/voicegate/credit/', // a credit-notice page that does not say AI
  'https://www.aiappsapi.com/articles/aivoice/gamecharacters', // a guide
];

const NAMESAKES = [
  'https://www.voiceair.com/', // beside VoiceAir (voiceair.ai)
  'https://www.voiceproxy.com/', // beside VoiceProxy (voiceproxy.co)
  'https://www.velluto.com/', // beside Velluto (velluto.io)
  'https://www.cantari.com/', // beside Cantari (cantari.io)
  'https://www.readtone.net/', // beside ReadTone (readtone.com)
  'https://www.robotarticles.net/', // beside Robot Articles (robotarticles.com)
  'https://www.voxboost.com/', // beside VoxBooster (voxbooster.com)
  'https://www.bookdirector.com/', // beside Book Director Studio (bookdirectorstudio.com)
  'https://www.authorvoices.com/', // beside AuthorVoices (authorvoices.ai)
  'https://www.podhoc.org/', // beside Podhoc (podhoc.com)
  'https://www.meloflow.com/', // beside Meloflow (meloflow.ai)
  'https://www.mellifly.net/', // beside Mellifly (mellifly.com)
  'https://www.masteringbox.net/', // beside MasteringBOX (masteringbox.com)
  'https://www.voicetools.com/', // beside Voice Tools (voicetools.gg)
  'https://www.copykitten.com/', // beside CopyKitten (copykitten.gg)
  'https://www.vozclara.com/', // beside VozClara (voz-clara.com)
  'https://www.sumit.com/', // beside AI Summary Bot (sumitbot.com)
  'https://www.genesis.fr/', // beside GenesisAI (genesisai.fr)
  'https://www.wellness.com/', // beside Wellness AI (wellness-ai.app)
  'https://www.medit8.com/', // beside medit8 (medit8.io)
  'https://www.openmeadow.com/', // beside Open Meadow (openmeadow.ai)
  'https://www.solace.com/', // beside Solace (solace.you)
  'https://www.callsanta.com/', // beside Call Santa (callsanta.space)
];

describe('twenty-second-session audio (audio2) traps', () => {
  it('adds 24 rows, each with one domain and no prefix', () => {
    expect(longTailC22Audio2Tools.length).toBe(24);
    expect(longTailC22Audio2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Audio2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://help.voiceair.ai/clone-voice/how-to-use-our-technology-safely-and-follow-best-practice':
        'voiceair',
      'https://www.voiceproxy.co/acceptable-use': 'voiceproxy',
      'https://cantari.io/docs/plans-and-billing': 'cantari',
      'https://bookdirectorstudio.com/legal/terms': 'book-director-studio',
      'https://www.authorvoices.ai/faq': 'authorvoices',
      'https://podhoc.com/blog/text-to-podcast-guide/': 'podhoc',
      'https://voxbooster.com/blog/voice-cloning-game-dev-iteration': 'voxbooster',
      'https://www.masteringbox.com/support': 'masteringbox',
      'https://voz-clara.com/privacy-policy.html': 'vozclara',
      'https://genesisai.fr/docs/transcription': 'genesisai-fr',
      'https://www.wellness-ai.app/guides/how-wellness-ai-generates-meditations': 'wellness-ai-meditations',
      'https://callsanta.space/en/privacy': 'call-santa-space',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
