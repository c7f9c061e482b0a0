# CAMEO 10 Demand: forceful requests (PLOVER REQUEST). Softer calls and
# appeals are root 02 (02-appeal.pat); ultimatums are threats (139).
# The content lists follow 02-appeal.pat with the demand codes.

class PRESSURE 100
  # "authorities pressured the union to call off its strike": pressing an
  # actor to act is a demand on it (forcing is coercion, 17-coerce.pat).
  # Only with an actor object and an infinitive: "under pressure" and
  # "pressured prices" are no events.
  verb: pressure | pressurize | pressurise
  speaker: yes
  * ACTOR to resign|quit|step|abdicate => 1041
  * ACTOR to release|free|repatriate|pardon|liberate => 1053
  * ACTOR to withdraw|pull|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 1056
  * ACTOR to stop|halt|end|cease|suspend|abandon|renounce|curb &VIOLENCE => 1056
  * ACTOR to stop|halt|end|suspend|call|cancel|abandon &PROTESTWORD => 1052
  * ACTOR to negotiate|talk|meet|resume|engage|open &TALKS => 108
  * ACTOR to lift|ease|remove|end|scrap &SANCTIONS => 1054
  * ACTOR to reform|democratize|democratise|change|amend|overhaul|liberalize|liberalise|rewrite => 104
  * ACTOR to _ => 100

class WISH_DEMAND 100
  # "Kestria wants Lorania to withdraw its troops": a side that wants
  # another actor to do what one side asks of another demands it (the
  # complement itself is only wished for, coder/modality.go). Only with
  # an actor object and an act asked of it: "wants Clinton to win" and
  # "want you to know" are no demands. No `speaker:` option: the one who
  # wants is the source, also when someone reports it.
  verb: want | wish
  * ACTOR to resign|quit|step|abdicate => 1041
  * ACTOR to release|free|repatriate|pardon|liberate &CAPTIVE|prisoners|prisoner|hostages|hostage|detainees|detainee => 1053
  * ACTOR to withdraw|pull|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 1056
  * ACTOR to stop|halt|end|cease|suspend|abandon|renounce|curb &VIOLENCE => 1056
  * ACTOR to stop|halt|end|suspend|call|cancel|abandon &PROTESTWORD => 1052
  * ACTOR to lift|ease|remove|end|scrap &SANCTIONS => 1054
  * ACTOR to extradite|apologize|apologise|compensate|comply => 100

class DEMAND 100
  verb: demand
  speaker: yes
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery to|for TGT => 1032
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery => 1032
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel to|for TGT => 1033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel => 1033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors to|for TGT => 1034
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors => 1034
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash to|for TGT => 1031
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash => 1031
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief to|for TGT => 103
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief => 103
  * to help|aid|assist|rescue|protect|shelter|save => 103
  * to extradite|handover => 1013
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 1013
  * to share|provide|release|disclose intelligence|information|evidence|data|details|documents => 1014
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner => 101
  * to support|back|endorse|recognize|recognise|join|defend => 102
  * to resign|quit|step|abdicate|go => 1041
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 1043
  * to reform|democratize|democratise|change|amend|overhaul|liberalize|liberalise|rewrite => 104
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 104
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 1054
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 1051
  * to release|free|repatriate|pardon|liberate|unfreeze => 1053
  * to return|hand|give &CAPTIVE|&PROPERTY => 1053
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 1055
  * to withdraw|pull|leave|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 1056
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 1056
  * to exercise|show|display restraint => 1056
  * to respect|observe|honour|honor|implement|accept|agree|declare|sign &CEASEFIRE => 1056
  * to stop|halt|end|suspend|call &PROTESTWORD => 1052
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open &TALKS => 108
  * to negotiate|talk|meet|sit|confer|parley => 108
  * to return to talks|negotiations|table|dialogue => 108
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 107
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 107
  * to accept|allow|agree &MEDIATION => 106
  * to mediate|arbitrate|intercede => 106
  * weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1032
  * food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1033
  * peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1034
  * loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1031
  * aid|assistance|help|donations|relief|reinforcements => 103
  * extradition|handover|extraditions => 1013
  * intelligence|information|evidence|data|details|explanation|clarification => 1014
  * cooperation|co-operation|collaboration|partnership|coordination|trade => 101
  * support|backing|solidarity|recognition|unity|endorsement|understanding => 102
  * resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1041
  * rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1043
  * constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1044
  * reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 104
  * release|return|repatriation|freeing|handover|pardon|amnesty => 1053
  * lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 105
  * access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1055
  * ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1056
  * talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 108
  * settlement|peace|solution|compromise|reconciliation => 107
  * mediation|mediator|arbitration|facilitation|intermediary => 106
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1032
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1033
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1034
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1031
  * for aid|assistance|help|donations|relief|reinforcements => 103
  * for extradition|handover|extraditions => 1013
  * for intelligence|information|evidence|data|details|explanation|clarification => 1014
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 101
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 102
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1041
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1043
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1044
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 104
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 1053
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 105
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1055
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1056
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 108
  * for settlement|peace|solution|compromise|reconciliation => 107
  * for mediation|mediator|arbitration|facilitation|intermediary => 106
  * investigation|inquiry|probe|enquiry|answers|accountability|justice|explanation => 101
  * apology|compensation|reparations|payment => 100
  * from TGT => 100
  * TGT => 100
  * => 100

class ORDER 100
  # "a judge ordered X to appear", "ordered the army to withdraw": an order
  # to an actor is a demand on it.
  verb: order | instruct | direct | command
  # "ordered the French ambassador to leave the country": an expulsion.
  * &DIPLOMAT|ambassador|ambassadors|envoy|envoys|diplomat|diplomats to leave|depart|quit => 166
  # "ordered the newspaper to suspend publication": censorship.
  * TGT to suspend|stop|cease|halt|end publication|publishing|printing|broadcasting|broadcasts|broadcast|transmission|transmissions => 172 mode=censor
  * ACTOR to allow|permit|let|facilitate|enable aid|access|food|medicine|supplies|convoys|deliveries|entry|inspectors|observers|monitors|investigators|journalists => 1055
  * ACTOR to withdraw|leave|pull|retreat => 1056
  * ACTOR to release|free => 1053
  * ACTOR to appear|testify|attend|comply|pay|stop|halt|cease|end|surrender|resign|step|hand|disarm|evacuate|close|shut|suspend|explain|answer|apologize|apologise => 100
  # "the court ordered Israel to prevent genocide", "... to take measures".
  * ACTOR to prevent|protect|ensure|take|respect|implement|restore|reinstate|compensate|refrain|abide|investigate|lift|reopen => 100

class INSIST 100
  # "insist on" is a demand; "insisted that ..." is reported speech, unless
  # the complement says what must happen ("insisted that troops must leave").
  verb: insist
  speaker: yes
  * that must|should => 100
  * on weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1032
  * on food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1033
  * on peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1034
  * on loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1031
  * on aid|assistance|help|donations|relief|reinforcements => 103
  * on extradition|handover|extraditions => 1013
  * on intelligence|information|evidence|data|details|explanation|clarification => 1014
  * on cooperation|co-operation|collaboration|partnership|coordination|trade => 101
  * on support|backing|solidarity|recognition|unity|endorsement|understanding => 102
  * on resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1041
  * on rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1043
  * on constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1044
  * on reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 104
  * on release|return|repatriation|freeing|handover|pardon|amnesty => 1053
  * on lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 105
  * on access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1055
  * on ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1056
  * on talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 108
  * on settlement|peace|solution|compromise|reconciliation => 107
  * on mediation|mediator|arbitration|facilitation|intermediary => 106
  * on investigation|inquiry|probe|answers|accountability => 101
  * on _ => 100

class REQUIRE 100
  # "required Iran to ..." only; "the law requires" has no actor.
  verb: require | compel | oblige | obligate
  speaker: yes
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery to|for TGT => 1032
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery => 1032
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel to|for TGT => 1033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel => 1033
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors to|for TGT => 1034
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors => 1034
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash to|for TGT => 1031
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash => 1031
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief to|for TGT => 103
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief => 103
  * to help|aid|assist|rescue|protect|shelter|save => 103
  * to extradite|handover => 1013
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 1013
  * to share|provide|release|disclose intelligence|information|evidence|data|details|documents => 1014
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner => 101
  * to support|back|endorse|recognize|recognise|join|defend => 102
  * to resign|quit|step|abdicate|go => 1041
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 1043
  * to reform|democratize|democratise|change|amend|overhaul|liberalize|liberalise|rewrite => 104
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 104
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 1054
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 1051
  * to release|free|repatriate|pardon|liberate|unfreeze => 1053
  * to return|hand|give &CAPTIVE|&PROPERTY => 1053
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 1055
  * to withdraw|pull|leave|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 1056
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 1056
  * to exercise|show|display restraint => 1056
  * to respect|observe|honour|honor|implement|accept|agree|declare|sign &CEASEFIRE => 1056
  * to stop|halt|end|suspend|call &PROTESTWORD => 1052
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open &TALKS => 108
  * to negotiate|talk|meet|sit|confer|parley => 108
  * to return to talks|negotiations|table|dialogue => 108
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 107
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 107
  * to accept|allow|agree &MEDIATION => 106
  * to mediate|arbitrate|intercede => 106
class CLAMOUR 100
  verb: clamour | clamor | agitate | hound
  speaker: yes
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1032
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1033
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1034
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1031
  * for aid|assistance|help|donations|relief|reinforcements => 103
  * for extradition|handover|extraditions => 1013
  * for intelligence|information|evidence|data|details|explanation|clarification => 1014
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 101
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 102
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1041
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1043
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1044
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 104
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 1053
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 105
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1055
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1056
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 108
  * for settlement|peace|solution|compromise|reconciliation => 107
  * for mediation|mediator|arbitration|facilitation|intermediary => 106
  * for _ => 100

class DEMAND_NOUN 100
  noun: demand | demands
  speaker: yes
  # "increased demand for biological solutions", "global demand for oil":
  # market demand is no political demand.
  * increased|increasing|increase|growing|grow|rising|rise|surge|soar|fall|slow|boom|strong|stronger|weak|weaker|global|consumer|market|domestic|high|higher|low|lower|peak|energy|oil|seasonal|pent-up|export|import|surging|soaring|falling|slowing|robust|sluggish|overall|total|annual|aggregate|booming|huge|insatiable|customer|public|local|world|worldwide|industrial|investor|tourist for _ => ---
  * increased|increasing|increase|growing|grow|rising|rise|surge|soar|fall|slow|boom|strong|stronger|weak|weaker|global|consumer|market|domestic|high|higher|low|lower|peak|energy|oil|seasonal|pent-up|export|import|surging|soaring|falling|slowing|robust|sluggish|overall|total|annual|aggregate|booming|huge|insatiable|customer|investor|tourist => ---
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1032
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1033
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1034
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1031
  * for aid|assistance|help|donations|relief|reinforcements => 103
  * for extradition|handover|extraditions => 1013
  * for intelligence|information|evidence|data|details|explanation|clarification => 1014
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 101
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 102
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1041
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1043
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1044
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 104
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 1053
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 105
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1055
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1056
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 108
  * for settlement|peace|solution|compromise|reconciliation => 107
  * for mediation|mediator|arbitration|facilitation|intermediary => 106
  * for investigation|inquiry|probe|answers|accountability|justice => 101
  * for apology|compensation|reparations => 100
  * on|to TGT => 100
  * => 100
