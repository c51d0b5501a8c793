// Traps beside the rows the twenty-fifth session's bring-your-own-key pass added (data/long-tail-c25-byok.ts): the
// ordinary sites next to each kind of AI tool it added (a reference manager, notes apps, e-book and manga sites, a
// thesis-writing community, an open-source office suite, WordPress, a video-meeting service, a tabletop roleplay site,
// messaging and team chat, password managers and a secrets vault), the shared-platform copies, mirrors, proxies and
// developers' hosts the pass read, and sites whose names sit close to the new entries. The parents of the claimed
// subdomains (haoba.cloud, oner.dev, saaby.cloud, wblue.id) were not read and are neither claimed nor trapped. None of them may classify; every
// new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25ByokTools } from './data/long-tail-c25-byok';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.zotero.org/', // the reference manager BibGenie plugs into
  'https://obsidian.md/', // a Markdown notes app, beside Glyph and NoteLace
  'https://standardnotes.com/', // an encrypted notes app, beside the notes tools
  'https://calibre-ebook.com/', // an e-book manager, beside Minerva Reader
  'https://www.goodreads.com/', // book reviews, beside Minerva Reader
  'https://mangadex.org/', // a manga reading site, beside the manga translator
  'https://www.opensubtitles.org/', // subtitles, met beside the subtitle translators in the searches
  'https://www.latex-project.org/', // the typesetting system theses are written in, beside Wyft
  'https://www.libreoffice.org/', // an office suite with a spreadsheet, beside FormulaPad
  'https://wordpress.org/', // the publishing platform, beside the SEO article writers
  'https://meet.jit.si/', // video meetings, beside Sonabrief
  'https://www.dndbeyond.com/', // tabletop roleplaying tools, beside RoleCall
  'https://signal.org/', // messaging, beside Inthread
  'https://element.io/', // team chat, beside the team AI workspaces
  'https://bitwarden.com/', // a password manager, beside the key-holding tools
  'https://keepass.info/', // a password manager, beside the key-holding tools
  'https://www.vaultproject.io/', // a secrets vault, beside the AI gateways
  'https://frostdates.com/developers/widget', // a widget page on keeping API keys server-side, not AI
];

const SHARED_PLATFORMS = [
  'https://mbbrinkman.github.io/ModelGroupChat/groupchat.html', // an OpenRouter chat page on a shared platform
  'https://vibesail.github.io/kichan-privacy-policy', // a key-manager extension's policy on a shared platform
  'https://max-786.github.io/project-nexus/getting-started/byok-setup', // Project Nexus's docs on a shared platform
  'https://ti1ek.github.io/onAI-privacy/', // onAI's policy on a shared platform
  'https://gityeop.github.io/OnText/privacy', // OnText's policy on a shared platform
  'https://ona-uno.pages.dev/doc/faq/openrouter-and-byok', // ONA.UNO's docs on a shared platform
  'https://evidencelens.pages.dev/docs/byok', // EvidenceLens's docs on a shared platform
  'https://lognote.pages.dev/blog/bring-your-own-key', // lognote's blog on a shared platform
  'https://dictate-app.pages.dev/blog/whisper-api-windows-app.html', // dictate.app's blog on a shared platform
  'https://aiscouncil-net-docs.pages.dev/de/advanced/api-keys', // AISCouncil's docs on a shared platform
  'https://wpthemoon-com.pages.dev/en/docs/getting-started/connect-account', // WP The Moon's docs on a shared platform
  'https://privacy-ruddy.vercel.app/', // an extension's policy on a shared platform
  'https://ai-translator-guide.vercel.app/privacy.html', // an extension's policy on a shared platform
  'https://outlook-addins.vercel.app/privacy-policy.html', // an add-in's policy on a shared platform
  'https://gmassist-lp.web.app/en/privacy.html', // GmAssist's policy on a shared platform
  'https://llm-notes-7218f.web.app/', // LLM Notes' policy on a shared platform
  'https://apollo-agent.vornicx.workers.dev/privacy', // a chat app's policy on a shared platform
  'https://chatloom.blogspot.com/', // a chat page on a shared blog host
  'https://flashcard-forge--konarkmurarka1.replit.app/privacy', // a flashcard app's policy on a shared platform
  'https://sites.google.com/view/aimasses/privacy-policy', // a Mac app's policy on a shared platform
];

const LEFT_OUT = [
  'https://soft31.com/', // the proxy through which Vibe Workflow's page was read
  'https://hdoplus.com/', // a proxy host met in the searches
  'https://amimg.crxsoso.com/ko/firefox/addon/apichatbox/privacy', // an add-on store mirror
  'https://firefox.marketplace.browsertotal.com/en-US/firefox/addon/noteai/privacy', // an add-on store mirror
  'https://geeksrepos.com/sykuang/chatgpt-subtitle-translator-azureOpenAI', // a GitHub mirror
  'https://www.mubashirhassan.com/ai-reply-privacy-policy.html', // an extension's policy on a developer's personal host
  'https://rubatoflow.dev/llm_summarize/privacy', // an extension's policy on a developer's host
  'https://alchotechbeta.com/extension/privacy-policy.html', // an extension's policy on a company's general host
  'https://www.alicemrongovius.com/ai-sheets/privacy-policy', // an add-on's policy on a personal host
  'https://ingoampt.com/chataibyapi-app-privacypolicy-2/', // an app's policy on a developer's general host
  'https://www.33aais.com/our-creations/ai-formula-builder/privacy-policy', // an add-on on a company's general host
  'https://dpapps.net/docs/docs-ai-assistant/get-save-api-keys', // a plugin's docs on a developer's general host
  'https://blog.vlogerly.com/termerly/how-to-create-a-google-gemini-api-key-for-termerly', // Termerly's guide on Vlogerly's blog
  'https://www.edi2xml.com/secure-ai-platform-for-businesses', // an EDI company's page
  'https://passivewp.com/help/openai-api-key-setup-enable-ai-features-without-cost-surprises', // a monetisation plugin
  'https://reader.richasy.net/en/docs/books/ai', // an e-book and RSS reader, AI one feature
  'https://pkm.brevy.dev/privacy', // a self-hosted notes app with opt-in AI
  'https://flashcardscymraeg.com/privacy', // Welsh flashcards; AI only moderates uploads
  'https://www.formulapilot.com/privacy-policy', // a policy that does not say AI
  'https://local-ai-notes.app/privacy-policy', // a policy that does not say AI, beyond the name
  'https://aiapidoctor.com/privacy', // a diagnostic for AI API relays, not an AI product
  'https://wallet.jinglehuyu.com/privacy.html', // an API-balance wallet, not an AI product
  'https://chatgpt-export-assistant.reedthinking.com/ja/privacy/', // exports ChatGPT chats, no AI of its own
  'https://www.cleanmylist.io/help/api/keep-your-keys-safe', // email-list cleaning, not AI
  'https://poweruserful.com/privacy-policy-add-in', // an add-in that does not use AI
];

const NAMESAKES = [
  'https://www.minerva.edu/', // beside Minerva Reader (minervareader.com)
  'https://theskydeck.com/', // the Willis Tower observation deck, beside SkyDeck AI (skydeck.ai)
  'https://www.threads.net/', // beside Inthread (inthread.ai)
  'https://glyphsapp.com/', // the Glyphs font editor, beside Glyph (glyphformac.com)
];

const REGIONAL = { 'custos-ai': 'europe', 'ai-seowriter-ru': 'russia' } as const;

describe('twenty-fifth-session bring-your-own-key traps', () => {
  it('adds 32 rows, each with one domain and no prefix, global but for one European and one Russian', () => {
    expect(longTailC25ByokTools.length).toBe(32);
    expect(longTailC25ByokTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      longTailC25ByokTools.filter(
        (t) => catalogRegion(t.id) !== (REGIONAL[t.id as keyof typeof REGIONAL] ?? 'global'),
      ),
    ).toEqual([]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25ByokTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25ByokTools));
    expectEachClassifiedAs({
      'https://docs.skydeck.ai/': 'skydeck-ai',
      'https://docs.all-chat-on-this.site/': 'acot-all-chat-on-this',
      'https://docs.lingkuma.org/': 'lingkuma',
      'https://www.keyringlabs.com/': 'keyring-ai',
      'https://www.bibgenie.com/': 'bibgenie',
      'https://www.mangatranslator.site/': 'manga-translator-site',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
