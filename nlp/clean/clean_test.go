package clean

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/internal/sharedtest"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "The council met on Monday.", "The council met on Monday."},
		{"crlf", "First line.\r\nSecond line.\r\n", "First line.\nSecond line."},
		{"lone cr", "One.\rTwo.", "One.\nTwo."},
		{"nfc", "Cafe\u0301 owners protested.", "Caf\u00e9 owners protested."},
		{"nfc past an ASCII run", "Protesters gathered outside the Cafe\u0301 Central.", "Protesters gathered outside the Caf\u00e9 Central."},
		{"spaces collapsed", "The  mayor \t said   no.", "The mayor said no."},
		{"trailing and leading spaces", "  Indented line.   \nNext.\t", "Indented line.\nNext."},
		{"single newline kept", "Para one.\nPara two.", "Para one.\nPara two."},
		{"blank line kept", "Para one.\n\nPara two.", "Para one.\n\nPara two."},
		{"blank lines collapsed", "Para one.\n\n\n\n  \n\t\nPara two.", "Para one.\n\nPara two."},
		{"leading blank lines dropped", "\n\n  \nTitle\n\nBody.", "Title\n\nBody."},
		{"trailing blank lines dropped", "Body.\n\n\n", "Body."},
		{"zero width", "peace\u200b talks\u200d resumed\ufeff.", "peace talks resumed."},
		{"soft hyphen", "co\u00adoperation", "cooperation"},
		{"nbsp", "10\u00a0km away", "10 km away"},
		{"thin space", "a\u2009b", "a b"},
		{"control chars", "bad\x07 bell\x00", "bad bell"},
		{"quotes kept", "He said \u201cno\u201d and \"yes\" \u2014 it's 'fine' \u2013 ok.", "He said \u201cno\u201d and \"yes\" \u2014 it's 'fine' \u2013 ok."},
		{"entity amp", "Barnes &amp; Noble", "Barnes & Noble"},
		{"entity numeric", "it&#8217;s &#x201C;ok&#x201D;", "it\u2019s \u201cok\u201d"},
		{"entity nbsp", "a&nbsp;&nbsp;b", "a b"},
		{"unknown entity kept", "R&D and AT&T &foo; &", "R&D and AT&T &foo; &"},
		{"br tag", "Line one<br>Line two<br/>Line three", "Line one\nLine two\nLine three"},
		{"p tags", "<p>First.</p><p>Second.</p>", "First.\nSecond."},
		{"inline tags", "a <strong>bold</strong> and <a href=\"http://x.org/\">linked</a> word", "a bold and linked word"},
		{"img tag", "Text <img src=\"a.jpg\" alt=\"x\"/> more.", "Text more."},
		{"comment", "Before<!-- hidden -->after.", "Beforeafter."},
		{"unknown tag kept", "if a <b and c> d then x<y", "if a <b and c> d then x<y"},
		{"not a tag", "5 < 6 and 7 > 3", "5 < 6 and 7 > 3"},
		{"markdown image", "Before ![Putin at a podium](http://x.org/a/b.jpeg) after.", "Before after."},
		{"markdown image line", "Para.\n![photo](https://cdn.example.com/p.png)\nNext para.", "Para.\n\nNext para."},
		{"markdown image cut", "Para.\n![Soldiers on parade](https://cdn.example.com/ph", "Para."},
		{"markdown link", "Read [the statement](https://example.org/s) now.", "Read the statement now."},
		{"markdown link relative", "See [here](/news/1).", "See here."},
		{"brackets kept", "He [the minister] said so.", "He [the minister] said so."},
		{"bracket paren kept", "the [sic] (really) case", "the [sic] (really) case"},
		{"dangling jpeg tail", "Last paragraph.\n.jpeg)", "Last paragraph."},
		{"dangling png tail at end", "Final words. uploads/2025/09/photo.png)", "Final words."},
		{"dangling link tail start", "](https://x.com/img/1.jpg) The talks resumed.", "The talks resumed."},
		{"dangling link tail end", "The talks resumed.](https://x.com/img/1.jpg)", "The talks resumed."},
		{"dangling url tail end", "The talks resumed. https://x.com/img/1)", "The talks resumed."},
		{"parenthesised file kept", "See the map (map.png) below.", "See the map (map.png) below."},
		{"paren word kept", "a word) at the end", "a word) at the end"},
		{"caption shortcode", "[caption id=\"attachment_1\" align=\"alignnone\"]Troops in Kyiv.[/caption]\nThe war went on.", "Troops in Kyiv.\nThe war went on."},
		{"shortcode closing only", "text[/caption] more", "text more"},
		{"shortcode with attrs", "[embed width=\"500\"] The video.", "The video."},
		{"bracket word without close kept", "[update] The minister resigned.", "[update] The minister resigned."},
		{"markup residue with entity", "<p>Rock &amp; roll</p>\n\n\n<p>More</p>", "Rock & roll\n\nMore"},
		{"invalid utf8 kept", "bad \xff byte", "bad \xff byte"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanIdempotent(t *testing.T) {
	for _, s := range []string{
		"A  b\n\n\nc &amp;amp; d",
		"x<br><br>y",
		"Final words.\n.jpeg)",
		"[caption]cap[/caption] text",
	} {
		once := Clean(s)
		if twice := Clean(once); twice != once && !strings.Contains(s, "&amp;amp;") {
			t.Errorf("Clean not idempotent on %q: %q then %q", s, once, twice)
		}
	}
}

func TestLint(t *testing.T) {
	for _, err := range Lint() {
		t.Error(err)
	}
	_, errs := parseTags("x.txt", "# c\nbr block\nBR\np inline\nbr\n")
	want := []string{"x.txt:3:", "x.txt:4:", "x.txt:5:"}
	if len(errs) != len(want) {
		t.Fatalf("parseTags errors = %v, want %d", errs, len(want))
	}
	for i, err := range errs {
		if !strings.HasPrefix(err.Error(), want[i]) {
			t.Errorf("error %d = %v, want prefix %s", i, err, want[i])
		}
	}
}

func TestSeedArticle(t *testing.T) {
	p := sharedtest.Path(t, "eval", "seed", "article.txt")
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	got := Clean(string(raw))
	if strings.Contains(got, ".jpeg)") {
		t.Errorf("cleaned seed article still holds an image-link tail: ...%q", got[max(0, len(got)-40):])
	}
	if len(got) < len(raw)-20 {
		t.Errorf("cleaning removed %d bytes, want only the residue", len(raw)-len(got))
	}
}

func BenchmarkClean(b *testing.B) {
	s := strings.Repeat("The  minister said &amp; the <b>council</b> agreed.\r\nIt\u2019s a deal.\n\n\n", 2000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Clean(s)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "a  b\r\n\n\nc", "<p>x &amp; y</p>", "![a](http://x/y.png) [t](u.html)", "[caption id=1]c[/caption]", ".jpeg)\n](x)", "\u00ad\u200b\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if strings.ContainsAny(got, "\r\t") || strings.Contains(got, "  ") || strings.Contains(got, "\n\n\n") ||
			strings.HasSuffix(got, " ") || strings.HasSuffix(got, "\n") || strings.Contains(got, " \n") {
			t.Errorf("Clean(%q) = %q has stray white space", s, got)
		}
	})
}

// TestCleanLinear guards against quadratic time on text full of markup
// openers.
func TestCleanLinear(t *testing.T) {
	for _, unit := range []string{"[ab ", "![x ", "[x](", "<b ", "&a ", "x) "} {
		s := strings.Repeat(unit, 200000)
		start := time.Now()
		Clean(s)
		if d := time.Since(start); d > 2*time.Second && !raceEnabled {
			t.Errorf("Clean on %q×200000 took %v", unit, d)
		}
	}
}

func TestDanglingImageLongLineKept(t *testing.T) {
	s := "Wow![" + strings.Repeat("word ", 100)
	if got := Clean(s); got != strings.TrimSpace(s) {
		t.Errorf("a long line after \"![\" was cut: %q", got[:40])
	}
}
