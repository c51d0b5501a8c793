// Traps beside the rows the twenty-third session's second music pass added (data/long-tail-c23-music2.ts): the ordinary
// sites next to each kind of AI music tool it added (music platforms and stores, distributors, DAW and plugin makers, a
// MIDI and notation tool, sample stores, sound-effect libraries, a game engine, a DJ software maker, video and lyrics
// sites), the parents of the claimed subdomain and path, the shared-platform copies and the left-out hosts the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its
// own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC23Music2Tools } from './data/long-tail-c23-music2';

const GENERAL_SITES = [
  'https://open.spotify.com/', // a music player, beside the AI music generators and the AI DJ
  'https://soundcloud.com/', // a music platform, beside the AI music generators
  'https://bandcamp.com/', // a music store, beside the AI music generators
  'https://distrokid.com/', // a music distributor, beside the AI music generators
  'https://www.tunecore.com/', // a music distributor, beside the AI music generators
  'https://www.ableton.com/', // a DAW maker, beside the AI mixing plugin and the MIDI tools
  'https://www.image-line.com/', // a DAW maker, beside the AI beat and MIDI generators
  'https://www.native-instruments.com/', // a plugin maker, beside the AI mixing plugin
  'https://www.waves.com/', // a plugin maker, beside the AI mixing and mastering tools
  'https://musescore.com/', // a notation platform, beside the AI audio-to-MIDI converter
  'https://www.midi.org/', // the MIDI association, beside the AI audio-to-MIDI converter
  'https://splice.com/', // a sample store, beside the AI music generators
  'https://freesound.org/', // a sound-effect library, beside the AI sound-effect generator
  'https://www.soundsnap.com/', // a sound-effect library, beside the AI sound-effect generator
  'https://unity.com/', // a game engine, beside the AI sound-effect generator for games
  'https://www.serato.com/', // DJ software, beside the AI DJ
  'https://www.pioneerdj.com/', // DJ hardware and software, beside the AI DJ
  'https://genius.com/', // a lyrics site, beside the AI lyric writer
  'https://www.azlyrics.com/', // a lyrics site, beside the AI lyric writer
  'https://www.youtube.com/', // a video platform, beside the AI music-video makers
  'https://vimeo.com/', // a video platform, beside the AI music-video makers
  'https://www.smule.com/', // a karaoke app, beside the AI stem splitters
];

const PARENTS = [
  'https://inonda.tv/', // the parent of MixEngine AI's claimed subdomain
  'https://www.inonda.tv/', // the parent of MixEngine AI's claimed subdomain
  'https://echovq.com/', // the site beside Echo VQ's claimed SongSplit path
  'https://www.echovq.com/', // the site beside Echo VQ's claimed SongSplit path
  'https://demo.echovq.com/', // the host of Echo VQ's claimed SongSplit path, outside that path
  'https://demo.echovq.com/splitter', // a sibling path of Echo VQ's claimed SongSplit path
  'https://mvg.ashworthhub.com/legal/privacy', // the same desktop app's policy on another company's host, not claimed
];

const SHARED_PLATFORMS = [
  'https://vocaldivision-com.agentsite.network/content/privacy/index.html', // a copy on a shared host
  'https://stem-x-web.pages.dev/privacy.html', // a policy on a shared platform
  'https://text-to-song.pages.dev/en/refund', // a policy on a shared platform
  'https://the-ai-music-gen.pages.dev/resources/ai-music-licensing-2026', // a page on a shared platform
  'https://beatmind.pages.dev/privacy', // a policy on a shared platform
  'https://songwriting-assistant.pages.dev/privacy.html', // a policy on a shared platform
  'https://zillinity-flagship.pages.dev/privacy-policy', // a policy on a shared platform
  'https://dj-manymind-chat.pages.dev/en/privacy', // a policy on a shared platform
  'https://ai-music-force.netlify.app/privacy', // a policy on a shared platform
  'https://pianotypes.netlify.app/', // a project on a shared platform
  'https://suni-ai-music.vercel.app/privacy', // a policy on a shared platform
  'https://beatvid-ai.vercel.app/terms', // a policy on a shared platform
  'https://neural-audio-theory.vercel.app/docs/producer-handbook/stem-separation', // a page on a shared platform
  'https://articlegen-shyy.onrender.com/articles/ai-music-licensing-how-to-safely-use-ai-tracks', // a shared host
  'https://jaysaisongcover.oopy.io/163b4536-766b-810a-90a6-ec0262df1f28', // a page on a shared platform
];

const LEFT_OUT = [
  'https://cleverapps.us/vocalremover/privacypolicy', // an iOS-only app
  'https://everybitt.site/hummingtomusic.html', // a mobile-only app
  'https://adev-tech.com/apps/melodai/privacy', // a mobile-only app on its developer's site
  'https://musicgo.cc/user_agreement.html', // a mobile-only app
  'https://stemify.space/copyright', // a page with "[LEGAL_ENTITY_NAME]" placeholders
  'https://www.givethemchills.com/legal/privacy', // a policy with "[TODO]" placeholders
  'https://musicprodstudio.com/legal/privacy', // a "Template draft" policy
  'https://aisongcreator.pro/ja/terms-of-service', // terms with a bracketed placeholder date
  'https://8drecords.com/mastering-terms-conditions/', // terms with an "[insert timeframe]" placeholder
  'https://www.lyricsstudio.xyz/privacy', // a policy that does not say AI
  'https://ogvoice.app/legal/refund-policy', // a refund policy that does not say AI
  'https://musictosheet.com/privacy.html', // a policy that does not say the product uses AI
  'https://visualbeat.io/de/commons/terms', // terms that do not say AI
  'https://vizasound.com/privacy', // a jingle policy that does not say AI
  'https://viviscore.ai/app/doc/build/html/appdoc.html', // app docs that say AI only in the domain
  'https://tracksensei.com/privacy-policy.html', // a policy that does not say AI
  'https://www.purrfecthope.co.za/custom-song-terms-and-conditions/', // custom songs, no AI named
  'https://jinglechain.com/terms/', // a jingle service whose terms do not say AI
  'https://masteredbymarshal.com/terms', // a human mastering service
  'https://www.balancedmastering.com/privacy', // engineers with AI analysis, as the c18 pass decided
  'https://lovenotesong.com/policies/terms-of-service', // a platform, as earlier passes decided
  'https://aimusicservice.com/pages/terms-of-use', // a service, as the c18 pass decided
  'https://radiotunez.com/legal/ai-content', // a platform hosting AI music, as the c18 pass decided
  'https://izotope.com/en/learn/products/neutron/behind-the-technology-of-mix-assistant.html', // AI one feature
  'https://sonichaos.io/blog/video-to-music-how-the-match-runs', // a sample store with one AI feature
  'https://music-white-paper.aegeanai.com/', // a research white paper
  'https://studio.radiodjdude.com/privacy-policy-ai-radio-prep/', // outside this topic, as the c22 pass decided
  'https://lyricstudio.net/', // a lead: its own pages were not returned
  'https://signalsandsorcery.ai/', // a lead seen only in a Medium post
  'https://www.realmusic.ai/blog/ai-assisted-mixing-whats-actually-happening-under-the-hood', // a generic blog post
  'https://blog.barsvision.ai/en/blog/hello-world', // a generic blog post
  'https://www.sonaire.ai/insights/ai-generated-music-the-end-of-royalty-complexity', // an insights article
  'https://textideo.com/blog/visualizing-music-the-rise-of-ai-music-video-generators', // a blog guide
  'https://limeailab.com/blog/lyria-3-commercial-use', // a blog guide
  'https://beatstorapon.com/blog/advanced-ai-stem-separation-workflows-algorithms-legal-frameworks/', // a guide
  'https://beatlyne.com/?p=225', // a bare `?p=` page
  'https://www.unfragile.ai/compare/lyrical-labs-vs-whisper', // a comparison directory
];

const NAMESAKES = [
  'https://musicfx.com/', // beside Music FX (musicfx.net)
  'https://www.musicsave.com/', // beside Music Save Me (musicsave.me)
  'https://musicfy.com/', // beside Musicfy (musicfy.top)
  'https://www.musicmake.com/', // beside MusicMake.ai (musicmake.ai)
  'https://www.acesteps.org/', // beside AceSteps (acesteps.com)
  'https://www.beatshaper.com/', // beside Beat Shaper (beatshaper.ai)
  'https://www.musicmint.com/', // beside MusicMint (musicmint.ai)
  'https://www.musicmcp.com/', // beside MusicMCP.AI (musicmcp.ai)
  'https://www.ttapi.com/', // beside TTAPI (ttapi.io)
  'https://www.gameaudiolab.com/', // beside GameAudioLab (gameaudiolab.dev)
  'https://www.songsplit.com/', // beside SongSplit (songsplit.xyz)
  'https://www.musictomidi.net/', // beside MusicToMIDI (musictomidi.com)
  'https://www.mixengine.com/', // beside MixEngine AI (mixengine.inonda.tv)
  'https://www.mixanalytic.net/', // beside Mix Analyzer (mixanalytic.com)
  'https://www.lyriclab.com/', // beside LyricLab (lyriclab.site)
  'https://www.replicavox.ai/', // beside ReplicaVox (replicavox.com)
  'https://www.beethovenbeat.net/', // beside BeethovenBeat (beethovenbeat.com)
  'https://www.bizmuse.com/', // beside BizMuse AI (bizmuse.ai)
  'https://www.musevideo.com/', // beside musevideo (musevideo.ai)
  'https://www.mvg.com/', // beside AI Music Video Generator (ai-mvg.com)
  'https://www.eden.com/', // beside Eden (eden.art)
  'https://www.edenart.com/', // beside Eden (eden.art)
];

describe('twenty-third-session second music (music2) traps', () => {
  it('adds 23 rows, each with one matcher', () => {
    expect(longTailC23Music2Tools.length).toBe(23);
    expect(
      longTailC23Music2Tools.every(
        (t) => t.domains.length + t.urlPrefixes.length === 1 && t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Music2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC23Music2Tools));
    expectEachClassifiedAs({
      'https://api.gameaudiolab.dev/': 'gameaudiolab',
      'https://demo.echovq.com/split/': 'songsplit-echovq',
      'https://www.musicmcp.ai/api/music/generate/custom': 'musicmcp-ai',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
