// Data: the 449 adjectives of the petname library random_pet draws from (the word lists of
// github.com/dustinkirkland/golang-petname at the version the random provider has used since v3.6.2, Apache-2.0),
// in the library's order. Words are separated by single spaces.

const WORDS = `
able above absolute accepted accurate ace active actual adapted adapting adequate adjusted
advanced alert alive allowed allowing amazed amazing ample amused amusing apparent apt arriving
artistic assured assuring awaited awake aware balanced becoming beloved better big blessed bold
boss brave brief bright bursting busy calm capable capital careful caring casual causal central
certain champion charmed charming cheerful chief choice civil classic clean clear clever climbing
close closing coherent comic communal complete composed concise concrete content cool correct
cosmic crack creative credible crisp crucial cuddly cunning curious current cute daring darling
dashing dear decent deciding deep definite delicate desired destined devoted direct discrete
distinct diverse divine dominant driven driving dynamic eager easy electric elegant emerging
eminent enabled enabling endless engaged engaging enhanced enjoyed enormous enough epic equal
equipped eternal ethical evident evolved evolving exact excited exciting exotic expert factual
fair faithful famous fancy fast feasible fine finer firm first fit fitting fleet flexible flowing
fluent flying fond frank free fresh full fun funky funny game generous gentle genuine giving glad
glorious glowing golden good gorgeous grand grateful great growing grown guided guiding handy
happy hardy harmless healthy helped helpful helping heroic hip holy honest hopeful hot huge humane
humble humorous ideal immense immortal immune improved in included infinite informed innocent
inspired integral intense intent internal intimate inviting joint just keen key kind knowing known
large lasting leading learning legal legible lenient liberal light liked literate live living
logical loved loving loyal lucky magical magnetic main major many massive master mature maximum
measured meet merry mighty mint model modern modest moral more moved moving musical mutual
national native natural nearby neat needed neutral new next nice noble normal notable noted novel
obliging on one open optimal optimum organic oriented outgoing patient peaceful perfect pet picked
pleasant pleased pleasing poetic polished polite popular positive possible powerful precious
precise premium prepared present pretty primary prime pro probable profound promoted prompt proper
proud proven pumped pure quality quick quiet rapid rare rational ready real refined regular
related relative relaxed relaxing relevant relieved renewed renewing resolved rested rich right
robust romantic ruling sacred safe saved saving secure select selected sensible set settled
settling sharing sharp shining simple sincere singular skilled smart smashing smiling smooth
social solid sought sound special splendid square stable star steady sterling still stirred
stirring striking strong stunning subtle suitable suited summary sunny super superb supreme sure
sweeping sweet talented teaching tender thankful thorough tidy tight together tolerant top topical
tops touched touching tough true trusted trusting trusty ultimate unbiased uncommon unified unique
united up upright upward usable useful valid valued vast verified viable vital vocal wanted warm
wealthy welcome welcomed well whole willing winning wired wise witty wondrous workable working
worthy
`;

/** The adjectives of the petname library: the second-to-last word of a name. */
export const PET_ADJECTIVES: readonly string[] = WORDS.trim().split(/\s+/);
