// Traps beside the rows the eighteenth session's writing pass added (data/long-tail-c18-writing.ts): the ordinary
// sites next to each kind of AI writing tool (fiction archives, publishing and manuscript software, human translation
// marketplaces, manga readers, mail and sales tools, greeting cards), the parents of the claimed subdomains, the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18WritingTools } from './data/long-tail-c18-writing';

const GENERAL_SITES = [
  'https://www.wattpad.com/', // human-written fiction, beside the AI novel writers
  'https://archiveofourown.org/', // a fan-fiction archive, beside the AI fan-fiction generators
  'https://www.literatureandlatte.com/scrivener/overview', // Scrivener itself, beside BinderCraft
  'https://kdp.amazon.com/', // self-publishing, beside MuseAuthor
  'https://www.proz.com/', // a marketplace of human translators, beside the AI translators
  'https://mangadex.org/', // a manga reader, beside the AI manga translators
  'https://www.webtoons.com/', // comics publishing, beside the comic translators
  'https://www.poetryfoundation.org/', // poetry, beside Kotonoha Lab's haiku and tanka reviews
  'https://www.toastmasters.org/', // speech practice, beside the AI speech writers
  'https://www.hallmark.com/', // greeting cards, beside Wish Generator
  'https://www.apollo.io/', // a sales database, beside the AI email writers
  'https://wordpress.org/plugins/polylang/', // the language plugin Translatio AI builds on
  'https://www.druide.com/', // Druide's corporate site, not the Antidote host claimed
];

const PARENTS = [
  'https://choosefire.com/', // parent of novevia.choosefire.com
  'https://ctw-contents.com/', // parent of aitools.ctw-contents.com
  'https://forage.bot/', // parent of speechcraft.forage.bot
  'https://wpcodecraft.online/', // parent of aitransulation.wpcodecraft.online
  'https://funcoding.nz/', // parent of revision.funcoding.nz
];

const SHARED_PLATFORMS = [
  'https://localize-today.pages.dev/privacy', // a website translator's policy on pages.dev
  'https://ai-email-writer-dzv.pages.dev/privacy/', // an AI email writer on pages.dev
  'https://idyllic-malasada-8f9c67.netlify.app/privacy-policy.html', // a cover-letter extension on netlify.app
  'https://home-page-6jb.pages.dev/terms', // an interactive-fiction terms template on pages.dev
  'https://dreamteller-pi.vercel.app/terms', // a children's storybook generator on vercel.app
  'https://getaillm.vercel.app/terms', // an AI-visibility writer on vercel.app
  'https://sleepytales-legal.vercel.app/privacy', // a bedtime-story app's policy on vercel.app
  'https://rewriting-text-plugin.vercel.app/privacy-policy', // a rewriting extension on vercel.app
  'https://writeraiit.pages.dev/privacy.html', // a grammar-fixing extension on pages.dev
  'https://agentkits.pages.dev/kit/listing-description-writer', // a listing-writer spec on pages.dev
  'https://foxyprivacypolicy.carrd.co/', // an AI keyboard's policy on carrd.co
  'https://mame1839.github.io/privacy-policy/index.html', // an LLM website translator on github.io
  'https://liuss66.github.io/LLM-Translator/', // an LLM translator extension on github.io
];

const LEFT_OUT = [
  'https://tryaiwriter.com/blog/ai-writing-terms-of-service', // a blog post, not the product's terms
  'https://keshoraai.xyz/', // a homepage-only policy
  'https://rephrasio.com/privacy-policy', // an unfilled template that never mentions AI
  'https://taxpersoft.com/en/policy/terms.html', // an AI blog program that may be one of several
  'https://grammarapp.online/privacy.html', // a correction app whose policy never mentions AI
  'https://transleti.com/terms', // a LibreTranslate plugin, no AI claim
  'https://touchizen.com/transnote/terms.html', // a Google Cloud Translation app, no AI claim
  'https://aimangatranslator.io/privacy-policy/', // a namesake of the listed aimangatranslator.com
  'https://keyboardcopilotapp.com/privacy-policy', // a phone-only AI keyboard
  'https://caitty.com/aireply-app/privacy', // a phone-only reply keyboard on a studio host
  'https://manuscrit.co/privacy', // a ghostwriting service with a narrow AI check
  'https://forgedbyatlas.com/privacy-coverletter.html', // one extension on a studio host
  'https://storytimespinner.com/privacy-policy.html', // read over http only
  'https://kitextumschreiben.de/blog/ki-und-die-zukunft-des-schreibens', // a blog post
  'https://www.phrasera.com/blog/paraphrasing-vs-plagiarism/', // a blog post
  'https://www.writewith.ai/blog/2021-01-22-why-writewith-ai/', // a blog post
  'https://effortagent.com/static/sharing-policy', // a sharing policy copied from OpenAI's, product unsaid
];

const NAMESAKES = [
  'https://www.storywith.com/', // beside StoryWith AI
  'https://www.ghostwriter.com/', // beside GhostWriter (ghost-writer.cc)
  'https://www.novelizer.com/', // beside Novelizer
  'https://www.antidote.com/', // beside Antidote
  'https://www.speechcraft.com/', // beside speechcraft
  'https://www.zenslate.com/', // beside Zenslate
  'https://www.proplab.com/', // beside PropLab
  'https://www.goodtrans.com/', // beside GoodTrans
  'https://www.snapintel.com/', // beside SnapIntel
  'https://www.mangatrans.com/', // beside MangaTrans
  'https://www.generaltranslation.org/', // beside General Translation
  'https://www.wishgenerator.net/', // beside Wish Generator
  'https://www.coldmail.com/', // a namesake of the cold-email writers the marketing pass listed
  'https://www.doclator.net/', // beside Doclator
];

describe('eighteenth-session writing traps', () => {
  it('adds 44 rows, each with one domain and no prefix', () => {
    expect(longTailC18WritingTools.length).toBe(44);
    expect(longTailC18WritingTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18WritingTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://novevia.choosefire.com/en/terms': 'novevia',
      'https://aitools.ctw-contents.com/member/aitools-contents-policy': 'aitools-ctw',
      'https://speechcraft.forage.bot/privacy': 'speechcraft-forage',
      'https://www.aitransulation.wpcodecraft.online/how-it-works.html': 'translatio-ai-wpcodecraft',
      'https://revision.funcoding.nz/assets/privacy.html': 'outlook-revision',
      'https://app.proplab.club/termos': 'proplab',
      'https://docs.generaltranslation.com/faqs': 'general-translation',
      'https://www.antidote.info/en/documentation/user-guide/the-corrector/reformulation-mode/data-privacy-and-limits':
        'antidote-druide',
      'https://novelify.online/ai-usage-policy': 'novelify-online',
      'https://www.mangatrans.org/privacy-policy': 'mangatrans-org',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
