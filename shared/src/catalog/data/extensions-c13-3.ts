// AI browser extensions whose listing was found by exact search for `detail/<product>` in public files, as in
// extensions-2.ts and extensions-c12.ts (thirteenth-session extension pass, 2026-12-06). Searched: the leads the
// twelfth session could not source (Sembly, Copy.ai, Taplio, Engage AI, Gauth, Diffit, Passed.AI, ZeroGPT, Phind,
// Genspark, Bito, Wiseone, Flowrite, Scholarcy, ElevenLabs, MultiOn, rtrvr.ai, Jobright), then AI products the
// catalog lists for their web apps that have no extension entry yet (Writecream, AIApply, Final Round AI, Scalenut,
// Superjoin, Juicebox, Gamma, Elicit, Replai, Arvin, Noty, Murf, Smodin, Coze, Skywork, Curipod, Metaview, Khanmigo,
// Eduaide, Humbot, StealthWriter, Regie.ai, Writefull, Airgram, Sybill, ChatPDF, Upword, Saner.AI, Humata, Fyxer).
// Twelve had a listing that names the product; each row's comment says which files named it, and "one source" where
// a single third-party file did. None of the 13 ids was known (0 of 13).
// Not found (no listing, or only unrelated code such as C++ "detail/gamma.h" headers): the other 36. Namesakes the
// search met and that were not taken: GAuth Authenticator (a two-factor code app, not the Gauth homework helper),
// a hotel-review reply tool named Replai (not the catalog's LinkedIn comment writer), NoType AI (not Noty.ai) and
// Saner Social Media (a feed blocker, not Saner.AI); the test keeps them unmatched. Teal's job-search companion was
// linked beside Jobright's, but the catalog does not list Teal, so it was not taken.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools } from './define';

const store = (slug: string, id: string) => `https://chromewebstore.google.com/detail/${slug}/${id}`;

export const extensionToolsC13c: Tool[] = defineTools(
  'browser-extension',
  [
    // two files: the README of a recipe collection for MultiOn's agent API (its local mode needs the extension) and a
    // demo's instructions, both linking the listing
    { id: 'multion-extension', name: 'MultiOn', vendor: 'MultiOn', extensionIds: ['ddmjhdbknfidiopmbaceghhhbgbpenmm'], source: store('multion', 'ddmjhdbknfidiopmbaceghhhbgbpenmm') },
    // ten files: the extension's own code (its rating prompt opens the listing's reviews) and comparison notes by
    // others; the store name is "Jobright Autofill" and a tagline
    { id: 'jobright-autofill-extension', name: 'Jobright Autofill', vendor: 'Jobright', extensionIds: ['odcnpipkhjegpefkfplmedhmkmmhmoko'], source: store('jobright-autofill-%E2%80%93-insta', 'odcnpipkhjegpefkfplmedhmkmmhmoko') },
    // its own web app code (an EXTENSION_LINK constant beside its GitHub organisation's link) and an agent SDK's
    // docs and driver code
    { id: 'rtrvr-ai-extension', name: 'rtrvr.ai', vendor: 'rtrvr.ai', extensionIds: ['jldogdgepmcedfdhgnmclgemehfhpomg'], source: store('rtrvrai', 'jldogdgepmcedfdhgnmclgemehfhpomg') },
    // a research-tools list and a research blog post link the Chrome listing; the post also links the Edge listing
    // (Edge id from that one post)
    { id: 'scholarcy-extension', name: 'Scholarcy', vendor: 'Scholarcy', extensionIds: ['oekgknkmgmaehhpegfeioenikocgbcib', 'bcghmjggkikigjnehajdkhnhddfmkbbd'], source: store('scholarcy-research-paper', 'oekgknkmgmaehhpegfeioenikocgbcib') },
    // one source: a research note on Taplio that cites its "Taplio X" listing
    { id: 'taplio-x-extension', name: 'Taplio X', vendor: 'Taplio', extensionIds: ['dfpbcakpogbfaohnnjlgghdjkgaoiaik'], source: store('taplio-x', 'dfpbcakpogbfaohnnjlgghdjkgaoiaik') },
    // one source: a setup guide that installs "ElevenLabs Reader" from this listing
    { id: 'elevenlabs-reader-extension', name: 'ElevenLabs Reader', vendor: 'ElevenLabs', extensionIds: ['eddgfjnfemdbcnmimifpblegkfoaddom'], source: store('elevenlabs-reader', 'eddgfjnfemdbcnmimifpblegkfoaddom') },
    // one source: a research note on AIApply that cites this listing
    { id: 'aiapply-extension', name: 'AIApply', vendor: 'AIApply', extensionIds: ['bmmijjhlpoimjbfbhnnkkkbmiibeemnf'], source: store('aiapply', 'bmmijjhlpoimjbfbhnnkkkbmiibeemnf') },
    // three files: app and site code whose install links open this listing
    { id: 'final-round-ai-extension', name: 'Final Round AI', vendor: 'Final Round AI', extensionIds: ['lfbbdphejjjanjiohlmkdbapdmfoaeem'], source: store('final-round-ai', 'lfbbdphejjjanjiohlmkdbapdmfoaeem') },
    // one project's notes (two files) cite Elicit's own listing; "Elicit" is an ordinary word, so the name is
    // qualified from the listing's slug ("elicit-ai-for-scientific") and only the id matches
    { id: 'elicit-extension', name: 'Elicit (AI for scientific research)', vendor: 'Elicit', extensionIds: ['fdkcnfflaanlpehcmeekdjeknnokkhno'], source: store('elicit-ai-for-scientific', 'fdkcnfflaanlpehcmeekdjeknnokkhno') },
    // one source: a developer's portfolio page linking the listing ("smodin-detect-ai-humanize")
    { id: 'smodin-extension', name: 'Smodin', vendor: 'Smodin', extensionIds: ['aighbajkamplcinockonchknbclndded'], source: store('smodin-detect-ai-humanize', 'aighbajkamplcinockonchknbclndded') },
    // Coze's own docs (its knowledge-base scraper, installed from this listing)
    { id: 'coze-scraper-extension', name: 'Coze Scraper', vendor: 'ByteDance', extensionIds: ['onpohiaebacahchaphmnehcnbjmamcbb'], source: store('coze-scraper', 'onpohiaebacahchaphmnehcnbjmamcbb') },
    // two files (a LaTeX guide and a patch script for self-hosted Overleaf) link Writefull's Overleaf extension
    { id: 'writefull-for-overleaf-extension', name: 'Writefull for Overleaf', vendor: 'Digital Science', extensionIds: ['edhnemgfcihjcpfhkoiiejgedkbefnhg'], source: store('writefull-for-overleaf', 'edhnemgfcihjcpfhkoiiejgedkbefnhg') },
  ],
  { checked: CHECKED_C13 },
);
