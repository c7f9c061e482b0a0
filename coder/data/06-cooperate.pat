# CAMEO 06 Engage in material cooperation (PLOVER COOPERATE): economic,
# military, judicial and intelligence cooperation that benefits both
# sides. Promises of cooperation are intents (03-intent.pat); single-country
# military exercises are force postures (15).

class COOPERATE 060
  verb: cooperate | co-operate | collaborate | partner | coordinate | co-ordinate | liaise
  * with TGT on trade|economy|investment|energy|finance|development|infrastructure => 061
  * with TGT on security|defence|defense|counterterrorism|counter-terrorism|terrorism|military => 062
  * with TGT on investigation|inquiry|extradition|case|cases|prosecution => 063
  * with TGT on intelligence|information => 064
  * with TGT => 060
  # "the society will be coordinating a number of activities": cooperation
  # with no one ("dyad"); "the two armies cooperated" is with each other.
  * on _ => 060 dyad
  * => 060 dyad
  verb: team
  * up with TGT => 060
  * with TGT => 060
  verb: join
  * forces with TGT => 060
  * hands with TGT => 060
  * alliance|coalition|bloc|pact|union|organization|organisation|nato|federation|partnership => 050
  * exercise|exercises|drill|drills|manoeuvres|maneuvers|patrol|patrols => 062

class TRADE 061
  verb: trade
  # "X and Y traded fire / accusations": each on the other; "X traded
  # fire with Y": Y fired too.
  # "traded verbal blows", "traded jabs": words between rivals.
  * low|verbal|rhetorical|political blows|punches with TGT => 111 reverse=111
  * low|verbal|rhetorical|political blows|punches => 111 mutual
  * jabs|digs|broadsides with TGT => 111 reverse=111
  * jabs|digs|broadsides => 111 mutual
  * fire|gunfire|shots|blows with TGT => 190 reverse=190
  * accusations|insults|barbs|blame|charges with TGT => 111 reverse=111
  * fire|gunfire|shots|blows => 190 mutual
  * accusations|insults|barbs|blame|charges => 111 mutual
  * with TGT => 061
  # "invested $20 billion in Kenya"; without an "in" phrase ("energy
  # companies invest billions each year") it is business, no event.
  verb: invest
  # "has invested a lot of time in the district": effort spent, no money.
  * time|effort|efforts|energy|hours|days|weeks|months|years|attention|heart|emotion|emotions|credibility => ---
  * in TGT => 061
  verb: export | import
  * &MILAID to TGT => 072
  * to TGT => 061
  * from TGT => 061

class MILITARY_COOP 062
  verb: train
  * &TROOPS|&POLICE|soldiers|officers|recruits|pilots|fighters|rebels|forces|army|militia => 062
  verb: equip | arm | rearm
  * TGT with &MILAID => 072
  * TGT => 072
  noun: exercise | exercises | drill | drills | manoeuvres | maneuvers | war-games | wargames
  * joint|combined|bilateral|trilateral|multinational => 062
  * with TGT => 062
  * between SRC => 062
  * naval|military|air|missile|nuclear|live-fire|artillery => 150 mode=weapons
  * => 150 mode=troops

class JUDICIAL_COOP 063
  verb: extradite
  # "extradited a cartel leader to the United States": the state that
  # receives the fugitive is the partner; the fugitive is what is handed.
  * to TGT => 063
  * TGT => 063
  * => 063
  noun: extradition | extraditions
  * of TGT => 063
  * to TGT => 063
  * => 063
  verb: hand
  # "over" and "back" in one alternation match only as particles; "over"
  # alone also matches it as the case of an oblique ("handed over the
  # remains of ..." parsed with "over" a preposition).
  * over &CAPTIVE => 0841
  * back &CAPTIVE => 0841
  # "handed over tons of medicine to X": aid (&MEASURE words look through).
  * over &MILAID => 072
  * over &HUMAID => 073
  * over &ECONAID => 071
  * over &AID => 070
  * over &PROPERTY|remains|body|bodies => 0842
  * back &PROPERTY|remains|body|bodies => 0842
  * over suspect|suspects|fugitive|fugitives|accused|killer|killers|culprit|culprits|perpetrator|perpetrators|suspected => 063
  * over power|authority|presidency|leadership|reins|office => 0831
  * over weapons|arms|ammunition|guns|arsenal|weaponry => 0873
  * over weapons|arms|ammunition|guns|arsenal|weaponry to _ => 0873
  * over &HUMAID => 073
  * over &PLACE|control|territory => 0874 mode=withdraw
  * over TGT to TGT => 084
  * back TGT => 084

class SHARE 064
  verb: share
  * &INTEL with TGT => 064
  * &INTEL => 064
  * view|views|concern|concerns|position|positions|stance|assessment|opinion|vision|goal|goals|values|interests|belief => 019
  * technology|expertise|know-how|experience|resources => 060
  verb: exchange | swap
  * low|verbal|rhetorical|political blows|punches => 111 mutual
  * jabs|digs|broadsides => 111 mutual
  * fire|gunfire|shots|blows|shells|rocket|rockets|artillery => 190 mutual
  * &CAPTIVE|prisoners|hostages|detainees|bodies|remains with TGT => 0841
  * &CAPTIVE|prisoners|hostages|detainees|bodies|remains => 0841 mutual
  * &INTEL => 064 mutual
  * &DIPLOMAT|ambassadors|envoys => 050 mutual
  * accusations|insults|barbs|threats|recriminations => 111 mutual
  # "exchanged angry statements over the dispute": words in anger are
  # mutual disapproval, not talks.
  * angry|harsh|heated|bitter|sharp|hostile statements|words|remarks|messages|letters|rhetoric => 111 mutual
  * &TALKS|view|views|ideas|opinions|messages|letters|greetings|notes => 040
  * visits => 042
