# CAMEO 12 Reject (PLOVER REJECT): refusals of cooperation, aid, reform,
# yielding, talks and mediation (121-127), defiance (128) and vetoes (129).
# The content lists follow 02-appeal.pat with the rejection codes:
# "rejected calls for talks" (125), "refused to release" (1243).

class REJECT 120
  verb: dismiss
  * &ALLEGATION => 016
  # "judges dismissed the case against X": as charges dropped (080).
  * case|cases|charges|charge|lawsuit|suit|indictment|prosecution against TGT => 080
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1222
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1223
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1224
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1221
  * for aid|assistance|help|donations|relief|reinforcements => 122
  * for extradition|handover|extraditions => 121
  * for intelligence|information|evidence|data|details|explanation|clarification => 121
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 121
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 120
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1231
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1233
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1234
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 123
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 1243
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 124
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1245
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1246
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 125
  * for settlement|peace|solution|compromise|reconciliation => 127
  * for mediation|mediator|arbitration|facilitation|intermediary => 126
  * weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1222
  * food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1223
  * peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1224
  * loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1221
  * aid|assistance|help|donations|relief|reinforcements => 122
  * extradition|handover|extraditions => 121
  * intelligence|information|evidence|data|details|explanation|clarification => 121
  * cooperation|co-operation|collaboration|partnership|coordination|trade => 121
  * support|backing|solidarity|recognition|unity|endorsement|understanding => 120
  * resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1231
  * rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1233
  * constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1234
  * reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 123
  * release|return|repatriation|freeing|handover|pardon|amnesty => 1243
  * lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 124
  * access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1245
  * ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1246
  * talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 125
  * settlement|peace|solution|compromise|reconciliation => 127
  * mediation|mediator|arbitration|facilitation|intermediary => 126
  * &PROPOSAL => 120
  # "dismissed the defence minister": removal from office (160; class
  # REMOVE_FROM_OFFICE, 16-sanction.pat), after the rejections so that
  # these win ties ("dismissed an appeal from the president"); what was
  # said is dismissed, not its speaker ("dismissed the minister's
  # remarks").
  * &LEADER|&OFFICEHOLDER from office|post|position|power|cabinet|government|job|command => 160 context=executive
  # "dismissed the governor as an ineffective leader": a judgement.
  * &LEADER|&OFFICEHOLDER as _ => ---
  * remarks|comments|criticism|concerns|concern|calls|call|idea|notion|suggestion|report|reports|warning|warnings|request|requests|demand|demands|appeal|question|questions|argument|arguments|story|stories|view|views|fears|claim|claims|objections|complaints|speculation|rumours|rumors => ---
  * &LEADER|&OFFICEHOLDER => 160 context=executive
  verb: reject | rebuff | spurn | repudiate | snub | disown
  * &ALLEGATION => 016
  * for weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1222
  * for food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1223
  * for peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1224
  * for loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1221
  * for aid|assistance|help|donations|relief|reinforcements => 122
  * for extradition|handover|extraditions => 121
  * for intelligence|information|evidence|data|details|explanation|clarification => 121
  * for cooperation|co-operation|collaboration|partnership|coordination|trade => 121
  * for support|backing|solidarity|recognition|unity|endorsement|understanding => 120
  * for resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1231
  * for rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1233
  * for constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1234
  * for reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 123
  * for release|return|repatriation|freeing|handover|pardon|amnesty => 1243
  * for lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 124
  * for access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1245
  * for ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1246
  * for talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 125
  * for settlement|peace|solution|compromise|reconciliation => 127
  * for mediation|mediator|arbitration|facilitation|intermediary => 126
  * weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1222
  * food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1223
  * peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1224
  * loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1221
  * aid|assistance|help|donations|relief|reinforcements => 122
  * extradition|handover|extraditions => 121
  * intelligence|information|evidence|data|details|explanation|clarification => 121
  * cooperation|co-operation|collaboration|partnership|coordination|trade => 121
  * support|backing|solidarity|recognition|unity|endorsement|understanding => 120
  * resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1231
  * rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1233
  * constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1234
  * reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 123
  * release|return|repatriation|freeing|handover|pardon|amnesty => 1243
  * lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 124
  * access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1245
  * ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1246
  * talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 125
  * settlement|peace|solution|compromise|reconciliation => 127
  * mediation|mediator|arbitration|facilitation|intermediary => 126
  * &PROPOSAL => 120
  * TGT => 120
  * => 120

class REFUSE 120
  verb: refuse | decline
  # "the index declined by 2.4 per cent", "the population declined an
  # average of 11 people a day": a quantity fell, no one refused.
  * percent|cent|point|points|average|sharply|slightly|steadily|significantly => ---
  * by|to|from percent|cent|point|points|half|third|quarter|level|levels|low|lows => ---
  * to respond|reply|answer ( to demand|demands|request|requests|call|calls|ultimatum|appeal|appeals ) => 120
  * to comment|confirm|elaborate|speculate|say|answer|disclose|reveal|name|identify|respond|discuss => 011
  * comment|comments|interview|interviews => 011
  * to comply|obey|abide|follow|heed|honour|honor|implement|respect => 128
  * to accept|recognize|recognise|acknowledge|endorse|approve|sign|ratify => 120
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery to|for TGT => 1222
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|artillery => 1222
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel to|for TGT => 1223
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish food|medicine|medicines|humanitarian|shelter|water|relief|supplies|fuel => 1223
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors to|for TGT => 1224
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish peacekeepers|troops|protection|force|monitors => 1224
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash to|for TGT => 1221
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish loan|loans|credit|credits|funding|funds|money|financing|grant|grants|cash => 1221
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief to|for TGT => 122
  * to provide|send|give|deliver|supply|donate|grant|extend|contribute|ship|airlift|allocate|disburse|fund|finance|pay|offer|dispatch|transfer|lend|loan|equip|arm|train|commit|earmark|channel|release|forward|furnish aid|assistance|help|relief => 122
  * to help|aid|assist|rescue|protect|shelter|save => 122
  * to extradite|handover => 121
  * to hand suspect|suspects|fugitive|fugitives|killer|killers|culprit|culprits|perpetrator|perpetrators => 121
  * to share|provide|release|disclose intelligence|information|evidence|data|details|documents => 121
  * to cooperate|co-operate|collaborate|coordinate|co-ordinate|partner => 121
  * to support|back|endorse|recognize|recognise|join|defend => 120
  * to resign|quit|step|abdicate|go => 1231
  * to respect|protect|guarantee|restore|uphold|grant|recognize|recognise rights|freedom|freedoms|autonomy|independence|liberties => 1233
  * to reform|democratize|democratise|change|amend|overhaul|liberalize|liberalise|rewrite => 123
  * to hold|call|organize|organise election|elections|referendum|vote|poll|polls => 123
  * to lift|ease|remove|end|scrap|drop|suspend|relax|loosen &SANCTIONS => 1244
  * to lift|ease|remove|end|relax|loosen|scrap|suspend &CURFEW|&EMERGENCY|&RESTRICTION => 1241
  * to release|free|repatriate|pardon|liberate|unfreeze => 1243
  * to return|hand|give &CAPTIVE|&PROPERTY => 1243
  * to allow|permit|admit|let|grant|accept|open access|inspectors|observers|aid|entry|monitors|peacekeepers|investigators|journalists|corridor|corridors|border|crossings|crossing => 1245
  * to withdraw|pull|leave|retreat|evacuate|vacate|disarm|demobilize|demobilise|de-escalate|desist|refrain => 1246
  * to stop|halt|end|cease|suspend|abandon|renounce|curb|stem|scale &VIOLENCE => 1246
  * to exercise|show|display restraint => 1246
  * to respect|observe|honour|honor|implement|accept|agree|declare|sign &CEASEFIRE => 1246
  * to stop|halt|end|suspend|call &PROTESTWORD => 1242
  * to negotiate|talk|meet|resume|sit|engage|consult|enter|reopen|open|hold|attend|join|conduct &TALKS => 125
  * to negotiate|talk|meet|sit|confer|parley => 125
  * to return to talks|negotiations|table|dialogue => 125
  * to settle|resolve|reconcile|end conflict|dispute|war|differences|crisis|standoff => 127
  * to make|seek|pursue|achieve peace|settlement|compromise|deal => 127
  * to accept|allow|agree &MEDIATION => 126
  * to mediate|arbitrate|intercede => 126
  * weapons|arms|ammunition|munitions|missiles|tanks|jets|equipment|air-defense|air-defence|artillery => 1222
  * food|medicine|medicines|humanitarian|shelter|water|vaccines|supplies|tents|fuel => 1223
  * peacekeepers|peacekeeping|protection|troops|intervention|monitors|force => 1224
  * loan|loans|credit|credits|funding|funds|money|financing|bailout|grant|grants|investment|debt|cash => 1221
  * aid|assistance|help|donations|relief|reinforcements => 122
  * extradition|handover|extraditions => 121
  * intelligence|information|evidence|data|details|explanation|clarification => 121
  * cooperation|co-operation|collaboration|partnership|coordination|trade => 121
  * support|backing|solidarity|recognition|unity|endorsement|understanding => 120
  * resignation|ouster|removal|dismissal|impeachment|departure|replacement|overthrow|sacking|firing => 1231
  * rights|freedom|freedoms|liberty|liberties|autonomy|independence|equality|self-determination|self-rule|citizenship => 1233
  * constitution|referendum|institutions|federalism|decentralization|decentralisation|parliament => 1234
  * reform|reforms|change|changes|democracy|democratization|democratisation|election|elections|transition|overhaul|vote|review|apology|compensation|reparations => 123
  * release|return|repatriation|freeing|handover|pardon|amnesty => 1243
  * lifting|easing|relaxation|loosening|scrapping|repeal|unfreezing => 124
  * access|entry|inspection|inspections|inspectors|observers|involvement|corridor|corridors|passage => 1245
  * ceasefire|cease-fire|truce|armistice|restraint|calm|de-escalation|withdrawal|pullout|pull-out|disarmament|demilitarization|demilitarisation|cessation|halt|end|moratorium|stop => 1246
  * talks|negotiations|dialogue|meeting|summit|consultations|contacts|conference|negotiation|meetings => 125
  * settlement|peace|solution|compromise|reconciliation => 127
  * mediation|mediator|arbitration|facilitation|intermediary => 126
  * &PROPOSAL|invitation|offer|entry|visa|visas|permission|access|bail|extradition => 120
  # Any other refusal: "refused to deploy peacekeepers" (the complement
  # is marked negated through &REFUSAL).
  * => 120
  verb: resist
  * &PROPOSAL|pressure|calls|call|demands|demand|change|reform|reforms => 120
  * arrest => 128

class TURN 120
  verb: turn
  * down &TALKS|invitation|invitations => 125
  * down &AID|aid|assistance|help|loan|loans => 122
  * down &MEDIATION => 126
  * down &PROPOSAL => 120
  * down TGT => 120
  * down => 120
  * over suspect|suspects|fugitive|fugitives|accused|killer|killers|culprit|culprits => 063
  * over &CAPTIVE => 0841
  * over &PROPERTY|weapons|arms => 084
  * away &AID|aid|refugees|migrants|asylum-seekers|ships|boats|convoy|convoys|inspectors|observers|monitors => 1245
  * back &AID|aid|refugees|migrants|asylum-seekers|ships|boats|convoy|convoys|inspectors|observers|monitors => 1245
  * against TGT => 110
  verb: brush | shrug | wave
  * aside|off &ALLEGATION => 016
  * aside|off TGT => 120
  verb: rule out
  # Ruling out force is an assurance; not ruling it out ("has not ruled
  # out a strike on Iran") a threat of it.
  * strike|strikes|attack|attacks|force|invasion|action|option|options|retaliation => 0356 negated=138
  # Not ruling out sanctions or tariffs threatens them ("did not rule out
  # further tariffs" 1312); ruling them out eases the threat (0354).
  * sanction|sanctions|tariff|tariffs|embargo|duties|levies => 0354 negated=1312
  * &TALKS|negotiations|meeting|compromise|dialogue => 125
  * &MEDIATION => 126
  * resignation|stepping|quitting => 1231
  * &CEASEFIRE|withdrawal|concessions|concession => 1246
  * &PROPOSAL => 120
  # "has not ruled out using nuclear weapons": the act it would not rule
  # out is threatened, and taken in (no use of nuclear weapons coded);
  # ruling it out is an assurance.
  * to use|deploy|employ|launch nuclear|atomic|chemical|biological => 0356 negated=1385
  * to use|deploy|employ|send force|troops|soldiers|military|army|weapons|missiles => 0356 negated=138
  * to strike|attack|invade|bomb|hit|intervene|retaliate => 0356 negated=138
  verb: balk | baulk | bristle
  * at _ => 120
  verb: stonewall | stall | obstruct | filibuster
  * &TALKS|negotiations|process => 125
  * &PROPOSAL|&POLICYOBJ|investigation|inquiry|probe|justice => 120
  * TGT => 120

class VETO 129
  verb: veto
  * TGT => 129
  * => 129
  noun: veto | vetoes
  * of|on|against TGT => 129
  * => 129
  verb: vote
  * against TGT => 120
  * down TGT => 120
  * to reject|block|oppose => 120
  # A vote for a measure is support for it; a vote for a candidate or a
  # party is an election, no event ("51 percent said they would vote for
  # Clinton", "she plans to vote for Sanders").
  * for|in &POLICYOBJ|&AGREEMENT|&PROPOSAL|war|resolution|motion|amendment|treaty|sanctions|independence|impeachment|invasion|intervention => 051
  * for|in TGT => ---
  verb: fail
  # "failed to reach an agreement": the talks end in a rejection.
  * to reach|conclude|clinch &AGREEMENT|consensus|compromise => 120

class BLOCK 120
  verb: block | bar | thwart | foil | scuttle | torpedo | derail | sabotage | stymie | hamper
  verb: impede | hinder | frustrate
  # "police blocked the march": a restriction of assembly.
  * &PROTESTWORD|gathering|gatherings|procession|processions => 1721
  * road|roads|highway|highways|street|streets|entrance|entrances|traffic|transport|transportation|bridge|bridges|railway|rail|port|route|routes|junction|intersection|access|gates|gate|roadway => 144
  # "blocked access to social media": censorship, not a road block.
  * access website|websites|internet|newspaper|media|account|accounts|app|apps|platform|platforms|site|sites|network|networks|outlet|outlets => 172 mode=censor
  * access &HUMAID|aid|convoy|convoys|deliveries|journalists|inspectors|observers|monitors|investigators => 1245
  * &HUMAID|aid|convoy|convoys|deliveries|delivery|shipments|inspectors|observers|monitors|investigators|journalists => 1245
  * website|websites|internet|newspaper|broadcast|channel|media|account|accounts|app|platform|platforms|site|sites|publication => 172 mode=censor
  # "barred IAEA inspectors from entering the country": international
  # involvement refused.
  * inspectors|observers|monitors|investigators|journalists|peacekeepers from entering|entry|country|territory|access|visiting => 1245
  * TGT from entering|entry|country|territory|travel|traveling|travelling => 120
  # "barred Lorian ships from its ports": a restriction of movement.
  * TGT from port|ports|harbour|harbours|harbor|harbors|airspace|waters|airport|airports => 191
  * TGT from running|contesting|standing|election|elections|office|politics => 1722
  # "barred women from working": a restriction on them.
  * TGT from work|study|attend|teach|vote|leave|speak|hold|publish|broadcast|operate|practise|practice|worship|gather|assemble|protest|demonstrate|wear|drive|own|use => 172
  # "barred women from (attending) universities" with the gerund parsed as a
  # modifier of the place.
  * TGT from school|schools|university|universities|college|colleges|classes|education|jobs|workplaces|offices|parks|gyms => 172
  * resolution|bill|motion|proposal|measure|nomination|appointment|deal|vote|sale|sales|merger|plan|move|reform|reforms|legislation|agreement|accord => 120
  * &TALKS|negotiations|process|peace => 125
  * &MEDIATION => 126

  # "prevent" has many objects ("prevent a fair process", "prevent
  # genocide"): only assemblies, aid and entry.
  verb: prevent
  # "prevented protesters from marching": the march, not done, is coded
  # (negated); the restriction is left to the grammar.
  * from &PROTESTWORD|protest|demonstrate|rally|march|gather|assemble => ---
  * &PROTESTWORD|gathering|gatherings|procession|processions => 1721
  * access &HUMAID|aid|convoy|convoys|deliveries|journalists|inspectors|observers|monitors|investigators => 1245
  * &HUMAID|aid|convoy|convoys|deliveries|delivery|shipments|inspectors|observers|monitors|investigators|journalists => 1245
  * TGT from entering|entry|country|territory|travel|traveling|travelling => 120
  * TGT from running|contesting|standing|election|elections|office|politics => 1722

class DEFY 128
  verb: contravene | violate | breach | infringe | ignore
  * &CEASEFIRE => 196
  # "violated the cease-fire", split at the hyphen.
  * cease fire => 196
  # "hackers breached the computer systems of the ministry".
  * computer|computers|network|networks|server|servers|database|databases|email|emails|cyber|firewall => 170 mode=cyber context=cyber
  # "jets violated Estonian airspace": aircraft crossing in are a show of
  # force (150), not an occupation.
  * airspace => 150
  * border|borders|territory|sovereignty|waters|frontier|ceasefire-line => 192
  * &AGREEMENT|law|laws|rules|rule|resolution|resolutions|sanctions|embargo|rights|constitution|norms|order|orders|ruling|rulings|terms|obligations|ban|curfew|court|warning|warnings|ultimatum|calls|call|appeals|deadline|demand|demands|treaty|convention|accord => 128
  verb: defy | flout | disobey
  * &CEASEFIRE => 196
  * cease fire => 196
  * &AGREEMENT|law|laws|rules|resolution|resolutions|sanctions|embargo|constitution|order|orders|ruling|curfew|ban|warning|warnings|ultimatum|deadline => 128
  * TGT => 128
  * => 128
