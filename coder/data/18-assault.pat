# CAMEO 18 Assault (PLOVER ASSAULT): abductions (181), beatings, sexual
# violence, torture and killings by physical assault (182x), non-military
# bombings (183x), human shields (184), assassinations (185-186).
# Nouns whose possessor is the victim ("the journalist's kidnapping") code
# only with "of" or "by": their possessor is not the source.

class ABDUCT 181
  verb: kidnap | abduct | hijack | spirit
  * away TGT => 181
  * TGT => 181
  * => 181
  noun: kidnapping | kidnappings | abduction | abductions | hijacking | hijackings | hostage-taking
  * of TGT => 181
  * by SRC => 181

class BEAT 182
  verb: beat | thrash | flog | cane | club | punch
  verb: bludgeon | manhandle | rough
  # "Carson beat out Clinton by one point", "beat him by 12 votes": a
  # win, no blow.
  * out => ---
  * by point|points|percent|vote|votes|margin|seat|seats|delegate|delegates|stroke|strokes|goal|goals|run|runs|length|lengths|second|seconds => ---
  * TGT to death => 1823
  * TGT with &PRIMITIVE|&CROWD => 182 mode=beat
  * TGT up => 182 mode=beat
  * up TGT => 182 mode=beat
  * &CAPTIVE|protesters|demonstrators|journalists|journalist|students|activists|women|woman|civilians|villagers|man|men|people|reporter|reporters|voters|supporters|prisoners|detainees|opponents|worker|workers|migrants|refugees|monks|worshippers => 182 mode=beat
  * by SRC => 182 mode=beat
  verb: assault
  * sexually => 1821
  * &PLACE|&MILTARGET => 190
  * TGT with &PRIMITIVE => 182 mode=primitive
  * TGT => 182 mode=beat
  * => 182 mode=beat
  # "poisoned the dissident": an attack on a person, not on a river.
  verb: poison
  * ACTOR => 182
  verb: stab | knife | machete
  * TGT to death => 1823
  * TGT => 182 mode=primitive
  verb: stone
  * TGT to death => 1823
  * TGT => 145
  verb: abuse
  # "sexually abused detainees"; "abused his power" is no event.
  * sexually => 1821
  * &CAPTIVE|protesters|demonstrators|women|children|civilians|migrants|immigrants|refugees|villagers => 180
  verb: rape | molest
  * TGT => 1821
  * => 1821
  noun: rape | rapes | molestation
  * of TGT => 1821
  * by SRC => 1821
  * => 1821

class TORTURE 1822
  verb: torture | mistreat | maltreat | brutalize | brutalise
  * TGT => 1822
  * => 1822
  noun: torture | mistreatment | ill-treatment | maltreatment
  * of TGT => 1822
  * by SRC => 1822

class MURDER 1823
  verb: murder | slay | behead | decapitate | lynch
  * TGT => 1823
  * => 1823
  verb: execute | hang | strangle
  # "the projects have been executed by army engineers": carried out.
  * project|projects|plan|plans|order|orders|contract|contracts|program|programs|programme|programmes|strategy|strategies|transaction|transactions|trade|trades|deal|deals|warrant|warrants|task|tasks|search|policy|policies|mandate|agreement|operation|operations|work|works|scheme|schemes|trust|will|code|command|commands|instruction|instructions|decision|decisions|budget|budgets|play|plays|move|moves => ---
  * &CAPTIVE|prisoner|prisoners|man|men|woman|women|dissident|dissidents|activist|activists|convict|convicts|inmate|inmates|suspect|suspects|spy|spies|opponent|opponents|hostage|hostages|soldier|soldiers|civilians|villagers|members|leader|leaders|people|protesters|journalist|journalists|collaborators|deserters => 1823
  * by SRC => 1823
  noun: murder | murders | killing | killings | beheading | beheadings | execution | executions | lynching
  * of TGT => 1823
  * by SRC => 1823

class BOMBING 183
  verb: detonate | explode
  * nuclear|atomic => 2042
  * &EXPLOSIVE|bomb|device|explosive|explosives|vest|car|bombs|ied|charge|charges => 183
  * TGT => 183
  verb: blow
  * himself|herself|themselves|itself up => 1831
  # "wants to blow up the old order", "blew up the deal": wrecked,
  # no explosion.
  * up &POLICYOBJ|establishment|party|system|race|campaign|convention|primary|talks|negotiations|process|coalition|norms|consensus|nomination|narrative|internet|phone|phones|inbox|feed|timeline|politics|map|field|rules|relationship|alliance => ---
  * up TGT => 183
  * up => 183
  verb: plant
  * &EXPLOSIVE|bomb|bombs|explosive|explosives|device|devices|mine|mines|ied|ieds|landmine|landmines => 183
  * tree|trees|flag|flags => 017
  verb: booby-trap | mine
  # Not "mine minerals": a place, a target or an actor.
  * &PLACE|&MILTARGET|road|roads|bridge|bridges|harbor|harbour|port|ports|waters|strait|coast|border|building|buildings|house|houses|car|cars|vehicle|vehicles => 183
  * ACTOR => 183
  noun: bombing | bombings | car-bombing | suicide-bombing
  * suicide => 1831
  * car => 1832
  * roadside => 1833
  * aerial|air|carpet|nato|campaign|saturation => 195
  * of|on|against TGT => 183
  * by SRC => 183
  * => 183
  noun: blast | blasts | explosion | explosions
  * suicide => 1831
  * car => 1832
  * roadside => 1833
  * aerial|air|carpet|nato|campaign|saturation => 195
  * of|on|against TGT => 183
  * by SRC => 183

class SHIELD 184
  verb: use
  * TGT as human|shield|shields => 184
  * nuclear|atomic => 2042
  * &WMD => 2041
  * tear gas => 175 mode=crowd-control
  * &CROWD => 175 mode=crowd-control
  * live ammunition|fire|bullets|rounds => 193
  # "used drones against Ukrainian cities": the cities are the target, not
  # the weapon.
  # "police used water cannon against protesters": not artillery.
  * water|rubber|pepper|stun cannon|cannons|bullets|spray|grenades against|on|at TGT => 175 mode=crowd-control
  * water|rubber|pepper|stun cannon|cannons|bullets|spray|grenades => 175 mode=crowd-control
  * &SMALLARMS against|on|at TGT => 193
  * &HEAVY against|on|at TGT => 194
  * &AIRCRAFT against|on|at TGT => 195
  * &DRONE against|on|at TGT => 195 mode=drone
  * &SMALLARMS => 193
  * &HEAVY => 194
  * &AIRCRAFT => 195
  * &DRONE => 195 mode=drone
  # "a hunt for the flight using underwater drones": drones that search,
  # film or deliver are no weapons.
  * &DRONE underwater|surveillance|delivery|search|reconnaissance|commercial|civilian|camera|agricultural|rescue|autonomous|unarmed|equipped|mapping|research => ---
  * &DRONE to search|find|locate|monitor|map|survey|deliver|inspect|film|photograph|track|spot|spray|rescue => ---
  * force|violence|military against|on TGT => 190
  * excessive|lethal|deadly force => 175
  * veto => 129
  noun: shield | shields
  * human => 184

class ASSASSINATE 186
  verb: assassinate
  * TGT => 186
  * => 186
  noun: assassination | assassinations
  * attempt|plot|bid => 185
  * of TGT => 186
  * by SRC => 186
  noun: attempt | bid | plot
  * assassination|murder => 185
  * on life => 185
