package doc

// Shouted reports whether a sentence is written in capitals, as some
// headlines are ("RUSSIA WARNS NATO AGAINST SENDING TROOPS"): three words
// or more, at least twelve upper-case ASCII letters, and nine letters in
// ten upper-case. The tagger truecases such sentences and the actors layer
// matches their names as the KB writes them.
func Shouted(words []string) bool {
	upper, lower := 0, 0
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			switch c := w[i]; {
			case 'A' <= c && c <= 'Z':
				upper++
			case 'a' <= c && c <= 'z':
				lower++
			}
		}
	}
	return len(words) >= 3 && upper >= 12 && lower*10 < upper
}

// SentenceWords returns the texts of sentence s's tokens.
func (d *Doc) SentenceWords(s int) []string {
	sent := d.Sentences[s]
	words := make([]string, 0, sent.TokenEnd-sent.TokenStart)
	for _, t := range d.Tokens[sent.TokenStart:sent.TokenEnd] {
		words = append(words, t.Text)
	}
	return words
}
