# CAMEO 16 Reduce relations (PLOVER SANCTION): breaking ties (161), stopping
# aid (162x), sanctions and embargoes (163), halting talks or mediation
# (164-165), expulsions (166x). Deporting individuals is coercion (174);
# halting and suspending are in 08-yield.pat (HALT).

class SANCTION 163
  verb: sanction | embargo | blacklist
  * TGT => 163
  * => 163
  noun: sanction | sanctions | embargo | embargoes | blacklisting | tariffs | tariff | penalties
  * on|against|over TGT => 163
  * => 163
  # "announced fresh export controls on chip equipment to China": trade
  # restrictions are economic sanctions; other controls and restrictions
  # (on speech, movement) are coded by the verb that imposes them.
  noun: controls | restrictions | curbs
  * export|exports|import|imports|trade|investment|outbound to|on|against TGT => 163
  * export|exports|import|imports|trade|investment|outbound => 163
  verb: impose | slap | level | reimpose | re-impose | tighten | broaden | toughen
  # Sanctions and embargoes imposed are coded by their nouns.
  * &CURFEW => 1723
  * state of emergency|siege => 1724
  * martial law => 1724
  * &EMERGENCY => 1724
  * censorship|blackout => 172 mode=censor
  # "imposed export restrictions on China": trade sanctions.
  * export|exports|import|imports|trade|investment restrictions|restriction|ban|bans|limits|curbs|controls => 163
  * restrictions|restriction|ban|bans|limits|curbs|controls|lockdown|closure|cordon => 172
  * duties|levy|levies|quota|quotas|fines|fine|penalty => 163
  # "slapped asset freezes and travel bans on five oligarchs".
  * freeze|freezes => 163
  * blockade|siege => 191
  * security|grip|control => 153

  # "added 30 Chinese companies to its trade blacklist".
  verb: add
  * to blacklist|blacklists => 163

class BREAK_TIES 161
  verb: sever | break | downgrade | rupture
  * off &TIES => 161
  * off &TALKS => 164
  * &TIES => 161
  * &CEASEFIRE => 196
  * &AGREEMENT|promise|pledge|promises|pledges|law|laws|rules|sanctions|embargo|blockade => 128
  * up &PROTESTWORD|rally|protest|demonstration|crowd|crowds|gathering|sit-in|camp => 175
  * away from TGT => 160
  # "hackers broke into the networks of defence agencies".
  * into network|networks|computer|computers|system|systems|server|servers|email|emails|database|databases|account|accounts => 170 mode=cyber context=cyber
  * into &PROPERTY|home|homes|office|offices|building|buildings|embassy|premises => 171
  * through &MILTARGET|lines|defences|defenses|&PLACE => 190
  verb: cut
  * off &TIES => 161
  * &TIES => 161
  # "cut off military talks with the United States": before &MILAID.
  * off &TALKS => 164
  * &TALKS => 164
  * off &AID|aid|funding|assistance|support => 162
  * &MILAID|arms|weapons => 1622
  * &ECONKIND aid|assistance|funding|support|loans|loan|credits => 1621
  * &AID|aid|funding|assistance|support|contributions|payments => 162
  # "cut fuel prices", "cut electricity bills": lowering a price, no
  # cut-off (coder6).
  * prices|price|bills|bill|tariffs|tariff|taxes|tax|rates|rate|costs|cost|fares|duties|duty => ---
  # "cutting greenhouse gas emissions": a policy goal, no cut-off.
  * emissions|emission|pollution|carbon|greenhouse|consumption|waste => ---
  # "cut gas supplies to Europe": an energy cut-off between states.
  * gas|oil|energy supplies|supply|deliveries|exports|flows|shipments => 163
  * off gas|oil|energy supplies|supply|deliveries|exports|flows|shipments => 163
  * off power|electricity|water|fuel|internet|supplies|food|gas|access|communications|phone|lines|telephone => 170 mode=withhold
  * power|electricity|water|fuel|internet|supplies|food|gas|communications => 170 mode=withhold
  * off &PLACE => 191
  * short visit|trip|stay => 160
  verb: recall
  # "recalled its ambassador to Niger": the country the envoy served in.
  * &DIPLOMAT|ambassador|ambassadors|envoy|envoys to|from|in TGT => 161
  * &DIPLOMAT|ambassador|ambassadors|envoy|envoys => 161

class EXPEL 166
  verb: expel | eject | banish | deport
  * &DIPLOMAT|ambassador|ambassadors|envoy|envoys => 166
  * out &DIPLOMAT|ambassador|envoy => 166
  * peacekeepers|peacekeeping => 1661
  * out peacekeepers => 1661
  * inspectors|observers|monitors|mission|investigators => 1662
  # "expelled aid workers" (1663), but "expelled 200 Egyptian workers" (174).
  * workers aid|humanitarian|relief|ngo|un => 1663
  * aid|agencies|agency|ngo|ngos|organizations|organisations|charities|charity|relief|humanitarian => 1663
  * TGT from party|group|organization|organisation|league|union|federation|parliament|body|council|alliance|bloc|club|movement|assembly|committee|government|cabinet => 166
  * journalists|journalist|correspondent|correspondents|reporters|reporter|activist|activists|missionary|missionaries => 174
  * migrants|refugees|residents|population|villagers|minorities|minority|muslims|christians|families|civilians|inhabitants => 201
  * out TGT => 174
  * TGT => 174
  * => 174
  verb: oust
  # "the army ousted President X", "parliament ousted the prime minister",
  # "ousting aides": a holder of a public office removed from it (160,
  # class REMOVE_FROM_OFFICE below), not deported.
  * &LEADER|&OFFICEHOLDER from office|post|position|power|cabinet|government|job|command => 160 context=executive
  * &LEADER|&OFFICEHOLDER from _ => ---
  * &LEADER|&OFFICEHOLDER against|by|over|with|as _ => ---
  * &LEADER|&OFFICEHOLDER &ALLEGATION|&PROPOSAL|case|cases|lawsuit|suit|remarks|comments|criticism|concerns|concern|calls|call|idea|notion|suggestion|report|reports|warning|warnings|request|requests|demand|demands|appeal|question|questions|argument|arguments|story|stories|view|views|fears|claim|claims|objections|complaints|speculation|rumours|rumors => ---
  * &LEADER|&OFFICEHOLDER|junta|administration => 160 context=executive
  # "ousted the chairman", "ousted his rivals": removed from a post that
  # is no public office, no deportation.
  * chairman|chairwoman|chair|director|staff|executive|executives|manager|coach|members|member|rival|rivals => ---
  * &DIPLOMAT|ambassador|ambassadors|envoy|envoys => 166
  * TGT from party|group|organization|organisation|league|union|federation|parliament|body|council|alliance|bloc|club|movement|assembly|committee|government|cabinet => 166
  * TGT => 174
  verb: kick
  * out &DIPLOMAT|ambassador|envoy => 166
  * out peacekeepers => 1661
  * out inspectors|observers|monitors|mission => 1662
  * out TGT => 174
  * TGT out of _ => 174
  noun: expulsion | expulsions | ouster
  * of &DIPLOMAT|ambassador|envoy => 166
  * of peacekeepers => 1661
  * of inspectors|observers|monitors => 1662
  * of TGT => 174
  * => 174
  verb: declare
  * persona|personae|non-grata|grata|gratae => 166
  * TGT persona|personae|non-grata|unwelcome => 166
  * state of emergency|siege|war => 1724
  * martial law => 1724
  * &EMERGENCY => 1724
  * &CURFEW => 1723
  * war on|against TGT => 138
  * war => 138
  * TGT terrorist|terrorists|illegal|enemy|enemies => 1722

class DOWNSCALE 160
  verb: reduce | scale | downsize | slash | trim
  * &TIES|&DIPLOMAT|staff|presence|embassy => 160
  * &MILAID => 1622
  * &ECONKIND aid|assistance|funding|loans|loan|credits => 1621
  * &AID|aid|funding|assistance|contributions => 162
  * &TROOPS|forces|troop => 0874 mode=withdraw
  * back &TIES|cooperation|presence => 160
  * back &AID|aid|funding => 162
  * down &TROOPS|presence|forces|operations => 0874 mode=withdraw
  verb: leave | exit | desert | forsake
  * &TALKS|negotiations|table => 164
  * &AGREEMENT|organization|organisation|union|alliance|coalition|bloc|pact|treaty|deal|court|council|commission|federation|league|group|government|cabinet|opec|nato => 160 mode=withdraw
  verb: cancel | postpone | delay | defer
  * &TALKS|visit|trip|summit|meeting|visits|tour|consultations => 164
  * &PROTESTWORD => 082
  # As with "lifted" (08-yield.pat): a ban or restriction is an economic
  # sanction only on trade; "cancelled restrictions on the use of the
  # language" eases an administrative one (081).
  * ban|bans|restrictions|restriction|curbs|controls|embargo on exports|imports|export|import|trade|sales|shipments => 085
  * restrictions|restriction|ban|bans|curbs on press|media|speech|internet|assembly|protest|protests|gatherings|expression|newspapers|journalists|religion|worship => 0811
  * restriction|restrictions|curbs|curb|controls|limits|ban|bans|rules|measures|checkpoints|lockdown|quarantine => 081
  * &SANCTIONS => 085
  * debt|debts|loan|loans|arrears => 071
  * &AGREEMENT|contract|contracts|deal|deals|order|orders|exercise|exercises|cooperation => 160 mode=discontinue
  * &AID|aid|funding|assistance|grant|grants => 162
  * visa|visas|license|licence|licenses|accreditation|accreditations|passport|passports|citizenship|permit|permits => 172
  * election|elections|vote|referendum|poll|polls => 172
  noun: cancellation | suspension | postponement
  * of &TALKS|visit|trip|summit|meeting => 164
  * of &AID|aid|funding|assistance => 162
  * of &TIES|cooperation => 161

class REMOVE_FROM_OFFICE 160
  # Removal of an office holder: "the president sacked his defence
  # minister", "the army ousted the prime minister", "parliament removed
  # the governor from office" (PETRARCH's verb dictionary codes removal
  # from office 160, context executive). Only a holder of a public office
  # (&LEADER, &OFFICEHOLDER; overthrowing or toppling a government too): "fired his campaign manager" or "his data
  # director", "dismissed the claims", "fired on police" and "removed
  # the barricades" are no removal. The same patterns stand in the
  # groups of "oust" (class EXPEL above), "dismiss" (12-reject.pat),
  # "fire" (19-fight.pat) and "remove" (08-yield.pat, with "from office"
  # only). Impeachment is a formal accusation (11-disapprove.pat).
  options: context=executive
  verb: sack | depose | unseat | overthrow | topple
  * &LEADER|&OFFICEHOLDER from office|post|position|power|cabinet|government|job|command => 160
  * TGT from office|post|position|power|cabinet|government|command => 160
  # "removed the mayor from its leadership team": a post that is no
  # public office; "dismissed the case against the former minister",
  # "dismissed the minister's claims": the office holder is not what is
  # dismissed.
  * &LEADER|&OFFICEHOLDER from _ => ---
  * &LEADER|&OFFICEHOLDER against|by|over|with|as _ => ---
  * &LEADER|&OFFICEHOLDER &ALLEGATION|&PROPOSAL|case|cases|lawsuit|suit|remarks|comments|criticism|concerns|concern|calls|call|idea|notion|suggestion|report|reports|warning|warnings|request|requests|demand|demands|appeal|question|questions|argument|arguments|story|stories|view|views|fears|claim|claims|objections|complaints|speculation|rumours|rumors => ---
  * &LEADER|&OFFICEHOLDER => 160
