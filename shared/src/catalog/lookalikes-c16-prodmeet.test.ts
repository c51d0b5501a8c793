// Traps beside the rows the sixteenth session's prodmeet pass added (data/long-tail-c16-prodmeet.ts, productivity,
// meeting and presentation AI): the general calendar, email, office, PDF, form, mind-map and job sites beside the new
// AI tools, the hosts the pass read but left unclaimed (Every's newsletter and help centre, Algoscale's consultancy
// site, the shared hosts some vendors publish docs on, the vendor repository read on GitHub), the left-out SaneBox and Clockwise,
// and sites that share a name with the new entries. Every trap must stay unclassified; every new host must classify
// to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16ProdmeetTools } from './data/long-tail-c16-prodmeet';

const GENERAL_SITES = [
  'https://www.calendly.com/', // scheduling links beside the AI schedulers
  'https://calendar.google.com/',
  'https://www.zoom.us/', // meeting platforms the note-takers join
  'https://www.webex.com/',
  'https://www.typeform.com/', // forms and surveys beside the AI survey agents
  'https://www.microsoft.com/en-us/microsoft-365/powerpoint', // office and deck software beside the slide generators
  'https://www.canva.com/presentations/',
  'https://www.adobe.com/acrobat.html', // PDF software beside the AI PDF chats
  'https://www.ilovepdf.com/',
  'https://www.xmind.net/', // mind-map software beside the AI mind maps
  'https://www.mindmeister.com/',
  'https://www.linkedin.com/jobs/', // job sites beside the resume tailors and interview copilots
  'https://www.indeed.com/',
  'https://www.glassdoor.com/',
  'https://www.sanebox.com/help/155-how-does-sanebox-work', // left out: rule and training based filtering by its own help
  'https://www.getclockwise.com/', // left out: a calendar tool whose AI is a feature, as the twelfth-session passes decided
  'https://every.to/', // Every's newsletter and help centre; only its products' own hosts are claimed
  'https://help.every.to/en/articles/13884052-how-cora-categorizes-your-emails',
  'https://algoscale.com/', // the consultancy behind DocumentIQ; only documentiq.algoscale.com is claimed
  'https://smallbricktory.com/', // only the Daisy subdomain is claimed
];

const SHARED_PLATFORMS = [
  'https://calendaria-docs.pages.dev/features/telegram-commands/', // Calendaria's docs on pages.dev
  'https://lucidpal-docs.pages.dev/guides/live-notes',
  'https://github.com/Beingpax/VoiceInk', // the vendor's repository, on GitHub
  'https://t.me/calendar0bot', // the Telegram bot itself, on Telegram
];

const NAMESAKES = [
  'https://www.sallybeauty.com/', // beside Sally AI
  'https://www.kin.com/', // Kin Insurance, beside the three Kin assistants
  'https://flashpoint.io/', // Flashpoint threat intelligence, beside Flashpoint.AI
  'https://www.alfredapp.com/', // the Alfred Mac launcher, beside alfred_
  'https://www.mappy.com/', // the French maps site, beside Mappy AI
];

describe('sixteenth-session prodmeet traps', () => {
  it('adds 71 rows, each with domains only', () => {
    expect(longTailC16ProdmeetTools.length).toBe(71);
    expect(
      longTailC16ProdmeetTools.every(
        (t) => t.domains.length >= 1 && t.urlPrefixes.length === 0 && t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16ProdmeetTools), { api: true });
  });

  it('classifies the pages the vendors publish', () => {
    expectEachClassifiedAs({
      'https://docs.taqriry.ai/meeting-setup/remove-agent': 'taqriry',
      'https://cloud.octigen.com/docs/slide-decks/overview': 'octigen',
      'https://app.timemanager.dev/blog/why-ai-scheduling-is-different': 'timemanager-dev',
      'https://daisy.smallbricktory.com/help/privacy': 'daisy-meetings',
      'https://blog.mykin.ai/p/privacy-in-personal-ai': 'kin-personal-ai',
      'https://docs.flashpoint.ai/analyze-ai': 'flashpoint-ai',
      'https://help.peakprivacy.ch/de/articles/466914-wie-werden-verschiedene-dateitypen-in-peakprivacy-verarbeitet':
        'peakprivacy',
      'https://dev.resumello.com/faq': 'resumello',
      'https://support.recolx.ai/hc/en-us/articles/50196889277587': 'recolx',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
