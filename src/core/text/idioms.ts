// Common English idioms, each read as the one plain word it means (see IDIOMS in lexicon.ts): the words
// that open it (every form), the words that close it, how many words may stand between, and the meaning.
// General English, as a reader uses it of any news story ("the lion's share", "turn the other cheek"), not
// one article's words; phrasal verbs ("back down") are left to the dictionary's senses of them.
/** [opening words, closing words, most words between, the plain word it means]. */
export const COMMON_IDIOMS: ReadonlyArray<readonly [string, string, number, string]> = [
  ["top", "dog dogs", 0, "leader"], // the top dog in the party
  ["top", "guy guys man men bloke blokes dude boss", 0, "leader"], // the country's top man
  ["big", "cheese cheeses", 0, "leader"], // the big cheese at head office
  ["behind", "scenes", 1, "covert"], // talks went on behind the scenes
  ["lion lions", "share", 1, "most"], // took the lion's share of the budget
  ["turn turns turned turning", "cheek", 2, "ignore"], // chose to turn the other cheek
  ["tit", "tat", 1, "retaliation"], // a tit-for-tat expulsion of diplomats
  ["lame", "duck ducks", 0, "outgoing"], // a lame duck president
  ["flip flipped flipping", "flop flopped flopping", 0, "reverse"], // accused of flip-flopping on tax
  ["u", "turn turns", 0, "reversal"], // a government U-turn on the policy
  ["throw throws threw thrown throwing", "ring", 4, "run"], // threw his hat into the ring
  ["dark", "horse horses", 0, "outsider"], // a dark horse in the race
  ["front", "runner runners", 0, "favourite"], // the front-runner for the nomination
  ["neck", "neck", 1, "tied"], // the candidates are neck and neck
  ["spin", "doctor doctors", 0, "publicist"], // a Downing Street spin doctor
  ["rubber", "stamp stamps stamped stamping", 0, "approve"], // parliament rubber-stamped the bill
  ["toe toes toed toeing", "line", 2, "comply"], // MPs toed the party line
  ["jump jumps jumped jumping", "ship", 0, "defect"], // donors jumped ship
  ["double", "cross crosses crossed crossing", 0, "betray"], // a double-cross by his allies
  ["hot", "potato potatoes", 0, "controversy"], // immigration is a political hot potato
  ["witch", "hunt hunts", 0, "persecution"], // called the inquiry a witch hunt
  ["smoking", "gun", 0, "proof"], // investigators found no smoking gun
  ["whistle", "blower blowers", 0, "informant"], // a whistle-blower revealed the scheme
  ["hush", "money", 0, "bribe"], // paid hush money to a witness
  ["under", "wraps", 0, "secret"], // the plan was kept under wraps
  ["on", "quiet", 1, "secretly"], // the talks went on on the quiet
  ["on", "sly", 1, "secretly"], // paid on the sly
  ["behind", "doors", 1, "privately"], // talks held behind closed doors
  ["spill spills spilled spilt spilling", "beans", 1, "reveal"], // an aide spilled the beans
  ["cat", "bag", 3, "revealed"], // let the cat out of the bag
  ["come comes came coming", "clean", 0, "confess"], // urged to come clean about donations
  ["bury buries buried burying", "hatchet", 1, "reconcile"], // the rivals buried the hatchet
  ["olive", "branch branches", 0, "overture"], // offered an olive branch to the rebels
  ["sabre saber", "rattling rattle rattles rattled", 0, "intimidation"], // nuclear sabre-rattling
  ["war wars", "words", 1, "dispute"], // a war of words between the leaders
  ["take takes took taken taking", "arms", 1, "fight"], // villagers took up arms
  ["take takes took taken taking", "credit", 1, "claim"], // the mayor took credit for the new park
  ["teach teaches taught teaching", "lesson lessons", 3, "punish"], // vowed to teach the rebels a lesson
  ["lay lays laid laying", "arms", 2, "surrender"], // the rebels laid down their arms
  ["at", "loggerheads", 0, "feuding"], // the two sides are at loggerheads
  ["lock locks locked locking", "horns", 0, "clash"], // unions locked horns with ministers
  ["red", "line lines", 0, "limit"], // crossed a red line
  ["line", "sand", 2, "ultimatum"], // drew a line in the sand
  ["scorched", "earth", 0, "devastation"], // a scorched earth policy
  ["open opened opening", "fire", 0, "fire"], // soldiers opened fire
  ["kick kicks kicked kicking", "bucket", 1, "die"], // the old man kicked the bucket
  ["bite bites bit bitten biting", "bullet", 1, "accept"], // ministers must bite the bullet
  ["hit", "man men", 0, "assassin"], // a hired hit man
  ["cold", "blood blooded", 0, "ruthless"], // murdered in cold blood
  ["thin", "ice", 0, "precarious"], // the coach is on thin ice
  ["powder", "keg", 0, "volatile"], // the region is a powder keg
  ["tip", "iceberg", 2, "fraction"], // just the tip of the iceberg
  ["writing", "wall", 3, "omen"], // the writing is on the wall
  ["red", "flag flags", 0, "warning"], // raised red flags
  ["wake", "call calls", 1, "warning"], // a wake-up call for the party
  ["settle settles settled settling", "score scores", 2, "avenge"], // settling old scores
  ["taste", "medicine", 3, "retaliation"], // a taste of their own medicine
  ["bad", "blood", 0, "hostility"], // bad blood between the clans
  ["throw throws threw thrown throwing", "towel", 2, "quit"], // threw in the towel
  ["white", "flag flags", 0, "surrender"], // waved the white flag
  ["humble", "pie", 0, "apology"], // forced to eat humble pie
  ["eat eats ate eaten eating", "words", 1, "retract"], // had to eat his words
  ["back", "pedal pedals pedalled pedaled pedalling pedaling", 0, "retreat"], // back-pedalled on the pledge
  ["cold", "feet", 0, "hesitate"], // investors got cold feet
  ["clean", "sweep", 0, "rout"], // a clean sweep of the seats
  ["close", "shave shaves", 0, "escape"], // a close shave for the pilot
  ["skin", "teeth", 2, "narrowly"], // won by the skin of his teeth
  ["lose loses lost losing", "face", 0, "humiliated"], // Beijing cannot afford to lose face
  ["egg", "face faces", 2, "embarrassed"], // left with egg on his face
  ["insult", "injury", 1, "worsen"], // to add insult to injury
  ["lose loses lost losing", "temper", 1, "angry"], // the judge lost his temper
  ["fan fans fanned fanning", "flames", 1, "escalate"], // fanning the flames of hatred
  ["fuel", "fire flames", 2, "escalate"], // adding fuel to the fire
  ["up ups upped upping", "ante", 1, "escalate"], // upped the ante
  ["raise raises raised raising", "stakes", 1, "escalate"], // raised the stakes
  ["twist twists twisted twisting", "arm arms", 2, "pressure"], // twisted Kyiv's arm
  ["breathing breathe breathes breathed", "neck necks", 2, "pressure"], // breathing down his neck
  ["rock", "place", 3, "dilemma"], // between a rock and a hard place
  ["sit sits sat sitting", "fence", 2, "undecided"], // sitting on the fence
  ["up", "mind minds", 1, "decide"], // made up his mind
  ["cross crosses crossed crossing", "rubicon", 1, "commit"], // crossed the Rubicon
  ["burn burns burned burnt burning", "bridges bridge", 2, "alienate"], // burned his bridges with the party
  ["pull pulls pulled pulling", "plug", 1, "cancel"], // pulled the plug on the project
  ["green", "light lights lit lighted", 0, "approve"], // green-lit the project
  ["red", "tape", 0, "bureaucracy"], // cutting red tape
  ["go goes went gone going", "ahead", 0, "proceed"], // the match will go ahead
  ["nip nips nipped nipping", "bud", 4, "prevent"], // nipped the protest in the bud
  ["get gets got gotten getting", "sack", 1, "dismissed"], // got the sack
  ["golden", "handshake handshakes", 0, "severance"], // a golden handshake
  ["fat", "cat cats", 0, "tycoon"], // City fat cats
  ["head", "honcho honchos", 0, "boss"], // the company's head honcho
  ["top", "brass", 0, "leadership"], // the army's top brass
  ["right", "man men woman women", 1, "aide"], // his right-hand man
  ["pull pulls pulled pulling", "strings", 1, "control"], // pulling the strings behind the scenes
  ["take takes took taken taking", "reins", 1, "lead"], // took the reins
  ["at", "helm", 1, "leading"], // at the helm of the company
  ["level", "field", 1, "fairness"], // a level playing field
  ["move moves moved moving", "goalposts", 1, "change"], // moving the goalposts
  ["below", "belt", 1, "unfair"], // a blow below the belt
  ["fall", "guy", 0, "scapegoat"], // the fall guy for the failure
  ["pass passes passed passing", "buck", 1, "deflect"], // passing the buck
  ["point points pointed pointing", "finger fingers", 1, "blame"], // pointed the finger at Moscow
  ["blame", "game", 0, "recrimination"], // the blame game began
  ["leave leaves left leaving", "lurch", 3, "abandon"], // left them in the lurch
  ["cost costs costed costing", "leg", 4, "expensive"], // costs an arm and a leg
  ["cash", "cow cows", 0, "earner"], // the unit is a cash cow
  ["nest", "egg eggs", 0, "savings"], // pensioners' nest eggs
  ["pay pays paid paying", "nose", 2, "overpay"], // paying through the nose
  ["tighten tightens tightened tightening", "belt belts", 1, "economise"], // families tightening their belts
  ["cash", "strapped", 0, "underfunded"], // cash-strapped councils
  ["go goes went gone going", "bust", 0, "bankrupt"], // the airline went bust
  ["cook cooks cooked cooking", "books", 1, "falsify"], // accused of cooking the books
  ["white", "elephant elephants", 0, "waste"], // the stadium is a white elephant
  ["cut cuts cutting", "corners", 0, "skimp"], // builders cut corners
  ["foot foots footed footing", "bill", 1, "pay"], // taxpayers foot the bill
  ["ends", "meet", 0, "cope"], // struggling to make ends meet
  ["game", "changer changers", 0, "breakthrough"], // a game changer
  ["perfect", "storm", 0, "crisis"], // a perfect storm for the economy
  ["wreak wreaks wreaked wreaking", "havoc", 0, "devastate"], // floods wreaked havoc
  ["rock", "bottom", 0, "lowest"], // morale hit rock bottom
  ["up", "smoke", 1, "destroyed"], // savings went up in smoke
  ["touch", "go", 1, "uncertain"], // it was touch and go
  ["nick", "time", 1, "narrowly"], // rescued in the nick of time
  ["close", "call calls", 0, "escape"], // a close call for the crew
  ["out", "woods", 2, "safe"], // not out of the woods yet
  ["safe", "sound", 1, "unharmed"], // found safe and sound
  ["race", "clock", 2, "urgency"], // a race against the clock
  ["good", "samaritan samaritans", 0, "rescuer"], // a good Samaritan stopped to help
  ["under", "knife", 1, "surgery"], // went under the knife
  ["kick kicks kicked kicking", "habit", 1, "quit"], // kicked the habit
  ["red", "handed", 0, "caught"], // caught red-handed
  ["get gets got getting", "even", 0, "retaliate"], // vowed to get even for the killing
  ["poke pokes poked poking", "bear", 1, "provoke"], // no appetite for poking the bear
  ["damp", "squib squibs", 0, "flop"], // the protest was a damp squib
  ["hold holds held holding", "key keys", 1, "decide"], // the swing voters hold the key
  ["broad", "daylight", 0, "daytime"], // robbed in broad daylight
  ["over", "over", 1, "repeatedly"], // replayed the clip over and over
  ["again", "again", 1, "repeatedly"], // warned again and again
  ["time", "again", 2, "repeatedly"], // time and again, time and time again
  ["behind", "bars", 0, "imprisoned"], // spent ten years behind bars
  ["serve serves served serving", "time", 0, "imprisoned"], // served time for fraud
  ["throw throws threw thrown throwing", "book", 1, "punish"], // the judge threw the book at him
  ["slap", "wrist", 2, "leniency"], // a slap on the wrist
  ["lie lies lay lain lying", "low", 0, "hide"], // lying low abroad
  ["inside", "job", 0, "insider"], // police suspect an inside job
  ["con", "artist artists man men", 0, "swindler"], // a con artist
  ["wool", "eyes", 2, "deceive"], // pulled the wool over voters' eyes
  ["grease greases greased greasing", "palm palms", 2, "bribe"], // greased the palms of officials
  ["scot", "free", 0, "unpunished"], // walked away scot-free
  ["haul hauls hauled hauling", "coals", 2, "reprimand"], // hauled over the coals
  ["take takes took taken taking", "swipe swipes", 1, "criticise"], // took a swipe at rivals
  ["slap", "face", 2, "insult"], // a slap in the face for voters
  ["under", "fire", 0, "attacked"], // the minister came under fire
  ["fall falls fell fallen falling", "grace", 1, "disgrace"], // a fall from grace
  ["rally rallies rallied rallying", "round around", 1, "support"], // allies rallied round the leader
  ["close closes closed closing", "ranks", 0, "unite"], // the party closed ranks
  ["jump jumps jumped jumping", "bandwagon", 2, "join"], // jumped on the bandwagon
  ["follow follows followed following", "suit", 0, "imitate"], // other banks followed suit
  ["in", "cahoots", 0, "colluding"], // in cahoots with the cartel
  ["meet meets met meeting", "halfway", 1, "compromise"], // meet us halfway
  ["common", "ground", 0, "agreement"], // found common ground
  ["mend mends mended mending", "fences", 0, "reconcile"], // mending fences with allies
  ["cold", "shoulder", 0, "snub"], // gave him the cold shoulder
  ["blind", "eye", 0, "ignore"], // turned a blind eye
  ["head heads", "sand", 2, "denial"], // burying their heads in the sand
  ["deaf", "ears", 0, "ignored"], // pleas fell on deaf ears
  ["carrot", "stick sticks", 1, "inducement"], // a carrot-and-stick approach
  ["lip", "service", 0, "tokenism"], // paid lip service to reform
  ["paper", "tiger tigers", 0, "weak"], // a paper tiger
  ["call calls called calling", "bluff", 1, "challenge"], // called the bluff
  ["rock rocks rocked rocking", "boat", 1, "disrupt"], // reluctant to rock the boat
  ["can", "worms", 1, "problem"], // opened a can of worms
  ["tipping", "point", 0, "threshold"], // reached a tipping point
  ["iron", "fist", 0, "repression"], // ruled with an iron fist
  ["heavy", "handed", 0, "harsh"], // a heavy-handed response
  ["power", "grab grabs", 0, "seizure"], // an unconstitutional power grab
  ["loose", "cannon cannons", 0, "unpredictable"], // a loose cannon
  ["achilles", "heel heels", 1, "weakness"], // the government's Achilles heel
  ["trojan", "horse", 0, "subterfuge"], // a Trojan horse
  ["double", "standard standards", 0, "hypocrisy"], // accused of double standards
  ["red", "herring herrings", 0, "distraction"], // a red herring
  ["square", "one", 0, "restart"], // back to square one
  ["dig digs dug digging", "heels", 2, "resist"], // dug in their heels
  ["stand stands stood standing", "ground", 1, "resist"], // stood their ground
  ["off", "rails", 1, "derail"], // the campaign went off the rails
  ["piece", "cake", 1, "easy"], // a piece of cake
  ["uphill", "battle battles struggle struggles task", 0, "difficult"], // an uphill battle
  ["last", "straw", 0, "limit"], // the last straw
  ["elephant", "room", 2, "taboo"], // the elephant in the room
  ["heads", "roll", 1, "sackings"], // heads will roll
  ["fall falls fell fallen falling", "sword", 2, "resign"], // fell on his sword
  ["hat", "trick tricks", 0, "treble"], // scored a hat-trick
  ["turn turns turned turning", "tables", 1, "reverse"], // turned the tables
  ["death", "knell", 0, "end"], // the death knell for coal
  ["days", "numbered", 1, "doomed"], // his days are numbered
  ["kiss", "death", 1, "doom"], // the kiss of death
  ["back", "burner", 0, "postponed"], // put on the back burner
  ["kick kicks kicked kicking", "can", 1, "postpone"], // kicking the can down the road
  ["drag drags dragged dragging", "feet", 1, "delay"], // dragging their feet
  ["eleventh", "hour", 0, "late"], // an eleventh-hour deal
  ["last", "ditch", 0, "desperate"], // a last-ditch attempt
  ["silver", "lining linings", 0, "consolation"], // a silver lining
  ["any an the no some", "upside upsides", 0, "gain"], // is there any upside for the club?
  ["plus", "side", 0, "gain"], // on the plus side
  ["silver", "bullet bullets", 0, "solution"], // no silver bullet
  ["out", "blue", 2, "unexpectedly"], // out of the blue
  ["face faces faced facing", "music", 1, "consequences"], // must face the music
];
