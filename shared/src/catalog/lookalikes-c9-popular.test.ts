// Traps beside the hosts the ninth popular-products pass added (data/long-tail-c9-popular.ts): ordinary products that
// share a name with a new row, and general software that came up in the popularity rankings but is not an AI tool (it
// only has an AI feature). Every one must stay unclassified.
import { describe, expect, it } from 'vitest';
import { classifyUrl } from './index';

const NAMESAKES = [
  'https://shortcut.com/', // Shortcut, the project-management tool; shortcut.ai is the AI spreadsheet agent
  'https://app.shortcut.com/',
  'https://www.quadratic.com/', // not quadratichq.com
  'https://tusk.com/', // not usetusk.ai
  'https://seamless.com/', // not seamless.ai
  'https://www.seamless.com/',
  'https://ash.com/', // not talktoash.com
  'https://aqua.com/', // not withaqua.com
  'https://xoul.com/', // not xoul.ai
  'https://presenton.com/', // not presenton.ai
  'https://www.digi.com/', // Digi International, IoT hardware; digi.ai is the AI companion
  'https://zencoder.com/', // Brightcove's video-encoding service; zencoder.ai is the coding agent
  'https://app.zencoder.com/',
  'https://oasis.com/', // not theoasis.com
];

// General software the rankings listed beside AI products; each has an AI feature but is not an AI tool itself.
const GENERAL_SOFTWARE = [
  'https://quizlet.com/',
  'https://www.chegg.com/',
  'https://brainly.com/',
  'https://www.studocu.com/',
  'https://www.turnitin.com/',
  'https://www.scribbr.com/',
  'https://www.make.com/',
  'https://crisp.chat/',
  'https://www.liveperson.com/',
  'https://www.apollo.io/',
  'https://www.outreach.io/',
  'https://www.salesloft.com/',
  'https://attio.com/',
  'https://www.lemlist.com/',
  'https://codesandbox.io/',
  'https://stackblitz.com/',
  'https://excalidraw.com/',
  'https://www.photopea.com/',
  'https://pixlr.com/',
  'https://www.wolframalpha.com/',
  'https://www.symbolab.com/',
  'https://www.babbel.com/',
  'https://www.thoughtspot.com/',
  'https://www.tableau.com/',
  'https://bubble.io/',
  'https://www.glideapps.com/',
  'https://www.flutterflow.io/',
  'https://www.builder.io/',
  'https://pitch.com/',
  'https://www.notion.so/',
  'https://mail.notion.so/',
  'https://readwise.io/',
  'https://www.heptabase.com/',
];

describe('ninth popular-products pass look-alikes', () => {
  it.each([...NAMESAKES, ...GENERAL_SOFTWARE])('%s is not an AI tool', (url) => {
    expect(classifyUrl(url)).toBeNull();
  });
});
