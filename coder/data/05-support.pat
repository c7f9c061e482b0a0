# CAMEO 05 Engage in diplomatic cooperation (PLOVER SUPPORT): praise,
# endorsement, verbal defence, rallying support, recognition, apologies,
# forgiveness, and signing agreements. Agreements reached but not signed are
# intents (030, 03-intent.pat).

class PRAISE 051
  verb: praise | commend | hail | applaud | laud | salute | congratulate | acclaim | extol | lionize
  verb: lionise | compliment | thank | honour | honor | eulogize | eulogise
  * &CEASEFIRE|&AGREEMENT|commitment|commitments|pledge|pledges|promise|obligations => 051
  * TGT for _ => 051
  * TGT => 051
  * => 051
  verb: endorse | champion | embrace | uphold | affirm
  * TGT => 051
  verb: support
  # "supported the plan": verbal support; material help is root 07.
  * &MILAID => 072
  * TGT with &AID => 070
  * TGT => 051
  * => 051
  verb: back
  * down|off => 080
  # "has the record to back it up", "backed up their claims with data":
  # evidence given, no one supported.
  * up it|this|that|claim|claims|words|rhetoric|promise|promises|threat|threats|argument|arguments|assertion|assertions|statement|statements|talk|commitment|commitments|pledge|pledges|record|data|story|numbers|figures|allegation|allegations|charge|charges|accusation|accusations => ---
  * away from _ => 080
  * TGT => 051
  verb: cheer | fete | glorify
  * TGT => 051
  verb: approve
  # "approved the plan"; approving sanctions is coded by their nouns.
  # Approving aid for someone grants it, as approving a loan or an aid
  # package does (07-aid.pat): only with its receiver ("approved new
  # weapons systems" buys them).
  * military|defense|defence|security|weapons|arms aid|assistance|support for|to TGT => 072
  * humanitarian|emergency aid|assistance|relief for|to TGT => 073
  * economic|financial|budget|budgetary|development|reconstruction aid|assistance|support for|to TGT => 071
  * aid|assistance|relief for|to TGT => 070
  * &AGREEMENT|treaty|accord|deal|pact => 057
  * &PROPOSAL|&POLICYOBJ|appointment|nomination|membership|accession|application|bid => 051

class PRAISE_NOUN 051
  noun: praise | endorsement | commendation | accolade | accolades
  noun: congratulations | plaudits | tribute | tributes | homage | gratitude | appreciation | kudos
  * for TGT => 051
  * to TGT => 051
  * => 051
  # A bare "support" is mostly a candidate's standing in the polls ("Trump's
  # support held steady", "half of her support comes from women", "approval
  # rating"), whose possessor receives it: only support for, to, behind or
  # of someone or something is an act of support.
  noun: support | backing | approval
  * for|to|behind|of TGT => 051

class DEFEND 052
  # Verbal defence only: "defended the decision", "defended X against
  # criticism"; armed defence is no CAMEO event.
  verb: defend | justify | vindicate
  * TGT against criticism|accusations|allegations|charges|critics|attacks|claims|complaints => 052
  * TGT from criticism|accusations|allegations|charges|critics|attacks|claims => 052
  * &POLICYOBJ|right|rights|record|legacy|reputation|honour|honor|position|view|views => 052
  verb: stand
  * by TGT => 052
  * behind TGT => 051
  * with TGT => 051
  * up for TGT => 052
  * up to TGT => 128
  * down as _ => 0831 plover=RETREAT mode=resign
  * down from _ => 0831 plover=RETREAT mode=resign
  * down &TROOPS|forces => 0873
  * down => 0873

class RALLY_SUPPORT 053
  verb: campaign
  * for TGT => 053
  * on behalf of TGT => 053
  * against TGT => 113
  verb: galvanize | galvanise | marshal | whip | drum
  * support|backing|supporters|votes|opinion => 053
  * up support|backing|votes => 053

class RECOGNIZE 054
  # Recognition of states and governments; "recognised the need" is none.
  verb: recognize | recognise
  * TGT as state|country|government|nation|representative|authority|president|leader|republic|entity => 054
  * independence|sovereignty|statehood|state|government|regime|republic|authority|annexation|junta|council|result|results|election|victory|legitimacy => 054
  * TGT as _ => 054
  verb: establish | restore | normalize | normalise | upgrade | renew | reestablish | re-establish
  verb: mend | repair
  * &TIES|embassy|embassies|consulate|consulates|mission => 050
  * &INQUIRY|commission|committee|panel|tribunal => 090
  # "restored aid to Niger".
  * military aid|assistance => 072
  * humanitarian aid|assistance => 073
  * aid|assistance|funding => 070
  verb: improve | strengthen | deepen | expand | boost | bolster | cement | enhance | warm | forge
  * &AGREEMENT|alliance|coalition|partnership => 057
  * &TIES|friendship|partnership|alliance|rapport|dialogue => 050
  * trade|investment|economic => 061
  # "strengthened military ties with X" (above), "boost security
  # cooperation"; "plan to strengthen the military" builds up forces
  # (154); "boosts iPhone security" has no partner: no cooperation.
  * military|defence|defense|security cooperation|co-operation|coordination|partnership|links|relations|exchanges => 062
  * military|army|navy|defences|defenses => 154
  * defence|defense|security => 062 dyad
  # "boosted military aid to Ukraine": more aid.
  * military aid|assistance => 072
  * humanitarian aid|assistance|relief => 073
  * aid|assistance => 070
  # "Israel has strengthened its forces in Lebanon".
  * forces|troops|presence|garrison|garrisons|deployment|contingent => 154

class RECOGNITION_NOUN 054
  noun: recognition
  * of TGT => 054
  * => 054
  noun: rapprochement | normalization | normalisation | detente | thaw
  * with TGT => 050
  * between SRC => 050
  * => 050

class APOLOGIZE 055
  verb: apologize | apologise | repent
  * to TGT => 055
  * for _ => 055
  * => 055
  noun: apology | apologies | remorse | contrition | mea-culpa
  * to TGT => 055
  * for _ => 055
  * => 055

class FORGIVE 056
  verb: forgive | absolve | excuse
  * debt|debts|loan|loans|arrears|obligations => 071
  * TGT => 056
  * => 056
  noun: forgiveness | reconciliation
  * of debt|debts|loan|loans => 071
  * with TGT => 056
  * between SRC => 056
  * => 056

class SIGN 057
  verb: sign | ink | initial | countersign | conclude | finalize | finalise | clinch | pen
  # Ceasefires signed are coded by the noun "ceasefire" (0871).
  * &AGREEMENT|treaty|convention|protocol|charter|memorandum|document|documents|contract => 057
  * up to &AGREEMENT|treaty|convention => 057
  * on to &AGREEMENT|treaty|convention => 057
  * with TGT on _ => 057
  verb: ratify
  * TGT => 057
  * => 057
