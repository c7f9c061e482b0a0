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

// headlineMinor are the short words title case leaves in lower case.
var headlineMinor = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "from": true, "by": true, "as": true,
	"over": true, "into": true, "after": true, "amid": true, "vs": true, "via": true, "off": true, "up": true,
}

// TitleCased reports whether a sentence is a headline in title case
// ("Putin Warns West Against Sending Missiles to Ukraine"): four words or
// more, no final full stop, and every word of letters capitalised but the
// short ones title case leaves alone ("to", "of", "the" ...). The tagger
// reads such a sentence as running text would be written.
func TitleCased(words []string) bool {
	n, capped := 0, 0
	for _, w := range words {
		if w == "" || !isLetter(w[0]) {
			continue
		}
		n++
		switch {
		case 'A' <= w[0] && w[0] <= 'Z':
			capped++
		case !headlineMinor[w]:
			return false
		}
	}
	last := words[len(words)-1]
	return n >= 4 && capped >= 3 && last != "." && !Shouted(words)
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
