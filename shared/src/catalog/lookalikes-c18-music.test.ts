// Traps beside the rows the eighteenth session's music pass added (data/long-tail-c18-music.ts): the ordinary sites
// next to each kind of AI music tool (music stores and distributors, stock music, tabs and sheet music, greeting cards
// and human-made song gifts, podcast hosting), the operator host of Songira's terms, the shared-platform copies and
// the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify;
// every new host must reach its own entry.
//
// At the merge of the twenty-second session: www.podli.co (Podli) was listed from the vendor's own page
// (data/long-tail-c22-mergefix.ts), so its trap was dropped.
//
// At the merge of the twenty-third session: beethovenbeat.com (BeethovenBeat) was listed from this post on its own
// product (data/long-tail-c23-music2.ts); its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18MusicTools } from './data/long-tail-c18-music';

const GENERAL_SITES = [
  'https://bandcamp.com/', // a music store, beside the AI song generators
  'https://distrokid.com/', // a distributor, beside the AI music wrappers
  'https://audiojungle.net/', // stock music made by people, beside the AI background-music generators
  'https://www.ultimate-guitar.com/', // human-made tabs, beside audio-to-MIDI
  'https://musescore.com/', // sheet music, beside audio-to-MIDI
  'https://www.hallmark.com/', // greeting cards, beside the AI birthday songs
  'https://www.cameo.com/', // personal messages recorded by people, beside the AI song gifts
  'https://www.libsyn.com/', // podcast hosting, beside the AI show-notes tools
  'https://nexurasys.com/', // the host of Songira's terms; only songira.com is claimed
  'https://www.box.com/', // cloud storage, beside API Box on api.box
  'https://indieapps.in/', // the app studio whose subdomain lyrical.indieapps.in is claimed alone
];

const SHARED_PLATFORMS = [
  'https://trackstemlab-frontend.pages.dev/privacy/', // a stem splitter's policy on pages.dev
  'https://beatmind.pages.dev/privacy', // a Mac music app's policy on pages.dev
  'https://text-to-song.pages.dev/en/cookies', // a song generator on pages.dev
  'https://songsync-site.pages.dev/en/privacy', // a vocal-practice app on pages.dev
  'https://the-ai-music-gen.pages.dev/resources/ai-music-licensing-2026', // a music generator's guide on pages.dev
  'https://suni-ai-music.vercel.app/privacy', // a song app's policy on vercel.app
  'https://opus-music.vercel.app/blog/how-ai-removes-vocals', // a vocal remover's blog on vercel.app
  'https://pianotypes.netlify.app/', // a MIDI demo on netlify.app
  'https://stemify-privacy-1774213094.netlify.app/', // an Android stem splitter's policy on netlify.app
  'https://beatvid-ai.vercel.app/terms', // a music-video generator on vercel.app
  'https://sites.google.com/view/musicaigenerator/home/privacy-policy', // an app policy on Google Sites
  'https://musicwave.gitbook.io/docs/cover-song-tutorials/creating-ethically', // AI-cover docs on gitbook.io
  'https://beatpass.mintlify.app/help/legal', // a beat store's help on mintlify.app
];

const LEFT_OUT = [
  'https://aisongcreator.pro/ja/terms-of-service', // the same template, bracketed placeholder date
  'https://qwenimage.art/tw/privacy-policy', // the same template on an image-named host
  'https://stemify.space/copyright', // placeholders for the company and address
  'https://www.givethemchills.com/legal/privacy', // a [TODO] policy
  'https://musicprodstudio.com/legal/privacy', // a template draft
  'https://draftcut.app/terms', // transcript editing with no word of AI
  'https://www.suno-pro.ru/privacy?lang=en', // a policy that does not say the service uses AI
  'https://singingcoach.ai/privacy', // a policy that does not say the coach uses AI
  'https://sightsinger.app/privacy', // vocal demos from scores, no word of AI
  'https://song-gift.com/terms', // custom songs made by people with some AI help
  'https://aimusicservice.com/pages/terms-of-use', // a request service with no word of how it is made
  'https://stemsmith.ai/privacy', // a musician marketplace with one AI step
  'https://radiotunez.com/legal/ai-content', // a station that hosts AI music
  'https://drilunia.com/terms', // a store that sells AI music
  'https://mottods.com/privacy-policy.html', // a mobile-only lullaby app
  'https://musicgo.cc/user_agreement.html', // a song app sold through in-app purchases
  'https://www.magpieinc.world/product/sleepai/privacy/', // a mobile meditation-music app on its studio's host
  'https://www.tinykit.app/fr/sleepflow/terms', // a mobile sleep-sound app on its studio's host
  'https://audiomaster.ai/about/privacy', // a mastering policy that does not say the service uses AI
  'https://www.balancedmastering.com/privacy', // mastering by engineers, with AI analysis on the side
  'https://origin.loopmastering.com/privacy', // a mastering policy that does not say AI, on an origin host
  'https://getpaperedit.com/blog/ai-podcast-editing-how-it-works.html', // seen only on its blog
  'https://www.realmusic.ai/blog/ai-assisted-mixing-whats-actually-happening-under-the-hood', // seen only on its blog
  'https://blog.barsvision.ai/en/blog/hello-world', // seen only on its blog
  'https://audioproducer.ai/blog/multi-speaker-ai-podcast', // seen only on its blog
  'https://www.geradordemusica.com.br/blog/etica-e-direitos-autorais-musica-ia', // seen only on its blog
  'https://voxarena.ai/guides/ai-debate-radio', // seen only on its guides
  'https://api.araby.ai/en/docs/audio/text-to-music', // a docs page that does not say AI
];

const NAMESAKES = [
  'https://www.songly.com/', // beside Songly (songly.gift)
  'https://www.musegen.com/', // beside MuseGen (musegen.org)
  'https://www.gsong.com/', // beside GSong.ai
  'https://www.muzai.com/', // beside MuzAI (muzai.pro)
  'https://www.podnotes.com/', // beside PodNotes (podnotesai.com)
  'https://www.recapr.com/', // beside Recapr (recapr.co)
  'https://www.detector24.com/', // beside Detector24 (detector24.ai)
  'https://www.littletunes.com/', // beside LittleTunesAI
  'https://www.beatmusic.com/', // beside BeatMusic AI
  'https://www.songira.net/', // beside Songira
  'https://www.loudcraft.com/', // beside LOUDCRAFT (loudcraft.app)
  'https://www.songforge.com/', // beside SongForgeAI
  'https://www.serenascape.com/', // beside SerenaScape (serenascape.app)
];

describe('eighteenth-session music traps', () => {
  it('adds 49 rows, each with one domain and no prefix', () => {
    expect(longTailC18MusicTools.length).toBe(49);
    expect(longTailC18MusicTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18MusicTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.beatsfoundation.com/api-reference/generate-a-new-song': 'beats-foundation',
      'https://docs.api.box/suno-api/generate-music': 'api-box-music',
      'https://docs.aitronos.com/docs/api-reference/music/introduction': 'aitronos',
      'https://app.songprompter.ai/legal/acceptable-use': 'songprompter-ai',
      'https://sats4ai.com/api/l402/generate-music': 'sats4ai',
      'https://www.muzai.pro/terms': 'muzai-pro',
      'https://www.songira.com/': 'songira',
      'https://lyrical.indieapps.in/privacy': 'songcraft-indieapps',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
