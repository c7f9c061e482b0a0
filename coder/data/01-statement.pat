# CAMEO 01 Make public statement. Plain saying is no event: root 01 holds
# the specific statements only. CAMEO 01 has no PLOVER type except denials
# (016, PLOVER REJECT), empathy (018) and accord (019, PLOVER SUPPORT).

class PESSIMISM 012
  verb: lament | bemoan | bewail | regret | rue
  * TGT => 012
  * => 012
  verb: worry | fret | despair
  * about|over|for _ => 012
  verb: pessimistic | gloomy | concerned | worried | alarmed | dismayed | troubled | disappointed
  verb: skeptical | sceptical | wary | apprehensive | anxious | uneasy | doubtful | frustrated
  verb: disturbed | saddened | disheartened
  * about|over|by|at|with _ => 012
  * => 012
  noun: concern | concerns | alarm | dismay | pessimism | disappointment | regret | worry | worries
  noun: anxiety | unease | apprehension | misgivings | reservations | doubts | skepticism
  noun: scepticism | frustration | fears
  * about|over|at|with|regarding _ => 012
  * => 012

class OPTIMISM 013
  verb: optimistic | hopeful | upbeat | confident | encouraged | buoyed | heartened | sanguine
  * about|over|on|of _ => 013
  * that => 013
  * => 013
  noun: optimism | hope | hopes | confidence | satisfaction | enthusiasm
  * about|for|over|in|on|of _ => 013
  * => 013
  verb: hope
  * for &PEACE|&AGREEMENT|&CEASEFIRE|&TALKS|progress|success|breakthrough|improvement|normalization|resolution|stability|cooperation => 013

class CONSIDER 014
  # Considering a policy option; a threat when the object is a "target":
  # "will be treated as legitimate targets".
  verb: consider | weigh | mull | contemplate | ponder | eye | explore | debate
  speaker: yes
  * target|targets => 138
  * &SANCTIONS|option|options|proposal|proposals|request|requests|measure|measures|move|moves|plan|plans|possibility|bid|offer|offers|response|responses|step|steps|action|retaliation|strike|strikes|intervention|withdrawal|deployment|legislation|bill|candidacy|run|resignation|reform|reforms|changes|idea|alternatives|ways|appeal|ban|boycott|referendum|election|elections|recognition => 014
  verb: regard | view | deem | treat | brand | label
  * target|targets => 138
  * TGT as target|targets => 138
  * TGT as threat|enemy|aggressor|terrorist|terrorists|adversary|occupier|occupiers|criminal|criminals => 111
  * TGT terrorist|terrorists|enemy|aggressor|criminal|criminals|traitor|traitors => 111
  * &BLAMEPRED => 111
  verb: describe | characterize | characterise | term | dub
  * &BLAMEPRED => 111
  * &PRAISEPRED => 051

class RESPONSIBILITY 015
  verb: claim | acknowledge | assume | bear | own | shoulder
  * &RESPONSIBILITY => 015
  verb: admit
  * &RESPONSIBILITY|guilt|wrongdoing|mistake|mistakes|error|errors|involvement|role|killing|killings|failure|failures|complicity|fault|liability => 015
  * refugees|migrants|asylum-seekers => 075
  * inspectors|observers|monitors => 0862
  * peacekeepers => 0861
  * &HUMAID|aid|convoy|convoys => 0863
  * to _ => 015
  verb: confess
  * to _ => 015
  * TGT => 015
  * => 015
  noun: responsibility
  * for _ => 015
  noun: admission | confession
  * of _ => 015
  * => 015

class DENY 016
  verb: deny
  * TGT access|entry|visa|visas|permission|passage|permit|bail|request|application|landing|license => 120
  * access|entry|visa|visas|permission|passage|permit|bail|landing|accreditation => 120
  * asylum|refuge => 122
  * &ALLEGATION => 016
  * => 016
  verb: refute | rebut | disavow | disclaim
  * TGT => 016
  * => 016
  noun: denial | denials | rebuttal | rebuttals
  * of TGT => 016
  * => 016

class SYMBOLIC 017
  verb: observe
  * &CEASEFIRE => 0871
  * silence|minute|moment|vigil|anniversary|day => 017
  verb: light | unveil | dedicate | inaugurate
  * candle|candles|torch|flame => 017
  # "Iran unveiled a new hypersonic missile": a show of force.
  * missile|missiles|icbm|icbms|warhead|warheads|warship|warships|submarine|submarines|bomber|bombers|weapon|weapons|interceptor|interceptors|launcher|launchers|rocket|rockets => 150 mode=weapons
  * memorial|monument|plaque|statue|wreath|stone => 017
  verb: hoist | fly
  * flag|flags|banner => 017
  * to TGT for &TALKS|visit|summit|meeting|consultations|negotiations => 042
  * to TGT => 042

class EMPATHY 018
  verb: sympathize | sympathise | commiserate | console | condole | mourn | grieve | empathize
  verb: empathise
  * with TGT => 018
  * TGT => 018
  * => 018
  noun: condolence | condolences | sympathy | sympathies | solidarity | sorrow | grief | sadness
  noun: compassion | commiseration
  * to|with|for TGT => 018
  * => 018

class ACCORD 019
  verb: echo
  * &PROPOSAL|concern|concerns|call|calls|criticism|view|views|position|sentiment|sentiments|remarks|comments|stance|warning|demand|demands => 019
  verb: side
  * with TGT => 019
