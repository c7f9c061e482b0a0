package lemma

import "testing"

// TestGet checks get against indexing with key, and that a word found in
// the exact table is lemmatised without building any string.
func TestGet(t *testing.T) {
	m := map[string]string{key("Walked", "VBD"): "walk", key("", ""): "empty", key("a-very-long-hyphenated-word-of-more-than-sixty-four-bytes-in-all", "JJ"): "long"}
	for _, k := range [][2]string{{"Walked", "VBD"}, {"walked", "VBD"}, {"", ""}, {"Walked", ""}, {"a-very-long-hyphenated-word-of-more-than-sixty-four-bytes-in-all", "JJ"}} {
		want, wok := m[key(k[0], k[1])]
		if got, ok := get(m, k[0], k[1]); got != want || ok != wok {
			t.Errorf("get(%q, %q) = %q, %v, want %q, %v", k[0], k[1], got, ok, want, wok)
		}
	}
	l, err := Train([]Example{{"walked", "VERB", "VBD", "walk"}, {"The", "DET", "DT", "the"}})
	if err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { l.Lemma("The", "DET", "DT") }); n != 0 {
		t.Errorf("Lemma allocates %v times", n)
	}
}
