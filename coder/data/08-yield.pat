# CAMEO 08 Yield (PLOVER CONCEDE and RETREAT): easing restrictions and
# sanctions, acceding to demands, releasing people and property, letting
# others in, ceasefires, disarmament and retreat, resignations.
#
# Following the PLOVER manual, lifting a curfew or a state of emergency is a
# concession (CONCEDE), a resignation is a RETREAT (mode resign), pardons and
# acquittals are concessions, and withdrawals are RETREAT mode withdraw.

class EASE 081
  # "reinstated the disqualified candidate": a ban on a politician eased.
  verb: reinstate
  * candidate|candidates|party|parties|politician|politicians|opposition|lawmaker|lawmakers|mp|mps|deputy|deputies => 0812
  verb: lift | ease | relax | loosen | remove | scrap | rescind | repeal | waive | unfreeze
  verb: soften | dismantle | overturn | annul | nullify | abolish | shorten
  * &CURFEW => 0813 plover=CONCEDE
  # "lifted the siege on X" eases a blockade (0872); "the state of siege"
  # is emergency rule (0814).
  * state of emergency|siege|war => 0814 plover=CONCEDE
  * blockade|siege|closure|closures|cordon|encirclement => 0872
  * &EMERGENCY|emergency|martial => 0814 plover=CONCEDE
  * ban on party|parties|opposition|candidate|candidates|politician|politicians|group|groups|movement => 0812
  # "lifted the ban on rice exports": a trade sanction eased.
  * ban|bans|restrictions|restriction|curbs|controls|embargo on exports|imports|export|import|trade|sales|shipments => 085
  * restrictions|restriction|ban|bans|curbs on press|media|speech|internet|assembly|protest|protests|gatherings|expression|newspapers|journalists|religion|worship => 0811
  * censorship => 0811
  * restriction|restrictions|curbs|curb|controls|limits|ban|bans|rules|measures|checkpoints|roadblocks|barriers|lockdown|quarantine|ceiling => 081
  * &SANCTIONS => 085
  * assets|funds|accounts|reserves => 085
  * &TROOPS|presence => 0874 mode=withdraw
  # "removed the governor from office": removal from office (160; class
  # REMOVE_FROM_OFFICE, 16-sanction.pat).
  * &LEADER|&OFFICEHOLDER from office|post|position|power|cabinet|government => 160 context=executive
  * TGT from office|post|position|power|cabinet|government => 160 context=executive
  * veto|objection|objections|hold|opposition|reservation|reservations|stance|position|tone|rhetoric|demand|demands|precondition|preconditions => 080
  * &POLICYOBJ|decree|decrees|law|laws|order|orders|requirement|requirements => 0832
  * immunity => 172
  # "the Supreme Court overturned the conviction of X": as an acquittal.
  * conviction|convictions|sentence|sentences|verdict => 0841 plover=CONCEDE
  # "revoked a defence pact with the United States": ties cut.
  * &AGREEMENT with TGT => 160

  # "revoked the citizenship of 14 activists": a status taken away (172;
  # "strip" in 17-coerce.pat), no easing; "revoking" otherwise reads as
  # the verbs above ("revoked the curfew", "revoked the ban on visas":
  # the status last, file order breaks ties), while "abolishing
  # birthright citizenship" is a policy, no sanction.
  verb: revoke
  * &CURFEW => 0813 plover=CONCEDE
  # "lifted the siege on X" eases a blockade (0872); "the state of siege"
  # is emergency rule (0814).
  * state of emergency|siege|war => 0814 plover=CONCEDE
  * blockade|siege|closure|closures|cordon|encirclement => 0872
  * &EMERGENCY|emergency|martial => 0814 plover=CONCEDE
  * ban on party|parties|opposition|candidate|candidates|politician|politicians|group|groups|movement => 0812
  # "lifted the ban on rice exports": a trade sanction eased.
  * ban|bans|restrictions|restriction|curbs|controls|embargo on exports|imports|export|import|trade|sales|shipments => 085
  * restrictions|restriction|ban|bans|curbs on press|media|speech|internet|assembly|protest|protests|gatherings|expression|newspapers|journalists|religion|worship => 0811
  * censorship => 0811
  * restriction|restrictions|curbs|curb|controls|limits|ban|bans|rules|measures|checkpoints|roadblocks|barriers|lockdown|quarantine|ceiling => 081
  * &SANCTIONS => 085
  * assets|funds|accounts|reserves => 085
  * &TROOPS|presence => 0874 mode=withdraw
  * veto|objection|objections|hold|opposition|reservation|reservations|stance|position|tone|rhetoric|demand|demands|precondition|preconditions => 080
  * &POLICYOBJ|decree|decrees|law|laws|order|orders|requirement|requirements => 0832
  * immunity => 172
  # "the Supreme Court overturned the conviction of X": as an acquittal.
  * conviction|convictions|sentence|sentences|verdict => 0841 plover=CONCEDE
  # "revoked a defence pact with the United States": ties cut.
  * &AGREEMENT with TGT => 160

  * &STATUS => 172

class REVERSE 0832
  verb: reverse | retract | recant
  * &ALLEGATION|statement|remarks|comment|comments|claim|claims|confession|testimony => 080
  * &POLICYOBJ|course|stance|position|decision|ban|decree => 0832
  * on _ => 0832
  verb: backtrack | backpedal | u-turn
  * on _ => 0832
  * => 0832
  verb: renege
  * on _ => 128
  * => 128

class YIELD 080
  verb: yield | relent | cave | budge | acquiesce | kowtow
  * to pressure|demand|demands|calls|call|protests|request|requests => 083
  # "yielded to the temptation", "yielded results": no concession.
  * to temptation|temptations|urge|impulse|instinct => ---
  * results|result|returns|profit|profits|gains|dividends|benefits|fruit|information|evidence|clues|data => ---
  * in to _ => 080
  * to _ => 080
  * in => 080
  * => 080
  verb: capitulate
  * to pressure|demand|demands|calls => 083
  * to TGT => 0874
  * => 0874
  verb: concede
  * demand|demands|point|points => 083
  * to demand|demands|pressure => 083
  * &PLACE|territory|control => 0874 mode=withdraw
  * defeat|election|race|victory|seat => 080
  * to TGT => 080
  verb: compromise
  * on _ => 080
  * with TGT => 080
  verb: bow | succumb | accede | submit
  * to pressure|demand|demands|calls|call|protests|request|requests|ultimatum|will => 083
  * out of _ => 0831 plover=RETREAT mode=resign
  * out => 0831 plover=RETREAT mode=resign
  verb: heed
  * call|calls|demand|demands|appeal|appeals|warning|warnings|advice|request|requests|ultimatum => 083
  verb: comply
  * with demand|demands|request|requests|order|orders|resolution|resolutions|ultimatum|ruling|rulings|sanctions|obligations|terms|conditions => 083
  * with _ => 083

class ACQUIT 080
  # Pardons and acquittals are concessions (PLOVER manual).
  verb: acquit | exonerate | pardon | amnesty | commute
  * sentence|sentences|penalty => 0841 plover=CONCEDE
  * TGT => 0841 plover=CONCEDE
  * => 0841 plover=CONCEDE
  # "cleared him of all charges"; not "cleared the field of challengers".
  verb: clear
  * TGT of charge|charges|wrongdoing|allegation|allegations|accusation|accusations|crime|crimes|murder|corruption|fraud|blame|guilt|suspicion|suspicions|involvement|misconduct|responsibility|complicity|negligence|treason|terrorism|espionage => 080
  noun: amnesty | pardon | pardons | clemency | reprieve
  * for TGT => 0841 plover=CONCEDE
  * to TGT => 0841 plover=CONCEDE
  * => 0841 plover=CONCEDE

class RELEASE 084
  verb: release | free | unshackle | parole
  # "state parties release their delegates": freed from a pledge to vote.
  * delegate|delegates|superdelegates|superdelegate|elector|electors => ---
  * &CAPTIVE => 0841
  # "freed 20 abducted schoolgirls", "released six jailed Americans" (not
  # "detained", "arrested" or "held": often the verb of a clause of
  # "released", "released a statement after it detained two reporters").
  * abducted|kidnapped|jailed|imprisoned|schoolgirls|schoolchildren|pupils|passengers|abductees => 0841
  * ACTOR => 0841
  * TGT from prison|custody|detention|jail|captivity|house-arrest|detention => 0841
  * TGT on bail|parole => 0841
  * &PROPERTY|assets|funds => 0842
  * ACTOR by SRC => 0841
  verb: repatriate
  * TGT => 0841
  * => 0841
  verb: return
  # "were returning home to Cairo": a journey home, nothing handed back.
  * home|homeward => ---
  * &CAPTIVE => 0841
  * &PROPERTY|remains|bodies|artefacts|artifacts|territory|land|stolen|seized|antiquities|relics|treasures|artworks|bronzes|sculptures|statues|manuscripts|vessels|ships|boats|trawlers => 0842
  * fire => 190
  * to &TALKS|table|negotiating|dialogue => 046
  # "negotiators return to Geneva for talks".
  * for &TALKS|talk|negotiations|consultations => 040
  noun: release | freeing | repatriation | handover | hand-over | swap | exchange
  # Only a release of captives, property or a named actor: news is full of
  # "press releases", "the release of his tax returns", "a heated exchange"
  # and "the stock exchange".
  * of fire|gunfire|shots|artillery|rockets => 190
  * of &CAPTIVE => 0841
  * &CAPTIVE => 0841
  * of &PROPERTY => 0842
  * of ACTOR => 0841

class RESIGN 0831
  verb: retire
  * from politics|office|post|parliament|government|army|military|service|presidency|senate|congress|cabinet|bench|court => 0831 plover=RETREAT mode=resign
  * as _ => 0831 plover=RETREAT mode=resign
  verb: resign | abdicate
  * from TGT => 0831 plover=RETREAT mode=resign
  * as _ => 0831 plover=RETREAT mode=resign
  * => 0831 plover=RETREAT mode=resign
  verb: quit
  * smoking|drinking|alcohol|drugs|habit|school|college => ---
  * &TALKS|negotiations => 164
  * &AGREEMENT|coalition|alliance|organization|organisation|union|bloc|pact|treaty|government|cabinet|federation|league|court|council|commission|group|process => 160 mode=withdraw
  * as _ => 0831 plover=RETREAT mode=resign
  * post|office|job|position|presidency|premiership|party|parliament|seat|role|leadership => 0831 plover=RETREAT mode=resign
  * => 0831 plover=RETREAT mode=resign
  verb: step
  * down|aside => 0831 plover=RETREAT mode=resign
  * up security|patrols|presence|surveillance|vigilance|deployment|deployments => 153
  noun: resignation | abdication | departure
  * from TGT => 0831 plover=RETREAT mode=resign
  * => 0831 plover=RETREAT mode=resign

class WITHDRAW 0874
  verb: withdraw
  * demand|demands|objection|objections|complaint|complaints|veto|threat|threats|ultimatum|condition|conditions => 080
  # "withdrawing her pension", "withdrew cash": money taken out.
  * money|cash|pension|pensions|savings|deposit|deposits|dollars|rupees|euros|amount|sum|sums|salary|benefits => ---
  * &DIPLOMAT => 161
  * recognition => 161
  * from &TALKS|process|negotiations|dialogue => 164
  * from &MEDIATION => 165
  * from &AGREEMENT|organization|organisation|union|alliance|coalition|bloc|membership|court|council|commission|league|federation|group|government|race|election|contest => 160 mode=withdraw
  * &AID|support|funding|aid|assistance|backing|loans|investment => 162
  * peacekeepers|peacekeeping from TGT => 1661
  * peacekeepers|peacekeeping => 1661
  * observers|monitors|inspectors|mission from TGT => 1662
  * observers|monitors|inspectors|mission => 1662
  * bill|proposal|plan|candidacy|nomination|resolution|motion|draft|application|bid|lawsuit|case|charges => 0832
  * &TROOPS|forces|soldiers from TGT => 0874 mode=withdraw
  * &TROOPS|forces|soldiers => 0874 mode=withdraw
  * from TGT => 0874 mode=withdraw
  * => 0874 mode=withdraw
  verb: pull
  * out of &TALKS|negotiations|dialogue|process => 164
  * out of &AGREEMENT|deal|treaty|pact|accord|coalition|alliance|organization|union|bloc|race|election|elections|contest|government => 160 mode=withdraw
  * &DIPLOMAT => 161
  * support|funding|aid|backing|assistance => 162
  * &TROOPS out|back => 0874 mode=withdraw
  * out|back from TGT => 0874 mode=withdraw
  * out of TGT => 0874 mode=withdraw
  # "pulled out of the talks" with "out" parsed as a second case marker of
  # the oblique, not a particle.
  * of &TALKS|negotiations|dialogue|process => 164
  * of &AGREEMENT|deal|treaty|pact|accord|coalition|alliance|organization|union|bloc|race|election|elections|contest|government => 160 mode=withdraw
  * of &PLACE|&MILTARGET|territory|country|countries => 0874 mode=withdraw
  * out|back => 0874 mode=withdraw
  verb: retreat | disengage
  * from TGT => 0874 mode=withdraw
  * => 0874 mode=withdraw
  verb: surrender
  * &WEAPON|weapons|arms|guns => 0873
  * to TGT => 0874
  * TGT => 0874
  * => 0874
  verb: vacate | cede | relinquish
  * power|presidency|authority|leadership|post|office|seat => 0831 plover=RETREAT mode=resign
  * &PLACE|&MILTARGET|territory|control|ground => 0874 mode=withdraw
  verb: abandon
  * &TALKS => 164
  # "abandon city contracts with X": dealings cut, not a place left.
  * contract|contracts => 160 mode=discontinue
  * &PLACE|&MILTARGET => 0874 mode=withdraw
  * armed|struggle|violence|arms|weapons|fight|insurgency|rebellion => 0873
  * &PROPOSAL|&POLICYOBJ|bid|claim|claims|demand|demands|project|programme|program => 080
  # "Bosnian Serbs completed their withdrawal from the town", "the United
  # States speeded up the withdrawal of its forces": the noun needs an
  # owner (possessor, "by" phrase or the subject of a light verb) and
  # forces or a place; a bare "withdrawal" is often a candidate's from a
  # race, or only called for.
  noun: withdrawal | withdrawals | pullout | pull-out | pullback
  * of &TROOPS|forces|soldiers|troops|units => 0874 mode=withdraw
  * from &PLACE|&MILTARGET|territory|region|area|zone|enclave|country => 0874 mode=withdraw
  * from TGT => 0874 mode=withdraw

class DISARM 0873
  verb: disarm | demobilize | demobilise | disband | decommission
  * TGT => 0873
  * => 0873
  verb: lay
  * down &WEAPON|arms|weapons|guns => 0873
  * wreath|wreaths|flowers|stone => 017
  * siege to TGT => 191
  * siege => 191
  verb: complete | finish | begin | start | accelerate | speed
  # "completed their withdrawal from the town", the place phrase often
  # parsed as the verb's.
  * withdrawal|pullout|pull-out|pullback => 0874 mode=withdraw
  noun: disarmament | demobilization | demobilisation | decommissioning
  * of TGT => 0873
  * => 0873

class HALT 087
  # Halting, suspending or ending something: the object picks the code.
  verb: halt | stop | suspend | end | freeze | pause | discontinue | terminate | cease | shelve
  # "the race ended in a tie", "talks ended in deadlock": an outcome.
  * in tie|draw|stalemate|deadlock|dead-heat|heat|failure|defeat|victory => ---
  # "they will end up fighting each other": coming to it, not ending it.
  * up => ---
  * fire|firing|fighting|hostilities => 0871
  * &TALKS => 164
  * &MEDIATION => 165
  * &TIES|relations|cooperation|contacts|exchanges => 161
  * &MILAID|arms|weapons => 1622
  # "suspended economic aid", "froze development assistance".
  * &ECONKIND aid|assistance|funding|support|loans|loan|credits => 1621
  # "halted gas supplies to Bulgaria": an energy cut-off, not aid.
  * gas|oil|energy|electricity|power|fuel supplies|supply|deliveries|exports|flows|shipments => 163
  * &HUMAID|food|medicine|medicines => 1623
  * &AID|aid|funding|assistance|support|payments|loans|shipments|deliveries => 162
  # "suspended his campaign", "ended her bid": a candidate leaves the race,
  # no protest is eased.
  * campaign|campaigns|candidacy|bid|run => ---
  * &PROTESTWORD => 082
  # "workers stopped work", "dockers halted work": a strike.
  * work => 143 mode=strike
  * blockade|siege => 0872
  * &CURFEW => 0813 plover=CONCEDE
  * state of emergency => 0814 plover=CONCEDE
  * occupation|presence|mission|deployment|incursion => 0874 mode=withdraw
  * withdrawal|pullout|evacuation|pull-out => 1246
  * &SANCTIONS => 085
  # "froze the assets of Russian oligarchs": a financial sanction.
  * assets|holdings|reserves|property|properties|funds|accounts of TGT => 163
  * assets|holdings|reserves => 163
  # "froze the bank accounts of two Russian banks": not a censored account.
  * bank accounts|account => 163
  # "suspended its participation in the treaty", "froze its membership".
  * participation|membership|involvement in|of TGT => 160
  * participation|membership|involvement => 160
  * exports|imports|trade|flights|shipments|sales|investment|investments|oil|gas|supplies => 163
  * advance|march|offensive => 087
  * &VIOLENCE => 087
  * construction|settlement|settlements|enrichment|program|programme|testing|tests|executions => 080
  * TGT from _ => 160 mode=expel
  * newspaper|newspapers|broadcast|broadcasts|license|licence|publication|channel|channels|account|accounts|website|websites|station|stations|broadcaster|broadcasters|radio|outlet|outlets => 172 mode=censor
  * parliament|constitution|elections|election => 172
  # "hecklers interrupted the senator's rally": breaking into another's
  # event eases no dissent (coder7); "interrupted" otherwise as halt.
  verb: interrupt
  * &PROTESTWORD|speech|event|meeting => ---
  * fire|firing|fighting|hostilities => 0871
  * &TALKS => 164
  * &MEDIATION => 165
  * &TIES|relations|cooperation|contacts|exchanges => 161
  * &MILAID|arms|weapons => 1622
  * &ECONKIND aid|assistance|funding|support|loans|loan|credits => 1621
  * gas|oil|energy|electricity|power|fuel supplies|supply|deliveries|exports|flows|shipments => 163
  * &HUMAID|food|medicine|medicines => 1623
  * &AID|aid|funding|assistance|support|payments|loans|shipments|deliveries => 162
  * exports|imports|trade|flights|shipments|sales|investment|investments|oil|gas|supplies => 163
  * newspaper|newspapers|broadcast|broadcasts|broadcaster|radio|channel|channels|station|stations => 172 mode=censor

class CEASEFIRE 0871
  noun: ceasefire | cease-fire | truce | armistice | ceasefires | truces
  * with TGT => 0871
  * between SRC => 0871
  * => 0871
  # The tokenizer splits "cease-fire" (AP spelling) into "cease - fire":
  # "fire" with "cease" before it is the truce.
  noun: fire
  * cease with TGT => 0871
  * cease between SRC => 0871
  * cease => 0871
  verb: de-escalate | deescalate
  * => 087
  verb: defuse
  * tension|tensions|crisis|standoff|situation|conflict|dispute => 087

class ALLOW 086
  verb: allow | permit | let
  * peacekeepers|peacekeeping => 0861
  * inspectors|observers|monitors|inspection|inspections|investigators|journalists|reporters|media => 0862
  * &HUMAID|aid|convoy|convoys|deliveries|delivery|supplies|assistance => 0863
  * access|entry|passage => 086
  * TGT to enter|visit|inspect|monitor|observe|access|investigate => 086
  * &PROTESTWORD|opposition|parties|party|candidates|candidate => 0811
  * TGT to participate|contest|run|stand|compete|register => 0812
  * refugees|migrants|asylum-seekers => 075
  * TGT to return => 0841
  verb: open | reopen
  * fire on|at|upon|into TGT => 193
  * fire => 193
  * case|proceedings against TGT => 115
  * case|file|proceedings => 090
  * border|borders|crossing|crossings|corridor|corridors|airspace|port|ports|checkpoint|checkpoints|road|roads|route|routes|gates => 086
  # "opened a fence-mending mission", "opened a campaign office": an office
  # or mission is diplomatic only as such or in a country.
  * embassy|embassies|consulate|consulates|representation|liaison|ties => 050
  * diplomatic|trade|representative|liaison|interests office|offices|mission|missions|section => 050
  * office|offices|mission|missions in|to TGT => 050
  * to &TALKS|dialogue|negotiation|negotiations|compromise|mediation|cooperation => 036
