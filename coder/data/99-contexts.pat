# PLOVER contexts by keyword: an event whose sentence holds one of these
# lemmas gets the context (besides the contexts of its CAMEO code). A set
# named &CONTEXT_NAME feeds the PLOVER context "name" (lower case); the
# coder checks every name against the ontology.

set &CONTEXT_MILITARY: troop | troops | soldier | army | military | missile | artillery | tank | warplane
  | airstrike | drone | navy | offensive | battalion | brigade | weapon | ammunition | frontline
  | peacekeeper | peacekeepers | peacekeeping | naval | warship | warships | gunboat | gunboats | radar | garrison | invasion | invade | invaded | shelling | gunship | gunships | bombardment | warfare | pentagon | nato
  | war games | military exercises | naval exercises | air force | armed forces | defense ministry
  | defence ministry | defense minister | defence minister | defense secretary | defence secretary | arms sales
  | arms deal | arms embargo
# Not "monitor" nor "observer" alone: "a war monitor said", "election
# observers", "observers say" are no peace operation.
set &CONTEXT_PEACEKEEPING: peacekeeper | peacekeepers | peacekeeping | ceasefire | cease-fire | truce
  | ceasefire monitors | truce monitors | military observers | observer mission | monitoring mission
  | buffer zone | buffer zones
# Not "market" alone: "a bombing at a market in Baghdad" is no economic
# event; "markets", "stock market" are.
set &CONTEXT_ECONOMIC: economy | economic | trade | tariff | tariffs | investment | loan | debt | bank
  | markets | stock market | market economy | budget | tax | oil | natural gas | export | import | currency | inflation | finance | financial
  | fiscal | grant | grants | wage | wages | salary | salaries | pension | pensions | labour | labor
  | unemployment | price | prices | subsidy | subsidies | imf
  | goods | embargo | embargoes | gdp | recession | commerce
  | developmental | jobs
set &CONTEXT_ELECTION: election | elections | vote | ballot | poll | polls | polling | candidate | campaign
  | campaigned | campaigning | referendum
# Not "aid" nor "relief" alone: military, economic or development aid and
# debt relief are not humanitarian.
set &CONTEXT_HUMANITARIAN: humanitarian | refugee | refugees | famine | food | shelter | starvation
  | food aid | emergency aid | aid convoy | aid convoys | aid workers | aid worker | aid agency
  | aid agencies | aid deliveries | aid supplies | relief supplies | relief workers | relief effort
  | relief efforts | disaster relief | relief agency | relief agencies | medical supplies
set &CONTEXT_TERRORISM: terrorist | terrorists | terrorism | jihadist | jihadists | bombing | suicide
  | terror | qaeda | al-qaeda | isis | isil | daesh | al-shabaab | shabaab | extremist | extremists
  | jihad | hijacker | hijackers | counterterrorism | counter-terrorism
  | car bomb | car bombs | bomb attack | bomb attacks | hijack | hijacked | hijacking
set &CONTEXT_LEGAL: court | judge | trial | verdict | lawsuit | prosecutor | indictment | sentence
  | tribunal | prosecutors | prosecution | lawyer | lawyers | attorney | ruling | conviction | jurist
  | jurists | legality | extradition | warrant | judiciary | judicial | rule of law
  | law | laws | unlawful | indict | indicted | acquit | acquitted
  | convicted | convict | sue | sued | suing | sentenced | war crimes | crimes against humanity | geneva convention
  | geneva conventions
# Words count by their lemma or as written ("abuses"); an entry of several
# words matches them in a row ("human rights": not "rights" alone, which
# are also licensing, voting or gay rights).
set &CONTEXT_HUMAN_RIGHTS: torture | abuses | human rights | human-rights | rights abuses | rights abuse
  | rights violations | rights violation | detainee | detainees | prisoner | prisoners | persecution
# A "border" alone is territory, not migration ("troops deployed along the
# border"); border crossings, walls, patrols and controls are migration.
set &CONTEXT_MIGRATION: migrant | migrants | migration | immigration | asylum | deportation | immigrant | immigrants
  | refugee | refugees | displaced | asylum-seeker | asylum-seekers | exile | exiles | returnee | returnees
  | deport | deported | deportations | refuge | exiled | border crossing | border crossings
  | border wall | border patrol | border patrols | border control | border controls | border security
set &CONTEXT_HEALTH: health | hospital | disease | epidemic | pandemic | vaccine | virus | outbreak
set &CONTEXT_CYBER: cyber | cyberattack | hacker | hackers | hacking | malware | ransomware
set &CONTEXT_CBRN: nuclear | chemical | biological | radiological | uranium | enrichment
set &CONTEXT_TERRITORY: territory | territorial | annexation | border | sovereignty | occupation
set &CONTEXT_CORRUPTION: corruption | bribery | bribe | embezzlement | graft | fraud
set &CONTEXT_ENVIRONMENT: climate | emissions | pollution | environmental | deforestation
# Not "water" nor "gas": "water cannon" and "tear gas" are crowd weapons.
set &CONTEXT_NATURAL_RESOURCE: oil | natural gas | petroleum | crude | pipeline | pipelines | lng | mining | minerals
  | fishing | fisheries | grain | coal | lithium | timber | logging | energy | electricity
  | water supply | water supplies | drinking water | water resources | gas field | gas fields | oilfield
  | oilfields | oil field | oil fields | diamonds | land reform
# Actor sectors (lower case) that give their events a context: a set
# &SECTORCONTEXT_NAME lists the sectors of the PLOVER context "name"
# ("the army shelled the town", "the supreme court rejected the appeal").
# State armed forces only: rebels and militias are not military.
set &SECTORCONTEXT_MILITARY: mil
set &SECTORCONTEXT_LEGAL: jud
set &SECTORCONTEXT_INTELLIGENCE: spy
set &SECTORCONTEXT_MIGRATION: ref
set &SECTORCONTEXT_HUMAN_RIGHTS: hri
# CAMEO codes whose context from the CAMEO→PLOVER table stands only when
# the sentence gives it too (a word of &CONTEXT_NAME or an actor of a
# &SECTORCONTEXT_NAME sector): a set &CUEDCONTEXT_NAME lists the codes
# whose table context "name" is so cued (plover3). A demand that someone
# yield (105: "called on the minister to resign") or a violated ceasefire
# (196) is not legal in itself. Not 128 (defy norms, law): "violated a
# ban" is legal, though "went back on his promise" is not. Arrests,
# deportations, lawsuits and releases keep their legal context. A
# threatened or imposed blockade (1381, 191) is military when a source
# acts for a state (a country, government, armed force or IGO) or a word
# says so ("naval blockade"), not when farmers or the police block a road.
set &CUEDCONTEXT_LEGAL: 105 | 1051 | 1052 | 0251 | 0252 | 196
set &CUEDCONTEXT_MILITARY: 1381 | 191
# A broad context that narrower ones supersede: a set &SUPERSEDEDBY_NAME
# lists the contexts whose presence on an event drops the context "name"
# from it, whatever gave it (plover3). A demand for early elections, a
# promise of the rule of law, a protest against a farm reform are
# election, legal and economic, not political_institutions as well.
set &SUPERSEDEDBY_POLITICAL_INSTITUTIONS: election | legal | economic
# Phrases whose words add no context, though a set lists them: "law"
# is legal, "law enforcement" (the police) and "law school" are not; a
# "bank" is economic, the West Bank is a place; a "ruling" is legal, a
# ruling party is not.
set &NOCONTEXT: law enforcement | law enforcement officials | law and order | law professor | law school
  | law firm | law firms | law student | law students | west bank | ruling party | ruling parties
# PLOVER types (lower case) that are diplomacy when they pass between states:
# an event of one of these types whose sources and targets are all
# countries, governments, parliaments or intergovernmental organisations,
# no target of a source's own country, gets the context "diplomatic"
# ("Germany rejected Belarus's request for aid", "the Polish parliament
# demanded an apology from Moscow"). Force, coercion, aid and withdrawals
# are left out: between states they are military, economic or humanitarian.
set &DIPLOMATIC_TYPES: agree | consult | support | cooperate | request | accuse | reject | threaten
  | sanction | concede
# PLOVER types (lower case) of a labour dispute: an event of one of these
# types with a source or target of a sector in &LABOUR_SECTORS (workers,
# unions, farmers) gets the context "economic" ("the teachers' union
# called off its strike", "farmers said they would blockade the capital").
# Support and meetings are left out (a union endorsing a candidate).
set &LABOUR_TYPES: protest | request | concede | agree | threaten | reject
set &LABOUR_SECTORS: lab | agr
set &CONTEXT_DIPLOMATIC: embassy | ambassador | diplomat | diplomats | diplomatic | summit | envoy | treaty
  | diplomacy | delegation | delegations | consulate | emissary | emissaries | mediator | mediators
  | mediation | negotiator | negotiators | bilateral
  | negotiations | foreign minister | foreign ministers | foreign ministry | foreign secretary
  | foreign affairs | peace talks | peace process | peace deal | peace accord | peace agreement | peace plan
set &CONTEXT_LEGISLATIVE: parliament | parliamentary | lawmaker | lawmakers | legislator | legislators
  | legislature | congress | senate | mps | deputies
set &CONTEXT_POLITICAL_INSTITUTIONS: opposition | coalition | constitution | constitutional | coup
  | impeachment | junta | overthrow | political reform | political reforms | democratic reforms
  | oust | ousted | ouster | topple | toppled | overthrew | overthrown | resignation | reinstate | reinstated | state of emergency
  | emergency rule | political party | political parties | regime change
set &CONTEXT_RELIGION_ETHNICITY: muslim | muslims | moslem | moslems | christian | christians | jewish | jews
  | hindu | hindus | buddhist | buddhists | sikh | sikhs | mosque | mosques | church | churches
  | synagogue | synagogues | temple | religious | sectarian | ethnic | shia | shiite | shiites | sunni
  | sunnis | catholic | catholics | koran | quran | cleric | clerics | clergy
set &CONTEXT_GENDER: women | woman | girls | gender | feminist | feminists | abortion | femicide
set &CONTEXT_LGBT: gay | gays | lesbian | lesbians | lgbt | lgbtq | transgender | homosexual | homosexuals
  | homosexuality | same-sex
set &CONTEXT_DISASTERS: earthquake | earthquakes | flood | floods | flooding | hurricane | cyclone | typhoon
  | tsunami | drought | wildfire | wildfires | disaster | disasters
set &CONTEXT_ILLEGAL_DRUGS: cocaine | heroin | narcotics | narcotic | cartel | cartels | methamphetamine
  | fentanyl | opium | marijuana | cannabis | drug-trafficking
set &CONTEXT_TRAFFICKING: trafficking | trafficker | traffickers | smuggling | smuggler | smugglers
  | contraband
set &CONTEXT_CRIME: crime | crimes | criminal | criminals | gang | gangs | mafia | robbery | homicide
set &CONTEXT_MISINFORMATION: disinformation | misinformation | propaganda
set &CONTEXT_INTELLIGENCE: spy | spies | espionage | spying | intelligence | cia | mossad | kgb | fsb | mi6
set &CONTEXT_RIGHTS_FREEDOMS: censorship | journalist | journalists | blogger | bloggers | dissident
  | dissidents | free-speech | free speech | civil rights | civil liberties | press freedom
  | freedom of speech | freedom of expression | freedom of the press | freedom of assembly | voting rights
set &CONTEXT_REPARATIONS: reparations | compensation
set &CONTEXT_TECHNOLOGY: semiconductor | semiconductors | microchip | microchips | technology | technologies

# PLOVER modes by keyword: an event of type TYPE that got no mode from its
# pattern or CAMEO code takes the mode of the word of a &MODE_TYPE_MODE set
# nearest its trigger ("attacked by militiamen armed with machetes":
# ASSAULT primitive; "heavy_weapons" names the mode heavy-weapons). Only
# words that name the means: not "attack", "fire" or "shot".
set &MODE_ASSAULT_PRIMITIVE: machete | machetes | knife | knives | axe | axes | sword | swords | spear
  | spears | arrows | clubs
set &MODE_ASSAULT_FIREARMS: gun | guns | gunfire | gunman | gunmen | rifle | rifles | pistol | pistols | firearm | firearms
  | machine-gun | machine-guns | sniper | snipers | gunshot | gunshots
set &MODE_ASSAULT_EXPLOSIVES: bomb | bombs | explosion | explosions | blast | blasts | minefield | landmine
  | landmines | ied | ieds | grenade | grenades | explosive | explosives | car-bomb
set &MODE_ASSAULT_AERIAL: airstrike | airstrikes | warplane | warplanes | gunship | gunships | helicopter
  | helicopters | jets | bomber | bombers
set &MODE_ASSAULT_DRONE: drone | drones | predator | reaper
set &MODE_ASSAULT_HEAVY_WEAPONS: artillery | shelling | shells | tank | tanks | mortar | mortars | rocket
  | rockets | howitzer | howitzers
set &MODE_ASSAULT_UNCONVENTIONAL: sarin | ricin | anthrax
set &MODE_ASSAULT_TORTURE: torture | tortured | torturing
set &MODE_ASSAULT_ABDUCT: kidnap | kidnapped | kidnapping | kidnappers | abduct | abducted | abduction
  | hostage | hostages
set &MODE_ASSAULT_SEXUAL: rape | raped | rapes | sexual
set &MODE_ASSAULT_BEAT: beat | beaten | beating | beatings | clubbed
set &MODE_ASSAULT_DESTROY: torched | razed | demolished | bulldozed | arson
set &MODE_PROTEST_DEMO: rally | rallies | march | marches | demonstration | demonstrations | sit-in | sit-ins
  | vigil | vigils
set &MODE_PROTEST_RIOT: riot | riots | rioting | rioters
set &MODE_PROTEST_HUNGER: hunger
set &MODE_PROTEST_STRIKE: strike | strikes | strikers | walkout | walkouts
set &MODE_PROTEST_OBSTRUCT: roadblock | roadblocks | barricade | barricades | blockade | blockades
set &MODE_PROTEST_BOYCOTT: boycott | boycotts | boycotted | boycotting
set &MODE_PROTEST_VANDALIZE: vandalized | vandalised | vandalism | graffiti | defaced
# A call by telephone or video link is a CONSULT by phone.
set &MODE_CONSULT_PHONE: telephone | phone | videoconference | video call | phone call
# Talks a mediator brings about are a CONSULT third-party (plover3): 045
# "mediate" has no mode of its own ("Kestria's mediation between the two
# parties", "talks mediated by the envoy").
set &MODE_CONSULT_THIRD_PARTY: mediation | mediate | mediated | mediating | mediator | mediators
  | brokered
# COERCE and THREATEN events without a mode from their code (170, 130):
# the thing imposed or threatened tells it ("troops enforced a curfew",
# "threatened to cut ties", "threatened to jail the editors").
set &MODE_COERCE_CURFEW: curfew | curfews
set &MODE_COERCE_MARTIAL_LAW: martial
set &MODE_COERCE_CENSOR: censorship | censor | censored | censoring
set &MODE_THREATEN_RESTRICT: blockade | blockades | boycott | boycotts | embargo | embargoes | curfew
  | curfews | martial | sanctions | tariffs | tariff
set &MODE_THREATEN_RELATIONS: relations | ties | talks | negotiations | mediation | cooperation
set &MODE_THREATEN_ARREST: arrest | arrests | jail | imprison | imprisonment | prosecute | prosecution
  | detain | detention
set &MODE_THREATEN_EXPEL: expel | expulsion | expulsions
set &MODE_THREATEN_TERRITORY: annex | annexation | occupy | occupation
# Not "attack(s)" nor "war": "told her to tone down her attacks" (invented)
# is no threat of violence.
set &MODE_THREATEN_VIOLENCE: bomb | bombs | kill | killing | retaliation | retaliate | invade
  | invasion | nuclear | missile | missiles | blows
# A killing of a leader is a targeted assault ("killed the rebel commander").
set &TARGETED_VERBS: kill | murder | shoot | execute | slay | gun
set &TARGETED_VICTIMS: leader | leaders | chief | commander | commanders | governor | mayor | minister
  | president | head | chieftain | general | lawmaker | judge | prosecutor | journalist | activist
