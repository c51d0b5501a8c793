// Twenty-seventh session, newtop pass `newtopc` (2026-12-07): the .ai hosts of /work/helpers/newtop-ai-part-02 (144
// hosts that entered the Tranco top-one-million list in 2025–2026; the list gave names only, and nothing is cited from
// it), none of them classified before this pass. Each candidate was triaged by name, then looked up once in the stored
// `pages` corpus with its host and product words (e.g. "Midpage AI legal research midpage.ai"); a row needs a page with
// a path on the product's own host where the vendor says the product uses AI. Rows: an AI legal-research platform
// (Midpage), an AI file renamer (Renamer.ai), a nonprofit platform where educators build AI apps (Playlab), AI-generated
// end-to-end tests (Relicx), an AI wearable camera (Looki), an agentic AI restaurant operating system (Nory), AI
// auto-contouring for radiotherapy (MVision AI) and AI customer-support agents (Robylon). One alternate host went to an
// existing entry: relevance.ai to Relevance AI (`relevance-ai`, data/agents.ts).
//
// Look-ups: 50 (the pass's budget), counted as they were made: 46 `search` calls in `pages` (one per candidate:
// relevance.ai, playground.ai, polyai.ai, lttr.ai, midpage.ai, okara.ai, rephrasy.ai, renamer.ai, playlab.ai,
// outtake.ai, pappers.ai, one2x.ai, prophy.ai, pubcompare.ai, radimal.ai, relicx.ai, math-gpt.ai, phototag.ai,
// picsman.ai, looki.ai, louisa.ai, makeinfluencer.ai, motionmuse.ai, nanosemantics.ai, nory.ai, realsee.ai, mvision.ai,
// proactor.ai, nanobananaart.ai, magicproject.ai, podengine.ai, midbound.ai, particlenews.ai, rayonlabs.ai, robylon.ai,
// refont.ai, plus.ai, quickhyre.ai, outplay.ai, qurio.ai, nexmind.ai, mugalim.ai, lunatalk.ai, metapix.ai, memego.ai,
// pinbot.ai), 3 `find_string` calls for the alternates (polyai.ai, https://relevance.ai, https://playground.ai) and 1
// `read_file` of the Relevance AI SDK file that one of them returned.
//
// Measured with /work/helpers/classify-hosts.mts on the chunk itself (/work/helpers/out/newtopc-hosts.txt, 144 hosts):
// 0 classified before (0.0%), 9 after (6.3%): the eight new hosts and relevance.ai.
//
// Doubtful rows and why kept. Renamer.ai is read from its own "insights" post on how AI reads and renames files, written
// by its founder about the system his team built, not from a product or policy page. Looki is read from its own blog
// post on AI-wearable privacy, which presents the Looki L1 as a personal-AI wearable (capture, memories) rather than
// listing features. MVision AI sells clinical software (Contour+, deep-learning auto-segmentation for radiotherapy
// planning) mostly reached inside hospital networks; mvision.ai is its vendor site, kept as the row's host because the
// cited page is the vendor's own account of its AI model. Nory is given the 'europe' region from its cited page (prices
// in pounds, "rotas", UK operators).
//
// Already listed and left to their entries: Relevance AI (relevanceai.com; relevance.ai added, see agents.ts), Plus AI
// for Slides (plusdocs.com, plusai.com; the chunk's plus.ai is another company, as c15 ulleads2 noted), MathGPT
// (math-gpt.org, mathgpt.com; math-gpt.ai was not found). robylon.ai was left out by the c25 support4 and c26 pricing
// passes because only its generic blog posts were met; this pass met its own product post and guides, so it is a row.
//
// Left out. Not shown to be AI: midbound.ai (its docs describe website-visitor identification without saying AI;
// midbound.cloud is the same vendor's developer docs). Not an AI tool people use: plus.ai (PlusAI, an autonomous-
// trucking company whose AI driver runs on board the trucks; its page does say the SuperDrive system is AI-powered, so
// the merger may decide otherwise). Not PolyAI: polyai.ai, which a navigation list names as an AI role-play chat site
// ("Poly AI"), while PolyAI's voice agents stay on poly.ai; polyai.ai is a lead for a companion pass once its own page
// is seen. No page on the host itself (leads): playground.ai (Playground AI's pages are on playground.com), one2x.ai (the
// company behind the Medeo AI video agent; its skill is listed as one2x-ai on skill registries), particlenews.ai (the
// Particle AI news reader, whose pages were news coverage only), rayonlabs.ai (Rayon Labs, maker of the Chutes and
// Gradients Bittensor subnets; directories and wikis only), outplay.ai (Outplay's help centre is on outplayhq.com and
// does not say AI), nexmind.ai (the NexMind met is an agency's MVP on nexmindai.preciseagency.com.au). Not found at
// all: lttr.ai, okara.ai, rephrasy.ai, outtake.ai, pappers.ai, prophy.ai, pubcompare.ai, radimal.ai, phototag.ai,
// picsman.ai, louisa.ai, makeinfluencer.ai, motionmuse.ai, nanosemantics.ai (Nanosemantics Lab is described by others),
// realsee.ai, proactor.ai, nanobananaart.ai, magicproject.ai, podengine.ai, refont.ai, quickhyre.ai, qurio.ai,
// mugalim.ai, lunatalk.ai, metapix.ai, memego.ai, pinbot.ai.
//
// Not looked up (triaged by name, or left for the budget): gambling, sports and news hosts (ottosport.ai,
// onlinekhabar.ai), a telecom (mobifone.ai), infrastructure (oci-hpc.ai), adult-looking companion hosts (nakedly.ai,
// pocketgirl.ai), hosts passed over by earlier passes (loveydovey.ai's terms do not say AI, pxz.ai not shown) and the
// rest of the chunk whose names say little (lovedeals.ai, markivo.ai, mediacandy.ai, mediayo.ai, megamatch.ai,
// memzo.ai, meuamigao.ai, microcast.ai, miivo.ai, milian.ai, mindinabox.ai, mindoshare.ai, modubox.ai, montezuma.ai,
// mty.ai, mufy.ai, myexpress.ai, mytraits.ai, myumbrella.ai, nabarati.ai, nation.ai, ncsnext.ai, netvrp.ai,
// nevercap.ai, nexira.ai, noem.ai, nofxos.ai, notmagic.ai, nroc.ai, ns3.ai, nxl.ai, nyne.ai, ohmyfin.ai, okian.ai,
// omegatron.ai, ominimo.ai, ommniverse.ai, onchat.ai, onecell.ai, oneid.ai, onemoreshot.ai, openclick.ai,
// openfuture.ai, opinify.ai, otherhalf.ai, otomatic.ai, otomeyt.ai, outdraw.ai, packify.ai, pagepop.ai, pairlab.ai,
// pams.ai, paulsjob.ai, peroptyx.ai, pikespeak.ai, pinme.ai, pixika.ai, pixu.ai, plaan.ai, placedhq.ai, planzy.ai,
// portaldoaluno.ai, predflow.ai, primeassist.ai, primo.ai, prismax.ai, promify.ai, propel.ai, pulseup.ai,
// purewallet.ai, pxl.ai, qbud.ai, qet.ai, qqee.ai, qqlive.ai, radif.ai, rafa.ai, randomx.ai, rebrandapp.ai, recrea.ai,
// recruitonline.ai, redonion.ai, remited.ai, reportify.ai, residex.ai, revapay.ai, rhythms.ai, ries.ai, rocketlab.ai,
// roundtable.ai): leads for a later newtop pass.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27NewtopcTools: Tool[] = defineTools(
  'other',
  [
    // --- research, legal and documents ---
    { id: 'midpage', name: 'Midpage', vendor: 'Midpage', category: 'search', domains: ['midpage.ai'], source: 'https://www.midpage.ai/use-case-library/reading-and-saving-cases' }, // use-case library: opened cases carry AI-generated annotations (custom headnotes that summarise passages relevant to the research issue) and a chat with the case
    { id: 'renamer-ai', name: 'Renamer.ai', vendor: 'Renamer.ai', category: 'productivity', domains: ['renamer.ai'], source: 'https://renamer.ai/insights/how-ai-understands-renames-files' }, // its founder's insights post: how the AI pipeline reads a document's content and generates a descriptive file name
    // --- education ---
    { id: 'playlab', name: 'Playlab', vendor: 'Playlab', category: 'agents', domains: ['playlab.ai'], source: 'https://learn.playlab.ai/resources/aiguidelines' }, // implementation guidelines: Playlab AI apps that educators build and use in classrooms, with guidance on evaluating Playlab-generated content
    // --- software testing ---
    { id: 'relicx', name: 'Relicx', vendor: 'Relicx', category: 'coding', domains: ['relicx.ai'], source: 'https://docs.relicx.ai/smart-tests' }, // docs: automatically generated, AI-powered smart tests with AI/ML smart selectors that navigate UI changes
    // --- devices ---
    { id: 'looki', name: 'Looki', vendor: 'Looki', domains: ['looki.ai'], source: 'https://www.looki.ai/blog/ai-wearable-privacy-and-data-security-how-looki-approaches-personal-ai' }, // vendor blog: the Looki L1 AI wearable and how its personal AI handles captured moments and memories
    // --- business operations ---
    { id: 'nory', name: 'Nory', vendor: 'Nory', category: 'productivity', domains: ['nory.ai'], region: 'europe', source: 'https://www.nory.ai/blog/ai-scheduling-assistant' }, // vendor blog: Nory's AI Scheduling Assistant, part of an agentic AI restaurant operating system (forecasts, rotas)
    { id: 'robylon', name: 'Robylon AI', vendor: 'Robylon AI', category: 'agents', domains: ['robylon.ai'], source: 'https://www.robylon.ai/blog/robylon-ai-resolves-email-tickets-automatically' }, // vendor blog: its AI reads support emails, takes the actions needed and generates and sends the replies
    // --- clinical ---
    { id: 'mvision-ai', name: 'MVision AI', vendor: 'MVision AI', domains: ['mvision.ai'], source: 'https://mvision.ai/multi-institutional-study-demonstrates-time-and-consistency-benefits-of-mvision-contour-for-head-and-neck-radiotherapy' }, // vendor page: MVision Contour+, deep-learning auto-segmentation of organs at risk and lymph nodes for radiotherapy planning
  ],
  { checked: CHECKED_C27 },
);
