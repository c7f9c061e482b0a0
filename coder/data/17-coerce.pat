# CAMEO 17 Coerce (PLOVER COERCE): seizing or destroying property (171x),
# administrative sanctions, bans, curfews and emergencies (172x), arrests
# (173), deportations (174) and violent repression (175). Cyber attacks,
# disinformation and withholding public goods are PLOVER COERCE modes with
# no CAMEO code of their own (170).

class ARREST 173
  verb: arrest | detain | jail | imprison | apprehend | nab | incarcerate | intern | remand | handcuff
  * TGT => 173
  * => 173
  verb: lock
  # "locked up endorsements from the unions", "locked up the nomination".
  * up endorsement|endorsements|support|vote|votes|nomination|delegates|delegate|majority|win|victory|deal|seat|seats|race|primary|state|states => ---
  * up TGT => 173
  * down &PLACE|city|area|country|region|town|campus => 172
  verb: hold
  # "held talks" and "held a protest" are coded by the nouns.
  * TGT responsible|accountable|liable|culpable => 112
  * TGT hostage|hostages|captive|captives => 181
  # "holding thousands of civilians as human shields".
  * TGT as human|shield|shields => 184
  * hostage|hostages|captive|captives => 181
  * TGT without charge|trial => 173
  * TGT in custody|detention|prison|jail|incommunicado|isolation|solitary => 173
  * TGT on charges|charge|suspicion => 173
  noun: arrest | arrests | detention | detentions | imprisonment | custody | incarceration | roundup
  * of TGT => 173
  * => 173
  # "the ICC issued an arrest warrant for Putin", "a warrant for the
  # arrest of X": 173, as in the Phoenix dictionary (the PLOVER manual
  # would make a warrant a threat of arrest, but "arrest" modifying the
  # warrant is coded 173 on its own). A search warrant or a bare
  # "warrant" is none.
  noun: warrant | warrants
  * arrest for|against TGT => 173
  * arrest => 173
  * for arrest => 173

class CAPTURE 192
  # Places captured are occupied (192); combatants captured are abducted
  # (181, PLOVER manual); suspects are arrested (173).
  verb: seize | grab | snatch
  # "grabbed the reporter's arm": a physical assault, no seizure;
  # "grabbed headlines", "seized the moment": no event.
  * arm|arms|hand|hands|neck|throat|shoulder|shoulders|hair|wrist|wrists|collar|face|leg|legs => 182
  * headlines|headline|attention|spotlight|lead|moment|opportunity|chance|initiative|momentum|microphone|mic|podium|stage|limelight|imagination => ---
  * power|control => 192
  # "seized the town from the rebels": before the captives below; what
  # is seized from someone is property first ("seized drugs from
  # passengers at the airport").
  * &PROPERTY|weapons|arms|drugs|cargo|shipment|shipments|goods|documents|passports|computers|cash|money|assets|vessel|ship|tanker|boats|boat|land|equipment|ammunition|explosives|contraband|weaponry|cocaine|heroin|narcotics|methamphetamine|cannabis|marijuana|fentanyl from _ => 1711
  * &PLACE from _ => 192
  * control of TGT => 192
  * hostage|hostages => 181
  * &CAPTIVE|soldier|soldiers|fighters|troops|militants|rebels|crew|crews|sailors|fishermen|tourists|civilians|villagers|hostages|pilot|pilots|marines => 181
  * suspect|suspects|fugitive|fugitives|leader|leaders|commander|commanders|kingpin|gunman|gunmen|smugglers|smuggler => 173
  * &PROPERTY|weapons|arms|drugs|cargo|shipment|shipments|goods|documents|passports|computers|cash|money|assets|vessel|ship|tanker|boats|boat|land|equipment|ammunition|explosives|contraband|weaponry|cocaine|heroin|narcotics|methamphetamine|cannabis|marijuana|fentanyl => 1711
  # "gunmen seized 30 passengers from a bus" (after property: "customs
  # seized drugs from passengers").
  * passengers|students|schoolchildren|schoolgirls|pupils|worshippers|travellers|travelers|pilgrims|children|women|girls|boys|aid-workers => 181
  # Places last: "seized weapons in the town", "seized hostages in the
  # port" name the place in an oblique.
  * &PLACE => 192
  verb: capture
  * imagination|attention|heart|hearts|mood|spirit|essence|moment|market|share|votes|vote|title|award|prize|gold|medal|image|images => ---
  * gas|methane|carbon|emissions|email|emails|e-mail|e-mails|message|messages|data|information|footage|video|videos|photo|photos|picture|pictures|sound|light|energy|water|rain|heat|nomination|majority|seat|seats|delegate|delegates|primary|primaries|ballot|election => ---
  * power|control => 192
  * &PROPERTY|weapons|arms|drugs|cargo|shipment|shipments|goods|documents|passports|computers|cash|money|assets|vessel|ship|tanker|boats|boat|land|equipment|ammunition|explosives|contraband|weaponry|cocaine|heroin|narcotics|methamphetamine|cannabis|marijuana|fentanyl from _ => 1711
  * &PLACE from _ => 192
  * control of TGT => 192
  * hostage|hostages => 181
  * &CAPTIVE|soldier|soldiers|fighters|troops|militants|rebels|crew|crews|sailors|fishermen|tourists|civilians|villagers|hostages|pilot|pilots|marines => 181
  * suspect|suspects|fugitive|fugitives|leader|leaders|commander|commanders|kingpin|gunman|gunmen|smugglers|smuggler => 173
  * &PROPERTY|weapons|arms|drugs|cargo|shipment|shipments|goods|documents|passports|computers|cash|money|assets|vessel|ship|tanker|boats|boat|land|equipment|ammunition|explosives|contraband|weaponry|cocaine|heroin|narcotics|methamphetamine|cannabis|marijuana|fentanyl => 1711
  * &PLACE => 192
  * TGT => 192
  verb: confiscate | impound | expropriate | nationalize | nationalise | requisition | commandeer
  * TGT => 1711
  * => 1711
  verb: search | frisk
  * home|homes|house|houses|office|offices|premises|vehicle|vehicles|ship|vessel|car|cars|building|buildings|headquarters|compound|residence => 171

class DESTROY 1712
  verb: demolish | raze | bulldoze | flatten | dynamite
  * TGT => 1712
  * => 1712
  verb: destroy | wreck
  # "destroyed millions of jobs", "wrecked his career": no property harmed.
  * job|jobs|economy|economies|industry|industries|career|careers|reputation|credibility|chance|chances|future|campaign|candidacy|democracy|trust|relationship|relationships|life|lives|party|brand|argument|case|credibility => ---
  # "can the media destroy any conservative candidate?": a political end.
  * candidate|candidates|opponent|opponents|rival|rivals|nominee|nominees|front-runner|frontrunner|presidency|administration|agenda|coalition|movement|establishment => ---
  * &MILTARGET|&ARSENAL => 190
  * TGT => 1712
  noun: demolition | demolitions | destruction
  * of TGT => 1712
  * => 1712

class RESTRICT 172
  verb: ban | prohibit | forbid | criminalize | criminalise
  # "would prohibit all aid to the rebels": aid stopped.
  * &MILAID|arms|weapons to TGT => 1622
  * &AID|aid|assistance|funding to|for TGT => 162
  * party|parties|opposition|group|groups|organization|organisation|movement|politician|candidate|candidates|union|unions|association|associations|ngo|ngos => 1722
  * TGT from politics|election|elections|office|running|contesting|standing|competing => 1722
  * newspaper|newspapers|publication|publications|book|books|film|films|broadcast|broadcasts|website|websites|media|app|platform|channel|station|outlet|outlets|reporting|coverage|journalists|journalist|network => 172 mode=censor
  * &PROTESTWORD|gathering|gatherings|assembly|assemblies|meetings => 1721
  * TGT from entering|country|territory|travel|traveling|travelling|airspace => 120
  * exports|imports|sale|sales|trade|flights|shipments|import|export => 163
  # "banned women from working": a restriction on them.
  * TGT from work|study|attend|teach|vote|travel|leave|speak|hold|publish|broadcast|operate|practise|practice|worship|gather|assemble|protest|demonstrate|wear|drive|own|use|work => 172
  * TGT from school|schools|university|universities|college|colleges|classes|education|jobs|workplaces|offices|parks|gyms => 172
  # "banned the Awami League", "banned Hamas": an actor banned.
  * ACTOR => 172
  verb: outlaw | proscribe
  * party|parties|opposition|group|groups|organization|organisation|movement|politician|candidate|candidates|union|unions|association|associations|ngo|ngos => 1722
  * TGT from politics|election|elections|office|running|contesting|standing|competing => 1722
  * newspaper|newspapers|publication|publications|book|books|film|films|broadcast|broadcasts|website|websites|media|app|platform|channel|station|outlet|outlets|reporting|coverage|journalists|journalist|network => 172 mode=censor
  * &PROTESTWORD|gathering|gatherings|assembly|assemblies|meetings => 1721
  * TGT from entering|country|territory|travel|traveling|travelling|airspace => 120
  * exports|imports|sale|sales|trade|flights|shipments|import|export => 163
  * TGT => 1722
  # "China restricted exports of gallium": trade curbs; "restricted
  # protests" curbs assembly.
  verb: restrict | curb
  * exports|imports|export|import|trade|sales|shipments|investment|investments => 163
  * &PROTESTWORD|assembly|assemblies|gatherings|gathering => 1721
  * internet|media|press|websites|website|broadcasts|reporting|coverage => 172 mode=censor
  # "the election commission disqualified X from running".
  verb: disqualify
  * TGT from running|contesting|standing|competing|election|elections|ballot|polls => 1722
  * candidate|candidates|party|parties|opposition|candidacy|candidature|nomination => 1722
  verb: dissolve
  * party|parties|union|unions|group|groups|organization|organisation|movement|ngo|ngos|association|associations => 1722
  * parliament|legislature|assembly|congress|court|council => 172
  verb: censor | gag | muzzle | silence
  * TGT => 172 mode=censor
  * => 172 mode=censor
  verb: shut | close
  * down newspaper|newspapers|station|stations|broadcaster|channel|channels|website|websites|outlet|outlets|office|offices|media|paper|network|networks => 172 mode=censor
  * newspaper|newspapers|station|broadcaster|channel|website|websites|outlet|outlets|media|paper => 172 mode=censor
  * down internet|power|electricity|water|phone|network|networks|service|services|communications => 170 mode=withhold
  * down &PROTESTWORD => 175
  * down|off border|borders|crossing|crossings|airport|airports|ports|port|airspace|strait|road|roads|route|routes => 191
  * border|borders|crossing|crossings|airspace|strait|port|ports => 191
  # "closed its embassy in Tehran": relations with the host country cut,
  # not with the embassy's own government ("closed the Kestrian consulate
  # in Lorvale" cuts them with Kestria).
  * down|off its|their|our embassy|embassies|consulate|consulates in TGT => 161
  * its|their|our embassy|embassies|consulate|consulates|mission in TGT => 161
  * down|off embassy|embassies|consulate|consulates => 161
  * embassy|embassies|consulate|consulates|mission => 161
  * down &PLACE|city|area|region => 172
  # "stripped 14 activists of their citizenship", "was stripped of his
  # parliamentary seat": a status or right taken by authority (PETRARCH
  # codes stripping citizenship 170; here the administrative sanction
  # 172, PLOVER COERCE restrict). "stripped of his title" in sport and
  # "stripped the walls" are no event.
  verb: strip
  * TGT of &STATUS => 172
  * of &STATUS => 172

class CURFEW 1723
  noun: curfew | curfews
  * on|in TGT => 1723
  * => 1723
  noun: crackdown | repression | suppression | clampdown
  * on|against TGT => 175
  * => 175
  noun: censorship | blackout
  * of|on TGT => 172 mode=censor
  * => 172 mode=censor

class REPRESS 175
  verb: crack | clamp
  * down on TGT => 175
  * down => 175
  # "stamp" alone is marking ("stamped them with the date"); "stamp out"
  # suppresses.
  verb: stamp
  * out &PROTESTWORD|dissent|opposition|rebellion|revolt|uprising|riot|unrest|protesters|demonstrators|dissidents => 175
  verb: suppress | repress | quell | quash | crush | smother
  # "moved to quash doubts about her budget": doubts dispelled.
  * concern|concerns|rumor|rumors|rumour|rumours|speculation|doubt|doubts|question|questions|talk|fear|fears|report|reports|story|stories|notion|perception|perceptions|suggestion|suggestions|worries|worry => ---
  # "the court quashed the conviction of X": as an acquittal.
  * conviction|convictions|sentence|sentences|verdict|charges|indictment => 0841 plover=CONCEDE
  * &PROTESTWORD|protesters|demonstrators|dissent|opposition|rebellion|revolt|uprising|riot|riots|unrest|mutiny|insurrection|strike|dissidents|activists|critics => 175
  * out &PROTESTWORD|dissent|opposition|rebellion|revolt|uprising|riot|unrest => 175
  * TGT => 175
  verb: disperse | scatter | teargas | tear-gas
  * TGT with &CROWD => 175 mode=crowd-control
  * TGT using &CROWD => 175 mode=crowd-control
  # Dispersing a crowd is crowd control whether or not the weapon is named.
  * &PROTESTWORD|protesters|demonstrators|crowd|crowds|rally|gathering|marchers|students|mourners|rioters|supporters => 175 mode=crowd-control
  # "used tear gas to disperse them": the crowd by a pronoun or a name.
  * TGT => 175 mode=crowd-control
  verb: persecute | oppress | harass | victimize | victimise
  * TGT => 175
  * => 175
  verb: displace | uproot | evict
  * thousands|hundreds|millions|residents|families|population|villagers|civilians|people|communities|tribes => 201
  * TGT => 174

class CYBER 170
  verb: hack | cyberattack | eavesdrop | wiretap
  * into TGT => 170 mode=cyber context=cyber
  * on TGT => 170 mode=cyber context=cyber
  * TGT => 170 mode=cyber context=cyber
  # "hackers stole the personal data of millions of employees".
  verb: steal
  * data|emails|passwords|credentials|databases|database|records => 170 mode=cyber context=cyber
  noun: cyberattack | cyberattacks | cyber-attack | cyber-attacks | hack | hacking | hacks | ransomware | cyber-espionage | phishing
  * on|against TGT => 170 mode=cyber context=cyber
  * => 170 mode=cyber context=cyber
  verb: spread | disseminate | peddle | propagate
  * disinformation|misinformation|propaganda|lies|falsehoods|rumours|rumors|fake|fakes|conspiracy => 170 mode=misinformation context=misinformation
  noun: disinformation | misinformation | propaganda
  * against|about|on TGT => 170 mode=misinformation context=misinformation
  verb: withhold
  * comment|comments => 011
  * aid|food|medicine|medicines|salaries|payments|funds|supplies|water|fuel|power|electricity|services|wages|rations => 170 mode=withhold
  * TGT from TGT => 170 mode=withhold
  # "pressure" (a demand on an actor) is in 10-demand.pat.
  verb: coerce | force
  * TGT to resign|quit|step|leave|flee|abandon|surrender|sign|confess => 170
  # "forced the agency out of the country", "forced out refugees from
  # their homes": an expulsion.
  * TGT of|from _ => 174
  * out TGT => 174
  * TGT into _ => 170
