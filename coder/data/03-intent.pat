# CAMEO 03 Express intent to cooperate (PLOVER AGREE): promises, pledges,
# offers, commitments and declared readiness. Intents made in reported
# speech are the speaker's own. The content picks the code: aid (033x),
# material cooperation (031x), support (032), reform (034x), yielding
# (035x), talks (036), settlement (037), mediation (038/039).
#
# "agree to VERB" is left to the grammar: the complement is coded itself
# and marked future ("Israel agreed to withdraw": 0874, future).

class PROMISE 030
  verb: promise | pledge | vow | offer | undertake | volunteer | swear
  speaker: yes
  # Vows of force are threats.
  * to attack|strike|invade|bomb|shell|hit|destroy|kill|retaliate|target|shoot|fire|punish|annihilate|wipe|crush|nuke|raid|storm|bombard|obliterate|flatten|avenge|unleash|wage|intervene|escalate|pound|blast|smash|liquidate|neutralize|neutralise|hunt|occupy|seize|besiege|blockade|retake|recapture|overrun|assassinate|invade|torch|burn|massacre|slaughter|exterminate|eradicate|level|fight|battle => 138
  # "vowed to fight corruption", "promised to fight for them": no force.
  * to fight|battle for _ => ---
  * to fight|battle &CRIME|corruption|poverty|disease|cancer|fire|fires|inflation|climate|case|charge|charges|ruling|election|elections|bill|law|plan|hunger|addiction|extradition|deportation|discrimination|racism|unemployment|drugs|misinformation|disinformation => ---
  * revenge|retaliation|vengeance|reprisal|reprisals|response => 138
  * condolences|condolence|sympathy|sympathies => 018
  * apology|apologies => 055
  * resignation => 0831 plover=RETREAT mode=resign
  * praise|congratulations|thanks => 051
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training to|for TGT => 0332
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training => 0332
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel|tents to|for TGT => 0333
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel|tents => 0333
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors|soldiers to|for TGT => 0334
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors|soldiers => 0334
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash|million|billion|dollars to|for TGT => 0331
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash|million|billion|dollars => 0331
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief|support to|for TGT => 033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief|support => 033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish asylum|refuge|shelter|sanctuary to|for TGT => 033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish asylum|refuge|shelter|sanctuary => 033
  * to help|aid|assist|rescue|rebuild|reconstruct|fund|finance => 033
  # "pledged to increase military aid": more of the same aid.
  * to increase|boost|expand|double|triple|raise|step|ramp|bolster|resume|continue|accelerate|speed military aid|assistance|support to|for TGT => 0332
  * to increase|boost|expand|double|triple|raise|step|ramp|bolster|resume|continue|accelerate|speed humanitarian aid|assistance|relief|deliveries to|for TGT => 0333
  * to increase|boost|expand|double|triple|raise|step|ramp|bolster|resume|continue|accelerate|speed aid|assistance|deliveries to|for TGT => 033
  * to increase|boost|expand|double|triple|raise|step|ramp|bolster|resume|continue|accelerate|speed military aid|assistance|support => 0332
  * to increase|boost|expand|double|triple|raise|step|ramp|bolster|resume|continue|accelerate|speed weapons|arms|ammunition|munitions|missiles|tanks|jets|artillery|drones => 0332
  * to increase|boost|expand|double|triple|raise|step|ramp|bolster|resume|continue|accelerate|speed humanitarian aid|assistance|relief|deliveries => 0333
  * to increase|boost|expand|double|triple|raise|step|ramp|bolster|resume|continue|accelerate|speed aid|assistance|deliveries => 033
  * to protect|defend|guard|secure => 0334
  * to extradite|handover => 0313
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 0313
  * to share|exchange|provide|release|disclose intelligence|information|evidence|data|details|documents => 0314
  * to trade|invest|boost|expand|increase|open|liberalize|liberalise trade|investment|economy|market|markets|ties|exchange|commerce => 0311
  * to hold|conduct|stage exercise|exercises|drill|drills|maneuvers|manoeuvres|patrol|patrols => 0312
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner|work => 030
  * to support|back|endorse|recognize|recognise|defend|join => 032
  * to resign|quit|step|abdicate|go => 0341
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 0343
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 0344
  * to amend|rewrite|reform|change constitution|charter|parliament|institutions|system|regime => 0344
  * to reform|democratize|democratise|liberalize|liberalise|overhaul => 034
  * to change|review|reconsider|revise|rethink|alter|reverse policy|policies|stance|position|law|laws|course|approach => 0342
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 0354
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 0351
  * to release|free|repatriate|pardon|liberate|unfreeze => 0353
  * to return|hand|give &CAPTIVE|&PROPERTY => 0353
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 0355
  * to stop|halt|end|suspend|call &PROTESTWORD => 0352
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 0356
  * to respect|observe|honour|honor|implement|accept|declare &CEASEFIRE => 0356
  * to withdraw|pull|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain|dismantle => 0356
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open|hold|conduct|start|begin|launch|join|attend &TALKS => 036
  * to negotiate|talk|meet|sit|confer|parley|visit|attend|host|receive|welcome => 036
  * to return to talks|negotiations|table|dialogue => 036
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 037
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 037
  * to accept|allow|agree &MEDIATION => 038
  * to mediate|arbitrate|intercede|broker|facilitate => 039
  * to sign|ratify|conclude|ink &AGREEMENT => 030
  # "pledged 2 billion euros in military aid": the kind of aid an
  # amount is in, before the amount itself.
  * military|defence|defense|security aid|assistance|support|package|packages => 0332
  * humanitarian aid|assistance|relief|support|package|packages => 0333
  * weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training => 0332
  * food|medicine|medicines|humanitarian|shelter|water|supplies|tents|fuel|vaccines => 0333
  * peacekeepers|peacekeeping|protection|troops|monitors|soldiers|force => 0334
  * loan|loans|credit|credits|funding|funds|money|financing|grant|grants|investment|cash|bailout|million|billion => 0331
  * aid|assistance|help|relief|donation|donations|contribution|contributions => 033
  * asylum|refuge|sanctuary => 033
  * extradition|extraditions => 0313
  * intelligence|information|evidence|data => 0314
  * cooperation|co-operation|collaboration|partnership|coordination => 030
  * support|backing|solidarity|recognition|endorsement => 032
  * resignation|departure => 0341
  * rights|freedom|freedoms|liberty|liberties|autonomy|independence|self-rule => 0343
  * election|elections|referendum|constitution|vote => 0344
  * reform|reforms|change|changes|democracy|democratization|democratisation|transition|overhaul|review => 034
  * release|return|repatriation|freeing|pardon|amnesty => 0353
  * concession|concessions|lifting|easing|relaxation => 035
  * access|entry|inspection|inspections|inspectors|observers|corridor|corridors|passage => 0355
  * ceasefire|cease-fire|truce|armistice|restraint|de-escalation|withdrawal|pullout|disarmament|demilitarization|cessation|halt|moratorium => 0356
  * talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|visit|negotiation => 036
  * settlement|peace|solution|compromise|reconciliation => 037
  * mediation|mediator|arbitration|facilitation|good-offices => 039
class PROPOSE 030
  # Proposals of talks, truces or plans: intents to cooperate.
  verb: propose | float
  speaker: yes
  * weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training => 0332
  * food|medicine|medicines|humanitarian|shelter|water|supplies|tents|fuel|vaccines => 0333
  * peacekeepers|peacekeeping|protection|troops|monitors|soldiers|force => 0334
  * loan|loans|credit|credits|funding|funds|money|financing|grant|grants|investment|cash|bailout|million|billion => 0331
  * aid|assistance|help|relief|donation|donations|contribution|contributions => 033
  * asylum|refuge|sanctuary => 033
  * extradition|extraditions => 0313
  * intelligence|information|evidence|data => 0314
  * cooperation|co-operation|collaboration|partnership|coordination => 030
  * support|backing|solidarity|recognition|endorsement => 032
  * resignation|departure => 0341
  * rights|freedom|freedoms|liberty|liberties|autonomy|independence|self-rule => 0343
  * election|elections|referendum|constitution|vote => 0344
  * reform|reforms|change|changes|democracy|democratization|democratisation|transition|overhaul|review => 034
  * release|return|repatriation|freeing|pardon|amnesty => 0353
  * concession|concessions|lifting|easing|relaxation => 035
  * access|entry|inspection|inspections|inspectors|observers|corridor|corridors|passage => 0355
  * ceasefire|cease-fire|truce|armistice|restraint|de-escalation|withdrawal|pullout|disarmament|demilitarization|cessation|halt|moratorium => 0356
  * talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|visit|negotiation => 036
  * settlement|peace|solution|compromise|reconciliation => 037
  * mediation|mediator|arbitration|facilitation|good-offices => 039
  * &AGREEMENT|plan|deal|resolution|framework|initiative|roadmap|formula|compromise|solution => 030

class COMMIT 030
  # "committed to peace", "committed troops"; "committed atrocities" is no
  # promise (the crimes are coded by their own nouns).
  verb: commit | recommit
  speaker: yes
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training to|for TGT => 0332
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training => 0332
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel|tents to|for TGT => 0333
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel|tents => 0333
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors|soldiers to|for TGT => 0334
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors|soldiers => 0334
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash|million|billion|dollars to|for TGT => 0331
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash|million|billion|dollars => 0331
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief|support to|for TGT => 033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief|support => 033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish asylum|refuge|shelter|sanctuary to|for TGT => 033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish asylum|refuge|shelter|sanctuary => 033
  * to help|aid|assist|rescue|rebuild|reconstruct|fund|finance => 033
  * to protect|defend|guard|secure => 0334
  * to extradite|handover => 0313
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 0313
  * to share|exchange|provide|release|disclose intelligence|information|evidence|data|details|documents => 0314
  * to trade|invest|boost|expand|increase|open|liberalize|liberalise trade|investment|economy|market|markets|ties|exchange|commerce => 0311
  * to hold|conduct|stage exercise|exercises|drill|drills|maneuvers|manoeuvres|patrol|patrols => 0312
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner|work => 030
  * to support|back|endorse|recognize|recognise|defend|join => 032
  * to resign|quit|step|abdicate|go => 0341
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 0343
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 0344
  * to amend|rewrite|reform|change constitution|charter|parliament|institutions|system|regime => 0344
  * to reform|democratize|democratise|liberalize|liberalise|overhaul => 034
  * to change|review|reconsider|revise|rethink|alter|reverse policy|policies|stance|position|law|laws|course|approach => 0342
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 0354
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 0351
  * to release|free|repatriate|pardon|liberate|unfreeze => 0353
  * to return|hand|give &CAPTIVE|&PROPERTY => 0353
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 0355
  * to stop|halt|end|suspend|call &PROTESTWORD => 0352
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 0356
  * to respect|observe|honour|honor|implement|accept|declare &CEASEFIRE => 0356
  * to withdraw|pull|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain|dismantle => 0356
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open|hold|conduct|start|begin|launch|join|attend &TALKS => 036
  * to negotiate|talk|meet|sit|confer|parley|visit|attend|host|receive|welcome => 036
  * to return to talks|negotiations|table|dialogue => 036
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 037
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 037
  * to accept|allow|agree &MEDIATION => 038
  * to mediate|arbitrate|intercede|broker|facilitate => 039
  * to sign|ratify|conclude|ink &AGREEMENT => 030
  * to &PEACE|&AGREEMENT|&CEASEFIRE|&TALKS|cooperation|process|plan|roadmap => 030
  * to &REFORM => 034
  * troops|forces|soldiers|peacekeepers|personnel => 0334
  * &AID|money|funds|million|billion|resources => 033

class READY 030
  # Adjectives of readiness: "ready to talk", "willing to compromise".
  verb: ready | willing | prepared | eager | keen | determined | poised
  speaker: yes
  * to attack|strike|invade|bomb|shell|hit|destroy|kill|retaliate|target|shoot|fire|punish|annihilate|wipe|crush|nuke|raid|storm|bombard|obliterate|flatten|avenge|unleash|wage|intervene|escalate|pound|blast|smash|liquidate|neutralize|neutralise|hunt|occupy|seize|besiege|blockade|retake|recapture|overrun|assassinate|invade|torch|burn|massacre|slaughter|exterminate|eradicate|level => 138
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training to|for TGT => 0332
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training => 0332
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel|tents to|for TGT => 0333
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel|tents => 0333
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors|soldiers to|for TGT => 0334
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors|soldiers => 0334
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash|million|billion|dollars to|for TGT => 0331
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash|million|billion|dollars => 0331
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief|support to|for TGT => 033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief|support => 033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish asylum|refuge|shelter|sanctuary to|for TGT => 033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish asylum|refuge|shelter|sanctuary => 033
  * to help|aid|assist|rescue|rebuild|reconstruct|fund|finance => 033
  * to protect|defend|guard|secure => 0334
  * to extradite|handover => 0313
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 0313
  * to share|exchange|provide|release|disclose intelligence|information|evidence|data|details|documents => 0314
  * to trade|invest|boost|expand|increase|open|liberalize|liberalise trade|investment|economy|market|markets|ties|exchange|commerce => 0311
  * to hold|conduct|stage exercise|exercises|drill|drills|maneuvers|manoeuvres|patrol|patrols => 0312
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner|work => 030
  * to support|back|endorse|recognize|recognise|defend|join => 032
  * to resign|quit|step|abdicate|go => 0341
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 0343
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 0344
  * to amend|rewrite|reform|change constitution|charter|parliament|institutions|system|regime => 0344
  * to reform|democratize|democratise|liberalize|liberalise|overhaul => 034
  * to change|review|reconsider|revise|rethink|alter|reverse policy|policies|stance|position|law|laws|course|approach => 0342
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 0354
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 0351
  * to release|free|repatriate|pardon|liberate|unfreeze => 0353
  * to return|hand|give &CAPTIVE|&PROPERTY => 0353
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 0355
  * to stop|halt|end|suspend|call &PROTESTWORD => 0352
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 0356
  * to respect|observe|honour|honor|implement|accept|declare &CEASEFIRE => 0356
  * to withdraw|pull|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain|dismantle => 0356
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open|hold|conduct|start|begin|launch|join|attend &TALKS => 036
  * to negotiate|talk|meet|sit|confer|parley|visit|attend|host|receive|welcome => 036
  * to return to talks|negotiations|table|dialogue => 036
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 037
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 037
  * to accept|allow|agree &MEDIATION => 038
  * to mediate|arbitrate|intercede|broker|facilitate => 039
  * to sign|ratify|conclude|ink &AGREEMENT => 030
  * for &TALKS|dialogue|negotiation|negotiations => 036
  * for &PEACE|compromise|settlement => 037

class ASSURE 030
  verb: assure | reassure | guarantee
  speaker: yes
  * TGT of &AID => 033
  * TGT of support|backing|solidarity => 032
  * TGT of cooperation|partnership => 030
  * TGT of security|protection|safety => 0334
  * of &AID => 033
  * of support|backing|solidarity => 032
  * safety|security|protection|passage => 0334

class AGREE 030
  # Agreement on a named thing; "agreed to VERB" is coded by the verb.
  verb: agree | consent | concur
  * with TGT => 019
  * to|on|upon &CEASEFIRE => 0356
  * to|on|upon &TALKS|visit|summit|meeting => 036
  * to|on|upon &MEDIATION => 038
  * to|on|upon &PEACE|&AGREEMENT|terms|plan|proposal|framework|roadmap|steps|measures|package => 030
  * to|on|upon cooperation|partnership|exchange|coordination => 030
  * to|on|upon release|exchange|swap|handover => 0353
  * to|on|upon withdrawal|pullout => 0356
  * to|on|upon &REFORM => 034
  * to|on|upon demand|demands|condition|conditions => 083
  * on|to|upon _ => 030
  # "agreed that their countries should cooperate": what both sides will do.
  * that should|would|will|must|shall => 030

class REACH 030
  # "reached an agreement", "reached a consensus": agreed but not signed
  # (057 is signing). "failed to reach" marks it negated (&REFUSAL).
  verb: reach
  * &AGREEMENT|consensus|compromise|accommodation => 030

class ACCEPT 030
  verb: accept
  * &RESPONSIBILITY => 015
  * demand|demands|condition|conditions|ultimatum|terms => 083
  * resignation => 0831
  * invitation => 036
  * &MEDIATION => 038
  * &CEASEFIRE => 0356
  * &PEACE|&AGREEMENT|proposal|plan|offer|compromise|deal|roadmap|framework|package => 030
  * apology|apologies => 056
  * refugees|migrants|asylum-seekers|asylum => 075
  * peacekeepers|peacekeeping => 0861
  * inspectors|observers|monitors|inspection|inspections => 0862
  # "would not accept U.S. troops on Mexican soil": foreign forces let in.
  * &TROOPS => 086
  * aid|assistance|help|relief|convoy|convoys => 0863

class INVITE 036
  # Invitations to visit or talk are intents to meet (PLOVER AGREE).
  verb: invite
  * TGT to visit|attend|talks|summit|meeting|join|come|negotiate|discuss|participate|take => 036
  * TGT to _ => 036
  * TGT for &TALKS|visit|consultations => 036
  noun: invitation | invite
  * to TGT => 036
  * for &TALKS|visit => 036

class INTENT_NOUN 030
  noun: promise | pledge | offer | commitment | vow | undertaking | assurance | assurances
  noun: guarantee | guarantees | readiness | willingness
  speaker: yes
  # "his deep commitment to conservative principles": a trait, no intent.
  * to principle|principles|value|values|cause|causes|ideal|ideals|ideology|conservatism|liberalism|excellence|faith|tradition|traditions => ---
  * of weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training => 0332
  * of food|medicine|medicines|humanitarian|shelter|water|supplies|tents|fuel|vaccines => 0333
  * of peacekeepers|peacekeeping|protection|troops|monitors|soldiers|force => 0334
  * of loan|loans|credit|credits|funding|funds|money|financing|grant|grants|investment|cash|bailout|million|billion => 0331
  * of aid|assistance|help|relief|donation|donations|contribution|contributions => 033
  * of asylum|refuge|sanctuary => 033
  * of extradition|extraditions => 0313
  * of intelligence|information|evidence|data => 0314
  * of cooperation|co-operation|collaboration|partnership|coordination => 030
  * of support|backing|solidarity|recognition|endorsement => 032
  * of resignation|departure => 0341
  * of rights|freedom|freedoms|liberty|liberties|autonomy|independence|self-rule => 0343
  * of election|elections|referendum|constitution|vote => 0344
  * of reform|reforms|change|changes|democracy|democratization|democratisation|transition|overhaul|review => 034
  * of release|return|repatriation|freeing|pardon|amnesty => 0353
  * of concession|concessions|lifting|easing|relaxation => 035
  * of access|entry|inspection|inspections|inspectors|observers|corridor|corridors|passage => 0355
  * of ceasefire|cease-fire|truce|armistice|restraint|de-escalation|withdrawal|pullout|disarmament|demilitarization|cessation|halt|moratorium => 0356
  * of talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|visit|negotiation => 036
  * of settlement|peace|solution|compromise|reconciliation => 037
  * of mediation|mediator|arbitration|facilitation|good-offices => 039
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery|drones|training => 0332
  * for food|medicine|medicines|humanitarian|shelter|water|supplies|tents|fuel|vaccines => 0333
  * for peacekeepers|peacekeeping|protection|troops|monitors|soldiers|force => 0334
  * for loan|loans|credit|credits|funding|funds|money|financing|grant|grants|investment|cash|bailout|million|billion => 0331
  * for aid|assistance|help|relief|donation|donations|contribution|contributions => 033
  * for asylum|refuge|sanctuary => 033
  * for extradition|extraditions => 0313
  * for intelligence|information|evidence|data => 0314
  * for cooperation|co-operation|collaboration|partnership|coordination => 030
  * for support|backing|solidarity|recognition|endorsement => 032
  * for resignation|departure => 0341
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|self-rule => 0343
  * for election|elections|referendum|constitution|vote => 0344
  * for reform|reforms|change|changes|democracy|democratization|democratisation|transition|overhaul|review => 034
  * for release|return|repatriation|freeing|pardon|amnesty => 0353
  * for concession|concessions|lifting|easing|relaxation => 035
  * for access|entry|inspection|inspections|inspectors|observers|corridor|corridors|passage => 0355
  * for ceasefire|cease-fire|truce|armistice|restraint|de-escalation|withdrawal|pullout|disarmament|demilitarization|cessation|halt|moratorium => 0356
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|visit|negotiation => 036
  * for settlement|peace|solution|compromise|reconciliation => 037
  * for mediation|mediator|arbitration|facilitation|good-offices => 039
  * of revenge|retaliation|vengeance|reprisal|reprisals => 138
  * to TGT => 030
  # "his commitment to civil rights", "early commitments from delegates",
  # "her professional undertakings", "an initial public offering": a bare
  # promise to no one is a stance, not an event ("dyad"); "signed a pledge
  # with Washington" has its partner.
  * => 030 dyad
