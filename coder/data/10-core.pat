# Starter classes across the CAMEO roots. See docs/patterns.md.

class PESSIMISM 012
  verb: deplore | lament | regret
  * => 012

class DENY 014
  verb: deny
  * => 014

class APPEAL 020
  verb: appeal | urge | call | plead | implore | beseech
  noun: appeal | plea
  * on TGT => 020
  * TGT => 020
  * for aid|assistance|help|support => 021
  * for ceasefire|truce|calm|restraint => 0256
  * for talks|negotiations|dialogue => 0241
  * TGT to withdraw|leave => 0256

class INTENT_COOPERATE 030
  verb: pledge | promise | vow | offer | commit
  noun: pledge | promise | offer
  speaker: yes
  * aid|assistance|help|money|funds|support => 033
  * to send|provide|give TGT => 033
  * troops|peacekeepers => 0334
  * to protect|defend TGT => 0334 context=military

class CONSULT 040
  verb: discuss | consult | confer | negotiate
  noun: talks | consultations | negotiations | discussions | meeting | summit
  * => 040
  * with TGT => 040

class MEET 043
  verb: meet | host | receive
  * TGT => 043
  * with TGT => 043

class VISIT 042
  verb: visit | tour
  noun: visit | trip
  * TGT => 042

class PRAISE 051
  verb: welcome | praise | commend | hail | applaud | laud | endorse | back | congratulate
  * TGT => 051
  * support => 051

class SUPPORT_DIPLOMATIC 057
  verb: sign | conclude | ratify
  * agreement|accord|deal|treaty|pact => 057
  noun: agreement | accord | treaty | pact
  * => 057

class COOPERATE 060
  verb: cooperate | collaborate
  * with TGT => 060

class AID 070
  verb: aid | assist
  * TGT => 070
  verb: send | deliver | supply | provide | donate
  * aid|assistance => 070
  * weapons|arms|ammunition|missiles => 0332 plover=AID mode=military

class YIELD 080
  verb: withdraw | retreat | pull
  * => 0874
  * from TGT => 0874
  verb: release | free
  * TGT => 0841
  verb: lift | ease
  * sanctions|embargo => 081

class INVESTIGATE 090
  verb: investigate | probe
  noun: investigation | probe | inquiry
  * TGT => 090
  * into TGT => 090

class DEMAND 100
  verb: demand | insist | require
  noun: demand | ultimatum
  speaker: yes
  * => 100
  * TGT => 100
  * that _ => 100
  * withdrawal => 1056

class DISAPPROVE 110
  verb: criticize | criticise | condemn | denounce | blame | slam | rebuke | censure | decry | chastise
  noun: criticism | condemnation
  * TGT => 111
  verb: accuse | charge
  noun: accusation
  * TGT => 112

class REJECT 120
  verb: reject | refuse | rebuff | dismiss | spurn | repudiate | veto
  noun: rejection
  * TGT => 120
  * proposal|plan|offer|demand|request => 120
  * to meet|talk|negotiate => 1246

class THREATEN 130
  verb: threaten | menace
  noun: threat | warning
  speaker: yes
  * TGT => 130
  * to attack|strike|invade|bomb TGT => 138
  * with force|attack|strike|strikes|retaliation => 138
  * with sanctions|embargo => 1312
  verb: consider | regard | view | treat | deem
  * target|targets => 138
  verb: go
  * not unanswered => 138

class PROTEST 140
  verb: protest | demonstrate | rally | march
  noun: protest | demonstration | rally
  * => 140
  * against TGT => 140

class MOBILIZE 150
  verb: mobilize | mobilise | deploy | mass
  noun: mobilization | deployment
  * troops|forces|soldiers => 150
  * to TGT => 150

class SANCTION 160
  verb: sanction | boycott | embargo
  * TGT => 163
  verb: expel
  * TGT => 1663
  verb: sever | cut
  * ties|relations => 161

class COERCE 170
  verb: arrest | detain | seize | capture
  noun: arrest
  * TGT => 173
  verb: deport | expel
  * TGT => 174

class ASSAULT 180
  verb: kidnap | abduct
  * TGT => 181
  verb: torture
  * TGT => 1821
  verb: assassinate
  * TGT => 186

class FIGHT 190
  verb: attack | strike | shell | bomb | invade | raid | storm | hit | pound | bombard | ambush | clash
  noun: attack | strike | assault | offensive | invasion | raid | bombardment | airstrike | shelling
  * TGT => 190
  * on|against TGT => 190
  verb: invade | occupy
  * TGT => 192
  verb: fight | battle
  * TGT => 190
  * with|against TGT => 190

class MASS_VIOLENCE 200
  verb: massacre | slaughter
  noun: massacre | genocide
  * TGT => 202
