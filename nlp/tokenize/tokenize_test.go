package tokenize

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/nlp/clean"
)

// render shows tokens separated by "|" and sentences by " ‖ ".
func render(sents []doc.Sentence, toks []doc.Token) string {
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			b.WriteString(" ‖ ")
		}
		for j, t := range toks[s.TokenStart:s.TokenEnd] {
			if j > 0 {
				b.WriteByte('|')
			}
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tk := New()
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"simple", "The talks failed.", "The|talks|failed|."},
		{"two sentences", "The talks failed. Both sides left.", "The|talks|failed|. ‖ Both|sides|left|."},
		{"dateline with credit and dash", "WASHINGTON (Reuters) - Officials met.", "WASHINGTON|(|Reuters|)|- ‖ Officials|met|."},
		{"dateline with credit", "MEXICO CITY (AP) Mexico's Senate voted.", "MEXICO|CITY|(|AP|) ‖ Mexico|'s|Senate|voted|."},
		{"dateline with state and date", "ALBUQUERQUE, N.M., Sept. 5 — Two senators spoke.", "ALBUQUERQUE|,|N.M.|,|Sept.|5|— ‖ Two|senators|spoke|."},
		{"dateline with a country", "MANILA, Philippines – Ahead of Easter, the cardinal spoke.", "MANILA|,|Philippines|– ‖ Ahead|of|Easter|,|the|cardinal|spoke|."},
		{"dateline with a country and credit", "LAGOS, Nigeria (AP) — Gunmen freed the pupils.", "LAGOS|,|Nigeria|(|AP|)|— ‖ Gunmen|freed|the|pupils|."},
		{"dateline with a saint's name in capitals", "ST. PAUL, Minn. (AP) — Lawmakers voted.", "ST.|PAUL|,|Minn.|(|AP|)|— ‖ Lawmakers|voted|."},
		{"upper-case words without a mark", "OKLAHOMA CITY The Latest on teachers.", "OKLAHOMA|CITY|The|Latest|on|teachers|."},
		{"question and exclamation", "Why? Because! Then what", "Why|? ‖ Because|! ‖ Then|what"},
		{"title abbreviations", "Mr. Smith met Dr. Jones and Gen. Lee.", "Mr.|Smith|met|Dr.|Jones|and|Gen.|Lee|."},
		{"more titles", "Sen. Ann Bay, Gov. Roe, Lt. Col. Kim and Mrs. Ono spoke.", "Sen.|Ann|Bay|,|Gov.|Roe|,|Lt.|Col.|Kim|and|Mrs.|Ono|spoke|."},
		{"country abbreviation inside", "The U.S. Army and the U.K. government agreed.", "The|U.S.|Army|and|the|U.K.|government|agreed|."},
		{"abbreviation ends sentence", "He lives in the U.S. The next day he left.", "He|lives|in|the|U.S|. ‖ The|next|day|he|left|."},
		{"abbreviation ends text", "She works for Acme Corp.", "She|works|for|Acme|Corp|."},
		{"abbreviation before paragraph", "Made in the U.K.\nNext paragraph.", "Made|in|the|U.K|. ‖ Next|paragraph|."},
		{"company not followed by starter", "Acme Inc. said it would sue.", "Acme|Inc.|said|it|would|sue|."},
		{"initials", "George W. Bush and J.K. Rowling met.", "George|W.|Bush|and|J.K.|Rowling|met|."},
		{"months", "On Sept. 5 and Jan. 12, 2025, they met.", "On|Sept.|5|and|Jan.|12|,|2025|,|they|met|."},
		{"times", "At 10:30 a.m. and 5 p.m. they spoke.", "At|10:30|a.m.|and|5|p.m.|they|spoke|."},
		{"am pm attached", "It starts at 5pm or 10:30AM.", "It|starts|at|5|pm|or|10:30|AM|."},
		{"numbered abbreviation", "He lives at No. 10 Downing Street.", "He|lives|at|No.|10|Downing|Street|."},
		{"no as a word", "The answer was no. He left.", "The|answer|was|no|. ‖ He|left|."},
		{"latin", "Fruit, e.g. apples, i.e. food, etc. are sold vs. bought.", "Fruit|,|e.g.|apples|,|i.e.|food|,|etc.|are|sold|vs.|bought|."},
		{"decimal", "Growth was 3.5 percent. Prices fell.", "Growth|was|3.5|percent|. ‖ Prices|fell|."},
		{"number at sentence end", "The toll rose to 35. Rescuers left.", "The|toll|rose|to|35|. ‖ Rescuers|left|."},
		{"thousands money percent", "It cost $1,000 or 5% of €20m.", "It|cost|$|1,000|or|5|%|of|€|20m|."},
		{"decades ordinals", "In the 1990s and on the 2nd day.", "In|the|1990s|and|on|the|2nd|day|."},
		{"dates", "On 09/05/2025 or 2025-09-06 they met.", "On|09/05/2025|or|2025-09-06|they|met|."},
		{"year range split", "The war of 1980-1988 ended.", "The|war|of|1980|-|1988|ended|."},
		{"phone kept", "Call 713-853-3242 now.", "Call|713-853-3242|now|."},
		{"hyphen split", "A 15-year-old well-known man.", "A|15|-|year|-|old|well|-|known|man|."},
		{"hyphen prefix kept", "Send an e-mail on post-war non-violent re-election.", "Send|an|e-mail|on|post-war|non-violent|re-election|."},
		{"slash", "Peace and/or war, 24/7, w/o doubt.", "Peace|and|/|or|war|,|24/7|,|w/o|doubt|."},
		{"possessive", "Russia’s army and Putin's words.", "Russia|’s|army|and|Putin|'s|words|."},
		{"plural possessive", "The Sanders' house and the states’ rights.", "The|Sanders|'|house|and|the|states|’|rights|."},
		{"negations", "I don't, can't, won't and didn’t.", "I|do|n't|,|ca|n't|,|wo|n't|and|did|n’t|."},
		{"other clitics", "We're, they'll, I've, she'd, I'm.", "We|'re|,|they|'ll|,|I|'ve|,|she|'d|,|I|'m|."},
		{"multiword", "I cannot say. We're gonna win.", "I|can|not|say|. ‖ We|'re|gon|na|win|."},
		{"multiword capitalised", "Cannot stop.", "Can|not|stop|."},
		{"typographic quotes", "He called them “legitimate targets.” Then he left.", "He|called|them|“|legitimate|targets|.|” ‖ Then|he|left|."},
		{"straight quotes", "She said, \"It is over.\" Talks ended.", "She|said|,|\"|It|is|over|.|\" ‖ Talks|ended|."},
		{"single quotes", "The 'deal' is off.", "The|'|deal|'|is|off|."},
		{"question in quote", "“Why now?” he asked.", "“|Why|now|?|”|he|asked|."},
		{"brackets", "The group (Hamas) said [sic] no.", "The|group|(|Hamas|)|said|[|sic|]|no|."},
		{"bracket after stop", "He left. (He said so.) Then", "He|left|. ‖ (|He|said|so|.|) ‖ Then"},
		{"ellipsis", "Wait... no. Then... Later it came.", "Wait|...|no|. ‖ Then|... ‖ Later|it|came|."},
		{"unicode ellipsis", "Wait… More came.", "Wait|… ‖ More|came|."},
		{"dashes", "Peace—or war—came – maybe.", "Peace|—|or|war|—|came|–|maybe|."},
		{"url", "See https://example.org/a?b=1&c=2. Next.", "See|https://example.org/a?b=1&c=2|. ‖ Next|."},
		{"url in parens", "(see www.example.com/x)", "(|see|www.example.com/x|)"},
		{"email", "Write to press@example.org, today.", "Write|to|press@example.org|,|today|."},
		{"handle hashtag", "@user posted #Ukraine news.", "@user|posted|#Ukraine|news|."},
		{"heading", "Putin Warns the West\nThe president spoke.", "Putin|Warns|the|West ‖ The|president|spoke|."},
		{"paragraphs", "First para ends here.\n\nSecond para.", "First|para|ends|here|. ‖ Second|para|."},
		{"wrapped line", "The minister said\nthat talks failed.", "The|minister|said|that|talks|failed|."},
		{"bullets", "- first item\n* second item\n• third", "-|first|item ‖ *|second|item ‖ •|third"},
		{"numbered list", "Steps:\n1. Stop.\n2. Go.", "Steps|: ‖ 1.|Stop|. ‖ 2.|Go|."},
		{"colon no split", "He said: talks failed.", "He|said|:|talks|failed|."},
		{"lowercase after unknown abbreviation", "About approx. five men.", "About|approx.|five|men|."},
		{"emoticon", "Nice :) See you", "Nice|:) ‖ See|you"},
		{"ampersand", "AT&T and Barnes & Noble.", "AT&T|and|Barnes|&|Noble|."},
		{"short word before period", "i loved it. why not", "i|loved|it|. ‖ why|not"},
		{"attached after stop", "It fits the can.? Yes. Fun!it was", "It|fits|the|can|.? ‖ Yes|. ‖ Fun|!|it|was"},
		{"letter closing", "Call me. Regards, Debra Thanks, Sean", "Call|me|. ‖ Regards|, ‖ Debra|Thanks|, ‖ Sean"},
		{"closing before lower case", "Thanks, that helps", "Thanks|,|that|helps"},
		{"clock time header", "Sent 02/13/2001 08:02 PM All: It is done", "Sent ‖ 02/13/2001|08:02|PM ‖ All|:|It|is|done"},
		{"mail time stamp", "Thanks. Kay Mann 02/13/2001 16:13 fyi it is done", "Thanks|. ‖ Kay|Mann ‖ 02/13/2001|16:13 ‖ fyi|it|is|done"},
		{"time stamp after on", "a@b.com on 05/03/2001 01:32:35 PM hi Mark", "a@b.com|on|05/03/2001|01:32:35|PM ‖ hi|Mark"},
		{"rule line", "Kyle Jones ========== NOTE: the end ---------- read it", "Kyle|Jones ‖ ========== ‖ NOTE|:|the|end ‖ ---------- ‖ read|it"},
		{"blank to fill", "Yes _______ No _______ maybe", "Yes|_______|No|_______|maybe"},
		{"informal contractions", "Im sure thats fine, i dunno.", "I|m|sure|that|s|fine|,|i|du|n|no|."},
		{"its contraction", "Its not its fault, its a shame its", "It|s|not|its|fault|,|it|s|a|shame|its"},
		{"closing without comma", "Done.\nThanks Carlos\nThanks For A Great Job", "Done|. ‖ Thanks ‖ Carlos ‖ Thanks|For|A|Great|Job"},
		{"thank you closing", "Call me. Thank you, Sara", "Call|me|. ‖ Thank|you|, ‖ Sara"},
		{"shortened address", "From: Ann <pop...@spinach.eat> Date: today", "From|:|Ann|<|pop...@spinach.eat|> ‖ Date|:|today"},
		{"mixed stops", "Really!. Why?! Sure...? No", "Really|!. ‖ Why|?! ‖ Sure|...|? ‖ No"},
		{"salutation", "Dear Mr. Horton, I have news. Carol - I think so. Now, I see", "Dear|Mr.|Horton|, ‖ I|have|news|. ‖ Carol|- ‖ I|think|so|. ‖ Now|,|I|see"},
		{"url after url", "See http://a.org/x http://b.org/y now", "See|http://a.org/x ‖ http://b.org/y|now"},
		{"attachment marker", "<< File: a.doc >> actually it is << b.doc >> << c.doc >>", "<<|File|:|a.doc|>> ‖ actually|it|is|<<|b.doc|>>|<<|c.doc|>>"},
		{"e-mail without punctuation", "Mail a@b.com Next we go and <c@d.org> Then", "Mail|a@b.com ‖ Next|we|go|and|<|c@d.org|> ‖ Then"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, toks := tk.Tokenize(tt.in)
			if got := render(sents, toks); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
			checkInvariants(t, tt.in, sents, toks)
		})
	}
}

func TestTokenFields(t *testing.T) {
	d := &doc.Doc{Text: "Don't go. It's “late”."}
	New().Process(d)
	want := []struct {
		text     string
		start    int
		space    bool
		sentence int
	}{
		{"Do", 0, false, 0}, {"n't", 2, true, 0}, {"go", 6, false, 0}, {".", 8, true, 0},
		{"It", 10, false, 1}, {"'s", 12, true, 1}, {"“", 15, false, 1}, {"late", 18, false, 1},
		{"”", 22, false, 1}, {".", 25, false, 1},
	}
	if len(d.Tokens) != len(want) {
		t.Fatalf("got %d tokens (%s), want %d", len(d.Tokens), render(d.Sentences, d.Tokens), len(want))
	}
	for i, w := range want {
		tok := d.Tokens[i]
		if tok.Text != w.text || tok.Start != w.start || tok.SpaceAfter != w.space || tok.Sentence != w.sentence || tok.Head != -1 {
			t.Errorf("token %d = %+v, want %+v", i, tok, w)
		}
	}
	if len(d.Sentences) != 2 || d.Sentences[1].Start != 10 || d.Sentences[1].End != len(d.Text) {
		t.Errorf("sentences = %+v", d.Sentences)
	}
}

// checkInvariants verifies the guarantees of Tokenize on any input.
func checkInvariants(t *testing.T, text string, sents []doc.Sentence, toks []doc.Token) {
	t.Helper()
	prevEnd := 0
	for i, tok := range toks {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d span %v overlaps or is out of range (prev end %d, len %d)", i, tok.Span, prevEnd, len(text))
		}
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d: Text %q != text[%d:%d] %q", i, tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		if strings.TrimSpace(text[prevEnd:tok.Start]) != "" && i > 0 {
			t.Fatalf("token %d: non-space text %q skipped", i, text[prevEnd:tok.Start])
		}
		if i > 0 && toks[i-1].SpaceAfter != (tok.Start > toks[i-1].End) {
			t.Fatalf("token %d: SpaceAfter wrong", i-1)
		}
		prevEnd = tok.End
	}
	next := 0
	for si, s := range sents {
		if s.TokenStart != next || s.TokenEnd <= s.TokenStart || s.TokenEnd > len(toks) {
			t.Fatalf("sentence %d token range [%d,%d) does not follow %d", si, s.TokenStart, s.TokenEnd, next)
		}
		if s.Start != toks[s.TokenStart].Start || s.End != toks[s.TokenEnd-1].End {
			t.Fatalf("sentence %d span %v does not match its tokens", si, s.Span)
		}
		for _, tok := range toks[s.TokenStart:s.TokenEnd] {
			if tok.Sentence != si {
				t.Fatalf("token %q has sentence %d, want %d", tok.Text, tok.Sentence, si)
			}
		}
		next = s.TokenEnd
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}

func TestLint(t *testing.T) {
	for _, err := range Lint(nil) {
		t.Error(err)
	}
	bad := fstest.MapFS{
		fileAbbrev:   {Data: []byte("# ok\nU.S.\nUS\nU.S.\n")},
		fileTitles:   {Data: []byte("Mr.\nMr 2.\n")},
		fileNumbered: {Data: []byte("No.\n")},
		fileStarters: {Data: []byte("The\nthe\n")},
		fileMulti:    {Data: []byte("cannot can not\ngonna go na\nwanna\n")},
		filePrefixes: {Data: []byte("non\npre-\n")},
		fileClosings: {Data: []byte("regards\nThanks\n")},
		fileIts:      {Data: []byte("not\nnot\n")},
	}
	want := []string{
		"data/abbreviations.txt:3:", "data/abbreviations.txt:4:", "data/titles.txt:2:",
		"data/starters.txt:2:", "data/closings.txt:2:", "data/its-contraction.txt:2:", "data/multiword.txt:2:", "data/multiword.txt:3:", "data/hyphen-prefixes.txt:2:",
	}
	errs := Lint(bad)
	if len(errs) != len(want) {
		t.Fatalf("Lint = %v, want %d errors", errs, len(want))
	}
	for i, err := range errs {
		if !strings.HasPrefix(err.Error(), want[i]) {
			t.Errorf("error %d = %v, want prefix %s", i, err, want[i])
		}
	}
	if _, err := NewFromFS(bad); err == nil {
		t.Error("NewFromFS accepted malformed lists")
	}
}

// TestSeedArticle checks the seed article: after cleaning it splits into
// its ten sentences, every one ending with a full stop.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile(sharedtest.Path(t, "eval", "seed", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := clean.Clean(string(raw))
	sents, toks := New().Tokenize(text)
	checkInvariants(t, text, sents, toks)
	if len(sents) != 10 {
		t.Fatalf("got %d sentences, want 10:\n%s", len(sents), strings.ReplaceAll(render(sents, toks), " ‖ ", "\n"))
	}
	for i, s := range sents {
		if last := toks[s.TokenEnd-1].Text; last != "." {
			t.Errorf("sentence %d ends with %q, want \".\"", i, last)
		}
	}
}

func TestConcurrent(t *testing.T) {
	tk := New()
	text := strings.Repeat("Mr. Smith didn't go to the U.S. The talks failed. ", 50)
	want := render(tk.Tokenize(text))
	done := make(chan string)
	for range 4 {
		go func() { done <- render(tk.Tokenize(text)) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Error("concurrent Tokenize gave a different result")
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"", "Mr. Smith didn't go to the U.S. The end.", "“Why?” he asked… 3.5% of $1,000",
		"a-b-c e-mail 2025-09-06 http://x.org/a) (U.S.) 'tis '90s rock'n'roll",
		"can't cannot gonna ..'s n't 's ’s", "1.\n2. \n\n- x\u2028y", "\xff\xfe.\x00 é\u0301",
	} {
		f.Add(s)
	}
	tk := New()
	f.Fuzz(func(t *testing.T, s string) {
		sents, toks := tk.Tokenize(s)
		checkInvariants(t, s, sents, toks)
	})
}

// TestTokenizeLinear guards against quadratic time on long odd chunks.
func TestTokenizeLinear(t *testing.T) {
	tk := New()
	for _, s := range []string{
		"http://x.org/" + strings.Repeat(")", 100000),
		strings.Repeat("a-", 100000),
		strings.Repeat("(", 100000) + "x" + strings.Repeat(".)", 100000),
		strings.Repeat("U.S. ", 100000),
		strings.Repeat("a.", 100000),
		strings.Repeat("1,", 100000),
		strings.Repeat("'s", 100000),
	} {
		// Only a super-linear blow-up matters: on these 200k-byte inputs
		// a quadratic pass takes minutes, while a linear one takes
		// milliseconds, so the bound leaves room for a loaded machine.
		start := time.Now()
		sents, toks := tk.Tokenize(s)
		d := time.Since(start)
		checkInvariants(t, s, sents, toks)
		if d > 10*time.Second && !raceEnabled {
			t.Errorf("Tokenize on %q... took %v", s[:20], d)
		}
	}
}

// TestTokenLower checks that every token carries its lower-cased text,
// non-ASCII and upper-case letters included.
func TestTokenLower(t *testing.T) {
	d := &doc.Doc{Text: "ÉCOLE Staff in İZMİR met a KELVIN-rated Ørsted team. ok"}
	New().Process(d)
	for i, tok := range d.Tokens {
		if tok.Lower != strings.ToLower(tok.Text) {
			t.Errorf("token %d %q: Lower %q, want %q", i, tok.Text, tok.Lower, strings.ToLower(tok.Text))
		}
	}
}
