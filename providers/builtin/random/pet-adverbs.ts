// Data: the 261 adverbs of the petname library random_pet draws from (the word lists of
// github.com/dustinkirkland/golang-petname at the version the random provider has used since v3.6.2, Apache-2.0),
// in the library's order. Words are separated by single spaces.

const WORDS = `
abnormally absolutely accurately actively actually adequately admittedly adversely allegedly
amazingly annually apparently arguably awfully badly barely basically blatantly blindly briefly
brightly broadly carefully centrally certainly cheaply cleanly clearly closely commonly completely
constantly conversely correctly curiously currently daily deadly deeply definitely directly
distinctly duly eagerly early easily eminently endlessly enormously entirely equally especially
evenly evidently exactly explicitly externally extremely factually fairly finally firmly firstly
forcibly formally formerly frankly freely frequently friendly fully generally gently genuinely
ghastly gladly globally gradually gratefully greatly grossly happily hardly heartily heavily
hideously highly honestly hopefully hopelessly horribly hugely humbly ideally illegally immensely
implicitly incredibly indirectly infinitely informally inherently initially instantly intensely
internally jointly jolly kindly largely lately legally lightly likely literally lively locally
logically loosely loudly lovely luckily mainly manually marginally mentally merely mildly
miserably mistakenly moderately monthly morally mostly multiply mutually namely nationally
naturally nearly neatly needlessly newly nicely nominally normally notably noticeably obviously
oddly officially only openly optionally overly painfully partially partly perfectly personally
physically plainly pleasantly poorly positively possibly precisely preferably presently presumably
previously primarily privately probably promptly properly publicly purely quickly quietly
radically randomly rapidly rarely rationally readily really reasonably recently regularly reliably
remarkably remotely repeatedly rightly roughly routinely sadly safely scarcely secondly secretly
seemingly sensibly separately seriously severely sharply shortly similarly simply sincerely
singularly slightly slowly smoothly socially solely specially steadily strangely strictly strongly
subtly suddenly suitably supposedly surely terminally terribly thankfully thoroughly tightly
totally trivially truly typically ultimately unduly uniformly uniquely unlikely urgently usefully
usually utterly vaguely vastly verbally vertically vigorously violently virtually visually weekly
wholly widely wildly willingly wrongly yearly
`;

/** The adverbs of the petname library: the leading words of names of three or more words. */
export const PET_ADVERBS: readonly string[] = WORDS.trim().split(/\s+/);
