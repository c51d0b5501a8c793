// Tenth long-tail pass (2026-12-05, issue 15): every pinned list in LISTS re-scanned by script at its pinned commit.
// Each list file's rows were reduced to hosts and run through the classifier; of the hosts it did not match, only those
// a list row plainly describes as an AI product whose whole site is that product were taken (no shared platforms,
// general SaaS with an AI feature, papers, blogs, directories or libraries). Only facts (a product's name and host)
// were taken; each row is our own and cites the list file that names its host. This file: agents, voice agents,
// assistants, AI shopping search and other consumer AI.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

const KOSTJA94_README = listed('kostja94', 'README.md');
const LILIALLA_GITHUB_METADATA = listed('lilialla', 'registry/github-metadata.json');
const RVELAMEN_README = listed('rvelamen', 'README.md');
const KOSTJA94_INDEX = listed('kostja94', 'INDEX.md');
const MVALENTSEV_README = listed('mvalentsev', 'README.md');

export const longTailC10RescanTools: Tool[] = defineTools(
  'other',
  [
    { id: 'ainia', name: 'Ainia', vendor: 'Ainia', domains: ['ainia.ai'], source: listed('kostja94', 'README-CN.md') },
    { id: 'tolvia', name: 'Tolvia', vendor: 'Tolvia', category: 'agents', domains: ['tolvia.ai'], source: KOSTJA94_README },
    { id: 'sonia-ai', name: 'Sonia', vendor: 'Sonia', category: 'agents', domains: ['sonia.ai'], source: KOSTJA94_README },
    { id: 'indyx', name: 'Indyx', vendor: 'Indyx', domains: ['indyx.ai'], source: KOSTJA94_README },
    { id: 'openwardrobe', name: 'OpenWardrobe', vendor: 'OpenWardrobe', domains: ['openwardrobe.ai'], source: KOSTJA94_README },
    { id: 'daydream-ai', name: 'Daydream', vendor: 'Daydream', category: 'search', domains: ['daydream.ai'], source: KOSTJA94_README },
    { id: 'fetchr', name: 'Fetchr', vendor: 'Fetchr', category: 'search', domains: ['fetchr.ai'], source: KOSTJA94_README },
    { id: 'plush-ai', name: 'Plush', vendor: 'Plush', category: 'search', domains: ['plush.ai'], source: KOSTJA94_README },
    { id: 'capsule-ai', name: 'Capsule', vendor: 'Capsule', category: 'search', domains: ['capsule.ai'], source: KOSTJA94_README },
    { id: 'lookverse', name: 'Lookverse', vendor: 'Lookverse', category: 'search', domains: ['lookverse.ai'], source: KOSTJA94_README },
    { id: 'on-ton', name: 'On Ton', vendor: 'On Ton', category: 'search', domains: ['onton.ai'], source: KOSTJA94_README },
    { id: 'dupe-ai', name: 'Dupe', vendor: 'Dupe', category: 'search', domains: ['dupe.ai'], source: KOSTJA94_README },
    { id: 'phia', name: 'Phia', vendor: 'Phia', category: 'search', domains: ['phia.ai'], source: KOSTJA94_README },
    { id: 'pixite', name: 'Pixite', vendor: 'Pixite', domains: ['pixite.ai'], source: KOSTJA94_README },
    { id: 'humind', name: 'Humind', vendor: 'Humind', category: 'agents', domains: ['humind.ai'], source: KOSTJA94_README },
    { id: 'dasis', name: 'Dasis', vendor: 'Dasis', category: 'productivity', domains: ['dasis.ai'], source: KOSTJA94_README },
    { id: 'glyph-ai', name: 'Glyph AI', vendor: 'Glyph AI', category: 'meeting', domains: ['glyph.ai'], source: KOSTJA94_README },
    { id: 'paxo', name: 'Paxo', vendor: 'Paxo', category: 'meeting', domains: ['paxo.ai'], source: KOSTJA94_README },
    { id: 'salient-ai', name: 'Salient', vendor: 'Salient', category: 'agents', domains: ['salient.ai', 'trysalient.com'], source: KOSTJA94_README }, // trysalient.com: Salient (W23, AI servicing for auto lenders) in listed('c13ayc', 'responses/W23.json'); its own pages there sell AI voice agents to lenders (https://www.trysalient.com/resources/how-ai-outbound-calling-agents-work-in-2026), as this row's list line says, CHECKED_C13
    { id: 'liberate-ai', name: 'Liberate', vendor: 'Liberate', category: 'agents', domains: ['liberate.ai', 'liberateinc.com'], source: KOSTJA94_README }, // liberateinc.com (2026-12-07, CHECKED_C22, mergefix): Liberate's own blog, https://www.liberateinc.com/blog/building-for-the-last-mile-the-system-of-action-for-insurance, on its AI agents that execute insurance claims, quoting and servicing work; APIs.io's Liberate profile records www.liberateinc.com redirecting to www.liberate.ai
    { id: 'aviary-ai', name: 'Aviary AI', vendor: 'Aviary AI', category: 'agents', domains: ['aviary.ai', 'helloaviary.ai'], source: KOSTJA94_README }, // helloaviary.ai: AviaryAI (S22, outbound AI voice agents for financial services, the same field as this row's list line) in listed('c13ayc', 'responses/S22.json'), CHECKED_C13
    { id: 'toma-ai', name: 'Toma', vendor: 'Toma', category: 'agents', domains: ['toma.ai', 'toma.com'], source: KOSTJA94_README }, // toma.com: Toma (W24, AI workforce for automotive dealerships, as this row's list line says) in listed('c13ayc', 'responses/W24.json'), CHECKED_C14
    { id: 'hi-auto', name: 'Hi Auto', vendor: 'Hi Auto', category: 'agents', domains: ['hiauto.ai'], source: KOSTJA94_README },
    { id: 'standard-practice', name: 'Standard Practice', vendor: 'Standard Practice', category: 'agents', domains: ['standardpractice.ai'], source: KOSTJA94_README },
    { id: 'hello-patient', name: 'Hello Patient', vendor: 'Hello Patient', category: 'agents', domains: ['hellopatient.ai'], source: KOSTJA94_README },
    { id: 'super-dial', name: 'Super Dial', vendor: 'Super Dial', category: 'agents', domains: ['superdial.ai'], source: KOSTJA94_README },
    { id: 'opkit', name: 'Opkit', vendor: 'Opkit', category: 'agents', domains: ['opkit.ai', 'opkit.co'], source: KOSTJA94_README }, // opkit.co: Opkit (S21, AI phone calls for US healthcare, as this row's list line says) in listed('c13ayc', 'responses/S21.json'), CHECKED_C14
    { id: 'clarion-ai', name: 'Clarion', vendor: 'Clarion', category: 'agents', domains: ['clarion.ai', 'clarionhealth.com'], source: KOSTJA94_README }, // clarionhealth.com: Clarion (W24, AI communication layer for healthcare, the field of this row's list line) in listed('c13ayc', 'responses/W24.json'), CHECKED_C13
    { id: 'health-harbor', name: 'Health Harbor', vendor: 'Health Harbor', category: 'agents', domains: ['healthharbor.ai', 'healthharbor.co'], source: KOSTJA94_README }, // healthharbor.co: Health Harbor (S23, AI calls to insurers for clinics; a healthcare voice agent, as this row's list line says) in listed('c13ayc', 'responses/S23.json'), CHECKED_C13
    { id: 'host-ai', name: 'Host AI', vendor: 'Host AI', category: 'agents', domains: ['hostai.ai'], source: KOSTJA94_README },
    { id: 'fleetworks', name: 'Fleetworks', vendor: 'Fleetworks', category: 'agents', domains: ['fleetworks.ai'], source: KOSTJA94_README },
    { id: 'sameday-ai', name: 'Sameday AI', vendor: 'Sameday AI', category: 'agents', domains: ['sameday.ai', 'gosameday.com'], source: KOSTJA94_README }, // gosameday.com: Sameday (W23, AI sales agents for home-service businesses, as this row's list line says) in listed('c13ayc', 'responses/W23.json'), CHECKED_C13
    { id: 'ego-ai', name: 'Ego', vendor: 'Ego', category: 'agents', domains: ['ego.ai'], source: KOSTJA94_README },
    { id: 'lavern-ai', name: 'Lavern', vendor: 'Lavern', category: 'agents', domains: ['lavern.ai'], source: LILIALLA_GITHUB_METADATA },
    { id: 'bytelegal-legalwork', name: 'LegalWork', vendor: 'ByteLegal', category: 'agents', domains: ['bytelegal.cn'], region: 'china', source: LILIALLA_GITHUB_METADATA },
    { id: 'aiworkdeck', name: 'AI Workdeck', vendor: 'AI Workdeck', category: 'agents', domains: ['aiworkdeck.com'], source: LILIALLA_GITHUB_METADATA },
    { id: 'circlelabs', name: 'Circlelabs', vendor: 'Circlelabs', category: 'chat', domains: ['circlelabs.xyz'], source: KOSTJA94_README },
    { id: 'kissable', name: 'Kissable', vendor: 'Kissable', category: 'chat', domains: ['kissable.app'], source: RVELAMEN_README },
    { id: 'aiso-tools', name: 'AISO Tools', vendor: 'AISO Tools', category: 'search', domains: ['aisotools.com'], source: RVELAMEN_README },
    { id: 'orkas', name: 'Orkas', vendor: 'Orkas', category: 'agents', domains: ['orkas.ai'], source: RVELAMEN_README },
    { id: 'j1-assistant', name: 'J1 Assistant', vendor: 'J1 Assistant', category: 'chat', domains: ['matter.ai'], region: 'china', source: RVELAMEN_README },
    { id: 'ai-girlfriend-ai', name: 'ai-girlfriend.ai', vendor: 'ai-girlfriend.ai', category: 'chat', domains: ['ai-girlfriend.ai'], source: listed('laylavish', 'list_uBlacklist.txt') },
    { id: 'trillet', name: 'Trillet', vendor: 'Trillet', category: 'agents', domains: ['trillet.com', 'trillet.ai'], source: KOSTJA94_README }, // trillet.ai: the vendor's own pages there (https://trillet.ai/blogs/white-label-voice-ai-glossary-every-term-explained) present Trillet's AI receptionist and white-label voice-agent platform, CHECKED_C18
    { id: 'voctiv', name: 'Voctiv', vendor: 'Voctiv', category: 'agents', domains: ['voctiv.com'], source: KOSTJA94_README },
    // `bible-chat-ai` re-checked in the fifteenth session and left as it was: the pinned line links thecrosstalk.com under the
    // name "Bible Chat AI" (a Bible-based AI assistant); no page of the vendor's own is stored and no repository names the
    // host, so whether "Bible Chat AI" is the product's brand or a description of CrossTalk could not be settled.
    // Not Bible Chat on thebiblechat.com (left out in c14, see long-tail-c14-ulleads.ts).
    { id: 'bible-chat-ai', name: 'Bible Chat AI', vendor: 'Bible Chat AI', category: 'chat', domains: ['thecrosstalk.com'], source: KOSTJA94_README },
    { id: 'auferet', name: 'Auferet', vendor: 'Auferet', category: 'chat', domains: ['auferet.com'], source: RVELAMEN_README },
    { id: 'codepilot-sh', name: 'CodePilot', vendor: 'CodePilot', category: 'agents', domains: ['codepilot.sh'], source: LILIALLA_GITHUB_METADATA },
    { id: 'encore-shopping-search', name: 'Encore', vendor: 'Encore', category: 'search', domains: ['shopencore.ai'], source: KOSTJA94_INDEX },
    { id: 'momo-ai', name: 'Momo', vendor: 'Momo', category: 'agents', domains: ['momoai.co'], source: KOSTJA94_INDEX },
    { id: 'usegenie-ai', name: 'Genie', vendor: 'Genie', category: 'chat', domains: ['usegenie.ai'], source: KOSTJA94_INDEX },
    { id: 'correlate-ai', name: 'Correlate AI', vendor: 'Correlate AI', category: 'agents', domains: ['thecorrelate.com'], source: KOSTJA94_INDEX },
    { id: 'deep-hat', name: 'Deep Hat', vendor: 'Kindo', category: 'chat', domains: ['deephat.ai'], source: MVALENTSEV_README },
    { id: 'yupp', name: 'Yupp', vendor: 'Yupp', category: 'chat', domains: ['yupp.ai'], source: MVALENTSEV_README },
  ],
  { checked: CHECKED_C10 },
);
