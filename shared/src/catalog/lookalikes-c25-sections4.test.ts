// Traps beside the rows the twenty-fifth session's fourth sections pass added (data/long-tail-c25-sections4.ts): the
// general sites and parent paths of the AI sections it claimed (Elsevier and Scopus, JSTOR, Ex Libris's knowledge
// centre, San José State's library, Yale's AI site, Stanford, Oxford, campusGenAI's users), the scholarly platforms
// and retailers, banks, newspapers and travel sites whose AI assistants the searches met without a vendor page, the
// blog posts, guidance pages and embedded chatbots the pass left out, news and copies, and shared-platform pages. None
// of them may classify; every new host and prefix must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25Sections4Tools } from './data/long-tail-c25-sections4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES_AND_PARENTS = [
  'https://www.elsevier.com/', // the publisher's site, beside Scopus AI's page
  'https://www.elsevier.com/products/scopus', // the parent of the Scopus AI page
  'https://www.elsevier.com/fr-fr/products/scopus', // the same parent in French
  'https://www.elsevier.com/products/sciencedirect', // another Elsevier product page
  'https://www.scopus.com/', // the abstract and citation database itself
  'https://www.sciencedirect.com/', // Elsevier's full-text platform
  'https://www.jstor.org/', // the digital library, beside its generative-AI page
  'https://www.jstor.org/action/doBasicSearch?Query=archives', // JSTOR's ordinary search
  'https://knowledge.exlibrisgroup.com/', // Ex Libris's knowledge centre
  'https://knowledge.exlibrisgroup.com/Primo/Product_Documentation/020Primo_VE/Primo_VE_(English)', // Primo VE's docs
  'https://knowledge.exlibrisgroup.com/Summon/Product_Documentation/Searching_in_The_Summon_Service/Search_Features', // Summon's docs
  'https://knowledge.exlibrisgroup.com/Alma/Product_Documentation/010Alma_Online_Help_(English)/Metadata_Management', // Alma's docs
  'https://knowledge.exlibrisgroup.com/Leganto/Product_Documentation/Leganto_Online_Help_(English)/Leganto_User_Interface_Guide/30_Working_With_Reading_Lists', // reading lists, met in the searches
  'https://www.exlibrisgroup.com/', // Ex Libris's site
  'https://library.sjsu.edu/', // the library, beside its AI research assistant section
  'https://www.sjsu.edu/', // the university
  'https://ai.yale.edu/', // Yale's AI initiative site, beside its Clarity section
  'https://ai.yale.edu/yales-ai-tools-and-resources', // the parent of the Clarity section
  'https://www.yale.edu/', // the university
  'https://crfm.stanford.edu/', // the research centre's site, beside its models interface
  'https://www.ox.ac.uk/', // the university, beside CLARA
  'https://www.industrydocuments.ucsf.edu/', // the document archive CLARA searches
  'https://www.ucsd.edu/', // the university whose TritonAI is a lead
  'https://www.umich.edu/', // the university whose U-M GPT is listed
  'https://www.duke.edu/', // the university whose DukeGPT was met in news
];

const PLATFORMS_WITHOUT_A_VENDOR_PAGE = [
  'https://www.ebsco.com/', // EBSCO, whose AI Insights was met in blog posts only
  'https://www.proquest.com/', // ProQuest, whose Research Assistant was met in a blog post only
  'https://www.webofscience.com/', // Web of Science, whose Research Assistant was met in reviews only
  'https://www.amazon.com/', // Rufus lives in the store with no path of its own
  'https://www.walmart.com/', // Sparky, met in news only
  'https://www.target.com/', // Target's shopping agent, met in news only
  'https://www.bankofamerica.com/', // Erica, met in news only
  'https://www.ft.com/', // Ask FT, met in news only
  'https://www.forbes.com/', // Adelaide, met in news only
  'https://www.trip.com/', // TripGenie lives in the app
  'https://www.expedia.com/', // Romie, retired
  'https://www.booking.com/', // its AI trip planner, met in news only
];

const LEFT_OUT = [
  'https://about.jstor.org/blog/generative-ai-on-jstor-what-were-learning/', // JSTOR's blog post about its tool
  'https://ebsco.com/blogs/ebscopost/responsible-research-through-responsible-ai', // EBSCO's blog
  'https://about.proquest.com/fr/blog/2026/improving-student-engagement-and-research-persistence-with-ai/', // ProQuest's blog
  'https://clarivate.com/webofsciencegroup/support/myra/', // a mobile search app's help, not AI
  'https://www.amazon.science/blog/the-technology-behind-amazons-genai-powered-shopping-assistant-rufus', // a science blog post
  'https://www.csusb.edu/its/support/digital-transformation/chatbot', // a chatbot embedded in a university's sites
  'https://genai.umich.edu/resources', // guidance pages
  'https://safecomputing.umich.edu/protect-the-u/safely-use-sensitive-data/AI-and-UM-Data', // guidance pages
  'https://today.duke.edu/2026/02/encouraging-people-try-new-ai-tools-while-still-protecting-sensitive-data', // news
  'https://nrp.ai/documentation/userdocs/ai/llm-managed/fair-use', // a research cluster's fair-use page
  'https://eduaipolicy.org/themes/privacy-data-entry', // a tracker of universities' AI policies
];

const NEWS_AND_COPIES = [
  'https://infotoday.eu/Articles/Editorial/Featured-Articles/Putting-Web-of-Science-Research-Assistant-to-the-test-166666.aspx',
  'https://scholarlykitchen.sspnet.org/2024/07/25/interview-with-maxim-khan-about-scopus-ai/',
  'https://www.thecrimson.com/article/2023/10/18/ai-sandbox-pilot/',
  'https://er.educause.edu/articles/2024/2/how-and-why-the-university-of-michigan-built-its-own-closed-generative-ai-tools',
  'https://niemanlab.org/2024/03/the-financial-times-is-ready-for-its-ai-to-answer-your-questions-well-some-of-them',
  'https://thefinancialbrand.com/news/customer-experience-banking/hy-bank-of-americas-erica-virtual-assistant-has-a-human-touch-187354',
  'https://www.techspot.com/news/111962-target-puts-customers-hook-ai-shopping-assistant-errors.html',
  'https://www.axios.com/2023/11/15/ai-chatbot-chat-gpt-travel-trip-planning',
  'https://www.hospitality.today/article/expedia-learned-where-ai-breaks-it-wasnt-the-model',
  'https://digitaltravelapac.wbresearch.com/blog/tripgenie-the-future-of-ai-driven-tavel-itineraries',
];

const SHARED_PLATFORMS = [
  'https://clarifeye.mintlify.app/backoffice/agent', // an AI vendor's docs on a shared platform
  'https://lazypatata.wixsite.com/mysparklingshadow/post/the-missing-piece-of-expedia-s-ai-puzzle', // a blog on wixsite
  'https://trakkr-production.pages.dev/glossary/alexa', // a glossary on pages.dev
  'https://wing-vc.webflow.io/content/the-university-of-chicagos-cio-on-why-universities-make-ideal-ai-test-beds---and-what-startup-founders-should-know', // an interview on webflow.io
];

// Pages about an AI feature that the pass first claimed as URL prefixes; dropped at the merge (see the data file).
const ABOUT_AI_PAGES = [
  'https://www.elsevier.com/products/scopus/scopus-ai', // a page about an AI feature, dropped at the merge
  'https://www.elsevier.com/fr-fr/products/scopus/scopus-ai', // a page about an AI feature, dropped at the merge
  'https://www.jstor.org/generative-ai-faq', // a page about an AI feature, dropped at the merge
  'https://knowledge.exlibrisgroup.com/Primo/Product_Documentation/020Primo_VE/Primo_VE_(English)/015_Getting_Started_with_Primo_Research_Assistant', // a page about an AI feature, dropped at the merge
  'https://knowledge.exlibrisgroup.com/Summon/Product_Documentation/Searching_in_The_Summon_Service/Search_Features/Getting_Started_with_Summon_Research_Assistant', // a page about an AI feature, dropped at the merge
  'https://knowledge.exlibrisgroup.com/Alma/Product_Documentation/010Alma_Online_Help_(English)/Metadata_Management/005Introduction_to_Metadata_Management/The_AI_Metadata_Assistant_in_the_Metadata_Editor', // a page about an AI feature, dropped at the merge
  'https://knowledge.exlibrisgroup.com/Alma/Product_Documentation/Alma_Online_Help_(Deutsch)/Der_KI-Metadaten-Assistent_im_Metadaten-Editor', // a page about an AI feature, dropped at the merge
  'https://library.sjsu.edu/OneSearch-research-assistant', // a page about an AI feature, dropped at the merge
  'https://ai.yale.edu/yales-ai-tools-and-resources/clarity-platform', // a page about an AI feature, dropped at the merge
];

describe('twenty-fifth-session sections pass (sections4)', () => {
  it('adds three AI-only hosts in the global region (the prefix rows were dropped at the merge)', () => {
    expect(longTailC25Sections4Tools.length).toBe(3);
    expect(longTailC25Sections4Tools.filter((t) => t.urlPrefixes.length > 0).length).toBe(0);
    expect(longTailC25Sections4Tools.flatMap((t) => t.domains)).toEqual([
      'crfm-models.stanford.edu',
      'clara-research.com',
      'campusgenai.org',
    ]);
    expect(longTailC25Sections4Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host and prefix to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25Sections4Tools), { api: true });
  });

  it('classifies the pages the rows cite, and pages below the claimed prefixes and hosts', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25Sections4Tools));
    expectEachClassifiedAs({
      'https://clara-research.com/': 'clara-research',
      'https://www.campusgenai.org/': 'campusgenai',
    });
  });

  it('leaves general sites, parents, platforms without a vendor page, left-out pages, news and shared platforms unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES_AND_PARENTS,
      ...PLATFORMS_WITHOUT_A_VENDOR_PAGE,
      ...LEFT_OUT,
      ...NEWS_AND_COPIES,
      ...SHARED_PLATFORMS,
      ...ABOUT_AI_PAGES,
    ]);
  });
});
