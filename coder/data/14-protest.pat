# CAMEO 14 Protest (PLOVER PROTEST): demonstrations and rallies (141x),
# hunger strikes (142x), strikes and boycotts (143x), obstruction (144x) and
# riots (145x). Protesting needs an actor as source: "thousands marched"
# codes only when the marchers are recognised as actors.

class PROTEST 140
  verb: protest
  # "protested to Hungary over the remarks": an official complaint;
  # "protested that the police had ...": a verbal one.
  * to TGT over|about|against|at _ => 114
  * that => 111
  * for resignation|ouster|removal|departure => 1411
  * for &RIGHTS => 1413
  * against|over &POLICYOBJ => 1412
  * to TGT => 114
  * against TGT => 141
  * outside|in|at|near|on|through|across|along|over _ => 141
  * TGT => 140
  * => 140
  verb: demonstrate
  * capability|capabilities|strength|might|power|force|resolve|readiness => 150
  * for resignation|ouster|removal|departure => 1411
  * for &RIGHTS => 1413
  * against|over &POLICYOBJ => 1412
  * against TGT => 141
  * outside|in|at|near|on|through|across|along|for|over _ => 141
  # "demonstrated that ...", "demonstrated its commitment": no protest.
  * that => ---
  # With an object, "demonstrate" is showing ("to demonstrate conservative
  # purity amid attacks", "demonstrated resolve in Iowa"), wherever.
  * TGT outside|in|at|near|on|through|across|along|for|over|against|amid _ => ---
  * TGT => ---
  * => 141
  verb: rally
  # "rallied support to win the caucuses", "rallied to win": campaigning
  # or a comeback, no support given to anyone.
  * to win|beat|defeat|finish|take|capture|claim|secure|overtake|edge|clinch|tie|force => ---
  * support|backing|supporters|voters|troops|allies|opinion => 053
  * behind|around|to TGT => 053
  * against TGT => 141
  * in|outside|at|on|for|near|across|through|along _ => 141
  # "hundreds gathered in the square for a protest": the gathering is the
  # protest. Not rallies and marches, mostly campaign events.
  verb: converge | gather | assemble | flock | congregate | throng
  * for|in|at protest|protests|demonstration|demonstrations|vigil|vigils|sit-in|sit-ins => 141
  verb: march
  * to|toward|towards nomination|victory|presidency|power|majority|title|championship|finish => ---
  * against TGT => 141
  * on|to|in|through|outside|toward|towards|from|along|across|into|past _ => 141
  verb: picket | boo | heckle | chant
  * slogan|slogans => 140
  * TGT => 140
  * => 140

class PROTEST_NOUN 141
  noun: protest | protests
  * formal|diplomatic|official|strong|strongly-worded => 114
  * with|to TGT => 114
  * for resignation|ouster|removal|departure => 1411
  * for &RIGHTS => 1413
  * against|over &POLICYOBJ => 1412
  * against|over|at|outside TGT => 141
  * => 140
  noun: demonstration | demonstrations | rally | rallies | march | marches | sit-in | sit-ins
  noun: vigil | vigils | picket | pickets | mass-protest | procession | processions
  # "a campaign rally", "an election-night rally": a candidate's event, no
  # protest.
  * campaign|election|electoral|primary|caucus|victory|fundraising|fund-raising|stump|election-night|pep => ---
  # "his march to the nomination": progress towards a goal.
  * to|toward|towards nomination|victory|presidency|power|majority|title|championship|finish => ---
  * of force|strength|power|might|resolve => 150
  * for resignation|ouster|removal|departure => 1411
  * for &RIGHTS => 1413
  * against|over &POLICYOBJ => 1412
  * for|against &REFORM|constitution|regime => 1414
  * against|over|at|outside TGT => 141
  * => 141

class HUNGER_STRIKE 142
  noun: hunger-strike | hunger-strikes | fast
  * for|against|over|in _ => 142
  * => 142
  verb: fast
  * in protest => 142
  * for|against _ => 142

class STRIKE_NOUN 143
  # "strike" is a labour strike or a military strike; the modifiers and
  # the light verb decide, military when nothing does.
  noun: strike | strikes
  * hunger => 142
  * &WORKERS|general|labour|labor|national|nationwide|worker|workers|teachers|doctors|nurses|wildcat|day-long|indefinite|rail|transport|public-sector|warning => 143 mode=strike
  * over|for|against &WAGES => 143 mode=strike
  * chemical|gas|sarin|chlorine|nerve|toxic|biological => 2041
  * nuclear|atomic => 2042
  * &DRONE => 195 mode=drone
  * &AIRCRAFT|aerial|air => 195
  * artillery|rocket|missile|mortar|tank|cruise|ballistic|naval => 194
  * suicide => 1831
  * on|against TGT => 190
  * => 190

class BOYCOTT 143
  verb: boycott
  # "boycotted classes", "shunned work to protest the decision": a strike.
  * work|jobs|job|classes|class|lessons|lectures|offices|factories|shifts => 143 mode=strike
  * &TALKS|summit|meeting|session|conference|negotiations => 125
  * election|elections|vote|polls|poll|referendum|ballot|parliament|inauguration|ceremony|games|olympics => 143
  * products|goods|imports|exports|companies|brands|firms|firm|company|trade => 143
  * TGT => 143
  * => 143
  verb: shun
  * work|jobs|job|classes|class|lessons|lectures|offices|factories|shifts => 143 mode=strike
  noun: boycott | boycotts
  * of &TALKS|summit|meeting => 125
  * of|against TGT => 143
  * => 143
  noun: walkout | walkouts | stoppage | stoppages | work-stoppage | go-slow | shutdown | shutdowns
  * => 143 mode=strike
  verb: walk
  # "walked off the job": a labour strike.
  * off job|jobs|work => 143 mode=strike
  * out of &TALKS|meeting|session|summit|negotiations|parliament|conference|chamber|hearing => 164
  * away from &TALKS|&AGREEMENT|deal|negotiations|table => 164
  # "walked out of parliament" with "out" parsed as a second case marker of
  # the oblique, not a particle. Leaving talks halts them (164); leaving a
  # chamber is a boycott (143).
  * of &TALKS|summit|negotiations|conference => 164
  * of meeting|session|parliament|chamber|hearing|assembly|senate|congress|legislature => 143
  * out => 143 mode=strike

class OBSTRUCT 144
  verb: barricade | blockade
  * road|roads|highway|highways|street|streets|entrance|entrances|bridge|bridges|railway|port|ports|route|routes => 144
  * TGT => 191
  * => 191
  noun: barricade | barricades | roadblock | roadblocks | blockade | blockades | siege | sieges
  * of road|roads|highway|highways|street|streets|bridge|bridges|entrance|entrances|railway|port|ports => 144
  * of|on|against TGT => 191
  * => 191
  verb: occupy
  # "occupied an elevated position in society", "occupied a third tier".
  * place|spot|tier|seat|seats|role|post|office|rank|slot|niche|space|top|lead|ground|centre|center|middle|status|presidency|chair => ---
  # "have occupied the spotlight", "occupied his thoughts": attention held.
  * spotlight|limelight|headlines|attention|thoughts|mind|minds|stage|centre-stage|time|agenda => ---
  * building|buildings|square|campus|office|offices|parliament|ministry|embassy|factory|factories|university|street|streets|park|plaza|premises|headquarters|mine|plant|site => 144
  * TGT => 192
  * => 192

class RIOT 145
  verb: riot | rampage
  * => 145
  verb: loot | plunder | pillage | ransack | vandalize | vandalise | deface
  # "hackers defaced government websites": a cyber attack.
  * website|websites|site|sites|webpage|webpages|homepage|homepages|page|pages|account|accounts|portal|portals => 170 mode=cyber context=cyber
  * flag|flags|statue|statues|monument|monuments|portrait|portraits|poster|posters|mural|embassy => 140 mode=vandalize
  * TGT => 145
  * => 145
  verb: burn | torch | firebomb
  * flag|flags|effigy|effigies|portrait|portraits|posters|poster|picture|pictures|book|books => 140 mode=vandalize
  * &PROPERTY|car|cars|vehicle|vehicles|tyres|tires|shops|shop|stores|buildings|building|church|churches|mosque|mosques|houses|homes|village|villages|office|offices|station|stations => 1712
  # "burn up their phone lines", "burned through cash": used up.
  * up|through email|emails|phone|phones|line|lines|account|accounts|cash|money|time|days|budget|calories|fuel|savings|hours|minutes|goodwill|capital|bridges|bandwidth => ---
  * bridge|bridges|midnight|oil|calories|cash|money => ---
  # Not "burned her vacation days", "burned through cash".
  * ACTOR => 1712
  # "set fire to the parliament building", "set the car ablaze".
  verb: set
  * fire to flag|flags|effigy|effigies|portrait|portraits|posters|poster|picture|pictures => 140 mode=vandalize
  * fire to|on _ => 1712
  * TGT ablaze|alight => 1712
  * ablaze|alight => 1712
  verb: throw | hurl | pelt | lob
  * &PRIMITIVE|bottles|bricks|eggs|rocks|stones|firebombs|molotovs|cocktails|objects|missiles at TGT => 145
  * &PRIMITIVE|bottles|bricks|eggs|rocks|stones|firebombs|molotovs|cocktails => 145
  * TGT with &PRIMITIVE|bottles|bricks|eggs|rocks|stones => 145
  * &EXPLOSIVE|grenade|grenades at|into TGT => 183
  * &EXPLOSIVE|grenade|grenades => 183
  * out case|lawsuit|charges|suit|appeal|challenge|bid|proposal|motion => 120
  * support|weight|backing behind TGT => 051
  noun: riot | riots | rioting | unrest | uprising | revolt | rampage | looting
  * against TGT => 145
  * => 145
