# CAMEO 02 Appeal: requests, calls and pleas (PLOVER REQUEST). Demands made
# forcefully are root 10 (10-demand.pat). Appeals made in reported speech are
# the speaker's own (speaker: yes).
#
# The content of the appeal picks the code: aid (023x), cooperation (021x),
# support (022), reform (024x), yielding (025x), talks (026), settlement
# (027), mediation (028). The same content lists appear in 10-demand.pat
# and 12-reject.pat with their own codes: keep them in step.

class APPEAL 020
  # Verbs that are appeals in any use.
  verb: urge | appeal | plead | implore | beseech | exhort | entreat | beg
  speaker: yes
  # "pleading guilty", "pleaded no contest": a plea in court, no appeal.
  * guilty|innocent|contest|ignorance|insanity|fifth|anonymity => ---
  # "her lawyers will appeal the sentence": an appeal in court, no request.
  * sentence|sentences|conviction|convictions|ruling|rulings|verdict|verdicts|judgment|judgement|judgments|judgements|fine|fines|penalty|penalties|disqualification|acquittal => ---
  * to &CRIME|charge|charges|count|counts|tampering|misdemeanor|felony => ---
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery to|for TGT => 0232
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery => 0232
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel to|for TGT => 0233
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel => 0233
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors to|for TGT => 0234
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors => 0234
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash to|for TGT => 0231
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash => 0231
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief to|for TGT => 023
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief => 023
  * to help|aid|assist|rescue|protect|shelter|save => 023
  * to extradite|handover => 0213
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 0213
  * to share|provide|release|disclose intelligence|information|evidence|data|details|documents => 0214
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner => 021
  * to support|back|endorse|recognize|recognise|join|defend => 022
  * to resign|quit|step|abdicate|go => 0241
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 0243
  * to reform|democratize|democratise|change|amend|overhaul|liberalize|liberalise|rewrite => 024
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 024
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 0254
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 0251
  * to release|free|repatriate|pardon|liberate|unfreeze => 0253
  * to return|hand|give &CAPTIVE|&PROPERTY => 0253
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 0255
  * to withdraw|pull|leave|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 0256
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 0256
  * to exercise|show|display restraint => 0256
  * to respect|observe|honour|honor|implement|accept|agree|declare|sign &CEASEFIRE => 0256
  * to stop|halt|end|suspend|call &PROTESTWORD => 0252
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open &TALKS => 026
  * to negotiate|talk|meet|sit|confer|parley => 026
  * to return to talks|negotiations|table|dialogue => 026
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 027
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 027
  * to accept|allow|agree &MEDIATION => 028
  * to mediate|arbitrate|intercede => 028
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  # "appealed for more air defense systems".
  * for system|systems|helicopters|aircraft|drones|interceptors|munition|shells|rifles|hardware => 0232
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * for aid|assistance|help|donations|relief|reinforcements => 023
  * for extradition|handover|extraditions => 0213
  * for intelligence|information|evidence|data|details|explanation|clarification => 0214
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * for settlement|peace|solution|compromise|reconciliation => 027
  * for mediation|mediator|arbitration|facilitation|intermediary => 028
  * weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  * food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * aid|assistance|help|donations|relief|reinforcements => 023
  * extradition|handover|extraditions => 0213
  * intelligence|information|evidence|data|details|explanation|clarification => 0214
  * cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * settlement|peace|solution|compromise|reconciliation => 027
  * mediation|mediator|arbitration|facilitation|intermediary => 028
  * for &SANCTIONS => 020
  * for investigation|inquiry|probe|enquiry => 020
  * on TGT => 020
  * TGT => 020
  * => 020

class ADVISE 020
  # "advised the chairman to resign": advice to an actor is an appeal;
  # only what it asks for is coded. Not "tell": "X lifted the blockade,
  # officials told AFP" would read the reported clause as asked for.
  verb: advise
  speaker: yes
  * ACTOR to resign|quit|step|abdicate => 0241
  * ACTOR to release|free|repatriate|pardon|liberate => 0253
  * ACTOR to withdraw|pull|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 0256
  * ACTOR to stop|halt|end|cease|suspend|abandon|renounce|curb &VIOLENCE => 0256
  * ACTOR to exercise|show restraint => 0256
  * ACTOR to lay down arms|weapons|guns => 0256
  * ACTOR to stop|halt|end|suspend|call &PROTESTWORD => 0252
  * ACTOR to negotiate|talk|meet|resume|engage|open &TALKS => 026
  * ACTOR to cooperate|co-operate|collaborate|coordinate => 021
  * ACTOR to lift|ease|remove|end|scrap &SANCTIONS => 0254

class CALL 020
  # "call" is an appeal only with "for" or "on": "called for talks",
  # "called on Iran to withdraw". "call off" yields; "call a strike" protests.
  verb: call
  speaker: yes
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery to|for TGT => 0232
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery => 0232
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel to|for TGT => 0233
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel => 0233
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors to|for TGT => 0234
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors => 0234
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash to|for TGT => 0231
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash => 0231
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief to|for TGT => 023
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief => 023
  * to help|aid|assist|rescue|protect|shelter|save => 023
  * to extradite|handover => 0213
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 0213
  * to share|provide|release|disclose intelligence|information|evidence|data|details|documents => 0214
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner => 021
  * to support|back|endorse|recognize|recognise|join|defend => 022
  * to resign|quit|step|abdicate|go => 0241
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 0243
  * to reform|democratize|democratise|change|amend|overhaul|liberalize|liberalise|rewrite => 024
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 024
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 0254
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 0251
  * to release|free|repatriate|pardon|liberate|unfreeze => 0253
  * to return|hand|give &CAPTIVE|&PROPERTY => 0253
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 0255
  * to withdraw|pull|leave|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 0256
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 0256
  * to exercise|show|display restraint => 0256
  * to respect|observe|honour|honor|implement|accept|agree|declare|sign &CEASEFIRE => 0256
  * to stop|halt|end|suspend|call &PROTESTWORD => 0252
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open &TALKS => 026
  * to negotiate|talk|meet|sit|confer|parley => 026
  * to return to talks|negotiations|table|dialogue => 026
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 027
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 027
  * to accept|allow|agree &MEDIATION => 028
  * to mediate|arbitrate|intercede => 028
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * for aid|assistance|help|donations|relief|reinforcements => 023
  * for extradition|handover|extraditions => 0213
  * for intelligence|information|evidence|data|details|explanation|clarification => 0214
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * for settlement|peace|solution|compromise|reconciliation => 027
  * for mediation|mediator|arbitration|facilitation|intermediary => 028
  # "Israel called up 300,000 reservists": a mobilization.
  * up &TROOPS|reservists|reserves|conscripts|recruits|volunteers => 154
  * off &PROTESTWORD => 082
  * off &TALKS|visit|trip|summit|meeting|negotiations => 164 plover=REJECT mode=meet
  * off &VIOLENCE|offensive|operation|attack|assault|raid => 087
  * off &SANCTIONS|embargo|boycott => 085
  * strike|strikes|walkout|stoppage|shutdown => 143 mode=strike
  * boycott|boycotts => 143
  # "At a rally in Macon, Trump called X onto the stage": where he called
  # someone, not a protest called.
  * at rally|rallies|protest|protests|demonstration|demonstrations|march => ---
  * protest|protests|demonstration|demonstrations|rally|march => 141
  * for strike|strikes|walkout|stoppage|shutdown => 143 mode=strike
  * for boycott|boycotts => 143
  * for protest|protests|demonstration|demonstrations|rally|march => 141
  * for &SANCTIONS => 020
  * for investigation|inquiry|probe|enquiry => 020
  # "called the vote a sham", "called the talks constructive".
  * &BLAMEPRED => 111
  * &PRAISEPRED => 051
  * on &DAY => ---
  # "Cruz called them on it": challenged them over what they said.
  * on it => ---
  # "had called in sick for three days": absent from work.
  * sick => ---
  * on TGT => 020
  * for _ => 020

class ASK 020
  # Asking needs content: "asked Iran to release", "asked for aid"; "an
  # official who asked not to be named" is no appeal.
  verb: ask | request | petition | solicit
  speaker: yes
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery to|for TGT => 0232
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery => 0232
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel to|for TGT => 0233
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel => 0233
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors to|for TGT => 0234
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors => 0234
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash to|for TGT => 0231
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash => 0231
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief to|for TGT => 023
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief => 023
  * to help|aid|assist|rescue|protect|shelter|save => 023
  * to extradite|handover => 0213
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 0213
  * to share|provide|release|disclose intelligence|information|evidence|data|details|documents => 0214
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner => 021
  * to support|back|endorse|recognize|recognise|join|defend => 022
  * to resign|quit|step|abdicate|go => 0241
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 0243
  * to reform|democratize|democratise|change|amend|overhaul|liberalize|liberalise|rewrite => 024
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 024
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 0254
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 0251
  * to release|free|repatriate|pardon|liberate|unfreeze => 0253
  * to return|hand|give &CAPTIVE|&PROPERTY => 0253
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 0255
  * to withdraw|pull|leave|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 0256
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 0256
  * to exercise|show|display restraint => 0256
  * to respect|observe|honour|honor|implement|accept|agree|declare|sign &CEASEFIRE => 0256
  * to stop|halt|end|suspend|call &PROTESTWORD => 0252
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open &TALKS => 026
  * to negotiate|talk|meet|sit|confer|parley => 026
  * to return to talks|negotiations|table|dialogue => 026
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 027
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 027
  * to accept|allow|agree &MEDIATION => 028
  * to mediate|arbitrate|intercede => 028
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  # "requested more air defense systems from its allies".
  * for system|systems|helicopters|aircraft|drones|interceptors|munition|shells|rifles|hardware => 0232
  * system|systems|helicopters|aircraft|drones|interceptors|munition|shells|rifles|hardware => 0232
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * for aid|assistance|help|donations|relief|reinforcements => 023
  * for extradition|handover|extraditions => 0213
  * for intelligence|information|evidence|data|details|explanation|clarification => 0214
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * for settlement|peace|solution|compromise|reconciliation => 027
  * for mediation|mediator|arbitration|facilitation|intermediary => 028
  * weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  * food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * aid|assistance|help|donations|relief|reinforcements => 023
  * extradition|handover|extraditions => 0213
  * intelligence|information|evidence|data|details|explanation|clarification => 0214
  * cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * settlement|peace|solution|compromise|reconciliation => 027
  * mediation|mediator|arbitration|facilitation|intermediary => 028
  * for &SANCTIONS => 020
  * for investigation|inquiry|probe|enquiry => 020
  * TGT on &RIGHTS|&REFORM|issue|issues|case|release => 020

class PRESS 020
  # Pressing and lobbying: an appeal with "for" or a "to" complement;
  # "pressed charges" is a lawsuit.
  verb: press | push | lobby | encourage | canvass | nudge | prod
  speaker: yes
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery to|for TGT => 0232
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery => 0232
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel to|for TGT => 0233
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel => 0233
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors to|for TGT => 0234
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors => 0234
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash to|for TGT => 0231
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash => 0231
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief to|for TGT => 023
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief => 023
  * to help|aid|assist|rescue|protect|shelter|save => 023
  * to extradite|handover => 0213
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 0213
  * to share|provide|release|disclose intelligence|information|evidence|data|details|documents => 0214
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner => 021
  * to support|back|endorse|recognize|recognise|join|defend => 022
  * to resign|quit|step|abdicate|go => 0241
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 0243
  * to reform|democratize|democratise|change|amend|overhaul|liberalize|liberalise|rewrite => 024
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 024
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 0254
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 0251
  * to release|free|repatriate|pardon|liberate|unfreeze => 0253
  * to return|hand|give &CAPTIVE|&PROPERTY => 0253
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 0255
  * to withdraw|pull|leave|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 0256
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 0256
  * to exercise|show|display restraint => 0256
  * to respect|observe|honour|honor|implement|accept|agree|declare|sign &CEASEFIRE => 0256
  * to stop|halt|end|suspend|call &PROTESTWORD => 0252
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open &TALKS => 026
  * to negotiate|talk|meet|sit|confer|parley => 026
  * to return to talks|negotiations|table|dialogue => 026
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 027
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 027
  * to accept|allow|agree &MEDIATION => 028
  * to mediate|arbitrate|intercede => 028
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * for aid|assistance|help|donations|relief|reinforcements => 023
  * for extradition|handover|extraditions => 0213
  * for intelligence|information|evidence|data|details|explanation|clarification => 0214
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * for settlement|peace|solution|compromise|reconciliation => 027
  * for mediation|mediator|arbitration|facilitation|intermediary => 028
  * charges|charge => 115
  * for &SANCTIONS => 020
  * for investigation|inquiry|probe|enquiry => 020
  * TGT on &RIGHTS|&REFORM|issue|issues|case|release => 020

class SEEK 020
  # "seek" takes its content as object: "sought talks", "seeking aid";
  # "seek to" is a future governor and codes nothing itself.
  verb: seek
  speaker: yes
  * asylum|refuge|sanctuary => 0233
  * weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  * food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * aid|assistance|help|donations|relief|reinforcements => 023
  * extradition|handover|extraditions => 0213
  * intelligence|information|evidence|data|details|explanation|clarification => 0214
  * cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * settlement|peace|solution|compromise|reconciliation => 027
  * mediation|mediator|arbitration|facilitation|intermediary => 028
class APPEAL_NOUN 020
  noun: appeal | appeals
  speaker: yes
  # "his appeal to blue-collar voters": an attraction, no request.
  * to &AUDIENCE => ---
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * for aid|assistance|help|donations|relief|reinforcements => 023
  * for extradition|handover|extraditions => 0213
  * for intelligence|information|evidence|data|details|explanation|clarification => 0214
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * for settlement|peace|solution|compromise|reconciliation => 027
  * for mediation|mediator|arbitration|facilitation|intermediary => 028
  * for &SANCTIONS => 020
  * for _ => 020
  * on &DAY => ---
  * on TGT => 020
  * to TGT => 020
  noun: plea | request | petition | entreaty | exhortation | supplication
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * for aid|assistance|help|donations|relief|reinforcements => 023
  * for extradition|handover|extraditions => 0213
  * for intelligence|information|evidence|data|details|explanation|clarification => 0214
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * for settlement|peace|solution|compromise|reconciliation => 027
  * for mediation|mediator|arbitration|facilitation|intermediary => 028
  * for &SANCTIONS => 020
  * on &DAY => ---
  * on TGT => 020
  * to TGT => 020
  # "did not respond to requests for comment", "a guilty plea", "as part of
  # his plea" (a court plea): no appeal. A bare request or plea names
  # neither what is asked nor of whom: no event; "the request to meet X"
  # names it.
  * for comment|comments|interview|interviews|reaction|response => ---
  * guilty => ---
  * for _ => 020
  * to _ => 020
  noun: call | calls
  * phone|telephone|video|conference => 041
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 0232
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 0233
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 0234
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 0231
  * for aid|assistance|help|donations|relief|reinforcements => 023
  * for extradition|handover|extraditions => 0213
  * for intelligence|information|evidence|data|details|explanation|clarification => 0214
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 021
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 022
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 0241
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 0243
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 0244
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 024
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 0253
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 025
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 0255
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 0256
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 026
  * for settlement|peace|solution|compromise|reconciliation => 027
  * for mediation|mediator|arbitration|facilitation|intermediary => 028
  * for _ => 020
  * on TGT => 020
