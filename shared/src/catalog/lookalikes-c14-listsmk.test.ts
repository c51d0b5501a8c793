// Traps beside the hosts the fourteenth session's listsmk helper took from ai-collection/ai-collection's "Generative AI
// Landscape" (data/long-tail-c14-listsmk*.ts): the general software the list files under AI beside these products,
// the parents of the AI pages and subdomains added as prefixes or subdomains, sibling pages on those hosts, records
// left out (shared hosts, mobile-only apps, name and host disagreeing) and namesakes of the new entries. Every trap
// must stay unclassified; every new host and prefix must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC14ListsmkTools } from './data/long-tail-c14-listsmk';

const ROWS = [...longTailC14ListsmkTools];

const GENERAL_SOFTWARE = [
  'www.getresponse.com', // email marketing the list files under Sales & Marketing
  'unbounce.com',
  'tally.so',
  'www.tability.io',
  'www.springworks.in',
  'www.wonsulting.com',
  'www.lightricks.com',
  'www.clipstudio.net',
  'www.everypixel.com',
  'wizishop.com',
  'socialbu.com',
  'www.quattr.com',
  'castpush.com',
  'www.bookmark.com',
  'kyligence.io',
];

const PARENTS_AND_SIBLINGS = [
  'www.beehiiv.com', // the newsletter platform; only its AI page is an entry
  'www.beehiiv.com/create',
  'app.beehiiv.com',
  'online.hitpaw.com', // HitPaw's online tools; only the two enhancer pages are entries here
  'online.hitpaw.com/online-video-converter.html',
  'sessionloops.com', // a sample store; only DrumNet is an entry
  'sessionloops.com/drum-loops',
  'cloudinary.com', // the media platform; only its Edit @ Scale subdomain is an entry
  'www.cloudinary.com',
  'console.cloudinary.com',
  'www.delete.bg/aistudio', // left out: the record's name (Blend Studio) and host disagree
  'aishoot.co', // left out with img-cut.aishoot.co
];

const LEFT_OUT_RECORDS = [
  'aipicasso.studio.site', // shared hosts
  'not-me.netlify.app',
  'textgeneratedimagegenerate.streamlit.app',
  'cardiagnosis.softr.app',
  'filmforge.uwu.ai',
  'looka.grsm.io', // affiliate redirects
  'hexact.pxf.io',
  'livereacting.sjv.io',
  'rizzai.com', // mobile-only keyboards and apps
  'hotconvo.art',
  'instascribe.app',
  'neuralactors.com', // name and host disagree
  'mybrokerone.com',
  'helphub.commandbar.com', // renamed
  'www.oddvibe.com', // a gallery, not a tool
  'www.zazow.com',
  'www.autoname.org', // a Figma plugin
  'www.flyingdog.de', // a Photoshop plugin's maker
];

const NAMESAKES = [
  'www.theresumator.com', // JazzHR's old name, beside resumator.ai
  'www.storyd.com',
  'www.ctrl.com',
  'www.namefinder.com',
  'www.manifest.com',
  'manifest.app',
  'www.orkoi.net',
  'www.umbrellabird.org',
  'www.docubro.net',
  'www.finaltouch.com',
  'www.oscar.com', // Oscar Health, beside Oscar Stories
  'www.glimmer.com',
  'www.songdonkey.com',
  'www.timemaster.com',
  'www.tinder.com', // Tinder, beside TinderProfile.ai
];

describe('fourteenth-session listsmk traps', () => {
  it('adds a domain or a prefix to each row, from the pinned list', () => {
    expect(ROWS.length).toBe(45);
    expect(ROWS.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
    expect(ROWS.every((t) => t.source?.includes('ai-collection/ai-collection'))).toBe(true);
  });

  it('leaves the general software, parents, siblings, left-out records and namesakes unclassified', () => {
    expectNoneClassified(
      [...GENERAL_SOFTWARE, ...PARENTS_AND_SIBLINGS, ...LEFT_OUT_RECORDS, ...NAMESAKES].map((h) =>
        h.includes('/') ? `https://${h}` : `https://${h}/`,
      ),
    );
  });

  it('finds every new host and prefix', () => {
    expectEachClassifiedAs(ownUrls(ROWS), { api: true });
  });
});
