// Data: the 455 animal names of the petname library random_pet draws from (the word lists of
// github.com/dustinkirkland/golang-petname at the version the random provider has used since v3.6.2, Apache-2.0),
// in the library's order. Words are separated by single spaces.

const WORDS = `
ox ant ape asp bat bee boa bug cat cod cow cub doe dog eel eft elf elk emu ewe fly fox gar gnu hen
hog imp jay kid kit koi lab man owl pig pug pup ram rat ray yak bass bear bird boar buck bull calf
chow clam colt crab crow dane deer dodo dory dove drum duck fawn fish flea foal fowl frog gnat
goat grub gull hare hawk ibex joey kite kiwi lamb lark lion loon lynx mako mink mite mole moth
mule mutt newt orca oryx pika pony puma seal shad slug sole stag stud swan tahr teal tick toad
tuna wasp wolf worm wren yeti adder akita alien aphid bison boxer bream bunny burro camel chimp
civet cobra coral corgi crane dingo drake eagle egret filly finch gator gecko ghost ghoul goose
guppy heron hippo horse hound husky hyena koala krill leech lemur liger llama louse macaw midge
molly moose moray mouse panda perch prawn quail racer raven rhino robin satyr shark sheep shrew
skink skunk sloth snail snake snipe squid stork swift swine tapir tetra tiger troll trout viper
wahoo whale zebra alpaca amoeba baboon badger beagle bedbug beetle bengal bobcat caiman cattle
cicada collie condor cougar coyote dassie donkey dragon earwig falcon feline ferret gannet gibbon
glider goblin gopher grouse guinea hermit hornet iguana impala insect jackal jaguar jennet kitten
kodiak lizard locust maggot magpie mammal mantis marlin marmot marten martin mayfly minnow monkey
mullet muskox ocelot oriole osprey oyster parrot pigeon piglet poodle possum python quagga rabbit
raptor rodent roughy salmon sawfly serval shiner shrimp spider sponge tarpon thrush tomcat toucan
turkey turtle urchin vervet walrus weasel weevil wombat anchovy anemone bluejay buffalo bulldog
buzzard caribou catfish chamois cheetah chicken chigger cowbird crappie crawdad cricket dogfish
dolphin firefly garfish gazelle gelding giraffe gobbler gorilla goshawk grackle griffon grizzly
grouper haddock hagfish halibut hamster herring javelin jawfish jaybird katydid ladybug lamprey
lemming leopard lioness lobster macaque mallard mammoth manatee mastiff meerkat mollusk monarch
mongrel monitor monster mudfish muskrat mustang narwhal oarfish octopus opossum ostrich panther
peacock pegasus pelican penguin phoenix piranha polecat primate quetzal raccoon rattler redbird
redfish reptile rooster sawfish sculpin seagull skylark snapper spaniel sparrow sunbeam sunbird
sunfish tadpole termite terrier unicorn vulture wallaby walleye warthog whippet wildcat aardvark
airedale albacore anteater antelope arachnid barnacle basilisk blowfish bluebird bluegill bonefish
bullfrog cardinal chipmunk cockatoo crayfish dinosaur doberman duckling elephant escargot flamingo
flounder foxhound glowworm goldfish grubworm hedgehog honeybee hookworm humpback kangaroo killdeer
kingfish labrador lacewing ladybird lionfish longhorn mackerel malamute marmoset mastodon moccasin
mongoose monkfish mosquito pangolin parakeet pheasant pipefish platypus polliwog porpoise reindeer
ringtail sailfish scorpion seahorse seasnail sheepdog shepherd silkworm squirrel stallion starfish
starling stingray stinkbug sturgeon terrapin titmouse tortoise treefrog werewolf woodcock
`;

/** The animal names of the petname library: the last word of every name. */
export const PET_NAMES: readonly string[] = WORDS.trim().split(/\s+/);
