// Writing, grammar, AI-detection, translation and presentation tools.
import type { Tool } from '../../schemas/tool';
import { defineTools, listed, CHECKED_2, CHECKED_3, v2flyAt, CHECKED_C10, CHECKED_C12, CHECKED_C13 } from './define';

export const writingTools: Tool[] = defineTools('writing', [
  { id: 'grammarly', name: 'Grammarly', vendor: 'Superhuman (Grammarly)', domains: ['grammarly.com', 'grammarly.io'], supplier: { enterpriseTier: true }, source: listed('eudk'), checked: CHECKED_2 },
  { id: 'jasper', name: 'Jasper', vendor: 'Jasper', domains: ['jasper.ai'], supplier: { enterpriseTier: true }, source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'copy-ai', name: 'Copy.ai', vendor: 'Copy.ai', domains: ['copy.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'writesonic', name: 'Writesonic', vendor: 'Writesonic', domains: ['writesonic.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'rytr', name: 'Rytr', vendor: 'Rytr', domains: ['rytr.me'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'quillbot', name: 'QuillBot', vendor: 'Learneo', domains: ['quillbot.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'wordtune', region: 'middle-east', name: 'Wordtune', vendor: 'AI21 Labs', domains: ['wordtune.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'languagetool', region: 'europe', name: 'LanguageTool', vendor: 'LanguageTooler', domains: ['languagetool.org', 'languagetoolplus.com'], supplier: { dataRegions: ['EU'] }, source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'prowritingaid', name: 'ProWritingAid', vendor: 'Orpheus Technology', domains: ['prowritingaid.com'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'sudowrite', name: 'Sudowrite', vendor: 'Sudowrite', domains: ['sudowrite.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'hyperwrite', name: 'HyperWrite', vendor: 'OthersideAI', domains: ['hyperwriteai.com', 'othersideai.com'], source: listed('filipecalegario'), checked: CHECKED_2 }, // othersideai.com (OthersideAI, HyperWrite's maker): listed('whoisdsmith', 'README.md')
  { id: 'anyword', name: 'Anyword', vendor: 'Anyword', domains: ['anyword.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'writer', name: 'Writer', vendor: 'Writer', domains: ['writer.com'], apiEndpoints: ['api.writer.com'], supplier: { trainsOnInputsByDefault: false, enterpriseTier: true }, source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'textcortex', region: 'europe', name: 'TextCortex', vendor: 'TextCortex', domains: ['textcortex.com'], source: listed('mrkomiljon', 'docs/more_detailed.md'), checked: CHECKED_3 },
  { id: 'neuroflash', region: 'europe', name: 'neuroflash', vendor: 'neuroflash', domains: ['neuroflash.com', 'neuro-flash.com'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'shortlyai', name: 'ShortlyAI', vendor: 'ShortlyAI', domains: ['shortlyai.com'] },
  { id: 'frase', name: 'Frase', vendor: 'Frase', domains: ['frase.io'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'surfer', name: 'Surfer', vendor: 'Surfer', domains: ['surferseo.com'], source: listed('mahseema', 'marketing.md'), checked: CHECKED_2 },
  { id: 'longshot', name: 'LongShot', vendor: 'LongShot', domains: ['longshot.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'hix-ai', name: 'HIX.AI', vendor: 'HIX.AI', domains: ['hix.ai'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'undetectable-ai', name: 'Undetectable AI', vendor: 'Undetectable AI', domains: ['undetectable.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'gptzero', name: 'GPTZero', vendor: 'GPTZero', domains: ['gptzero.me'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'originality-ai', name: 'Originality.ai', vendor: 'Originality.ai', domains: ['originality.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'copyleaks', name: 'Copyleaks', vendor: 'Copyleaks', domains: ['copyleaks.com'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'zerogpt', name: 'ZeroGPT', vendor: 'ZeroGPT', domains: ['zerogpt.com'], source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'stealthgpt', name: 'StealthGPT', vendor: 'StealthGPT', domains: ['stealthgpt.ai'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'paperpal', region: 'india', name: 'Paperpal', vendor: 'Cactus Communications', domains: ['paperpal.com', 'paperpal.cn'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 }, // paperpal.cn: listed('kapibala', 'data/navigation.json')
  { id: 'jenni', name: 'Jenni AI', vendor: 'Jenni AI', domains: ['jenni.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'writefull', name: 'Writefull', vendor: 'Digital Science', domains: ['writefull.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'trinka', region: 'india', name: 'Trinka', vendor: 'Crimson Interactive', domains: ['trinka.ai'], source: 'https://www.trinka.ai/blog/how-grammar-checkers-work/amp', checked: CHECKED_C10 },
  { id: 'notegpt', name: 'NoteGPT', vendor: 'NoteGPT', domains: ['notegpt.io'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'hemingway', name: 'Hemingway Editor', vendor: '38 Long LLC', domains: ['hemingwayapp.com'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'compose-ai', name: 'Compose AI', vendor: 'Compose AI', domains: ['compose.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'lex', name: 'Lex', vendor: 'Every', domains: ['lex.page'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'type-ai', name: 'Type', vendor: 'Type', domains: ['type.ai'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'copysmith', name: 'Copysmith', vendor: 'Copysmith', domains: ['copysmith.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'peppertype', region: 'india', name: 'Peppertype', vendor: 'Pepper Content', domains: ['peppertype.ai'], urlPrefixes: ['www.peppercontent.io/peppertype-ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 }, // www.peppercontent.io/peppertype-ai: listed('meetpateltech')
  { id: 'simplified', name: 'Simplified', vendor: 'Simplified', domains: ['simplified.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'contentbot', name: 'ContentBot', vendor: 'ContentBot', domains: ['contentbot.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'smodin', name: 'Smodin', vendor: 'Smodin', domains: ['smodin.io'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'ai-novel', region: 'japan', name: 'AI Novelist', vendor: 'Bit192', domains: ['ai-novel.com'], source: listed('llmjp', 'README.md'), checked: CHECKED_3 },
  { id: 'deepl', region: 'europe', name: 'DeepL Translator', vendor: 'DeepL', category: 'translation', domains: ['deepl.com'], apiEndpoints: ['api.deepl.com', 'api-free.deepl.com'], supplier: { trainsOnInputsByDefault: true, enterpriseTier: true, dataRegions: ['EU'] }, source: listed('eudk'), checked: CHECKED_2 },
  { id: 'deepl-write', region: 'europe', name: 'DeepL Write', vendor: 'DeepL', urlPrefixes: ['www.deepl.com/write'], supplier: { enterpriseTier: true, dataRegions: ['EU'] }, source: listed('chid', 'README.md'), checked: CHECKED_3 },
  { id: 'google-translate', name: 'Google Translate', vendor: 'Google', category: 'translation', domains: ['translate.google.com', 'translate.goog'], apiEndpoints: ['translation.googleapis.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  // portal.customtranslator.azure.ai (the Custom Translator portal, for training custom models): Microsoft's quickstart,
  // MicrosoftDocs/azure-docs@00189b006dc578eaaad5759719681a651d42670c articles/ai-services/translator/custom-translator/quickstart.md
  // (https://learn.microsoft.com/en-us/azure/ai-services/translator/custom-translator/quickstart), CHECKED_C13
  { id: 'microsoft-translator', name: 'Microsoft Translator', vendor: 'Microsoft', category: 'translation', domains: ['portal.customtranslator.azure.ai'], urlPrefixes: ['www.bing.com/translator', 'cn.bing.com/translator', 'bing.com/translator', 'www.microsoft.com/en-us/translator'], apiEndpoints: ['api.cognitive.microsofttranslator.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 }, // cn.bing.com/translator and bing.com/translator: listed('kapibala', 'data/navigation.json'); www.microsoft.com/en-us/translator: listed('aliammari1', 'README.md'), CHECKED_3
  { id: 'papago', region: 'korea', name: 'Papago', vendor: 'Naver', category: 'translation', domains: ['papago.naver.com'], source: listed('c13rkantnav', 'database/05_ai_tools.sql.bak'), checked: CHECKED_C13 }, // row "Papago AI" (Naver Papago) at papago.naver.com
  { id: 'yandex-translate', region: 'russia', name: 'Yandex Translate', vendor: 'Yandex', category: 'translation', domains: ['translate.yandex.com', 'translate.yandex.ru'], source: listed('c13rkantnav', 'database/05_ai_tools.sql.bak'), checked: CHECKED_C13 }, // row "Yandex Translate AI" at translate.yandex.com (translate.yandex.ru not named there)
  { id: 'reverso', name: 'Reverso', vendor: 'Reverso', category: 'translation', domains: ['reverso.net'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'smartcat', name: 'Smartcat', vendor: 'Smartcat', category: 'translation', domains: ['smartcat.com', 'smartcat.ai'], source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 },
  { id: 'immersive-translate', region: 'china', name: 'Immersive Translate', vendor: 'Immersive Translate', category: 'translation', domains: ['immersivetranslate.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'lara-translate', region: 'europe', name: 'Lara Translate', vendor: 'Translated', category: 'translation', domains: ['laratranslate.com'], source: 'https://developers.laratranslate.com/docs/translate-text', checked: CHECKED_C10 },
  { id: 'systran', region: 'europe', name: 'SYSTRAN Translate', vendor: 'SYSTRAN', category: 'translation', domains: ['systran.net'], source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 },
  { id: 'modernmt', region: 'europe', name: 'ModernMT', vendor: 'Translated', category: 'translation', domains: ['modernmt.com'], source: 'https://modernmt.com/api', checked: CHECKED_C10 },
  { id: 'unbabel', region: 'europe', name: 'Unbabel', vendor: 'Unbabel', category: 'translation', domains: ['unbabel.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'baidu-translate', region: 'china', name: 'Baidu Translate', vendor: 'Baidu', category: 'translation', domains: ['fanyi.baidu.com'], apiEndpoints: ['fanyi-api.baidu.com'], supplier: { dataRegions: ['CN'] }, source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'youdao-translate', region: 'china', name: 'Youdao Translate', vendor: 'NetEase Youdao', category: 'translation', domains: ['fanyi.youdao.com'], supplier: { dataRegions: ['CN'] }, source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'lingvanex', name: 'Lingvanex', vendor: 'Lingvanex', category: 'translation', domains: ['lingvanex.com'], source: 'https://pypi.org/project/lingvanex/', checked: CHECKED_C10 },
  { id: 'gamma', name: 'Gamma', vendor: 'Gamma', category: 'presentation', domains: ['gamma.app'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'beautiful-ai', name: 'Beautiful.ai', vendor: 'Beautiful.ai', category: 'presentation', domains: ['beautiful.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'tome', name: 'Tome', vendor: 'Tome', category: 'presentation', domains: ['tome.app'], source: listed('eudk'), checked: CHECKED_3 },
  { id: 'plus-ai', name: 'Plus AI', vendor: 'Plus', category: 'presentation', domains: ['plusdocs.com', 'plusai.com'], source: listed('eudk'), checked: CHECKED_2 }, // plusai.com: listed('tiorai', 'data/ai-tools.csv')
  { id: 'decktopus', name: 'Decktopus', vendor: 'Decktopus', category: 'presentation', domains: ['decktopus.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'presentations-ai', name: 'Presentations.AI', vendor: 'Presentations.AI', category: 'presentation', domains: ['presentations.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'slidesai', name: 'SlidesAI', vendor: 'SlidesAI', category: 'presentation', domains: ['slidesai.io'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'napkin-ai', name: 'Napkin AI', vendor: 'Napkin AI', category: 'presentation', domains: ['napkin.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'aippt', name: 'AiPPT', vendor: 'AiPPT', category: 'presentation', domains: ['aippt.cn', 'aippt.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'figma-make', name: 'Figma Make', vendor: 'Figma', category: 'embedded-saas', urlPrefixes: ['www.figma.com/make'], source: 'https://help.figma.com/hc/en-us/articles/43637422653719-Open-Figma-Make-with-a-prefilled-prompt', checked: CHECKED_C13 }, // Figma's help article: Make opens at www.figma.com/make/new
  { id: 'canva-ai', name: 'Canva AI', vendor: 'Canva', category: 'embedded-saas', urlPrefixes: ['www.canva.com/ai'] },
  { id: 'prezent', name: 'Prezent', vendor: 'Prezent', category: 'presentation', domains: ['prezent.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'slidespeak', name: 'Slidespeak', vendor: 'SlideSpeak', category: 'presentation', domains: ['slidespeak.co', 'slidespeak.com'], source: 'https://docs.slidespeak.co/basics/api-references/generate-presentation', checked: CHECKED_C10 }, // slidespeak.com: listed('mcpservers'), CHECKED_C12
  { id: 'wordai', name: 'WordAi', vendor: 'WordAi', domains: ['wordai.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'paraphraser-io', name: 'Paraphraser.io', vendor: 'Paraphraser', domains: ['paraphraser.io'] },
  { id: 'ginger', name: 'Ginger', vendor: 'Ginger Software', domains: ['gingersoftware.com'], source: 'https://gingersoftware.com/ginger-api/documentations', checked: CHECKED_C12 }, // Ginger's own grammar-correction API docs on gingersoftware.com
  { id: 'outwrite', name: 'Outwrite', vendor: 'Outwrite', domains: ['outwrite.com'] },
  { id: 'scalenut', region: 'india', name: 'Scalenut', vendor: 'Scalenut', domains: ['scalenut.com'], source: listed('estevecastells', 'README.md'), checked: CHECKED_3 },
  { id: 'koala', name: 'Koala AI', vendor: 'Koala', domains: ['koala.sh'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'articleforge', name: 'Article Forge', vendor: 'Glimmer', domains: ['articleforge.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'byword', name: 'Byword', vendor: 'Byword', domains: ['byword.ai'], source: listed('estevecastells', 'README.md'), checked: CHECKED_3 },
  { id: 'contentatscale', name: 'Content at Scale', vendor: 'BrandWell', domains: ['contentatscale.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'writecream', region: 'india', name: 'Writecream', vendor: 'Writecream', domains: ['writecream.com'], source: listed('whoisdsmith', 'AI-Awesome/Awesome-AI.md'), checked: CHECKED_C12 }, // Writecream at writecream.com
  { id: 'closerscopy', name: 'ClosersCopy', vendor: 'ClosersCopy', domains: ['closerscopy.com'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'inkforall', name: 'INK', vendor: 'INK', domains: ['inkforall.com'], source: listed('whoisdsmith', 'AI-Awesome/Awesome-AI.md'), checked: CHECKED_C12 }, // INK (inkforall) at inkforall.com
  { id: 'wordhero', name: 'WordHero', vendor: 'WordHero', domains: ['wordhero.co'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'ai-writer', name: 'AI-Writer', vendor: 'AI-Writer', domains: ['ai-writer.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'caktus', name: 'Caktus AI', vendor: 'Caktus', domains: ['caktus.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'yomu', name: 'Yomu AI', vendor: 'Yomu', domains: ['yomu.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'lavender', name: 'Lavender', vendor: 'Lavender', domains: ['lavender.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'regie', name: 'Regie.ai', vendor: 'Regie', domains: ['regie.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'flowrite', name: 'Flowrite', vendor: 'MailMaestro', domains: ['flowrite.com'], source: listed('whoisdsmith', 'AI-Awesome/Awesome-AI.md'), checked: CHECKED_C12 }, // Flowrite at flowrite.com
  { id: 'mailmaestro', name: 'MailMaestro', vendor: 'MailMaestro', domains: ['maestrolabs.com'] },
  { id: 'tldrthis', name: 'TLDR This', vendor: 'TLDR This', domains: ['tldrthis.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'summarize-tech', name: 'summarize.tech', vendor: 'summarize.tech', domains: ['summarize.tech'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'gauth', name: 'Gauth', vendor: 'ByteDance', domains: ['gauthmath.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'quizgecko', name: 'Quizgecko', vendor: 'Quizgecko', domains: ['quizgecko.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'conker', name: 'Conker', vendor: 'Conker', domains: ['conker.ai'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Conker.ai at conker.ai
  { id: 'magicschool', name: 'MagicSchool', vendor: 'MagicSchool', domains: ['magicschool.ai'], source: listed('kaynxu', 'README.md'), checked: CHECKED_3 },
  { id: 'eduaide', name: 'Eduaide.Ai', vendor: 'Eduaide', domains: ['eduaide.ai'], source: listed('kaynxu', 'README.md'), checked: CHECKED_3 },
  { id: 'diffit', name: 'Diffit', vendor: 'Diffit', domains: ['diffit.me'], source: 'https://web.diffit.me/instructional-frameworks/mastery', checked: CHECKED_C12 },
  { id: 'curipod', name: 'Curipod', vendor: 'Curipod', domains: ['curipod.com'], source: listed('kaynxu', 'README.md'), checked: CHECKED_3 },
  { id: 'brisk', name: 'Brisk Teaching', vendor: 'Brisk', domains: ['briskteaching.com'], source: listed('kaynxu', 'README.md'), checked: CHECKED_3 },
  { id: 'lilt', name: 'LILT', vendor: 'LILT', category: 'translation', domains: ['lilt.com'], source: 'https://pypi.org/project/lilt-python', checked: CHECKED_C10 },
  { id: 'itranslate', name: 'iTranslate', vendor: 'iTranslate', category: 'translation', domains: ['itranslate.com'], source: listed('awesomemac'), checked: CHECKED_C12 }, // iTranslate at itranslate.com
  { id: 'easytranslate', name: 'EasyTranslate', vendor: 'EasyTranslate', category: 'translation', domains: ['easytranslate.com'], source: 'https://knowledge.easytranslate.com/editor-use-case', checked: CHECKED_C10 },
  { id: 'doctranslator', name: 'Online Doc Translator', vendor: 'Online Doc Translator', category: 'translation', domains: ['onlinedoctranslator.com'] },
  { id: 'alai', name: 'Alai', vendor: 'Alai', category: 'presentation', domains: ['getalai.com'], source: listed('c13ayc', 'responses/W24.json'), checked: CHECKED_C13 }, // YC directory entry: Alai, getalai.com, AI presentations
  { id: 'chronicle', name: 'Chronicle', vendor: 'Chronicle', category: 'presentation', domains: ['chroniclehq.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'storydoc', name: 'Storydoc', vendor: 'Storydoc', category: 'presentation', domains: ['storydoc.com'], source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
]);
