// Traps beside the rows the eighteenth session's aliases pass added (data/long-tail-c18-aliases.ts) and the two hosts
// it appended to existing entries (flora.ai to `flora-ai`, aisummary.app to the YouTube Transcript AI Summary
// extension): the ordinary sites next to each kind of new entry, the parents of the claimed subdomains, the
// shared-platform pages the pass read, the left-out hosts and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry.
//
// callscribe.ae dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18AliasesTools } from './data/long-tail-c18-aliases';

const GENERAL_SITES = [
  'https://steplus.co/', // parent of the claimed chatwithdb.steplus.co
  'https://www.softcreator.com/', // parent of the claimed brw-youtube-summary.softcreator.com
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ', // the videos the summary extensions read
  'https://github.com/', // the repositories Skopx answers about
  'https://www.hetzner.com/', // a host named in a call-transcription policy
  'https://stripe.com/', // the payments every policy names
  'https://www.linkedin.com/', // where the AI headshots end up
  'https://www.callgear.ae/privacy-policy/', // cloud telephony, beside the AI calling platforms
  'https://www.mooretech.io/terms', // an ERP reseller, beside the AI workspaces
];

const SHARED_PLATFORMS = [
  'https://florafauna-docs.pages.dev/reference/resources/projects', // FLORA's docs build on pages.dev
  'https://localize-today.pages.dev/privacy', // a translation widget's policy on pages.dev
  'https://siteaisummary.pages.dev/privacy', // another YouTube summariser's policy on pages.dev
  'https://landingpage-yt-summary.vercel.app/policy.html', // a summariser's policy on vercel.app
  'https://easyclaw-app.vercel.app/terms', // an OpenClaw iOS client's terms on vercel.app
  'https://myink-7yw.pages.dev/blog/how-ai-tattoo-generators-work/', // a tattoo generator's blog on pages.dev
  'https://viral-lab-d2fe3.web.app/privacy.html', // a video analyser on web.app
  'https://politicasdeseguridad.onrender.com/', // a sound-detection app's policy on onrender.com
  'https://moai-2.gitbook.io/moai-docs/terminos-y-condiciones', // an assistant platform's terms on gitbook.io
  'https://farhanhide.blogspot.com/p/privacy-policy-proface-ai-headshot-pic.html', // a headshot app on blogspot.com
  'https://unaveenj.github.io/Youtube-Summary-Chrome-Plugin/privacy-policy.html', // a summariser on github.io
];

const LEFT_OUT = [
  'https://www.decorai.co.uk/privacy', // a room-redesign app whose policy never says AI
  'https://easyclaw.cn/license', // DocuAgile's EasyClaw EULA, never says AI
  'https://terms.easyclaw.work/en/user-agreement.html', // the same EULA on a second host
  'https://www.medpapersearch.com/terms', // a PubMed search tool without AI
  'https://upscale.ai/privacy-policy', // a policy that never mentions AI
  'https://oxvo.com/company/privacy-policy', // a support suite with optional AI features
  'https://mails.ai/privacy', // a pre-launch policy
  'https://staging.localesy.com/legal/terms-of-service', // a staging host
  'https://preview.naturalquery.ai/privacy', // a preview host
  'https://automail.jacktest.net/privacy', // a test host
  'https://gethelia.dev/terms', // AGPL software with a hosted copy
  'https://headshotai.constantout.com/privacy', // a mobile-only headshot app
  'https://www.lesdevisdelhermine.fr/cgu', // a building-works marketplace with an AI estimate feature
];

const NAMESAKES = [
  'https://www.flora.network/terms', // a Web3 network named Flora, beside FLORA
  'https://floura.com/pages/terms-conditions', // a flower shop, beside FLORA
  'https://helm.sh/', // the Kubernetes package manager, beside the three Helms
  'https://www.helpr.so/terms', // a support chat, beside HelmAI and HelixAI
  'https://www.viralwell.ai/privacy-policy', // a creator ad marketplace, beside ViralNote and ViralME
  'https://www.sellbytel.com/', // a sales outsourcer, beside SellByChat and SellyChat
];

describe('eighteenth-session aliases traps', () => {
  it('adds 62 rows, each with one or two domains and no prefix', () => {
    expect(longTailC18AliasesTools.length).toBe(62);
    expect(
      longTailC18AliasesTools.every(
        (t) => t.domains.length >= 1 && t.domains.length <= 2 && t.urlPrefixes.length === 0,
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18AliasesTools), { api: true });
  });

  it('classifies the hosts appended to existing entries and the cited pages on claimed hosts', () => {
    expectEachClassifiedAs({
      'https://flora.ai/': 'flora-ai',
      'https://developer.flora.ai/api/resources/techniques': 'flora-ai',
      'https://app.flora.ai/api/v1/projects': 'flora-ai',
      'https://florafauna.ai/': 'flora-ai',
      'https://www.aisummary.app/privacy': 'youtube-transcript-ai-summary-extension',
      'https://chatwithdb.steplus.co/terms': 'chatwithdb-steplus',
      'https://app.clawhost.com/terms': 'clawhost-com',
      'https://app.sellychat.com/legal/privacy': 'sellychat',
      'https://int.botcore.app/datenschutz': 'botcore-app',
      'https://legal.write-up.dev/privacy': 'write-up-dev',
      'https://app.helixai.media/terms-of-service': 'helixai-media',
      'https://app.aiheadshots.ai/': 'ai-headshots-studio-pod',
      'https://api.transcriptyoutube.app/': 'transcriptyoutube-app',
      'https://brw-youtube-summary.softcreator.com/privacy-policy.html': 'softcreator-youtube-summary',
      'https://audiomap.ai/en/privacy': 'audiomap-ai',
      'https://mailon.ai/en/privacy': 'mailon',
      'https://oxaide.com/terms': 'oxaide',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
