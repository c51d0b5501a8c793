// Fifth pass over the pinned lists (CHECKED_3): writing, copy, SEO and presentation tools that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5WritingTools: Tool[] = defineTools('writing', [
  { id: 'aipoemgenerator-cc', name: 'AI Poem Generator', vendor: 'AI Poem Generator', category: 'writing', domains: ['aipoemgenerator.cc'], source: listed('yksanjo', 'DISCOVERIES.md') },
  { id: 'qurate', name: 'Qurate', vendor: 'AppCradle', category: 'writing', domains: ['qurate.appcradle.net'], source: listed('mahseema') },
  { id: 'podify', name: 'Podify', vendor: 'Podify', category: 'writing', domains: ['podify.io'], source: listed('mahseema') },
  { id: 'learngpt-art', name: 'LearnGPT', vendor: 'LearnGPT', category: 'writing', domains: ['learngpt.art'], source: listed('sindresorhus', 'readme.md') },
  { id: 'misread', name: 'Misread', vendor: 'Misread', category: 'writing', domains: ['misread.io'], source: listed('eudk') },
  { id: 'auditzap', name: 'AuditZap', vendor: 'AuditZap', category: 'writing', domains: ['auditzap.io'], source: listed('eudk') },
  { id: 'onranko', name: 'Onranko', vendor: 'Onranko', category: 'writing', domains: ['onranko.com'], source: listed('eudk') },
  { id: 'serplux', name: 'Serplux', vendor: 'Serplux', category: 'writing', domains: ['serplux.com'], source: listed('eudk') },
  { id: 'contentedge', name: 'Contentedge', vendor: 'Contentedge', category: 'writing', domains: ['contentedge.com'], source: listed('yousefebrahimi0') },
  { id: 'ctrify', name: 'Ctrify', vendor: 'Ctrify', category: 'writing', domains: ['ctrify.com'], source: listed('yousefebrahimi0') },
  { id: 'embolden', name: 'Embolden', vendor: 'Embolden', category: 'writing', domains: ['embolden.co'], source: listed('yousefebrahimi0') },
  { id: 'h-supertools-ai-writer', name: 'H-supertools AI Writer', vendor: 'H-supertools', category: 'writing', urlPrefixes: ['h-supertools.com/ai/ai-writer'], source: listed('yousefebrahimi0') },
  { id: 'lek-ai', name: 'Lek', vendor: 'Lek', category: 'writing', domains: ['lek.ai'], source: listed('yousefebrahimi0') },
  { id: 'kanye-tweet-generator', name: 'Kanye Tweet Generator', vendor: 'Kanye Generator', category: 'writing', domains: ['kanyegenerator.com'], source: listed('yousefebrahimi0') },
  { id: 'product-launch-ai', name: 'Product Launch AI', vendor: 'Shapenship', category: 'writing', urlPrefixes: ['shapenship.com/productlaunchai'], source: listed('yousefebrahimi0') },
  { id: 'aiduh', name: 'AIduh', vendor: 'AIduh', category: 'writing', domains: ['aiduh.com'], source: listed('yousefebrahimi0') },
  { id: 'art-review-generator', name: 'Art Review Generator', vendor: 'Art Review Generator', category: 'writing', domains: ['artreviewgenerator.com'], source: listed('yousefebrahimi0') },
  { id: 'geniusreview', name: 'GeniusReview', vendor: 'GeniusReview', category: 'writing', domains: ['geniusreview.xyz'], source: listed('yousefebrahimi0') },
  { id: 'chatbcg', name: 'ChatBCG', vendor: 'ChatBA', category: 'presentation', domains: ['chatba.com', 'chatbcg.com'], source: listed('yousefebrahimi0') }, // chatbcg.com (ChatBA's former name): listed('whoisdsmith', 'README.md'), whose ChatBA row calls it ChatBCG
  { id: 'tweept3', name: 'TweePT3', vendor: 'TweePT3', category: 'writing', domains: ['tweept3.com'], source: listed('yousefebrahimi0') },
  { id: 'valideo', name: 'Valideo', vendor: 'Valideo', category: 'writing', domains: ['valideo.xyz'], source: listed('yousefebrahimi0') },
  { id: 'coverletterwrite', name: 'Cover Letter Write', vendor: 'Cover Letter Write', category: 'writing', domains: ['coverletterwrite.com'], source: listed('yousefebrahimi0') },
  { id: 'jot-ad-copy', name: 'Jot', vendor: 'Jot', category: 'writing', domains: ['jotapp.tech'], source: listed('yousefebrahimi0') },
  { id: 'replai', name: 'ReplAI', vendor: 'ReplAI', category: 'writing', domains: ['repl-ai.com'], source: listed('yousefebrahimi0') },
  { id: 'scarlett-panda', name: 'Scarlett Panda', vendor: 'Scarlett Panda', category: 'writing', domains: ['scarlettpanda.com'], source: listed('yousefebrahimi0') },
  { id: 'yaara', name: 'Yaara', vendor: 'Yaara', category: 'writing', domains: ['app.yaara.ai'], source: listed('yousefebrahimi0') },
  { id: 'whiskey-ai', name: 'Whiskey AI', vendor: 'Whiskey AI', category: 'writing', domains: ['beta.whiskeyai.xyz'], source: listed('yousefebrahimi0') },
  { id: 'copyscouts', name: 'CopyScouts', vendor: 'CopyScouts', category: 'writing', domains: ['copyscouts.com'], source: listed('yousefebrahimi0') },
  { id: 'graham-ai', name: 'Graham AI', vendor: 'Graham AI', category: 'writing', domains: ['grahamai.co'], source: listed('yousefebrahimi0') },
  { id: 'my-instant-writer', name: 'My Instant Writer', vendor: 'My Instant Writer', category: 'writing', domains: ['myinstantwriter.com'], source: listed('yousefebrahimi0') },
  { id: 'revspot', name: 'Revspot', vendor: 'Revspot', category: 'writing', domains: ['revspot.co'], source: listed('yousefebrahimi0') },
  { id: 'deck-rocks', name: 'deck.rocks', vendor: 'deck.rocks', category: 'presentation', domains: ['deck.rocks'], source: listed('yousefebrahimi0') },
], { checked: CHECKED_3 });
