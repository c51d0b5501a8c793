// Traps beside the rows the twenty-eighth session's second meeting-and-voice pass added
// (data/long-tail-c28-meetvoice2.ts): the ordinary sites next to each kind of tool it added (meeting platforms,
// contact-centre outsourcers, human transcription and voice-talent services, court-reporting guides, universities'
// transcription pages, a church), the shared-platform copies, developer hosts and left-out pages the pass read, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Meetvoice2Tools } from './data/long-tail-c28-meetvoice2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.nethexcare.ro/en/quality-automation-in-contact-centers/', // a contact-centre outsourcer, beside OpticAll
  'https://simplycontact.com/blog/ai-quality-assurance-contact-center/', // a contact-centre outsourcer's blog
  'https://www.legaltranscriptionservice.com/blog/transforming-legal-workflow-ai-enhances-deposition-transcription/', // human legal transcription
  'https://www.outsecmedia.co.uk/post/interview-transcription-for-journalists-accuracy-confidentiality-and-turnaround-in-one-service', // human transcription
  'https://www.courtreporter.co/guides/how-ai-is-changing-legal-transcription', // a court-reporting guide, beside VidNotes
  'https://www.voices.com/blog/our-commitment-to-ethical-ai/', // a voice-talent marketplace, beside the TTS rows
  'https://www.voicemachine.com/post/unlimited-non-broadcast-non-active-commercial-use-what-does-it-mean', // human voice-overs
  'https://i.ntnu.no/wiki/-/wiki/Norsk/Tale+til+tekst', // a university's internal transcription service page
  'https://ansatt.oslomet.no/transkribering', // a university's staff guide to transcription
  'https://www.nla.no/forskning/personvern-i-forskning/innsamling-av-personopplysninger-med-lyd--og-bildeopptak2/automatisk-transkribering-i-Word/', // a college's guide
  'https://www.liveoakuu.org/recorded-meeting-policy/', // a congregation's recording policy, beside the sermon tools
  'https://datajd.com/tag/customer-data-privacy/', // a blog on call-recording governance
  'https://soerq.com/practical-insights-into-ai-call-analytics-and-legal-considerations/', // an article on call analytics
];

const SHARED_PLATFORMS = [
  'https://callrecap.pages.dev/privacy', // CallRecap's earlier copy on a shared platform
  'https://usedictate-landing.pages.dev/privacy', // Dictate's policy on a shared platform
  'https://gabrielmalonso.github.io/usedictate-legal/privacy', // Dictate's policy on a shared platform
  'https://dictate-app.pages.dev/privacy', // dictate.app's policy on a shared platform
  'https://dictationproapp.netlify.app/privacy', // Dictation Pro on a shared platform
  'https://vocalanalytics.netlify.app/call-center-qa-compliance-monitoring', // a call-analytics page on a shared platform
  'https://prod-vokarys--vcbr-8776e.us-central1.hosted.app/terms', // Vokarys on a Firebase hosted-app host
  'https://meeting-note-production.up.railway.app/privacy', // a meeting-notes extension on railway.app
  'https://copper-carolina-19.tiiny.site/', // Meeting Copilot's policy on tiiny.site
];

const LEFT_OUT = [
  'https://www.fabfeelings.com/smartyvoicenotes/terms', // Smarty Voice Notes on a developer's host with several apps
  'https://fieldbw.com/privacy/note-taker', // an app folder on a developer's host
  'https://jakobholst.dk/terms-of-use.txt', // Voice-API's terms on a personal host
  'https://distillery-lab.fyi/dev/privacy-policy', // a developer's extension policy
  'https://getcall.online/privacy/', // a call recorder; OpenAI transcription only on request
  'https://texttospeechvideomaker.com/refundterms', // refund terms that do not say AI (as before)
  'https://www.texttospeechskills.com/terms', // terms that do not say AI (as before)
  'https://aiinteam.com/voice-consent.html', // an agency building voice agents
  'https://genartstudios.com/resources/complete-guide-ai-music-licensing', // a production studio's guide
  'https://easypitch.vecheram.com/privacy-policy', // on-device pitch detection, not said to be AI
];

const PARENTS_AND_NAMESAKES = [
  'https://www.meetso.com/', // beside Meetso (meetso.ai), not read
  'https://www.callrecap.com/', // beside CallRecap (callrecap.app), not read
  'https://www.opticall.com/', // beside OpticAll (opticall.io), not read
  'https://www.vidnotes.com/', // beside VidNotes (vidnotes.app), not read
  'https://www.sermonkeeper.com/', // beside Sermon Keeper (sermonkeeper.app), not read
  'https://www.speakscore.com/', // beside SpeakScore (myspeakscore.com), not read
  'https://speechora.com/', // a children's speech app, beside Speechora (speechora.io)
  'https://www.soundpiece.com/', // beside Soundpiece (soundpiece.co), not read
  'https://www.krey.com/', // beside KreyAI (kreyai.com), not read
];

describe('twenty-eighth-session meetvoice2 traps', () => {
  it('adds 17 rows, each with one domain and no prefix, all global', () => {
    expect(longTailC28Meetvoice2Tools.length).toBe(17);
    expect(
      longTailC28Meetvoice2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0),
    ).toBe(true);
    expect(longTailC28Meetvoice2Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Meetvoice2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Meetvoice2Tools));
    expectEachClassifiedAs({
      'https://eu.aimeet.live/': 'ai-meet-live',
      'https://www.kukarella.com/post/how-to-get-started-with-kukarella:-free-trial-cancellations-and-more!':
        'kukarella',
      'https://www.kukarella.com/resources/ai-voice-cloning/the-guide-to-voice-cloning-ethics-and-legal-rights':
        'kukarella',
      'https://www.kreyai.com/billing?pack=growth': 'kreyai',
      'https://docs.pyannote.ai/administration/billing': 'pyannote-ai',
      'https://www.wave2text.com/': 'wave2text-audio-chat',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified(GENERAL_SITES);
    expectNoneClassified(SHARED_PLATFORMS);
    expectNoneClassified(LEFT_OUT);
    expectNoneClassified(PARENTS_AND_NAMESAKES);
  });
});
