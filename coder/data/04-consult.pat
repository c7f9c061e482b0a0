# CAMEO 04 Consult (PLOVER CONSULT): talks, meetings, visits, calls,
# mediation and negotiation. The visitor is the source of a visit (042),
# the host of a hosted visit (043).

class DISCUSS 040
  verb: discuss | confer | deliberate | converse
  * with TGT => 040
  * TGT with TGT => 040
  * by phone|telephone|videoconference|video => 041 mode=phone
  # "discussed the race in his speech": one side alone is no consultation
  # ("dyad"); coordinated subjects discuss with one another, whatever
  # their object names ("X and Y discussed European defence": no
  # talks with Europe; "mutual").
  * => 040 dyad mutual

class CONSULT 040
  verb: consult | brief | debrief
  # "received consulting fees", "a consulting firm": a trade, no talks.
  * fee|fees|firm|firms|contract|contracts|business|businesses|company|companies|work|job|jobs|income|payment|payments|deal|deals|arrangement|arrangements|gig|gigs|client|clients => ---
  * with TGT => 040
  * TGT on|about|over _ => 040
  * TGT => 040

class TALK 040
  # "talked with X"; "talk" alone is a saying verb.
  verb: talk | speak
  * by phone|telephone|videoconference|video => 041 mode=phone
  # "spoke to the newspaper on condition of anonymity", "spoke with
  # reporters on Tuesday about the budget": an interview, no consultation.
  * with|to &PRESS => ---
  * with|to TGT on|about|over _ => 040
  * with TGT => 040
  * to TGT by phone|telephone => 041 mode=phone

class NEGOTIATE 046
  verb: negotiate | bargain | haggle
  * with TGT => 046
  * release|freedom|return|exchange|swap => 046
  * &AGREEMENT|&CEASEFIRE|terms|settlement|end|peace => 046
  * TGT => 046
  * => 046

class MEET 040
  # "met with X"; "met demands" accedes (083); "met on the sidelines" is a
  # meeting at a third location (044).
  verb: meet
  * demand|demands|condition|conditions|request|requests|requirement|requirements => 083
  * resistance|opposition|pockets|criticism|skepticism|scepticism|expectation|expectations|target|targets|deadline|deadlines|need|needs|standard|standards|criteria|criterion|goal|goals|challenge|challenges|forecast|forecasts|estimate|estimates|quota|end|fate|death|obligation|obligations|cost|costs => ---
  # "the remarks were met with outrage", "met with a cool response": a
  # reception, no meeting.
  * with response|responses|reaction|reactions|reception|approval|applause|silence|protests|outrage|derision|praise|condemnation|backlash|cheers|boos|jeers|laughter|enthusiasm|indifference|disbelief|scorn|anger|dismay|alarm|suspicion|hostility|ridicule|surprise|relief|acclaim|fury|resistance|skepticism|scepticism|criticism|opposition|success|failure|delays|delay => ---
  # "candidates who meet that threshold": a bar cleared, no meeting.
  * threshold|thresholds|qualification|qualifications|bar|benchmark|benchmarks|minimum|minimums|cutoff|hurdle|hurdles|mark|test|tests|definition|eligibility => ---
  * on sidelines|margins => 044
  * with TGT on sidelines|margins => 044
  * with TGT => 040
  * TGT => 040
  * => 040

class VISIT 042
  verb: visit | tour
  * TGT => 042
  * => 042
  verb: travel | journey
  * to TGT for &TALKS|visit|summit|meeting|consultations|negotiations => 042
  * to TGT => 042
  verb: arrive
  * in|at TGT for &TALKS|visit|summit|meeting|consultations|negotiations => 042
  * in|at TGT on visit|trip|tour => 042
  * for &TALKS|visit|summit|meeting|consultations|negotiations => 042
  # "landed in Riyadh for talks": only with the purpose of the trip.
  verb: land
  * in|at TGT for &TALKS|visit|summit|meeting|consultations|negotiations => 042
  * in|at TGT on visit|trip|tour => 042
  verb: head
  * to TGT for &TALKS|visit|summit|meeting|consultations|negotiations => 042
  * to TGT on visit|trip|tour => 042

class VISIT_NOUN 042
  noun: visit | trip | tour | stopover | pilgrimage
  * to TGT => 042
  * in TGT => 042
  * => 042

class HOST 043
  verb: host | entertain
  * refugees|migrants|asylum-seekers => 075
  * &TALKS|summit|meeting|conference|round|forum|negotiations|dialogue => 044
  # "hosts a radio show", "hosted a fundraiser", "will host the games":
  # a show or a party is no visit received.
  * show|shows|program|programme|programs|podcast|podcasts|broadcast|broadcasts|radio|television|tv|fundraiser|fundraisers|party|parties|gala|galas|event|events|concert|concerts|debate|debates|benefit|auction|auctions|celebration|celebrations|contest|tournament|games|olympics|cup|championship|championships|series|episode|episodes|segment|segments|website|site|servers|server|town-hall|telethon|festival|festivals => ---
  * TGT => 043
  * => 043
  verb: receive
  # The receiving side of aid, calls and visits: the giver is the source.
  * &AID|loan|loans|weapons|arms|funds|money|shipment|shipments from TGT => 070 swap
  * weapons|arms|ammunition|missiles|tanks|jets|equipment from TGT => 072 swap
  * call|phone|telephone|message|letter from TGT => 041 swap mode=phone
  * visit from TGT => 042 swap
  * support|backing|endorsement from TGT => 051 swap
  * threat|threats|warning|warnings from TGT => 130 swap
  # "received a rebuke from Kestria": the critic is the source
  # (DRAW_CRITICISM, 11-disapprove.pat).
  * &REPROOF from TGT => 111 swap
  * peacekeepers|peacekeeping => 0861
  * inspectors|observers|monitors|inspection|inspections|investigators => 0862
  * &DIPLOMAT|delegation|delegations|counterpart|counterparts|president|minister|leader|leaders|premier|king|envoy|officials|official|emissary|foreign|prime|head|chancellor|secretary|visitor|visitors|guest|guests => 043
  verb: welcome
  * TGT to _ => 043
  # "welcomed the Iranian foreign minister in Baghdad": a visit received
  # where the host is, when the one welcomed is a state's envoy.
  * &DIPLOMAT|minister|president|premier|chancellor|king|queen|emir|prince|leader|leaders|secretary|official|officials|counterpart|counterparts|delegation|envoy in _ => 043
  * delegation|delegations|counterpart|counterparts|visitor|visitors|guest|guests|envoy|envoys|emissary => 043
  * peacekeepers|peacekeeping => 0861
  * inspectors|observers|monitors => 0862
  * refugees|migrants|asylum-seekers => 075
  * TGT => 051
  * => 051

class PHONE 041
  verb: phone | telephone | ring | videoconference | teleconference
  * TGT => 041 mode=phone
  * => 041 mode=phone

class TALKS_NOUN 040
  noun: talk | talks | meeting | meetings | consultation | consultations | discussion | discussions
  noun: dialogue | dialog | conversation | conversations | summit | summitry | parley
  noun: get-together | tete-a-tete | session
  * phone|telephone|video|virtual|videoconference => 041 mode=phone
  * multilateral|regional|international|quadrilateral|trilateral|six-party|four-party|g7|g20|nato|summit => 040 mode=multilateral
  # "talks between Russia and Ukraine", "Greece and Turkey held talks":
  # each side meets the other.
  * with TGT => 040
  * between SRC => 040 mutual
  * among SRC => 040 mode=multilateral
  # "a committee meeting", "a pep talk", "their conversations": one side
  # alone is no consultation ("dyad"); "Greece and Turkey held talks" is.
  * => 040 mutual dyad
  noun: negotiation | negotiations | bargaining
  * with TGT => 046
  * between SRC => 046 mutual
  * => 046 mutual
  noun: phone-call | phonecall | videoconference | teleconference | video-call
  * with TGT => 041 mode=phone
  * => 041 mode=phone

class MEDIATE 045
  verb: mediate | arbitrate | intercede | broker | facilitate
  # "mediated talks between Israel and Hamas on a hostage exchange": the
  # sides, also inside the object, before the object's other phrases.
  * between TGT => 045
  * &AGREEMENT|&CEASEFIRE|&TALKS|&PEACE|truce|deal|talks|exchange|swap|release => 045
  * in _ => 045
  * => 045
  noun: mediation | arbitration | facilitation | intercession | good-offices
  * between TGT => 045
  * in _ => 045
  * => 045
