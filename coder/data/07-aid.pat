# CAMEO 07 Provide aid (PLOVER AID): economic, military and humanitarian
# aid, peacekeeping and asylum. Giving verbs are ambiguous, so they need an
# aid word; promises of aid are intents (033, 03-intent.pat).

class GIVE 070
  verb: provide | give | send | deliver | supply | donate | grant | extend | contribute | ship | airlift
  verb: allocate | disburse | earmark | channel | dispatch | transfer | lend | loan | furnish | rush
  verb: airdrop | parachute | truck | unlock | distribute
  # "extended the arms embargo", "extended sanctions on Iran": the
  # sanctions nouns code the event; "arms" names no aid here.
  * embargo|embargoes|sanctions|sanction|blacklisting|moratorium|freeze => ---
  # "airlifted 2,000 nationals out of Sudan": an evacuation, no release.
  * citizens|nationals|civilians|residents|foreigners|evacuees|people|refugees|wounded|tourists out|from|of _ => 073
  * &DIPLOMAT|delegation|delegations|emissary|mediator|mediators => 040
  # "gave a warm welcome to X", "extended a welcome": hosting a visitor.
  * welcome to TGT => 043
  * welcome => 043
  * inspectors|investigators|monitors|observers|experts|fact-finding|investigator|inspector => 090
  # Weapons and troops may be actors ("Russian drones attacked"); given to
  # someone they are the thing sent, and the "to" phrase the target.
  * peacekeepers|peacekeeping|protection|bodyguards to TGT => 074
  * peacekeepers|peacekeeping|protection|bodyguards => 074
  # "agreed to supply F-16 fighter jets to Ukraine": weapons whose
  # modifier is a troop word ("fighter") are still arms handed over.
  * jet|jets|warplane|warplanes|helicopter|helicopters|drone|drones|tank|tanks|missile|missiles to|into TGT => 072
  # "provided military support to Ukraine": aid, not a deployment
  # ("military" is also a troop word).
  * military|defense|defence support|assistance|aid|help to TGT => 072
  * military|defense|defence support|assistance|aid|help => 072
  # "gave 5 million dollars in humanitarian aid": the kind of aid an
  # amount is in, before the amount itself (economic, 071).
  * humanitarian|emergency|food|medical aid|assistance|relief|support|help => 073
  * &TROOPS|reinforcements to|into TGT => 154
  * &POLICE to|into TGT => 153
  * &TROOPS|reinforcements => 154
  # "extended his support to X", "gave their backing to": a possessor's
  # support is political backing (051, coded by the noun), not aid.
  * his|her|its|their|my|our|your support|backing => ---
  * &MILAID to TGT => 072
  * &MILAID => 072
  # "extended the state of emergency": prolonging it is imposing it.
  * state of emergency => 1724
  * martial law => 1724
  * &CURFEW => 1723
  * &HUMAID => 073
  * &ECONAID => 071
  * &AID => 070
  * goods|provisions => 070
  * asylum|refuge|sanctuary|shelter|citizenship|residency|visas => 075
  * &INTEL => 064
  * amnesty|pardon|clemency|reprieve|bail|parole => 0841 plover=CONCEDE
  # "gave in to the protesters' demands" with "in" parsed as a second case
  # marker of the oblique.
  * in|to demand|demands|pressure|pressures|calls|ultimatum => 080
  * access|permission|clearance|passage => 086
  * independence|autonomy|rights|freedom|self-rule|self-government => 0833
  * recognition => 054
  # Only the held, not "the authority granted to him by voters" (the
  # citizens of &CAPTIVE are often givers).
  * &HELD => 0841
  * in to _ => 080
  * up &WEAPON|arms|weapons|guns => 0873
  * up power|post|control|claim|claims|presidency|leadership|office => 0831
  * up &PLACE|territory => 0874 mode=withdraw
  * back &PROPERTY|territory|land|remains|bodies|artefacts|artifacts => 0842
  * back &HELD => 0841

  # "the United States resumed aid to the Palestinians": aid given again
  # ("resumed" stays a light verb for the nouns it carries).
  verb: resume
  * military aid|assistance => 072
  * weapons|arms deliveries|shipments|supplies => 072
  * humanitarian aid|assistance|deliveries => 073
  * aid|assistance|funding|loans|loan|disbursements => 070

class HELP 070
  verb: aid | assist | relieve | succour | succor
  * TGT with &MILAID => 072
  * TGT with &HUMAID => 073
  * TGT with &ECONAID => 071
  * TGT => 070
  verb: help
  * TGT with &MILAID => 072
  * TGT with &HUMAID => 073
  * TGT with &ECONAID => 071
  * TGT with &AID => 070
  * TGT to rebuild|reconstruct|recover|defend|fight|resist|repel|survive|pay|feed|house => 070
  verb: rescue
  * TGT from _ => 070
  * TGT => 070
  # Not "group": "the group, funded by major donors" is no military aid.
  verb: fund | finance | bankroll | subsidize | subsidise | underwrite
  * rebels|militants|insurgents|militia|militias|terrorism|terrorists|army|military|war => 072
  * TGT => 071 dyad
  # "sponsored the bill", "sponsor a separate event", "sponsored a
  # referendum": only sponsoring armed groups or an actor is aid.
  verb: sponsor
  * rebels|militants|insurgents|militia|militias|terrorism|terrorists => 072
  * ACTOR => 071
  verb: bail
  * out TGT => 071
  verb: shelter | harbour | harbor
  * refugees|migrants|civilians|displaced|asylum-seekers|dissidents => 075
  * terrorists|militants|fugitives|fugitive|rebels|insurgents => 070

class EVACUATE 073
  verb: evacuate
  * &DIPLOMAT|embassy|embassies|staff|personnel|consulate => 160 mode=withdraw
  * civilians|residents|refugees|wounded|citizens|nationals|people|children|foreigners|families|injured|patients|villagers|population|tourists|workers => 073
  * &TROOPS|base|bases|outpost|outposts|positions|settlement|settlements|garrison|stronghold|enclave|town|city|village|villages|territory => 0874 mode=withdraw
  * from TGT => 073

  # "ordered the evacuation of non-essential staff from its embassy":
  # diplomats withdrawn. Evacuations of residents are left uncoded: an
  # army's evacuation order is no aid.
  noun: evacuation | evacuations | drawdown
  * of &DIPLOMAT|embassy|embassies|staff|personnel|diplomats|consulate => 160 mode=withdraw

class ASYLUM_NOUN 075
  noun: asylum | refuge | sanctuary
  * to TGT => 075
  * for TGT => 075
  noun: airlift | airdrop | donation | donations
  * to|for TGT => 070
  * => 070
  # "the World Bank approved a $500 million loan to Egypt": the lender,
  # by the light verb's subject or a "by" phrase. Only with its
  # recipient: "his loan" may be the borrower's.
  noun: loan | loans | bailout | bailouts
  * to|for TGT => 071
  # "a $400 million military aid package for Ukraine", by the light verb's
  # subject ("announced", "approved"); only with its recipient.
  noun: package | packages
  # "imposed a new package of sanctions on Russia".
  * of sanctions|sanction|tariffs|measures|restrictions on|against TGT => 163
  * of sanctions|sanction|tariffs => 163
  * &MILAID|military|security|weapons|arms for|to TGT => 072
  * &HUMAID|humanitarian for|to TGT => 073
  * &ECONAID|economic|financial|rescue|bailout for|to TGT => 071
  * aid|assistance|relief|support for|to TGT => 070
