// Traps beside the rows the twentieth session's games pass added (data/long-tail-c20-games.ts): the ordinary sites
// next to each kind of AI tool for games, fiction and creative play (game hosting and engines, pixel-art editors,
// virtual tabletops and TTRPG stores, worldbuilding wikis, comic, manga and webtoon readers, fanfiction and novel
// archives, interactive-fiction tools, a sports federation beside the player-card maker), the parents of the two
// claimed subdomains, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close
// to the new entries. None of them may classify; every new host must reach its own entry.
// docs.isekaizero.ai dropped: Isekai Zero is listed in data/long-tail-c27-newtopb.ts (session 27; its guide names the LLM).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20GamesTools } from './data/long-tail-c20-games';

const GENERAL_SITES = [
  'https://itch.io/', // indie game hosting, beside the prompt-to-game builders
  'https://opengameart.org/', // free game art, beside the AI sprite and game-art generators
  'https://www.aseprite.org/', // a pixel-art editor, beside the AI sprite-sheet tools
  'https://unity.com/', // a game engine, beside the AI game-asset tools
  'https://www.unrealengine.com/', // a game engine, beside the AI game-asset tools
  'https://godotengine.org/', // a game engine, beside the AI game-asset tools
  'https://www.dndbeyond.com/', // a D&D toolset, beside the AI dungeon masters and character generators
  'https://roll20.net/', // a virtual tabletop, beside the AI dungeon masters
  'https://foundryvtt.com/', // a virtual tabletop, beside the AI dungeon masters
  'https://www.drivethrurpg.com/', // a TTRPG store, beside the AI adventure generators
  'https://www.worldanvil.com/', // a worldbuilding wiki, beside the AI lore keepers and session recappers
  'https://boardgamegeek.com/', // a board-game database, beside the AI game builders
  'https://www.kickstarter.com/', // crowdfunding, beside the AI game builders
  'https://www.webtoons.com/', // a webtoon reader, beside the AI webtoon generators
  'https://comic.naver.com/', // a webtoon reader, beside NtoToon and GenToon
  'https://tapas.io/', // a comics reader, beside the AI comic generators
  'https://mangadex.org/', // a manga reader, beside the AI manga generators
  'https://www.pixiv.net/', // an illustration community, beside AImage and Social Diffusion
  'https://archiveofourown.org/', // a fanfiction archive, beside the AI fanfiction generator
  'https://www.fanfiction.net/', // a fanfiction archive, beside the AI fanfiction generator
  'https://www.wattpad.com/', // a story platform, beside the AI story games
  'https://www.syosetu.com/', // a Japanese novel site, beside StoryWeave
  'https://kakuyomu.jp/', // a Japanese novel site, beside StoryWeave
  'https://twinery.org/', // an interactive-fiction tool, beside the AI story games
  'https://ifdb.org/', // an interactive-fiction database, beside the AI story games
  'https://www.chooseyourstory.com/', // a choose-your-own-adventure site, beside the AI story games
  'https://www.fifa.com/', // a football federation, beside the AI player-card maker
  'https://nulo.pro/', // the parent of the claimed fanfiction.nulo.pro
  'https://storyweave.jp/', // the parent of the claimed motion.storyweave.jp
  'https://www.storyweave.jp/', // the parent of the claimed motion.storyweave.jp
];

const SHARED_PLATFORMS = [
  'https://graphic-novel-maker.web.app/', // a copy on a shared platform
  'https://doc-hosting.flycricket.io/comics-ai-manga-webtoon-privacy-policy/9aaa08eb-bda9-4f92-9969-c2156ba0641b/privacy', // a policy on a shared platform
  'https://sites.google.com/view/mangai/', // a policy on a shared platform
  'https://dreamteller-pi.vercel.app/terms', // a policy on a shared platform
  'https://ghliblify-dashboard.vercel.app/privacy-policy', // a policy on a shared platform
  'https://home-page-6jb.pages.dev/terms', // a template policy on a shared platform
  'https://ai-story-engine.pages.dev/terms.html', // a policy on a shared platform
  'https://soul-download.pages.dev/privacy', // a policy on a shared platform
  'https://story-2.gitbook.io/story/systems/ai-generation', // docs on a shared platform
  'https://herefm.notion.site/GameForge-Privacy-Policy-3662e43492c8803b8ce0dfa29b6954fc', // a policy on a shared platform
  'https://msiebert.github.io/blog/harry-potter-murder-mystery', // a blog on a shared platform
  'https://ai-image-generator-morning-shadow-9132.fly.dev/privacy', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://www.thrallcraft.com/privacy', // a pre-launch draft policy
  'https://eu-east.go.ro/privacy', // a placeholder deployment policy
  'https://staging.ragnarok-ares.com/zh-Hant/legal/ai-generated-content-policy', // a staging host
  'http://sprpg.com/', // a bare homepage
  'https://craftaworld.com/legal/terms-of-use', // terms that do not say AI
  'https://murdermysterygameai.com/theme/the-deadly-dice-club', // a theme page that does not say AI
  'https://ai-story.fun/en/terms', // terms that do not say AI
  'https://www.roll4gravity.com/page/ai-policy', // an AI policy for a platform without AI
  'https://wordrops.com/terms-and-conditions', // a human collaborative-writing platform
  'https://echoesoforphelia.com/policy', // a policy that does not say AI
  'https://ouapstory.com/privacy-policy.html', // a story game whose AI helper is optional
  'https://www.openadventure.dev/privacy-policy', // a story platform whose AI is one feature
  'https://comicls.com/en/privacy', // a comics platform whose AI is one feature
  'https://dramaqueen.info/datenschutz-zusatzvereinbarung/', // screenwriting software with an optional OpenAI add-on
  'https://moltcomics.com/privacy', // a comics platform using AI only for moderation
  'https://www.questportal.com/guides/ai-session-prep/recaps-and-handouts', // a guide that does not say its product uses AI
  'https://yourfutureheroes.com/unity-assets/ai-npc-framework/', // a Unity asset with no hosted service
  'https://markthegeek.com/privacy-policy-for-dnd-character-gen-ai/', // an app policy on a personal blog
  'https://web98.koik.com.br/privacy', // a personal host
  'https://suenkler-ai.de/story-generator/privacy', // a personal host
  'https://gapurik.com/en/projects/rpgamebot', // a portfolio page
  'https://runeforge.studio/legal', // unclear what the product is
  'https://presage42.com/comicgpt-manga-manhwa-maker/privacy-policy', // an app-only maker on its developer's site
  'https://ai-game.online/', // a portal serving AI-made games
  'https://visualnovel.ztsoyoye.com/privacy_policy', // an odd-host art generator sharing a name with Visual Novel
  'https://www.manuscrit.co/privacy', // a ghostwriting service whose AI is one step
  'https://www.ourworlds.app/privacy', // unclear what the product is
];

const NAMESAKES = [
  'https://www.gameart.com/', // beside GameArtify
  'https://www.autosprite.com/', // beside AutoSprite (autosprite.io)
  'https://www.spritegen.com/', // beside AI Sprite Generator (aispritegen.com)
  'https://www.sorceress.com/', // beside Sorceress (sorceress.games)
  'https://www.spritelab.com/', // beside SpriteLab (spritelab.dev)
  'https://www.spritesheets.com/', // beside Spritesheets.AI
  'https://www.charactergen.com/', // beside CharacterGen (charactergen.app)
  'https://www.ezcharacter.net/', // beside EZ Character
  'https://www.rollacharacter.com/', // beside Roll Up a Character
  'https://www.chargen.com/', // beside Char-Gen (char-gen.com)
  'https://www.playercard.com/', // beside Player Card Creator
  'https://www.infiniterealms.com/', // beside Infinite Realms (infiniterealms.io)
  'https://www.dungeondiary.com/', // beside Dungeon Diary (dungeondiary.app)
  'https://www.adventuregenerator.com/', // beside Adventure Generator (adventure-generator.com)
  'https://www.rpgsage.com/', // beside RPG Sage (rpgsage.ai)
  'https://www.sagecraft.com/', // beside Sagecraft (playsagecraft.com)
  'https://www.sagaforge.com/', // beside SagaForge (sagaforge.io)
  'https://www.mythscribe.com/', // beside MythScribe AI
  'https://www.rpgchronicler.com/', // beside The RPG Chronicler
  'https://www.tabletoparc.net/', // beside Tabletop Arc
  'https://www.worldsexploration.net/', // beside Worlds Exploration
  'https://www.narralis.ru/', // beside Narralis
  'https://www.worldforgenexus.com/', // beside WorldForge Nexus (worldforgenexus.online)
  'https://www.myadventures.com/', // beside My Adventures App
  'https://www.gptgame.com/', // beside GPTgame (gptgame.app)
  'https://www.gamelab.com/', // beside AI Game Lab (gamelabai.app)
  'https://www.visualnovel.net/', // beside Visual Novel (visualnovel.com)
  'https://www.aicomicstudio.com/', // beside Graphic Novel Maker (aicomicstudio.app)
  'https://www.mangaart.com/', // beside MangaAI (mangaartai.com)
  'https://www.mangen.com/', // beside Mangen (mangen-studio.com)
  'https://www.mangame.com/', // beside MangaMe (manga-me.me)
  'https://www.ntotoon.kr/', // beside NtoToon
  'https://www.gentoon.com/', // beside GenToon (gentoon.ai)
  'https://www.panelweaver.io/', // beside PanelWeaver
  'https://www.aimage.com/', // beside AImage (aimage.jp)
  'https://www.socialdiff.com/', // beside Social Diffusion (socialdiff.net)
  'https://www.storyweave.com/', // beside StoryWeave
];

describe('twentieth-session games traps', () => {
  it('adds 38 rows, each with one domain and no prefix', () => {
    expect(longTailC20GamesTools.length).toBe(38);
    expect(longTailC20GamesTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20GamesTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://web.myadventuresapp.com/en/terms': 'my-adventures-app',
      'https://fanfiction.nulo.pro/privacy': 'custom-fanfiction-generator',
      'https://motion.storyweave.jp/terms': 'storyweave-jp',
      'https://www.infiniterealms.io/legal/privacy': 'infinite-realms-io',
      'https://dungeondiary.app/ai-policy': 'dungeon-diary',
      'https://www.playsagecraft.com/privacy': 'sagecraft-goibniu',
      'https://sorceress.games/blog/sketch-an-ai-game-art-generator-backgrounds-props': 'sorceress-games',
      'https://www.gentoon.ai/fr/terms': 'gentoon-ai',
      'https://www.ntotoon.com/terms': 'ntotoon',
      'https://aicomicstudio.app/privacy_policy.html': 'graphic-novel-maker',
      'https://visualnovel.com/pt/term/terms-of-service': 'visualnovel-com',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
