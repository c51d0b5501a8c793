// Traps beside the rows the eighteenth session's companions pass added (data/long-tail-c18-companions.ts): the
// ordinary sites next to each kind of consumer AI tool (travel booking, recipe sites, fitness trackers, language
// courses, astrology and tarot sites, card shops, tabletop-game sites), the parents of the two claimed subdomains, the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None
// of them may classify; every new host must reach its own entry.
//
// At the merge of the twenty-second session: joinaura.chat (Aura) was listed from the vendor's own page
// (data/long-tail-c22-mergefix.ts), so its trap was dropped.
//
// At the merge of the twenty-third session: usespeakout.com (Speak Out) was listed from its own privacy policy, which
// describes an AI tutor (data/long-tail-c23-translate2.ts), on the rule that an AI product's own site counts even
// when the product runs in an app; its trap was dropped.
//
// astrologyapp.ai dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18CompanionsTools } from './data/long-tail-c18-companions';

const GENERAL_SITES = [
  'https://www.expedia.com/legal/ai-terms', // a travel agency's terms for its AI features, beside the AI trip planners
  'https://www.tripadvisor.com/', // travel reviews, beside the AI trip planners
  'https://www.rome2rio.com/', // a route finder, beside the AI itinerary tools
  'https://www.allrecipes.com/', // a recipe site, beside the AI recipe generators
  'https://www.myfitnesspal.com/', // a food and fitness tracker, beside the AI coaches
  'https://www.strava.com/', // an activity tracker the AI training planners read from
  'https://www.duolingo.com/', // a language course, beside the AI conversation tutors
  'https://www.astro.com/', // astrology charts, beside the AI astrologers
  'https://www.tarot.com/', // tarot readings, beside the AI tarot readers
  'https://www.hallmark.com/', // greeting cards, beside the AI card and wish writers
  'https://www.uncommongoods.com/', // a gift shop, beside the AI gift finders
  'https://www.dndbeyond.com/', // tabletop-game tools, beside the AI game masters
  'https://www.jackbox.tv/', // party games, beside the AI trivia game
  'https://ogbuilds.ai/', // parent of the claimed accentai.ogbuilds.ai
  'https://naios.net/', // parent of the claimed nextgentutor.naios.net
];

const SHARED_PLATFORMS = [
  'https://ai-recipe-generator-raj.vercel.app/privacy', // a recipe generator on vercel.app
  'https://narrarte-legal-ai310zuzs-eljegas-projects.vercel.app/terms-of-service.html', // a story app's terms on vercel.app
  'https://postify-official.github.io/speakmate_privacy_policy', // an English-tutor app's policy on github.io
  'https://mokshgiri.github.io/nutrilens-ai/privacy-policy.html', // a nutrition app's policy on github.io
  'https://nutriplan-ai-9f88e.web.app/privacy-policy.html', // a calorie app on web.app
  'https://the-last-word-ai-detective.web.app/en/how-ai-interrogation-works/', // a detective game on web.app
  'https://palmnsoul.pages.dev/terms', // a palm-reading app on pages.dev
  'https://elderdial.pages.dev/terms', // a copy of ElderDial's terms on pages.dev
  'https://familymealplanner.pages.dev/', // a meal planner on pages.dev
  'https://nutrilens-api.nutrilens.workers.dev/privacy', // a meal-photo app on workers.dev
  'https://mytravai.lovable.app/privacy', // a trip planner on lovable.app
  'https://creativeadventureslab.notion.site/Privacy-Policy-What-To-Eat-3549f4ad1ce98050963dc0507c91a98c', // on notion.site
  'https://pictoria-share.wraptas.site/25e808ee27358024a6dddb6bf74df1f5', // a desktop character app's terms on wraptas.site
];

const LEFT_OUT = [
  'https://aiterego.ai/tos.html', // an adult-leaning Telegram companion
  'https://doranchat.com/terms.html', // draft terms with placeholder operator
  'https://www.lunentia.ai/legal/acceptable-use-policy', // draft terms with placeholder operator
  'https://www.astrohint.ai/tos', // terms with placeholder dates
  'https://virtualfriend.chat/privacy', // placeholder date, never says AI
  'https://www.tarotjournal.app/privacy', // a tarot journal with an optional AI feature
  'https://www.meutarotapp.com/en/terms-of-use', // a tarot app with AI as one feature among many
  'https://ouapstory.com/privacy-policy.html', // a story game with an optional AI helper
  'https://autotour.app/privacy', // an iOS-only app
  'https://www.citywalkabout.org/privacy.html', // a mobile-only app
  'https://uat.bodybyaicoach.com/privacy', // a staging host
  'https://staging.gifter.now/privacy', // a staging host
  'https://dev.justoneplan.com/terms', // a development host
  'https://polyglot.gustavocabrera.net/terms', // an individual's invite-only beta on a personal host
  'https://www.mealflow.ai/terms', // terms that never say the product uses AI
  'https://travelgeniebot.com/privacy', // a policy that never says the bot uses AI
];

const NAMESAKES = [
  'https://www.fortunia.com/', // beside Fortunia
  'https://www.tripbuilder.com/', // beside Route Planner AI's tripbuilder.ai
  'https://www.routeplanner.com/', // beside routeplanner.ai
  'https://www.storyverse.com/', // beside StoryVerse
  'https://www.cookbooks.com/', // beside CookBooks
  'https://www.birthdaycards.com/', // beside birthdaycards.ai
  'https://www.ourstory.com/', // beside Our Story
  'https://www.astroguide.com/', // beside AstroGuide
  'https://www.fitly.com/', // beside Fitly AI
  'https://www.seniorbridge.com/', // beside senior-bridge
];

describe('eighteenth-session companions traps', () => {
  it('adds 48 rows, each with domains and no prefix', () => {
    expect(longTailC18CompanionsTools.length).toBe(48);
    expect(longTailC18CompanionsTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18CompanionsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.routeplanner.ai/rp/tosa-it.html': 'route-planner-ai-tripsora',
      'https://www.tripsora.com/': 'route-planner-ai-tripsora',
      'https://accentai.ogbuilds.ai/privacy': 'accent-ai-ogbuilds',
      'https://nextgentutor.naios.net/page/ai-transparency': 'next-gen-tutor',
      'https://www.itarot.fun/sitemap.xml/privacidade': 'itarot-fun',
      'https://hellotarotwhisper.com/termos-de-uso': 'tarot-whisper',
      'https://www.celestkin.app/ai-disclosure': 'celestkin',
      'https://youniverse-maker.com/legal/ai-content/': 'youniverse-maker',
      'https://www.storyverse.club/ne/ai-safety-moderation-policy': 'storyverse-club',
      'https://time-for-adventure.win/terms-of-service.html': 'time-for-adventure',
      'https://www.newlittle.es/legal/ai-transparency': 'newlittle',
      'https://www.elderdial.com/terms': 'elderdial',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
