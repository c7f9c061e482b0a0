package model

import (
	"strings"
	"testing"
)

// TestWordCache checks that the word cache gives the lemmatiser's and the
// analyser's answers, with a cold, a warm and a just-emptied cache, that
// it stays within its bound, and that a cached lemma shares no bytes with
// the text it came from.
func TestWordCache(t *testing.T) {
	m := load(t)
	sentences := []string{
		"The ministers of Freedonia met their counterparts in Sylvania on Tuesday .",
		"Rebels seized two villages and were holding 14 hostages , officials said .",
		"She has been writing letters to the councils since 2019 .",
		"\"We will not negotiate ,\" the spokesman told reporters in Capital City .",
		"Prices rose 3.5 % , the fastest pace in 1,200 days , after the strikes .",
		"Thousands MARCHED through the streets ; the police withdrew .",
	}
	sc := new(scratch)
	check := func(pass string) {
		for _, s := range sentences {
			forms := strings.Fields(s)
			sc.tags = grow(sc.tags, len(forms))
			m.tagger.Tag(&sc.ts, forms, sc.tags)
			for i, f := range forms {
				tag := sc.tags[i]
				u, x := m.upos[tag], m.xpos[tag]
				wantL, wantF := m.lemma.Lemma(f, u, x), m.morph.Feats(f, u, x)
				gotL, gotF := m.wordInfo(sc, f, tag)
				if gotL != wantL || gotF != wantF {
					t.Errorf("%s: %q/%s: got %q %q, want %q %q", pass, f, x, gotL, gotF, wantL, wantF)
				}
				if len(sc.words) > wordCacheMax {
					t.Fatalf("%s: cache holds %d words, bound %d", pass, len(sc.words), wordCacheMax)
				}
			}
		}
	}
	check("cold")
	if len(sc.words) == 0 {
		t.Fatal("nothing cached")
	}
	check("warm")
	// Fill the cache to its bound: the next new word empties it.
	for i := len(sc.words); i < wordCacheMax; i++ {
		sc.words[strings.Repeat("x", i%40)+string(rune('a'+i%26))+string(rune(i))] = wordInfo{}
	}
	check("emptied")

	// A lemma cut from the form (an unknown plural's stem) is copied.
	text := []byte("the blorfs")
	form := string(text[4:])
	nns := m.tagIndex(t, "NNS")
	if l := m.lemma.Lemma(form, m.upos[nns], "NNS"); !shares(l, form) {
		t.Fatalf("premise: the lemmatiser's %q shares no bytes with %q", l, form)
	}
	l, _ := m.wordInfo(new(scratch), form, nns)
	if l != "blorf" {
		t.Fatalf("lemma of %q = %q, want blorf", form, l)
	}
	if shares(l, form) {
		t.Errorf("cached lemma %q shares the form's bytes", l)
	}
}

// tagIndex returns the index of the first tag with XPOS xpos.
func (m *Model) tagIndex(t *testing.T, xpos string) int {
	t.Helper()
	for i, x := range m.xpos {
		if x == xpos {
			return i
		}
	}
	t.Fatalf("no tag %s", xpos)
	return -1
}

func TestShares(t *testing.T) {
	s := "abcdef"
	for _, c := range []struct {
		a    string
		want bool
	}{
		{s[2:4], true}, {s[:1], true}, {s[5:], true}, {s[6:], false},
		{strings.Clone(s[2:4]), false}, {"", false},
	} {
		if got := shares(c.a, s); got != c.want {
			t.Errorf("shares(%q) = %v, want %v", c.a, got, c.want)
		}
	}
}
