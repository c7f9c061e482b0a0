package actors

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/kb"
)

// tagged builds a document from "word/UPOS" pairs; "||" ends a sentence
// (heads are 1-based within their sentence).
func tagged(s string) *doc.Doc {
	d := &doc.Doc{}
	begin := func() {
		d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: len(d.Text)}, TokenStart: len(d.Tokens)})
	}
	begin()
	for _, wt := range strings.Fields(s) {
		if wt == "||" {
			last := &d.Sentences[len(d.Sentences)-1]
			last.End, last.TokenEnd = len(d.Text), len(d.Tokens)
			d.Text += " "
			begin()
			continue
		}
		w, tag, _ := strings.Cut(wt, "/")
		// "it/PRON@4@nsubj": a 1-based head and a relation.
		head, rel := -1, ""
		if t, dep, ok := strings.Cut(tag, "@"); ok {
			h, r, _ := strings.Cut(dep, "@")
			tag, rel = t, r
			fmt.Sscan(h, &head)
		}
		// "New/ADJ:NNP": a UPOS and an XPOS.
		tag, xpos, _ := strings.Cut(tag, ":")
		w = strings.ReplaceAll(w, "_", " ")
		if d.Text != "" && w != "'s" && w != "," && w != "." && w != "-" && !strings.HasSuffix(d.Text, "-") {
			// "Russia-Ukraine": a hyphen joins its neighbours.
			d.Text += " "
		}
		start := len(d.Text)
		d.Text += w
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: len(d.Text)}, Text: w, UPOS: tag, XPOS: xpos, Head: head, DepRel: rel, Sentence: len(d.Sentences) - 1})
	}
	last := &d.Sentences[len(d.Sentences)-1]
	last.End, last.TokenEnd = len(d.Text), len(d.Tokens)
	return d
}

func TestRecognize(t *testing.T) {
	k, err := kb.Load(os.DirFS("testdata/kb"))
	if err != nil {
		t.Fatal(err)
	}
	r := New(k)
	tests := []struct {
		name, published, text string
		want                  []string // "text=CODE/kind/via"
	}{
		{"title and name", "2025-09-05", "Russian/ADJ President/PROPN Vladimir/PROPN Putin/PROPN stated/VERB ./PUNCT",
			[]string{"Russian President Vladimir Putin=RUSGOV/person/title"}},
		{"dated role", "2010-06-01", "Putin/PROPN spoke/VERB ./PUNCT", []string{"Putin=RUSGOV/person/kb"}},
		{"role out of office", "1999-01-01", "Putin/PROPN spoke/VERB ./PUNCT", []string{"Putin=RUS/person/kb"}},
		{"demonym and agent", "2025-09-05", "Ukrainian/ADJ officials/NOUN met/VERB Western/ADJ troops/NOUN ./PUNCT",
			[]string{"Ukrainian officials=UKRGOV/agent/demonym", "Western troops=WSTMIL/agent/demonym"}},
		{"org and agent", "2025-09-05", "NATO/PROPN representatives/NOUN rejected/VERB Russia/PROPN 's/PART framing/NOUN",
			[]string{"NATO representatives=IGOWSTNAT/agent/demonym", "Russia=RUS/country/kb"}},
		{"metonymy", "2025-09-05", "Moscow/PROPN and/CCONJ the/DET Kremlin/PROPN warned/VERB ./PUNCT",
			[]string{"Moscow=RUSGOV/country/metonym", "the Kremlin=RUSGOV/country/metonym"}},
		{"non-actor", "2025-09-05", "Russian/ADJ analysts/NOUN said/VERB ./PUNCT", []string{"Russian analysts=/agent/nonactor"}},
		{"proper name with an adjective tag", "2025-09-05", "The/DET New/ADJ:NNP Ardent/PROPN Times/PROPN reported/VERB ./PUNCT",
			[]string{"New Ardent Times=/unknown"}},
		{"person after a lower-case agent noun", "2025-09-05", "Senior/ADJ official/NOUN Ivan/PROPN Petrov/PROPN spoke/VERB ./PUNCT",
			[]string{"Senior official=GOV/agent/agent", "Ivan Petrov=GOV/person/title"}},
		{"person after an armed agent noun without a country", "2025-09-05", "Cage/NOUN fighter/NOUN Ivan/PROPN Petrov/PROPN spoke/VERB ./PUNCT",
			[]string{"fighter=INS/agent/agent", "Ivan Petrov=/unknown"}},
		{"name after a capitalised agent noun", "2025-09-05", "The/DET Official/NOUN Gazette/PROPN reported/VERB ./PUNCT",
			[]string{"Official=GOV/agent/agent", "Gazette=/unknown"}},
		{"law name", "2025-09-05", "The/DET Open/PROPN Records/PROPN Act/PROPN lawsuits/NOUN ./PUNCT",
			[]string{"Open Records Act=/agent/nonactor"}},
		{"a head word alone is a name", "2025-09-05", "Treaty/PROPN spoke/VERB ./PUNCT", []string{"Treaty=/unknown"}},
		{"the country of an actor in the sentence", "2025-09-05", "Putin/PROPN spoke/VERB ./PUNCT Ukrainian/ADJ officials/NOUN praised/VERB the/DET country/NOUN 's/PART army/NOUN ./PUNCT",
			[]string{"Putin=RUSGOV/person/kb", "Ukrainian officials=UKRGOV/agent/demonym", "country=UKR/country/coref"}},
		{"a region's name continued", "2025-09-05", "He/PRON toured/VERB the/DET West/PROPN:NNP Coast/PROPN:NNP with/ADP officials/NOUN ./PUNCT",
			[]string{"West Coast=/unknown", "officials=GOV/agent/agent"}},
		{"the title of a person named earlier", "2025-09-05", "Ukrainian/ADJ President/PROPN Jane/PROPN Doe/PROPN spoke/VERB ./PUNCT Then/ADV the/DET president/NOUN left/VERB",
			[]string{"Ukrainian President Jane Doe=UKRGOV/person/title", "president=UKRGOV/person/coref"}},
		{"the title keeps its sector for a person coded by country", "1999-01-01", "Russian/ADJ President/PROPN Vladimir/PROPN Putin/PROPN spoke/VERB ./PUNCT Then/ADV the/DET president/NOUN left/VERB",
			[]string{"Russian President Vladimir Putin=RUSGOV/person/title", "president=RUSGOV/person/coref"}},
		{"a title the text gives holds out of the KB's dates", "1999-01-01", "President/PROPN Putin/PROPN spoke/VERB ./PUNCT",
			[]string{"President Putin=RUSGOV/person/title"}},
		{"a former title does not", "1999-01-01", "former/ADJ President/PROPN Putin/PROPN spoke/VERB ./PUNCT",
			[]string{"President Putin=RUS/person/title"}},
		{"a bare title without the is no reference", "2025-09-05", "Ukrainian/ADJ President/PROPN Jane/PROPN Doe/PROPN spoke/VERB ./PUNCT A/DET president/NOUN left/VERB",
			[]string{"Ukrainian President Jane Doe=UKRGOV/person/title", "president=GOV/agent/agent"}},
		{"a titled first name of a person named earlier", "2025-09-05", "Ukrainian/ADJ President/PROPN Jane/PROPN Doe/PROPN spoke/VERB ./PUNCT President/PROPN Doe/PROPN left/VERB",
			[]string{"Ukrainian President Jane Doe=UKRGOV/person/title", "President Doe=UKRGOV/person/surname"}},
		{"a titled name inside a longer titled name", "2025-09-05", "Ukrainian/ADJ President/PROPN Jane/PROPN Doe/PROPN President/PROPN Doe/PROPN spoke/VERB",
			[]string{"Ukrainian President Jane Doe President Doe=UKRGOV/person/title"}},
		{"it prefers an organisation to a company", "2025-09-05", "NATO/PROPN used/VERB Ardent/PROPN Energy/PROPN ./PUNCT It/PRON spoke/VERB",
			[]string{"NATO=IGOWSTNAT/org/kb", "Ardent Energy=MNCUKR/org/kb", "It=IGOWSTNAT/org/coref"}},
		{"party name of many countries takes the demonym's", "2025-09-05", "Ukrainian/ADJ Union/PROPN Party/PROPN officials/NOUN spoke/VERB",
			[]string{"Ukrainian Union Party officials=UKRPTY/agent/demonym"}}, // party officials speak for the party
		{"party name of many countries alone", "2025-09-05", "Ukrainian/ADJ Union/PROPN Party/PROPN spoke/VERB",
			[]string{"Ukrainian Union Party=UKRPTY/group/kb"}},
		{"it for a company alone", "2025-09-05", "Ardent/PROPN Energy/PROPN spoke/VERB ./PUNCT It/PRON left/VERB",
			[]string{"Ardent Energy=MNCUKR/org/kb", "It=MNCUKR/org/coref"}},
		{"it prefers an organisation to a news organisation", "2025-09-05", "NATO/PROPN told/VERB Kestrel/PROPN Wire/PROPN ./PUNCT It/PRON spoke/VERB",
			[]string{"NATO=IGOWSTNAT/org/kb", "Kestrel Wire=UKRMED/org/kb", "It=IGOWSTNAT/org/coref"}},
		{"the first word of a KB name", "2025-09-05", "Vladimir/PROPN Putin/PROPN spoke/VERB ./PUNCT Vladimir/PROPN left/VERB",
			[]string{"Vladimir Putin=RUSGOV/person/kb", "Vladimir=RUSGOV/person/surname"}},
		{"a definite capitalised title alone", "2025-09-05", "Ukrainian/ADJ President/PROPN Jane/PROPN Doe/PROPN spoke/VERB ./PUNCT Then/ADV The/DET President/PROPN left/VERB",
			[]string{"Ukrainian President Jane Doe=UKRGOV/person/title", "President=UKRGOV/person/coref"}},
		{"a bare capitalised title alone is no agent", "2025-09-05", "President/PROPN left/VERB", []string{"President=/unknown"}},
		{"the holder of an office one person holds", "2025-09-05", "The/DET Patriarch/PROPN spoke/VERB", []string{"Patriarch=UKRREL/person/office"}},
		{"the holder of an office on the document's date", "2021-09-05", "The/DET Patriarch/PROPN spoke/VERB", []string{"Patriarch=UKRREL/person/office"}},
		{"a title many hold is no office", "2025-09-05", "The/DET President/PROPN spoke/VERB", []string{"President=GOV/agent/agent"}},
		{"he for an agent named by a title", "2025-09-05", "Russia/PROPN expelled/VERB the/DET Ukrainian/ADJ president/NOUN ,/PUNCT accusing/VERB him/PRON",
			[]string{"Russia=RUS/country/kb", "Ukrainian president=UKRGOV/agent/demonym", "him=UKRGOV/agent/coref"}},
		{"a title in a sentence set in another country is not an earlier sentence's holder", "2025-09-05",
			"Russian/ADJ President/PROPN Vladimir/PROPN Putin/PROPN spoke/VERB ./PUNCT || Crowds/NOUN in/ADP Ukraine/PROPN ousted/VERB the/DET president/NOUN ./PUNCT",
			[]string{"Russian President Vladimir Putin=RUSGOV/person/title", "Ukraine=UKR/country/kb", "president=GOV/agent/agent"}},
		{"a reflexive means its own clause's subject, never an earlier actor", "2025-09-05",
			"Putin/PROPN@2@nsubj spoke/VERB@0@root ./PUNCT@2@punct A/DET@2@det man/NOUN@3@nsubj blew/VERB@0@root himself/PRON@3@obj up/ADP@3@compound:prt ./PUNCT@3@punct",
			[]string{"Putin=RUSGOV/person/kb"}},
		{"a reflexive under a control verb means the one urged", "2025-09-05",
			"Putin/PROPN@2@nsubj urged/VERB@0@root Ukrainian/ADJ@4@amod officials/NOUN@2@obj to/PART@6@mark defend/VERB@2@xcomp themselves/PRON@6@obj",
			[]string{"Putin=RUSGOV/person/kb", "Ukrainian officials=UKRGOV/agent/demonym", "themselves=UKRGOV/agent/coref"}},
		{"a possessive in a phrase of reason", "2025-09-05",
			"NATO/PROPN@2@nsubj sanctioned/VERB@0@root Russia/PROPN@2@obj over/ADP@5@case its/PRON:PRP$@5@nmod:poss war/NOUN@2@obl",
			[]string{"NATO=IGOWSTNAT/org/kb", "Russia=RUS/country/kb", "its=RUS/country/coref"}},
		{"a possessive elsewhere prefers the organisation", "2025-09-05",
			"NATO/PROPN@2@nsubj sanctioned/VERB@0@root Russia/PROPN@2@obj with/ADP@5@case its/PRON:PRP$@5@nmod:poss allies/NOUN@2@obl",
			[]string{"NATO=IGOWSTNAT/org/kb", "Russia=RUS/country/kb", "its=IGOWSTNAT/org/coref"}},
		{"their of a plural subject that names no actor", "2025-09-05",
			"NATO/PROPN@2@nsubj met/VERB@0@root ./PUNCT@2@punct || Farmers/NOUN:NNS@2@nsubj ended/VERB@0@root their/PRON:PRP$@4@nmod:poss protest/NOUN@2@obj",
			[]string{"NATO=IGOWSTNAT/org/kb"}},
		{"another country's body named like a national organisation", "2025-09-05", "Russian/ADJ Rada/PROPN spoke/VERB",
			[]string{"Russian Rada=RUSLEG/agent/demonym"}},
		{"another country's possessive body", "2025-09-05", "Russia/PROPN 's/PART Rada/PROPN spoke/VERB",
			[]string{"Russia's Rada=RUSLEG/agent/demonym"}},
		{"the possessive body named again bare", "2025-09-05", "Russia/PROPN 's/PART Rada/PROPN spoke/VERB ./PUNCT Rada/PROPN left/VERB",
			[]string{"Russia's Rada=RUSLEG/agent/demonym", "Rada=RUSLEG/agent/coref"}},
		{"a national organisation named alone", "2025-09-05", "The/DET Rada/PROPN spoke/VERB",
			[]string{"The Rada=UKRLEG/org/kb"}},
		{"a possessive in an object means the verb's subject", "2025-09-05",
			"NATO/PROPN@2@nsubj warned/VERB@0@root as/SCONJ@5@mark Ukraine/PROPN@5@nsubj closed/VERB@2@advcl its/PRON:PRP$@7@nmod:poss border/NOUN@5@obj",
			[]string{"NATO=IGOWSTNAT/org/kb", "Ukraine=UKR/country/kb", "its=UKR/country/coref"}},
		{"an object pronoun never means its verb's subject", "2025-09-05",
			"Jane/PROPN@2@nsubj left/VERB@0@root ./PUNCT Vladimir/PROPN@6@nsubj Putin/PROPN@4@flat assailed/VERB@2@parataxis her/PRON@6@obj",
			[]string{"Jane=/unknown", "Vladimir Putin=RUSGOV/person/kb"}},
		{"a singular person noun in the pronoun's sentence beats a person named before", "2025-09-05",
			"Putin/PROPN@2@nsubj spoke/VERB@0@root ./PUNCT || The/DET@2@det journalist/NOUN@3@nsubj said/VERB@0@root he/PRON@5@nsubj left/VERB@3@ccomp",
			[]string{"Putin=RUSGOV/person/kb", "journalist=MED/agent/agent", "he=MED/agent/coref"}},
		{"a person noun modifying a noun names no one", "2025-09-05",
			"Putin/PROPN@2@nsubj spoke/VERB@0@root ./PUNCT || The/DET@3@det journalist/NOUN@3@compound union/NOUN@4@nsubj said/VERB@0@root he/PRON@6@nsubj left/VERB@4@ccomp",
			[]string{"Putin=RUSGOV/person/kb", "journalist=MED/agent/agent", "he=RUSGOV/person/coref"}},
		{"an unknown name subject in the pronoun's sentence keeps him from a person named before", "2025-09-05",
			"Putin/PROPN@2@nsubj spoke/VERB@0@root ./PUNCT || Ivan/PROPN@3@nsubj Petrov/PROPN@1@flat said/VERB@0@root he/PRON@5@nsubj left/VERB@3@ccomp",
			[]string{"Putin=RUSGOV/person/kb", "Ivan Petrov=/unknown"}},
		{"a title after the is no unknown name", "2025-09-05",
			"Putin/PROPN@2@nsubj spoke/VERB@0@root ./PUNCT || The/DET@2@det President/PROPN@3@nsubj said/VERB@0@root he/PRON@5@nsubj left/VERB@3@ccomp",
			[]string{"Putin=RUSGOV/person/kb", "President=GOV/agent/agent", "he=GOV/agent/coref"}},
		{"a plural pronoun skips a singular name of its sentence", "2025-09-05",
			"Russian/ADJ@2@amod officials/NOUN@3@nsubj spoke/VERB@0@root ./PUNCT || NATO/PROPN@2@nsubj left/VERB@0@root before/SCONJ@5@mark they/PRON@5@nsubj spoke/VERB@2@advcl",
			[]string{"Russian officials=RUSGOV/agent/demonym", "NATO=IGOWSTNAT/org/kb", "they=RUSGOV/agent/coref"}},
		{"a relative pronoun subject stands for its noun", "2025-09-05",
			"Putin/PROPN@2@nsubj spoke/VERB@0@root ./PUNCT || A/DET@2@det journalist/NOUN@5@nsubj who/PRON@4@nsubj praised/VERB@2@acl:relcl him/PRON@4@obj left/VERB@0@root",
			[]string{"Putin=RUSGOV/person/kb", "journalist=MED/agent/agent", "him=RUSGOV/person/coref"}},
		{"names in a sentence in capitals", "2025-09-05",
			"RUSSIA/PROPN WARNS/VERB UKRAINIAN/ADJ BORDER/NOUN TROOPS/NOUN",
			[]string{"RUSSIA=RUS/country/kb", "UKRAINIAN BORDER TROOPS=UKRMIL/agent/demonym"}},
		{"a capitalised noun modifier in a title-case headline", "2025-09-05",
			"Russia/PROPN Warns/VERB Ukrainian/ADJ Border/NOUN Troops/NOUN",
			[]string{"Russia=RUS/country/kb", "Ukrainian Border Troops=UKRMIL/agent/demonym"}},
		{"capitals in running text stay unknown names", "2025-09-05",
			"Officials/NOUN in/ADP RUSSIA/PROPN spoke/VERB",
			[]string{"Officials=GOV/agent/agent", "RUSSIA=/unknown"}},
		{"a pronoun of the other gender is no reference", "2025-09-05", "Mr./PROPN Putin/PROPN spoke/VERB ./PUNCT She/PRON left/VERB",
			[]string{"Putin=RUSGOV/person/kb"}},
		{"a pronoun of the same gender", "2025-09-05", "Mr./PROPN Putin/PROPN spoke/VERB ./PUNCT He/PRON left/VERB",
			[]string{"Putin=RUSGOV/person/kb", "He=RUSGOV/person/coref"}},
		{"a given name tells a titled unknown person's sex", "2025-09-05",
			"Ukrainian/ADJ President/PROPN Sidney/PROPN Roe/PROPN spoke/VERB ./PUNCT She/PRON left/VERB",
			[]string{"Ukrainian President Sidney Roe=UKRGOV/person/title"}},
		{"a given name of the pronoun's sex", "2025-09-05",
			"Ukrainian/ADJ President/PROPN Sidney/PROPN Roe/PROPN spoke/VERB ./PUNCT He/PRON left/VERB",
			[]string{"Ukrainian President Sidney Roe=UKRGOV/person/title", "He=UKRGOV/person/coref"}},
		{"a person noun before a name tells its sex", "2022-09-05",
			"The/DET actress/NOUN Jan/PROPN Novak/PROPN spoke/VERB ./PUNCT He/PRON left/VERB",
			[]string{"Jan Novak=UKRREL/person/kb"}},
		{"a KB person's given name tells the sex of a bare surname", "2025-09-05",
			"Marek/PROPN spoke/VERB ./PUNCT He/PRON left/VERB",
			[]string{"Marek=UKRGOV/person/kb"}},
		{"a KB person's sex given as fact", "2025-09-05",
			"Dobra/PROPN spoke/VERB ./PUNCT He/PRON left/VERB",
			[]string{"Dobra=UKRGOV/person/kb"}},
		{"a KB person's sex given as fact, the same pronoun", "2025-09-05",
			"Dobra/PROPN spoke/VERB ./PUNCT She/PRON left/VERB",
			[]string{"Dobra=UKRGOV/person/kb", "She=UKRGOV/person/coref"}},
		{"a KB person's sex given as fact beats a title word in her name", "2025-09-05",
			"Duke/PROPN Mira/PROPN spoke/VERB ./PUNCT She/PRON left/VERB",
			[]string{"Duke Mira=UKRGOV/person/kb", "She=UKRGOV/person/coref"}},
		{"a dateline's agency by its initials, its place no actor", "2025-09-05",
			"Moscow/PROPN ,/PUNCT May/PROPN 3/NUM (/PUNCT KW/PROPN )/PUNCT -/PUNCT Russian/ADJ officials/NOUN spoke/VERB",
			[]string{"KW=UKRMED/org/dateline", "Russian officials=RUSGOV/agent/demonym"}},
		{"a dateline's agency named in full", "2025-09-05",
			"KYIV/PROPN (/PUNCT Kestrel/PROPN Wire/PROPN )/PUNCT -/PUNCT Russian/ADJ officials/NOUN spoke/VERB",
			[]string{"Kestrel Wire=UKRMED/org/dateline", "Russian officials=RUSGOV/agent/demonym"}},
		{"a dateline's agency is no antecedent", "2025-09-05",
			"Moscow/PROPN (/PUNCT KW/PROPN )/PUNCT -/PUNCT It/PRON was/AUX cold/ADJ",
			[]string{"KW=UKRMED/org/dateline"}},
		{"initials in brackets after a lower-case word are no dateline", "2025-09-05",
			"Officials/NOUN in/ADP Moscow/PROPN (/PUNCT KW/PROPN )/PUNCT spoke/VERB",
			[]string{"Officials=GOV/agent/agent", "Moscow=RUSGOV/country/metonym", "KW=/unknown"}},
		{"a bracket after a name that is no agency is no dateline", "2025-09-05",
			"Moscow/PROPN (/PUNCT Russia/PROPN )/PUNCT spoke/VERB",
			[]string{"Moscow=RUSGOV/country/metonym", "Russia=RUS/country/kb"}},
		{"known names joined by a hyphen", "2025-09-05", "the/DET Russia/PROPN -/PUNCT Ukraine/PROPN war/NOUN",
			[]string{"Russia=RUS/country/kb", "Ukraine=UKR/country/kb"}},
		{"a hyphenated name with an unknown part stays whole", "2025-09-05", "the/DET Russia/PROPN -/PUNCT Gondor/PROPN war/NOUN",
			[]string{"Russia-Gondor=/unknown"}},
		{"an extraposed it is no reference", "2025-09-05",
			"NATO/PROPN@2@nsubj met/VERB@0@root ./PUNCT It/PRON@6@nsubj is/AUX@6@cop appropriate/ADJ@0@root to/PART@8@mark act/VERB@6@xcomp",
			[]string{"NATO=IGOWSTNAT/org/kb"}},
		{"a description with an of phrase is no reference", "2025-09-05", "Ukraine/PROPN spoke/VERB ./PUNCT The/DET state/NOUN of/ADP emergency/NOUN ended/VERB",
			[]string{"Ukraine=UKR/country/kb"}},
		{"a definite description refers back", "2025-09-05", "Ukraine/PROPN spoke/VERB ./PUNCT The/DET state/NOUN ended/VERB",
			[]string{"Ukraine=UKR/country/kb", "state=UKR/country/coref"}},
		{"unknown proper noun", "2025-09-05", "Ivan/PROPN Petrov/PROPN met/VERB Putin/PROPN on/ADP Monday/PROPN",
			[]string{"Ivan Petrov=/unknown", "Putin=RUSGOV/person/kb"}},
		{"title with unknown name", "2025-09-05", "Ukrainian/ADJ President/PROPN Jane/PROPN Doe/PROPN spoke/VERB",
			[]string{"Ukrainian President Jane Doe=UKRGOV/person/title"}},
		{"possessive", "2025-09-05", "Russia/PROPN 's/PART troops/NOUN advanced/VERB", []string{"Russia's troops=RUSMIL/agent/demonym"}},
		{"agent with a longer code", "2025-09-05", "Russia/PROPN 's/PART military_government/NOUN spoke/VERB", []string{"Russia's military government=RUSGOVMIL/agent/demonym"}},
		{"bare agent with a longer code", "2025-09-05", "the/DET military_government/NOUN spoke/VERB", []string{"military government=GOV/agent/agent"}},
		{"org title and unknown name", "2025-09-05", "NATO/PROPN Secretary-General/PROPN Jane/PROPN Doe/PROPN spoke/VERB",
			[]string{"NATO Secretary-General Jane Doe=IGOWSTNAT/person/title"}},
		{"demonym as a noun", "2025-09-05", "Ukrainian/PROPN and/CCONJ Russian/ADJ officials/NOUN met/VERB",
			[]string{"Ukrainian=UKR/country/demonym", "Russian officials=RUSGOV/agent/demonym"}},
		{"adjectives join an agent phrase", "2025-09-05", "on/ADP foreign/ADJ soldiers/NOUN", []string{"foreign soldiers=MIL/agent/agent"}},
		{"agent noun used as an adjective", "2025-09-05", "struck/VERB military/ADJ sites/NOUN", nil},
		{"dateline", "2025-09-05", "MOSCOW/PROPN ,/PUNCT Sept./PROPN 5/NUM Officials/NOUN spoke/VERB", []string{"Officials=GOV/agent/agent"}},
		{"named day", "2025-09-05", "Election/PROPN Day/PROPN came/VERB", nil},
		{"adjective only a modifier", "2025-09-05", "on/ADP Ukrainian/ADJ soil/NOUN", []string{"Ukrainian=UKR/country/modifier"}},
		{"common noun inside an agent phrase", "2025-09-05", "Ukrainian/ADJ border/NOUN troops/NOUN advanced/VERB",
			[]string{"Ukrainian border troops=UKRMIL/agent/demonym"}},
		{"it for a singular agent", "2025-09-05", "The/DET official/NOUN said/VERB it/PRON would/AUX act/VERB",
			[]string{"official=GOV/agent/agent", "it=GOV/agent/coref"}},
		{"a coalition led by a country acts as the country", "2025-09-05", "The/DET Russia/PROPN -/PUNCT led/VERB coalition/NOUN struck/VERB",
			[]string{"Russia-led coalition=RUS/org/led"}},
		{"a coalition noun before a noun is no led coalition", "2025-09-05", "A/DET Russia/PROPN -/PUNCT led/VERB coalition/NOUN government/NOUN fell/VERB",
			[]string{"Russia=RUS/country/modifier"}},
		{"forces backed by a country are not the country", "2025-09-05", "Russia/PROPN -/PUNCT backed/VERB fighters/NOUN struck/VERB",
			[]string{"fighters=INS/agent/agent"}},
		{"led by a country", "2025-09-05", "Ukrainian-led/ADJ troops/NOUN advanced/VERB",
			[]string{"Ukrainian-led troops=UKRMIL/agent/demonym"}},
		{"titled name of a country", "2025-09-05", "President/PROPN Jane/PROPN Doe/PROPN of/ADP Ukraine/PROPN spoke/VERB",
			[]string{"President Jane Doe=UKRGOV/person/title", "Ukraine=UKR/country/kb"}},
		{"name after an agent noun", "2025-09-05", "Ukrainian/ADJ official/NOUN Jane/PROPN Doe/PROPN spoke/VERB",
			[]string{"Ukrainian official=UKRGOV/agent/demonym", "Jane Doe=UKRGOV/person/title"}},
		{"country inside a longer name", "2025-09-05", "a/DET New/PROPN Russia/PROPN company/NOUN",
			[]string{"New Russia=/unknown"}}, // test KB has no "company"
		{"capitalised article of a name", "2025-09-05", "The/DET West/PROPN warned/VERB the/DET West/PROPN ./PUNCT",
			[]string{"The West=WST/region/kb", "the West=WST/region/kb"}},
		{"apposition after a name", "2025-09-05", "Jane/PROPN Doe/PROPN ,/PUNCT Russia/PROPN 's/PART senior/ADJ official/NOUN ,/PUNCT spoke/VERB",
			[]string{"Jane Doe=RUSGOV/person/title", "Russia's senior official=RUSGOV/agent/demonym"}},
		{"apposition naming an international body", "2025-09-05", "Jane/PROPN Doe/PROPN ,/PUNCT the/DET NATO/PROPN 's/PART aid/NOUN chief/NOUN ,/PUNCT spoke/VERB",
			[]string{"Jane Doe=IGOWSTNAT/person/title", "NATO=IGOWSTNAT/org/kb"}},
		{"apposition with an official in a body", "2025-09-05", "Jane/PROPN Doe/PROPN ,/PUNCT an/DET official/NOUN in/ADP the/DET Russian/ADJ presidential/ADJ office/NOUN ,/PUNCT spoke/VERB",
			[]string{"Jane Doe=RUSGOV/person/title", "official=GOV/agent/agent", "Russian=RUS/country/modifier"}},
		{"apposition before a name", "2025-09-05", "A/DET member/NOUN of/ADP the/DET Russian/ADJ troops/NOUN ,/PUNCT Ivan/PROPN Petrov/PROPN ,/PUNCT spoke/VERB",
			[]string{"Russian troops=RUSMIL/agent/demonym", "Ivan Petrov=RUSMIL/person/title"}},
		{"apposition places a titled name", "2025-09-05", "President/PROPN Jane/PROPN Doe/PROPN ,/PUNCT the/DET Ukrainian/ADJ official/NOUN ,/PUNCT spoke/VERB",
			[]string{"President Jane Doe=UKRGOV/person/title", "Ukrainian official=UKRGOV/agent/demonym"}},
		{"prepositional phrase is no apposition", "2025-09-05", "In/ADP Russia/PROPN ,/PUNCT Ivan/PROPN Petrov/PROPN ,/PUNCT spoke/VERB",
			[]string{"Russia=RUS/country/kb", "Ivan Petrov=/unknown"}},
		{"country of a non-member noun", "2025-09-05", "Ivan/PROPN Petrov/PROPN ,/PUNCT a/DET critic/NOUN of/ADP Russian/ADJ officials/NOUN ,/PUNCT spoke/VERB",
			[]string{"Ivan Petrov=/unknown", "Russian officials=RUSGOV/agent/demonym"}},
		{"clause is no apposition", "2025-09-05", "Ivan/PROPN Petrov/PROPN ,/PUNCT who/PRON met/VERB Russian/ADJ officials/NOUN ,/PUNCT spoke/VERB",
			[]string{"Ivan Petrov=/unknown", "Russian officials=RUSGOV/agent/demonym"}},
		{"capital starting a longer name", "2025-09-05", "the/DET Moscow/PROPN Times/PROPN reported/VERB it/PRON on/ADP Monday/PROPN",
			[]string{"Moscow Times=/unknown"}},
		{"capital in a title-case headline", "2025-09-05", "Moscow/PROPN Warns/PROPN Kyiv/PROPN",
			[]string{"Moscow=RUSGOV/country/metonym"}},
		{"people named by the country they live in", "2025-09-05", "Ukrainian/ADJ Russians/PROPN protested/VERB",
			[]string{"Ukrainian=UKR/country/modifier", "Russians=UKR/country/demonym"}},
		{"people in a country", "2025-09-05", "ethnic/ADJ Russians/PROPN in/ADP eastern/ADJ Ukraine/PROPN protested/VERB",
			[]string{"Russians=UKR/country/demonym", "Ukraine=UKR/country/kb"}},
		{"people near a country keep their demonym", "2025-09-05", "Russians/PROPN near/ADP Ukraine/PROPN protested/VERB",
			[]string{"Russians=RUS/country/demonym", "Ukraine=UKR/country/kb"}},
		{"title prefix after a possessive", "2025-09-05", "Russia/PROPN 's/PART Vice/PROPN President/PROPN visited/VERB Ukraine/PROPN",
			[]string{"Russia's Vice President=RUSGOV/agent/demonym", "Ukraine=UKR/country/kb"}},
		{"title with a portfolio after for", "2025-09-05", "Ukrainian/ADJ Prime/PROPN Minister/PROPN for/ADP Energy/PROPN Jane/PROPN Doe/PROPN spoke/VERB",
			[]string{"Ukrainian Prime Minister for Energy Jane Doe=UKRGOV/person/title"}},
		{"for and a lower-case word ends a title", "2025-09-05", "President/PROPN Jane/PROPN Doe/PROPN spoke/VERB for/ADP peace/NOUN",
			[]string{"President Jane Doe=GOV/person/title"}},
		{"capital as a possessor", "2025-09-05", "Kyiv/PROPN 's/PART officials/NOUN spoke/VERB",
			[]string{"Kyiv's officials=UKRGOV/agent/demonym"}},
		{"based in a capital", "2025-09-05", "officials/NOUN based/VERB in/ADP eastern/ADJ Kyiv/PROPN spoke/VERB",
			[]string{"officials=UKRGOV/agent/agent", "Kyiv=UKRGOV/country/metonym"}},
		{"based near a capital is not placed", "2025-09-05", "officials/NOUN based/VERB near/ADP Kyiv/PROPN spoke/VERB",
			[]string{"officials=GOV/agent/agent", "Kyiv=UKRGOV/country/metonym"}},
		{"based in a place near a capital is not placed", "2025-09-05", "officials/NOUN based/VERB in/ADP a/DET town/NOUN near/ADP Kyiv/PROPN spoke/VERB",
			[]string{"officials=GOV/agent/agent", "Kyiv=UKRGOV/country/metonym"}},
		{"based in a place after a comma is not placed", "2025-09-05", "officials/NOUN based/VERB in/ADP the/DET east/NOUN ,/PUNCT Kyiv/PROPN said/VERB",
			[]string{"officials=GOV/agent/agent", "Kyiv=UKRGOV/country/metonym"}},
		{"pronoun subject of a reported clause", "2025-09-05",
			"NATO/PROPN@2@nsubj warned/VERB@0@root but/CCONJ@5@cc Ukraine/PROPN@5@nsubj said/VERB@2@conj it/PRON@8@nsubj would/AUX@8@aux stay/VERB@5@ccomp",
			[]string{"NATO=IGOWSTNAT/org/kb", "Ukraine=UKR/country/kb", "it=UKR/country/coref"}},
		{"pronoun without a reporting subject", "2025-09-05",
			"NATO/PROPN@2@nsubj warned/VERB@0@root Ukraine/PROPN@2@obj but/CCONJ@6@cc it/PRON@6@nsubj stayed/VERB@2@conj",
			[]string{"NATO=IGOWSTNAT/org/kb", "Ukraine=UKR/country/kb", "it=IGOWSTNAT/org/coref"}},
		{"a headline's surname is the person named in full later", "2025-09-05",
			"Petrov/PROPN ,/PUNCT Putin/PROPN clash/VERB ./PUNCT || Ukrainian/ADJ President/PROPN Ivan/PROPN Petrov/PROPN spoke/VERB",
			[]string{"Petrov=UKRGOV/person/surname", "Putin=RUSGOV/person/kb", "Ukrainian President Ivan Petrov=UKRGOV/person/title"}},
		{"a surname far before the full name in the body stays unknown", "2025-09-05",
			"Putin/PROPN spoke/VERB ./PUNCT || Petrov/PROPN left/VERB ./PUNCT || Rain/NOUN fell/VERB ./PUNCT || Rain/NOUN fell/VERB ./PUNCT || Rain/NOUN fell/VERB ./PUNCT || Rain/NOUN fell/VERB ./PUNCT || Ukrainian/ADJ President/PROPN Ivan/PROPN Petrov/PROPN spoke/VERB",
			[]string{"Putin=RUSGOV/person/kb", "Petrov=/unknown", "Ukrainian President Ivan Petrov=UKRGOV/person/title"}},
		{"a KB surname after another given name is another person", "2025-09-05",
			"Ivan/PROPN Marek/PROPN spoke/VERB at/ADP length/NOUN ./PUNCT || Marek/PROPN left/VERB",
			[]string{"Ivan Marek=/unknown", "Marek=/person/surname"}},
		{"a KB surname after its person's given name misspelt", "2025-09-05",
			"Olha/PROPN Marek/PROPN spoke/VERB at/ADP length/NOUN",
			[]string{"Marek=UKRGOV/person/kb"}},
		{"a KB surname after a title", "2025-09-05",
			"President/PROPN Marek/PROPN spoke/VERB",
			[]string{"President Marek=UKRGOV/person/title"}},
		{"a KB surname after a month", "2025-09-05",
			"In/ADP August/PROPN Marek/PROPN spoke/VERB",
			[]string{"Marek=UKRGOV/person/kb"}},
		{"a KB surname in a title-case headline", "2025-09-05",
			"Voters/NOUN Say/PROPN Marek/PROPN Won/PROPN",
			[]string{"Marek=UKRGOV/person/kb"}},
		{"a KB surname means the namesake named nearest before", "2025-09-05",
			"President/PROPN Ivan/PROPN Marek/PROPN spoke/VERB at/ADP length/NOUN ./PUNCT || Marek/PROPN left/VERB",
			[]string{"President Ivan Marek=GOV/person/title", "Marek=GOV/person/surname"}},
		{"a KB surname stays the KB person's when it is named in full", "2025-09-05",
			"Olga/PROPN Marek/PROPN met/VERB with/ADP Ivan/PROPN Marek/PROPN ./PUNCT || Marek/PROPN left/VERB",
			[]string{"Olga Marek=UKRGOV/person/kb", "Ivan Marek=/unknown", "Marek=UKRGOV/person/kb"}},
		{"forces loyal to a person", "2025-09-05", "Forces/NOUN loyal/ADJ to/ADP Putin/PROPN shelled/VERB the/DET town/NOUN",
			[]string{"Forces=RUSMIL/agent/agent", "Putin=RUSGOV/person/kb"}},
		{"fighters loyal to an armed group are the group", "2025-09-05", "Fighters/NOUN loyal/ADJ to/ADP the/DET Kestrel/PROPN Front/PROPN left/VERB",
			[]string{"Fighters=UKRREB/agent/agent", "Kestrel Front=UKRREB/group/kb"}},
		{"loyal to someone far after the cue", "2025-09-05", "Forces/NOUN loyal/ADJ to/ADP a/DET man/NOUN near/ADP Putin/PROPN left/VERB",
			[]string{"Forces=MIL/agent/agent", "Putin=RUSGOV/person/kb"}},
		{"an ethnic minority of the country named after it", "2025-09-05", "Ethnic/ADJ Russians/PROPN marched/VERB on/ADP Tuesday/PROPN in/ADP Ukraine/PROPN",
			[]string{"Russians=UKR/country/demonym", "Ukraine=UKR/country/kb"}},
		{"an ethnic minority of the country named before it", "2025-09-05", "Ukraine/PROPN said/VERB ethnic/ADJ Russians/PROPN marched/VERB",
			[]string{"Ukraine=UKR/country/kb", "Russians=UKR/country/demonym"}},
		{"an ethnic people in its own country", "2025-09-05", "Ethnic/ADJ Russians/PROPN fled/VERB to/ADP Russia/PROPN",
			[]string{"Russians=RUS/country/demonym", "Russia=RUS/country/kb"}},
		{"the people of a national body are the body", "2025-09-05", "Kestrel/PROPN Wire/PROPN executives/NOUN spoke/VERB",
			[]string{"Kestrel Wire executives=UKRMED/agent/demonym"}},
		{"the people of a country's parliament", "2025-09-05", "The/DET Rada/PROPN executives/NOUN spoke/VERB",
			[]string{"The Rada executives=UKRLEG/agent/demonym"}},
		{"a body named after its country", "2025-09-05", "The/DET Ukraine/PROPN Revenue/PROPN Authority/PROPN accused/VERB the/DET firm/NOUN",
			[]string{"Ukraine Revenue Authority=UKRGOV/org/orgname"}},
		{"a body named after its country, of no sector", "2025-09-05", "The/DET Ukraine/PROPN Chess/PROPN Board/PROPN accused/VERB the/DET firm/NOUN",
			[]string{"Ukraine Chess Board=UKR/org/orgname"}},
		{"a place named after a country is no body", "2025-09-05", "The/DET Ukraine/PROPN Delta/PROPN Board/PROPN accused/VERB the/DET firm/NOUN",
			[]string{"Ukraine Delta Board=/unknown"}},
		{"a country and a head alone are no body", "2025-09-05", "The/DET Ukraine/PROPN Board/PROPN accused/VERB the/DET firm/NOUN",
			[]string{"Ukraine Board=/unknown"}},
		{"a party word before a lower-case agent noun", "2025-09-05", "Democratic/ADJ soldiers/NOUN marched/VERB",
			[]string{"Democratic soldiers=USAPTYMIL/agent/demonym"}},
		{"a party word tagged a proper noun before the agent noun", "2025-09-05", "Republican/PROPN officials/NOUN spoke/VERB",
			[]string{"Republican officials=USAPTY/agent/demonym"}},
		{"a party word before a capitalised noun is another name", "2025-09-05", "The/DET Republican/PROPN Forces/PROPN attacked/VERB the/DET town/NOUN",
			[]string{"Forces=MIL/agent/agent"}},
		{"a party word before an abbreviated agent noun", "2025-09-05", "Tory/PROPN MPs/NOUN spoke/VERB",
			[]string{"Tory MPs=GBRPTYLEG/agent/demonym"}},
		{"a party member", "2025-09-05", "A/DET Kyiv/PROPN Democrat/PROPN spoke/VERB at/ADP length/NOUN",
			[]string{"Kyiv Democrat=USAPTY/agent/demonym"}},
		{"a KB name with a middle initial", "2025-09-05", "Ivan/PROPN P./PROPN Kral/PROPN spoke/VERB at/ADP length/NOUN",
			[]string{"Ivan P. Kral=UKRREL/person/kb"}},
		{"a KB surname with another given name", "2025-09-05", "Ivana/PROPN P./PROPN Kral/PROPN spoke/VERB at/ADP length/NOUN",
			[]string{"Ivana P. Kral=/unknown"}},
		{"a body named after a titled person is no person", "2025-09-05", "The/DET President/PROPN Doe/PROPN University/PROPN hosted/VERB the/DET talks/NOUN",
			[]string{"President Doe University=/unknown"}},
		{"a thing named after a titled person is no person", "2025-09-05", "The/DET President/PROPN Doe/PROPN Treaty/PROPN ended/VERB the/DET war/NOUN",
			[]string{"President Doe Treaty=/agent/nonactor"}},
		{"pronoun", "2025-09-05", "NATO/PROPN officials/NOUN met/VERB but/CCONJ they/PRON left/VERB",
			[]string{"NATO officials=IGOWSTNAT/agent/demonym", "they=IGOWSTNAT/agent/coref"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tagged(tc.text)
			var err error
			if d.Published, err = doc.ParseTime(tc.published); err != nil {
				t.Fatal(err)
			}
			if err := r.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range d.Actors {
				if d.Text[m.Start:m.End] != m.Text {
					t.Errorf("mention %q has span text %q", m.Text, d.Text[m.Start:m.End])
				}
				s := m.Text + "=" + m.Code + "/" + m.Kind + "/" + m.Via
				if m.Via == "unknown" {
					s = m.Text + "=/" + m.Via
				}
				if m.Via == "nonactor" {
					s = m.Text + "=/agent/" + m.Via
				}
				got = append(got, s)
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%s:\n got %q\nwant %q", d.Text, got, tc.want)
			}
		})
	}
}

// TestPrefixAgent checks imported agents whose code goes before the
// owner's ("RIGHTS GROUP [NGO~]").
func TestPrefixAgent(t *testing.T) {
	k := kb.New([]*kb.Entity{
		{ID: "val", Kind: kb.KindCountry, Name: "Valdor", Code: "VAL", Country: "VAL"},
		{ID: "ngo", Kind: kb.KindAgent, Name: "rights group", Code: "NGO", Sector: "NGO", Nouns: []string{"rights group"}, Prefix: true},
		{ID: "dip", Kind: kb.KindAgent, Name: "diplomat", Code: "GOV", Sector: "GOV", Nouns: []string{"diplomat"}},
	})
	r := New(k)
	tests := []struct{ text, want string }{
		{"rights_group/NOUN Valdor/PROPN spoke/VERB", "rights group Valdor=NGOVAL"},
		{"a/DET rights_group/NOUN Valdor/PROPN diplomat/NOUN spoke/VERB", "rights group Valdor diplomat=NGOVALGOV"},
		{"a/DET rights_group/NOUN spoke/VERB", "rights group=NGO"}, // alone: a bare agent
	}
	for _, tc := range tests {
		d := tagged(tc.text)
		if err := r.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range d.Actors {
			got = append(got, m.Text+"="+m.Code)
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%s: got %q, want %q", d.Text, got, tc.want)
		}
	}
}

// TestOrgHeads checks data/org-heads.txt and its reader.
func TestOrgHeads(t *testing.T) {
	h, err := parseOrgHeads(orgHeadsText)
	if err != nil {
		t.Fatal(err)
	}
	if h.sector["Authority"] != "GOV" || h.sector["Board"] != "" || !h.skip["Georgia"] {
		t.Errorf("org-heads.txt read wrongly: Authority %q, Board %q, skip Georgia %v", h.sector["Authority"], h.sector["Board"], h.skip["Georgia"])
	}
	for _, bad := range []string{"Board", "Board XYZ", "Board GOV\nBoard MIL"} {
		if _, err := parseOrgHeads(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestPartyWords checks data/party-words.txt and its reader.
func TestPartyWords(t *testing.T) {
	w, err := parsePartyWords(partyWordsText)
	if err != nil {
		t.Fatal(err)
	}
	if w["Republican"] != "USAPTY" {
		t.Errorf("Republican: %q", w["Republican"])
	}
	for _, bad := range []string{"Republican", "Republican XYZPTY", "Republican PTY", "Tory GBRPTY\nTory GBRPTY"} {
		if _, err := parsePartyWords(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestThingWords checks data/thing-words.txt and its reader.
func TestDescriptionModifiers(t *testing.T) {
	m, err := parseDescriptionModifiers(descriptionModifiersText)
	if err != nil {
		t.Fatal(err)
	}
	if !m["gulf"]["QAT"] || m["gulf"]["IRN"] || !m["island"]["FJI"] {
		t.Errorf("gulf QAT %v, gulf IRN %v, island FJI %v", m["gulf"]["QAT"], m["gulf"]["IRN"], m["island"]["FJI"])
	}
	for _, bad := range []string{"gulf", "Gulf QAT", "gulf Qatar", "gulf QAT\ngulf QAT"} {
		if _, err := parseDescriptionModifiers(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestThingWords(t *testing.T) {
	w, err := parseThingWords(thingWordsText)
	if err != nil {
		t.Fatal(err)
	}
	if w["mistake"] != "judgement" || w["total"] != "quantity" || w["company"] != "" {
		t.Errorf("mistake %q, total %q, company %q", w["mistake"], w["total"], w["company"])
	}
	for _, bad := range []string{"mistake", "mistake opinion", "Mistake judgement", "total quantity\ntotal judgement"} {
		if _, err := parseThingWords(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestGenderWords(t *testing.T) {
	w, n, err := parseGenderWords(genderWordsText)
	if err != nil {
		t.Fatal(err)
	}
	if w["queen"] != "f" || w["mr."] != "m" || n["Sidney"] != "m" || n["Hillary"] != "f" {
		t.Errorf("queen %q, mr. %q, Sidney %q, Hillary %q", w["queen"], w["mr."], n["Sidney"], n["Hillary"])
	}
	for _, bad := range []string{"queen", "queen x", "Queen f extra", "queEn f", "king m\nking f"} {
		if _, _, err := parseGenderWords(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestShippedKB checks entries of the shipped knowledge base that rules
// of this package rely on, on invented sentences.
func TestShippedKB(t *testing.T) {
	k, err := kb.Load(kb.Data())
	if err != nil {
		t.Fatal(err)
	}
	r := New(k)
	tests := []struct{ text, want string }{
		{"Gazans/PROPN protested/VERB on/ADP Monday/PROPN", "Gazans=PSE"},
		{"Nepali/ADJ officials/NOUN spoke/VERB", "Nepali officials=NPLGOV"},
		{"Saudis/PROPN protested/VERB on/ADP Monday/PROPN", "Saudis=SAU"},
		{"Border/PROPN Patrol/PROPN agents/NOUN arrested/VERB them/PRON", "Border Patrol=USACOP"},
		{"The/DET AFL-CIO/PROPN endorsed/VERB her/PRON", "The AFL-CIO=USALAB"},
		{"Pres./PROPN Jane/PROPN Doe/PROPN spoke/VERB", "Pres. Jane Doe=GOV"},
		{"The/DET Kenya/PROPN Wildlife/PROPN Service/PROPN said/VERB poachers/NOUN left/VERB", "Kenya Wildlife Service=KENGOV"},
		{"The/DET PAIGC/PROPN won/VERB", "PAIGC=GNBPTY"},
		{"The/DET Patriotic/PROPN Salvation/PROPN Movement/PROPN won/VERB", "Patriotic Salvation Movement=TCDPTY"},
		{"Kwa/PROPN Na/PROPN Kwa/PROPN supporters/NOUN marched/VERB", "Kwa Na Kwa=CAFPTY"},
		{"Les/PROPN Démocrates/PROPN boycotted/VERB the/DET vote/NOUN", "Les Démocrates=BENPTY"},
		{"The/DET Myanmar/PROPN junta/NOUN arrested/VERB them/PRON", "Myanmar junta=MMRGOV"},
	}
	for _, tc := range tests {
		d := tagged(tc.text)
		d.Published, _ = doc.ParseTime("2024-06-01")
		if err := r.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range d.Actors {
			if m.Code != "" {
				got = append(got, m.Text+"="+m.Code)
			}
		}
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("%s: got %q, want %q first", d.Text, got, tc.want)
		}
	}
}

// TestOtherNames checks that a one-word KB alias written before another
// name word is not the KB's person, and that a body, an office or the
// person's own name after it leaves it alone (shipped KB; the first
// sentence, often a headline, is never tested).
func TestOtherNames(t *testing.T) {
	k, err := kb.Load(kb.Data())
	if err != nil {
		t.Fatal(err)
	}
	r := New(k)
	tests := []struct {
		text, mention, code string
	}{
		{"the/DET cleric/NOUN Anwar/PROPN al-Awlaki/PROPN preached/VERB", "Anwar al-Awlaki", "REL"},
		{"a/DET tower/NOUN called/VERB Trump/PROPN Plaza/PROPN opened/VERB", "Trump Plaza", ""},
		{"former/ADJ Obama/PROPN Education/PROPN Secretary/PROPN Jane/PROPN Roe/PROPN spoke/VERB", "Obama", "USA"},
		{"the/DET Obama/PROPN administration/NOUN spoke/VERB", "Obama", "USA"},
		{"Trump/PROPN Tuesday/PROPN said/VERB no/INTJ", "Trump", "USA"},
	}
	for _, tc := range tests {
		d := tagged("Officials/NOUN spoke/VERB ./PUNCT || " + tc.text)
		d.Published, _ = doc.ParseTime("2024-06-01")
		if err := r.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range d.Actors {
			if m.Text == tc.mention {
				found = true
				if !strings.HasPrefix(m.Code, tc.code) || tc.code == "" && m.Code != "" {
					t.Errorf("%s: %q coded %q, want %q", d.Text, m.Text, m.Code, tc.code)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention %q in %v", d.Text, tc.mention, d.Actors)
		}
	}
}

// TestDatedGroup checks that a group whose status changed has the code
// and the sector of its role on the document's date, as a name and as
// the modifier of an agent noun.
func TestDatedGroup(t *testing.T) {
	k, err := kb.Load(os.DirFS("testdata/kb"))
	if err != nil {
		t.Fatal(err)
	}
	checkDatedGroups(t, New(k), []datedGroupCase{
		{"2016-10-01", "The/DET Steppe/PROPN Movement/PROPN attacked/VERB", "Steppe Movement", "UKRREB", "REB"},
		{"2022-10-01", "The/DET Steppe/PROPN Movement/PROPN attacked/VERB", "Steppe Movement", "UKRGOV", "GOV"},
		{"2021-08-15", "The/DET Steppe/PROPN Guard/PROPN spoke/VERB", "Steppe Guard", "UKRGOV", "GOV"},
		{"2016-10-01", "Steppe/PROPN Movement/PROPN fighters/NOUN attacked/VERB", "Steppe Movement fighters", "UKRREB", "REB"},
		{"2022-10-01", "Steppe/PROPN Movement/PROPN fighters/NOUN attacked/VERB", "Steppe Movement fighters", "UKRMIL", "MIL"},
		{"2022-10-01", "Steppe/PROPN Movement/PROPN officials/NOUN spoke/VERB", "Steppe Movement officials", "UKRGOV", "GOV"},
	})
}

// TestBareSurname checks that a one-word name several KB people bear is
// the one whose country the document names, and stays unknown on a tie,
// without a named country or when a fuller name of the document ends in
// it.
func TestBareSurname(t *testing.T) {
	k, err := kb.Load(os.DirFS("testdata/kb"))
	if err != nil {
		t.Fatal(err)
	}
	r := New(k)
	tests := []struct {
		name, text, code string
	}{
		{"the country the document names", "Ukraine/PROPN protested/VERB ./PUNCT || Moroz/PROPN spoke/VERB", "UKRGOV"},
		{"the other country", "Officials/NOUN in/ADP Russia/PROPN spoke/VERB ./PUNCT || Moroz/PROPN agreed/VERB", "RUSGOV"},
		{"no country named", "Officials/NOUN spoke/VERB ./PUNCT || Moroz/PROPN agreed/VERB", ""},
		{"both countries named as often", "Russia/PROPN and/CCONJ Ukraine/PROPN met/VERB ./PUNCT || Moroz/PROPN spoke/VERB", ""},
		{"the country of its own sentence first", "Russia/PROPN protested/VERB ./PUNCT || Russia/PROPN warned/VERB ./PUNCT || Moroz/PROPN visited/VERB Ukraine/PROPN", "UKRGOV"},
		{"a fuller name of the document", "Ukraine/PROPN protested/VERB ./PUNCT || Anna/PROPN Moroz/PROPN spoke/VERB ./PUNCT || Moroz/PROPN left/VERB", ""},
	}
	for _, tc := range tests {
		d := tagged(tc.text)
		d.Published, _ = doc.ParseTime("2016-10-01")
		if err := r.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range d.Actors {
			if m.Text == "Moroz" {
				found = true
				if m.Code != tc.code {
					t.Errorf("%s: %q coded %q, want %q", tc.name, m.Text, m.Code, tc.code)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention Moroz in %v", tc.name, d.Actors)
		}
	}
}

// datedGroupCase is a mention expected with a code and sector on a date.
type datedGroupCase struct{ published, text, mention, code, sector string }

// checkDatedGroups recognises each tagged text as published on its date
// and checks the code and sector of the mention ending in the expected
// text.
func checkDatedGroups(t *testing.T, r *Recognizer, tests []datedGroupCase) {
	t.Helper()
	for _, tc := range tests {
		d := tagged(tc.text)
		d.Published, _ = doc.ParseTime(tc.published)
		if err := r.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range d.Actors {
			if strings.HasSuffix(m.Text, tc.mention) {
				found = true
				if m.Code != tc.code || m.Sector != tc.sector {
					t.Errorf("%s on %s: %q coded %s/%s, want %s/%s", d.Text, tc.published, m.Text, m.Code, m.Sector, tc.code, tc.sector)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention %q in %v", d.Text, tc.mention, d.Actors)
		}
	}
}

// TestShippedDatedGroups checks groups of the shipped KB whose status
// changed: their code and sector on the document's date.
func TestShippedDatedGroups(t *testing.T) {
	k, err := kb.Load(kb.Data())
	if err != nil {
		t.Fatal(err)
	}
	checkDatedGroups(t, New(k), []datedGroupCase{
		{"2016-10-01", "The/DET Taliban/PROPN attacked/VERB a/DET checkpoint/NOUN", "Taliban", "AFGREB", "REB"},
		{"2022-10-01", "The/DET Taliban/PROPN banned/VERB the/DET protest/NOUN", "Taliban", "AFGGOV", "GOV"},
		{"2019-05-01", "Hayat/PROPN Tahrir/PROPN al-Sham/PROPN shelled/VERB the/DET town/NOUN", "Hayat Tahrir al-Sham", "SYRREB", "REB"},
		{"2024-12-20", "Hayat/PROPN Tahrir/PROPN al-Sham/PROPN appointed/VERB a/DET minister/NOUN", "Hayat Tahrir al-Sham", "SYRGOV", "GOV"},
		{"2020-06-01", "The/DET Houthis/PROPN fired/VERB missiles/NOUN", "Houthis", "YEMREB", "REB"},
		// A group's own fighters, forces and officials: the group on
		// that date, with its sector; the armed men of a group that
		// governs are the state's military.
		{"2016-10-01", "Taliban/PROPN fighters/NOUN attacked/VERB a/DET checkpoint/NOUN", "Taliban fighters", "AFGREB", "REB"},
		{"2016-10-01", "Taliban/PROPN forces/NOUN shelled/VERB a/DET village/NOUN", "Taliban forces", "AFGREB", "REB"},
		{"2022-10-01", "Taliban/PROPN fighters/NOUN beat/VERB the/DET protesters/NOUN", "Taliban fighters", "AFGMIL", "MIL"},
		{"2022-10-01", "Taliban/PROPN officials/NOUN banned/VERB the/DET protest/NOUN", "Taliban officials", "AFGGOV", "GOV"},
		{"2019-05-01", "HTS/PROPN fighters/NOUN shelled/VERB the/DET town/NOUN", "HTS fighters", "SYRREB", "REB"},
		{"2020-06-01", "Houthi/PROPN militants/NOUN fired/VERB missiles/NOUN", "Houthi militants", "YEMREB", "REB"},
	})
}

// TestGivenNames checks given names of the session 13 additions and
// names left out because they also stand in other names ("Ben Ali") or
// for a country ("Chad").
func TestGivenNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Elena Roe", "f"}, {"Mykola Roe", "m"}, {"Kemi Roe", "f"}, {"Jean-Luc Roe", "m"},
		{"Ben Roe", ""}, {"Chad Roe", ""}, {"Nicola Roe", ""}, {"Roe Elena", ""},
	}
	for _, tc := range tests {
		d := &doc.Doc{Text: tc.text}
		m := doc.Mention{Span: doc.Span{Start: 0, End: len(tc.text)}, Text: tc.text}
		if got := mentionGender(d, m); got != tc.want {
			t.Errorf("mentionGender(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
