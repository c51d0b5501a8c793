// Traps beside the rows the twenty-third session's second directory pass added (data/long-tail-c23-dirs2.ts): the
// ordinary sites next to each kind of AI tool it added (video hosts, tattoo studios and galleries, dream dictionaries,
// tarot sites, colouring pages, pet shops, garden and landscaping sites, auction and coin-grading sites, tabletop RPG
// sites, chess servers, Magic: The Gathering card databases and deck sites, wine, fragrance, recipe and home-improvement
// sites), the parent of the one claimed subdomain, the AI-tool directories and roundup sites
// the searches returned, the shared-platform copies and the left-out hosts the pass read, and look-alike shapes of the
// new hosts. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Dirs2Tools } from './data/long-tail-c23-dirs2';

const GENERAL_SITES = [
  'https://vimeo.com/', // a video host, beside the AI video pipeline
  'https://tattoodo.com/', // a tattoo gallery and studio finder, beside the AI tattoo generators
  'https://www.inkbox.com/', // temporary tattoos, beside the AI tattoo try-on
  'https://www.dreammoods.com/', // a dream dictionary, beside the AI dream journal
  'https://www.biddytarot.com/', // a tarot site, beside the AI tarot reader
  'https://www.crayola.com/', // colouring pages, beside the AI colouring-page generators
  'https://www.petsmart.com/', // a pet shop, beside the AI pet portraits
  'https://www.houzz.com/', // a home and garden design site, beside the AI yard designers
  'https://www.gardeners.com/', // a garden supplier, beside the AI yard designers
  'https://www.ebay.com/', // an auction site, beside the AI appraiser
  'https://www.worthpoint.com/', // a price guide for collectibles, beside the AI appraiser
  'https://www.pcgs.com/', // a coin-grading service, beside the AI appraiser
  'https://www.dndbeyond.com/', // a D&D rules and character site, beside the AI RPG tools
  'https://roll20.net/', // a virtual tabletop, beside the AI RPG tools
  'https://www.worldanvil.com/', // a worldbuilding site, beside the AI world-map generator
  'https://www.chess.com/', // a chess server, beside the AI chess coaches
  'https://lichess.org/', // a chess server, beside the AI chess coaches
  'https://www.chessable.com/', // a chess course site, beside the AI chess coaches
  'https://scryfall.com/', // a Magic card database, beside the AI Magic tools
  'https://edhrec.com/', // Commander deck statistics, beside the AI deck builders
  'https://www.moxfield.com/', // a Magic deck site, beside the AI deck builders
  'https://magic.wizards.com/', // Magic's publisher, beside the AI rules judge
  'https://www.vivino.com/', // a wine app, beside the AI wine pairing app
  'https://www.fragrantica.com/', // a fragrance encyclopaedia, beside the AI fragrance app
  'https://www.allrecipes.com/', // a recipe site, beside the AI recipe app
  'https://www.homedepot.com/', // a home-improvement store, beside the AI home-repair coach
  'https://senturk.dev/', // the parent of MyDreamGPT's claimed subdomain
  'https://www.senturk.dev/', // the parent of MyDreamGPT's claimed subdomain
];

const DIRECTORIES_AND_ROUNDUPS = [
  'https://popularaitools.ai/blog/semantic-search-ai-tools-announcement', // an AI-tool directory's blog
  'https://thealtai.com/methodology/', // an AI-tool directory's ranking policy
  'https://aidirectory.com/docs/how-alternatives-work', // an AI-tool directory's docs
  'https://seektool.ai/ru/blog/how-seektool-curates-the-global-ai-directory-and-why-our-removal-policy-exists', // an AI-tool directory's blog
  'https://toolsift.io/en/how-we-review', // an AI-tool review site
  'https://www.aightai.in/signal/the-takes-are-mine', // an AI-tool directory's post
  'https://tooltheory.co/about', // an AI-tool review site
  'https://itrendos.com/review-methodology', // an AI-tool review site
  'https://toolsfinderai.com/article/from-khanmigo-to-copilot-how-teachers-are-using-ai-tutors-graders-and-content-generators-to-personalize-learning-in-2026', // a roundup
  'https://www.unfragile.ai/compare/giftwrap-vs-llamaindex', // a comparison directory
  'https://ai-search.io/tool/yardstyling', // an AI-tool directory's listing
  'https://getaitoolhub.com/articles/ai-comic-manga-art-generators-2026', // a roundup
  'https://www.openyourais.com/blog/ai-video-tools-complete-guide', // a roundup
];

const SHARED_PLATFORMS = [
  'https://myink-7yw.pages.dev/terms', // MyInk.ai's terms on a shared platform
  'https://wackleapps.github.io/tattoogen-ai-legal/terms-of-service', // an app's terms on a shared platform
  'https://sleepytales-legal.vercel.app/privacy', // an app's policy on a shared platform
  'https://aitripwise.netlify.app/ai-travel-plans-get-wrong', // a guide on a shared platform
  'https://sommelai.pages.dev/legal/privacy', // an app's policy on a shared platform
  'https://chesscoach-site.pages.dev/privacy.html', // getchesscoach.com's policy on a shared platform
  'https://biblejesus-web.pages.dev/privacy', // biblejesus.live's policy on a shared platform
  'https://theflash1002.github.io/Light-Bible-Study-Privacy-Policy/', // lightbible.study's policy on a shared platform
  'https://dream-voice-prod.web.app/terms-en.html', // an app's terms on a shared platform
  'https://dungeon-master-website.pages.dev/blog/map-library-ai-backgrounds', // a product blog on a shared platform
  'https://pic2-quote-v1.vercel.app/terms', // HomeHelper.ai's terms on a shared platform
  'https://ip-170-205-30-9.my-advin.com/privacy', // ches-s.com's policy on a bare server host
];

const LEFT_OUT = [
  'https://coloringsheetai.com/terms-of-service', // terms that call themselves an implementation draft
  'https://yourbedtimestory.com/privacy-policy', // a policy with an address placeholder
  'https://artifex-staging.exera.cloud/privacy', // a staging host
  'https://staging.ragnarok-ares.com/zh-Hant/legal/ai-generated-content-policy', // a staging host
  'https://perfumos.app/?p=2173', // a bare `?p=` page
  'https://www.aifortattoo.com/refund', // a refund policy that says AI only in the brand
  'https://gardenworld.app/en/terms', // terms that never say AI
  'https://hairmodelmake.com/policy/credit', // a credit policy that never says AI
  'https://getchessplain.com/terms', // terms that never say AI
  'https://deckgrimoire.com/privacy', // a deck site whose policy never says AI
  'https://docs.manabrew.app/privacy/', // a deck editor with no AI
  'https://www.tarotread.ai/articles/ai-tarot-bridging-divination', // a general article
  'https://usetoolz.ru/oferta?hl=en', // many online tools, AI one kind among them
  'https://coolmenshair.com/refund-policy/', // a hair site, AI previews one feature
  'https://illustryai.com/pages/faq', // a pet-portrait print shop
  'https://citygenerator.app/city-generator', // a deterministic brief with optional AI enrichment
  'https://indiegtm.com/tools/fantasy-rpg-map-prompt', // prompt pages on a marketing site
  'http://botcom.fi/aifg-privacy-policy', // an extension's policy on a developer's general site
  'https://freeheadshot.app/your-photos/', // early access with no product yet
];

const LOOKALIKE_SHAPES = [
  'https://www.leaxor.net/', // beside Leaxor (leaxor.com)
  'https://www.tattooai.com/', // beside Tattoo AI Design (tattooai.design)
  'https://www.tattoodesign.com/', // beside Name Tattoo Design (tattoodesign.online)
  'https://www.tattooify.com/', // beside Tattooify (tattooify.ai)
  'https://www.mojesny.pl/', // beside MyDreams (mojesny.app)
  'https://www.datarot.com/', // beside Datarot (datarotai.com)
  'https://www.colorgen.com/', // beside ColorGenPro (colorgenpro.com)
  'https://www.yardplan.com/', // beside AI Yard Plan Report (yardplanai.com)
  'https://www.appraiser.com/', // beside Appraiser.ai (appraiser.ai)
  'https://www.critforge.com/', // beside CritForge (getcritforge.com)
  'https://www.chessarc.com/', // beside ChessArc (chessarc.app)
  'https://www.chesspulse.com/', // beside ChessPulse AI (chesspulseai.com)
  'https://www.deckbuilder.com/', // beside Deckbuilder (deckbuilder.xyz)
  'https://www.mtgmaster.com/', // beside MTG Master (mtgmaster.app)
  'https://www.mtjudge.com/', // beside MTJudge (mtjudge.app)
];

describe('twenty-third-session second directory (dirs2) traps', () => {
  it('adds 28 rows with no prefix; two claim a second domain', () => {
    expect(longTailC23Dirs2Tools.length).toBe(28);
    expect(longTailC23Dirs2Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(
      longTailC23Dirs2Tools
        .filter((t) => t.domains.length === 2)
        .map((t) => t.id)
        .sort(),
    ).toEqual(['aicoachess', 'mtg-master']);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Dirs2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://leaxor.com/ai-video-generator': 'leaxor',
      'https://tattooai.design/refund-policy': 'tattoo-ai-design',
      'https://www.tattoodesign.online/refund': 'name-tattoo-design',
      'https://mojesny.app/en/terms.html': 'mydreams-mojesny',
      'https://datarotai.com/en/learn/how-ai-tarot-readings-work': 'datarot',
      'https://www.image2coloring.art/terms-of-service': 'image2coloring',
      'https://www.ai-yard-design.com/refund': 'ai-yard-design',
      'https://appraiser.ai/p/8hkArcFJHEvAHPU62i4Y': 'appraiser-ai',
      'https://www.getcritforge.com/es-ES/docs/creating-content/world-map-generator': 'critforge',
      'https://app.aichess.coach/': 'ai-chess-coach',
      'https://www.aicoachess.com/terms-of-service.html': 'aicoachess',
      'https://www.chesspulseai.com/terms.html': 'chesspulse-ai',
      'https://mtgmaster.app/legal/ai-use-limitations': 'mtg-master',
      'https://mtjudge.app/privacy': 'mtjudge',
      'https://thesommelai.com/legal/privacy/': 'sommelai',
      'https://www.olfaire.app/privacy': 'olfaire',
      'https://prodiy.ai/privacy/': 'prodiy',
      'https://mydreamgpt.senturk.dev/terms-of-use.html': 'mydreamgpt',
    });
  });

  it('leaves general sites, directories, shared platforms, left-out hosts and look-alike shapes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...DIRECTORIES_AND_ROUNDUPS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...LOOKALIKE_SHAPES,
    ]);
  });
});
