# PLOVER contexts by keyword: an event whose sentence holds one of these
# lemmas gets the context (besides the contexts of its CAMEO code). A set
# named &CONTEXT_NAME feeds the PLOVER context "name" (lower case); the
# coder checks every name against the ontology.

set &CONTEXT_MILITARY: troop | troops | soldier | army | military | missile | artillery | tank | warplane
  | airstrike | drone | navy | offensive | battalion | brigade | weapon | ammunition | frontline
set &CONTEXT_PEACEKEEPING: peacekeeper | peacekeepers | peacekeeping | ceasefire | cease-fire | truce
  | monitor | observer | buffer
set &CONTEXT_ECONOMIC: economy | economic | trade | tariff | tariffs | investment | loan | debt | bank
  | market | budget | tax | oil | gas | export | import | currency | inflation
set &CONTEXT_ELECTION: election | elections | vote | ballot | poll | polls | candidate | campaign | referendum
set &CONTEXT_HUMANITARIAN: humanitarian | relief | refugee | refugees | famine | food | shelter | aid
set &CONTEXT_TERRORISM: terrorist | terrorists | terrorism | jihadist | jihadists | bombing | suicide
set &CONTEXT_LEGAL: court | judge | trial | verdict | lawsuit | prosecutor | indictment | sentence
set &CONTEXT_HUMAN_RIGHTS: torture | abuses | rights | detainee | detainees | prisoner | prisoners
set &CONTEXT_MIGRATION: migrant | migrants | migration | border | asylum | deportation | immigrant | immigrants
set &CONTEXT_HEALTH: health | hospital | disease | epidemic | pandemic | vaccine | virus | outbreak
set &CONTEXT_CYBER: cyber | cyberattack | hacker | hackers | hacking | malware | ransomware
set &CONTEXT_CBRN: nuclear | chemical | biological | radiological | uranium | enrichment
set &CONTEXT_TERRITORY: territory | territorial | annexation | border | sovereignty | occupation
set &CONTEXT_CORRUPTION: corruption | bribery | bribe | embezzlement | graft | fraud
set &CONTEXT_ENVIRONMENT: climate | emissions | pollution | environmental | deforestation
set &CONTEXT_NATURAL_RESOURCE: water | oil | gas | mining | minerals | fishing | grain
set &CONTEXT_DIPLOMATIC: embassy | ambassador | diplomat | diplomats | diplomatic | summit | envoy | treaty
