// Traps beside the rows the twentieth session's notes pass added (data/long-tail-c20-notes.ts): the ordinary sites next
// to each kind of AI note tool (note apps, journals, mind-map and whiteboard tools, flashcard and read-later services,
// messengers the note bots live in), the parents of the two claimed subdomains and of JournAI's claimed path, the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None
// of them may classify; every new host must reach its own entry.
//
// voicememory.io dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20NotesTools } from './data/long-tail-c20-notes';

const GENERAL_SITES = [
  'https://evernote.com/', // a note app, beside the AI note apps
  'https://obsidian.md/', // a note app, beside the AI second-brain tools
  'https://simplenote.com/', // a note app, beside the AI note apps
  'https://standardnotes.com/', // an encrypted note app, beside the AI note apps
  'https://joplinapp.org/', // an open-source note app, beside the AI note apps
  'https://logseq.com/', // an outliner, beside the AI knowledge-graph tools
  'https://dayoneapp.com/', // a journal app, beside the AI journals
  'https://journey.cloud/', // a journal app, beside the AI journals
  'https://www.penzu.com/', // an online diary, beside the AI diaries
  'https://www.mindmeister.com/', // a mind-map tool, beside the AI mind-map generators
  'https://xmind.app/', // a mind-map tool, beside the AI mind-map generators
  'https://coggle.it/', // a mind-map tool, beside the AI mind-map generators
  'https://excalidraw.com/', // a whiteboard, beside the AI chat canvas
  'https://miro.com/', // a whiteboard, beside the AI chat canvas
  'https://apps.ankiweb.net/', // a flashcard app, beside the AI flashcard makers
  'https://ankiweb.net/', // a flashcard sync service, beside the AI flashcard makers
  'https://www.instapaper.com/', // a read-later service, beside the AI read-later summarisers
  'https://raindrop.io/', // a bookmark manager, beside Bookmark.new
  'https://getpocket.com/', // a read-later service, beside the AI read-later summarisers
  'https://feedly.com/', // a feed reader, beside the AI digests
  'https://telegram.org/', // a messenger, beside the Telegram note bots
  'https://www.whatsapp.com/', // a messenger, beside BrieflyVoice
  'https://www.youtube.com/', // a video site, beside AI Organizer
  'https://www.apple.com/ios/voice-memos/', // the phone's voice recorder, beside the AI voice memos
  'https://nexybox.app/', // the parent of Reflect's claimed subdomain
  'https://maxot.de/', // the parent of Sunshine Gratitude's claimed subdomain
  'https://www.maxot.de/', // the parent of Sunshine Gratitude's claimed subdomain
  'https://sketchmyapp.com/', // the app studio whose path JournAI is claimed by
  'https://www.sketchmyapp.com/', // the app studio whose path JournAI is claimed by
  'https://sketchmyapp.com/journey', // a sibling path that only starts with the claimed segment's letters
];

const SHARED_PLATFORMS = [
  'https://privacypolicy-notegptainote.blogspot.com/', // a policy or page on a shared platform
  'https://notedai2.pages.dev/privacy_policy.html', // a policy or page on a shared platform
  'https://annusensei.notion.site/Whispnotes-App-Privacy-policy-250a883f75648075918cd4fc10fa1582', // a policy or page on a shared platform
  'https://milovoorhout.github.io/voicenote/privacy.html', // a policy or page on a shared platform
  'https://appstoreapps2025.blogspot.com/p/privacy-policy-speech-notes-ai-note.html', // a policy or page on a shared platform
  'https://secondbrain-pro.netlify.app/privacy', // a policy or page on a shared platform
  'https://easywork4you.vercel.app/privacy', // a policy or page on a shared platform
  'https://chuanhaigogogo.github.io/2603-WhereAmIInAIChat-Extension/privacy-policy.html', // a policy or page on a shared platform
  'https://flashcard-forge--konarkmurarka1.replit.app/privacy', // a policy or page on a shared platform
  'https://ai-explain-webpage.pages.dev/terms.html', // a policy or page on a shared platform
  'https://voicenote-legal.pages.dev/privacy/', // a policy or page on a shared platform
  'https://mabo-lp.pages.dev/privacy-policy', // a policy or page on a shared platform
  'https://h-k-nyosu.github.io/MemoMaru/terms-of-service.html', // a policy or page on a shared platform
  'https://seoandoh-kr.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://blue-code.github.io/legal/memograph/privacy.html', // a policy or page on a shared platform
  'https://soanrok.web.app/privacy_en.html', // a policy or page on a shared platform
  'https://global-mood-196c2.web.app/privacy.html', // a policy or page on a shared platform
  'https://mindfulecho-privacy.pages.dev/', // a policy or page on a shared platform
  'https://hey-show123.github.io/e-nikki/legal/privacy-policy.html', // a policy or page on a shared platform
  'https://moodotchi2-lp.vercel.app/terms', // a policy or page on a shared platform
  'https://kokoro-kuji.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://monolog-legal.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://mapen-web.pages.dev/policy/privacy', // a policy or page on a shared platform
  'https://aismartnoter.web.app/privacy', // a policy or page on a shared platform
  'https://melihoztu.github.io/notepolish-privacy-policy/', // a policy or page on a shared platform
  'https://lighton-legal.pages.dev/privacy', // a policy or page on a shared platform
  'https://russelsese.github.io/voice-insight-ios-infopage/policies.html', // a policy or page on a shared platform
  'https://landingpage-yt-summary.vercel.app/policy.html', // a policy or page on a shared platform
  'https://smartannotator.onrender.com/privacy', // a policy or page on a shared platform
  'https://pirvacy-policy.tiiny.site/', // a policy or page on a shared platform
  'https://sites.google.com/view/ai-bookmark-privacy', // a policy or page on a shared platform
  'https://hephaestusian.tistory.com/205', // a policy or page on a shared platform
  'https://thebestappsforyou.blogspot.com/2026/03/privacy-policy-inteligencia-emocional.html', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://noteassist.app/privacy', // a draft policy an earlier pass also left out
  'https://loronote.com/privacy', // on-device models only, no hosted service
  'https://www.jan-huber.ch/note-finder/privacy-policy', // a Mac app on the user's own key, on a personal site
  'https://help.noteplan.co/article/208-what-information-is-sent-to-openai', // a planner whose AI is one feature
  'https://ireflect.app/blog/ai-journaling-privacy/', // seen only on its blog
  'https://aureliusagent.com/guides/ai-journaling-privacy', // seen only on its guides
  'https://daylogue.io/compare/ai-journaling-data-practices', // seen only on a comparison page
  'https://mindfulflowjournal.com/blog/data-privacy-security-in-AI-assisted-journaling', // seen only on its blog
  'https://journal.willvincentparrone.com/privacy', // a personal host
  'https://totalrecallhq.com/docs/backups-privacy/', // a page that does not say AI
  'https://keepreader.com/privacy/', // a feed reader whose AI is one feature
  'https://teachboard.app/privacy.html', // a whiteboard whose AI is one feature, left out before
  'https://aicanvas.donbarger.com/privacy-policy.html', // a personal host
  'https://ainotes.site/privacy-policy', // a policy that does not say AI
  'https://www.gistdev.com/notevoice/privacy', // a developer site carrying one app's policy
  'https://jotty.pro/use-cases/cloud/private-voice-journaling', // runs on the user's own provider key
  'https://speakdiary.com/privacy-policy', // a journal whose AI is one optional feature
  'https://gratitudelock.app/data-safety/', // an app lock whose AI reflection is optional
  'https://gollog.app/de/privacy', // a time log whose AI is one feature
  'https://mnemolog.com/trust', // a trust page that does not say the product uses AI
  'https://dessence.ai/blog/private-ai-memory-app', // seen only on its blog
  'https://leenchat.com/privacy.html', // an Obsidian plugin on the user's own keys
  'https://local-ai-notes.app/privacy-policy', // on-device only, no AI provider
  'https://www.privateboard.ai/privacy', // runs on the user's own keys, no hosted service
  'https://cohesivejournal.com/es/privacy.html', // a policy whose AI wording was cut off
  'https://noti.ink/en/terms', // a notes and calendar app whose AI is one feature
  'https://www.novairedigital.com/annote/privacy', // a developer site; AI synthesis is optional
  'https://papertldr.sydnb.shop/privacy', // an operator-deployed MVP
  'https://hndl.app/trust', // an off-kind client CRM, left as a lead
  'https://www.keyfred.com/privacy', // an off-kind keyboard, left as a lead
  'https://eldiario.io/privacy', // an off-kind workspace, left as a lead
  'https://deepnote.ai/index.html', // terms that do not say AI
  'https://leandroardissone.com/projects/telegram-ai-bot/privacy-policy', // a personal host
  'https://whisperdirect.oci.mydns.jp/privacy.html', // a dynamic-DNS host
];

const NAMESAKES = [
  'https://www.omninote.com/', // beside OmniNote (omninote.app)
  'https://www.notedrill.app/', // beside Notedrill (notedrill.com)
  'https://www.handnote.com/', // beside HandNote Pro
  'https://www.notesmaker.com/', // beside Notesmakr
  'https://www.mathnotes.com/', // beside MathNotes (mathnotes.io)
  'https://www.ssocnote.app/', // beside SSOCNote (ssocnote.com)
  'https://www.notist.com/', // beside Notist (notist-ai.com)
  'https://www.linkednote.com/', // beside Linked Note AI (linkednote.vip)
  'https://www.whichnotes.com/', // beside WhichNotes (whichnotes.io)
  'https://www.compoundingmind.io/', // beside Compounding Mind (compoundingmind.com)
  'https://www.memoryiq.com/', // beside MemoryIQ (memoryiq.app)
  'https://www.memset.com/', // beside Memset (memset.io)
  'https://www.jotbud.app/', // beside JotBud (jotbud.com)
  'https://www.memteg.io/', // beside memteg (memteg.com)
  'https://www.vibenotes.com/', // beside VibeNotes (vibenotes.io)
  'https://www.memorystore.com/', // beside MemoryStore (memorystore.in)
  'https://www.voicememos.com/', // beside Voice Memos (voicememos.co)
  'https://www.notizpilot.com/', // beside NotizPilot (notizpilot.de)
  'https://www.brieflyvoice.com/', // beside BrieflyVoice (brieflyvoice.app)
  'https://www.audionotes.com/', // beside AudioNotes (audionotes.one)
  'https://www.belongjournal.com/', // beside Belong (belongjournal.ai)
  'https://www.dearjournal.com/', // beside Dear Journal (dearjournal.me)
  'https://www.eir.com/', // beside Eir (eir.chat)
  'https://www.thatwasmyday.com/', // beside ThatWasMyDay (thatwasmyday.today)
  'https://www.voicejournal.com/', // beside Voice Journal (voicejournal.site)
  'https://www.aletheia.app/', // beside Aletheia (myaletheia.app)
  'https://www.journai.com/', // beside JournAI
  'https://www.memori.life/', // beside Memori (usememori.life)
  'https://www.pensio.com/', // beside Pensio (pensio.app)
  'https://www.involved.com/', // beside Involved Diary (involved.ink)
  'https://www.mindjourney.com/', // beside AI Diary (mindjourney.space)
  'https://www.mindly.com/', // beside Mindly (mindlyai.app)
  'https://www.iloveyoubeingyou.net/', // beside /log (iloveyoubeingyou.com)
  'https://www.marzlog.net/', // beside MarZlog (marzlog.com)
  'https://www.mimap.com/', // beside Mimap (mimap.ai)
  'https://www.clipmind.com/', // beside ClipMind (clipmind.tech)
  'https://www.llmindmap.ai/', // beside LLMindMap (llmindmap.com)
  'https://www.memothings.app/', // beside MemoThings (memothings.com)
  'https://www.notes2cards.com/', // beside notes2cards (notes2cards.study)
  'https://www.bookmark.com/', // beside Bookmark.new
  'https://www.aivideoorganizer.app/', // beside AI Organizer (aivideoorganizer.com)
  'https://www.gist.com/', // beside Gist (gist.website)
  'https://www.newsdiary.com/', // beside NewsDiary (newsdiary.app)
  'https://www.digestbox.com/', // beside digestbox (digestbox.email)
  'https://www.chatcanvas.com/', // beside Chat Canvas (chatcanvas.co)
  'https://www.kilgore.com/', // beside KnowBot (kilgoreai.com)
];

describe('twentieth-session notes traps', () => {
  it('adds 48 rows, each with one domain or one claimed path', () => {
    expect(longTailC20NotesTools.length).toBe(48);
    expect(
      longTailC20NotesTools.every(
        (t) =>
          (t.domains.length === 1 && t.urlPrefixes.length === 0) ||
          (t.domains.length === 0 && t.urlPrefixes.length === 2),
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20NotesTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs({
      'https://reflectapp.nexybox.app/legal/privacy.html': 'reflect-nexybox',
      'https://gratitude.maxot.de/en/privacy': 'sunshine-gratitude',
      'https://sketchmyapp.com/journai/privacy': 'journai',
      'https://app.kilgoreai.com/privacy': 'knowbot-kilgoreai',
      'https://www.notizpilot.de/datenschutz.html': 'notizpilot',
      'https://notist-ai.com/privacy': 'notist-ai',
      'https://clipmind.tech/es/policy/privacy': 'clipmind',
      'https://pensio.app/pt-br/answers/is-my-journal-private-with-ai/': 'pensio-app',
      'https://ssocnote.com/en/ai-data-processing/': 'ssocnote',
      'https://www.memteg.com/en/privacy': 'memteg',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
