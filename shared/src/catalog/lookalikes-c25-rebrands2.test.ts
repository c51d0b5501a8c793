// Traps beside the twenty-fifth session's second rebrands pass (data/long-tail-c25-rebrands2.ts), which adds no row:
// the renamed hosts it adds to existing entries (hiretual.com to hireEZ, embedchain.ai to Mem0, scira.how to Scira)
// must each reach that entry; and the ordinary sites next to them (language and
// package hosts, job boards and an applicant-tracking system, the services Scira's README names), the shared-platform
// copies, the news, blog and help pages about renames the searches returned, and sites whose names sit close to the
// renamed products. None of those may classify.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

import { longTailC25Rebrands2Tools } from './data/long-tail-c25-rebrands2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.python.org/', // the language AG2 and Embedchain are written in
  'https://pypi.org/project/ag2/', // the package registry page of AG2
  'https://pypi.org/project/embedchain/', // the package registry page of Embedchain
  'https://github.com/ag2ai/ag2', // AG2's repository on a general code host
  'https://github.com/embedchain', // Embedchain's organisation on a general code host
  'https://www.indeed.com/', // a job board, beside hireEZ
  'https://www.glassdoor.com/', // a job board, beside hireEZ
  'https://learning.pcrecruiter.net/site/hireez/', // an applicant-tracking system's integration page, met in the searches
  'https://www.tripadvisor.com/', // a travel site Scira's README names as a data source
  'https://openweathermap.org/', // a weather API Scira's README names as a data source
  'https://docs.domaingenius.com.au/guides/redirects', // a registrar's redirect guide, met in the searches
  'https://shortenworld.com/support/article/what-happens-to-my-links-when-i-change-my-custom-domain', // a link shortener's help
  'https://support.smartbear.com/swagger/docs/studio/domains/rename-domains/', // an API tool's rename help
  'https://nereidalabs.com/support/kb/image-rotation/licensing/move-to-new-domain/', // a WordPress plugin's help
  'https://www.onadiko.com/Domain-Redirection--Why-Renewing-is-Mandatory', // an article on domain redirects
  'https://personal-presence-os.kda.zone/log/2026-04-17-own-domain-and-alias', // a personal log on a domain move
  'https://9to5google.com/2023/11/07/google-bard-name/', // news on the Bard name
  'https://nancyfriedman.typepad.com/away_with_words/2022/07/bye-bye-dalle-hello-craiyon-sic.html', // a naming blog on Craiyon
  'https://www.googlewatchblog.de/2024/02/google-assistant-bard-gemini/', // news on the Gemini rename (German)
  'https://futurezone.at/produkte/windows-intelligence-copilot-microsoft-apple-kopieren-windows-intelligence/402970697', // news (German)
  'https://www.tomsguide.fr/lassistant-avec-bard-va-etre-rebaptise-google-envisage-ce-nom-plus-seduisant/', // news (French)
  'https://www.clubic.com/actualite-542543-y-a-t-il-encore-un-copilot-dans-l-avion-microsoft-pourrait-changer-le-nom-de-son-ia.html', // news (French)
  'https://www.startupdaily.net/topic/funding/doctor-training-platform-oscer-scores-5-million-seed-round/', // news on Oscer's funding
  'https://www.blackbird.vc/blog/investment-notes-oscer', // an investor's note on Oscer
  'https://www.businessnewsaustralia.com/amp-html/articles/medtech-oscer-raises--5m-in-seed-round-backed-by-blackbird.html', // news
  'https://thedataexchange.media/ag2/amp', // a podcast episode on AG2
  'https://www.aljasmilaw.com/privacy-mobile.html', // a law firm's app whose AI assistant is one feature
];

const SHARED_PLATFORMS = [
  'https://microsoft.github.io/autogen/', // AutoGen's docs on a shared platform (Microsoft's project, not AG2)
  'https://embedchain.substack.com/', // Embedchain's newsletter on a shared platform
  'https://whatevergo.pages.dev/content/privacy.html', // a study app's policy on a shared platform
  'https://ta-starlingtek.pages.dev/terms.html', // an extension's terms on a shared platform
  'https://thoughtmarks-landing.pages.dev/blog/ai-changing-note-taking', // a notes app's blog on a shared platform
  'https://deploy-preview-259--luxury-shortbread-acee05.netlify.app/docs/learn/semantic-search/semantic-search-overview', // a docs preview
  'https://sites.google.com/view/aigirlfrnd/privacy', // an app policy on a shared platform
];

const NAMESAKES = [
  'https://www.scirra.com/', // the Construct game-engine maker, beside Scira
  'https://embed.ly/', // a link-preview service, beside Embedchain
];

describe('twenty-fifth-session second rebrands traps', () => {
  it('adds no row of its own', () => {
    expect(longTailC25Rebrands2Tools.length).toBe(0);
  });

  it('leaves the entries it extends in their regions', () => {
    expect(['hireez', 'mem0', 'scira'].map((id) => catalogRegion(id))).toEqual([
      'global',
      'global',
      'global',
    ]);
  });

  it('classifies the renamed hosts added to existing entries to those entries', () => {
    expectEachClassifiedAs({
      'https://hiretual.com/': 'hireez',
      'https://www.hiretual.com/': 'hireez',
      'https://help.hiretual.com/en/articles/3359596-best-practices-for-hiretual-s-talent-management-solution':
        'hireez',
      'https://hireez.com/': 'hireez',
      'https://embedchain.ai/': 'mem0',
      'https://docs.embedchain.ai/': 'mem0',
      'https://mem0.ai/': 'mem0',
      'https://scira.how/?q=weather': 'scira',
      'https://scira.ai/': 'scira',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
