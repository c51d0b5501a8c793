// Traps beside the rows the twentieth session's translate pass added (data/long-tail-c20-translate.ts): the ordinary
// sites next to each kind of AI translation tool (search, e-book and PDF sites, store, design and video platforms, a
// game engine, i18n libraries, translators' associations, travel and messaging sites), the parents of left-out
// subdomains, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
//
// At the merge of the twenty-third session: dubwavelabs.com (DubWave Labs), from its own post on its product, and
// speaksubtitle.com (SubFlow AI), from its own privacy policy, were listed (data/long-tail-c23-translate2.ts); their
// traps were dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20TranslateTools } from './data/long-tail-c20-translate';

const GENERAL_SITES = [
  'https://www.google.com/', // a search engine, beside the AI translators
  'https://www.gutenberg.org/', // a public-domain e-book library, beside the e-book translators
  'https://www.adobe.com/acrobat.html', // a PDF reader, beside the document translators
  'https://www.shopify.com/', // a store platform, beside the AI Shopify store translators
  'https://apps.shopify.com/', // an app store, beside the AI Shopify store translators
  'https://www.figma.com/', // a design tool, beside the localisation platforms
  'https://www.youtube.com/', // a video site, beside the YouTube dubbing extensions
  'https://www.ted.com/', // talks with human subtitles, beside the AI dubbing services
  'https://www.unrealengine.com/', // a game engine, beside the AI game localisation platform
  'https://www.gnu.org/software/gettext/', // a string-catalogue toolkit, beside the AI string localisers
  'https://www.i18next.com/', // an i18n library, beside the AI string localisers
  'https://www.atanet.org/', // translators' association, beside the AI translation platforms
  'https://www.proz.com/', // a human-translator marketplace, beside the AI translation platforms
  'https://www.tripadvisor.com/', // a travel site, beside the AI travel translator
  'https://www.whatsapp.com/', // a messenger, beside the AI speech translators
  'https://voicetube.com/', // the parent of the left-out TransLive subdomain
  'https://www.voicetube.com/', // the parent of the left-out TransLive subdomain
  'https://ai22.site/', // the parent of a left-out personal or app subdomain
  'https://serfaty.site/', // the parent of a left-out personal or app subdomain
  'https://akif.ie/', // the parent of a left-out personal or app subdomain
  'https://teameet.cc/', // the parent of a left-out personal or app subdomain
  'https://riald.info/', // the parent of a left-out personal or app subdomain
  'https://usefulisms.com/', // the parent of a left-out personal or app subdomain
  'https://hellothere.world/', // the parent of a left-out personal or app subdomain
  'https://chama.pro/', // the parent of a left-out personal or app subdomain
  'https://langfusionai.com/', // the parent of a left-out personal or app subdomain
  'https://ai-autosite.com/', // the parent of a left-out personal or app subdomain
];

const SHARED_PLATFORMS = [
  'https://translate-nine-psi.vercel.app/privacy-policy.html', // a policy or page on a shared platform
  'https://aivideotranslator.pages.dev/legal/privacy', // a policy or page on a shared platform
  'https://localaisubtitle.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://mame1839.github.io/privacy-policy/index.html', // a policy or page on a shared platform
  'https://hodgewen.github.io/translator/privacy-policy.html', // a policy or page on a shared platform
  'https://smart-translator-docs.zhangmo8.workers.dev/privacy-policy', // a policy or page on a shared platform
  'https://soricue-public.pages.dev/privacy/', // a policy or page on a shared platform
  'https://getearlink.vercel.app/privacy', // a policy or page on a shared platform
  'https://babbl.pages.dev/privacy', // a policy or page on a shared platform
  'https://voxtube.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://talk2viet.vercel.app/privacy', // a policy or page on a shared platform
  'https://video-translate-ai.up.railway.app/privacy', // a policy or page on a shared platform
  'https://bilingual-books.up.railway.app/privacy', // a policy or page on a shared platform
  'https://ai-translate.web.app/privacy', // a policy or page on a shared platform
  'https://livetranslatevoice.netlify.app/privacy', // a policy or page on a shared platform
  'https://delicate-selkie-161ba6.netlify.app/privacy', // a policy or page on a shared platform
  'https://i18nmate-site.vercel.app/privacy.html', // a policy or page on a shared platform
  'https://livetranslate-app.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://sites.google.com/view/ai-text-translator-v1-0-0', // a policy or page on a shared platform
  'https://easy-credit-3b9.notion.site/Privacy-Policy-for-LiveCaption-AI-Translator-2dee59b5bd0080b5aab4f2913d6c8f17', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://lingopal.ai/terms', // terms that do not say AI; its blog is a lead
  'https://converso.cloud/en/blog/i-vostri-dati-sono-al-sicuro', // seen only on its blog
  'https://loxily.com/en/blog/complete-guide-game-localization-ai', // seen only on its blog
  'https://localhero.ai/blog/translation-quality-evaluation', // seen only on its blog
  'https://www.harmonitranslate.com/blog/ai-translation-healthcare-compliance.html', // seen only on its blog
  'https://easyssub.com/ja/blog/is-captions-ai-safe-to-use/amp', // seen only on its blog
  'https://signer.ai/2021/07/15/our-position-on-the-use-of-signing-avatars/', // seen only on its blog
  'https://www.noll.to/blog/dsgvo-konforme-uebersetzung', // seen only on its blog
  'https://booktranslator.ai/blog/ai-book-translation', // seen only on its blog (also left out by the writing pass)
  'https://localizeflow.com/privacy', // a policy that does not say AI
  'https://framelocalizer.design/privacy', // a policy that does not say AI
  'https://translator.web-helpers.io/policy', // a policy that does not say AI
  'https://lingofy.teameet.cc/privacy', // a policy that does not say AI
  'https://translate3.riald.info/privacy', // a policy that does not say AI
  'https://connect.giizo.ai/privacy-policy', // a policy that does not say AI
  'https://downsub.io/privacy-policy', // a policy that does not say AI
  'https://www.capshun.cc/legal/privacy', // a policy that does not say AI
  'https://v2.dublab.app/privacy', // a policy that does not say AI
  'https://aisubtitletranslator.com/en/terms-of-service', // terms that do not say AI
  'https://translive.voicetube.com/privacy', // a policy that does not say AI
  'https://www.talktolive.co.kr/privacy.html', // Google Cloud Translation, not an AI product in its words
  'https://app.translation.live/privacy', // Google Cloud Translation, not an AI product in its words
  'https://www.tooltiny.com/privacy.html', // Google Translate API, not an AI product in its words
  'https://www.voiceinsight.cloud/privacy', // a subtitle downloader, not AI
  'https://voicetosub.com/privacy', // a local desktop app
  'https://translocal.hellothere.world/legal/privacy-policy', // an offline mobile app
  'https://aitranslator.chama.pro/ja/privacy/', // an offline mobile app
  'https://translatedchat.com/privacy-policy', // a mobile-only app
  'https://coachie-ai.com/privacy-policy-translation-app', // a mobile-only app
  'https://adspark.ee/translator/privacy', // a mobile-only app
  'https://softhangar.com/quick-translator/privacy.html', // a mobile-only app
  'https://translatepdfapp.com/privacy', // a mobile-only app
  'https://app.ai-autosite.com/terms', // a mobile-only app
  'https://at-website.langfusionai.com/terms-service.html', // a mobile-only app
  'https://voxlate.usefulisms.com/privacy', // a WhatsApp bot
  'https://autodub.serfaty.site/privacy', // a personal host
  'https://captionai.akif.ie/privacy.html', // a personal host
  'https://hp.knprogram.com/discord-translator-privacy-policy/', // a developer's homepage
  'https://sublyai.ai22.site/privacy', // a personal host
  'https://signbridge.ghanyelisha.me/privacy', // a personal host
  'https://translator.whattypeof.com/privacy', // a demo project (also left out by the writing pass)
  'https://www.selofy.com/apps/docs/en/max-ai-omni-translator/privacy-policy', // an app studio whose translator is one product among many
  'https://www.extendforge.com/privacy/selection-translate', // an extension studio
  'https://policy.sm-erp.cn/privacy-policy.html', // an off-kind support app
  'https://video-subtitle.com/?action=privacy', // a query-string source
  'https://freedoctranslate.com/privacy/', // a namesake of the listed DocTranslate.AI
];

const NAMESAKES = [
  'https://www.aidoctranslator.io/', // beside AI Doc Translator (aidoctranslator.com)
  'https://www.chunker.com/', // beside BookTranslator AI (chunker.ai)
  'https://www.epubtranslator.com/', // beside EPUB Translator (epubtranslator.app)
  'https://www.transgoing.net/', // beside TranslateVoyage (transgoing.com)
  'https://www.pairaphrase.io/', // beside Pairaphrase (pairaphrase.com)
  'https://www.taia.com/', // beside Taia (taia.io)
  'https://www.voicelate.de/', // beside Voicelate (voicelate.com)
  'https://www.interpreterpro.com/', // beside Interpreter Pro (interpreter-pro.com)
  'https://www.goinglocal.com/', // beside GoLocal! (goinglocal.online)
  'https://www.sitelocale.com/', // beside SiteLocaleAI (sitelocaleai.com)
  'https://www.lazylocale.com/', // beside LazyLocales (lazylocales.com)
  'https://www.lovelocalize.io/', // beside LoveLocalize (lovelocalize.com)
  'https://www.storelingo.com/', // beside StoreLingo (storelingo.app)
  'https://www.langseo.com/', // beside LangSEO (langseoai.com)
  'https://www.retranslate.com/', // beside ReTranslate (retranslate.app)
  'https://www.polylingua.com/', // beside Polylingua (polylingua.ai)
  'https://www.dubmaster.com/', // beside DubMaster (dubmaster.site)
  'https://www.dubcopilot.ai/', // beside Dub Copilot (dubcopilot.com)
  'https://www.fydub.io/', // beside Fydub (fydub.com)
  'https://www.dubly.com/', // beside dubly.me
];

describe('twentieth-session translate traps', () => {
  it('adds 20 rows, each with one domain and no prefix', () => {
    expect(longTailC20TranslateTools.length).toBe(20);
    expect(longTailC20TranslateTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20TranslateTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://beta.polylingua.ai/privacy-policy': 'polylingua-ai',
      'https://extension.fydub.com/privacy.html': 'fydub',
      'https://www.pairaphrase.com/trust/data-handling/': 'pairaphrase',
      'https://taia.io/legal/sub-processors/': 'taia-translations',
      'https://www.voicelate.com/terms-conditions': 'voicelate',
      'https://www.langseoai.com/p/privacy': 'langseo-ai',
      'https://www.dubly.me/en/privacy': 'dubly-me',
      'https://chunker.ai/terms-and-conditions': 'booktranslator-chunker',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
