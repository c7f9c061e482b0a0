# CAMEO 15 Exhibit force posture (PLOVER MOBILIZE): raising alert levels
# (151-152), mobilising police (153) and armed forces (154), moving or
# testing weapons (150, mode weapons). Deploying peacekeepers is aid (074).

class MOBILIZE 154
  verb: mobilize | mobilise
  * support|supporters|voters|backing|opinion|public|votes|base => 053
  # "mobilized pressure groups in the United States", "mobilised the
  # diaspora": rallying backers; money and resources mobilised are no force.
  * group|groups|lobby|lobbies|lobbyists|diaspora|community|communities|allies|coalition|donors => 053
  * resources|funds|money|finance|financing|capital|investment|investments|aid|assistance|relief|donations => ---
  * &PROTESTWORD|protesters|demonstrators|people|masses|crowds|workers|students => 141
  * &POLICE => 153
  * militia|militias|fighters|paramilitaries|tribesmen => 150 mode=militia
  * &TROOPS|reserves|reservists => 154
  * &ARSENAL => 150 mode=weapons
  * against TGT => 154
  * => 154
  verb: deploy | redeploy | station | garrison
  # Where they are sent is the target: "deploy 1,000 police officers to
  # Haiti" (Haiti, not the officers).
  * peacekeepers|peacekeeping|monitors|observers to|in|into TGT => 074
  * &POLICE to|in|into TGT => 153
  * &TROOPS|reinforcements to|in|into|along|near TGT => 154
  * peacekeepers|peacekeeping|monitors|observers => 074
  * &POLICE => 153
  * militia|militias|fighters|paramilitaries => 150 mode=militia
  * &ARSENAL => 150 mode=weapons
  * &TROOPS|reinforcements => 154
  * to|along|near|on|at|in|into TGT => 154
  # "posted a message on Twitter", "positioned himself as": only forces.
  verb: position | post
  * peacekeepers|peacekeeping|monitors|observers => 074
  * &POLICE => 153
  * militia|militias|fighters|paramilitaries => 150 mode=militia
  * &ARSENAL => 150 mode=weapons
  * &TROOPS|reinforcements => 154
  verb: mass | amass | muster | concentrate
  # "concentrating her fire on Trump": a campaign's attention.
  * fire|attention|effort|efforts|energy|energies|resources|spending|campaign|campaigning|message => ---
  * on|upon &POLICYOBJ|issue|issues|question|questions|involvement|role|economy|task|work|agenda|matters|problems|job|jobs|ways|growth|reform|reforms => ---
  * &POLICE => 153
  * &ARSENAL => 150 mode=weapons
  * &TROOPS => 154
  * on|along|near|at border|borders|frontier|boundary => 154
  * near|along|on TGT => 154
  verb: reinforce | beef
  * up security|presence|forces|patrols|defenses|defences|troops|police => 153
  * &TROOPS|&MILTARGET|border|borders|defenses|defences|presence|garrison|positions => 154
  verb: conscript | draft | recruit | enlist
  * soldiers|troops|men|reservists|fighters|recruits|conscripts|volunteers|children|child => 154
  verb: test | test-fire
  * missile|missiles|rocket|rockets|nuclear|weapon|weapons|bomb|device|warhead|icbm|icbms|hypersonic|torpedo|drone => 150 mode=weapons

class ALERT 152
  verb: put | place
  * &POLICE on alert|standby|high-alert|readiness => 151
  * on alert|standby|high-alert|readiness|war-footing|footing => 152
  * under arrest|detention|custody|house-arrest => 173
  * under investigation|scrutiny|inquiry => 090
  * under curfew|lockdown|siege|blockade => 1723
  * under sanctions|embargo => 163
  * on trial => 115
  * down &PROTESTWORD|rebellion|revolt|uprising|protests|riot|riots|mutiny|insurrection|unrest => 175
  * forward &PROPOSAL => 030
  # "scrambled fighter jets after bombers neared its airspace": forces
  # put in the air on alert.
  verb: scramble
  * jet|jets|fighter|fighters|warplane|warplanes|aircraft|plane|planes|interceptor|interceptors|helicopter|helicopters => 152
  verb: raise | heighten | increase | elevate | ramp
  * alert|readiness|threat-level => 152
  * security|vigilance|patrols|surveillance => 153
  * &TROOPS|presence|deployment|deployments => 154
  # "increased military aid to Ukraine" gives more aid, mobilizes nothing.
  * military aid|assistance|support => 072
  * humanitarian aid|assistance|relief => 073
  * aid|assistance => 070
  * military spending|budget|budgets|expenditure|production|output|cooperation|ties => ---
  # "the government issued alerts over fine dust", "officials will send
  # an alert to phones": a message, no posture; "troops remained on
  # alert": a raised alert status (152).
  noun: alert | alerts
  * localized|localised|emergency|text|weather|amber|phone|public|travel|security|terror|terrorism|flood|storm|tsunami|health|pollution|smog|dust|heat|snow|fire|tornado|missing|child|silver|news|email|price|stock => ---
  * over|about|for|to|of|from|on _ => ---
  * => 152
  noun: mobilization | mobilisation | deployment | deployments | buildup | build-up
  * localized|localised|emergency|text|weather|amber|phone|public|travel|security => ---
  * &POLICE => 153
  * peacekeeping|peacekeepers => 074
  * of &POLICE => 153
  * of peacekeepers|peacekeeping|monitors|observers => 074
  * of &ARSENAL => 150 mode=weapons
  * of &TROOPS => 154
  * to|along|near|on|in TGT => 154
  * => 154

class MANEUVER 150
  verb: patrol | parade | overfly | buzz
  * &MILTARGET|waters|strait|airspace|border|borders|sea|skies|coast|area => 150
  * near|along|over|in|into|off TGT => 150
  # "outmaneuvering his rivals in the delegate battle": in politics a
  # manoeuvre is no show of force; only near, along or off a place.
  # "warplanes crossed the median line of the strait", "entered its air
  # defence zone": a military incursion short of attack. Only these
  # objects ("crossed the line" in politics is no event).
  verb: cross | enter | intrude
  * median line => 150
  * airspace => 150
  verb: manoeuvre | maneuver
  * &MILTARGET|waters|strait|airspace|border|borders|sea|skies|coast => 150
  * near|along|off TGT => 150
  verb: launch
  # "launched an attack" is coded by the noun; missiles launched at a
  # target are an attack, into the sea a show of force.
  * &INQUIRY|&PROTESTWORD|attack|attacks|offensive|offensives|assault|assaults|raid|raids|strike|strikes|airstrike|airstrikes|campaign|operation|operations|bombardment|invasion|incursion|counteroffensive|war => ---
  * &DRONE at|on|against|toward|towards|into TGT => 195 mode=drone
  * &HEAVY|missile|missiles|rocket|rockets at|on|against|toward|towards TGT => 194
  * missile|missiles|rocket|rockets|icbm|icbms|satellite|projectile|projectiles|ballistic => 150 mode=weapons
  # Joint exercises are military cooperation, coded by the noun (062).
  * joint|combined|bilateral|trilateral|multinational exercise|exercises|drill|drills|maneuvers|manoeuvres => ---
  # "launched drills around Taiwan": the show of force is aimed there.
  * exercise|exercises|drill|drills|maneuvers|manoeuvres|wargames around|near|off TGT => 150
  * exercise|exercises|drill|drills|maneuvers|manoeuvres|wargames|games => 150
  * lawsuit|suit|case|challenge|complaint|appeal|petition against TGT => 115
  * &INQUIRY|investigation => 090
  * &PROTESTWORD|campaign|movement against TGT => 141

  # "the government ordered patrols by police and paramilitary soldiers",
  # "stepped-up police patrols": forces readied; a bare patrol is none.
  noun: patrol | patrols
  * joint => 062
  * by|of &POLICE => 153
  * &POLICE => 153
  * by|of &TROOPS => 154
  * naval|military|army|air => 150

class WEAPONS_TEST_NOUN 150
  # "carried out a nuclear test", "North Korea's missile tests": a show of
  # force; "test" alone (a test of wills, a blood test) is none.
  noun: test | tests | test-firing | test-launch | test-launches
  * nuclear|atomic|underground|missile|missiles|rocket|rockets|ballistic|hypersonic|icbm|warhead|weapon|weapons|bomb|hydrogen|cruise => 150 mode=weapons
