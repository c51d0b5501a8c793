// Traps beside the AI browser extensions of the twenty-first session's extension pass (data/extensions-c21.ts): the
// ordinary words and non-AI extensions the new store names sit beside, listings the slug searches met that are not AI
// tools, the ordinary sites beside the one maker site the rows claim (grokmedia.kario-studio.com) and its parent, the
// shared-platform and left-out hosts the pass met, and sites whose names sit close to the new entries.
import { describe, expect, it } from 'vitest';
import {
  expectEachClassifiedAs,
  expectExtensionIdsClassified,
  expectMakerRepositoryExtensions,
  expectNoExtensionNameClassified,
  expectNoneClassified,
  expectStoreNamesClassified,
  ownUrls,
} from '../../testing/lookalikes';

import { extensionsC21Tools } from './data/extensions-c21';

/** Ordinary or non-AI extension names beside the new ones, and non-AI listings the slug searches met. */
const ORDINARY_NAMES = [
  'Gemini', // beside Gemini Folders
  'Folders',
  'Gemini Folder',
  'Folders for Gemini',
  'Prompts Manager', // beside ChatGPT Prompts Manager (xuannghia)
  'Prompt Manager',
  'Synthesize', // beside Synthesize ChatGPT
  'Text to Speech',
  'Read Aloud',
  'Sugar', // beside ChatGPT Sugar
  'Grok', // beside Grok Media Downloader
  'Grok Media',
  'Media Downloader',
  'Video Downloader',
  'Image Downloader',
  'Summarize and Translate', // beside the two Summarize and Translate extensions
  'Summarize',
  'Translate',
  'YouTube Video Summarizer with Gemini', // a generic name: only the TimStewartJ listing's id and qualified name match
  'YouTube Summarizer with Gemini',
  'Gmail', // beside ChatGPT for Gmail (dtkdt100)
  'Checker Plus for Gmail',
  'Tab Grouper', // beside AI Tab Grouper (pankil-soni)
  'Tab Groups',
  'BookmarkFlow Bar', // non-AI listings the bookmark, leetcode and job slug searches met
  'Bookmark Search',
  'Bookmark Note',
  'LeetCode Snippets',
  'LeetCode Map',
  'LeetCode to Russian',
  'Job Search Monitor',
];

/** Ordinary sites beside the new extensions, and the parent of the one subdomain a row claims. */
const GENERAL_SITES = [
  'https://kario-studio.com/', // the parent of grokmedia.kario-studio.com: Grok Media Downloader's publisher's studio site
  'https://www.kario-studio.com/',
  'https://chromewebstore.google.com/', // the store itself
  'https://chromewebstore.google.com/detail/grok-media-downloader/niebmpjbnghbfnjbbeajlndkjpgpamhi', // a listing page
  'https://addons.mozilla.org/en-US/firefox/', // the Firefox store
  'https://microsoftedge.microsoft.com/addons/', // the Edge store
  'https://www.youtube.com/', // the videos the summarisers read
  'https://mail.google.com/mail/u/0/', // Gmail, where ChatGPT for Gmail (dtkdt100) writes
  'https://github.com/', // where the makers publish their code
  'https://buymeacoffee.com/', // a tip jar the makers link
  'https://www.reddit.com/r/chrome_extensions/', // where the makers discuss their listings
  'https://www.leetcode.com/', // beside the leetcode slug search's listings
  'https://www.linkedin.com/', // beside the job slug search's listings
];

/** Sites on shared platforms the pass met. */
const SHARED_PLATFORMS = [
  'https://browser-apps.vercel.app/twitshorter', // TwitShorter's site on a shared platform (left out: no listing in its repository)
  'https://dlamarre-dev.github.io/', // the host in Gemini Folders' gecko id, a personal GitHub Pages site
  'https://vue-hackernews-ssr-5cavbdjcta-ew.a.run.app/', // a Hacker News reader a search result cited
];

/** Hosts the pass read and left out, with the reason. */
const LEFT_OUT = [
  'https://dbstudy.info/', // the domain of the Summarize and Translate extensions' gecko ids, the maker's own site
  'https://hadesker.net/', // Synthesize ChatGPT's maker's site, named in its manifest
  'https://www.petspert.app/', // another product in jobbin's maker's portfolio, not an extension
];

const NAMESAKES = [
  'https://www.grokmedia.com/', // beside Grok Media Downloader (grokmedia.kario-studio.com)
  'https://www.grok-media.com/', // beside Grok Media Downloader
  'https://www.grokmediadownloader.com/', // beside Grok Media Downloader
  'https://grokmedia.kario.com/', // beside Grok Media Downloader's subdomain
  'https://www.geminifolders.com/', // beside Gemini Folders
  'https://www.gemini-folders.com/', // beside Gemini Folders
  'https://www.chatgptsugar.com/', // beside ChatGPT Sugar
  'https://www.synthesizechatgpt.com/', // beside Synthesize ChatGPT
  'https://www.summarizetranslate.com/', // beside the Summarize and Translate extensions
];

describe('AI browser extensions of the twenty-first session (exts pass)', () => {
  it('classifies every new id to its own entry', () => {
    expectMakerRepositoryExtensions(extensionsC21Tools);
    expectExtensionIdsClassified(extensionsC21Tools);
  });

  it('classifies every new store name, whole and before a tagline', () => {
    expectStoreNamesClassified(extensionsC21Tools);
    expectStoreNamesClassified([
      { id: 'chatgpt-sugar-extension', name: 'ChatGPT Sugar: Make Your ChatGPT Sweeter' },
      { id: 'grok-media-downloader-extension', name: 'Grok Media Downloader - Batch Download Grok AI Media' },
    ]);
  });

  it(`leaves all ${ORDINARY_NAMES.length} ordinary extension names unmatched`, () => {
    expectNoExtensionNameClassified(ORDINARY_NAMES);
  });

  it("classifies the maker's own host and the site pages behind the source", () => {
    expectEachClassifiedAs(ownUrls(extensionsC21Tools), { api: true });
    expectEachClassifiedAs({
      'https://grokmedia.kario-studio.com/pricing.html': 'grok-media-downloader-extension',
      'https://grokmedia.kario-studio.com/story-mode.html': 'grok-media-downloader-extension',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });

  it('adds 10 entries, one of them with a maker site', () => {
    expect(extensionsC21Tools).toHaveLength(10);
    expect(extensionsC21Tools.filter((t) => t.domains.length > 0).map((t) => t.id)).toEqual([
      'grok-media-downloader-extension',
    ]);
  });
});
