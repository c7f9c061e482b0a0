# CAMEO 13 Threaten (PLOVER THREATEN): threats of non-force (131x),
# administrative sanctions (132x), protest (133), halting talks or
# mediation (134-136), repression (137), force (138x) and ultimatums (139).
# A threat made in reported speech is the speaker's ("speaker: yes"); a
# warning whose complement is an attack is a threat of force.

class THREATEN 130
  verb: threaten | menace
  speaker: yes
  * to use &WMD => 1385
  * to nuke => 1385
  * &WMD => 1385
  * with &WMD => 1385
  * to cut|suspend|halt|stop|end|withdraw|reduce|freeze|slash|withhold &AID|aid|funding|assistance|support|payments|loans => 1311
  * to cut|sever|break|downgrade|suspend|review|freeze|reconsider|end &TIES => 1313
  * to expel|recall|withdraw|kick &DIPLOMAT => 1313
  * to impose|slap|tighten|expand|reimpose|introduce|extend &SANCTIONS => 1312
  * to boycott|embargo|sanction => 1312
  * &SANCTIONS => 1312
  * with &SANCTIONS => 1312
  * to ban|outlaw|dissolve|bar|disqualify party|parties|group|groups|organization|opposition|candidate|candidates|movement|union|unions => 1322
  * to impose|declare|extend|institute|enforce|reimpose|reinstate|order|introduce &CURFEW => 1323
  * to impose|declare|extend|institute|enforce|reimpose|reinstate|introduce &EMERGENCY|martial => 1324
  * to restrict|curb|limit|censor|shut|close|suspend|block newspaper|newspapers|media|internet|press|broadcasts|websites|assembly|gatherings|protests => 1321
  * to arrest|detain|jail|imprison|prosecute|charge|indict => 130 mode=arrest
  * arrest|prosecution|jail|prison|detention => 130 mode=arrest
  * to occupy|seize|annex|capture|retake|recapture|conquer|overrun TGT => 1382
  * to blockade|besiege|encircle TGT => 1381
  # "threatened to inflict crushing blows on X": force.
  * to deliver|deal|inflict|strike blow|blows|strikes|punishment|losses|casualties to|on|against TGT => 138
  * to deliver|deal|inflict|strike blow|blows|strikes|punishment|losses|casualties => 138
  * to attack|strike|invade|bomb|shell|hit|destroy|kill|retaliate|target|shoot|fire|punish|annihilate|wipe|crush|nuke|raid|storm|bombard|obliterate|flatten|avenge|unleash|wage|intervene|escalate|pound|blast|smash|liquidate|neutralize|neutralise|hunt|occupy|seize|besiege|blockade|retake|recapture|overrun|assassinate|invade|torch|burn|massacre|slaughter|exterminate|eradicate|level TGT => 138
  * to protest|strike|demonstrate|march|rally|walk => 133
  * to halt|suspend|quit|abandon|boycott|end|leave &TALKS => 134
  * to walk out of|from &TALKS => 134
  # "out" parsed as a second case marker of "of the talks".
  * to walk|storm|pull of &TALKS|negotiations => 134
  * to withdraw|pull from|out &TALKS => 134
  * to quit|abandon|end|withdraw &MEDIATION => 135
  * to expel|withdraw|kick|evict peacekeepers|observers|monitors|inspectors|mission|agencies|ngos|aid|workers|journalists => 136
  * to crush|suppress|quell|crack|disperse &PROTESTWORD|protesters|dissent|opposition|demonstrators|rioters|strikers => 137
  * crackdown|repression => 137
  * to blockade|besiege|encircle => 1381
  * to cut &PLACE|supplies|access|routes => 1381
  * to close|seal|shut strait|port|ports|border|borders|airspace|crossing|crossings|sea|route|routes => 1381
  * blockade|siege => 1381
  * to occupy|seize|annex|invade|capture|take|retake|recapture|conquer|overrun => 1382
  * invasion|occupation|annexation => 1382
  * to kill|assassinate|execute|behead|harm|murder|hang|eliminate|liquidate => 1383
  * to attack|strike|bomb|shell|hit|target|raid|storm => 1384
  * to attack|strike|invade|bomb|shell|hit|destroy|kill|retaliate|target|shoot|fire|punish|annihilate|wipe|crush|nuke|raid|storm|bombard|obliterate|flatten|avenge|unleash|wage|intervene|escalate|pound|blast|smash|liquidate|neutralize|neutralise|hunt|occupy|seize|besiege|blockade|retake|recapture|overrun|assassinate|invade|torch|burn|massacre|slaughter|exterminate|eradicate|level => 138
  * to retaliate|respond|hit|avenge|punish => 138
  # "threatened Lithuania with consequences": unspecified, no force.
  * with consequence|consequences|repercussion|repercussions|measures|countermeasures|price|cost|costs => 130
  * with &CONSEQUENCE|force|war|attack|attacks|retaliation|military|action|violence|strike|strikes => 138
  * war|retaliation|reprisal|reprisals|force|violence|attack|attacks|strikes|strike|retribution|revenge|destruction|annihilation|bloodshed => 138
  * to resign|quit|leave|step => 130
  * to veto|block|reject => 130
  # "threatened further action against Russia": the one the action is
  # against is threatened, not the action.
  * action|actions|measures|steps|response|consequences|countermeasures against|on TGT => 130
  * war|retaliation|reprisal|reprisals|force|violence|attack|attacks|strikes|strike|revenge against|on TGT => 138
  # "threatened to use force to gain access to the sea": force.
  * to use force|violence|arms|weapons|troops against|on TGT => 138
  * to use force|violence|arms|weapons|troops => 138
  # "threatens public safety", "could threaten the coalition's majority": a thing
  # put at risk, no threat (only words that do not modify people:
  # "threatened security forces / democracy activists" are threats).
  * stability|lead|majority|jobs|economy|future|livelihood|livelihoods|crops|existence|survival|credibility|chances|prospects|recovery|ecosystem|ecosystems|habitat|cohesion|sovereignty => ---
  * national|public|food|energy|regional security|safety|health => ---
  * TGT => 130
  * => 130

class TOLERATE 130
  # "police will not tolerate rallies", "would no longer tolerate attacks":
  # a warning by the subject, even in reported speech.
  verb: tolerate
  * not => 130
  * longer => 130

class WARN 130
  # "warned of retaliation" (138), "warned it would strike" (138), "warned
  # Iran" (130); "warned that the economy could slow" is no event.
  verb: warn | caution
  speaker: yes
  * of war|retaliation|reprisal|reprisals|attack|attacks|strike|strikes|force|military|invasion|escalation|bloodshed|violence|response|action|intervention => 138
  * of &SANCTIONS => 1312
  * of consequence|consequences|repercussions|measures|countermeasures|steps|price|cost|costs|punishment|retribution => 130
  * TGT against &ATTACKVERB|attacking|attack|aggression|provocation|provocations|escalation|intervention|interference|meddling => 130
  * to use &WMD => 1385
  * to nuke => 1385
  * &WMD => 1385
  * with &WMD => 1385
  * to cut|suspend|halt|stop|end|withdraw|reduce|freeze|slash|withhold &AID|aid|funding|assistance|support|payments|loans => 1311
  * to cut|sever|break|downgrade|suspend|review|freeze|reconsider|end &TIES => 1313
  * to expel|recall|withdraw|kick &DIPLOMAT => 1313
  * to impose|slap|tighten|expand|reimpose|introduce|extend &SANCTIONS => 1312
  * to boycott|embargo|sanction => 1312
  * &SANCTIONS => 1312
  * with &SANCTIONS => 1312
  * to ban|outlaw|dissolve|bar|disqualify party|parties|group|groups|organization|opposition|candidate|candidates|movement|union|unions => 1322
  * to impose|declare|extend|institute|enforce|reimpose|reinstate|order|introduce &CURFEW => 1323
  * to impose|declare|extend|institute|enforce|reimpose|reinstate|introduce &EMERGENCY|martial => 1324
  * to restrict|curb|limit|censor|shut|close|suspend|block newspaper|newspapers|media|internet|press|broadcasts|websites|assembly|gatherings|protests => 1321
  * to arrest|detain|jail|imprison|prosecute|charge|indict => 130 mode=arrest
  * arrest|prosecution|jail|prison|detention => 130 mode=arrest
  * to occupy|seize|annex|capture|retake|recapture|conquer|overrun TGT => 1382
  * to blockade|besiege|encircle TGT => 1381
  * to attack|strike|invade|bomb|shell|hit|destroy|kill|retaliate|target|shoot|fire|punish|annihilate|wipe|crush|nuke|raid|storm|bombard|obliterate|flatten|avenge|unleash|wage|intervene|escalate|pound|blast|smash|liquidate|neutralize|neutralise|hunt|occupy|seize|besiege|blockade|retake|recapture|overrun|assassinate|invade|torch|burn|massacre|slaughter|exterminate|eradicate|level TGT => 138
  * to protest|strike|demonstrate|march|rally|walk => 133
  * to halt|suspend|quit|abandon|boycott|end|leave &TALKS => 134
  * to walk out of|from &TALKS => 134
  # "out" parsed as a second case marker of "of the talks".
  * to walk|storm|pull of &TALKS|negotiations => 134
  * to withdraw|pull from|out &TALKS => 134
  * to quit|abandon|end|withdraw &MEDIATION => 135
  * to expel|withdraw|kick|evict peacekeepers|observers|monitors|inspectors|mission|agencies|ngos|aid|workers|journalists => 136
  * to crush|suppress|quell|crack|disperse &PROTESTWORD|protesters|dissent|opposition|demonstrators|rioters|strikers => 137
  * crackdown|repression => 137
  * to blockade|besiege|encircle => 1381
  * to cut &PLACE|supplies|access|routes => 1381
  * to close|seal|shut strait|port|ports|border|borders|airspace|crossing|crossings|sea|route|routes => 1381
  * blockade|siege => 1381
  * to occupy|seize|annex|invade|capture|take|retake|recapture|conquer|overrun => 1382
  * invasion|occupation|annexation => 1382
  * to kill|assassinate|execute|behead|harm|murder|hang|eliminate|liquidate => 1383
  * to attack|strike|bomb|shell|hit|target|raid|storm => 1384
  * to attack|strike|invade|bomb|shell|hit|destroy|kill|retaliate|target|shoot|fire|punish|annihilate|wipe|crush|nuke|raid|storm|bombard|obliterate|flatten|avenge|unleash|wage|intervene|escalate|pound|blast|smash|liquidate|neutralize|neutralise|hunt|occupy|seize|besiege|blockade|retake|recapture|overrun|assassinate|invade|torch|burn|massacre|slaughter|exterminate|eradicate|level => 138
  * to retaliate|respond|hit|avenge|punish => 138
  # "threatened Lithuania with consequences": unspecified, no force.
  * with consequence|consequences|repercussion|repercussions|measures|countermeasures|price|cost|costs => 130
  * with &CONSEQUENCE|force|war|attack|attacks|retaliation|military|action|violence|strike|strikes => 138
  * war|retaliation|reprisal|reprisals|force|violence|attack|attacks|strikes|strike|retribution|revenge|destruction|annihilation|bloodshed => 138
  * to resign|quit|leave|step => 130
  * to veto|block|reject => 130
  * TGT => 130

class THREAT_NOUN 130
  noun: threat | threats | warning | warnings | menace
  speaker: yes
  * of war|retaliation|reprisal|reprisals|attack|attacks|strike|strikes|force|military|invasion|escalation|violence|action|intervention|reprisal => 138
  * of &WMD|nuclear => 1385
  * of &SANCTIONS => 1312
  * of &PROTESTWORD => 133
  * of consequence|consequences|repercussions|measures|countermeasures|punishment|retribution => 130
  * nuclear|military => 138
  * to|against TGT => 130
  * stern|strong|final|last|veiled|blunt|clear|thinly-veiled|explicit|direct|new|fresh|repeated => 130
  noun: ultimatum | ultimatums
  speaker: yes
  * to TGT => 139
  * => 139

class MENACE_VERB 130
  verb: intimidate | blackmail | bully | browbeat | terrorize | terrorise
  * TGT with _ => 130
  * TGT => 130
  verb: brandish | rattle
  * sabre|saber|sword|swords|nuclear|weapon|weapons => 138

class VOW_TO 138
  # Going unpunished or unanswered: "the attack will not go unanswered".
  verb: go
  * not unanswered|unpunished|unavenged => 138 speaker
  * on &HUNGERSTRIKE => 142
  * on strike => 143 mode=strike
  * on hunger-strike => 142
  * on rampage|offensive|attack => 190
  * to war => 190
  * to war with|against TGT => 190
  * on trial => 115
