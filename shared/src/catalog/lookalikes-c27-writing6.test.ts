// Traps beside the rows the twenty-seventh session's sixth writing pass added (data/long-tail-c27-writing6.ts): the
// ordinary sites next to each kind of AI writing tool it added (screenwriting software, script-coverage services and
// screenwriting news, self-publishing and Amazon KDP, research publishers, admissions and teaching sites, job boards,
// Google Workspace, Substack and newsletters, political news, PDF tools), the shared-platform copies, drafts and demo
// hosts the searches returned, the hosts the pass left out, and names close to the new entries. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Writing6Tools } from './data/long-tail-c27-writing6';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.finaldraft.com/', // screenwriting software, beside the screenplay tools
  'https://www.writerduet.com/', // screenwriting software, beside the screenplay tools
  'https://www.celtx.com/', // screenwriting and production software
  'https://www.studiobinder.com/', // production software, beside StoryBirdie
  'https://www.storyboardthat.com/', // a storyboard maker, beside StoryBirdie
  'https://fountain.io/', // the plain-text screenplay format NoosphereWriter and others read
  'https://blcklst.com/', // The Black List, human script evaluations
  'https://coverfly.com/', // a screenwriting competition hub
  'https://www.wga.org/', // the Writers Guild, beside the screenplay tools
  'https://nofilmschool.com/ai-script-coverage-scam', // screenwriting news met in the searches
  'https://screenplayreaders.com/why-ai-script-coverage-is-bad/', // a human coverage service's post on AI coverage
  'https://actfourscreenplays.com/screenwriting-blog/ai-script-coverage-calvisi', // a coach's test of AI coverage
  'https://www.scriptrevolution.com/blog/an-ai-analyst-analysis-the-case-for-human-script-readers', // a script marketplace's post
  'https://en.wikipedia.org/wiki/Screenwriting_software', // an encyclopedia article met in the searches
  'https://kdp.amazon.com/', // Kindle Direct Publishing, beside KDP Builder
  'https://www.selfpublishingtitans.com/blog/why-is-kdp-asking-about-ai', // a self-publishing blog on KDP's AI question
  'https://teachercareerchange.net/p/can-we-use-ai-tools-at-amazon-kdp-self-pub', // a blog on KDP's AI rules
  'https://www.writersdigest.com/', // a writing magazine, beside the manuscript tools
  'https://querytracker.net/', // an agent-query tracker, beside the manuscript tools
  'https://www.scribophile.com/', // a human critique community, beside FirstReader and Polish My Book
  'https://www.elsevier.com/', // a research publisher, beside Refereely
  'https://www.springernature.com/', // a research publisher, beside Refereely
  'https://openreview.net/', // open peer review, beside Refereely
  'https://katinamagazine.org/content/article/open-knowledge/2026/will-ai-level-linguistic-playing-field-for-researchers', // an article on AI editing
  'https://www.mdpi.com/2379-139X/12/6/85/htm', // an editorial on AI manuscript revision
  'https://www.editorworld.com/article/why-journals-reject-ai-edited-papers', // a human editing service's article
  'https://www.commonapp.org/', // college applications, beside Reffy
  'https://www.edweek.org/', // education news, beside Reffy
  'https://vikinglogue.com/9690/forum/stop-using-ai-teachers', // a student paper's piece on AI recommendation letters
  'https://www.indeed.com/', // a job board, beside the resume and cover-letter writers
  'https://www.linkedin.com/jobs/', // a job board, beside the resume and cover-letter writers
  'https://www.jobbank.gc.ca/', // Canada's job bank, beside LetterReal
  'https://workspace.google.com/marketplace', // the Workspace Marketplace, beside Proofreader 2
  'https://substack.com/', // the newsletter platform Substack Analyzer reads
  'https://www.beehiiv.com/', // a newsletter platform
  'https://www.politico.com/', // political news, beside WriteRed
  'https://www.ilovepdf.com/', // PDF tools, beside 译PDF
  'https://flarestart.com/article/how-we-built-an-ai-screenplay-to-storyboard-pipeline-in-go-20260331', // a copy of StoryBirdie's founders' post
];

const SHARED_PLATFORMS = [
  'https://home-page-6jb.pages.dev/terms', // an interactive-fiction template with "[[App]]" placeholders
  'https://bambooeater-aiwriter.pages.dev/privacy.html', // a rewriter's policy on a shared platform
  'https://aiselect-chat.pages.dev/ai-assistants-in-academic-writing-ethical-boundaries-appropriate-use-and-academi/', // an article on a shared platform
  'https://xtension-validator.vercel.app/privacy', // an extension policy on a shared platform
  'https://narrarte-legal-ai310zuzs-eljegas-projects.vercel.app/terms-of-service.html', // NarrArte's terms on a shared platform
  'https://idyllic-malasada-8f9c67.netlify.app/privacy-policy.html', // Cover Letter Pro's policy on a shared platform
  'https://maximum-karna-nyau-c9e85a17.koyeb.app/privacy', // an email-reply extension's policy on a shared platform
  'https://theboukadida92.github.io/cover-me/privacy-policy.html', // a namesake Cover Me extension on a shared platform
  'https://wasimk0077.github.io/resume-optimizer-privacy', // a resume extension's policy on a shared platform
  'https://dangtoolsapp.blogspot.com/p/privacy-policy-recommendation-letter.html', // an Android letter app's policy
  'https://sites.google.com/view/gemini-writing-assistant/home', // an extension's policy on a shared platform
];

const LEFT_OUT = [
  'https://freescreenwriter.com/privacy', // a screenwriting app with opt-in AI analysis (a lead)
  'https://scriptflo.ai/privacy', // a screenwriting app with opt-in AI features (a lead)
  'https://screenplayeditor.app/privacy', // a Google Docs screenplay formatter with an AI Script Doctor
  'https://www.writingnexus.com/privacy', // a writing workspace with opt-in AI coaching
  'https://script-den.com/privacy', // screenplay analysis without AI yet
  'https://www.pr0ta.com/docs/screenplay', // a screenplay editor with "writing agents" (a lead)
  'https://staging.storyarn.com/docs/screenwriting/screenplays-overview', // a staging host
  'https://wiki.covered.productions/', // Coverage AGI, a bare host
  'https://nextjs.aiscriptreader.com/blog/filmmaking-innovations/ai-script-analysis-metrics-explained', // a deployment-named host
  'https://pdf-translation.com/privacy', // engines of the user's choice, not said to be AI (a lead)
  'https://www.kdpeasy.com/tools/book-description-generator', // a description tool page that does not say AI
  'https://build-myresume.com/privacy', // a policy that does not say AI
  'https://dev.resumementor.net/privacy', // a development host
  'https://resumes.2brotherssecretrecipe.com/privacy', // a resume builder on a recipe site's subdomain
  'https://www.careersolutionsfortoday.com/resumebuilder.html', // a career coach's site
  'https://www.ideasallday.com/grammarme/privacy', // an app on a developer's host
  'https://www.jeaninetripodi.com/anchorit-privacy-policy', // an app on a coach's host
  'https://forgedbyatlas.com/privacy-coverletter.html', // an extension studio (as c18 decided)
  'https://flyletter.io/privacy', // a policy that does not say what the AI does
  'https://manusights.com/privacy', // a review service (as c18 and c21 decided)
  'https://manuscrit.co/privacy', // a ghostwriting service (as c18 decided)
  'https://www.betashelf.com/privacy', // a human beta-reader platform (as c21 decided)
  'https://www.essay.cafe/privacy-policy', // human-led essay coaching
  'https://help.contentfly.com/en/articles/4753091-does-word-quota-carry-over-each-month', // human writers
  'https://help.draft.co/en/articles/6282855-do-words-expire', // human writers
  'https://www.pusserdigital.com/terms-of-service', // word-credit terms that do not say AI
  'https://translate.emsato.com/privacy', // translation.legal on another company's subdomain
  'https://dzreward.online/ai-usage-policy', // "just a Demo"
  'https://gmail.rela.uy/privacy-policy', // a personal project
  'https://ai-email.dhakalnirajan.com.np/privacy', // a demonstration project
  'https://lingua-ai.net/?p=7792', // a template page
  'https://wifi.joyaix.top/service.html', // StoryChat.AI on an odd host
];

const NAMESAKES = [
  'https://www.storynotes.com/', // beside StoryNotes (storynotes.app)
  'https://www.firstreader.com/', // beside FirstReader (firstreader.app)
  'https://www.reffy.com/', // beside Reffy (reffy.ai)
  'https://www.storychain.com/', // beside StoryChain (storychain.fun)
  'https://www.writekit.com/', // beside Writekit (writekit.ai)
  'https://www.writered.com/', // beside WriteRed (writered.app)
  'https://www.coverme.com/', // beside Cover Me (cover-me.dev)
  'https://www.proofreader.com/', // beside Proofreader 2 (proofreader2.com)
  'https://www.kdpbuilder.net/', // beside KDP Builder (kdpbuilder.com)
  'https://www.keepformat.com/', // beside 译PDF (keepformat.xyz)
  'https://www.letterreal.com/', // beside LetterReal (letterreal.ca)
  'https://www.polishmybook.net/', // beside Polish My Book (polishmybook.com)
  'https://www.storybird.com/', // a children's story platform, beside StoryBirdie
  'https://www.noosphere.com/', // beside NoosphereWriter (noospherewriter.com)
];

describe('twenty-seventh-session writing6 traps', () => {
  it('adds 18 rows, each with one domain and no prefix, all global but Proofreader 2', () => {
    expect(longTailC27Writing6Tools.length).toBe(18);
    expect(longTailC27Writing6Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC27Writing6Tools.filter((t) => catalogRegion(t.id) !== 'global').map((t) => t.id)).toEqual(
      ['proofreader-2'],
    );
    expect(catalogRegion('proofreader-2')).toBe('europe');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Writing6Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Writing6Tools));
    expectEachClassifiedAs({
      'https://blog.reffy.ai/the-new-rules-of-ai-recommendation-letters': 'reffy',
      'https://reffy.ai/': 'reffy',
      'https://refereely.com/': 'refereely',
      'https://storybirdie.com/blog/ai-storyboard-generators-how-they-work': 'storybirdie',
      'https://screenplayadvisor.com/studio': 'screenplay-advisor',
      'https://storychain.fun/en/privacy': 'storychain',
      'https://cover-me.dev/': 'cover-me-dev',
      'https://www.writekit.ai/': 'writekit',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
