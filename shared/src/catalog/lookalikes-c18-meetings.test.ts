// Traps beside the rows the eighteenth session's meetings pass added (data/long-tail-c18-meetings.ts): the ordinary
// sites next to each kind of AI meeting and productivity tool (video calls, booking pages, mail clients, to-do and
// note apps without the AI rows' hosts, human transcription and minutes services, therapist directories), the
// parents of the claimed subdomains, the shared-platform copies and the left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18MeetingsTools } from './data/long-tail-c18-meetings';

const GENERAL_SITES = [
  'https://zoom.us/', // Zoom Video itself, beside Zoom.ai (a different company)
  'https://www.calendly.com/', // booking links, beside the AI schedulers
  'https://www.doodle.com/', // meeting polls, beside the AI calendars
  'https://www.thunderbird.net/', // a mail client, beside the AI inbox assistants
  'https://www.fastmail.com/', // mail hosting, beside the AI email drafters
  'https://www.robertsrules.com/', // parliamentary procedure, beside MinuteSmith's board minutes
  'https://www.psychologytoday.com/', // a therapist directory, beside the AI therapy scribes
  'https://www.transcriptionhub.com/', // human transcription, beside the AI transcription services
  'https://www.telegram.org/', // the messenger the AI personal agents run on
];

const PARENTS = [
  'https://aiforthebiz.com/', // parent of inbox.aiforthebiz.com
  'https://sdm-ai.com/', // parent of icalendar.sdm-ai.com
  'https://matchsales.com.br/', // parent of app.matchsales.com.br
];

const SHARED_PLATFORMS = [
  'https://meeting-note-production.up.railway.app/privacy', // a meeting-notes extension on railway.app
  'https://smart-meet.pages.dev/privacy', // a Meet extension's policy on pages.dev
  'https://agmeet-privacy.pages.dev/', // a meeting recorder's policy on pages.dev
  'https://meetmate-landing.vercel.app/privacy', // a Meet reply-suggestion extension on vercel.app
  'https://copper-carolina-19.tiiny.site/', // Meeting Copilot's policy on tiiny.site
  'https://voicenote-legal.pages.dev/privacy/', // a Japanese minutes app's policy on pages.dev
  'https://web-red-journeys.vercel.app/privacy', // AI Secretary's policy on vercel.app
  'https://dmsuitemonorepo.pages.dev/calendarai/privacy.html', // Calendar AI's policy on pages.dev
  'https://bugslayerzoro.github.io/second-brain/privacy-policy.html', // a second-brain extension on github.io
  'https://portfoliowebapp.wixsite.com/echo-list-ai/privacy-policy', // a voice to-do app on wixsite
  'https://therapist-support.helpscoutdocs.com/article/174-how-ai-note-taking-works', // a therapy platform's help on helpscoutdocs
];

const LEFT_OUT = [
  'https://meetbot.automusk.ai/privacy', // a meeting bot whose policy never says AI
  'https://miorosoftteams.com/terms.html', // a domain imitating Microsoft Teams
  'https://mailpilot.tedbotai.com/privacy', // a draft policy with a placeholder contact
  'https://ai-lab.com.au/terms-of-service.html', // a macOS-only email assistant
  'https://plancraft.iamdev.me/terms', // an iOS-only AI to-do app on a developer's host
  'https://hypercalendar.app/privacy', // a personal project
  'https://calender.winjo.xyz/privacy', // a personal calendar agent
  'https://gmail.rela.uy/privacy-policy', // a personal Gmail auto-drafter
  'https://ai-email.dhakalnirajan.com.np/privacy', // a demonstration project
  'https://pa.dev.aeq.com/privacy', // a dev host
  'https://www.calendaraiml.com/terms', // terms that never say the product uses AI
  'https://www.meetingwiz.com/terms', // a scheduling poll without AI
  'https://app.meetingprep.ca/privacy', // a briefing tool whose policy never says AI
  'https://armonai.com/es/terms', // an iOS-only goal planner
  'https://www.jacdouy.com/chiefofstaffprivacypolicy', // an on-device iOS app
  'https://agentsend.io/use-cases/scheduling-agent', // an email API for agents
  'https://www.pymancer.ru/privacy-policy.md', // an internal meeting bot
];

const NAMESAKES = [
  'https://www.zoom.com/', // Zoom Video's other host, beside Zoom.ai
  'https://www.smartemails.com/', // beside SmartEmails (smartemails.ai)
  'https://www.mailassist.com/', // beside Mail Assist (mailassist.ai)
  'https://www.minutesmith.co.uk/', // beside MinuteSmith
  'https://www.datumnotes.io/', // beside DatumNotes
  'https://www.effortlist.com/', // beside EffortList AI
  'https://www.mindlib.com/', // beside mindlib (mindlib.de)
  'https://www.accordnote.io/', // beside AccordNote
  'https://www.bonusvoice.com/', // beside BonusVoice
  'https://www.melya.com/', // beside Melya (melya.ai)
  'https://www.brainnotes.com/', // beside Brainnotes (brainnotes.app)
  'https://www.secondbrain.com/', // beside Second Brain (secondbrainnotes.app)
];

describe('eighteenth-session meetings traps', () => {
  it('adds 42 rows, each with one domain and no prefix', () => {
    expect(longTailC18MeetingsTools.length).toBe(42);
    expect(longTailC18MeetingsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18MeetingsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://help.confidantnotes.com/article/16-where-does-my-data-live': 'confidant-notes',
      'https://app.mindlib.de/privacy/en': 'mindlib',
      'https://app.calassist.ai/privacy': 'calassist',
      'https://www.zoom.ai/privacy': 'zoom-ai-assistant',
      'https://inbox.aiforthebiz.com/privacy.html': 'inbox-copilot-aiforthebiz',
      'https://icalendar.sdm-ai.com/privacy': 'ai-calendar-sdm',
      'https://app.matchsales.com.br/termos-e-politicas.html': 'match-sales-cia',
      'https://www.speech-to-text.co/pl/privacy': 'speech-to-text-co',
      'https://minutesmith.com/trust-center': 'minutesmith',
      'https://www.secondbrainnotes.app/privacy.html': 'second-brain-notes',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
