// The fourteenth-session re-check (issue 15): rows re-sourced to a pinned list record or the vendor's own repository keep
// classifying to their own entry; the two rows removed as dead or wrong no longer classify: Dot (new.computer, wound
// down by New Computer, up only until October 5, 2025, per its own page) and ellie.ai (Ellie Technologies' data-modelling
// platform, not an AI assistant); the portfolio pages, parents and sibling hosts beside the re-sourced rows stay
// unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const RESOURCED: Record<string, string> = {
  // the vendor's own repository at a commit
  'https://partyrock.aws/': 'partyrock',
  'https://partyrock.aws/u/someone/abc/Code-Translator': 'partyrock',
  'https://symptomate.com/': 'symptomate',
  'https://symptomate.com/chatbot/': 'symptomate',
  'https://ttsreader.com/': 'ttsreader',
  'https://prompt.security/': 'prompt-security',
  'https://www.prompt.security/': 'prompt-security',
  // a stored copy of the vendor's own docs
  'https://firecut.ai/': 'firecut',
  'https://learn.firecut.ai/features/multi-track/multi-track-video-editing': 'firecut',
  'https://bir.ch/': 'birch-revealbot',
  'https://help.bir.ch/en/articles/1526011-creating-automated-rules': 'birch-revealbot',
  'https://revealbot.com/': 'birch-revealbot',
  // the startup portfolio records pinned by the thirteenth session's dataset pass
  'https://auquan.com/': 'auquan',
  'https://www.katalist.ai/': 'katalist',
  'https://linguix.com/': 'linguix',
};

const UNCLASSIFIED = [
  // removed rows
  'https://new.computer/',
  'https://www.new.computer/',
  'https://ellie.ai/',
  'https://www.ellie.ai/best-practices',
  'https://yourorganization.ellie.ai/',
  'https://www.ellie.fi/',
  // vendors, parents and the pages the sources were read on
  'https://aws.amazon.com/',
  'https://www.amazon.com/',
  'https://github.com/aws-samples/amazon-bedrock-intro-demo',
  'https://github.com/infermedica/symptom-checker-chatbot-example',
  'https://www.techstars.com/portfolio/auquan',
  'https://500.co/portfolio/katalistai-inc',
  'https://www.antler.co/portfolio/linguix',
  // sibling hosts and shapes beside the re-sourced ones
  'https://www.sentinelone.com/',
  'https://github.com/prompt-security/openclaw-scanner',
  'https://ttsreader.org/',
  'https://firecut.com/',
  'https://www.facebook.com/business/help/1234',
  'https://partyrock.com/',
  'https://symptomate.org/',
  'https://auquan.co.uk/',
  'https://katalist.com/',
  'https://linguix.org/',
];

describe('fourteenth-session re-check', () => {
  it('re-sourced hosts classify to their own entries', () => {
    expectEachClassifiedAs(RESOURCED, { api: true });
  });

  it('the removed hosts and the general sites beside the re-sourced ones stay unclassified', () => {
    expectNoneClassified(UNCLASSIFIED);
  });
});
