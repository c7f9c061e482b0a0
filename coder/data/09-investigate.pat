# CAMEO 09 Investigate (PLOVER ACCUSE, mode investigate): inquiries into
# crime and corruption (091), human rights abuses (092), military action
# (093) and war crimes (094).

class INVESTIGATE 090
  verb: investigate | probe
  * war crime|crimes => 094
  * &WARCRIME => 094
  * &CRIME => 091
  * &ABUSE => 092
  * &AGGRESSION|attack|attacks|strike|strikes|airstrike|airstrikes|shelling|incident|killing|killings|raid|raids|clash|clashes|shooting|shootings|massacre|bombing|bombings|explosion|blast|crash => 093
  * into _ => 090
  * TGT => 090
  * => 090
  verb: scrutinize | scrutinise | audit | inspect | interrogate
  * war crime|crimes => 094
  * &WARCRIME => 094
  * &CRIME => 091
  * &ABUSE => 092
  * &AGGRESSION|attack|attacks|strike|strikes|airstrike|airstrikes|shelling|incident|killing|killings|raid|raids|clash|clashes|shooting|shootings|massacre|bombing|bombings|explosion|blast|crash => 093
  * TGT => 090
  verb: examine | review | question | quiz | study
  * war crime|crimes => 094
  * &WARCRIME => 094
  * &CRIME => 091
  * &ABUSE => 092
  * &AGGRESSION|attack|attacks|strike|strikes|airstrike|airstrikes|shelling|incident|killing|killings|raid|raids|clash|clashes|shooting|shootings|massacre|bombing|bombings|explosion|blast|crash => 093
  * suspect|suspects|detainee|detainees|witness|witnesses|prisoner|prisoners|official|officials => 090
  verb: look | delve | dig
  * into war crime|crimes => 094
  * into &CRIME => 091
  * into &ABUSE => 092
  * into &AGGRESSION|attack|attacks|strike|strikes|airstrike|shelling|incident|killing|killings|raid|shooting|massacre|bombing => 093
  # Not "looked straight into the camera": what is looked into is a matter.
  * into allegation|allegations|claim|claims|matter|matters|case|cases|report|reports|complaint|complaints|death|deaths|disappearance|conduct|handling|affairs|finances|dealings|ties|links|role|involvement|circumstances|cause|causes|accident|crash|fire|leak|leaks|collapse|irregularities|wrongdoing|misconduct|corruption|fraud|abuse|abuses|violations|accusations|charges|breach|breaches|hack|hacking|activities|actions|practices|spending|contracts|deal|deals|it|this => 090

class INQUIRY_NOUN 090
  noun: investigation | investigations | inquiry | inquiries | probe | probes | enquiry | enquiries
  noun: audit | inquest | hearing | hearings | fact-finding | inspection | inspections
  * into|of war crime|crimes => 094
  * into|of &WARCRIME => 094
  * into|of|on &CRIME => 091
  * corruption|fraud|bribery|criminal|murder|terrorism|graft|embezzlement|money-laundering|tax => 091
  * into|of|on &ABUSE => 092
  * into|of|on &AGGRESSION|attack|attacks|strike|strikes|airstrike|airstrikes|shelling|incident|killing|killings|raid|raids|clash|clashes|shooting|massacre|bombing|bombings|explosion|crash => 093
  * war|war-crimes => 094
  * into|of|on TGT => 090
  * => 090
