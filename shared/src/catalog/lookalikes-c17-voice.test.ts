// Traps beside the rows the seventeenth session's voice pass added (data/long-tail-c17-voice.ts): the ordinary sites
// next to each kind of AI audio tool (music and audiobook stores, subtitle archives, phone systems, food ordering),
// the parent of the one claimed subdomain, the shared-platform copies and the left-out hosts the pass read, and sites
// whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17VoiceTools } from './data/long-tail-c17-voice';

const GENERAL_SITES = [
  'https://www.audible.com/', // audiobooks read by people, beside the TTS studios
  'https://www.soundcloud.com/', // music hosting, beside the AI song generators
  'https://www.karaoke-version.com/', // sold backing tracks, beside the AI vocal removers
  'https://www.audacityteam.org/', // an audio editor, beside the AI noise cleaner
  'https://www.opensubtitles.org/', // a subtitle archive, beside the AI subtitle services
  'https://www.voices.com/', // a marketplace of human voice actors, beside the cloning tools
  'https://www.ringcentral.com/', // business phone lines, beside the AI receptionists
  'https://www.opentable.com/', // table booking, beside the AI phone-ordering agents
  'https://www.doordash.com/', // food delivery, beside the AI phone-ordering agents
  'https://www.tbs.co.jp/', // the broadcaster whose subsidiary runs Otoroku AI
  'https://technovaserv.com/', // parent of the claimed callflow.technovaserv.com
  'https://www.fasthosts.co.uk/', // a web host with an AI receptionist add-on, left out
  'https://imusician.pro/en/terms-conditions-ims', // a distributor's instant-mastering add-on, left out
];

const SHARED_PLATFORMS = [
  'https://voices-clone.web.app/privacy-policy', // a voice-cloning app on web.app
  'https://ai-voiceover-three.vercel.app/terms', // a TTS study tool on vercel.app
  'https://speaksynth.vercel.app/terms.html', // a TTS API on vercel.app
  'https://soundclean.pages.dev/tos', // an audio cleaner on pages.dev
  'https://voxbooster.pages.dev/privacy', // a voice changer's policy copied to pages.dev
  'https://vois-web.pages.dev/blog/manuscript-to-audiobook-ai-production-workflow', // a TTS blog on pages.dev
  'https://agentvoice.mintlify.dev/docs/api-reference/agents', // a calling API's docs on mintlify.dev
  'https://vocaldivision-com.agentsite.network/content/privacy/index.html', // a stem splitter's policy on a shared host
  'https://dialphone-dot-com.pages.dev/legal/privacy', // a phone platform on pages.dev
  'https://livetranslatevoice.netlify.app/privacy', // a translation app on netlify.app
  'https://speakify.eu.org/terms', // a TTS service on a free eu.org name
  'https://audiotext-app.eastus2.cloudapp.azure.com/privacy.html', // a transcription app on an Azure cloud host
  'https://spiralai.notion.site/Kotodama-28e7fe6ac35380b7ad84ded491533c37', // a TTS service's terms on notion.site
];

const LEFT_OUT = [
  'https://heart-mula.com/terms', // a third-party site named after an open music model
  'https://aivoicelab.com/user-service-agreement', // an iOS-only TTS app
  'https://vocas.ai/privacy', // an iOS-only AI music app
  'https://giftsong.net/trust.html', // an iOS-only song app
  'https://cleverapps.us/vocalremover/privacypolicy', // an iOS-only vocal remover
  'https://www.swingaroo.ca/blank', // a missed-call texter that says it uses no AI
  'https://voiceops.net/terms', // a pre-launch draft with a placeholder company
  'https://voice.smolevich.com/privacy', // a sole trader's bot on a personal host
  'https://tts.sms247.net/privacy.html', // a voice-clone page on an SMS site's subdomain
  'https://haulis.com/answerio-privacy-en.html', // a mobile phone-assistant app on a studio's host
];

const NAMESAKES = [
  'https://www.multivoice.com/', // beside MultiVoice.ai
  'https://www.voxio.com/', // beside Voxio Studio
  'https://www.easysub.com/', // beside EasySub
  'https://www.dialit.com/', // beside DialIt
  'https://www.orderflow.com/', // beside OrderFlow AI
  'https://www.anyspeech.com/', // beside AnySpeech
  'https://www.soulvoice.com/', // beside SoulVoice
];

describe('seventeenth-session voice traps', () => {
  it('adds 54 rows, each with one domain and no prefix (Dubbix has its own host too since the twenty-fifth session)', () => {
    expect(longTailC17VoiceTools.length).toBe(54);
    const others = longTailC17VoiceTools.filter((t) => t.id !== 'dubbix');
    expect(others.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
    expect(longTailC17VoiceTools.find((t) => t.id === 'dubbix')?.domains).toEqual([
      'qorden.ai',
      'dubbix.com',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17VoiceTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://api.finevoice.ai/api-reference/endpoint/sfx-generation': 'finevoice',
      'https://docs.autogon.ai/autogon-qore/natural-language-ai/speech-to-text': 'autogon-ai',
      'https://docs.audiopod.ai/api-reference/ai-dubbing': 'audiopod-ai',
      'https://docs.geoff.ai/api-reference/speech/voice-dub': 'geoff-ai',
      'https://docs.vozagent.ai/developers/api/calls/create': 'vozagent',
      'https://api.vozagent.ai/v1/calls/outbound': 'vozagent',
      'https://docs.threetone.in/api-reference/outbound-calls/initiate-an-outbound-call': 'threetone',
      'https://api.noise-remover.com/v1': 'noise-remover-com',
      'https://server-630057.voiceoftrades.ai/terms-of-service': 'voice-of-trades',
      'https://qorden.ai/dubbix-terms-conditions/': 'dubbix',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
