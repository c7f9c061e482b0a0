# Word sets used by the coder's grammar rules and by patterns (&NAME).
# A set continues on lines starting with "|". Sets hold single words: a
# lemma or a surface form (plural nouns whose lemma differs, "arms").

# ---------------------------------------------------------------------------
# Sets the grammar rules read (see docs/patterns.md, "Required sets").
# ---------------------------------------------------------------------------

# Verbs that report speech: an event in their complement is "reported".
set &SPEECH: say | state | tell | add | note | stress | emphasize | emphasise | reiterate | insist | claim
  | argue | declare | announce | assert | affirm | confirm | explain | report | write | tweet | post | warn
  | caution | suggest | believe | think | told | allege | maintain | acknowledge | admit | signal | indicate
  | reply | respond | recall | predict | contend | testify | quote | underline | underscore | point | remark
  | reveal | disclose | mention | comment | observe | concede | hint | proclaim | vow | pledge | promise
  | estimate | assure | reassure | inform | notify | brief | complain | lament | boast | repeat | retort
  | counter | protest | swear | charge | conclude

# Light verbs whose object noun carries the event: "launched an attack".
set &LIGHT: launch | carry | conduct | stage | mount | issue | make | hold | give | deliver | sign | reach | open
  | begin | start | continue | resume | step | intensify | escalate | unleash | wage | announce | impose
  | level | file | lodge | express | voice | extend | have | pose | raise | send | perpetrate
  | commit | undertake | organize | organise | initiate | open | pay | host | attend | join | renew
  | slap | apply | enforce | order | convene | convey | lead | spearhead | orchestrate | execute | mastermind
  | unveil
  | lob | hurl | register | submit | table | present | deploy | declare | proclaim | institute
  | clinch | seal | ink | finalize | finalise | conclude | strike | forge | set | approve | authorize
  | authorise | establish | tender | complete | speed | accelerate | finish | adopt | restart | relaunch
  | revive | reopen

# Governing verbs that put the event in the future: "plans to attack".
set &FUTURE: plan | intend | vow | pledge | promise | expect | aim | prepare | seek | want | hope | set
  | schedule | threaten | decide | agree | resolve | mean | propose | wish | try | attempt | undertake
  | commit | offer | determine | ready | poise

# Governing verbs of an attempt: in the past tense ("protesters tried to
# storm parliament") the act was made, so it is not put in the future; in
# the present or future ("will try to") &FUTURE applies.
set &ATTEMPT: try | attempt | seek

# Verbs that a headline or a news caption writes in the passive without
# "was": "Father arrested after ...", "Man charged with murder". Such a verb
# right after a bare subject opening the sentence, with no object and no
# auxiliary, is read as a passive: the subject is what was done to.
set &HEADLINEPASSIVE: arrest | charge | detain | jail | imprison | sentence | convict | indict | kill
  | injure | wound | kidnap | abduct | shoot | stab | sack | fire | expel | deport | fine | summon
  | question | accuse | hang | execute | torture | free | release | rescue | suspend | oust
  | dismiss | remand | acquit | extradite | ban | bar | hurt | beat | attack

# Verbs that take a bare infinitive right after them ("helped build
# schools", "go get help", "let go"). After any other verb, a base form
# the parser made a bare complement with an object right after it is the
# first word of a noun compound ("police fired tear gas at protesters").
set &BAREINFINITIVE: help | make | let | have | go | come | see | hear | watch | feel | dare | bid
  | need | notice | observe

# Verbs that hold their object answerable for an act: the object does what
# the "of"/"for" gerund says ("accused Lorania of violating the truce",
# "thanked X for helping", "criticised the government for failing"), while
# after other verbs the subject does ("apologised for attacking", "is
# serving sentences for molesting").
set &ANSWERABLE: accuse | blame | criticize | criticise | condemn | praise | thank | punish | sanction
  | fine | sue | arrest | charge | convict | jail | sentence | suspect | fault | attack | slam | rebuke
  | reward | honor | honour | hit | chastise | assail | ridicule | mock | commend | congratulate
  | applaud | laud | hail | forgive | pardon | investigate | prosecute | indict | denounce | reproach
  | scold | berate | castigate | lambaste | blast | knock | target | credit | recognize | recognise
  | salute | excoriate | vilify | impeach | expel | suspend | fire | sack | dismiss | detain
  | penalize | penalise | warn | question | probe

# Verbs of the courts: in the passive without an agent ("X was sentenced
# to 14 years", "X was charged with terrorism") the courts of the country
# where it happened, else of the one tried, are the source (XJUD).
set &COURTVERB: sentence | convict | charge | indict | acquit | fine

# Verbs only a state does to its visitors: in the passive without an agent
# ("the ambassador was summoned to the foreign ministry in Beijing") the
# government of the place named is the source, as for arrests.
set &STATEVERB: summon | deport | extradite

# Verbs that keep their object from an act: what follows "from" is not
# done ("blocked lawyers from visiting him", "barred the team from
# entering"): negated.
set &PREVENT: block | bar | prevent | stop | prohibit | forbid | deter | restrain | keep | hinder | preclude

# Verbs that tell their object not to do what the "against" gerund says:
# "warned Ukraine against shelling the plant" is Ukraine's act, not done.
set &WARNAGAINST: warn | caution | advise | counsel | urge

# Words of force that unarmed people use for a labour strike: "workers
# staged a strike", "teachers striking" (143, not 190).
set &LABORSTRIKE: strike | walkout

# Nouns of crossing into a place that are force only when armed people
# cross: "an incursion by migrants" uses none, "an incursion by troops"
# does (sources with an unarmed sector make no event of root 19).
set &CROSSING: incursion | incursions | infiltration | intrusion | intrusions | invasion

# Verbs of others' forecast: in the passive ("China is expected to announce
# sanctions", "is widely tipped to win") what follows is hypothetical, not
# the subject's intent or threat.
set &FORECAST: expect | predict | forecast | anticipate | tip | project | rumour | rumor

# Verbs of wishing: with an object ("Kestria wants Lorania to withdraw",
# "does not want Lorania to join the alliance") the infinitive is the
# object's act only wished for by the subject: hypothetical, never the
# object's intent or (negated) refusal. A forecast verb with an object
# ("don't expect him to back her") is read the same way.
set &WISH: want | wish | hope | prefer | need

# Adverbs that attribute an event to unnamed others: "the rebels reportedly
# executed 12 civilians" is reported; &ALLEGEDLY ones also leave it
# unestablished, hypothetical ("the army allegedly tortured detainees").
set &HEARSAY: reportedly | reputedly
set &ALLEGEDLY: allegedly | purportedly | supposedly

# Verbs of a third party that brings others together: in "talks mediated
# by Qatar" the mediator is not the talks' source.
set &BROKER: mediate | broker | facilitate | sponsor | host | arrange

# Verbs whose -ing form before a plural noun describes those people
# ("protesting farmers", "cheering crowds", "fleeing villagers"). When the
# parser makes such a form a verb with the noun as its object, after a
# verb, preposition or determiner and with no subject of its own, it is no
# event: the people do it, they are not its target.
set &ADJECTIVALING: protest | cheer | flee | strike | riot | rally | demonstrate | march | mourn | jeer
  | chant | celebrate | dance | weep | starve | wail | applaud | retreat | advance | invade | occupy
  | stampede | loot | oppose | conflict | compete | contradict

# Adverbs of habit: with a present-tense verb they state what someone does
# in general ("regularly incites violence"), not an act.
set &HABITUAL: regularly | often | usually | always | routinely | frequently | habitually | typically
  | generally | sometimes | constantly | customarily | normally

# Verbs of allegation: what X is accused, suspected or blamed "of" or
# "for" doing is alleged, not established, so it is hypothetical ("Armenia
# accused Azerbaijan of violating the ceasefire").
set &ALLEGE: accuse | suspect | allege | blame | charge | implicate | fault

# Verbs of denial: what X denies ("the Kremlin denied that its forces
# used chemical weapons") or the claims it rejects ("rejected claims that
# troops fired on protesters") did not happen by the speaker's word, so
# the event is negated. &CLAIMNOUN are the nouns whose "that" clause is
# the claim.
set &DENY: deny | dispute | refute | rebut | reject | dismiss | contest | repudiate
set &CLAIMNOUN: claim | allegation | accusation | report | suggestion | charge | assertion | rumour | rumor

# Doubted claims: an event told in the "that" clause of a verb of claim or
# allegation ("Kestria alleged that Lorania shelled the port", "claimed
# that Lorania was behind the bombing") or of a noun of claim or evidence
# ("allegations that troops fired", "evidence that the militia attacked")
# is asserted by someone, not established, so it is hypothetical. Verbs of
# plain reporting ("said that") are not doubt; "reports that" neither.
set &CLAIMVERB: allege | claim | contend | suspect | charge | insinuate | speculate | purport
set &DOUBTNOUN: claim | allegation | accusation | suggestion | charge | assertion | rumour | rumor
  | evidence | suspicion | speculation | insinuation | theory
# A report is doubted only when a verb of confirmation is negated on it
# ("has not confirmed reports that jets bombed the village", "could not
# verify the account"): the plain "amid reports that" attributes it.
set &REPORTNOUN: report | account
set &CONFIRMVERB: confirm | verify | substantiate | corroborate

# Nouns whose "to" infinitive names an act proposed, aimed at, demanded or
# refused, not done ("a plan to deport", "efforts to end the fighting",
# "his refusal to condemn"): the event is hypothetical. Any noun's
# infinitive is; these are also read so when the parser hangs the
# infinitive on the verb whose object they are ("criticised the
# president's refusal to condemn").
set &INFNOUN: plan | plans | proposal | proposals | effort | efforts | attempt | attempts | bid | bids | refusal | reluctance | unwillingness | failure | decision | promise | pledge | threat | threats | call | calls | demand | demands | ultimatum | offer | move | push | campaign | drive | order | orders | vow | willingness | readiness | intention | plot | scheme | initiative | deal | agreement
# The act such a noun refuses is negated ("the premier's reluctance to send
# troops"), as is the act of a plan a verb gives up or stops ("dropped
# efforts to block the march"); a choice most often carried out stays done
# ("the decision to expel 30 diplomats").
set &REFUSALNOUN: refusal | reluctance | unwillingness | failure
set &THWART: abandon | drop | scrap | shelve | reject | block | thwart | foil | halt | suspend | veto
# Verbs that keep a message from being issued: the statement a country
# blocked or vetoed condemns no one ("vetoed a resolution demanding a
# truce"). Rejecting one is not among them: what is rejected was issued.
set &UNISSUED: block | veto | thwart | foil | scrap | shelve | drop | abandon | withdraw
set &REALIZEDNOUN: decision | move | vote

# Visits and talks that the subject of the clause they are a "during" or
# "on" adjunct of takes part in ("pledged air defences during a visit to
# Kyiv").
set &TRAVELNOUN: visit | trip | tour | stopover | talks | meeting

# Nouns of people set against someone: the actor named in their phrase
# ("a prominent critic of President Kais Saied", "Putin's opponents") is
# not who they are, so it is never the event's target through them.
set &OPPONENT: critic | opponent | rival | enemy | foe | detractor | adversary | challenger | dissident

# Event nouns that befall their possessor: "Imran Khan's arrest", "the
# journalist's execution", "his detention" are done to the possessor, who
# is the target, not the source ("Russia's invasion" is Russia's act).
set &PATIENTNOUN: arrest | arrests | detention | detentions | imprisonment | jailing | execution | executions
  | assassination | kidnapping | abduction | release | deportation | extradition | expulsion | ouster
  | removal | impeachment | trial | conviction | sentencing | prosecution | indictment | murder | killing
  | death | capture | torture | persecution | internment | incarceration | dismissal | sacking | firing
  | eviction

# Agent nouns of people who speak or act for someone: their "for" phrase
# names whose they are ("a spokesperson for the U.N. secretary-general",
# "a lawyer for the family"), as "of" does for other agents.
set &SPEAKSFOR: spokesman | spokeswoman | spokesperson | spokesmen | spokeswomen | spokespeople
  | envoy | envoys | representative | representatives | negotiator | negotiators | lawyer | lawyers
  | attorney | attorneys | adviser | advisers | advisor | advisors

# Verbs that name their object when a predicate follows it ("called the
# vote a farce"): no appeal, no event.
set &NAMING: call | label | dub | brand | term

# Event nouns fought in the one country that modifies them ("the Iraq
# war"): the country is where, not who.
set &THEATRE: war | conflict | invasion | genocide | insurgency

# Governing verbs of a request: what X is urged or called on to do has
# not been done ("called on the United States to stop arms sales"), so the
# complement is hypothetical.
set &REQUESTVERB: urge | ask | call | appeal | press | push | implore | beg | request | invite | encourage
  | encourage | demand | plead | exhort | entreat | beseech | petition | lobby | advise | pressure
  | pressurize | pressurise

# Verbs whose "that" clause in the subjunctive says what should be done,
# not what was: "proposed that Kestria and Lorania meet in Vell",
# "demanded that the government release the prisoners" (a base-form verb,
# a present form under a past-tense governor, or "should").
set &MANDATIVE: propose | suggest | recommend | demand | request | urge | ask | insist | require
  | order | stipulate | move | advise

# Verbs of fear or forecast: another's act in their "that" clause is
# expected, not announced ("Lorania fears Kestria will invade").
set &FEARVERB: fear | worry | predict | expect | anticipate | forecast | speculate | suspect | doubt
  | believe | think | estimate | reckon | assess | guess

# Governing verbs and modifiers that make the event hypothetical.
set &HYPOTHETICAL: consider | weigh | contemplate | mull | discuss | debate | explore | potential
  | possible | proposed | hypothetical | prospective | likely | planned | future | would-be | eventual
  | envisage | envision | ponder | study | examine | review | evaluate | suspected | alleged | feared
  | rumored | rumoured | threatened | imminent | looming | expected | anticipated | unlikely

# Words that negate a predicate.
set &NEGATOR: not | n't | n’t | never | no | neither | nor | without

# Words naming people or bodies that join a first actor.
set &PARTNER: along | together | alongside

# ---------------------------------------------------------------------------
# Weapons and forces.
# ---------------------------------------------------------------------------

set &WEAPON: weapon | weapons | arm | arms | missile | rocket | drone | artillery | shell | bomb | mortar
  | gun | rifle | grenade | tank | jet | warplane | aircraft | helicopter | explosive | mine | munition
  | ammunition | firearm | bullet | projectile | launcher | howitzer | cannon | warhead | torpedo

# Heavy weapons: CAMEO 194, PLOVER heavy-weapons.
set &HEAVY: artillery | tank | tanks | mortar | mortars | shell | shells | shelling | howitzer | howitzers
  | cannon | rocket | rockets | katyusha | katyushas | grad | launcher | launchers | gunboat | warship
  | warships | armour | armor | armored | armoured | battleship | destroyer | frigate | missile | missiles
  | barrage | bombardment

# Small arms: CAMEO 193, PLOVER firearms.
set &SMALLARMS: gun | guns | rifle | rifles | pistol | pistols | firearm | firearms | machine-gun
  | machinegun | kalashnikov | kalashnikovs | handgun | bullet | bullets | gunfire | gunshot | sniper
  | snipers | shotgun | ak-47 | revolver | automatic

# Aircraft: CAMEO 195, PLOVER aerial.
set &AIRCRAFT: jet | jets | warplane | warplanes | aircraft | airplane | plane | planes | helicopter
  | helicopters | gunship | gunships | bomber | bombers | fighter | fighters | f-16 | f-16s | air
  | airstrike | airstrikes | air-strike | sortie | sorties | airpower | aviation | airforce

# Uncrewed aircraft: PLOVER drone.
set &DRONE: drone | drones | uav | uavs | quadcopter | quadcopters

# Weapons that, as the subject of a verb of plain force (190, 180), give
# the code of their kind (coder weaponSubjects): "Israeli warplanes killed
# 12" (195), "army tanks hit the town" (194), "a roadside bomb killed three
# soldiers" (183). Narrower than &AIRCRAFT and &EXPLOSIVE: "fighters" and
# "bombers" are often people, "device" a phone.
set &AIRSUBJECT: jet | jets | warplane | warplanes | aircraft | helicopter | helicopters | gunship
  | gunships | f-16 | f-16s | drone | drones | uav | uavs
set &HEAVYSUBJECT: artillery | tank | tanks | mortar | mortars | shell | shells | rocket | rockets
  | missile | missiles | howitzer | howitzers | warship | warships | gunboat | gunboats | battleship
set &BLASTSUBJECT: bomb | bombs | explosive | explosives | ied | ieds | landmine | landmines | mine
  | mines | grenade | grenades | car-bomb

# Explosives outside heavy weapons: CAMEO 183, PLOVER explosives.
set &EXPLOSIVE: bomb | bombs | explosive | explosives | ied | ieds | device | devices | mine | mines
  | landmine | landmines | grenade | grenades | car-bomb | dynamite | tnt | detonator | vest

# Chemical, biological, radiological and nuclear weapons: CAMEO 204.
set &WMD: chemical | sarin | chlorine | nerve | mustard | biological | nuclear | radiological | anthrax
  | toxin | gas | novichok | vx | atomic | germ | bioweapon | bioweapons | nuke | nukes | wmd

# Crowd-control weapons: PLOVER crowd-control.
set &CROWD: tear | teargas | tear-gas | cannon | cannons | rubber | baton | batons | truncheon
  | truncheons | pepper | stun | gas | pellet | pellets | club | clubs

# Attacks named by their weapon, written as a compound ("killed in a bomb
# attack", "wounded by sniper fire"): the "in"/"by" phrase of a killing
# picks the code and PLOVER mode as the weapon alone does.
set &SUICIDEATTACK: suicide attack | suicide attacks | suicide bombing | suicide bombings
  | suicide blast | suicide car bombing | suicide truck bombing | suicide bomber | suicide bombers
set &DRONEATTACK: drone attack | drone attacks | drone strike | drone strikes
set &AIRATTACK: air attack | air attacks | air raid | air raids | aerial attack | aerial attacks
  | aerial bombardment | aerial bombing | helicopter attack | helicopter attacks
set &SHELLATTACK: rocket attack | rocket attacks | mortar attack | mortar attacks | missile attack
  | missile attacks | artillery attack | artillery attacks | artillery fire | rocket fire | mortar fire
  | tank fire
set &BLASTATTACK: bomb attack | bomb attacks | bombing attack | grenade attack | grenade attacks
  | bomb blast | bomb blasts | mine blast | mine explosion | ied attack | ied attacks
set &GUNATTACK: gun attack | gun attacks | shooting attack | sniper attack | sniper fire
  | machine-gun fire | small-arms fire
set &KNIFEATTACK: knife attack | knife attacks | machete attack | machete attacks | axe attack
  | stabbing | stabbings

# A hunger strike written in two words: "went on hunger strike".
set &HUNGERSTRIKE: hunger strike | hunger strikes

# Primitive weapons: PLOVER primitive.
set &PRIMITIVE: knife | knives | machete | machetes | axe | axes | stone | stones | rock | rocks | sword
  | swords | spear | spears | arrow | arrows | fire | petrol | molotov | stick | sticks | hammer | bat
  | bats | blade | blades | dagger

# Armed personnel and units.
set &TROOPS: troop | troops | soldier | soldiers | force | forces | army | armies | unit | units
  | battalion | battalions | brigade | brigades | division | divisions | regiment | regiments | marine
  | marines | paratrooper | paratroopers | reservist | reservists | reserve | reserves | personnel
  | contingent | contingents | warship | warships | ship | ships | navy | fleet | carrier | carriers
  | submarine | submarines | infantry | commando | commandos | military | militia | militias
  | fighter | fighters | guard | guards | conscript | conscripts | recruit | recruits | squadron
  | squadrons | detachment | corps | garrison | legion | battlegroup | convoy

# Weapons systems that can be moved or readied: MOBILIZE weapons.
set &ARSENAL: missile | missiles | tank | tanks | jet | jets | warplane | warplanes | warship | warships
  | ship | ships | carrier | carriers | submarine | submarines | bomber | bombers | artillery | weapon
  | weapons | launcher | launchers | warhead | warheads | battery | batteries | system | systems
  | destroyer | destroyers | frigate | frigates | aircraft | helicopter | helicopters | drone | drones
  | armor | armour | vehicle | vehicles | nuclear | icbm | icbms | interceptor | interceptors

# Police and security units.
set &POLICE: police | policeman | policemen | officer | officers | gendarme | gendarmes | gendarmerie
  | trooper | troopers | riot | security | paramilitary | paramilitaries | constable | constables | swat
  | guardsman | guardsmen | agent | agents | cop | cops

# Military targets and positions.
set &MILTARGET: target | targets | position | positions | base | bases | convoy | convoys | camp | camps
  | stronghold | strongholds | depot | depots | outpost | outposts | post | posts | bunker | bunkers
  | hideout | hideouts | installation | installations | facility | facilities | checkpoint | checkpoints
  | barracks | airfield | airfields | airport | port | hub | headquarters | line | lines | trench
  | trenches | vessel | vessels | ship | ships | tank | tanks | militant | militants | fighter | fighters
  | rebel | rebels | insurgent | insurgents | troops | soldiers | enclave | garrison | arsenal

# ---------------------------------------------------------------------------
# Diplomacy, cooperation and aid.
# ---------------------------------------------------------------------------

# Talks and meetings.
set &TALKS: talk | talks | negotiation | negotiations | dialogue | dialog | discussion | discussions
  | consultation | consultations | meeting | meetings | summit | summits | conference | parley
  | parleys | round | session | sessions | contact | contacts

# Mediation.
set &MEDIATION: mediation | mediator | mediators | arbitration | arbitrator | facilitation | facilitator
  | intermediary | broker | good-offices | envoy

# Agreements.
set &AGREEMENT: agreement | agreements | accord | accords | deal | deals | treaty | treaties | pact
  | pacts | memorandum | protocol | protocols | convention | charter | contract | contracts | declaration
  | communique | framework | compact | understanding | arrangement | settlement | roadmap | road-map
  | mou | concordat | covenant

# Ceasefires and truces.
set &CEASEFIRE: ceasefire | cease-fire | ceasefires | truce | truces | armistice | cessation | halt
  | pause | moratorium | lull | calm | de-escalation | hostilities

# Peace and settlement.
set &PEACE: peace | settlement | reconciliation | solution | resolution | accommodation | compromise
  | end | ending

# Material help in general.
set &AID: aid | assistance | help | relief | funding | fund | funds | money | loan | loans | grant
  | grants | credit | credits | donation | donations | supply | supplies | package | support
  | contribution | contributions | subsidy | subsidies

# Economic aid and cooperation.
set &ECONAID: loan | loans | credit | credits | grant | grants | funding | fund | funds | money | cash
  | dollar | dollars | euro | euros | budget | investment | investments | financing | bailout | package
  | debt | economic | financial | budgetary | development | reconstruction | million | billion
  | stimulus | subsidy | subsidies | tranche | installment | instalment

# Military aid and cooperation.
set &MILAID: weapon | weapons | arm | arms | ammunition | missile | missiles | tank | tanks | jet | jets
  | equipment | hardware | munition | munitions | artillery | military | rifle | rifles | drone
  | drones | defense | defence | helicopter | helicopters | aircraft | system | systems | training
  | advisers | advisors | instructor | instructors | air-defense | air-defence | shell | shells

# Humanitarian aid.
set &HUMAID: food | medicine | medicines | medical | water | shelter | tent | tents | blanket | blankets
  | humanitarian | relief | vaccine | vaccines | grain | flour | rice | wheat | fuel | doctor
  | doctors | refugee | refugees | supply | supplies | convoy | convoys

# Peacekeeping and protection.
set &PEACEKEEPING: peacekeeper | peacekeepers | peacekeeping | protection | monitor | monitors
  | observer | observers | stabilization | stabilisation | blue-helmet | blue-helmets | mission

# Judicial cooperation.
set &JUDICIAL: extradition | extradite | suspect | suspects | fugitive | fugitives | judicial | legal
  | court | tribunal | justice | warrant | evidence | prosecution | law

# Intelligence and information.
set &INTEL: intelligence | information | data | evidence | findings | details | files | documents
  | photographs | imagery
  | intel | secrets | records | tip | tips | tip-off

# Diplomatic ties.
set &TIES: tie | ties | relation | relations | contact | contacts | link | links | dealings | exchange
  | exchanges | cooperation

# Diplomats.
set &DIPLOMAT: diplomat | diplomats | ambassador | ambassadors | envoy | envoys | attache | attaches
  | consul | consuls | charge | emissary | emissaries | legation | staff

# Leaders, for calls to resign or be ousted.
set &LEADER: leader | president | minister | premier | chancellor | head | chief | governor | mayor
  | king | monarch | ruler | dictator | regime | government | cabinet | prime | chairman | secretary
  | commander | general

# Holders of a public office beside &LEADER, whose dismissal or ouster
# is a removal from office (class REMOVE_FROM_OFFICE, 16-sanction.pat).
set &OFFICEHOLDER: ministers | premier | secretaries | chiefs | commanders | generals | governors
  | official | officials | ambassador | ambassadors | envoy | envoys | judge | judges | prosecutor
  | prosecutors | commissioner | deputy | deputies | spokesman | spokeswoman | spokesperson | aide
  | aides | adviser | advisers | advisor | advisors | emir | sultan | shah | speaker | incumbent
  | mayors | presidents | leaders

# A status or right that authority grants and can take away: stripping
# or revoking it is an administrative sanction (172).
set &STATUS: citizenship | nationality | passport | passports | immunity | accreditation
  | credentials | residency | visa | visas | seat | seats | license | licence
  | licenses | licences | membership | rank | ranks | pension | pensions | medal | medals
  | honours | honors | knighthood | asylum

# Reproof that a deed draws from others ("drew criticism from X", class
# DRAW_CRITICISM in 11-disapprove.pat).
set &REPROOF: criticism | criticisms | condemnation | condemnations | censure | rebuke | rebukes
  | denunciation | denunciations | reproach | outrage | anger | displeasure | indignation
  | disapproval | objection | objections | fury | ire | reprimand | outcry | scorn | backlash

# Means of a cyber attack ("targeted the banks in a cyberattack", "with
# ransomware").
set &CYBERTOOL: cyberattack | cyberattacks | cyber-attack | cyber-attacks | ransomware | malware
  | hack | hacks | hacking | phishing | spyware | botnet | botnets

# Political reform.
set &REFORM: reform | reforms | change | changes | election | elections | democracy | democratization
  | democratisation | referendum | constitution | overhaul | transition | liberalization
  | liberalisation | vote | amendment

# Rights and freedoms.
set &RIGHTS: right | rights | freedom | freedoms | liberty | liberties | autonomy | independence
  | self-determination | equality | suffrage | citizenship

# Proposals, plans and requests one can accept or reject.
set &PROPOSAL: proposal | proposals | plan | plans | offer | offers | initiative | initiatives | idea
  | ideas | bid | bids | request | requests | demand | demands | call | calls | appeal | appeals
  | suggestion | suggestions | resolution | resolutions | draft | motion | bill | invitation
  | invitations | overture | overtures | ultimatum | terms | condition | conditions | proposition
  | application | nomination | nominee | candidate | candidacy | budget | measure | package
  | amendment | framework | roadmap | road-map | formula | blueprint | peace

# Objects of verbal attack and criticism (not actors).
set &POLICYOBJ: plan | plans | policy | policies | decision | decisions | remark | remarks | comment
  | comments | statement | statements | proposal | proposals | idea | ideas | stance | position
  | move | moves | budget | bill | law | legislation | handling | record | approach | strategy
  | report | speech | claim | claims | reform | reforms | deal | initiative | program | programme
  | measure | measures | rhetoric | response | ruling | verdict | conduct | behavior | behaviour
  | treatment | action | actions | agenda | tactics | failure | failures | inaction | silence
  | bid | choice | appointment | nomination | order | orders | regulation | regulations | rule
  | rules | tax | taxes | tariff | tariffs | vote | views | view | attitude

# Accusations and reports one can deny.
set &ALLEGATION: allegation | allegations | accusation | accusations | charge | charges | claim | claims
  | report | reports | involvement | responsibility | role | wrongdoing | link | links | rumor | rumors
  | rumour | rumours | complicity | culpability | guilt | participation | knowledge | existence
  | presence | suggestion | suggestions | assertion | assertions | story | stories | account
  | accounts | reports

# Offences one is accused or charged of: crime and corruption (CAMEO 1121).
set &CRIME: crime | crimes | corruption | fraud | bribery | bribe | bribes | embezzlement | theft
  | murder | murders | killing | killings | rape | smuggling | trafficking | laundering | graft
  | extortion | kidnapping | terrorism | robbery | assault | manslaughter | sedition | terror
  | drug | drugs | racketeering | tax | evasion | abuse | misconduct | wrongdoing | cheating
  | conspiracy | plot | plotting | forgery | sabotage | arson | looting | vandalism | incitement
  | fraudulent | criminal | homicide | kickback | kickbacks

# Human rights abuses (1122).
set &ABUSE: abuse | abuses | violation | violations | torture | repression | persecution | oppression
  | discrimination | mistreatment | ill-treatment | detention | disappearance | disappearances
  | rights | atrocity | atrocities

# Aggression (1123).
set &AGGRESSION: aggression | attack | attacks | invasion | incursion | incursions | provocation
  | provocations | violation | violations | interference | meddling | intervention | escalation
  | hostility | hostilities | expansionism | militarization | militarisation | occupation
  | bombing | shelling | infiltration | belligerence | warmongering

# War crimes and genocide (1124).
set &WARCRIME: genocide | war-crime | war-crimes | massacre | massacres | cleansing | extermination
  | atrocity | atrocities | crimes-against-humanity

# Espionage and treason (1125).
set &ESPIONAGE: espionage | spying | spy | treason | sedition | subversion | collaboration | betrayal
  | treachery | mutiny

# Economic sanctions and embargoes.
set &SANCTIONS: sanction | sanctions | embargo | embargoes | boycott | boycotts | tariff | tariffs
  | restriction | restrictions | penalty | penalties | freeze | blacklist | blockade | curbs | curb
  | measure | measures | levy | levies | duties | quota | quotas | ban | bans

# Administrative restrictions on a population.
set &RESTRICTION: restriction | restrictions | ban | bans | curb | curbs | limit | limits | control
  | controls | rule | rules | measure | measures | censorship | lockdown | closure | closures
  | blockade | siege | cordon | checkpoint | checkpoints | decree | order | orders | prohibition

# Curfews and emergencies.
set &CURFEW: curfew | curfews
set &EMERGENCY: emergency | emergencies | martial | law | siege

# Those held, whom giving verbs hand back ("gave back the prisoners").
set &HELD: prisoner | prisoners | detainee | detainees | hostage | hostages | captive | captives
  | inmate | inmates | pow | pows | abductee | abductees | prisoner-of-war | body | bodies | remains

# Prisoners and captives.
set &CAPTIVE: prisoner | prisoners | detainee | detainees | hostage | hostages | captive | captives
  | dissident | dissidents | activist | activists | journalist | journalists | inmate | inmates
  | convict | convicts | pow | pows | abductee | abductees | soldier | soldiers | sailor | sailors
  | crew | fisherman | fishermen | citizen | citizens | national | nationals | body | bodies
  | remains | captured | prisoner-of-war

# Property one may seize or return.
set &PROPERTY: property | properties | asset | assets | land | lands | vessel | vessels | ship
  | ships | tanker | tankers | cargo | shipment | shipments | goods | funds | account | accounts
  | house | houses | home | homes | building | buildings | farm | farms | equipment | weapon
  | weapons | archive | archives | artefact | artefacts | artifact | artifacts | territory | land

# Collective dissent.
set &PROTESTWORD: protest | protests | demonstration | demonstrations | rally | rallies | march
  | marches | strike | strikes | sit-in | sit-ins | boycott | boycotts | walkout | walkouts | vigil
  | vigils | blockade | blockades | riot | riots | picket | pickets | stoppage | stoppages | unrest
  | uprising | revolt | dissent | agitation | campaign | movement | hunger-strike | shutdown
  | occupation | mobilization | mobilisation

# Workers and unions (strike mode).
set &WORKERS: worker | workers | employee | employees | union | unions | teacher | teachers | doctor
  | doctors | nurse | nurses | miner | miners | driver | drivers | staff | labour | labor | docker
  | dockers | pilot | pilots | farmer | farmers | trucker | truckers | employees | civil | servant
  | servants | railway | railroad | transport | port | dockworker | dockworkers | crew | crews

# What labour strikes are about.
set &WAGES: wage | wages | pay | salary | salaries | pension | pensions | condition | conditions
  | benefit | benefits | contract | contracts | bonus | bonuses | hours | job | jobs | layoffs
  | layoff | privatization | privatisation | cut | cuts | austerity | arrears | raise

# Investigations.
set &INQUIRY: investigation | investigations | inquiry | inquiries | probe | probes | enquiry
  | enquiries | review | hearing | hearings | audit | audits | examination | inspection
  | inspections | commission | fact-finding | autopsy | post-mortem | look

# Responsibility (claims and denials).
set &RESPONSIBILITY: responsibility | credit | blame | culpability | authorship | ownership

# Ways of speaking that make an attack verbal: "attacked X in a speech".
set &VERBALMEDIUM: speech | speeches | statement | statements | interview | interviews | op-ed
  | article | articles | tweet | tweets | post | posts | editorial | editorials | letter | letters
  | remarks | address | broadcast | column | press | conference | debate | rally | sermon | video
  | message | communique | book | blog | podcast | verbally | publicly | openly | rhetoric | words

# Verbs of armed attack, for threats and warnings: "threatened to strike".
set &ATTACKVERB: attack | strike | invade | bomb | shell | hit | destroy | kill | retaliate | target
  | shoot | fire | punish | annihilate | wipe | crush | nuke | raid | storm | bombard | obliterate
  | flatten | avenge | unleash | wage | intervene | escalate | pound | blast | smash | liquidate
  | neutralize | neutralise | hunt | occupy | seize | besiege | blockade | retake | recapture | overrun
  | assassinate | invade | torch | burn | massacre | slaughter | exterminate | eradicate | level

# Verbs of response whose "with" noun is the subject's own act: "Ukraine
# responded with drone strikes", "retaliated with tariffs".
set &RESPONDWITH: respond | retaliate | reply | react | answer | hit | strike | counter

# Event nouns of a message, a pressure or a giving whose "from" actor is
# their source: "despite objections from the opposition", "pressure from
# Washington", "aid from Kestria" (not withdrawals, releases or expulsions,
# whose "from" is a place left).
set &FROMSOURCE: criticism | criticisms | objection | objections | condemnation | condemnations
  | complaint | complaints | rebuke | rebukes | backlash | outcry | pushback | protest | protests
  | pressure | threat | threats | warning | warnings | demand | demands | call | calls | appeal
  | appeals | praise | support | backing | aid | assistance | offer | offers | request | requests
  | invitation | invitations | accusation | accusations | ultimatum | pledge | pledges

# Crowds of protest whose burning of property is a riot (145), not an
# assault: "demonstrators torched a police station".
set &RIOTERS: protester | demonstrator | rioter | mob | marcher | protestor

# Shares of a group as a subject ("32 percent of residents opposed the
# tax", "a majority of members backed it"): an opinion a poll or a count
# measures, no act of statement, support, disapproval or rejection.
set &POLLSHARE: percent | % | majority | majorities | plurality | minority | third | thirds
  | half | quarter | fifth | proportion | share

# Verbs whose object event noun is asked for, not done: "protesters
# demanding the prime minister's resignation", "sought the release of the
# crew" (the noun's own event is hypothetical).
set &DEMANDOBJECT: demand | request | seek | urge | ask | petition | want

# Verbs of giving, for promises and offers of aid: "pledged to provide".
set &GIVEVERB: provide | send | give | deliver | supply | donate | grant | extend | contribute | ship
  | airlift | allocate | disburse | fund | finance | pay | offer | dispatch | transfer | lend | loan
  | equip | arm | train | commit | earmark | channel | release | forward | furnish

# Verbs of meeting and talking.
set &TALKVERB: talk | negotiate | meet | discuss | consult | confer | hold | resume | attend | sit | join
  | convene | engage | host | mediate | broker | visit | continue | start | open | begin

# Verbs of cooperating.
set &COOPVERB: cooperate | co-operate | collaborate | work | join | partner | coordinate | co-ordinate
  | team | ally | help | assist | support | back | strengthen | boost | expand | deepen | enhance
  | improve | restore | normalize | normalise | promote | facilitate | share | exchange | build

# Verbs of yielding: lifting, easing, releasing, withdrawing.
set &EASEVERB: lift | ease | relax | remove | scrap | drop | loosen | suspend | waive | rescind
  | revoke | repeal | cancel | end | abolish | soften | reduce | unfreeze | overturn | reverse

set &RELEASEVERB: release | free | hand | return | repatriate | pardon | exchange | swap | amnesty
  | liberate | unfreeze | restore | give | handover | extradite

set &WITHDRAWVERB: withdraw | pull | leave | retreat | evacuate | vacate | quit | exit | abandon
  | dismantle | remove | relocate | redeploy | demobilize | demobilise | disarm | disband | surrender

set &STOPVERB: halt | stop | end | cease | suspend | de-escalate | freeze | pause | curb | stem
  | abandon | renounce | quit | refrain | desist | call | stand

# Objects of stopping or refraining: violence and fighting.
set &VIOLENCE: violence | fighting | hostilities | attack | attacks | offensive | offensives | war
  | bombing | bombings | bombardment | shelling | strike | strikes | airstrike | airstrikes | raid
  | raids | operation | operations | incursion | incursions | killing | killings | bloodshed
  | campaign | assault | assaults | clashes | combat | aggression | escalation | siege | blockade
  | occupation | invasion | shooting | shootings | massacre | massacres | atrocity | atrocities
  | terrorism | insurgency | rebellion | provocation | provocations | conflict | crackdown
  | repression | retaliation | reprisal | reprisals | hostility | rocket | rockets | missile
  | missiles | fire

# Consequences one warns of: a threat (CAMEO 13).
set &CONSEQUENCE: consequence | consequences | retaliation | reprisal | reprisals | response
  | countermeasure | countermeasures | retribution | revenge | punishment | action | measures
  | repercussions | repercussion | price | cost | costs | war | force | attack | attacks | strike
  | strikes | violence | escalation | confrontation | conflict | bloodshed | reaction | reply
  | vengeance | destruction | annihilation | harm | damage | steps | step | trouble | fire
  | fury | wrath | response | sanctions | sanction

# Places that can be captured, occupied or besieged.
set &PLACE: town | towns | city | cities | village | villages | area | areas | region | regions
  | province | provinces | territory | territories | district | districts | hill | hills | airport
  | base | bases | bridge | port | capital | stronghold | strongholds | border | crossing | island
  | islands | positions | position | neighbourhood | neighborhood | suburb | suburbs | outskirts
  | oilfield | oilfields | field | fields | dam | road | highway | valley | enclave | peninsula
  | settlement | settlements | camp | camps | zone | zones | strip | bank | heights | mountain
  | mountains | pass | frontier | coast | coastline | quarter | quarters | garrison | outpost
  | outposts | checkpoint | checkpoints | refinery | plant | headquarters | palace | compound

# Days, months and time words: "on Monday" is no target.
set &DAY: monday | tuesday | wednesday | thursday | friday | saturday | sunday | january | february
  | march | april | may | june | july | august | september | october | november | december | day
  | night | morning | evening | afternoon | weekend | occasion | eve | anniversary | date | basis
  | jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec | today | tonight

# Governors that turn a cooperative complement into an intent (CAMEO 03,
# PLOVER AGREE): "agreed to withdraw", "offered to mediate". A conflict
# complement of these or of &THREATVERB becomes a threat (CAMEO 13):
# "vowed to strike back". See docs/patterns.md, "Intent and threat".
set &INTENT: agree | pledge | promise | vow | offer | decide | commit | consent | undertake | resolve
  | volunteer | intend | plan | propose
set &THREATVERB: threaten | warn | vow

# Verbs whose open complement, when no pattern codes it, still makes an
# intent to cooperate (030): "agreed to undertake joint exercises".
set &AGREEVERB: agree | consent | offer | pledge | promise | commit | undertake

# Verbs whose open complement is not done: "refused to deploy troops",
# "failed to reach an agreement", "denied attacking civilians" (the
# complement is marked negated).
set &REFUSAL: refuse | decline | fail | deny | unable | unwilling | avoid

# Verbs whose "from" gerund their subject holds back from: "refrained
# from criticizing Kestria" (not done).
set &REFRAIN: refrain | abstain | desist | shy

# Verbs of force that, between two people, mean criticism (111): "Trump
# attacked Machado", "the senator blasted the governor".
set &VERBALATTACK: attack | blast | hammer | savage | slam | lash | pummel | counterattack | fire

# What political speech is carried in: a &VERBALATTACK verb modifying one,
# or with an "in" or "on" phrase of one, is criticism (111) whoever the
# unarmed source ("a PAC ad attacking the governor", "attacked her in a
# video", "slammed him on Twitter").
set &MEDIUM: ad | ads | advert | adverts | advertisement | advertisements | commercial | commercials
  | mailer | mailers | video | videos | tweet | tweets | post | posts | speech | speeches | op-ed
  | editorial | editorials | column | columns | interview | interviews | statement | statements
  | letter | letters | debate | debates | twitter | facebook | radio | television | tv | spot | spots
  | flyer | flyers | robocall | robocalls | billboard | billboards | mailing | mailings

# Where a passive attack with no agent comes from when it is criticism:
# "has been attacked from several sides / from the left / from critics".
set &CRITICS: side | sides | quarter | quarters | corner | corners | left | right | critic | critics
  | opponent | opponents | rival | rivals | pundit | pundits | commentator | commentators

# Verbs of marching that by armed actors (military, rebels, insurgents,
# militias; not the police) are an advance: force on a named target, else
# no event, never a protest ("rebel fighters marched into the capital").
set &ARMEDMARCH: march

# Words of fighting that, between civilian people (candidates, officials
# without an armed sector, business people) or by such a person against no
# one named, mean a contest, not force: "Cruz battled Trump", "Clinton beat
# Sanders", "the Obama war on coal". Such an event is not coded.
set &CONTEST: battle | war | fight | struggle | beat | batter | strike | hit | onslaught | crush | clash
  | duel | wound | punch | knock | pound | pummel

# Verbs of seizure (192) that, with a person as the subject, mean winning
# a vote: "Cruz captured Texas and Oklahoma".
set &ELECTORALWIN: capture | sweep | carry

# Protest words that, when a named person's own and against no one, are a
# campaign event, not a protest: "Trump rallies", "at Cruz's rally in
# Miami" (a rally against someone, or by a group, stays a protest).
set &CAMPAIGNEVENT: rally | rallies | march

# Kinds of economic aid: "suspended economic aid", "cut development
# assistance" (1621).
set &ECONKIND: economic | financial | development | developmental | budget | budgetary | fiscal
  | reconstruction

# Audiences a candidate appeals to or stirs: "his appeal to blue-collar
# voters", "stirred Iowa crowds" (an attraction, no request or incitement).
set &AUDIENCE: voter | voters | demographic | demographics | base | electorate | constituency
  | constituencies | supporters | conservatives | liberals | progressives | evangelicals
  | moderates | independents | millennials | fans | audience | audiences | crowd | crowds
  | sensibilities | instincts | emotions | fears | nostalgia | resentment | patriotism | suburbanites
  | whites | heartland

# The press as the other side of "spoke to", "talked with": an interview
# ("spoke to the newspaper on condition of anonymity"), no consultation.
set &PRESS: reporter | reporters | journalist | journalists | newspaper | newspapers | press | media
  | news | paper | magazine | magazines | podcast | radio | television | tv | interviewer
  | interviewers | correspondent | correspondents | columnist | columnists | editor | editors
  | outlet | outlets | post | times | journal | tribune | herald | gazette | telegraph | chronicle
  | newsweek | cnn | msnbc | fox | bbc | npr | reuters | ap | nbc | abc | cbs | pbs | politico
  | breitbart | axios | bloomberg

# Nouns for the electorate: what voters support, reject, fear or hope for
# is an opinion a poll measures, no event ("three-quarters of Republican
# voters support a ban", "voters backed Clinton").
set &ELECTORATE: voter | voters | electorate | electorates | respondent | respondents | caucusgoer
  | caucusgoers | caucus-goer | caucus-goers | primary-goer | primary-goers

# Nouns that only measure the noun of their "of" phrase: "700 kg of
# medicine", "tons of food", "$50,000 worth of goods"; also shares of a
# whole ("suspended part of its military aid", "cut half of its aid").
set &MEASURE: ton | tons | tonne | tonnes | kg | kilogram | kilograms | kilo | kilos | pound | pounds
  | days | weeks | hours | rounds
  | litre | litres | liter | liters | gallon | gallons | barrel | barrels | worth | batch | batches
  | consignment | consignments | load | loads | truckload | truckloads | planeload | planeloads
  | shipload | shiploads | crate | crates | box | boxes | bag | bags | sack | sacks | carton | cartons
  | dose | doses | quantity | quantities | amount | amounts | lot | lots | dozens | hundreds
  | thousands | millions | billions
  | part | parts | portion | portions | half | bulk | tranche | tranches | remainder

# Nouns for what an actor issues or sends: a participle modifying one
# ("issued a statement demanding …") has the issuer as its source.
set &MESSAGE: statement | declaration | communique | communiqué | letter | message | resolution | appeal
  | note | memo | ultimatum | decree | order | proclamation | manifesto | petition | report | warning

# Verbs whose participle after "be" states the subject's stance, not a
# passive: "Israel is opposed to French mediation" (Israel opposes it).
set &STATIVE: oppose | commit | determine | prepare | dedicate | devote | engage | involve

# Nouns that carry the event of a noun modifying them ("a mediation
# effort", "a bombing campaign"); before other nouns an event noun is only
# a modifier ("war games", "attack helicopters").
set &CARRIER: effort | efforts | campaign | campaigns | operation | operations | bid | drive | mission
  | missions | process | spree | wave | series | threat | threats | plan | plans

# What a verb of naming ("called", "branded", "described … as") says its
# object is, when that judges it. Sets named &…PRED match only such
# predicatives: the complement after the object ("called the vote a
# sham", "called the governor reckless"), never a modifier before it
# ("called the illegal strike off").
set &BLAMEPRED: illegal | illegitimate | unlawful | unacceptable | irresponsible | reckless
  | provocative | outrageous | disgraceful | shameful | shameless | absurd | ridiculous
  | counterproductive | unjust | unfair | racist | hypocritical | barbaric | cowardly | despicable
  | deplorable | appalling | abhorrent | inhumane | baseless | groundless | unfounded | misguided
  | ill-advised | destabilizing | destabilising | heinous | cynical | insulting | scandalous
  | immoral | unconstitutional | undemocratic | sham | farce | travesty | mistake | blunder
  | disgrace | insult | provocation | betrayal | lie | lies | hoax | fabrication | propaganda
  | witch-hunt | aggression | hypocrisy | slap | liar | liars | dictator | thug | thugs | murderer
  | murderers | butcher | traitor | traitors | terrorist | terrorists | criminal | criminals | puppet
  | fascist | fascists
set &PRAISEPRED: constructive | productive | fruitful | successful | historic | landmark
  | breakthrough | milestone | courageous | brave | wise | hero | heroes | visionary | excellent
  | friend

# Crowds, and what a crowd does: a gerund right after a crowd object
# with no comma is the crowd's act, whatever the parse hung it under
# ("fired tear gas to disperse workers demanding higher wages",
# "arrested protesters throwing stones").
set &CROWDNOUN: protester | protesters | demonstrator | demonstrators | worker | workers | student
  | students | farmer | farmers | activist | activists | supporter | supporters | crowd | crowds
  | resident | residents | villager | villagers | mourner | mourners | marcher | marchers | rioter
  | rioters | youth | youths | people | civilian | civilians | teacher | teachers | miner | miners
  | driver | drivers | opponent | opponents | follower | followers | fan | fans | pilgrim | pilgrims
set &CROWDACT: demand | protest | chant | shout | call | wave | carry | march | demonstrate | rally
  | denounce | condemn | decry | oppose | reject | criticize | criticise | urge | seek | accuse
  | block | occupy | throw | hurl | hold | burn | sing | gather | press

# Situations a country is the topic of: their "in X" phrase does not place
# the actors of the sentence ("the two leaders discussed the war in
# Lorania" are not Lorania's).
set &SITUATION: war | wars | conflict | conflicts | crisis | crises | situation | fighting | violence
  | unrest | tensions | tension | turmoil | developments | election | elections | peace | ceasefire
  | truce | famine | catastrophe | bloodshed | hostilities | instability | chaos | insurgency
  | coup | coups | crackdown

# Natural forces, accidents and diseases: as the subject of a verb of
# force they are no actor and the act no event ("The hurricane killed 12
# people", "floods destroyed 300 homes").
set &NATURALFORCE: hurricane | storm | typhoon | cyclone | tornado | earthquake | quake | tsunami
  | flood | floods | flooding | landslide | landslides | mudslide | avalanche | wildfire | wildfires
  | blaze | fire | fires | heatwave | drought | eruption | lightning | virus | disease | outbreak
  | epidemic | pandemic | cholera | ebola | accident | crash | collapse | rain | rains | snow | winds

# Buildings and premises: with &PLACE and &MILTARGET, the places a verb
# acts on, which have no will of their own: an infinitive hung under one
# ("stormed a bank to demand access") is the purpose of the verb's
# subject.
set &PREMISES: embassy | embassies | building | buildings | parliament | office | offices | palace
  | ministry | ministries | station | stations | compound | headquarters | court | courthouse
  | square | church | mosque | temple | school | hospital | prison | jail | residence | consulate
  | university | universities | campus | faculty | factory | factories | plant | mine
