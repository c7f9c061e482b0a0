package morph

import "testing"

// TestSetKeeps checks that Set's shortcut returns what the full rebuild
// returns, on feature lists sorted or not, with repeats, empty and "_"
// features, names without values and odd case.
func TestSetKeeps(t *testing.T) {
	feats := []string{
		"", "_", "|", "Number=Sing", "Number=Sing|Person=3", "Person=3|Number=Sing",
		"Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "Number=Sing|Number=Sing",
		"Number=Plur|Number=Sing", "Number=Sing||Person=3", "Number=Sing|_", "Voice",
		"Tense=Past|VerbForm=Part|Voice=Pass", "Tense=Past|VerbForm=Part", "number=Sing|Number=Sing",
		"Abbr=Yes|abbr=Yes", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "Voice=Pass|Tense=Past",
		"Number=Sing|Person=3|", "Person=", "Person=|Number=Sing",
	}
	names := []string{"Number", "Person", "Voice", "Tense", "Abbr"}
	values := []string{"", "Sing", "Plur", "3", "Pass", "Yes"}
	for _, f := range feats {
		for _, n := range names {
			for _, v := range values {
				if got, want := Set(f, n, v), rebuild(f, n, v); got != want {
					t.Errorf("Set(%q, %q, %q) = %q, want %q", f, n, v, got, want)
				}
			}
		}
	}
}

// TestFeatsKey checks that Feats finds a word's features under the key
// wordKey builds, whatever the case and script of the form, and that it
// builds no strings for it.
func TestFeatsKey(t *testing.T) {
	a := Train([]Example{
		{"their", "PRON", "PRP$", "Number=Plur|Person=3|Poss=Yes|PronType=Prs"},
		{"Über", "ADP", "IN", "Foreign=Yes"},
		{"İstanbul", "PROPN", "NNP", "Number=Sing"},
		{"a-very-long-hyphenated-word-of-more-than-sixty-four-bytes-in-all", "ADJ", "JJ", "Degree=Pos"},
	})
	for _, form := range []string{"their", "THEIR", "Their", "über", "ÜBER", "İstanbul", "i̇stanbul", "A-Very-Long-Hyphenated-Word-Of-More-Than-Sixty-Four-Bytes-In-All"} {
		for _, tags := range [][2]string{{"PRON", "PRP$"}, {"ADP", "IN"}, {"PROPN", "NNP"}, {"ADJ", "JJ"}} {
			want, ok := a.byWord[wordKey(form, tags[0], tags[1])]
			if !ok {
				want = a.byTag[tags[0]+"\x00"+tags[1]]
			}
			if got := a.Feats(form, tags[0], tags[1]); got != want {
				t.Errorf("Feats(%q, %s, %s) = %q, want %q", form, tags[0], tags[1], got, want)
			}
		}
	}
	if n := testing.AllocsPerRun(100, func() { a.Feats("Their", "PRON", "PRP$") }); n != 0 {
		t.Errorf("Feats allocates %v times", n)
	}
}
