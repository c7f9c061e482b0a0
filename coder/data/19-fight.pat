# CAMEO 19 Fight (PLOVER ASSAULT): conventional military force (190),
# blockades (191), occupation (192), small arms (193), artillery and tanks
# (194), aerial weapons (195), ceasefire violations (196). The weapon named
# with "with" picks the code. Verbs with a peaceful reading ("strike a
# deal", "hit a record", "fight corruption", "attacked the plan") need
# patterns that name the violent one.

class ATTACK 190
  verb: attack
  # "attacked the ministry with ransomware", "in a cyberattack": first,
  # so that it wins ties with the targets' words below.
  * &CYBERTOOL => 170 mode=cyber context=cyber
  # "attacked rebel positions" (the plural; "attacked his position" is a
  # stance), but "attacked her positions on trade".
  * positions on|about|over _ => 111
  * positions => 190
  * &POLICYOBJ => 111
  # "hackers attacked the websites of government agencies": a cyber
  # attack ("systems" may be air defences).
  * website|websites|network|networks|server|servers|computer|computers|database|databases|email|emails => 170 mode=cyber context=cyber
  * &VERBALMEDIUM => 111
  * TGT over|for &POLICYOBJ => 111
  * TGT with nuclear|atomic => 2042
  * TGT with &WMD => 2041
  * with &WMD => 2041
  * TGT with &DRONE => 195 mode=drone
  * with &DRONE => 195 mode=drone
  * TGT with &AIRCRAFT => 195
  * with &AIRCRAFT => 195
  * TGT with &HEAVY => 194
  * with &HEAVY => 194
  * TGT with &SMALLARMS => 193
  * with &SMALLARMS => 193
  * TGT with &EXPLOSIVE => 183
  * with &EXPLOSIVE => 183
  * TGT with &PRIMITIVE => 182 mode=primitive
  * with &PRIMITIVE => 182 mode=primitive
  * TGT with &CROWD => 175 mode=crowd-control
  * &PLACE|&MILTARGET => 190
  * TGT => 190
  * => 190
  verb: invade | ambush | storm | blitz
  # "tended to pick fights and storm out": leaving in anger.
  * out => ---
  * out of &TALKS|meeting|session|summit|negotiations|chamber|hearing => 164
  * TGT with nuclear|atomic => 2042
  * TGT with &WMD => 2041
  * with &WMD => 2041
  * TGT with &DRONE => 195 mode=drone
  * with &DRONE => 195 mode=drone
  * TGT with &AIRCRAFT => 195
  * with &AIRCRAFT => 195
  * TGT with &HEAVY => 194
  * with &HEAVY => 194
  * TGT with &SMALLARMS => 193
  * with &SMALLARMS => 193
  * TGT with &EXPLOSIVE => 183
  * with &EXPLOSIVE => 183
  * TGT with &PRIMITIVE => 182 mode=primitive
  * with &PRIMITIVE => 182 mode=primitive
  * TGT with &CROWD => 175 mode=crowd-control
  * TGT => 190
  * => 190
  verb: raid
  * home|homes|house|houses|office|offices|premises|headquarters|apartment|apartments|newspaper|newsroom|studio|studios|business|businesses|bank|banks|residence|residences|mosque|mosques|church|churches|school|schools|university|camp|compound => 171
  * TGT with nuclear|atomic => 2042
  * TGT with &WMD => 2041
  * with &WMD => 2041
  * TGT with &DRONE => 195 mode=drone
  * with &DRONE => 195 mode=drone
  * TGT with &AIRCRAFT => 195
  * with &AIRCRAFT => 195
  * TGT with &HEAVY => 194
  * with &HEAVY => 194
  * TGT with &SMALLARMS => 193
  * with &SMALLARMS => 193
  * TGT with &EXPLOSIVE => 183
  * with &EXPLOSIVE => 183
  * TGT with &PRIMITIVE => 182 mode=primitive
  * with &PRIMITIVE => 182 mode=primitive
  * TGT with &CROWD => 175 mode=crowd-control
  * TGT => 190
  * => 190
  verb: strike
  # "struck populist notes", "struck a conciliatory tone": a manner of speech.
  * note|notes|tone|tones|chord|chords|balance|pose|posture|tune|tunes|nerve|theme|themes|contrast => ---
  * down TGT => 120
  * down => 120
  * &AGREEMENT|deal|bargain|compromise|truce|pact => 030
  * over|for &WAGES => 143 mode=strike
  * against &WAGES|austerity|reform|reforms|privatization|privatisation|law|government|cuts => 143 mode=strike
  * TGT with nuclear|atomic => 2042
  * TGT with &WMD => 2041
  * with &WMD => 2041
  * TGT with &DRONE => 195 mode=drone
  * with &DRONE => 195 mode=drone
  * TGT with &AIRCRAFT => 195
  * with &AIRCRAFT => 195
  * TGT with &HEAVY => 194
  * with &HEAVY => 194
  * TGT with &SMALLARMS => 193
  * with &SMALLARMS => 193
  * TGT with &EXPLOSIVE => 183
  * with &EXPLOSIVE => 183
  * TGT with &PRIMITIVE => 182 mode=primitive
  * with &PRIMITIVE => 182 mode=primitive
  * TGT with &CROWD => 175 mode=crowd-control
  * at TGT => 190
  # "struck targets in southern Lebanon": the country or city the places
  # lie in is what was attacked.
  * &PLACE|&MILTARGET in TGT => 190
  * &PLACE|&MILTARGET => 190
  * by SRC => 190
  * TGT => 190
  verb: hit
  # "factories battered by Asian imports", "districts hardest hit by
  # imports", "hit by the recession": economic or natural blows, no force.
  * by imports|import|exports|competition|recession|downturn|crisis|slump|inflation|prices|storm|storms|hurricane|typhoon|flood|floods|flooding|drought|earthquake|layoffs|cuts|pandemic|virus|scandal|scandals|outbreak|protests|protest|demonstrations|strikes|unrest|shortages|shortage|losses => ---
  * TGT with &SANCTIONS|tariffs|duties|fines|penalties|levies => 163
  * back at TGT => 111
  * out at TGT => 111
  * TGT with nuclear|atomic => 2042
  * TGT with &WMD => 2041
  * with &WMD => 2041
  * TGT with &DRONE => 195 mode=drone
  * with &DRONE => 195 mode=drone
  * TGT with &AIRCRAFT => 195
  * with &AIRCRAFT => 195
  * TGT with &HEAVY => 194
  * with &HEAVY => 194
  * TGT with &SMALLARMS => 193
  * with &SMALLARMS => 193
  * TGT with &EXPLOSIVE => 183
  * with &EXPLOSIVE => 183
  * TGT with &PRIMITIVE => 182 mode=primitive
  * with &PRIMITIVE => 182 mode=primitive
  * TGT with &CROWD => 175 mode=crowd-control
  * &PLACE|&MILTARGET => 190
  * by SRC => 190
  verb: target | hammer
  # "targeted Lorian banks in a cyberattack", "with malware": first, so
  # that it wins ties with the targets' words below.
  * &CYBERTOOL => 170 mode=cyber context=cyber
  # "hammered out a deal": an agreement reached.
  * out &AGREEMENT|deal|compromise|accord|agreement|framework|details|terms|plan => 030
  * TGT with nuclear|atomic => 2042
  * TGT with &WMD => 2041
  * with &WMD => 2041
  * TGT with &DRONE => 195 mode=drone
  * with &DRONE => 195 mode=drone
  * TGT with &AIRCRAFT => 195
  * with &AIRCRAFT => 195
  * TGT with &HEAVY => 194
  * with &HEAVY => 194
  * TGT with &SMALLARMS => 193
  * with &SMALLARMS => 193
  * TGT with &EXPLOSIVE => 183
  * with &EXPLOSIVE => 183
  * TGT with &PRIMITIVE => 182 mode=primitive
  * with &PRIMITIVE => 182 mode=primitive
  * TGT with &CROWD => 175 mode=crowd-control
  * &PLACE|&MILTARGET => 190
  # "forces targeted civilians", "drones targeted hospitals": people and
  # civil buildings struck (not "targeted voters" or "targeted ads").
  * civilian|civilians|villager|villagers|resident|residents|hospital|hospitals|school|schools|home|homes|shelter|shelters => 190
  * by SRC => 190
  # "warplanes pounded Gaza": pounding has no peaceful reading in the news
  # but a contest, which the &CONTEST rule drops ("batter").
  verb: pound | pummel | batter
  # "factories battered by Asian imports", "districts hardest hit by
  # imports", "hit by the recession": economic or natural blows, no force.
  * by imports|import|exports|competition|recession|downturn|crisis|slump|inflation|prices|storm|storms|hurricane|typhoon|flood|floods|flooding|drought|earthquake|layoffs|cuts|pandemic|virus|scandal|scandals|outbreak|protests|protest|demonstrations|strikes|unrest|shortages|shortage|losses => ---
  * TGT with nuclear|atomic => 2042
  * TGT with &WMD => 2041
  * with &WMD => 2041
  * TGT with &DRONE => 195 mode=drone
  * with &DRONE => 195 mode=drone
  * TGT with &AIRCRAFT => 195
  * with &AIRCRAFT => 195
  * TGT with &HEAVY => 194
  * with &HEAVY => 194
  * TGT with &SMALLARMS => 193
  * with &SMALLARMS => 193
  * TGT with &EXPLOSIVE => 183
  * with &EXPLOSIVE => 183
  * TGT with &PRIMITIVE => 182 mode=primitive
  * with &PRIMITIVE => 182 mode=primitive
  * TGT with &CROWD => 175 mode=crowd-control
  * &PLACE|&MILTARGET => 190
  * by SRC => 190
  * TGT => 190

class SHELL 194
  verb: shell | bombard | mortar
  # "the campaign shelled out $2 million": money paid.
  * out => ---
  * TGT => 194
  * => 194
  verb: strafe | bomb | airstrike
  * TGT with nuclear|atomic => 2042
  * TGT with &WMD => 2041
  * TGT with &DRONE => 195 mode=drone
  * TGT => 195
  * => 195
  verb: drop
  * atomic|nuclear => 2042
  * &WMD => 2041
  * &EXPLOSIVE|barrel|bombs|bomb|munitions|cluster|napalm|phosphorus|payload => 195
  * charges|charge|case|lawsuit|suit|prosecution|appeal => 080
  * demand|demands|precondition|preconditions|objection|objections|opposition|veto|condition|conditions|claim|claims => 080
  * &SANCTIONS => 085
  * &PROPOSAL|&POLICYOBJ|bid|plan => 0832
  * out of &TALKS => 164
  * out of &AGREEMENT|race|election|coalition|alliance => 160 mode=withdraw

class FIRE 190
  verb: fire
  # "a policy firing on all cylinders": going well.
  * on cylinder|cylinders => ---
  # "test-fired a missile", split by the hyphen: a weapons test (150).
  * test => 150 mode=weapons
  * warning shots|shot => 175 mode=crowd-control
  * into air => 175 mode=crowd-control
  # "fired a ballistic missile into the Sea of Japan": a show of force.
  * missile|missiles|rocket|rockets|icbm|icbms|projectile|projectiles into|off sea|ocean|waters|water|gulf => 150 mode=weapons
  * &CROWD at|on|into TGT => 175 mode=crowd-control
  * &CROWD => 175 mode=crowd-control
  * into|on|at crowd|crowds|protesters|demonstrators|marchers|mourners|rioters => 175
  * &WMD => 2041
  * &DRONE => 195 mode=drone
  * &HEAVY => 194
  * &SMALLARMS|shots|shot|rounds|volley|volleys|salvo|salvos => 193
  * &EXPLOSIVE => 190
  * on|at|upon|into TGT => 190
  * by SRC => 190
  # "fired the defence minister": removal from office (160; class
  # REMOVE_FROM_OFFICE, 16-sanction.pat); "fired at the governor's
  # convoy" stays force.
  * &LEADER|&OFFICEHOLDER on|at|upon|into|toward|towards _ => 190
  * &LEADER|&OFFICEHOLDER from office|post|position|power|cabinet|government|job|command => 160 context=executive
  * &LEADER|&OFFICEHOLDER from _ => ---
  * &LEADER|&OFFICEHOLDER against|by|over|with|as _ => ---
  * &LEADER|&OFFICEHOLDER &ALLEGATION|&PROPOSAL|case|cases|lawsuit|suit|remarks|comments|criticism|concerns|concern|calls|call|idea|notion|suggestion|report|reports|warning|warnings|request|requests|demand|demands|appeal|question|questions|argument|arguments|story|stories|view|views|fears|claim|claims|objections|complaints|speculation|rumours|rumors => ---
  * &LEADER|&OFFICEHOLDER => 160 context=executive
  verb: shoot | gun | snipe
  * down &AIRCRAFT|&DRONE|plane|jet|helicopter|drone|aircraft|missile|missiles|rocket|rockets => 190
  * TGT dead => 193
  * at TGT => 193
  * down TGT => 193
  * TGT in head|chest|back|leg|legs|face|neck|stomach|arm => 193
  * &CAPTIVE|&POLICE|&TROOPS|protesters|demonstrators|civilians|villagers|man|men|woman|women|people|child|children|students|journalist|journalists|worker|workers|farmer|farmers|teenager|teenagers|boy|boys|girl|girls|youth|youths|suspect|suspects|gunman|gunmen|militant|militants|rebel|rebels|insurgent|insurgents|mourners|pilgrims|passengers|tourists|guard|guards => 193
  * by SRC => 193

class KILL 190
  # Killing by armed forces or groups; "killed the bill" rejects it.
  verb: kill
  * &PROPOSAL|bill|plan|deal|measure|legislation|idea|project|program|programme|talks|reform|negotiations => 120
  # "encouraged protesters to kill themselves": suicide, no one attacked
  # (a suicide bombing is coded by its own nouns and "blew himself up").
  * himself|herself|themselves|itself|oneself|yourself|yourselves|myself => ---
  * TGT with nuclear|atomic => 2042
  * TGT with &WMD => 2041
  * with &WMD => 2041
  * TGT with &DRONE => 195 mode=drone
  * with &DRONE => 195 mode=drone
  * TGT with &AIRCRAFT => 195
  * with &AIRCRAFT => 195
  * TGT with &HEAVY => 194
  * with &HEAVY => 194
  * TGT with &SMALLARMS => 193
  * with &SMALLARMS => 193
  * TGT with &EXPLOSIVE => 183
  * with &EXPLOSIVE => 183
  * TGT with &PRIMITIVE => 182 mode=primitive
  * with &PRIMITIVE => 182 mode=primitive
  * TGT with &CROWD => 175 mode=crowd-control
  # "killed in an airstrike", "wounded by a roadside bomb", "killed in a
  # gunbattle": the weapon of the phrase picks the code and mode.
  * in|by|from &SUICIDEATTACK => 1831
  * in|by|from &DRONEATTACK => 195 mode=drone
  * in|by|from &AIRATTACK => 195
  * in|by|from &SHELLATTACK => 194
  * in|by|from &BLASTATTACK => 183
  * in|by|from &GUNATTACK => 193
  * in|by|from &KNIFEATTACK => 182 mode=primitive
  * in|by|from airstrike|airstrikes|air-strike|air-strikes|warplane|warplanes|jet|jets|helicopter|helicopters|gunship|gunships|bombing-raid => 195
  * in|by|from &DRONE => 195 mode=drone
  * in|by|from shelling|bombardment|shell|shells|artillery|mortar|mortars|rocket|rockets|missile|missiles|barrage|tank|tanks => 194
  * in|by|from bombing|bombings|explosion|explosions|blast|blasts|bomb|bombs|device|devices|ied|ieds|mine|mines|landmine|landmines|car-bomb|grenade|grenades => 183
  * in|by|from gunbattle|gunbattles|shootout|shootouts|gunfight|gunfights|firefight|firefights|gunfire|shooting|shootings|sniper|snipers|bullet|bullets => 193
  * TGT => 190
  * by SRC => 190
  # Not "hurt": "the remarks hurt his campaign" is the common use.
  verb: wound | injure | maim
  * with &DRONE => 195 mode=drone
  * with &AIRCRAFT => 195
  * with &HEAVY => 194
  * with &SMALLARMS => 193
  * with &EXPLOSIVE => 183
  * with &PRIMITIVE => 182 mode=primitive
  # "killed in an airstrike", "wounded by a roadside bomb", "killed in a
  # gunbattle": the weapon of the phrase picks the code and mode.
  * in|by|from &SUICIDEATTACK => 1831
  * in|by|from &DRONEATTACK => 195 mode=drone
  * in|by|from &AIRATTACK => 195
  * in|by|from &SHELLATTACK => 194
  * in|by|from &BLASTATTACK => 183
  * in|by|from &GUNATTACK => 193
  * in|by|from &KNIFEATTACK => 182 mode=primitive
  * in|by|from airstrike|airstrikes|air-strike|air-strikes|warplane|warplanes|jet|jets|helicopter|helicopters|gunship|gunships|bombing-raid => 195
  * in|by|from &DRONE => 195 mode=drone
  * in|by|from shelling|bombardment|shell|shells|artillery|mortar|mortars|rocket|rockets|missile|missiles|barrage|tank|tanks => 194
  * in|by|from bombing|bombings|explosion|explosions|blast|blasts|bomb|bombs|device|devices|ied|ieds|mine|mines|landmine|landmines|car-bomb|grenade|grenades => 183
  * in|by|from gunbattle|gunbattles|shootout|shootouts|gunfight|gunfights|firefight|firefights|gunfire|shooting|shootings|sniper|snipers|bullet|bullets => 193
  * TGT => 190
  * by SRC => 190

class OCCUPY 192
  verb: annex | overrun | conquer
  * TGT => 192
  * => 192
  # "recaptured the town from the rebels": who lost it is the target.
  verb: regain | reclaim
  * &PLACE|control|territory from TGT => 192
  * &PLACE|control|territory => 192
  verb: retake | recapture | reoccupy
  # "trying to recapture her momentum", "retook the lead in the polls": a
  # race, no seizure.
  * momentum|magic|spirit|glory|lead|initiative|mood|energy|enthusiasm|excitement|voters|support|majority|seat|seats|title|crown|presidency|nomination => ---
  * &PLACE|control|territory from TGT => 192
  * from TGT => 192
  * &PLACE|control|territory => 192
  * TGT => 192
  verb: liberate
  * &CAPTIVE|prisoners|hostages|captives => 0841
  * TGT => 192
  noun: occupation | annexation | takeover | seizure | conquest
  * of TGT => 192
  * by SRC => 192
  noun: incursion | incursions | invasion | invasions | infiltration
  * into|of TGT => 190
  * => 190
  verb: infiltrate | penetrate
  # "hackers infiltrated the ministry's networks": a cyber attack.
  * computer|computers|network|networks|server|servers|database|databases|email|emails|system|systems|accounts => 170 mode=cyber context=cyber
  # "police infiltrated Muslim student groups": informants placed, no force.
  * group|groups|organization|organizations|organisation|organisations|movement|movements|party|parties|campaign|campaigns|mosque|mosques|church|churches|union|unions|ranks|circles|meetings|cell|cells|market|markets|community|communities => ---
  * into TGT => 190
  * TGT => 190
  verb: advance
  * on|toward|towards|into TGT => 190
  * deeper into TGT => 190

class BLOCKADE 191
  verb: seal
  * &AGREEMENT|victory|win => 057
  * off TGT => 191
  * off => 191
  * &PLACE|area|city|town|border|borders|crossing|crossings|region|entrance|entrances|exits|roads => 191
  verb: surround | cordon
  * off TGT => 191
  * off => 191
  * &PLACE|area|city|town|border|borders|crossing|crossings|region|entrance|entrances|exits|roads => 191
  verb: besiege | encircle
  * TGT => 191

class CLASH 190
  verb: clash | skirmish | brawl | scuffle | tussle
  * over &POLICYOBJ|issue|issues|budget|plan|policy|policies => 111
  # "his business practices clash with the campaign's positions": views
  # that disagree, no force.
  * with &POLICYOBJ|view|views|values|interests|principles|beliefs|priorities|agenda|platform|message|rhetoric|image|brand|goals|aims|vision|positions|stances|practices|promises|pledges|rules|schedule|schedules => ---
  * with &POLICE => 145
  * with TGT => 190
  * => 190 mutual
  verb: fight | battle | combat
  * &CRIME|poverty|disease|cancer|fire|fires|blaze|wildfire|virus|pandemic|inflation|climate|case|charge|charges|ruling|legal|election|elections|seat|hunger|addiction|extradition|deportation|bill|law|plan => ---
  * with|against &MILTARGET|&TROOPS|&POLICE|militants|rebels|insurgents|militia|militias|jihadists|government|regime|enemy|invaders|occupiers|army|forces|troops|soldiers|separatists|guerrillas|terrorists|gangs|gang|tribesmen|clan|clans => 190
  * &MILTARGET|&TROOPS|militants|rebels|insurgents|militia|militias|jihadists|enemy|invaders|occupiers|army|forces|separatists|guerrillas|terrorists|war|wars|battle|battles|insurgency => 190
  * for control of TGT => 190
  * alongside|beside TGT => 062
  * off TGT => 190
  * by SRC => 190
  verb: engage
  * in &TALKS|dialogue|negotiations|diplomacy|consultations => 040
  * in &VIOLENCE|fighting|combat|clashes|hostilities|battle|battles|war|gunbattle => 190
  * &MILTARGET|enemy|insurgents|rebels|militants|troops|forces => 190
  * with TGT => 040
  verb: retaliate | counterattack | counter-attack
  # "retaliated with tariffs on US goods": economic, not force.
  * with|against &SANCTIONS|tariffs|tariff|duties|levies|sanctions|boycott|embargo => 163
  # "retaliated by listing $50 billion of US products", "by expelling
  # diplomats": a non-violent act in the "by" clause is the event, coded on
  # its own ("retaliated by bombing" stays force).
  * by list|impose|expel|slap|raise|levy|ban|suspend|close|recall|cut|halt|announce|publish|summon|freeze|restrict|block|deny|cancel|withdraw|downgrade|sanction|boycott|introduce|adopt|blacklist => ---
  # "would retaliate against countries that expelled its diplomats" is
  # diplomatic; "against the expulsions / the tariffs / the decision" no force.
  * against|for expulsion|expulsions|expulsion|decision|decisions|move|moves|measures|ban|bans|restrictions|duties|levies|remarks|criticism => ---
  * against TGT => 190
  * => 190
  verb: intervene
  * militarily => 190
  * in &VIOLENCE|war|conflict|fighting|civil => 190
  * in &TALKS|dispute|crisis|standoff => 045

class ATTACK_NOUN 190
  noun: attack | attacks | assault | assaults | offensive | offensives | onslaught
  # "a charm offensive", "the export onslaught", "an ad assault": no force;
  # "verbal attacks" are criticism.
  * charm|diplomatic|export|exports|import|imports|advertising|ad|ads|media|marketing|lobbying|legal|public-relations => ---
  * verbal|rhetorical => 111
  * cyber|hacker|hacking|ransomware|computer|online|digital => 170 mode=cyber context=cyber
  * nuclear|atomic => 2042
  * chemical|gas|sarin|chlorine|nerve|toxic|biological|poison => 2041
  * suicide => 1831
  * sexual => 1821
  * &DRONE => 195 mode=drone
  * &AIRCRAFT|aerial|air => 195
  * &HEAVY|rocket|missile|mortar|artillery|tank => 194
  * knife|machete|stabbing|acid|arson|axe => 182 mode=primitive
  * &EXPLOSIVE|terrorist|terror|bomb|car-bomb|grenade => 183
  * verbal|personal|scathing|blistering|stinging|withering|rhetorical|thinly-veiled|fierce|sharp|bitter|vitriolic|broadside => 111
  * on|against &POLICYOBJ => 111
  * rescue|relief|humanitarian|search|clean-up|cleanup|sting|undercover|recovery|evacuation|peacekeeping => 070
  * on|against TGT => 190
  * by SRC => 190
  * military|ground|air|offensive|counter-terrorism|counterterrorism|combat|security|army|naval => 190
  * => 190
  noun: counteroffensive | counterattack | counterattacks | counter-offensive | ambush | ambushes | blitz
  noun: operation | operations
  # "surveillance drone operations", "search operations": no force.
  * surveillance|reconnaissance|monitoring|mapping|search|rescue|recovery|salvage|relief|evacuation|clean-up|cleanup|sting|undercover|covert-surveillance => ---
  * cyber|hacker|hacking|ransomware|computer|online|digital => 170 mode=cyber context=cyber
  * nuclear|atomic => 2042
  * chemical|gas|sarin|chlorine|nerve|toxic|biological|poison => 2041
  * suicide => 1831
  * sexual => 1821
  * &DRONE => 195 mode=drone
  * &AIRCRAFT|aerial|air => 195
  * &HEAVY|rocket|missile|mortar|artillery|tank => 194
  * knife|machete|stabbing|acid|arson|axe => 182 mode=primitive
  * &EXPLOSIVE|terrorist|terror|bomb|car-bomb|grenade => 183
  * verbal|personal|scathing|blistering|stinging|withering|rhetorical|thinly-veiled|fierce|sharp|bitter|vitriolic|broadside => 111
  * on|against &POLICYOBJ => 111
  * rescue|relief|humanitarian|search|clean-up|cleanup|sting|undercover|recovery|evacuation|peacekeeping => 070
  * on|against TGT => 190
  * by SRC => 190
  * military|ground|air|offensive|counter-terrorism|counterterrorism|combat|security|army|naval => 190

class FIGHT_NOUN 190
  noun: clash | clashes | fighting | battle | battles | hostilities | firefight | firefights | gunbattle
  noun: gunbattles | gunfight | gunfights | skirmish | skirmishes | shootout | shootouts | combat
  # "a court battle", "a legal fight", "budget battles": no force.
  * court|legal|courtroom|judicial|political|budget|election|electoral|procedural|custody|ratings|public-relations|uphill|verbal|bidding|takeover|leadership|nomination|primary|campaign|confirmation => ---
  # "waged a fierce battle for top-tier finishes": a race for votes or
  # places, no force.
  * for nomination|votes|vote|delegates|delegate|seat|seats|lead|spot|spots|finish|finishes|place|endorsement|endorsements|attention|donors|voters|presidency|majority|ratings|viewers|customers|share|title|crown|championship|trophy|custody|second|third|runner-up => ---
  * between SRC => 190
  * with|against TGT => 190
  * => 190
  noun: war | wars | warfare
  * of words => 111
  # "the culture wars", "a bidding war", "a ratings war": no force.
  * culture|cultural|bidding|ratings|turf|budget|political|legal|flame|streaming|console|talent|fare|price-cutting|delegate|delegates|lawfare|psychological|propaganda|information|class|partisan|media|marketing|advertising|ad|words => ---
  * trade|tariff|currency|price => 163
  * against|with|on TGT => 190
  # "the war between Russia and Ukraine", "the Russia-Ukraine war": each
  # side on the other.
  * between SRC => 190 mutual
  * => 190 mutual
  noun: airstrike | airstrikes | air-strike | air-strikes | bombardment | bombardments | sortie | sorties
  * on|against|of TGT => 195
  * => 195
  # Shelling and barrages are artillery (194), not air strikes.
  noun: shelling | shellings | barrage | barrages
  * on|against|of TGT => 194
  * => 194
  noun: raid | raids
  * police|dawn|search|customs|tax => 171
  * on home|homes|house|houses|office|offices|premises|headquarters|apartment|newspaper|newsroom|studio|business|bank|residence => 171
  * air|aerial => 195
  * on|against TGT => 190
  * => 190
  noun: shooting | shootings | gunfire | sniping
  * of TGT => 193
  * on|at TGT => 193
  * by SRC => 193
  noun: violation | violations | breach | breaches
  * of &CEASEFIRE => 196
  * &CEASEFIRE => 196
