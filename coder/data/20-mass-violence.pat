# CAMEO 20 Use unconventional mass violence (PLOVER ASSAULT): mass
# expulsion (201, PLOVER COERCE deport), mass killings (202), ethnic
# cleansing (203), weapons of mass destruction (204x). Mass expulsions are
# in 16-sanction.pat (EXPEL), the use of chemical or nuclear weapons also in
# 18-assault.pat (use) and 19-fight.pat (attack ... with).

class MASSACRE 202
  verb: massacre | slaughter | exterminate | annihilate | decimate | butcher
  * TGT => 202
  * => 202
  noun: massacre | massacres | genocide | pogrom | pogroms | bloodbath | carnage | extermination
  noun: mass-killing | mass-killings | slaughter | holocaust | atrocity | atrocities
  * of|against TGT => 202
  * by SRC => 202
  * => 202

class CLEANSING 203
  verb: cleanse
  * ethnically => 203
  * TGT of _ => 203
  noun: cleansing
  * ethnic|religious|racial => 203
  * of TGT => 203
  * => 203
  verb: depopulate
  * TGT => 203
  noun: deportation | deportations | mass-expulsion | mass-deportation | displacement
  * mass|forced|forcible|collective|wholesale => 201
  * of thousands|hundreds|millions|population|villagers|civilians|residents|minorities|minority => 201
  * of TGT => 174
  * by SRC => 174

class WMD 204
  verb: gas
  * TGT => 2041
  * => 2041
  verb: nuke
  * TGT => 2042
  * => 2042
  verb: irradiate
  * TGT => 2041
  noun: chemical-attack | gas-attack
  * on|against TGT => 2041
  * => 2041
  noun: nuclear-strike | nuclear-attack
  * on|against TGT => 2042
  * => 2042
