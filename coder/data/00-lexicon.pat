# Word sets used by the coder's grammar rules and by patterns (&NAME).
# A set continues on lines starting with "|".

# Verbs that report speech: an event in their complement is "reported".
set &SPEECH: say | state | tell | add | note | stress | emphasize | emphasise | reiterate | insist | claim
  | argue | declare | announce | assert | affirm | confirm | explain | report | write | tweet | post | warn
  | caution | suggest | believe | think | told | allege | maintain | acknowledge | admit | signal | indicate
  | reply | respond | recall | predict | contend | testify | quote | underline | underscore | point | remark

# Light verbs whose object noun carries the event: "launched an attack".
set &LIGHT: launch | carry | conduct | stage | mount | issue | make | hold | give | deliver | sign | reach
  | begin | start | continue | resume | step | intensify | escalate | unleash | wage | announce | impose
  | level | file | lodge | express | voice | extend | offer | have | pose | raise | send

# Governing verbs that put the event in the future: "plans to attack".
set &FUTURE: plan | intend | vow | pledge | promise | expect | aim | prepare | seek | want | hope | set
  | schedule | threaten | decide | agree | resolve | mean | propose | wish | try | attempt

# Governing verbs and modifiers that make the event hypothetical.
set &HYPOTHETICAL: consider | weigh | contemplate | mull | discuss | debate | explore | potential
  | possible | proposed | hypothetical | prospective | likely | planned | future | would-be

# Words that negate a predicate.
set &NEGATOR: not | n't | never | no | neither | nor | without

# Words naming people or bodies that join a first actor.
set &PARTNER: along | together | alongside
