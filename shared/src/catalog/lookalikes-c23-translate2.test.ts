// Traps beside the rows the twenty-third session's second translation pass added (data/long-tail-c23-translate2.ts):
// the ordinary sites next to each kind of tool it added (video and streaming platforms, chat platforms, event and
// calling services, human interpreting and captioning services, comic publishers, language schools and exam boards, a
// deaf-advocacy site), the parents of the claimed subdomains, the shared-platform copies and left-out hosts the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its own
// entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Translate2Tools } from './data/long-tail-c23-translate2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.netflix.com/', // a streaming platform, beside the subtitle-learning assistant
  'https://www.youtube.com/', // a video platform, beside the dubbing services
  'https://www.twitch.tv/', // a streaming platform, beside the live translators
  'https://slack.com/', // a chat platform, beside the Slack translation bot
  'https://telegram.org/', // a messenger, beside the Telegram Spanish tutor
  'https://www.eventbrite.com/', // an events platform, beside the live event translator
  'https://www.twilio.com/', // a telephony platform, beside the interpreted-calls app
  'https://www.languageline.com/', // a human interpreting service, beside the AI interpreters
  'https://www.innocaption.com/privacy-policy', // a captioned-telephone service met in the searches
  'https://clearcaptions.com/blog/page/2', // a captioned-telephone service met in the searches
  'https://app.dayinterpreting.com/privacy', // on-demand human interpreting met in the searches
  'https://www.viz.com/', // a manga publisher, beside the manga translators
  'https://www.webtoons.com/', // a webtoon platform, beside the comic translators
  'https://www.cantook.com/', // a digital-book distributor named beside ComixSuite
  'https://www.britishcouncil.org/', // an exam provider, beside the IELTS practice tools
  'https://ielts.org/', // the IELTS exam site, beside the IELTS practice tools
  'https://www.jlpt.jp/', // the JLPT exam site, beside the Japanese tutors
  'https://www.duolingo.com/', // a language-learning app, beside the AI tutors
  'https://www.italki.com/', // a human-tutor marketplace, beside the AI tutors
  'https://www.nad.org/', // a deaf-advocacy organisation, beside the ASL toolkit
  'https://www.steampowered.com/', // a game store, beside the game translator
  'https://hayanmind.com/', // the parent of Translation Bot's claimed subdomain
  'https://www.hayanmind.com/', // the parent of Translation Bot's claimed subdomain
  'https://autosynex.com/', // the parent of IELTS SpeakReady's claimed subdomain
  'https://www.autosynex.com/', // the parent of IELTS SpeakReady's claimed subdomain
  'https://vidhyavihar.cloud/', // the parent of IELTS Band AI's claimed subdomain
  'https://totteq.dev/', // the parent of Playto's docs subdomain
];

const SHARED_PLATFORMS = [
  'https://soricue-public.pages.dev/privacy/', // a policy or page on a shared platform
  'https://aivideotranslator.pages.dev/legal/privacy', // a draft policy on a shared platform
  'https://hanmadi-landing.pages.dev/privacy', // a policy or page on a shared platform
  'https://getearlink.vercel.app/privacy', // a policy or page on a shared platform
  'https://japanese-course.vercel.app/legal/privacy', // a policy or page on a shared platform
  'https://oy-dev.vercel.app/privacy/lingo', // a policy or page on a shared platform
  'https://app-store-translation-assistant.vercel.app/blog/app-store-localization-checklist', // a page on a shared platform
  'https://v0-speak-easy-ai-documentation.vercel.app/terms', // a policy or page on a shared platform
  'https://livetranslatevoice.netlify.app/privacy', // a policy or page on a shared platform
  'https://uamyangel.github.io/voice-translator-site/privacy.html', // a policy or page on a shared platform
  'https://pavkos.github.io/Docs/privacy.html', // a policy or page on a shared platform
  'https://muktharamesh20.github.io/converso/privacy-policy.html', // a policy or page on a shared platform
  'https://luuquang200.github.io/screen-translator-landing/privacy.html', // a policy or page on a shared platform
  'https://accentlab-4ec30.web.app/privacy-policy.html', // a policy or page on a shared platform
  'https://subtitleai.notion.site/SubtitleAI-Privacy-Policy-37412fe6e46d8027b7f5ea092b8fc424', // a policy on a shared platform
  'https://sites.google.com/view/lingua-ailearnenglish/home', // a policy or page on a shared platform
  'https://privacy-grammarai-plagiarism.blogspot.com/', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://nosme.pro/privacy-policy', // Google Cloud Translation by default, not AI in its words
  'https://transleti.com/terms', // a LibreTranslate plugin
  'https://owntongue.com/sub-processors', // Azure Speech and Translator only; a draft DPA
  'https://owaa.ai/privacy', // Google Cloud speech and translation
  'https://www.voicesspan.com/privacy.html', // third-party providers, not AI in its words
  'https://translatey-bot.com/privacy', // DeepL and LibreTranslate
  'https://gamecaptionapp.com/en/privacy', // on-device OCR and DeepL
  'https://dualsub.dev/privacy', // a dictionary and translation service
  'https://lingopal.ai/terms', // terms that do not say AI
  'https://streamtranslate.live/privacy', // Google Translate API and Deepgram
  'https://www.aitranslatevideo.org/privacy', // AI only in its host
  'https://capcall.net/privacy', // a working draft
  'https://docs-dev.lokai.cloud/legal/privacy-policy/', // placeholders on a dev host
  'https://baibel-av.baibel-technologies.co.uk/userguides/07-pdf-preparation.html', // a draft user guide
  'https://dev.churchtranslator.ai/terms', // a dev host
  'https://docs.ticketcord.net/ai/translation', // a ticket bot with an AI feature
  'https://nura24.com/docs/user-guide/ai-tools/language-translate', // a helpdesk with an AI feature
  'https://www.oppalang.com/en/help-center/virtual-tutor-policy', // a tutoring platform with an AI feature
  'https://topikpracticetest.com/en/terms', // a practice-test site with paid AI reports
  'https://hearcaptions.com/privacy-policy.html', // an on-device captioning app
  'https://learnbywatching.m4tsuri.io/privacy', // a personal extension host
  'https://softhangar.com/quick-translator/privacy.html', // an app studio's PDF translator
  'https://privacy.truejoytech.com/recorder/Privacy-en.html', // an app studio's privacy host
  'https://tutorprivacy.multilangclass.com/privacypolicy', // a privacy-only host of a mobile app
  'https://kernelcraft.com/privacy-policy-accentforge/', // an app studio
  'https://freedoctranslate.com/privacy/', // a namesake of a listed tool
  'https://signer.ai/2021/07/15/our-position-on-the-use-of-signing-avatars/', // a 2021 position post only
  'https://www.noll.to/blog/dsgvo-konforme-uebersetzung', // seen only on its blog
  'https://loquira.com/articles/real-time-translation-for-churches', // an article not naming its own product
  'https://livesunday.ai/blog/new-era-of-church-translation', // an article not naming its own product
  'https://www.usetalktool.com/glossary', // a glossary page
  'https://booktranslator.ai/blog/ai-book-translation', // probably the product listed on chunker.ai
  'https://know.line-21.com/docs/security/data-handling', // a captioning company's knowledge base: a lead
  'https://ieltsmetrics.piconeuron.com/privacy', // Azure speech only
  'https://mytopik.ai/privacy-policy', // a policy that does not say AI
];

const NAMESAKES = [
  'https://www.subflow.com/', // beside SubFlow AI (speaksubtitle.com)
  'https://www.voicecreator.com/', // beside Voice Creator Pro (voicecreator.pro)
  'https://www.spimov.net/', // beside Spimov (spimov.com)
  'https://www.dubwave.com/', // beside DubWave (dubwavelabs.com)
  'https://www.eventtranslate.com/', // beside Event Translate (eventranslate.com)
  'https://www.interpret.com/', // beside Interpret (liveinterpreter.us)
  'https://www.liveinterpreter.com/', // beside Interpret (liveinterpreter.us)
  'https://www.lingpad.net/', // beside Lingpad (lingpad.com)
  'https://www.playto.com/', // beside Playto (playto.dev)
  'https://www.inkover.com/', // beside Inkover (inkover.ink)
  'https://www.comixsuite.fr/', // beside ComixSuite (comixsuite.com)
  'https://www.bubblebridge.com/', // beside BubbleBridge (bubblebridge.ai)
  'https://www.tutorcall.com/', // beside TutorCall (tutorcall.ai)
  'https://www.speakout.com/', // beside Speak Out (usespeakout.com)
  'https://www.conversa.com/', // beside Conversa (heyconversa.com)
  'https://www.gokugoku.com/', // beside GokuGoku (gokugoku.app)
  'https://www.fujisan.co.jp/', // beside Fujisan.AI (fujisan.ai)
  'https://www.kodama.com/', // beside KodamaTalk (kodamatalk.com)
  'https://www.spanishnacho.net/', // beside Spanish Nacho (spanishnacho.com)
  'https://www.aloworld.com/', // beside aloworld (aloworld.ai)
  'https://www.sublekh.net/', // beside German Language Assistant (sublekh.com)
  'https://www.mackenzie.com/', // beside Mackenzie's ASL ToolKit (mackenziesasltoolkit.com)
];

describe('twenty-third-session translation and language tools (translate2) traps', () => {
  it('adds 24 rows without prefixes, three of them regional', () => {
    expect(longTailC23Translate2Tools.length).toBe(24);
    expect(longTailC23Translate2Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(
      longTailC23Translate2Tools
        .filter((t) => catalogRegion(t.id) !== 'global')
        .map((t) => t.id)
        .sort(),
    ).toEqual(['comixsuite', 'event-translate', 'gokugoku', 'inkover']);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Translate2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://speaksubtitle.com/privacy': 'subflow-ai-speaksubtitle',
      'https://www.spimov.com/blog/en/ses-klonlama-etigi': 'spimov',
      'https://dubwavelabs.com/blog/privacy-in-video-translation/': 'dubwave-labs',
      'https://www.liveinterpreter.us/en/privacy': 'interpret-liveinterpreter',
      'https://translation-bot.hayanmind.com/privacy': 'translation-bot-hayanmind',
      'https://support.lingpad.com/portal/en/kb/articles/privacy-policy': 'lingpad',
      'https://playto.dev/docs/features/translation/': 'playto-game-translator',
      'https://playto.totteq.dev/docs/features/translation.html': 'playto-game-translator',
      'https://www.comixsuite.com/tools/terms-of-use': 'comixsuite',
      'https://tutorcall.ai/tutor/privacy': 'tutorcall-ai',
      'https://usespeakout.com/privacy-policy': 'speak-out-usespeakout',
      'https://heyconversa.com/privacy': 'conversa-heyconversa',
      'https://app.spanishnacho.com/privacy': 'spanish-nacho',
      'https://aloworld.ai/legal/ai-disclosure': 'aloworld',
      'https://www.sublekh.com/privacy': 'german-language-assistant-sublekh',
      'https://nlp.sublekh.com/': 'german-language-assistant-sublekh',
      'https://ielts.autosynex.com/privacy': 'ielts-speakready-autosynex',
      'https://ieltsbandai.vidhyavihar.cloud/privacy': 'ielts-band-ai',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
