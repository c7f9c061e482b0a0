# CAMEO 11 Disapprove (PLOVER ACCUSE): criticism and condemnation (111),
# accusations (112x), rallying opposition (113), official complaints (114),
# lawsuits (115) and legal findings of guilt (116, PLOVER SANCTION convict).

class CRITICIZE 111
  verb: criticize | criticise | condemn | denounce | slam | rebuke | censure | decry | chastise
  verb: deplore | lambast | lambaste | castigate | berate | scold | reprimand | admonish | excoriate
  verb: assail | pillory | vilify | disparage | deride | ridicule | mock | belittle | fault | blast
  verb: upbraid | reproach | chide | denigrate | demonize | demonise | scorn
  verb: slate | savage | skewer | bash | rap
  * TGT for &AGGRESSION => 1123
  * TGT over|for _ => 111
  * TGT => 111
  * => 111
  verb: disapprove | deprecate | frown
  * of TGT => 110
  * on TGT => 110
  * => 110
  verb: object | dispute | contest | challenge
  * to TGT => 110
  * &POLICYOBJ|&PROPOSAL|plan|move|decision|idea|war|deal|nomination|result|results|claim|claims|authority|legitimacy|sovereignty => 110
  verb: oppose
  * TGT => 110
  * to TGT => 110
  verb: lash | rail | inveigh
  * out at|against TGT => 111
  * against TGT => 111
  * out => 111
  verb: round
  * up TGT => 173
  * on TGT => 111
  verb: complain | grumble | gripe | moan | whine
  * to TGT => 114
  * about|over|of|against TGT => 110
  * => 110
  verb: summon
  * &DIPLOMAT|envoy|charge => 114
  * TGT to explain|protest|complain|discuss => 114

class DRAW_CRITICISM 111
  # "the plan drew sharp criticism from Lorania", "the test earned a
  # rebuke from Kestria", "the remarks sparked outrage among Unionists":
  # those the reaction comes from disapprove of the subject, or of its
  # owner ("Kestria's decision drew criticism from Lorania": LOR -> KES).
  # Without a "from" or "among" phrase no one is named: no event.
  verb: draw | attract | earn | provoke | spark | trigger | elicit | prompt | incur
  * &REPROOF from|among TGT => 111 swap

class CRITICISM_NOUN 111
  noun: criticism | condemnation | censure | rebuke | denunciation | reproach | outrage | anger
  noun: displeasure | indignation | disapproval | dissatisfaction | objection | objections
  noun: disgust | fury | ire | reprimand | outcry | scorn | contempt
  * of|against|at|over|toward|towards|to TGT => 111
  * => 111
  noun: complaint | complaints | grievance | grievances | demarche
  * to|with TGT => 114
  * against|about|over TGT => 114
  * => 114

class ACCUSE 112
  verb: accuse | blame | allege | implicate
  * TGT of|with war crime|crimes => 1124
  * TGT of|with &WARCRIME => 1124
  * TGT of|with &ESPIONAGE => 1125
  * TGT of|with &ABUSE => 1122
  * TGT of|with &AGGRESSION => 1123
  * TGT of|with &CRIME => 1121
  * TGT of|with _ => 112
  * TGT for &AGGRESSION|attack|attacks|bombing|shelling|strike|strikes|invasion|incursion|violence|escalation => 1123
  * on TGT => 112
  * TGT for _ => 112
  * TGT => 112
  * => 112
  # "parliament voted to impeach President X": a formal accusation by
  # the legislature.
  verb: impeach
  * TGT over|for &CRIME => 1121
  * TGT => 112
  verb: charge
  * TGT of|with war crime|crimes => 1124
  * TGT of|with &WARCRIME => 1124
  * TGT of|with &ESPIONAGE => 1125
  * TGT of|with &ABUSE => 1122
  * TGT of|with &AGGRESSION => 1123
  * TGT of|with &CRIME => 1121
  * TGT of|with _ => 112
  * TGT for &AGGRESSION|attack|attacks|bombing|shelling|strike|strikes|invasion|incursion|violence|escalation => 1123
  * TGT with _ => 1121

class ACCUSATION_NOUN 112
  noun: accusation | accusations | allegation | allegations | charge | charges | indictment
  noun: indictments | blame | recrimination | recriminations | denunciations
  * of war crime|crimes => 1124
  * of &WARCRIME => 1124
  * of &ESPIONAGE => 1125
  * of &ABUSE => 1122
  * of &AGGRESSION => 1123
  * of &CRIME => 1121
  * against|on TGT => 112
  * => 112

class SUE 115
  verb: indict | incriminate
  * TGT => 1121
  * => 1121
  verb: sue | prosecute | litigate
  * TGT for &CRIME => 115
  * TGT => 115
  * => 115
  verb: file | lodge | bring | initiate
  # "brought some glamour to the proceedings": a place of arrival, no suit.
  * to|into proceedings|case|action => ---
  * lawsuit|suit|lawsuits|complaint|complaints|case|charges|action|claim|proceedings|petition against TGT => 115
  * lawsuit|suit|lawsuits|case|charges|proceedings => 115
  * TGT to court|justice|trial => 115
  verb: take
  * TGT to court|tribunal|arbitration => 115
  * &RESPONSIBILITY => 015
  * to street|streets => 141
  * TGT hostage|hostages|captive|captives|prisoner|prisoners => 181
  * hostage|hostages|captive|captives => 181
  * control of TGT => 192
  * control => 192
  * up arms => 190
  * TGT into custody => 173
  * in refugees|migrants|asylum-seekers => 075
  * aim at TGT => 111
  * part in &PROTESTWORD|protest|protests|demonstration|demonstrations|rally|march|strike => 141
  * part in &TALKS => 040
  * action against TGT => 170
  * measures against TGT => 170
  * steps against TGT => 170
  * over &PLACE|control => 192
  noun: lawsuit | lawsuits | litigation | prosecution
  * against TGT => 115
  * => 115

class CONVICT 116
  # Legal findings of guilt: PLOVER SANCTION, mode convict.
  verb: convict | sentence
  * TGT to death => 116 plover=SANCTION mode=convict
  * TGT of|for _ => 116 plover=SANCTION mode=convict
  * TGT to _ => 116 plover=SANCTION mode=convict
  * TGT => 116 plover=SANCTION mode=convict
  verb: find
  * TGT guilty|liable|culpable|responsible => 116 plover=SANCTION mode=convict
  verb: fine | penalize | penalise
  * TGT for _ => 116 plover=SANCTION mode=convict
  * TGT => 116 plover=SANCTION mode=convict
  noun: conviction | sentence | verdict | ruling | judgment | judgement
  * against TGT => 116 plover=SANCTION mode=convict

class OPPOSITION 113
  verb: incite | foment
  * against TGT => 113
  * TGT against TGT => 113
  * &PROTESTWORD|unrest|violence|hatred|rebellion|revolt|insurrection|uprising|mutiny => 113
  # "first stirred Iowa crowds", "stirred controversy": moved or
  # excited, no one incited.
  verb: stir
  * &AUDIENCE|crowd|crowds|audience|audiences|faithful|imagination|imaginations|interest|debate|emotions|memories|passions|controversy|speculation|excitement|enthusiasm|pot|feelings => ---
  * against TGT => 113
  * TGT against TGT => 113
  * &PROTESTWORD|unrest|violence|hatred|rebellion|revolt|insurrection|uprising|mutiny => 113
