package model

import (
	"strings"
	"unsafe"
)

// wordCacheMax bounds a scratch's word cache: when it holds that many
// words it is emptied. 8,192 words cover most of the running words of
// news (function words, names and topic words repeat) and keep the cache
// small enough to stay in the processor's caches, unlike the
// lemmatiser's and analyser's tables, which it spares a look-up each.
const wordCacheMax = 1 << 13

// wordInfo is what a word form with a tag always gets: its lemma and its
// features before agreement.
type wordInfo struct {
	lemma, feats string
}

// wordInfo returns the lemma and the features of form with tag t, from
// sc's cache or from the lemmatiser and the analyser. Both are functions
// of the form and the tag alone, so the cache changes no output.
func (m *Model) wordInfo(sc *scratch, form string, t int) (string, string) {
	// The key is the form, a zero byte and the tag's two bytes, built in
	// a buffer on the stack: a look-up allocates nothing.
	var buf [48]byte
	k := append(append(buf[:0], form...), 0, byte(t), byte(t>>8))
	if w, ok := sc.words[string(k)]; ok {
		return w.lemma, w.feats
	}
	u, x := m.upos[t], m.xpos[t]
	w := wordInfo{lemma: m.lemma.Lemma(form, u, x), feats: m.morph.Feats(form, u, x)}
	if sc.words == nil {
		sc.words = make(map[string]wordInfo, wordCacheMax)
	} else if len(sc.words) >= wordCacheMax {
		clear(sc.words)
	}
	// The lemma may share the form's bytes, and the form those of a
	// document's text: then it is taken from the key's copy of the form
	// (or copied), so that the cache keeps no document alive.
	key := string(k)
	if w.lemma == form {
		w.lemma = key[:len(form)]
	} else if shares(w.lemma, form) {
		w.lemma = strings.Clone(w.lemma)
	}
	sc.words[key] = w
	return w.lemma, w.feats
}

// shares tells whether s lies in t's bytes.
func shares(s, t string) bool {
	if s == "" || t == "" {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(t)))
	return p >= lo && p < lo+uintptr(len(t))
}
