package coder

import (
	"github.com/petrel-events/petrel/doc"
	"os"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/kb/petrarch"
	"github.com/petrel-events/petrel/ontology"
)

func newPetrarchCoder(t *testing.T) *Coder {
	t.Helper()
	f, err := os.Open("testdata/petrarch.verbs")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := petrarch.ReadVerbs(f, "petrarch.verbs")
	if err != nil {
		t.Fatal(err)
	}
	base, err := DefaultDictionary()
	if err != nil {
		t.Fatal(err)
	}
	d, notes, err := FromPETRARCH(v, base)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) > 0 {
		t.Fatalf("notes: %v", notes)
	}
	onto, err := ontology.Load()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(d, onto, Config{DropNegated: true, RequireDyad: true, KnownActorsOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestFromPETRARCH(t *testing.T) {
	docs := readDep(t, "testdata/petrarch.dep")
	c := newPetrarchCoder(t)
	tests := []struct {
		name string
		want string // "CODE SRC>TGT" per event, ";"-joined
	}{
		{"mend-default", "064 VAL>KES"},                        // block code; target: first actor after the verb
		{"mend-noun-phrase", "085 VAL>KES"},                    // {TRADE LINKS}: head and modifier
		{"mend-preps-synset", "0311 VAL>KES"},                  // (WITH +) binds the target, (OVER &CROPS) a multiword member
		{"mend-pronoun-for-composed-source", "064 VALGOV>KES"}, // "their" stands for the ambassadors of Valdor
		{"mend-reporter-not-target", ""},                       // the reporting clause hung under the verb names no target
		{"mend-shared-demonym", "064 VALMED+VALGOV>KES"},       // "Valdorian" qualifies both nouns
		{"mend-null", ""},                                      // NOT * [---]: no event
		{"arrive-paired", "032 ORLGOV>KES;033 KES>ORLGOV"},     // [032:033]
		{"settle-compound", "046 VAL>KES;046 KES>VAL"},         // % *: reciprocal
		{"settle-no-pattern", ""},                              // block [---] and no pattern
		{"tell-off", "112 VAL>KES"},                            // multi-word verb with its own code
		{"lemma-missed", "111 VAL>KES"},
		{"subject-target-object", "111 VAL>ORLCOP"},
		{"feast-skip-target", "043 VAL>KES"},              // "^" passes over Orlond, "+" is the next actor
		{"feast-joined", "044 VAL>KES"},                   // NEW_&CROPS_HARVEST: adjacent words
		{"feast-not-joined", "181 VAL>KES"},               // "new fine rye harvest": not adjacent, the block code
		{"liberate-passive", "066 VAL>KES"},               // "+ * FROM $": the passive subject is the target
		{"lament-noted", "115 ORL>VAL"},                   // "NOTED + *": the governing clause's subject is the source
		{"concur-with-coordinated", "031 VAL>KES+ORL"},    // "* WITH %": coordinated actors after "with"
		{"concur-with-one", "081 VAL>KES"},                // one actor: the block code
		{"reconcile-advcl-governor-words", "083 VAL>KES"}, // an infinitival adverbial sees its governor's words
		{"quarrel-governor-negation", "904 VAL>KES"},      // "did not try to quarrel": the governor's negation is the pattern's
		{"permit-joined-before", "025 VAL>KES"},           // "LATELY_*": the word right before the verb
		{"permit-not-joined", "080 VAL>KES"},              // "lately did permit": not adjacent, the block code
		{"ship-synset-contiguous", "073 VAL>KES"},         // "winter durum wheat" is not WINTER WHEAT: members are contiguous
		{"mend-target-mention-head", "064 VAL>KESOPP"},    // the target mention's head takes its "of" owner
		{"dine-hosting-source-after", "042 ORL>VAL"},      // "+ HOSTING * SUPPER WITH $": the host is the target, "$" the source
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := codeFixture(t, c, docs, tc.name, func(e doc.Event) string {
				return e.CAMEO.Code + " " + codes(e.Actors) + ">" + codes(e.Recipients)
			})
			if got != tc.want {
				t.Errorf("events of %q:\n got %s\nwant %s", docs[tc.name].Text, got, tc.want)
			}
		})
	}
}

func TestRegularForms(t *testing.T) {
	tests := []struct{ verb, want string }{
		{"welcome", "welcomes welcomed welcoming"},
		{"rally", "rallies rallied rallying"},
		{"reach", "reaches reached reaching"},
		{"agree", "agrees agreed agreeing"},
	}
	for _, tc := range tests {
		if got := strings.Join(regularForms(tc.verb), " "); got != tc.want {
			t.Errorf("regularForms(%q) = %q, want %q", tc.verb, got, tc.want)
		}
	}
}

func TestDiscards(t *testing.T) {
	d := &Discards{Sentence: []DiscardPhrase{{Phrase: "cricket"}, {Phrase: "grand prix", Exact: true}}}
	tests := []struct {
		text string
		want bool
	}{
		{"The Cricket board met.", true},
		{"Cricketers met.", true},       // a stem
		{"Bricket met.", false},         // not at a word start
		{"The Grand Prix ended.", true}, // exact, at a boundary
		{"The grand prixes ended.", false},
	}
	for _, tc := range tests {
		if got := d.sentence(tc.text); got != tc.want {
			t.Errorf("sentence(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestNullAndReversePatterns(t *testing.T) {
	tests := []struct {
		in, code, reverse string
	}{
		{"* drill => ---", NullCode, ""},
		{"* in TGT => 032 reverse=033", "032", "033"},
	}
	for _, tc := range tests {
		p, err := parsePattern(tc.in)
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if p.Code != tc.code || p.Reverse != tc.reverse {
			t.Errorf("%q: code %q reverse %q, want %q %q", tc.in, p.Code, p.Reverse, tc.code, tc.reverse)
		}
	}
	if _, err := parsePattern("* => 032 reverse=abc"); err == nil {
		t.Error("reverse=abc accepted")
	}
}
